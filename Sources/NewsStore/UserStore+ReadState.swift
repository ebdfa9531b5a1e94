import Foundation
import GRDB
import NewsCore

extension UserStore {
  /// Marks articles read, all in one transaction. An article already read keeps its
  /// first read time but records its current path.
  public func markRead(_ articles: [Article], at date: Date = Date()) throws(StoreError) {
    try database.write { db in
      let statement = try db.makeStatement(
        sql: """
          INSERT INTO readState (contentHash, path, readAt) VALUES (?, ?, ?)
          ON CONFLICT(contentHash) DO UPDATE SET path = excluded.path
          """)
      for article in articles {
        try statement.execute(arguments: [article.contentHashHex, article.path, date])
      }
    }
  }

  /// Marks articles unread, all in one transaction.
  public func markUnread(_ articles: [Article]) throws(StoreError) {
    try database.write { db in
      let statement = try db.makeStatement(sql: "DELETE FROM readState WHERE contentHash = ?")
      for article in articles {
        try statement.execute(arguments: [article.contentHashHex])
      }
    }
  }

  /// The content hashes (``Article/contentHashHex``) of every article marked read.
  public func readHashes() throws(StoreError) -> Set<String> {
    try database.read { db in try Set(String.fetchCursor(db, sql: "SELECT contentHash FROM readState")) }
  }
}
