import GRDB

/// The user data schema, one migration per change. Never edit a shipped migration:
/// add a new one, so files written by older versions upgrade in place.
enum UserStoreSchema {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.create(table: "highlight") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("contentHash", .text).notNull().indexed()
        t.column("articleID", .text).notNull()
        t.column("path", .text).notNull()
        t.column("articleTitle", .text).notNull()
        t.column("articleDate", .text)
        t.column("quote", .text).notNull()
        t.column("speaker", .text)
        t.column("paragraph", .integer).notNull()
        t.column("start", .integer).notNull()
        t.column("end", .integer).notNull()
        t.column("note", .text)
        t.column("created", .integer).notNull()  // milliseconds since 1970
      }
      try db.create(table: "readState") { t in
        t.primaryKey("contentHash", .text)
        t.column("path", .text).notNull()
        t.column("readAt", .datetime).notNull()
      }
      try db.create(table: "history") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("contentHash", .text).notNull()
        t.column("path", .text).notNull()
        t.column("paragraph", .integer).notNull()
        t.column("offset", .integer).notNull()
        t.column("visitedAt", .datetime).notNull()
      }
      try db.create(table: "savedFilter") { t in
        t.primaryKey("name", .text)
        t.column("query", .text).notNull()
      }
    }
    return migrator
  }
}
