import NewsCore
import TestSupport
import Testing

@Suite("CrossReferenceIndex invariants and scale")
struct CrossReferenceScaleTests {
  @Test func invariantsHoldOverTwentyThousandSyntheticArticles() {
    let items = SyntheticCollection.make(count: 20_000, seed: 0x1ede, sentences: 2)
    let index = CrossReferenceIndex.build(items)
    let violations = Self.violations(of: index, articleCount: items.count)
    #expect(violations.isEmpty, "\(violations.prefix(10))")
    // The generator plants copies and shared people: the index must find some of each.
    #expect(!index.duplicateGroups.isEmpty)
    #expect((0..<200).contains { !index.related(to: $0).isEmpty })
    #expect(index.sharedAcrossCollection(minimumArticles: 2).events.count > 100)
  }

  @Test func buildIsDeterministic() {
    let items = SyntheticCollection.make(count: 1_500, seed: 7)
    let articles = items.map(\.article)
    let first = CrossReferenceIndex.build(items).dump(articles: articles)
    let second = CrossReferenceIndex.build(items).dump(articles: articles)
    #expect(first == second)
    #expect(first.contains("score"))
  }

  @Test func invariantsHoldOnHandBuiltCollections() {
    let items = SyntheticCollection.make(count: 60, seed: 3)
    let index = CrossReferenceIndex.build(items)
    #expect(Self.violations(of: index, articleCount: 60).isEmpty)
    let empty = CrossReferenceIndex.build([])
    #expect(empty.articleCount == 0)
    #expect(Self.violations(of: empty, articleCount: 0).isEmpty)
  }

  /// Everything that must hold after any build, as readable messages.
  static func violations(of index: CrossReferenceIndex, articleCount: Int) -> [String] {
    var found: [String] = []
    if index.articleCount != articleCount { found.append("articleCount \(index.articleCount)") }
    let overlap = index.sharedAcrossCollection(minimumArticles: 1)
    var postings = 0
    for entity in overlap.entities {
      let list = index.articles(mentioning: entity.key)
      postings += list.count
      if list.map(\.article) != entity.articles { found.append("\(entity.key): postings differ from overlap") }
      if Set(entity.articles).count != entity.articles.count { found.append("\(entity.key): repeated article") }
      for posting in list {
        let own = index.entities(of: posting.article, kind: entity.key.kind).first { $0.key == entity.key }
        if posting.mentions < 1 || own?.mentions != posting.mentions || own?.otherArticles != list.count - 1 {
          found.append(
            "\(entity.key) in \(posting.article): posting \(posting.mentions), article says \(String(describing: own))")
        }
      }
    }
    let listed = (0..<articleCount).reduce(0) { sum, article in
      sum + EntityKind.allCases.reduce(0) { $0 + index.entities(of: article, kind: $1).count }
    }
    if listed != postings { found.append("articles list \(listed) entities, postings hold \(postings)") }
    for event in overlap.events {
      for article in event.articles
      where index.events(of: article).first(where: { $0.key == event.key })?.otherArticles != event.articles.count - 1 {
        found.append("event \(event.key) missing from article \(article)")
      }
    }
    for article in 0..<articleCount { found += relatedViolations(of: index, article: article) }
    return found
  }

  static func relatedViolations(of index: CrossReferenceIndex, article: Int) -> [String] {
    var found: [String] = []
    let group = index.duplicateGroup(of: article)
    if !group.contains(article) || group != group.sorted() { found.append("\(article): group \(group)") }
    if group.contains(where: { index.duplicateGroup(of: $0) != group }) { found.append("\(article): groups disagree") }
    let related = index.related(to: article, limit: 100)
    if related.count > 20 { found.append("\(article): \(related.count) related") }
    if related.contains(where: { group.contains($0.article) }) {
      found.append("\(article): related to itself or a copy")
    }
    if zip(related, related.dropFirst()).contains(where: { $0.score < $1.score }) {
      found.append("\(article): not sorted")
    }
    if related.contains(where: { $0.score <= 0 || !(0...1).contains($0.similarity) }) {
      found.append("\(article): bad score")
    }
    let groups = related.map { index.duplicateGroup(of: $0.article) }
    if Set(groups).count != groups.count { found.append("\(article): a duplicate group listed twice") }
    return found
  }
}

/// A seeded generator of plausible collections: topics with their own people, places and
/// words; events near the article's date; some articles republished with a changed ending.
enum SyntheticCollection {
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9e37_79b9_7f4a_7c15
      var value = state
      value = (value ^ (value >> 30)) &* 0xbf58_476d_1ce4_e5b9
      value = (value ^ (value >> 27)) &* 0x94d0_49bb_1331_11eb
      return value ^ (value >> 31)
    }
    /// Skewed towards 0: a few names are everywhere, most are rare.
    mutating func skewed(_ bound: Int) -> Int {
      Int.random(in: 0..<Int.random(in: 1...bound, using: &self), using: &self)
    }
  }

  static let syllables = [
    "ka", "lo", "mi", "ren", "to", "sa", "vel", "dor", "an", "ri", "ze", "mu", "bel", "quo", "ny", "tar",
  ]

  static func word(_ number: Int, syllableCount: Int = 5) -> String {
    var value = number
    return (0..<syllableCount).map { _ in
      defer { value /= syllables.count }
      return syllables[value % syllables.count]
    }.joined()
  }

  static func name(_ number: Int) -> String {
    let given = word(number % 97 + 11, syllableCount: 2)
    let family = word(number / 97 + 300, syllableCount: 3)
    return title(given) + " " + title(family)
  }

  static func title(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }

  /// - Parameter sentences: body length, in sentences of 14 words.
  static func make(count: Int, seed: UInt64, sentences: Int = 3) -> [CrossReferenceIndexTests.Item] {
    var random = Generator(state: seed)
    let start = CalendarDate(year: 2018, month: 1, day: 1) ?? CalendarDate(daysSinceEpoch: 17532)
    var bodies: [[String]] = []
    var items: [CrossReferenceIndexTests.Item] = []
    for index in 0..<count {
      let topic = random.skewed(max(1, count / 20))
      let date = start.adding(days: topic % 300 + Int.random(in: 0...3, using: &random))
      var body = (0..<sentences).map { _ in
        (0..<14).map { _ in
          word(
            Int.random(in: 0..<3, using: &random) == 0
              ? 500_000 + topic * 40 + random.skewed(40) : random.skewed(200_000))
        }.joined(separator: " ") + "."
      }
      if index > 10, Int.random(in: 0..<20, using: &random) == 0, let original = bodies.randomElement(using: &random) {
        body = original + ["A later edition adds one closing remark."]
      }
      bodies.append(body)
      items.append(
        (
          IndexFixtures.article("s\(index)", date: date.iso, body: body),
          analysis(topic: topic, date: date, random: &random)
        ))
    }
    return items
  }

  static func analysis(topic: Int, date: CalendarDate, random: inout Generator) -> ArticleAnalysis {
    let people = (0..<Int.random(in: 1...6, using: &random)).map { _ in
      name(Bool.random(using: &random) ? topic * 5 + Int.random(in: 0..<5, using: &random) : random.skewed(50_000))
    }
    let places = (0..<Int.random(in: 1...4, using: &random)).map { _ in
      title(word(random.skewed(2_000) + 5_000, syllableCount: 4))
    }
    let organizations = (0..<Int.random(in: 0...3, using: &random)).map { _ in
      word(random.skewed(3_000) + 9_000) + " Council"
    }
    let events = (0..<Int.random(in: 0...2, using: &random)).map { _ in
      IndexFixtures.event(
        ["talks", "summit", "strike", "vote", "protest"][topic % 5],
        in: Int.random(in: 0..<6, using: &random) == 0 ? nil : title(word(topic + 7_000, syllableCount: 4)),
        on: Int.random(in: 0..<6, using: &random) == 0
          ? nil : date.adding(days: Int.random(in: -1...0, using: &random)).iso)
    }
    var mentions: [String: Int] = [:]
    for person in people { mentions[person] = Int.random(in: 1...5, using: &random) }
    return IndexFixtures.analysis(
      people: people, places: places, organizations: organizations, events: events, mentions: mentions)
  }
}
