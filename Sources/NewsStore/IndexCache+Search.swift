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
}
