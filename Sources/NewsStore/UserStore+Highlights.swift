import Foundation
import GRDB
import NewsCore

extension UserStore {
  /// Saves a highlight and returns it with its ID and creation time.
  @discardableResult
  public func save(_ highlight: NewHighlight, at date: Date = Date()) throws(StoreError) -> Highlight {
    let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
    let id = try database.write { db -> Int64 in
      try db.execute(
        sql: """
          INSERT INTO highlight (contentHash, articleID, path, articleTitle, articleDate, quote, speaker,
            paragraph, start, "end", note, created)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          highlight.contentHash, highlight.articleID, highlight.path, highlight.articleTitle,
          highlight.articleDate?.iso, highlight.quote, highlight.speaker, highlight.span.paragraph,
          highlight.span.start, highlight.span.end, highlight.note, milliseconds,
        ])
      return db.lastInsertedRowID
    }
    return Highlight(
      id: id, contentHash: highlight.contentHash, articleID: highlight.articleID, path: highlight.path,
      articleTitle: highlight.articleTitle, articleDate: highlight.articleDate, quote: highlight.quote,
      speaker: highlight.speaker, span: highlight.span, note: highlight.note,
      created: Date(milliseconds: milliseconds))
  }

  /// Every highlight, newest first.
  public func highlights() throws(StoreError) -> [Highlight] {
    try database.read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM highlight ORDER BY created DESC, id DESC").map(Highlight.init(row:))
    }
  }

  /// The highlights of the article with this ``Article/contentHashHex``, in text order.
  public func highlights(forContentHash contentHash: String) throws(StoreError) -> [Highlight] {
    try database.read { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM highlight WHERE contentHash = ? ORDER BY paragraph, start, id",
        arguments: [contentHash]
      ).map(Highlight.init(row:))
    }
  }

  /// Deletes a highlight. Returns false when there was none with that ID.
  @discardableResult
  public func delete(id: Int64) throws(StoreError) -> Bool {
    try database.write { db in
      try db.execute(sql: "DELETE FROM highlight WHERE id = ?", arguments: [id])
      return db.changesCount > 0
    }
  }

  /// Sets or (with nil or blank text) clears a highlight's note. Returns false when
  /// there was no highlight with that ID.
  @discardableResult
  public func updateNote(id: Int64, note: String?) throws(StoreError) -> Bool {
    let trimmed = note?.trimmingCharacters(in: .whitespacesAndNewlines)
    return try database.write { db in
      try db.execute(
        sql: "UPDATE highlight SET note = ? WHERE id = ?", arguments: [trimmed?.isEmpty == false ? trimmed : nil, id])
      return db.changesCount > 0
    }
  }

  /// The index in `articles` of the article `highlight` belongs to: matched by
  /// content hash, then saved path, then saved ID. See ``Highlight/articleIndex(in:)``.
  public func resolve(_ highlight: Highlight, in articles: [Article]) -> Int? {
    highlight.articleIndex(in: articles)
  }
}

extension Highlight {
  init(row: Row) {
    let dateText: String? = row["articleDate"]
    self.init(
      id: row["id"], contentHash: row["contentHash"], articleID: row["articleID"], path: row["path"],
      articleTitle: row["articleTitle"], articleDate: dateText.flatMap { CalendarDate(iso: $0) },
      quote: row["quote"], speaker: row["speaker"],
      span: TextSpan(paragraph: row["paragraph"], start: row["start"], end: row["end"]),
      note: row["note"], created: Date(milliseconds: row["created"]))
  }
}

extension Date {
  /// The time `milliseconds` after 1970-01-01 00:00 UTC: how the store keeps times.
  init(milliseconds: Int64) { self.init(timeIntervalSince1970: Double(milliseconds) / 1000) }
}
