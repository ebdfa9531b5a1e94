import Foundation
import GRDB

/// The connection settings shared by the user store and the index cache.
enum DatabaseSetup {
  /// How long a connection waits for another process's write lock before failing.
  static let busyTimeout: TimeInterval = 5

  /// A pool configuration: WAL (the pool's default), a busy timeout so several lede
  /// processes can write the same file, and foreign keys on.
  static func configuration(label: String) -> Configuration {
    var configuration = Configuration()
    configuration.label = label
    configuration.busyMode = .timeout(busyTimeout)
    configuration.foreignKeysEnabled = true
    configuration.prepareDatabase { db in
      // NORMAL is durable across application crashes in WAL mode; only a power
      // loss may drop the last commits, and it never corrupts the file.
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
    }
    return configuration
  }

  /// The lines of `PRAGMA quick_check` (or `integrity_check` when `full`); `["ok"]`
  /// when the file is sound.
  static func check(_ db: Database, full: Bool) throws -> [String] {
    try String.fetchAll(db, sql: full ? "PRAGMA integrity_check" : "PRAGMA quick_check")
  }
}

/// A short reason for an error from SQLite, GRDB or Foundation.
func describe(_ error: any Error) -> String {
  if let error = error as? DatabaseError {
    return error.message ?? "SQLite error \(error.resultCode.rawValue)"
  }
  if let error = error as? StoreError { return error.reason }
  return String(describing: error)
}

/// A database file's pool with the two ways the stores use it; failures come out as
/// ``StoreError`` naming the file.
struct StoreDatabase: Sendable {
  let url: URL
  let pool: DatabasePool

  /// Runs `body` in a read transaction.
  func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try pool.read(body)
    } catch {
      throw .readFailed(path: url.path, reason: describe(error))
    }
  }

  /// Runs `body` in one immediate write transaction: all of it commits, or nothing.
  func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try pool.write(body)
    } catch {
      throw .writeFailed(path: url.path, reason: describe(error))
    }
  }
}
