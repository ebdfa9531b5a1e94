import Foundation
import NewsCore
import Testing

@testable import NewsStore

@Suite struct SearchTests {
  let folder: TemporaryFolder
  let cache: IndexCache

  static let articles = [
    CacheFixtures.article(
      "kremlin",
      [
        "Kremlin says talks in Sochi went well",
        "Moscow - President Vladimir Putin met the Turkish president in Sochi on Monday.",
        "The Kremlin said the talks on Idlib were constructive.",
      ]),
    CacheFixtures.article(
      "harbour",
      [
        "Storm closes the harbour",
        "Ships stayed in port as the storm reached the coast; talks about repairs begin next week.",
      ]),
    CacheFixtures.article(
      "cafe",
      [
        "Café owners protest",
        "Owners of the café on the square said a new tax would close them. Talks, talks and more talks, one said.",
      ]),
  ]

  init() throws {
    folder = try TemporaryFolder()
    cache = try IndexCache(url: folder.file("search.sqlite"), roots: ["/collection"], version: "test")
    try cache.store(Self.articles.map { CacheFixtures.entry($0) })
  }

  func ids(_ query: String) throws -> [String] {
    try cache.search(query).map { hit in
      Self.articles.first { $0.path == hit.path }?.id ?? "?"
    }
  }

  @Test func plainWordsMustAllOccur() throws {
    #expect(try Set(ids("talks")) == ["kremlin", "harbour", "cafe"])
    #expect(try ids("talks sochi") == ["kremlin"])
    #expect(try ids("talks sochi zeppelin").isEmpty)
    #expect(try ids("SOCHI") == ["kremlin"])
  }

  @Test func phrasesKeepWordOrder() throws {
    #expect(try ids("\"talks in Sochi\"") == ["kremlin"])
    #expect(try ids("\"Sochi in talks\"").isEmpty)
    #expect(try ids("\"close the harbour\"").isEmpty)
    #expect(try ids("\"closes the harbour\" storm") == ["harbour"])
  }

  @Test func prefixesMatchWordStarts() throws {
    #expect(try ids("Krem*") == ["kremlin"])
    #expect(try ids("constr*") == ["kremlin"])
    #expect(try ids("onstr*").isEmpty)
    #expect(try Set(ids("tal* own*")) == ["cafe"])
  }

  @Test func diacriticsAreIgnored() throws {
    #expect(try ids("cafe") == ["cafe"])
    #expect(try ids("CAFÉ") == ["cafe"])
  }

  @Test func titleMatchesAndRepeatsRankHigher() throws {
    // "talks": a title hit (kremlin) beats three body hits (cafe) beats one (harbour).
    #expect(try ids("talks") == ["kremlin", "cafe", "harbour"])
    let scores = try cache.search("talks").map(\.score)
    #expect(scores == scores.sorted(by: >))
    #expect(try cache.search("talks", limit: 2).count == 2)
    #expect(try cache.search("talks", limit: 0).isEmpty)
  }

  @Test func spansAreUTF8OffsetsInParagraphs() throws {
    let hit = try #require(try cache.search("\"talks on Idlib\" sochi").first)
    let article = Self.articles[0]
    #expect(hit.paragraph == 0)
    #expect(hit.spans.map { String(article.text(of: $0)) } == ["Sochi", "Sochi", "talks on Idlib"])
    #expect(hit.spans.map(\.paragraph) == [0, 1, 2])
    #expect(hit.title == article.title)
    #expect(hit.contentHash == article.contentHash)

    let cafe = try #require(try cache.search("café").first)
    #expect(cafe.spans == [TextSpan(paragraph: 0, start: 0, end: 5), TextSpan(paragraph: 1, start: 14, end: 19)])
  }

  @Test(arguments: [
    "\"", "\"\"", "*", "**", "AND OR NOT (", "col:x", "title:Sochi", "body:talks", ")", "^talks", "talks NEAR(x y)",
    "-talks", "+", "'", "talks\"", "\"talks", "a\"b\"c", "NOT", "sochi OR", "(", "{title}: talks", "talks*\"*", "\0",
    "\u{1}", "x'00'", "'; DROP TABLE entry; --", "   ", "", "🙂", "talks AND", "*talks",
  ])
  func hostileQueriesNeverThrow(query: String) throws {
    _ = try cache.search(query)
    #expect(try cache.allPaths().count == Self.articles.count)
  }

  @Test func hostileQueriesAreSearchedAsText() throws {
    // Column filters are not syntax: "title:Sochi" is the phrase "title Sochi".
    #expect(try ids("title:Sochi").isEmpty)
    #expect(try ids("says:talks") == ["kremlin"])
    #expect(try ids("\"talks") == ids("talks"))
    #expect(try ids("Sochi)") == ["kremlin"])
    #expect(try ids("*").isEmpty)
    #expect(try ids("NOT sochi").isEmpty)  // "not" is a word like any other
  }
}
