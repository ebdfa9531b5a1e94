import Foundation
import GRDB
import NewsCore
import TestSupport
import Testing

@testable import NewsStore

@Suite struct IndexCacheTests {
  let folder: TemporaryFolder
  let url: URL

  init() throws {
    folder = try TemporaryFolder()
    url = folder.file("cache/collection.sqlite")
  }

  func open(version: String = "1.0") throws -> IndexCache {
    try IndexCache(url: url, roots: ["/collection"], version: version)
  }

  func sampleEntries() -> [CacheEntry] {
    [CacheFixtures.richEntry]
      + SampleArticles.collection.dropFirst().enumerated().map { index, article in
        var article = article
        article.contentHash = UInt64(index + 1)
        return CacheFixtures.entry(article, size: 10 * index)
      }
  }

  @Test func entriesRoundTripAcrossReopen() throws {
    let entries = sampleEntries()
    try open().store(entries)
    let reopened = try open()
    #expect(reopened.rebuildReason == nil)
    #expect(try reopened.entries().sorted { $0.path < $1.path } == entries.sorted { $0.path < $1.path })
    #expect(try reopened.allPaths() == entries.map(\.path).sorted())
  }

  @Test func lookupNeedsMatchingSizeAndTime() throws {
    let cache = try open()
    let entry = CacheFixtures.richEntry
    try cache.store([entry])
    #expect(try cache.lookup(path: entry.path, stamp: entry.stamp) == entry)
    #expect(try cache.lookup(path: entry.path, stamp: FileStamp(size: 813, modified: -5)) == nil)
    #expect(try cache.lookup(path: entry.path, stamp: FileStamp(size: 812, modified: -4)) == nil)
    #expect(try cache.lookup(path: "/elsewhere", stamp: entry.stamp) == nil)
    #expect(try cache.stamps() == [entry.path: entry.stamp])
  }

  @Test func storeReplacesByPathAndRemoveForgets() throws {
    let cache = try open()
    let old = CacheFixtures.entry(CacheFixtures.article("a", ["Old headline", "Zeppelins over the harbour."]))
    try cache.store([old])
    var new = CacheFixtures.entry(CacheFixtures.article("a", ["New headline", "Submarines under the harbour."]), size: 7)
    new.analysis = ArticleAnalysis()
    try cache.store([new])
    #expect(try cache.entries() == [new])
    #expect(try cache.search("zeppelins").isEmpty)
    #expect(try cache.search("submarines").map(\.path) == [new.path])
    try cache.storeAnalyses([new.path: CacheFixtures.richEntry.analysis ?? ArticleAnalysis(), "/missing": ArticleAnalysis()])
    #expect(try cache.entries().first?.analysis == CacheFixtures.richEntry.analysis)
    try cache.remove(paths: [new.path, "/never/cached"])
    #expect(try cache.allPaths().isEmpty)
    #expect(try cache.search("submarines").isEmpty)
  }

  /// Replacing and removing rows that are already in the full-text index, then adding
  /// a few (indexed one by one) and many (rebuilt): the hit counts show the index
  /// agrees with the table (a stale row would be found again), and FTS5's structural
  /// integrity check passes.
  @Test func fullTextIndexFollowsEveryChange() throws {
    let cache = try open()
    func article(_ id: String, _ word: String) -> CacheEntry {
      CacheFixtures.entry(CacheFixtures.article(id, ["Headline \(id)", "The \(word) story."]))
    }
    func check() throws {
      try cache.database.write { db in try db.execute(sql: "INSERT INTO entry_fts (entry_fts) VALUES ('integrity-check')") }
    }
    try cache.store((0..<10).map { article("a\($0)", "walrus") })
    #expect(try cache.search("walrus").count == 10)
    try cache.store([article("a0", "narwhal"), article("new", "narwhal")])
    try cache.remove(paths: [article("a1", "").path])
    #expect(try cache.search("narwhal").count == 2)
    #expect(try cache.search("walrus").count == 8)
    try check()
    try cache.store((0..<30).map { article("b\($0)", "walrus") })
    #expect(try cache.search("walrus").count == 38)
    try check()
    try cache.updateIndex()
    try cache.remove(paths: try cache.allPaths())
    #expect(try cache.search("walrus").isEmpty)
    try check()
  }

  /// Rows not yet indexed are replaced and deleted without touching the index (a
  /// 'delete' of text it never held would corrupt it); indexed rows leave it.
  @Test func pendingAndIndexedRowsAreReplacedAndDeletedSoundly() throws {
    let cache = try open()
    func article(_ id: String, _ word: String) -> EncodedEntry {
      EncodedEntry(CacheFixtures.entry(CacheFixtures.article(id, ["Headline \(id)", "The \(word) story."])))
    }
    func pending() throws -> Int {
      try cache.database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM entry_pending") ?? -1 }
    }
    func check() throws {
      try cache.database.write { db in try db.execute(sql: "INSERT INTO entry_fts (entry_fts) VALUES ('integrity-check')") }
    }
    try cache.store((0..<4).map { article("a\($0)", "walrus") })
    #expect(try pending() == 4)
    try cache.updateIndex()
    #expect(try pending() == 0)
    try cache.store([article("a0", "narwhal"), article("a1", "narwhal")])  // indexed rows replaced
    try cache.store([article("a0", "beluga"), article("new", "beluga")])  // a pending row replaced
    try cache.remove(paths: [article("a1", "").path, article("a2", "").path])  // pending and indexed
    #expect(try pending() == 2)
    try check()
    #expect(try cache.search("walrus").count == 1)
    #expect(try cache.search("narwhal").isEmpty)
    #expect(try cache.search("beluga").count == 2)
    #expect(try pending() == 0)
    try check()
  }

  @Test func paragraphWithNewlineStillRoundTrips() throws {
    var article = CacheFixtures.article("nl", ["Headline", "one\nline", "two"])
    article.paragraphs.append(Paragraph(kind: .body, text: "", sourceMap: SourceMap(fileStart: 90)))
    let cache = try open()
    try cache.store([CacheFixtures.entry(article)])
    #expect(try cache.entries().map(\.article) == [article])
  }

  @Test func articleWithoutParagraphsRoundTrips() throws {
    var article = CacheFixtures.article("empty", ["Title only"], date: nil)
    article.paragraphs = []
    let cache = try open()
    try cache.store([CacheFixtures.entry(article)])
    #expect(try cache.entries().map(\.article) == [article])
  }

  @Test func undecodableBlobIsAMissNotAnError() throws {
    let cache = try open()
    let entries = sampleEntries()
    try cache.store(entries)
    try cache.database.write { db in
      try db.execute(sql: "UPDATE entry SET article = x'0102ff' WHERE path = ?", arguments: [entries[0].path])
    }
    #expect(try cache.lookup(path: entries[0].path, stamp: entries[0].stamp) == nil)
    #expect(try cache.entries().count == entries.count - 1)
  }

  @Test func otherVersionIsRebuilt() throws {
    try open(version: "1.0").store(sampleEntries())
    let newer = try open(version: "1.1")
    #expect(newer.rebuildReason?.contains("1.0") == true)
    #expect(try newer.allPaths().isEmpty)
    #expect(try open(version: "1.1").rebuildReason == nil)
  }

  @Test(arguments: [0, 100, 4096, 100_000])
  func garbageFileIsRebuiltWithoutThrowing(size: Int) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 17) }).write(to: url)
    let cache = try open()
    #expect(size == 0 ? cache.rebuildReason == nil : cache.rebuildReason != nil)
    try cache.store(sampleEntries())
    #expect(try open().allPaths().count == sampleEntries().count)
  }

  @Test func damagedPagesAreRebuilt() throws {
    let entries = (0..<300).map { CacheFixtures.entry(CacheFixtures.article("n\($0)", ["Headline \($0)", "Body text \($0)"])) }
    try open().store(entries)
    // Fold the WAL in, then scribble over pages in the middle of the file.
    let database = try DatabaseQueue(path: url.path)
    try database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    try database.close()
    let handle = try FileHandle(forWritingTo: url)
    try handle.seek(toOffset: 4096 * 3)
    try handle.write(contentsOf: Data(repeating: 0xA5, count: 4096 * 4))
    try handle.close()
    let cache = try open()
    #expect(cache.rebuildReason != nil)
    #expect(try cache.allPaths().isEmpty)
  }

  @Test func foreignDatabaseIsRebuilt() throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    let other = try DatabaseQueue(path: url.path)
    try other.write { db in try db.execute(sql: "CREATE TABLE notes (text TEXT)") }
    try other.close()
    #expect(try open().rebuildReason == "unknown tables")
  }

  @Test func cacheFileIsNamedByRoots() {
    let directory = URL(fileURLWithPath: "/cache")
    let one = IndexCache.fileURL(forRoots: ["/news/a", "/news/b"], in: directory)
    #expect(one == IndexCache.fileURL(forRoots: ["/news/b/", "/news/a", "/news/b"], in: directory))
    #expect(one != IndexCache.fileURL(forRoots: ["/news/a"], in: directory))
    #expect(one.deletingLastPathComponent().path == "/cache")
    #expect(IndexCache.defaultDirectory(environment: ["HOME": "/home/a"]).path == "/home/a/.cache/lede")
    #expect(IndexCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/home/a"]).path == "/c/lede")
  }

  @Test func fileStampSeesSizeAndTime() throws {
    let file = folder.file("article.txt")
    try Data("twelve bytes".utf8).write(to: file)
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSince1970: 1_500_000_000.25)], ofItemAtPath: file.path)
    #expect(FileStamp(path: file.path) == FileStamp(size: 12, modified: 1_500_000_000_250_000_000))
    #expect(FileStamp(path: folder.file("missing").path) == nil)
  }
}
