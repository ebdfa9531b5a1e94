import GRDB

/// The cache's tables, and the checks that decide whether a file found on disk can
/// be trusted. A cache is disposable: anything unexpected means delete and rebuild.
enum IndexCacheSchema {
  /// The layout version of tables and blobs together; any change to either bumps it.
  static let format = "5.\(ArticleCoding.version).\(AnalysisCoding.version)"

  /// Sets up an empty database, or checks an existing one. Returns nil when the
  /// database is ready, or why it must be rebuilt.
  static func prepare(_ db: Database, ledeVersion: String, roots: [String]) throws -> String? {
    guard try db.tableExists("meta") else {
      let existing = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master")
      guard existing.isEmpty else { return "unknown tables" }
      try create(db, ledeVersion: ledeVersion, roots: roots)
      return nil
    }
    let problems = try DatabaseSetup.check(db, full: false)
    guard problems == ["ok"] else { return "quick_check: \(problems.prefix(3).joined(separator: "; "))" }
    var meta: [String: String] = [:]
    for row in try Row.fetchAll(db, sql: "SELECT key, value FROM meta") { meta[row["key"]] = row["value"] }
    if meta["format"] != format { return "cache format \(meta["format"] ?? "none"), expected \(format)" }
    if meta["lede"] != ledeVersion { return "written by lede \(meta["lede"] ?? "unknown"), this is \(ledeVersion)" }
    for table in ["entry", "entry_pending", "entry_fts"] where try !db.tableExists(table) { return "missing table \(table)" }
    return nil
  }

  private static func create(_ db: Database, ledeVersion: String, roots: [String]) throws {
    try db.create(table: "meta") { t in
      t.primaryKey("key", .text)
      t.column("value", .text).notNull()
    }
    for (key, value) in [("format", format), ("lede", ledeVersion), ("roots", roots.joined(separator: "\n"))] {
      try db.execute(sql: "INSERT INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
    }
    try db.create(table: "entry") { t in
      t.autoIncrementedPrimaryKey("id")
      t.column("path", .text).notNull().unique()
      t.column("size", .integer).notNull()
      t.column("modified", .integer).notNull()  // nanoseconds since 1970
      t.column("contentHash", .integer).notNull()  // the UInt64's bit pattern
      // What the list shows, ahead of the large columns so that listing reads no
      // overflow pages (see IndexCache.listing()).
      t.column("articleID", .text).notNull()
      t.column("relativePath", .text).notNull()
      t.column("day", .integer)  // the date, in days since 1970; NULL when unknown
      t.column("dateSource", .integer).notNull()
      t.column("titleIsHeadline", .boolean).notNull()
      t.column("byteCount", .integer).notNull()
      t.column("title", .text).notNull()
      t.column("body", .text).notNull()  // paragraphs joined with "\n"
      t.column("article", .blob).notNull()  // ArticleCoding, without title and texts
      t.column("analysis", .blob)  // AnalysisCoding, once computed
    }
    // Entries not in entry_fts yet. A table of its own, not a flag in `entry`: marking a
    // hundred thousand rows indexed would rewrite every (large) row.
    try db.create(table: "entry_pending") { t in
      t.primaryKey("id", .integer)
    }
    // The listing, in list order, read from this index alone: a scan of the table would
    // read every row's first page (all of it is 4 KB or more a row).
    try db.execute(sql: "CREATE INDEX entry_listing ON entry (\(ListedArticle.indexColumns))")
    // External content: the index reads title and body from `entry` and keeps only
    // its inverted index, so the text is stored once. Rows are indexed lazily (see
    // IndexCache.updateIndex); these triggers take an indexed row's old text out of
    // the index when the row is replaced or deleted (a pending row's text is not in it).
    try db.create(virtualTable: "entry_fts", using: FTS5()) { t in
      t.content = "entry"
      t.contentRowID = "id"
      t.tokenizer = .unicode61(diacritics: .remove)
      t.column("title")
      t.column("body")
    }
    for (name, event) in [("entry_fts_delete", "DELETE"), ("entry_fts_update", "UPDATE OF title, body")] {
      try db.execute(
        sql: """
          CREATE TRIGGER \(name) AFTER \(event) ON entry BEGIN
            INSERT INTO entry_fts (entry_fts, rowid, title, body) SELECT 'delete', old.id, old.title, old.body
              WHERE NOT EXISTS (SELECT 1 FROM entry_pending WHERE id = old.id);
            \(event == "DELETE" ? "DELETE FROM entry_pending WHERE id = old.id;" : "")
          END
          """)
    }
    // A match in the title weighs ten times one in the body.
    try db.execute(sql: "INSERT INTO entry_fts (entry_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)')")
  }
}
