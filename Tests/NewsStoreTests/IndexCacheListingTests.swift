import Foundation
import NewsCore
import TestSupport
import Testing

@testable import NewsStore

/// The cached listing: what the list shows while a collection opens, read without
/// decoding any article, in the order the full open gives.
@Suite struct IndexCacheListingTests {
  let folder: TemporaryFolder

  init() throws { folder = try TemporaryFolder() }

  var url: URL { folder.file("cache/collection.sqlite") }

  func open(version: String = "1.0") throws -> IndexCache {
    try IndexCache(url: url, roots: ["/collection"], version: version)
  }

  /// The article as the listing knows it: no text, dateline, warnings or word count.
  func placeholder(of article: Article) -> Article {
    var expected = article
    expected.paragraphs = []
    expected.dateline = nil
    expected.warnings = []
    expected.wordCount = 0
    return expected
  }

  @Test func listingHoldsEveryEntryInListOrderWithoutText() throws {
    var undated = CacheFixtures.article("undated", ["Zebra crossing repainted", "The council repainted it."], date: nil)
    undated.dateSource = .unknown
    var derived = CacheFixtures.article("derived", ["A title from the lead", "Body."])
    derived.titleIsHeadline = false
    derived.relativePath = "sub/derived.txt"
    derived.byteCount = 4321
    let articles = [undated, derived, CacheFixtures.richEntry.article] + SampleArticles.collection.dropFirst()
    let cache = try open()
    try cache.store(articles.map { CacheFixtures.entry($0) })
    let listing = try cache.listing()
    let expected = articles.sorted(by: ArticleLoader.listOrder)
    #expect(listing.map(\.placeholder) == expected.map(placeholder(of:)))
    #expect(listing.last?.date == nil, "undated last")
    #expect(listing.first { $0.id == "derived" }?.titleIsHeadline == false)
    #expect(listing.first { $0.id == CacheFixtures.richEntry.article.id }?.dateSource == .file)
  }

  @Test func storingAgainUpdatesTheListing() throws {
    let cache = try open()
    try cache.store([CacheFixtures.entry(CacheFixtures.article("a", ["Old headline", "Old text."]))])
    let newer = CacheFixtures.article(
      "a", ["New headline", "New text."], date: CalendarDate(year: 2019, month: 1, day: 2))
    try cache.store([CacheFixtures.entry(newer, size: 9)])
    #expect(try cache.listing().map(\.placeholder) == [placeholder(of: newer)])
    try cache.remove(paths: [newer.path])
    #expect(try cache.listing().isEmpty)
  }

  @Test func listingBeforeOpeningNeedsThisVersionsCache() throws {
    #expect(IndexCache.listing(url: url, version: "1.0").isEmpty, "no cache yet")
    let articles = Array(SampleArticles.collection)
    do {
      let cache = try open()
      try cache.store(articles.map { CacheFixtures.entry($0) })
      #expect(IndexCache.listing(url: url, version: "1.0") == (try cache.listing()), "while another holds it open")
    }
    #expect(IndexCache.listing(url: url, version: "1.0").map(\.placeholder) == articles.map(placeholder(of:)))
    #expect(IndexCache.listing(url: url, version: "2.0").isEmpty, "written by another version")
    try Data("not a database".utf8).write(to: url)
    try? FileManager.default.removeItem(atPath: url.path + "-wal")
    #expect(IndexCache.listing(url: url, version: "1.0").isEmpty, "damaged")
  }
}
