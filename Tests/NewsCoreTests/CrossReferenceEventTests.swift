import NewsCore
import TestSupport
import Testing

@Suite("CrossReferenceIndex events")
struct CrossReferenceEventTests {
  typealias Sketch = (what: String, place: String?, date: String?)

  static func index(_ events: [Event]...) -> CrossReferenceIndex {
    CrossReferenceIndex.build(
      events.enumerated().map { index, events in
        CrossReferenceIndexTests.item(
          "e\(index)", body: CrossReferenceIndexTests.fillers[index], IndexFixtures.analysis(events: events))
      })
  }

  @Test(
    arguments: [
      (("talks", "Sochi", "2018-09-17"), ("talks", "Sochi", "2018-09-17"), true),
      (("talks", "Sochi", "2018-09-17"), ("talks", "Sochi", "2018-09-18"), true),
      (("talks", "Sochi", "2018-09-17"), ("talks", "Sochi", "2018-09-19"), false),
      (("talks", "Sochi", "2018-09-17"), ("talks", "Geneva", "2018-09-17"), false),
      (("talks", "Sochi", "2018-09-17"), ("summit", "Sochi", "2018-09-17"), false),
      (("talks", "Sochi", "2018-09-17"), ("Talks", "sochi", "2018-09-17"), true),
      (("talks", "Kiev", "2018-09-17"), ("talks", "Kyiv", "2018-09-17"), true),
      (("talks", "Sochi", "2018-09-17"), ("talks", nil, "2018-09-17"), true),
      (("talks", "Sochi", "2018-09-17"), ("talks", nil, "2018-09-20"), false),
      (("talks", "Sochi", "2018-09-17"), ("talks", "Sochi", nil), true),
      (("talks", "Sochi", "2018-09-17"), ("talks", "Sochi", "2018-09"), true),
      (("talks", "Sochi", "2018-09-17"), ("talks", "Sochi", "2018-10"), false),
      (("talks", "Sochi", "2018-09"), ("talks", "Sochi", "2018-09"), true),
      (("talks", "Sochi", nil), ("talks", "Sochi", nil), false),
      (("talks", nil, "2018-09-17"), ("talks", nil, "2018-09-17"), false),
      (("talks", nil, nil), ("talks", nil, nil), false),
    ] as [(Sketch, Sketch, Bool)])
  func eventsAgreeOnKindPlaceAndDate(first: Sketch, second: Sketch, same: Bool) throws {
    let index = Self.index(
      [IndexFixtures.event(first.what, in: first.place, on: first.date)],
      [IndexFixtures.event(second.what, in: second.place, on: second.date)])
    let event = try #require(index.events(of: 0).first)
    #expect(index.articles(sharing: event.key) == (same ? [0, 1] : [0]))
    #expect(event.otherArticles == (same ? 1 : 0))
    #expect(index.sharedAcrossCollection().events.count == (same ? 1 : 0))
  }

  @Test func missingFieldJoinsOnlyAnUnambiguousEvent() throws {
    let index = Self.index(
      [IndexFixtures.event("talks", in: "Sochi", on: "2018-09-17")],
      [IndexFixtures.event("talks", in: "Geneva", on: "2018-09-17")],
      [IndexFixtures.event("talks", on: "2018-09-17")],
      [IndexFixtures.event("talks", in: "Sochi", on: "2018-09-16")])
    let unplaced = try #require(index.events(of: 2).first)
    #expect(index.articles(sharing: unplaced.key) == [2])
    let sochi = try #require(index.events(of: 0).first)
    #expect(index.articles(sharing: sochi.key) == [0, 3])
    #expect(sochi.label == "talks in Sochi on 2018-09-16")  // one mention each day: the earlier
  }

  @Test func labelUsesThePlacesDisplayNameAndTheMostCommonDay() throws {
    let items = [
      CrossReferenceIndexTests.item(
        "a", body: CrossReferenceIndexTests.fillers[0],
        IndexFixtures.analysis(
          places: ["Kyiv"], events: [IndexFixtures.event("summit", in: "Kiev", on: "2018-09-18")])),
      CrossReferenceIndexTests.item(
        "b", body: CrossReferenceIndexTests.fillers[1],
        IndexFixtures.analysis(
          places: ["Kyiv"], events: [IndexFixtures.event("summit", in: "Kyiv", on: "2018-09-17")])),
      CrossReferenceIndexTests.item(
        "c", body: CrossReferenceIndexTests.fillers[2],
        IndexFixtures.analysis(
          events: [
            IndexFixtures.event("summit", in: "Kyiv", on: "2018-09-17"), IndexFixtures.event("summit", in: "Kyiv"),
          ])),
    ]
    let index = CrossReferenceIndex.build(items)
    let event = try #require(index.events(of: 2).first)
    #expect(index.events(of: 2).count == 1)
    #expect(event.label == "summit in Kyiv on 2018-09-17")
    #expect(event.key == EventKey(what: "summit", place: "kyiv", date: DateValue(year: 2018, month: 9, day: 17)))
    #expect(index.label(of: event.key) == event.label)
    #expect(index.articles(sharing: event.key) == [0, 1, 2])
  }

  @Test func eventsThatStandAloneGetDistinctKeys() {
    let index = Self.index(
      [IndexFixtures.event("talks", in: "Sochi")], [IndexFixtures.event("talks", in: "Sochi")])
    let keys = [index.events(of: 0), index.events(of: 1)].compactMap(\.first?.key)
    #expect(keys.count == 2)
    #expect(Set(keys).count == 2)
    #expect(keys.allSatisfy { index.articles(sharing: $0).count == 1 })
  }
}
