import Foundation
import NewsCore
import TestSupport
import Testing

/// The gold quotes of seeds/ through the real loader, entity extractor and quote
/// extractor: every quote found with its exact text, speaker and fragment flag.
@Suite struct QuoteSeedTests {
  func quotes(_ id: String) throws -> [Quote] {
    let article = try #require(SeedsGold.seedArticles()[id])
    return ArticleAnalyzer.analyze(article).quotes
  }

  @Test func everyGoldQuoteIsFound() throws {
    let gold = try SeedsGold.load()
    #expect(gold.articles.count == 2)
    for (id, article) in gold.articles.sorted(by: { $0.key < $1.key }) {
      let quotes = try quotes(id)
      #expect(quotes.map(\.text) == article.quotes.map(\.text), "\(id)")
      for expected in article.quotes {
        guard let quote = quotes.first(where: { $0.text == expected.text }) else { continue }
        if !(expected.fragment ?? false) || expected.speaker != nil {
          #expect(quote.speaker == expected.speaker, "\(id): \(expected.text)")
        }
        #expect(quote.isFragment == (expected.fragment ?? false), "\(id): \(expected.text)")
      }
    }
  }

  @Test func samePeskovQuoteLinksAcrossArticles() throws {
    let gold = try SeedsGold.load()
    for pair in gold.shared.sameQuote {
      #expect(QuoteMatcher.isSameQuote(pair[0], pair[1]), "\(pair)")
    }
    let first = try quotes("000_c34a645ecb9f0efb").first { $0.text == "there are certain differences in approaches" }
    let second = try quotes("004_24aeacee75d83cc1").first { $0.text == "certain differences in approach" }
    let linked = try #require(first)
    let other = try #require(second)
    #expect(QuoteMatcher.isSameQuote(linked.text, other.text))
    #expect(linked.speaker == "Dmitry Peskov")
    #expect(other.speaker == "Dmitry Peskov")
  }
}
