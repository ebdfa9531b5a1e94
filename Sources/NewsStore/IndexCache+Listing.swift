import GRDB
import NewsCore

extension IndexCache {
  /// Every cached article as the list shows it, in list order (newest first, then
  /// title, then ID; undated last), without reading any text or analysis: what the
  /// reader shows while the collection opens. Files changed or deleted since they were
  /// cached are listed as cached; only opening the collection finds out.
  ///
  /// Reads the small columns at the front of each row only; about 0.2 s for 100,000
  /// entries.
  public func listing() throws(StoreError) -> [ListedArticle] {
    try database.read { db in
      var listed: [ListedArticle] = []
      listed.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM entry") ?? 0)
      let rows = try Row.fetchCursor(
        db,
        sql: "SELECT \(ListedArticle.selection) FROM entry ORDER BY day IS NULL, day DESC, title, articleID")
      while let row = try rows.next() {
        if let article = ListedArticle(row: row) { listed.append(article) }
      }
      return listed
    }
  }
}
