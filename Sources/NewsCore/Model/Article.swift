/// One article, loaded, decoded, sanitized and split into paragraphs.
///
/// Invariants: every paragraph's text has passed through ``Sanitizer`` (no control
/// characters but tab, no escape sequences, no newlines); `paragraphs` is in file
/// order; when `titleIsHeadline` is true the first paragraph has kind `.headline`.
public struct Article: Hashable, Sendable, Identifiable {
  /// The file name without its extension; when two files of a collection share it,
  /// the path relative to the collection root (without extension).
  public var id: String
  /// The path the file was read from.
  public var path: String
  /// The path relative to the root it was found under (the file name for a file
  /// given directly).
  public var relativePath: String
  public var date: CalendarDate?
  public var dateSource: DateSource
  /// The headline, or a title derived from the lead's first sentence.
  public var title: String
  /// True when the first line was a headline; false when the title was derived.
  public var titleIsHeadline: Bool
  /// A leading "Moscow -" or "MOSCOW (Reuters) -" of the first body paragraph.
  public var dateline: Dateline?
  public var paragraphs: [Paragraph]
  /// What was repaired while loading (invalid UTF-8, CRLF, BOM, escapes removed...).
  public var warnings: [LoadWarning]
  /// Size of the file on disk, in bytes.
  public var byteCount: Int
  /// A 64-bit FNV-1a hash of the file's bytes: recognises the same text after a
  /// rename or move.
  public var contentHash: UInt64
  /// Words in all paragraphs (a word is a run of letters or digits).
  public var wordCount: Int

  public init(
    id: String, path: String, relativePath: String, date: CalendarDate?, dateSource: DateSource,
    title: String, titleIsHeadline: Bool, dateline: Dateline?, paragraphs: [Paragraph],
    warnings: [LoadWarning] = [], byteCount: Int, contentHash: UInt64, wordCount: Int
  ) {
    self.id = id
    self.path = path
    self.relativePath = relativePath
    self.date = date
    self.dateSource = dateSource
    self.title = title
    self.titleIsHeadline = titleIsHeadline
    self.dateline = dateline
    self.paragraphs = paragraphs
    self.warnings = warnings
    self.byteCount = byteCount
    self.contentHash = contentHash
    self.wordCount = wordCount
  }

  /// The paragraphs that are body text (not the headline, not subheadings).
  public var bodyParagraphs: [Paragraph] { paragraphs.filter { $0.kind == .body } }

  /// Minutes to read at 230 words a minute, at least 1.
  public var readingMinutes: Int { max(1, (wordCount + 229) / 230) }

  /// The text of a span.
  public func text(of span: TextSpan) -> Substring {
    paragraphs[span.paragraph].text.utf8Slice(span.start, span.end)
  }

  /// The UTF-8 byte range in the file as stored that a span came from.
  public func sourceRange(of span: TextSpan) -> Range<Int> {
    let map = paragraphs[span.paragraph].sourceMap
    let start = map.fileOffset(forTextOffset: span.start)
    let end = map.fileOffset(forTextOffset: span.end)
    return start..<max(start, end)
  }
}

/// Where an article's date came from.
public enum DateSource: String, Hashable, Sendable, Codable {
  /// The ` date YYYY-MM-DD ` header.
  case header
  /// The file's modification date: the file had no header.
  case file
  /// No header and no usable modification date.
  case unknown
}

/// A leading place name that says where the story was filed.
public struct Dateline: Hashable, Sendable {
  /// The place as written ("Moscow", "MOSCOW (Reuters)").
  public var text: String
  /// Covers the dateline and its dash in the first body paragraph.
  public var span: TextSpan

  public init(text: String, span: TextSpan) {
    self.text = text
    self.span = span
  }
}

extension String {
  /// The substring between two UTF-8 offsets, clamped to the string. Offsets that
  /// fall inside a scalar are rounded down to its start.
  public func utf8Slice(_ start: Int, _ end: Int) -> Substring {
    let count = utf8.count
    let lower = utf8.index(utf8.startIndex, offsetBy: Swift.min(Swift.max(0, start), count))
    let upper = utf8.index(utf8.startIndex, offsetBy: Swift.min(Swift.max(start, end, 0), count))
    return self[lower..<upper]
  }
}
