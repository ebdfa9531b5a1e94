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
}
