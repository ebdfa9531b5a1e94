import Testing

@testable import NewsCore

/// Properties every extraction must keep, on seeded random paragraphs full of
/// quotation marks, apostrophes, names and speech verbs.
@Suite struct QuoteInvariantTests {
  /// A small deterministic generator (SplitMix64).
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(bound))
    }
  }

  static let pieces = [
    "\"", "“", "”", "‘", "’", "'", "«", "»", "„", "‹", "›", "´", " ", " ", " ", " ", ",", ".", ":", "?", "-", "—",
    "[", "]", "said", "told", "he", "she", "they", "it", "Peskov", "Putin", "Kremlin", "the", "spokesman",
    "according to", "We", "will", "win", "leaders", "’90s", "don’t", "acknowledging", "While insisting", "and",
    "Mr", "Foreign Minister", "Ivan Petrov", "é", "日本",
  ]

  static func paragraph(_ generator: inout Generator) -> String {
    (0..<generator.next(40)).map { _ in pieces[generator.next(pieces.count)] }.joined()
  }

  @Test(arguments: 0..<200)
  func extractionKeepsItsInvariants(seed: Int) {
    var generator = Generator(state: UInt64(seed) &* 7919)
    let body = (0..<(1 + generator.next(5))).map { _ in Self.paragraph(&generator) }
    let article = QuoteFixture.article(body, headline: generator.next(2) == 0 ? nil : Self.paragraph(&generator))
    let quotes = QuoteCast.extract(article)
    var previous: TextSpan?
    for quote in quotes {
      #expect(!quote.spans.isEmpty)
      #expect(quote.text == quote.spans.map { String(article.text(of: $0)) }.joined(separator: " "))
      #expect((0...1).contains(quote.confidence))
      #expect((quote.speaker == nil) == (quote.speakerKind == nil))
      #expect(quote.speaker != nil || quote.confidence <= AttributionConfidence.unknownRole)
      for span in quote.spans {
        #expect(span.end <= article.paragraphs[span.paragraph].text.utf8.count)
        if let previous { #expect(previous < span && !previous.overlaps(span)) }
        previous = span
      }
    }
  }
}
