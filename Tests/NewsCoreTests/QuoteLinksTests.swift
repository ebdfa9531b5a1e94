import Testing

@testable import NewsCore

@Suite struct QuoteLinksTests {
  /// Links equal a comparison of every pair of quotes from different articles (the
  /// candidates from shared word pairs and the numbered words lose nothing), and the
  /// speaker lists hold every attributed quote in collection order.
  @Test(arguments: [(seed: UInt64(7), count: 80), (seed: 19, count: 120)])
  func linksEqualComparingEveryPair(seed: UInt64, count: Int) throws {
    let articles = CorpusGenerator(seed: seed).generate(count: count).compactMap { name, text in
      try? ArticleParser.parse(bytes: Array(text.utf8), path: name, relativePath: name, id: name, modificationDate: nil)
        .get()
    }
    let analyses = articles.map(ArticleAnalyzer.analyze)
    let links = QuoteLinks.build(analyses)
    let references = analyses.indices.flatMap { article in
      analyses[article].quotes.indices.map { QuoteReference(article: article, quote: $0) }
    }
    let words = references.map { QuoteMatcher.words(analyses[$0.article].quotes[$0.quote].text) }
    var expected: [QuoteReference: [QuoteReference]] = [:]
    for first in references.indices {
      for second in references.indices where references[first].article != references[second].article {
        if QuoteMatcher.isSameQuote(words: words[first], words[second]) {
          expected[references[first], default: []].append(references[second])
        }
      }
    }
    #expect(expected.values.reduce(0) { $0 + $1.count } > 0, "the generated quotes repeat across articles")
    for reference in references {
      #expect(links.sameQuote(as: reference) == (expected[reference] ?? []), "\(reference)")
    }
    var bySpeaker: [EntityKey: [QuoteReference]] = [:]
    for reference in references {
      let quote = analyses[reference.article].quotes[reference.quote]
      if let speaker = quote.speaker {
        bySpeaker[EntityKey(kind: quote.speakerKind ?? .person, name: speaker), default: []].append(reference)
      }
    }
    for (speaker, quotes) in bySpeaker { #expect(links.quotes(by: speaker) == quotes) }
  }
}
