import Foundation
import GRDB
import NewsCore
import TestSupport
import Testing

@testable import NewsStore

/// The collection indexer against real files and a real SQLite cache: reuse, change
/// detection, a damaged cache, and a `lede index` killed with SIGKILL mid-way.
@Suite struct CollectionIndexerTests {
  let folder: TemporaryFolder
  let articles: URL
  let cacheDirectory: URL

  init() throws {
    folder = try TemporaryFolder()
    articles = folder.file("articles")
    cacheDirectory = folder.file("cache/lede")
  }

  func indexer(version: String = "test") -> CollectionIndexer {
    CollectionIndexer(version: version, cacheDirectory: cacheDirectory)
  }

  /// Writes `count` generated articles into `articles/`.
  func writeCorpus(count: Int, seed: UInt64 = 5) throws {
    try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
    for (name, text) in CorpusGenerator(seed: seed).generate(count: count) {
      try Data(text.utf8).write(to: articles.appendingPathComponent(name))
    }
  }

  func fileNames() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: articles.path).sorted()
  }

  /// Checks the collection against loading the folder without any cache, and its analyses
  /// against analysing afresh every `stride`-th article (analysis is the slow part).
  func expectSameAsFresh(
    _ collection: AnalyzedCollection, stride: Int = 1, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let articles = ArticleLoader().load(paths: [self.articles.path]).articles
    #expect(collection.articles == articles, sourceLocation: sourceLocation)
    let sample = Array(Swift.stride(from: 0, to: articles.count, by: stride))
    let expected = ArticleAnalyzer.analyzeAll(sample.map { articles[$0] })
    #expect(sample.map { collection.analyses[$0] } == expected, sourceLocation: sourceLocation)
  }

  @Test func coldBuildThenWarmReopenReadsNothing() throws {
    try writeCorpus(count: 120)
    let cold = try indexer().open(paths: [articles.path])
    #expect(cold.stats.files == 120)
    #expect(cold.stats.read == 120)
    #expect(cold.stats.analyzed == 120)
    #expect(cold.stats.reused == 0)
    expectSameAsFresh(cold.collection)
    let warm = try indexer().open(paths: [articles.path])
    #expect(warm.stats.read == 0)
    #expect(warm.stats.reused == 120)
    #expect(warm.stats.rebuildReason == nil)
    #expect(warm.collection.articles == cold.collection.articles)
    #expect(warm.collection.analyses == cold.collection.analyses)
    // The cache searches what it indexed.
    let cache = try indexer().cache(for: [articles.path])
    #expect(try !cache.search("ceasefire").isEmpty)
  }

  /// Changes one file (same size, other content), touches one, adds one and deletes one.
  func changeSomeFiles() throws {
    let names = try fileNames()
    let changed = articles.appendingPathComponent(names[0])
    var bytes = Array(try Data(contentsOf: changed))
    let position = try #require(bytes.lastIndex { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "y") })
    bytes[position] += 1
    try Data(bytes).write(to: changed)
    let touched = articles.appendingPathComponent(names[1]).path
    try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_600_000_000)], ofItemAtPath: touched)
    let extra = CorpusGenerator(seed: 99).article(at: 7, storyCount: 3)
    try Data(extra.text.utf8).write(to: articles.appendingPathComponent("zz_added.txt"))
    try FileManager.default.removeItem(at: articles.appendingPathComponent(names[2]))
  }

  func expectChangesNoticed(_ stats: IndexStats, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(stats.files == 60, sourceLocation: sourceLocation)
    #expect(stats.read == 3, sourceLocation: sourceLocation)
    #expect(stats.unchangedContent == 1, sourceLocation: sourceLocation)
    #expect(stats.analyzed == 2, sourceLocation: sourceLocation)
    #expect(stats.removed == 1, sourceLocation: sourceLocation)
    #expect(stats.reused == 57, sourceLocation: sourceLocation)
  }

  @Test func changedTouchedAddedAndDeletedFilesAreNoticed() throws {
    try writeCorpus(count: 60)
    _ = try indexer().open(paths: [articles.path])
    try changeSomeFiles()
    let reopened = try indexer().open(paths: [articles.path])
    expectChangesNoticed(reopened.stats)
    expectSameAsFresh(reopened.collection)
    let again = try indexer().open(paths: [articles.path])
    #expect(again.stats.read == 0)
    #expect(try indexer().cache(for: [articles.path]).allPaths().count == 60)
  }

  /// `lede index` updates without holding the collection: the same changes are noticed,
  /// and the reader then finds everything in the cache.
  @Test func updatingWithoutTheCollectionNoticesChangesAndFeedsTheReader() throws {
    try writeCorpus(count: 60)
    let cold = try indexer().update(paths: [articles.path])
    #expect(cold.articles == 60)
    #expect(cold.stats.read == 60)
    try changeSomeFiles()
    let updated = try indexer().update(paths: [articles.path])
    #expect(updated.articles == 60)
    expectChangesNoticed(updated.stats)
    let reader = try indexer().open(paths: [articles.path])
    #expect(reader.stats.read == 0)
    #expect(reader.stats.reused == 60)
    expectSameAsFresh(reader.collection)
    #expect(try !updated.cache.search("ceasefire").isEmpty)
  }

  @Test func damagedCacheIsRebuilt() throws {
    try writeCorpus(count: 200)
    _ = try indexer().open(paths: [articles.path])
    let url = try indexer().cache(for: [articles.path]).url
    let database = try DatabaseQueue(path: url.path)
    try database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    try database.close()
    let handle = try FileHandle(forWritingTo: url)
    try handle.seek(toOffset: 4096 * 2)
    try handle.write(contentsOf: Data(repeating: 0x5A, count: 4096 * 6))
    try handle.close()
    let reopened = try indexer().open(paths: [articles.path])
    #expect(reopened.stats.rebuildReason != nil)
    #expect(reopened.stats.read == 200)
    expectSameAsFresh(reopened.collection)
    #expect(try indexer().open(paths: [articles.path]).stats.read == 0)
  }

  @Test func otherVersionIsRebuiltAndRefusedFilesAreReported() throws {
    try writeCorpus(count: 10)
    try Data().write(to: articles.appendingPathComponent("empty.txt"))
    let first = try indexer(version: "1").open(paths: [articles.path])
    #expect(first.report.refused.map(\.reason) == ["empty file"])
    let second = try indexer(version: "2").open(paths: [articles.path])
    #expect(second.stats.rebuildReason?.contains("1") == true)
    #expect(second.stats.read == 11)
    #expect(second.report.articles.count == 10)
  }

  /// `lede index` killed with SIGKILL once it has committed a batch: reopening finds a sound
  /// cache, keeps what was committed, and finishes with what a fresh build gives.
  @Test(.enabled(if: LedeExecutable.url != nil)) func killedIndexerLeavesAUsableCache() throws {
    try writeCorpus(count: 3_000, seed: 17)
    let binary = try #require(LedeExecutable.url)
    let version = try LedeExecutable.version()
    let child = Process()
    child.executableURL = binary
    child.arguments = ["index", articles.path]
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_CACHE_HOME"] = cacheDirectory.deletingLastPathComponent().path
    child.environment = environment
    child.standardOutput = FileHandle.nullDevice
    child.standardError = FileHandle.nullDevice
    try child.run()
    let cacheURL = IndexCache.fileURL(forRoots: [articles.path], in: cacheDirectory)
    var committed = 0
    let deadline = Date().addingTimeInterval(120)
    while committed == 0, child.isRunning, Date() < deadline {
      usleep(20_000)  // polling another process: the one place a wait is needed
      committed = Self.entryCount(at: cacheURL)
    }
    kill(child.processIdentifier, SIGKILL)
    child.waitUntilExit()
    #expect(child.terminationReason == .uncaughtSignal)
    #expect(committed > 0)

    let reopened = try indexer(version: version).open(paths: [articles.path])
    #expect(reopened.stats.rebuildReason == nil)
    #expect(reopened.stats.reused >= committed)
    #expect(reopened.stats.reused + reopened.stats.read == 3_000)
    expectSameAsFresh(reopened.collection, stride: 50)
  }

  /// Entries committed so far, read as another process would; 0 while the file is not ready.
  static func entryCount(at url: URL) -> Int {
    guard FileManager.default.fileExists(atPath: url.path) else { return 0 }
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(1)
    guard let database = try? DatabaseQueue(path: url.path, configuration: configuration) else { return 0 }
    defer { try? database.close() }
    return (try? database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM entry") }) ?? 0 ?? 0
  }
}

/// The built `lede` executable: `$LEDE_BINARY`, else `.build/debug/lede`.
enum LedeExecutable {
  static var url: URL? {
    let path =
      ProcessInfo.processInfo.environment["LEDE_BINARY"].flatMap { $0.isEmpty ? nil : $0 }
      ?? Fixtures.packageRoot.appendingPathComponent(".build/debug/lede").path
    return FileManager.default.isExecutableFile(atPath: path) ? URL(fileURLWithPath: path) : nil
  }

  /// What `lede --version` prints: the version it writes into caches.
  static func version() throws -> String {
    let process = Process()
    process.executableURL = url
    process.arguments = ["--version"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
