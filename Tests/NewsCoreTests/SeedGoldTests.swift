import Foundation
import NewsCore
import TestSupport
import Testing

/// seeds/ through the real loader and analyzer against Tests/Fixtures/seeds-gold.json
/// (a copy of ../shared/gold/seeds.json). Gold is a floor: extra places or
/// organisations are allowed, an extra person is not.
@Suite struct SeedGoldTests {
  static let ids = ["000_c34a645ecb9f0efb", "004_24aeacee75d83cc1"]

  func load(_ id: String) throws -> (Article, ArticleAnalysis, SeedsGold.Article) {
    let gold = try #require(try SeedsGold.load().articles[id])
    let article = try #require(SeedsGold.seedArticles()[id], "the loader finds \(id)")
    return (article, ArticleAnalyzer.analyze(article), gold)
  }

  @Test(arguments: ids)
  func articleShapeMatchesGold(_ id: String) throws {
    let (article, _, gold) = try load(id)
    #expect(article.date?.iso == gold.date)
    #expect(article.titleIsHeadline == gold.titleIsHeadline)
    if let title = gold.title { #expect(article.title == title) }
    if let prefix = gold.titleStartsWith { #expect(article.title.hasPrefix(prefix)) }
    if let dateline = gold.dateline { #expect(article.dateline?.text == dateline) }
    let subheadings = article.paragraphs.filter { $0.kind == .subheading }.map(\.text)
    #expect(subheadings == gold.subheadings ?? [])
  }

  @Test(arguments: ids)
  func entitiesMatchGold(_ id: String) throws {
    let (_, analysis, gold) = try load(id)
    let people = Set(analysis.people.map(\.name))
    #expect(people.isSuperset(of: gold.people), "missing people: \(Set(gold.people).subtracting(people))")
    #expect(people.isSubset(of: gold.people), "people outside gold: \(people.subtracting(gold.people))")
    let places = Set(analysis.places.map(\.name))
    #expect(places.isSuperset(of: gold.places), "missing places: \(Set(gold.places).subtracting(places))")
    let organizations = Set(analysis.organizations.map(\.name))
    #expect(
      organizations.isSuperset(of: gold.organizations),
      "missing organisations: \(Set(gold.organizations).subtracting(organizations))")
  }

  @Test(arguments: ids)
  func datesAndEventsMatchGold(_ id: String) throws {
    let (_, analysis, gold) = try load(id)
    let dates = Set(analysis.dates.map { SeedsGold.DateItem(text: $0.text, value: $0.value.iso) })
    #expect(dates == Set(gold.dates), "dates: \(dates)")
    for event in gold.events {
      let found = analysis.events.first { $0.what == event.what && $0.place == event.where && $0.date?.iso == event.date }
      let match = try #require(found, "missing \(event.what) in \(event.where) on \(event.date): \(analysis.events.map(\.label))")
      #expect(Set(match.participants).isSuperset(of: event.who), "participants of \(match.label): \(match.participants)")
    }
  }

  @Test(arguments: ids)
  func mentionSpansPointAtTheFileBytes(_ id: String) throws {
    let (article, analysis, _) = try load(id)
    let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: article.path)))
    for entity in analysis.people + analysis.places + analysis.organizations {
      for span in entity.mentions {
        let range = article.sourceRange(of: span)
        let fromFile = String(decoding: bytes[range], as: UTF8.self)
        #expect(fromFile == String(article.text(of: span)), "\(entity.name) at \(range)")
      }
    }
  }
}
