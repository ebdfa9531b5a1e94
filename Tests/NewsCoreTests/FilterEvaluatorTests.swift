import TestSupport
import Testing

@testable import NewsCore

@Suite struct FilterEvaluatorTests {
  static let first = "000_c34a645ecb9f0efb"
  static let second = "004_24aeacee75d83cc1"

  static let seeds: (collection: AnalyzedCollection, evaluator: FilterEvaluator) = {
    let articles = SeedsGold.seedArticles().values.sorted { $0.id < $1.id }
    let collection = AnalyzedCollection(articles: articles)
    return (collection, FilterEvaluator(collection: collection))
  }()

  static let seedCases: [(String, [String])] = [
    ("person:\"Dmitry Peskov\"", [first, second]),
    ("person:Peskov", [first, second]),
    ("person:\"dmitry peskov\"", [first, second]),
    ("person:\"Sergei Lavrov\"", [first]),
    ("person:Lavrov", [first]),
    ("person:\"Sergey Lavrov\"", [first]),
    ("person:Nobody", []),
    ("place:Ankara", [second]),
    ("place:Sochi", [first, second]),
    ("org:UN", [first]),
    ("org:\"Daily Sabah\"", [second]),
    ("event:talks", [first, second]),
    ("event:\"summit in Tehran\"", [first, second]),
    ("event:\"talks in Geneva\"", []),
    ("date:2018-09-17", [first, second]),
    ("date:2018-09", [first, second]),
    ("date:2018-09-18..", []),
    ("date:..2018-09-16", []),
    ("date:2018-09-01..2018-09-30", [first, second]),
    ("quote:Lavrov", [first]),
    ("quote:\"Sergei Lavrov\"", [first]),
    ("quote:\"certain differences\"", [first, second]),
    ("quote:\"Recep Tayyip Erdogan\"", [second]),
    ("quote:bloodbath", [first]),
    ("idlib", [first, second]),
    ("IDLIB", [first, second]),
    ("idl*", [first, second]),
    ("\"rebel-held Idlib\"", [first]),
    ("\"Idlib rebel-held\"", []),
    ("-person:Lavrov", [second]),
    ("person:Lavrov or org:\"Daily Sabah\"", [first, second]),
    ("person:Lavrov and org:\"Daily Sabah\"", []),
    ("not (person:Lavrov or org:\"Daily Sabah\")", []),
    ("idlib -\"rebel-held Idlib\"", [second]),
  ]

  @Test(arguments: seedCases)
  func seedFilters(_ text: String, _ expected: [String]) throws {
    let (collection, evaluator) = Self.seeds
    let expression = try FilterQuery.parse(text).get()
    let found = evaluator.evaluate(expression).map { collection.articles[$0].id }
    #expect(found == expected)
  }

  @Test func completionsComeFromEntityNames() {
    let evaluator = Self.seeds.evaluator
    #expect(evaluator.completions(prefix: "Pes", kind: .person) == ["Dmitry Peskov"])
    #expect(evaluator.completions(prefix: "dmitry p", kind: nil) == ["Dmitry Peskov"])
    #expect(evaluator.completions(prefix: "Pes", kind: .place).isEmpty)
    #expect(evaluator.completions(prefix: "sa", kind: .organization).contains("Daily Sabah"))
    let all = evaluator.completions(prefix: "", kind: .person, limit: 3)
    #expect(all.count == 3)
  }

  /// On a generated collection, every term agrees with a brute-force reading of the
  /// articles and analyses, and the operators agree with set algebra.
  @Test func generatedCollectionAgreesWithBruteForce() throws {
    let articles = CorpusGenerator(seed: 11).generate(count: 400).compactMap { name, text in
      try? ArticleParser.parse(bytes: Array(text.utf8), path: name, relativePath: name, id: name, modificationDate: nil).get()
    }
    let collection = AnalyzedCollection(articles: articles)
    let evaluator = FilterEvaluator(collection: collection)
    let all = Set(articles.indices)
    func run(_ text: String) throws -> Set<Int> { Set(evaluator.evaluate(try FilterQuery.parse(text).get())) }

    let someone = try #require(collection.analyses.lazy.compactMap { $0.people.first { $0.name.contains(" ") } }.first)
    let key = EntityKey(kind: .person, name: someone.name)
    let mentioning = Set(collection.index.articles(mentioning: key).map(\.article))
    #expect(try run("person:\"\(someone.name)\"").isSuperset(of: mentioning))
    #expect(!mentioning.isEmpty)

    let wordHits = Set(
      articles.indices.filter { index in
        articles[index].paragraphs.contains { $0.text.lowercased().contains("ceasefire") }
      })
    #expect(try run("ceasefire") == wordHits)
    #expect(try run("-ceasefire") == all.subtracting(wordHits))
    let dated = Set(articles.indices.filter { articles[$0].date.map { $0.year == 2018 } ?? false })
    #expect(try run("date:2018") == dated)
    #expect(try run("ceasefire or date:2018") == wordHits.union(dated))
    #expect(try run("ceasefire date:2018") == wordHits.intersection(dated))
    #expect(try run("ceasefire -ceasefire").isEmpty)
    #expect(try run("talks or summit or meeting or conference or negotiations").count > articles.count / 2)
    #expect(try run("event:summit").isSubset(of: try run("summit")))
    let said = Set(
      articles.indices.filter { collection.analyses[$0].quotes.contains { $0.text.contains("Our position has not changed") } })
    #expect(try run("quote:\"our position has not changed\"") == said)
    #expect(!said.isEmpty)
  }
  /// A surname, or any run of a name's words, finds every person whose name holds it;
  /// the full name still finds only that person.
  @Test func partOfANameFindsEveryoneWhoseNameHoldsIt() throws {
    let articles = CorpusGenerator(seed: 5).generate(count: 300).compactMap { name, text in
      try? ArticleParser.parse(bytes: Array(text.utf8), path: name, relativePath: name, id: name, modificationDate: nil).get()
    }
    let collection = AnalyzedCollection(articles: articles)
    let evaluator = FilterEvaluator(collection: collection)
    func run(_ text: String) throws -> Set<Int> { Set(evaluator.evaluate(try FilterQuery.parse(text).get())) }
    let table = collection.index.entityTable
    let people = table.keys.indices.filter { table.keys[$0].kind == .person && table.keys[$0].key.contains(" ") }
    var bySurname: [Substring: [Int]] = [:]
    for id in people { bySurname[table.keys[id].key.split(separator: " ").last ?? "", default: []].append(id) }
    let (surname, ids) = try #require(bySurname.max { $0.value.count < $1.value.count })
    #expect(ids.count > 1, "the generator reuses surnames with several first names")
    let expected = Set(ids.flatMap { table.postings[$0].map(\.article) })
    #expect(try run("person:\(surname)") == expected)
    #expect(try run("person:\(surname.uppercased())") == expected)
    let one = table.names[ids[0]]
    let alone = Set(table.postings[ids[0]].map(\.article))
    #expect(try run("person:\"\(one)\"") == alone)
    #expect(try run("person:\"\(one)\"").count < expected.count)
    let first = one.split(separator: " ")[0]
    #expect(try run("person:\(first)").isSuperset(of: alone), "a first name is a part of the name too")
    #expect(try run("person:\"\(surname) \(first)\"").isEmpty, "the words must come in the name's order")
  }

  @Test(arguments: [
    (["kovacs"], "sofia kovacs", true), (["sofia", "kovacs"], "sofia kovacs", true), (["sofia"], "sofia kovacs", true),
    (["kovac"], "sofia kovacs", false), (["kovacs", "sofia"], "sofia kovacs", false),
    (["maria", "kovacs"], "anna maria kovacs", true), (["anna", "kovacs"], "anna maria kovacs", false),
  ])
  func runsOfWholeWords(_ words: [String], _ name: String, _ expected: Bool) {
    #expect(FilterEvaluator.containsRun(words.map { Substring($0) }, in: name) == expected)
  }
}
