import NewsCore
import TestSupport
import Testing

@Suite("CrossReferenceIndex ranking")
struct CrossReferenceRankingTests {
  static let fillers = CrossReferenceIndexTests.fillers
  static let wire = [
    "Negotiators gathered near the lakeside palace to examine grain shipments, fertiliser quotas and maritime insurance.",
    "Port authorities warned that winter storms could close northern harbours before the cargo convoys arrive.",
    "Shipping companies demanded guarantees covering mines, drifting wrecks and seized vessels along the corridor.",
  ]

  static func item(_ id: String, date: String = "2018-09-17", body: [String], _ analysis: ArticleAnalysis)
    -> CrossReferenceIndexTests.Item
  {
    (IndexFixtures.article(id, date: date, body: body), analysis)
  }

  @Test func sharedPeopleOutweighSharedPlaces() {
    let index = CrossReferenceIndex.build([
      Self.item("a", body: [Self.fillers[0]], IndexFixtures.analysis(people: ["Ana Lopez"], places: ["Lisbon"])),
      Self.item("place", body: [Self.fillers[1]], IndexFixtures.analysis(places: ["Lisbon"])),
      Self.item("person", body: [Self.fillers[2]], IndexFixtures.analysis(people: ["Ana Lopez"])),
      Self.item("none", body: [Self.fillers[3]], IndexFixtures.analysis(people: ["Rui Costa"])),
    ])
    let related = index.related(to: 0)
    #expect(related.map(\.article) == [2, 1])
    #expect(related.first?.sharedPeople == ["Ana Lopez"])
    #expect(related.last?.sharedPlaces == ["Lisbon"])
    #expect(related.allSatisfy { $0.dayDistance == 0 })
  }

  @Test func peopleAndAnEventBeatSimilarTextAlone() throws {
    let talks = IndexFixtures.event("talks", in: "Geneva", on: "2018-09-17")
    let index = CrossReferenceIndex.build([
      Self.item("a", body: Self.wire, IndexFixtures.analysis(people: ["Ana Lopez", "Rui Costa"], events: [talks])),
      Self.item("text", body: [Self.wire[0], Self.fillers[1]], IndexFixtures.analysis()),
      Self.item(
        "shared", date: "2018-09-20", body: [Self.fillers[2]],
        IndexFixtures.analysis(people: ["Rui Costa", "Ana Lopez"], events: [talks])),
    ])
    let related = index.related(to: 0)
    #expect(related.map(\.article) == [2, 1])
    let shared = try #require(related.first)
    #expect(shared.sharedPeople.sorted() == ["Ana Lopez", "Rui Costa"])
    #expect(shared.sharedEvents == ["talks in Geneva on 2018-09-17"])
    #expect(shared.dayDistance == 3)
    let text = try #require(related.last)
    #expect(text.similarity > 0.2 && text.similarity < 0.9)
    #expect(text.sharedPeople.isEmpty && text.sharedEvents.isEmpty)
    #expect(index.duplicateGroup(of: 1) == [1])
  }

  @Test func nearDuplicatesAreGroupedNotListed() throws {
    let people = IndexFixtures.analysis(people: ["Ana Lopez"], places: ["Geneva"])
    let copy = Self.wire + ["Officials expect a further round next month."]
    let index = CrossReferenceIndex.build([
      Self.item("wire", body: Self.wire, people),
      Self.item("other", body: [Self.fillers[0], Self.fillers[1]], people),
      Self.item("copy", body: copy, IndexFixtures.analysis(people: ["Ana Lopez"])),
    ])
    #expect(index.duplicateGroups == [[0, 2]])
    #expect(index.duplicateGroup(of: 0) == [0, 2])
    #expect(index.duplicateGroup(of: 2) == [0, 2])
    #expect(index.duplicateGroup(of: 1) == [1])
    #expect(index.related(to: 0).map(\.article) == [1])
    #expect(index.related(to: 2).map(\.article) == [1])
    let fromOther = index.related(to: 1)
    #expect(fromOther.count == 1)
    let wire = try #require(fromOther.first)
    #expect(wire.article == 0)  // shares a place too
    #expect(wire.duplicates == [2])
  }

  @Test func relatedHonoursTheLimit() {
    let items = (0..<6).map {
      Self.item("a\($0)", body: [Self.fillers[$0]], IndexFixtures.analysis(people: ["Ana Lopez"]))
    }
    let index = CrossReferenceIndex.build(items)
    #expect(index.related(to: 0).count == 5)
    #expect(index.related(to: 0, limit: 2).count == 2)
    #expect(index.related(to: 0, limit: 0).isEmpty)
    #expect(index.related(to: 99).isEmpty)
  }

  @Test func dumpListsSharedEntitiesEventsDuplicatesAndRankings() {
    let talks = IndexFixtures.event("talks", in: "Sochi", on: "2018-09-17")
    let items = [
      Self.item(
        "a", body: Self.wire, IndexFixtures.analysis(people: ["Vladimir Putin"], places: ["Sochi"], events: [talks])),
      Self.item(
        "b", date: "2018-09-18", body: [Self.fillers[0]],
        IndexFixtures.analysis(people: ["Vladimir Putin"], places: ["Sochi"], events: [talks])),
      Self.item("c", body: Self.wire, IndexFixtures.analysis(organizations: ["UN"])),
    ]
    let index = CrossReferenceIndex.build(items)
    // 5.938 = person 3 × rarity 0.75 + place 1 × 0.75 + event 2.5 + date 0.5 / (1 + 1/7).
    let expected = """
      articles: 3
      entities shared by 2 or more articles:
        person Vladimir Putin [vladimir putin]: a, b
        place Sochi [sochi]: a, b
      events shared by 2 or more articles:
        talks in Sochi on 2018-09-17: a, b
      near-duplicate groups:
        a, c
      related:
        a:
          b score 5.938 similarity 0.000 days 1
            people: Vladimir Putin
            events: talks in Sochi on 2018-09-17
            places: Sochi
        b:
          a score 5.938 similarity 0.000 days 1
            people: Vladimir Putin
            events: talks in Sochi on 2018-09-17
            places: Sochi
            duplicates: c
        c:

      """
    #expect(index.dump(articles: items.map(\.article)) == expected)
    #expect(index.dump(articles: []).contains("#0, #2"))
  }
}
