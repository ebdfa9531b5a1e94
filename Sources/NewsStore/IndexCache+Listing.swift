import Foundation
import GRDB
import NewsCore

extension IndexCache {
  /// Every cached article as the list shows it, in list order (newest first, then
  /// title, then ID; undated last), without reading any text or analysis. Files changed
  /// or deleted since they were cached are listed as cached; only opening the collection
  /// finds out.
  ///
  /// Reads the covering index `entry_listing` only, never the rows: about 0.2 s for
  /// 100,000 entries.
  public func listing() throws(StoreError) -> [ListedArticle] {
    try database.read(Self.fetchListing)
  }

  /// The ``listing()`` of the cache file at `url`, read before (and without) opening
  /// it: no integrity check (which reads the whole file, about 2 s for 100,000 entries)
  /// and no write. Empty when there is no such file, it was written by another
  /// `version` of lede or cache format, or it cannot be read. A preview for the reader
  /// while the collection opens; the open checks the file and confirms or replaces it.
  public static func listing(url: URL, version: String) -> [ListedArticle] {
    guard FileManager.default.fileExists(atPath: url.path) else { return [] }
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(DatabaseSetup.busyTimeout)
    configuration.label = "lede.cache.listing"
    do {
      let queue = try DatabaseQueue(path: url.path, configuration: configuration)
      defer { try? queue.close() }
      return try queue.read { db in
        let meta = try Row.fetchAll(db, sql: "SELECT key, value FROM meta WHERE key IN ('format', 'lede')")
        let values = Dictionary(meta.map { ($0[0] as String, $0[1] as String) }, uniquingKeysWith: { first, _ in first })
        guard values["format"] == IndexCacheSchema.format, values["lede"] == version else { return [] }
        return try fetchListing(db)
      }
    } catch {
      return []
    }
  }

  private static func fetchListing(_ db: Database) throws -> [ListedArticle] {
    var listed: [ListedArticle] = []
    listed.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM entry") ?? 0)
    let rows = try Row.fetchCursor(
      db, sql: "SELECT \(ListedArticle.selection) FROM entry ORDER BY \(ListedArticle.order)")
    while let row = try rows.next() {
      if let article = ListedArticle(row: row) { listed.append(article) }
    }
    return listed
  }
}
