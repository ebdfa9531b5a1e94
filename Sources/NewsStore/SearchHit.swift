import NewsCore

/// An article that matches a full-text search.
public struct SearchHit: Hashable, Sendable {
  /// The cache key of the article's file.
  public var path: String
  public var contentHash: UInt64
  public var title: String
  /// Higher is better: the negated BM25 rank, title matches weighing ten times more.
  public var score: Double
  /// Every matched word or phrase in the paragraphs, in text order (UTF-8 offsets in
  /// each paragraph's text, as everywhere in lede).
  public var spans: [TextSpan]

  public init(path: String, contentHash: UInt64, title: String, score: Double, spans: [TextSpan]) {
    self.path = path
    self.contentHash = contentHash
    self.title = title
    self.score = score
    self.spans = spans
  }

  /// The first paragraph with a match; nil when only the title matched.
  public var paragraph: Int? { spans.first?.paragraph }
}

/// Reads the spans out of FTS5 `highlight()` output: the body (paragraphs joined by
/// newlines) with each match wrapped in U+0001 ... U+0002. Sanitized paragraph text
/// holds neither character, nor a newline.
enum HighlightMarkers {
  static let open: UInt8 = 0x01
  static let close: UInt8 = 0x02

  static func spans(in marked: String) -> [TextSpan] {
    var spans: [TextSpan] = []
    var paragraph = 0
    var offset = 0
    var start: Int?
    for byte in marked.utf8 {
      switch byte {
      case open:
        start = offset
      case close:
        if let begin = start { spans.append(TextSpan(paragraph: paragraph, start: begin, end: offset)) }
        start = nil
      case UInt8(ascii: "\n"):
        // The tokenizer reads the break as a space, so a phrase can run across it:
        // split the match there.
        if let begin = start { spans.append(TextSpan(paragraph: paragraph, start: begin, end: offset)) }
        start = start == nil ? nil : 0
        paragraph += 1
        offset = 0
      default:
        offset += 1
      }
    }
    return spans
  }
}
