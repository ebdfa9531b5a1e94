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
    var bySpeaker: [EntityKey: [QuoteReference]] = [:]
    var postings: [String: [QuoteReference]] = [:]
    for (article, analysis) in analyses.enumerated() {
      for (index, quote) in analysis.quotes.enumerated() {
        let reference = QuoteReference(article: article, quote: index)
        if let speaker = quote.speaker {
          bySpeaker[EntityKey(kind: quote.speakerKind ?? .person, name: speaker), default: []].append(reference)
        }
        let quoteWords = QuoteMatcher.words(quote.text)
        guard quoteWords.count >= 3 else { continue }
        for pair in Set(zip(quoteWords, quoteWords.dropFirst()).map { $0 + " " + $1 }) {
          postings[pair, default: []].append(reference)
        }
      }
    }
    var links: [QuoteReference: Set<QuoteReference>] = [:]
    var checked = Set<[QuoteReference]>()
    for (_, references) in postings where references.count > 1 && references.count <= commonPairLimit {
      for (position, first) in references.enumerated() {
        for second in references[(position + 1)...] where second.article != first.article {
          guard checked.insert([first, second]).inserted else { continue }
          let firstText = analyses[first.article].quotes[first.quote].text
          let secondText = analyses[second.article].quotes[second.quote].text
          guard QuoteMatcher.isSameQuote(firstText, secondText) else { continue }
          links[first, default: []].insert(second)
          links[second, default: []].insert(first)
        }
      }
    }
    return QuoteLinks(links: links.mapValues { $0.sorted() }, bySpeaker: bySpeaker)
  }

  /// The same quote in other articles.
  public func sameQuote(as reference: QuoteReference) -> [QuoteReference] { links[reference] ?? [] }

  /// Every quote attributed to a speaker, in collection order.
  public func quotes(by speaker: EntityKey) -> [QuoteReference] { bySpeaker[speaker] ?? [] }
}
