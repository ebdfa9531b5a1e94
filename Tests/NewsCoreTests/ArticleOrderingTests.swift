import NewsCore
import TestSupport
import Testing

@Suite struct ArticleOrderingTests {
  static let collection: AnalyzedCollection = {
    let articles = [
      IndexFixtures.article("b-old", date: "2018-09-01", body: ["Talks in Sochi."]),
      IndexFixtures.article("a-new", date: "2018-09-20", body: ["Talks in Sochi again."]),
      IndexFixtures.article("c-undated", body: ["Nothing dated."]),
      IndexFixtures.article("d-mid", date: "2018-09-10", body: ["A summit in Doha."]),
    ]
    let analyses = [
      IndexFixtures.analysis(people: ["Anna Kovacs", "Ivan Petrov"], places: ["Sochi"]),
      IndexFixtures.analysis(people: ["Anna Kovacs"], places: ["Sochi"]),
      IndexFixtures.analysis(people: ["Nobody Else"]),
      IndexFixtures.analysis(people: ["Ivan Petrov", "Anna Kovacs"], places: ["Doha"]),
    ]
    return AnalyzedCollection(articles: articles, analyses: analyses)
  }()

  static let cases: [(ArticleOrdering, [Int])] = [
    (.date, [1, 3, 0, 2]),
    (.title, [1, 0, 2, 3]),
    (.relevance, [2, 1, 0, 3]),
    (.sharedEntities, [0, 1, 3, 2]),
  ]

  @Test(arguments: cases)
  func sorts(_ ordering: ArticleOrdering, _ expected: [Int]) {
    let scores: [Int: Double] = [2: 5, 0: 3, 1: 3]
    #expect(ordering.sorted([0, 1, 2, 3, 99], in: Self.collection, scores: scores) == expected)
  }

  @Test func sharedEntityCountCountsOnlyShared() {
    #expect((0..<4).map { Self.collection.index.sharedEntityCount(of: $0) } == [3, 2, 0, 2])
    #expect(Self.collection.index.sharedEntityCount(of: 7) == 0)
  }
}

@Suite struct StoryGroupsTests {
  @Test func articlesSharingAnEventCollapseNewestFirst() {
    let articles = [
      IndexFixtures.article("sochi-1", date: "2018-09-16", body: ["One."]),
      IndexFixtures.article("doha", date: "2018-09-18", body: ["Two."]),
      IndexFixtures.article("sochi-2", date: "2018-09-17", body: ["Three."]),
      IndexFixtures.article("alone", date: "2018-09-01", body: ["Four."]),
    ]
    let sochi = IndexFixtures.event("talks", in: "Sochi", on: "2018-09-17")
    let analyses = [
      IndexFixtures.analysis(places: ["Sochi"], events: [sochi]),
      IndexFixtures.analysis(places: ["Doha"], events: [IndexFixtures.event("summit", in: "Doha", on: "2018-09-18")]),
      IndexFixtures.analysis(places: ["Sochi"], events: [sochi]),
      IndexFixtures.analysis(),
    ]
    let collection = AnalyzedCollection(articles: articles, analyses: analyses)
    let groups = StoryGroups.groups(of: [0, 1, 2, 3], in: collection)
    #expect(groups.map(\.members) == [[1], [2, 0], [3]])
    #expect(groups.map(\.lead) == [1, 2, 3])
    #expect(groups[1].label == "talks in Sochi on 2018-09-17")
    #expect(groups[0].event == nil)
    // Grouping works within the list given: a filtered list groups only its own rows.
    #expect(StoryGroups.groups(of: [0, 3], in: collection).map(\.members) == [[0], [3]])
  }

  @Test func generatedStoriesGroupAndCoverEveryArticleOnce() {
    let articles = CorpusGenerator(seed: 3).generate(count: 300).compactMap { name, text in
      try? ArticleParser.parse(bytes: Array(text.utf8), path: name, relativePath: name, id: name, modificationDate: nil).get()
    }
    let collection = AnalyzedCollection(articles: articles)
    let groups = StoryGroups.groups(of: Array(articles.indices), in: collection)
    let members = groups.flatMap(\.members)
    #expect(members.sorted() == Array(articles.indices))
    #expect(groups.contains { $0.members.count > 1 })
    #expect(groups.count < articles.count)
    #expect(groups.allSatisfy { $0.members.count <= StoryGroups.maximumEventArticles * 4 })
    for group in groups { #expect(group.lead == group.members[0]) }
    let leads = groups.map(\.lead)
    #expect(ArticleOrdering.date.sorted(leads, in: collection) == leads)
  }
}
