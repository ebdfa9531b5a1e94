import Foundation
import NewsCore

/// A saved passage of an article: usually a quotation, with who said it.
///
/// It remembers the article by its content hash (which survives renames and moves),
/// and by its ID and path at the time it was saved, as fallbacks.
public struct Highlight: Hashable, Sendable, Identifiable {
  /// Assigned by the store; unique in its file.
  public var id: Int64
  /// ``Article/contentHashHex`` of the article when the highlight was saved.
  public var contentHash: String
  public var articleID: String
  /// The article's path when the highlight was saved.
  public var path: String
  public var articleTitle: String
  public var articleDate: CalendarDate?
  /// The highlighted text as it read when saved.
  public var quote: String
  /// Who said it, for a quotation.
  public var speaker: String?
  /// Where the text is in the article: a paragraph and UTF-8 offsets in it.
  public var span: TextSpan
  public var note: String?
  public var created: Date

  public init(
    id: Int64, contentHash: String, articleID: String, path: String, articleTitle: String, articleDate: CalendarDate?,
    quote: String, speaker: String?, span: TextSpan, note: String?, created: Date
  ) {
    self.id = id
    self.contentHash = contentHash
    self.articleID = articleID
    self.path = path
    self.articleTitle = articleTitle
    self.articleDate = articleDate
    self.quote = quote
    self.speaker = speaker
    self.span = span
    self.note = note
    self.created = created
  }

  /// The index of this highlight's article in `articles`: the article with the same
  /// content hash (the text is unchanged, wherever the file is now), else the one at
  /// the saved path, else the one with the saved ID; nil when none is left.
  ///
  /// Complexity: O(n) in `articles`.
  public func articleIndex(in articles: [Article]) -> Int? {
    if let index = articles.firstIndex(where: { $0.contentHashHex == contentHash }) { return index }
    if let index = articles.firstIndex(where: { $0.path == path }) { return index }
    return articles.firstIndex(where: { $0.id == articleID })
  }
}

/// A highlight about to be saved: everything but the store's ID and time.
public struct NewHighlight: Hashable, Sendable {
  public var contentHash: String
  public var articleID: String
  public var path: String
  public var articleTitle: String
  public var articleDate: CalendarDate?
  public var quote: String
  public var speaker: String?
  public var span: TextSpan
  public var note: String?

  /// A highlight of `span` in `article`; `quote` defaults to the span's text.
  public init(article: Article, span: TextSpan, quote: String? = nil, speaker: String? = nil, note: String? = nil) {
    self.contentHash = article.contentHashHex
    self.articleID = article.id
    self.path = article.path
    self.articleTitle = article.title
    self.articleDate = article.date
    self.quote = quote ?? (article.paragraphs.indices.contains(span.paragraph) ? String(article.text(of: span)) : "")
    self.speaker = speaker
    self.span = span
    self.note = note
  }
}

extension Article {
  /// The content hash as 16 lower-case hex digits: the key user data is stored under.
  public var contentHashHex: String { Self.hex(contentHash) }

  /// `hash` as 16 lower-case hex digits.
  public static func hex(_ hash: UInt64) -> String {
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
