import NewsCore
import TestSupport
import Testing

@Suite("CrossReferenceIndex")
struct CrossReferenceIndexTests {
  typealias Item = (article: Article, analysis: ArticleAnalysis)

  // Bodies with no content word in common, so text similarity stays out of the way.
  static let fillers = [
    "Farmers protested tractor tariffs outside parliament while bakers complained about flour prices.",
    "Astronomers photographed a comet passing Jupiter, and volunteers catalogued meteorite fragments.",
    "Swimmers trained through freezing mornings as coaches measured lactate thresholds carefully.",
    "Librarians digitised medieval manuscripts, restoring faded illuminations with gentle solvents.",
    "Engineers tested turbine blades against hurricane gusts inside a vast concrete tunnel.",
    "Chefs experimented with fermented chillies, smoked garlic and wild fennel pollen.",
  ]

  static func item(_ id: String, date: String? = "2018-09-17", body: String, _ analysis: ArticleAnalysis) -> Item {
    (IndexFixtures.article(id, date: date, body: [body]), analysis)
  }

  @Test func postingsCountMentionsAndFollowArticleDates() {
    let items = [
      Self.item(
        "a", date: "2018-09-18", body: Self.fillers[0],
        IndexFixtures.analysis(people: ["Vladimir Putin"], places: ["Sochi"], mentions: ["Vladimir Putin": 3])),
      Self.item(
        "b", date: nil, body: Self.fillers[1], IndexFixtures.analysis(people: ["Vladimir Putin"], places: ["Tehran"])),
      Self.item(
        "c", date: "2018-09-16", body: Self.fillers[2],
        IndexFixtures.analysis(
          people: ["Vladimir Putin", "Dmitry Peskov"], places: ["Sochi"], mentions: ["Dmitry Peskov": 4])),
    ]
    let index = CrossReferenceIndex.build(items)
    #expect(index.articleCount == 3)
    let putin = EntityKey(kind: .person, name: "Vladimir Putin")
    #expect(
      index.articles(mentioning: putin) == [
        EntityPosting(article: 2, mentions: 1), EntityPosting(article: 0, mentions: 3),
        EntityPosting(article: 1, mentions: 1),
      ])
    #expect(index.articles(mentioning: EntityKey(kind: .place, name: "Sochi")).map(\.article) == [2, 0])
    #expect(index.articles(mentioning: EntityKey(kind: .place, name: "Nowhere")).isEmpty)
    let people = index.entities(of: 2, kind: .person)
    #expect(people.map(\.name) == ["Vladimir Putin", "Dmitry Peskov"])
    #expect(people.map(\.otherArticles) == [2, 0])
    #expect(people.map(\.mentions) == [1, 4])
    #expect(index.entities(of: 1, kind: .place).map(\.otherArticles) == [0])
    #expect(index.entities(of: 7, kind: .person).isEmpty)
  }

  @Test(arguments: [
    (EntityKind.person, "Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", true),
    (.person, "MEVLÜT ÇAVUŞOĞLU", "Mevlut Cavusoglu", true),
    (.person, "Bashar al-Assad", "Bashar Assad", true),
    (.person, "Conor O’Brien", "Conor O'Brien", true),
    (.person, "Mr Vladimir Putin", "Vladimir Putin", true),
    (.person, "Volodymyr Zelenskyy", "Volodymyr Zelensky", true),
    (.organization, "UN", "United Nations", true),
    (.organization, "U.N.", "the United Nations", true),
    (.organization, "World Health Organisation", "WHO", true),
    (.place, "Kiev", "Kyiv", true),
    (.place, "U.S.", "United States", true),
    (.place, "Łódź", "Lodz", true),
    (.person, "Putin", "Vladimir Putin", false),
    (.person, "Johnson", "Boris Johnson", false),
    (.person, "Vladimir Putin", "Vladimir Putina", false),
    (.organization, "UN", "UNESCO", false),
    (.place, "Georgia", "Georgia", true),
  ])
  func aliasesMergeOnlyOnStrongEvidence(kind: EntityKind, first: String, second: String, merged: Bool) {
    #expect((EntityKey(kind: kind, name: first) == EntityKey(kind: kind, name: second)) == merged)
    func analysis(_ name: String) -> ArticleAnalysis {
      ArticleAnalysis(
        people: kind == .person ? [IndexFixtures.entity(kind, name)] : [],
        places: kind == .place ? [IndexFixtures.entity(kind, name)] : [],
        organizations: kind == .organization ? [IndexFixtures.entity(kind, name)] : [])
    }
    let index = CrossReferenceIndex.build([
      Self.item("a", body: Self.fillers[0], analysis(first)), Self.item("b", body: Self.fillers[1], analysis(second)),
    ])
    #expect(index.articles(mentioning: EntityKey(kind: kind, name: second)).count == (merged ? 2 : 1))
    #expect(index.sharedAcrossCollection().entities.count == (merged ? 1 : 0))
  }

  @Test func displayNamePrefersTheKeyItselfThenTheFullestSpelling() {
    let index = CrossReferenceIndex.build([
      Self.item(
        "a", body: Self.fillers[0], IndexFixtures.analysis(people: ["Recep Tayyip Erdogan"], organizations: ["UN"])),
      Self.item(
        "b", body: Self.fillers[1], IndexFixtures.analysis(people: ["Recep Tayyip Erdoğan"], organizations: ["UN"])),
      Self.item("c", body: Self.fillers[2], IndexFixtures.analysis(organizations: ["United Nations"])),
    ])
    #expect(index.name(of: EntityKey(kind: .person, name: "Erdogan Recep Tayyip")) == nil)
    #expect(index.name(of: EntityKey(kind: .person, name: "recep tayyip erdogan")) == "Recep Tayyip Erdoğan")
    #expect(index.name(of: EntityKey(kind: .organization, name: "UN")) == "United Nations")
  }

  @Test func bareSurnameFoldsOnlyIntoItsOwnArticlesFullerName() {
    let index = CrossReferenceIndex.build([
      Self.item(
        "a", body: Self.fillers[0],
        IndexFixtures.analysis(people: ["Vladimir Putin", "Putin"], mentions: ["Vladimir Putin": 2, "Putin": 3])),
      Self.item("b", body: Self.fillers[1], IndexFixtures.analysis(people: ["Putin"], places: ["Sochi"])),
      Self.item(
        "c", body: Self.fillers[2], IndexFixtures.analysis(people: ["Johnson", "Boris Johnson", "Lyndon Johnson"])),
    ])
    #expect(index.entities(of: 0, kind: .person).map(\.name) == ["Vladimir Putin"])
    #expect(index.entities(of: 0, kind: .person).first?.mentions == 5)
    #expect(index.articles(mentioning: EntityKey(kind: .person, name: "Vladimir Putin")).map(\.article) == [0])
    #expect(index.articles(mentioning: EntityKey(kind: .person, name: "Putin")).map(\.article) == [1])
    // Two fuller names end in "Johnson": the article did not resolve it, so it stays apart.
    #expect(index.entities(of: 2, kind: .person).count == 3)
  }
}
