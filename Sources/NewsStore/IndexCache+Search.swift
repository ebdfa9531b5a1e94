import GRDB
import NewsCore

extension IndexCache {
  /// The articles matching `query`, best first: all plain words must occur,
  /// `"quoted phrases"` in order, `prefix*` as a word start; case and diacritics are
  /// ignored. Input is never parsed as FTS5 syntax, so any string is safe; one with
  /// nothing to search for gives no hits.
  ///
  /// Ranking is BM25 over the title (weight 10) and the body (1). Match spans are
  /// computed only for the hits returned.
  public func search(_ query: String, limit: Int = 50) throws(StoreError) -> [SearchHit] {
    guard let expression = FullTextQuery.expression(for: query), limit > 0 else { return [] }
    try updateIndex()
    return try database.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT entry.path, entry.contentHash, entry.title, entry_fts.rank,
            highlight(entry_fts, 1, char(1), char(2))
          FROM entry_fts JOIN entry ON entry.id = entry_fts.rowid
          WHERE entry_fts MATCH ?1 AND entry_fts.rowid IN (
            SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?1 ORDER BY rank LIMIT ?2)
          ORDER BY entry_fts.rank, entry.path
          """,
        arguments: [expression, limit]
      ).map { row in
        let hash: Int64 = row[1]
        let rank: Double = row[3]
        let marked: String = row[4]
        return SearchHit(
          path: row[0], contentHash: UInt64(bitPattern: hash), title: row[2], score: -rank,
          spans: HighlightMarkers.spans(in: marked))
      }
    }
  }

  /// Adds the entries stored since the last update to the full-text index, in one
  /// transaction. When most of the cache is new (a first run) the index is rebuilt
  /// in one pass, which is over twice as fast as adding rows one by one.
  /// ``search(_:limit:)`` calls this; call it earlier, in the background, to take the
  /// cost off the first search.
  public func updateIndex() throws(StoreError) {
    let pending = try database.read { db in try Self.unindexedCount(db) }
    guard pending > 0 else { return }
    try database.write { db in
      let pending = try Self.unindexedCount(db)
      guard pending > 0 else { return }
      let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM entry") ?? 0
      if pending * 2 > total {
        try db.execute(sql: "INSERT INTO entry_fts (entry_fts) VALUES ('rebuild')")
      } else {
        try db.execute(
          sql: """
            INSERT INTO entry_fts (rowid, title, body)
            SELECT entry.id, title, body FROM entry_pending JOIN entry USING (id)
            """)
      }
      try db.execute(sql: "DELETE FROM entry_pending")
    }
  }

  private static func unindexedCount(_ db: Database) throws -> Int {
    try Int.fetchOne(db, sql: "SELECT count(*) FROM entry_pending") ?? 0
  }
}
