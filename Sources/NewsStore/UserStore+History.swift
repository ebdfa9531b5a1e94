import Foundation
import GRDB
import NewsCore

/// A place in an article the user jumped to: kept so jump history survives restarts.
public struct HistoryLocation: Hashable, Sendable {
  /// ``Article/contentHashHex`` of the article.
  public var contentHash: String
  /// The article's path at the time, for when its text has changed since.
  public var path: String
  public var paragraph: Int
  /// A UTF-8 offset in the paragraph.
  public var offset: Int

  public init(contentHash: String, path: String, paragraph: Int, offset: Int) {
    self.contentHash = contentHash
    self.path = path
    self.paragraph = paragraph
    self.offset = offset
  }
}

/// A named filter query the user saved.
public struct SavedFilter: Hashable, Sendable {
  public var name: String
  public var query: String

  public init(name: String, query: String) {
    self.name = name
    self.query = query
  }
}

extension UserStore {
  /// Records a visit, then drops all but the newest ``historyLimit`` locations.
  public func recordVisit(_ location: HistoryLocation, at date: Date = Date()) throws(StoreError) {
    try database.write { db in
      try db.execute(
        sql: "INSERT INTO history (contentHash, path, paragraph, offset, visitedAt) VALUES (?, ?, ?, ?, ?)",
        arguments: [location.contentHash, location.path, location.paragraph, location.offset, date])
      try db.execute(
        sql: "DELETE FROM history WHERE id <= (SELECT id FROM history ORDER BY id DESC LIMIT 1 OFFSET ?)",
        arguments: [Self.historyLimit])
    }
  }

  /// The most recent locations, newest first.
  public func recentLocations(limit: Int = UserStore.historyLimit) throws(StoreError) -> [HistoryLocation] {
    try database.read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM history ORDER BY id DESC LIMIT ?", arguments: [limit]).map { row in
        HistoryLocation(contentHash: row["contentHash"], path: row["path"], paragraph: row["paragraph"], offset: row["offset"])
      }
    }
  }

  /// Saves a filter under `name`, replacing one of the same name.
  public func saveFilter(_ filter: SavedFilter) throws(StoreError) {
    try database.write { db in
      try db.execute(
        sql: "INSERT INTO savedFilter (name, query) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET query = excluded.query",
        arguments: [filter.name, filter.query])
    }
  }

  /// Every saved filter, by name.
  public func savedFilters() throws(StoreError) -> [SavedFilter] {
    try database.read { db in
      try Row.fetchAll(db, sql: "SELECT name, query FROM savedFilter ORDER BY name").map { row in
        SavedFilter(name: row["name"], query: row["query"])
      }
    }
  }

  /// Deletes the filter called `name`. Returns false when there was none.
  @discardableResult
  public func deleteFilter(named name: String) throws(StoreError) -> Bool {
    try database.write { db in
      try db.execute(sql: "DELETE FROM savedFilter WHERE name = ?", arguments: [name])
      return db.changesCount > 0
    }
  }
}
