import Foundation
import GRDB
import NewsCore

/// The user's own data: highlights, read state, jump history and saved filters.
///
/// One SQLite file in WAL mode. Every write is one transaction, and a connection
/// waits up to five seconds for another's write lock, so several lede processes can
/// use the same file at once. Thread-safe: share one instance across threads.
public final class UserStore: Sendable {
  /// The database file.
  public var url: URL { database.url }
  let database: StoreDatabase

  /// How many history locations are kept; older ones are dropped on each visit.
  public static let historyLimit = 200

  /// `$XDG_DATA_HOME/lede/user.sqlite`, or `~/.local/share/lede/user.sqlite`.
  public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
    StoreLocation.dataDirectory(environment: environment).appendingPathComponent("user.sqlite")
  }

  /// Opens (creating if needed) the store at `url` and brings its schema up to date.
  ///
  /// - Throws: ``StoreError/damaged(path:reason:)`` when the file fails SQLite's
  ///   quick check (the file is left untouched), or another ``StoreError``.
  public init(url: URL = UserStore.defaultURL()) throws(StoreError) {
    try StoreLocation.createFolder(for: url)
    let pool: DatabasePool
    do {
      pool = try DatabasePool(path: url.path, configuration: DatabaseSetup.configuration(label: "lede.user"))
    } catch {
      throw .cannotOpen(path: url.path, reason: describe(error))
    }
    database = StoreDatabase(url: url, pool: pool)
    let problems: [String]
    do {
      problems = try pool.read { db in try DatabaseSetup.check(db, full: false) }
    } catch {
      throw .damaged(path: url.path, reason: describe(error))
    }
    guard problems == ["ok"] else { throw .damaged(path: url.path, reason: problems.prefix(3).joined(separator: "; ")) }
    do {
      try UserStoreSchema.migrator.migrate(pool)
    } catch {
      throw .cannotOpen(path: url.path, reason: describe(error))
    }
  }

  /// The lines of SQLite's full `integrity_check`: `["ok"]` when the file is sound.
  public func integrityCheck() throws(StoreError) -> [String] {
    try database.read { db in try DatabaseSetup.check(db, full: true) }
  }
}
