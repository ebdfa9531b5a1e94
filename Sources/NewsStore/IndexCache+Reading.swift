import GRDB
import NewsCore

extension IndexCache {
  /// Calls `body` with each cached entry that decodes, one at a time, in no particular
  /// order. Unlike ``entries()`` it never holds them all: the caller keeps what it needs.
  public func forEachEntry(_ body: (CacheEntry) -> Void) throws(StoreError) {
    try database.read { db in
      let rows = try Row.fetchCursor(db, sql: "SELECT \(Self.entryColumns) FROM entry")
      while let row = try rows.next() {
        if let entry = StoredEntry(row: row).decoded { body(entry) }
      }
    }
  }

  /// The cached entries of `paths` that decode, by path, whatever their stamps.
  public func entries(paths: [String]) throws(StoreError) -> [String: CacheEntry] {
    guard !paths.isEmpty else { return [:] }
    return try database.read { db in
      var entries: [String: CacheEntry] = [:]
      let statement = try db.makeStatement(sql: "SELECT \(Self.entryColumns) FROM entry WHERE path = ?")
      for path in paths {
        if let row = try Row.fetchOne(statement, arguments: [path]), let entry = StoredEntry(row: row).decoded {
          entries[path] = entry
        }
      }
      return entries
    }
  }
}
