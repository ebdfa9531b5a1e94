import Foundation

extension FilterEvaluator {
  /// BM25 parameters and column weights of SQLite FTS5's `bm25(10, 1)`, which `lede search`
  /// ranks by: title hits count ten times, body hits once.
  enum Relevance {
    static let k1 = 1.2
    static let b = 0.75
    static let titleWeight = 10.0
    static let bodyWeight = 1.0
  }

  /// BM25 scores, higher is better, of `articles` for the plain words, `prefix*` words and
  /// `"phrases"` of `expression` (those under a `not` aside), computed as FTS5's `bm25(10, 1)`
  /// computes them over a title and a body column: the same order as `lede search`.
  ///
  /// An article's score sums, per word or phrase, `idf × f × (k1 + 1) / (f + k1 × (1 − b +
  /// b × D / avgD))`, where f is 10 × its hits in the title plus its hits in the text, D the
  /// article's words (title and text), idf `ln((N − n + 0.5) / (n + 0.5))` (at least 1e-6)
  /// for the n of N articles holding it. Complexity: linear in the text of `articles`.
  public func relevance(of articles: [Int], for expression: FilterExpression) -> [Int: Double] {
    let terms = Self.rankedTerms(of: expression)
    guard !terms.isEmpty, articleCount > 0 else { return [:] }
    let index = wordIndex
    let average = max(1, Double(index.tokenTotal) / Double(articleCount))
    let total = Double(articleCount)
    let idf = terms.map { term -> Double in
      let holding = Double(count(of: term))
      return max(1e-6, log((total - holding + 0.5) / (holding + 0.5)))
    }
    let matcher = TermMatcher(terms: terms)
    let valid = articles.filter(collection.articles.indices.contains)
    let texts = collection.articles
    let counted = CrossReferenceIndex.ConcurrentMap.map(count: valid.count) { matcher.hits(in: texts[valid[$0]]) }
    var scores: [Int: Double] = [:]
    scores.reserveCapacity(valid.count)
    for (article, (hits, length)) in zip(valid, counted) {
      let norm = Relevance.k1 * (1 - Relevance.b + Relevance.b * Double(length) / average)
      var score = 0.0
      for (offset, frequency) in hits.enumerated() where frequency > 0 {
        score += idf[offset] * frequency * (Relevance.k1 + 1) / (frequency + norm)
      }
      scores[article] = score
    }
    return scores
  }

  /// The articles of the whole collection holding a term (FTS5's n).
  private func count(of term: RankedTerm) -> Int {
    if term.words.count == 1 { return wordIndex.articles(using: term.words[0], isPrefix: term.isPrefix).memberCount }
    return phraseSet(term.words).memberCount
  }

  /// The words and phrases that rank, in the order typed.
  static func rankedTerms(of expression: FilterExpression) -> [RankedTerm] {
    switch expression {
    case .term(.word(let word, let isPrefix)):
      let words = WordIndex.words(of: word)
      return words.isEmpty ? [] : [RankedTerm(words: words, isPrefix: isPrefix && words.count == 1)]
    case .term(.phrase(let phrase)):
      let words = WordIndex.words(of: phrase)
      return words.isEmpty ? [] : [RankedTerm(words: words, isPrefix: false)]
    case .term, .not: return []
    case .and(let operands), .or(let operands): return operands.flatMap(rankedTerms)
    }
  }
}

/// A word (maybe a prefix) or a phrase, as folded words.
struct RankedTerm: Hashable, Sendable {
  var words: [String]
  var isPrefix: Bool
}

/// Counts the hits of terms in an article's title and text, on UTF-8 bytes.
struct TermMatcher: Sendable {
  struct Slot: Equatable, Sendable {
    var bytes: [UInt8]
    var isPrefix: Bool
    var hash: UInt64 { CrossReferenceIndex.WordScanner.hash(bytes) }
  }

  let terms: [RankedTerm]
  /// The distinct words of the terms, each a bit of a word's mask.
  private let slots: [Slot]
  /// ``CrossReferenceIndex/WordScanner/hash(_:)`` of each slot: without prefixes, words are
  /// matched by hash as they are scanned, building no arrays.
  private let slotHashes: [UInt64]
  private let hasPrefix: Bool
  /// For each term, the slot of each of its words.
  private let termSlots: [[Int]]

  init(terms: [RankedTerm]) {
    self.terms = terms
    var slots: [Slot] = []
    var termSlots: [[Int]] = []
    for term in terms {
      termSlots.append(
        term.words.map { word in
          let slot = Slot(bytes: Array(word.utf8), isPrefix: term.isPrefix)
          if let found = slots.firstIndex(of: slot) { return found }
          slots.append(slot)
          return slots.count - 1
        })
    }
    // A mask has 64 bits: words past the 64th never match (a query that long is not typed).
    self.slots = Array(slots.prefix(64))
    self.slotHashes = self.slots.map(\.hash)
    self.hasPrefix = self.slots.contains(where: \.isPrefix)
    self.termSlots = termSlots
  }

  /// Per term, 10 × its hits in the title plus its hits in the text; and the article's words.
  func hits(in article: Article) -> (hits: [Double], length: Int) {
    let title = masks(of: [article.title])
    let body = masks(of: article.paragraphs.map(\.text))
    let hits = termSlots.map { slots in
      FilterEvaluator.Relevance.titleWeight * Double(count(slots, in: title))
        + FilterEvaluator.Relevance.bodyWeight * Double(count(slots, in: body))
    }
    return (hits, title.count + body.count)
  }

  /// One mask per word of the texts, read as one run of words (as FTS5 reads a column).
  private func masks(of texts: [String]) -> [UInt64] {
    var masks: [UInt64] = []
    for text in texts where !hasPrefix {
      CrossReferenceIndex.WordScanner.forEachHashedWord(in: text) { word in
        var mask: UInt64 = 0
        for (bit, hash) in slotHashes.enumerated() where hash == word.hash { mask |= 1 << UInt64(bit) }
        masks.append(mask)
      }
    }
    for text in texts where hasPrefix {
      CrossReferenceIndex.WordScanner.forEachWord(in: text, joining: false) { bytes in
        var mask: UInt64 = 0
        for (bit, slot) in slots.enumerated()
        where slot.isPrefix ? bytes.starts(with: slot.bytes) : bytes.elementsEqual(slot.bytes) {
          mask |= 1 << UInt64(bit)
        }
        masks.append(mask)
      }
    }
    return masks
  }

  /// The positions where the words of a term start, in a row.
  private func count(_ termSlots: [Int], in masks: [UInt64]) -> Int {
    guard !termSlots.isEmpty, masks.count >= termSlots.count, termSlots.allSatisfy({ $0 < 64 }) else { return 0 }
    var found = 0
    for start in 0...(masks.count - termSlots.count) {
      var matches = true
      for (offset, slot) in termSlots.enumerated() where masks[start + offset] & (1 << UInt64(slot)) == 0 {
        matches = false
        break
      }
      if matches { found += 1 }
    }
    return found
  }
}
