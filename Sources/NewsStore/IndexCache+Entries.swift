import Foundation
import GRDB
import NewsCore

extension IndexCache {
  /// The cached entry for `path` when its stamp still matches; nil when the file is
  /// not cached, has changed, or its stored form cannot be decoded.
  public func lookup(path: String, stamp: FileStamp) throws(StoreError) -> CacheEntry? {
    try database.read { db in
      try Row.fetchOne(
        db, sql: "SELECT \(Self.entryColumns) FROM entry WHERE path = ? AND size = ? AND modified = ?",
        arguments: [path, stamp.size, stamp.modified]
      ).flatMap { StoredEntry(row: $0).decoded }
    }
  }

  /// The stamp of every cached file, by path, without decoding any article: what the
  /// caller compares with the files on disk to find new, changed and deleted ones.
  public func stamps() throws(StoreError) -> [String: FileStamp] {
    try database.read { db in
      var stamps: [String: FileStamp] = [:]
      let rows = try Row.fetchCursor(db, sql: "SELECT path, size, modified FROM entry")
      while let row = try rows.next() { stamps[row[0]] = FileStamp(size: row[1], modified: row[2]) }
      return stamps
    }
  }

  /// Every cached entry that decodes, in no particular order. Entries that do not
  /// decode are left out (their files should be read again and stored).
  ///
  /// Decoding runs on the calling thread: spreading it over two cores measured no
  /// faster, as fetching and allocating dominate.
  public func entries() throws(StoreError) -> [CacheEntry] {
    try database.read { db in
      try Array(Row.fetchCursor(db, sql: "SELECT \(Self.entryColumns) FROM entry").compactMap { StoredEntry(row: $0).decoded })
    }
  }

  /// Every cached path.
  public func allPaths() throws(StoreError) -> [String] {
    try database.read { db in try String.fetchAll(db, sql: "SELECT path FROM entry ORDER BY path") }
  }

  /// Adds or replaces entries, by path, in one transaction. An entry stored without
  /// analysis drops any analysis stored before. The full-text index catches up at the
  /// next ``search(_:limit:)`` or ``updateIndex()``.
  public func store(_ entries: [CacheEntry]) throws(StoreError) {
    try store(entries.map(EncodedEntry.init))
  }

  /// Adds or replaces entries encoded beforehand (on any thread), by path, in one
  /// transaction, like ``store(_:)-([CacheEntry])``.
  public func store(_ entries: [EncodedEntry]) throws(StoreError) {
    try database.write { db in
      let statement = try db.makeStatement(
        sql: """
          INSERT INTO entry (path, size, modified, contentHash, \(ListedArticle.columns), title, body, article, analysis)
          VALUES (?, ?, ?, ?, \(ListedArticle.placeholders), ?, ?, ?, ?)
          ON CONFLICT(path) DO UPDATE SET size = excluded.size, modified = excluded.modified,
            contentHash = excluded.contentHash, \(ListedArticle.updates), title = excluded.title, body = excluded.body,
            article = excluded.article, analysis = excluded.analysis
          RETURNING id
          """)
      let pending = try db.makeStatement(sql: "INSERT OR IGNORE INTO entry_pending (id) VALUES (?)")
      for entry in entries {
        let arguments: StatementArguments =
          [entry.path, entry.stamp.size, entry.stamp.modified, Int64(bitPattern: entry.contentHash)]
          + StatementArguments(entry.listing) + [entry.title, entry.body, entry.article, entry.analysis]
        guard let id = try Int64.fetchOne(statement, arguments: arguments) else { continue }
        try pending.execute(arguments: [id])
      }
    }
  }

  /// Stores analyses for already cached paths, in one transaction. Paths not cached
  /// are ignored.
  public func storeAnalyses(_ analyses: [String: ArticleAnalysis]) throws(StoreError) {
    try database.write { db in
      let statement = try db.makeStatement(sql: "UPDATE entry SET analysis = ? WHERE path = ?")
      for (path, analysis) in analyses {
        try statement.execute(arguments: [Data(AnalysisCoding.encode(analysis)), path])
      }
    }
  }

  /// Forgets entries, in one transaction (deleted files, or ones to read afresh).
  public func remove(paths: [String]) throws(StoreError) {
    try database.write { db in
      let statement = try db.makeStatement(sql: "DELETE FROM entry WHERE path = ?")
      for path in paths { try statement.execute(arguments: [path]) }
    }
  }

  static let entryColumns = "path, size, modified, title, body, article, analysis"
}

/// An entry in the form `entry` stores it: the encoding is the costly part of a write, so
/// it can run on the threads that produced the entries (see ``IndexCache/store(_:)-([EncodedEntry])``).
public struct EncodedEntry: Sendable {
  public let path: String
  public let stamp: FileStamp
  let contentHash: UInt64
  let listing: [DatabaseValue]
  let title: String
  let body: String
  let article: Data
  let analysis: Data?

  public init(_ entry: CacheEntry) {
    let (title, body, blob) = ArticleCoding.encode(entry.article)
    path = entry.path
    stamp = entry.stamp
    contentHash = entry.article.contentHash
    listing = ListedArticle.values(of: entry.article)
    self.title = title
    self.body = body
    article = Data(blob)
    analysis = entry.analysis.map { Data(AnalysisCoding.encode($0)) }
  }
}

/// A row of `entry` as stored, before decoding: a plain value that can cross threads.
struct StoredEntry: Sendable {
  var path: String
  var stamp: FileStamp
  var title: String
  var body: String
  var article: Data
  var analysis: Data?

  /// A row of ``IndexCache/entryColumns``.
  init(row: Row) {
    path = row[0]
    stamp = FileStamp(size: row[1], modified: row[2])
    title = row[3]
    body = row[4]
    article = row[5]
    analysis = row[6]
  }

  /// The entry, or nil when a blob does not decode.
  var decoded: CacheEntry? {
    guard let article = try? article.withUnsafeBytes({ try ArticleCoding.decode(title: title, body: body, blob: $0) })
    else { return nil }
    guard let analysis else { return CacheEntry(path: path, stamp: stamp, article: article) }
    guard let decoded = try? analysis.withUnsafeBytes({ try AnalysisCoding.decode($0) }) else { return nil }
    return CacheEntry(path: path, stamp: stamp, article: article, analysis: decoded)
  }
}
