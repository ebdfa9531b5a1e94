import Foundation
import GRDB
import NewsCore

/// The parsed articles of one collection, kept between runs so reopening 100,000
/// files means comparing stamps, not reading and parsing every file; and a full-text
/// index over their titles and paragraphs.
///
/// One SQLite file per collection, named by a hash of the collection's roots, under
/// `$XDG_CACHE_HOME/lede`. A file written by another lede version or cache format,
/// or one that is not a sound database, is deleted and rebuilt on open, never trusted.
/// Thread-safe; several processes may share it (WAL, busy timeout).
public final class IndexCache: Sendable {
  /// The database file.
  public var url: URL { database.url }
  /// Why an existing file was thrown away on open, or nil when it was reused or new.
  public let rebuildReason: String?
  let database: StoreDatabase

  /// `$XDG_CACHE_HOME/lede`, or `~/.cache/lede`.
  public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
    StoreLocation.cacheDirectory(environment: environment)
  }

  /// The cache file of the collection made of `roots` (absolute paths; order and
  /// repeats do not matter).
  public static func fileURL(forRoots roots: [String], in directory: URL) -> URL {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in normalized(roots).joined(separator: "\0").utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return directory.appendingPathComponent("collection-\(Article.hex(hash)).sqlite")
  }

  /// Opens the cache of the collection made of `roots`, rebuilding it when it was
  /// written by another `version` of lede or is damaged.
  ///
  /// - Throws: ``StoreError`` only when no usable cache can be made at all (the
  ///   folder cannot be created, the disk is full...): a bad file is never an error.
  public convenience init(
    roots: [String], version: String, directory: URL = IndexCache.defaultDirectory()
  ) throws(StoreError) {
    try self.init(url: Self.fileURL(forRoots: roots, in: directory), roots: Self.normalized(roots), version: version)
  }

  /// Opens the cache file at `url`; see ``init(roots:version:directory:)``.
  public init(url: URL, roots: [String], version: String) throws(StoreError) {
    try StoreLocation.createFolder(for: url)
    let reason: String?
    do {
      let pool = try DatabasePool(path: url.path, configuration: DatabaseSetup.configuration(label: "lede.cache"))
      reason = try pool.write { db in try IndexCacheSchema.prepare(db, ledeVersion: version, roots: roots) }
      if reason == nil {
        database = StoreDatabase(url: url, pool: pool)
        self.rebuildReason = nil
        return
      }
      try? pool.close()
    } catch {
      reason = describe(error)
    }
    rebuildReason = reason
    do {
      for suffix in ["", "-wal", "-shm"] {
        let file = url.path + suffix
        if FileManager.default.fileExists(atPath: file) { try FileManager.default.removeItem(atPath: file) }
      }
      let pool = try DatabasePool(path: url.path, configuration: DatabaseSetup.configuration(label: "lede.cache"))
      if let problem = try pool.write({ db in try IndexCacheSchema.prepare(db, ledeVersion: version, roots: roots) }) {
        throw StoreError.cannotOpen(path: url.path, reason: problem)
      }
      database = StoreDatabase(url: url, pool: pool)
    } catch {
      throw .cannotOpen(path: url.path, reason: describe(error))
    }
  }

  static func normalized(_ roots: [String]) -> [String] {
    Array(Set(roots.map { URL(fileURLWithPath: $0).standardizedFileURL.path })).sorted()
  }
}
