import Foundation
import NewsCore
import TestSupport
import Testing

/// The gold quotes of seeds/ (/work/shared/gold/seeds.json) must all be found.
///
/// For now the seeds are read with a minimal test-local splitter and the gold's
/// people and organisations are turned into entities by hand (full names and
/// surnames, as the entity extractor reports them). The lead will switch this test to
/// the real loader and entity extractor once they are merged.
@Suite struct QuoteSeedTests {
  struct GoldQuote: Decodable {
    var text: String
    var speaker: String?
    var fragment: Bool?
  }

  struct GoldArticle: Decodable {
    var titleIsHeadline: Bool
    var people: [String]
    var organizations: [String]
    var quotes: [GoldQuote]

    enum CodingKeys: String, CodingKey {
      case titleIsHeadline = "title_is_headline"
      case people, organizations, quotes
    }
  }

  struct Gold: Decodable {
    var articles: [String: GoldArticle]
    var shared: Shared
    struct Shared: Decodable {
      var sameQuote: [[String]]
      enum CodingKeys: String, CodingKey { case sameQuote = "same_quote" }
    }
  }

  static func gold() throws -> Gold {
    var folder = Fixtures.packageRoot
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("shared/gold/seeds.json")
      if FileManager.default.fileExists(atPath: candidate.path) {
        return try JSONDecoder().decode(Gold.self, from: Data(contentsOf: candidate))
      }
      folder.deleteLastPathComponent()
    }
    throw CocoaError(.fileNoSuchFile)
  }

  /// " date YYYY-MM-DD rest": the rest of the first line is a headline or the lead;
  /// paragraphs are separated by blank lines; "- X -" is a subheading.
  static func article(id: String, headline: Bool) throws -> Article {
    let url = Fixtures.seeds.appendingPathComponent("\(id).txt")
    let text = try String(contentsOf: url, encoding: .utf8)
    var paragraphs: [Paragraph] = []
    var offset = 0
    for (number, block) in text.components(separatedBy: "\n\n").enumerated() {
      defer { offset += block.utf8.count + 2 }
      var body = block.split(separator: "\n").joined(separator: " ").trimmingCharacters(in: .whitespaces)
      var kind = Paragraph.Kind.body
      if number == 0 {
        body = body.split(separator: " ", maxSplits: 2).dropFirst(2).joined()
        kind = headline ? .headline : .body
      } else if body.hasPrefix("- "), body.hasSuffix(" -") {
        body = String(body.dropFirst(2).dropLast(2))
        kind = .subheading
      }
      guard !body.isEmpty else { continue }
      paragraphs.append(Paragraph(kind: kind, text: body, sourceMap: SourceMap(fileStart: offset)))
    }
    return QuoteFixture.article(id: id, paragraphs: paragraphs, title: paragraphs.first?.text ?? "", byteCount: offset)
  }

  /// A name as the entity extractor writes it: in full, and by its last word
  /// ("Bashar al-Assad": "al-Assad", "Assad").
  static func forms(_ names: [String]) -> [(String, [String])] {
    names.map { name in
      let last = name.split(separator: " ").last.map(String.init) ?? name
      let afterHyphen = last.split(separator: "-").last.map(String.init) ?? last
      return (name, Array(Set([last, afterHyphen]).subtracting([name])))
    }
  }

  static func quotes(_ id: String, _ article: GoldArticle) throws -> [Quote] {
    let loaded = try Self.article(id: id, headline: article.titleIsHeadline)
    return QuoteExtractor.extract(
      from: loaded, people: QuoteFixture.people(forms(article.people), in: loaded),
      organizations: QuoteFixture.organizations(forms(article.organizations), in: loaded))
  }

  @Test func everyGoldQuoteIsFound() throws {
    let gold = try Self.gold()
    #expect(gold.articles.count == 2)
    for (id, article) in gold.articles.sorted(by: { $0.key < $1.key }) {
      let quotes = try Self.quotes(id, article)
      #expect(quotes.map(\.text) == article.quotes.map(\.text), "\(id)")
      for expected in article.quotes {
        guard let quote = quotes.first(where: { $0.text == expected.text }) else { continue }
        #expect(quote.speaker == expected.speaker, "\(id): \(expected.text)")
        #expect(quote.isFragment == (expected.fragment ?? false), "\(id): \(expected.text)")
      }
    }
  }

  @Test func samePeskovQuoteLinksAcrossArticles() throws {
    let gold = try Self.gold()
    for pair in gold.shared.sameQuote {
      #expect(QuoteMatcher.isSameQuote(pair[0], pair[1]), "\(pair)")
    }
    var texts: [String: [Quote]] = [:]
    for (id, article) in gold.articles { texts[id] = try Self.quotes(id, article) }
    let first = texts["000_c34a645ecb9f0efb"]?.first { $0.text == "there are certain differences in approaches" }
    let second = texts["004_24aeacee75d83cc1"]?.first { $0.text == "certain differences in approach" }
    let linked = try #require(first)
    let other = try #require(second)
    #expect(QuoteMatcher.isSameQuote(linked.text, other.text))
    #expect(linked.speaker == other.speaker)
  }
}
