/// Identifies one quote of a collection: the article's index and the quote's index
/// in that article's analysis.
public struct QuoteReference: Hashable, Sendable, Comparable {
  public var article: Int
  public var quote: Int

  public init(article: Int, quote: Int) {
    self.article = article
    self.quote = quote
  }

  public static func < (lhs: QuoteReference, rhs: QuoteReference) -> Bool {
    (lhs.article, lhs.quote) < (rhs.article, rhs.quote)
  }
}

/// The same quotation in several articles, exact or near ("certain differences in
/// approaches" and "certain differences in approach"), and every quote of a speaker.
///
/// Candidates come from word pairs the quotes share (pairs in more than
/// `commonPairLimit` quotes are skipped), then ``QuoteMatcher/isSameQuote(_:_:)``
/// confirms each: never a comparison of every pair.
public struct QuoteLinks: Sendable {
  /// Quotes of the same words in other articles, per quote.
  private var links: [QuoteReference: [QuoteReference]]
  /// Every quote of a speaker, by the speaker's entity key, in article order.
  private var bySpeaker: [EntityKey: [QuoteReference]]

  static let commonPairLimit = 200

  public static let empty = QuoteLinks(links: [:], bySpeaker: [:])

  public static func build(_ analyses: [ArticleAnalysis]) -> QuoteLinks {
    let prepared = prepare(analyses)
    var firstQuote = [Int](repeating: 0, count: analyses.count + 1)
    for article in analyses.indices { firstQuote[article + 1] = firstQuote[article] + analyses[article].quotes.count }
    var bySpeaker: [EntityKey: [QuoteReference]] = [:]
    var postings: [UInt64: [Int32]] = [:]
    for (article, quotes) in prepared.enumerated() {
      for (index, quote) in quotes.quotes.enumerated() {
        if let speaker = quote.speaker { bySpeaker[speaker, default: []].append(QuoteReference(article: article, quote: index)) }
        for pair in quote.pairs { postings[pair, default: []].append(Int32(firstQuote[article] + index)) }
      }
    }
    let references = prepared.indices.flatMap { article in
      prepared[article].quotes.indices.map { QuoteReference(article: article, quote: $0) }
    }
    let candidates = candidatePairs(postings.values, references: references)
    postings = [:]
    let confirmed = CrossReferenceIndex.ConcurrentMap.map(count: candidates.count) { position -> Bool in
      let (first, second) = (references[Int(candidates[position] >> 32)], references[Int(candidates[position] & 0xFFFF_FFFF)])
      return QuoteMatcher.isSameQuote(
        words: prepared[first.article].quotes[first.quote].words,
        prepared[second.article].quotes[second.quote].words)
    }
    var links: [QuoteReference: [QuoteReference]] = [:]
    for (pair, same) in zip(candidates, confirmed) where same {
      let (first, second) = (references[Int(pair >> 32)], references[Int(pair & 0xFFFF_FFFF)])
      links[first, default: []].append(second)
      links[second, default: []].append(first)
    }
    return QuoteLinks(links: links.mapValues { $0.sorted() }, bySpeaker: bySpeaker)
  }

  /// Every article's quotes prepared, their words as numbers from one vocabulary. The
  /// words are found on all cores a slice of articles at a time, and numbered between
  /// slices, so only one slice's words are ever held as strings.
  private static func prepare(_ analyses: [ArticleAnalysis]) -> [PreparedQuotes] {
    var vocabulary: [String: Int32] = [:]
    var prepared: [PreparedQuotes] = []
    prepared.reserveCapacity(analyses.count)
    let slice = 2_048
    for start in stride(from: 0, to: analyses.count, by: slice) {
      let end = min(analyses.count, start + slice)
      let words = CrossReferenceIndex.ConcurrentMap.map(count: end - start) { offset in
        analyses[start + offset].quotes.map { QuoteMatcher.words($0.text) }
      }
      for (offset, quoteWords) in words.enumerated() {
        let analysis = analyses[start + offset]
        prepared.append(
          PreparedQuotes(
            quotes: zip(analysis.quotes, quoteWords).map { quote, words in
              PreparedQuotes.Prepared(
                quote,
                words: words.map { word in
                  if let number = vocabulary[word] { return number }
                  let number = Int32(vocabulary.count)
                  vocabulary[word] = number
                  return number
                })
            }))
      }
    }
    return prepared
  }

  /// Every pair of quotes from different articles that share a word pair no more than
  /// `commonPairLimit` quotes hold, once, as `first << 32 | second` with `first < second`.
  private static func candidatePairs(
    _ postings: Dictionary<UInt64, [Int32]>.Values, references: [QuoteReference]
  ) -> [UInt64] {
    var pairs: [UInt64] = []
    for quotes in postings where quotes.count > 1 && quotes.count <= commonPairLimit {
      for (position, first) in quotes.enumerated() {
        for second in quotes[(position + 1)...] where references[Int(second)].article != references[Int(first)].article {
          pairs.append(UInt64(first) << 32 | UInt64(second))
        }
      }
    }
    pairs.sort()
    var unique: [UInt64] = []
    unique.reserveCapacity(pairs.count)
    for pair in pairs where unique.last != pair { unique.append(pair) }
    return unique
  }

  /// One article's quotes read for linking: speaker keys, matcher words, word pairs.
  private struct PreparedQuotes {
    struct Prepared {
      var speaker: EntityKey?
      /// ``QuoteMatcher/words(_:)``, numbered: the same word has the same number.
      var words: [Int32]
      /// The distinct adjacent word pairs (`first << 32 | second`), when the quote has
      /// three words or more.
      var pairs: [UInt64]

      init(_ quote: Quote, words: [Int32]) {
        speaker = quote.speaker.map { EntityKey(kind: quote.speakerKind ?? .person, name: $0) }
        self.words = words
        pairs = words.count >= 3 ? Array(Set(zip(words, words.dropFirst()).map { UInt64($0) << 32 | UInt64($1) })) : []
      }
    }

    var quotes: [Prepared]
  }

  /// The same quote in other articles.
  public func sameQuote(as reference: QuoteReference) -> [QuoteReference] { links[reference] ?? [] }

  /// Every quote attributed to a speaker, in collection order.
  public func quotes(by speaker: EntityKey) -> [QuoteReference] { bySpeaker[speaker] ?? [] }
}
