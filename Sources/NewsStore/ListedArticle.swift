import GRDB
import NewsCore

/// What the article list shows of one cached article, read without decoding its text
/// or analysis: enough to list a collection at once while it opens.
public struct ListedArticle: Hashable, Sendable {
  /// The path the file was read from (the cache's key).
  public var path: String
  /// The article's ID when it was cached (IDs can change when files sharing its name
  /// come or go; the full open has the current one).
  public var id: String
  public var relativePath: String
  public var date: CalendarDate?
  public var dateSource: DateSource
  public var title: String
  public var titleIsHeadline: Bool
  /// Size of the file on disk, in bytes.
  public var byteCount: Int
  public var contentHash: UInt64

  public init(
    path: String, id: String, relativePath: String, date: CalendarDate?, dateSource: DateSource, title: String,
    titleIsHeadline: Bool, byteCount: Int, contentHash: UInt64
  ) {
    self.path = path
    self.id = id
    self.relativePath = relativePath
    self.date = date
    self.dateSource = dateSource
    self.title = title
    self.titleIsHeadline = titleIsHeadline
    self.byteCount = byteCount
    self.contentHash = contentHash
  }

  /// The article as far as the listing knows it: no paragraphs, dateline, warnings or
  /// word count. A stand-in for the list until the real article is loaded.
  public var placeholder: Article {
    Article(
      id: id, path: path, relativePath: relativePath, date: date, dateSource: dateSource, title: title,
      titleIsHeadline: titleIsHeadline, dateline: nil, paragraphs: [], byteCount: byteCount, contentHash: contentHash,
      wordCount: 0)
  }
}

extension ListedArticle {
  /// The `entry` columns that only the listing reads, in the order of ``values(of:)``.
  static let columns = "articleID, relativePath, day, dateSource, titleIsHeadline, byteCount"
  static let placeholders = "?, ?, ?, ?, ?, ?"
  static let updates = columns.split(separator: ",").map { "\($0.trimmed) = excluded.\($0.trimmed)" }
    .joined(separator: ", ")

  /// The values of ``columns`` for `article`.
  static func values(of article: Article) -> [DatabaseValue] {
    [
      article.id.databaseValue, article.relativePath.databaseValue, article.date?.daysSinceEpoch.databaseValue ?? .null,
      ArticleCoding.code(article.dateSource).databaseValue, article.titleIsHeadline.databaseValue,
      article.byteCount.databaseValue,
    ]
  }

  /// The columns of the covering index `entry_listing`, list order first (SQLite sorts
  /// NULL below any value, so undated articles come last).
  static let indexColumns = "day DESC, title, articleID, path, relativePath, dateSource, titleIsHeadline, byteCount, contentHash"
  /// The order of the list, which `entry_listing` gives without sorting.
  static let order = "day DESC, title, articleID"

  /// What `SELECT` reads, in the order of ``init(row:)``.
  static let selection = "path, \(columns), title, contentHash"

  /// A row of ``selection``, or nil when the date source is not one this version writes.
  init?(row: Row) {
    guard let dateSource = try? ArticleCoding.dateSource(row[4]) else { return nil }
    let day: Int? = row[3]
    let hash: Int64 = row[8]
    self.init(
      path: row[0], id: row[1], relativePath: row[2], date: day.map(CalendarDate.init(daysSinceEpoch:)),
      dateSource: dateSource, title: row[7], titleIsHeadline: row[5], byteCount: row[6],
      contentHash: UInt64(bitPattern: hash))
  }
}

extension Substring {
  fileprivate var trimmed: Substring { drop { $0 == " " } }
}
