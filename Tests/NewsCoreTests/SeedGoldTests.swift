import Foundation
import NewsCore
import TestSupport
import Testing

/// Checks extraction on seeds/ against /work/shared/gold/seeds.json. The seed reader
/// here is a stand-in until the loader is on this branch.
@Suite struct SeedGoldTests {
  struct Gold: Decodable {
    struct GoldArticle: Decodable {
      var date: String
      var people: [String]
      var places: [String]
      var organizations: [String]
      var events: [GoldEvent]
      var dates: [GoldDate]
    }
    struct GoldEvent: Decodable {
      var what: String
      var `where`: String
      var date: String
      var who: [String]
    }
    struct GoldDate: Decodable, Hashable {
      var text: String
      var value: String
    }
    var articles: [String: GoldArticle]
  }

  static func goldURL() -> URL? {
    [Fixtures.goldSeeds, URL(fileURLWithPath: "/work/shared/gold/seeds.json")]
      .first { FileManager.default.fileExists(atPath: $0.path) }
  }

  /// First line " date YYYY-MM-DD rest"; paragraphs split by blank lines. `rest` is
  /// the headline when `headline` is true, else the start of the first paragraph.
  static func readSeed(_ id: String, headline: Bool) throws -> Article {
    let text = try String(contentsOf: Fixtures.seeds.appendingPathComponent(id + ".txt"), encoding: .utf8)
    var blocks = text.components(separatedBy: "\n\n").map {
      $0.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }.filter { !$0.isEmpty }
    let first = blocks.removeFirst().trimmingCharacters(in: .whitespaces)
    let parts = first.split(separator: " ", maxSplits: 2).map(String.init)
    let date = CalendarDate(iso: parts[1])
    let rest = parts.count > 2 ? parts[2] : ""
    blocks = blocks.map { block in
      block.hasPrefix("- ") && block.hasSuffix(" -") ? String(block.dropFirst(2).dropLast(2)) : block
    }
    if headline { return TestArticles.make(blocks, date: date, headline: rest) }
    return TestArticles.make([rest] + blocks, date: date)
  }

  static let seeds = [("000_c34a645ecb9f0efb", true), ("004_24aeacee75d83cc1", false)]

  @Test(arguments: seeds)
  func matchesGold(_ id: String, _ headline: Bool) throws {
    let url = try #require(Self.goldURL())
    let gold = try #require(try JSONDecoder().decode(Gold.self, from: Data(contentsOf: url)).articles[id])
    let analysis = EntityExtractor.analyze(try Self.readSeed(id, headline: headline))
    let people = Set(analysis.people.map(\.name))
    #expect(people.isSuperset(of: gold.people), "missing people: \(Set(gold.people).subtracting(people))")
    #expect(people.isSubset(of: gold.people), "people outside gold: \(people.subtracting(gold.people))")
    let places = Set(analysis.places.map(\.name))
    #expect(places.isSuperset(of: gold.places), "missing places: \(Set(gold.places).subtracting(places))")
    let organizations = Set(analysis.organizations.map(\.name))
    #expect(organizations.isSuperset(of: gold.organizations), "missing organisations: \(Set(gold.organizations).subtracting(organizations))")
    let dates = Set(analysis.dates.map { Gold.GoldDate(text: $0.text, value: $0.value.iso) })
    #expect(dates == Set(gold.dates), "dates: \(dates)")
    for event in gold.events {
      let found = analysis.events.first { $0.what == event.what && $0.place == event.where && $0.date?.iso == event.date }
      let match = try #require(found, "missing event \(event.what) in \(event.where) on \(event.date): \(analysis.events.map(\.label))")
      #expect(Set(match.participants).isSuperset(of: event.who), "participants of \(match.label): \(match.participants)")
    }
  }
}
