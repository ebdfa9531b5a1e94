import NewsCore
import TermGrid

/// One visual line of the text pane.
public struct TextLine: Equatable, Sendable {
  public enum Kind: Equatable, Sendable { case title, meta, blank, body, subheading }

  public var kind: Kind
  /// What the line shows.
  public var text: Substring
  /// The paragraph the text comes from, when it does.
  public var paragraph: Int?
  /// UTF-8 offset in that paragraph where `text` starts.
  public var offset: Int

  public init(kind: Kind, text: Substring, paragraph: Int?, offset: Int) {
    self.kind = kind
    self.text = text
    self.paragraph = paragraph
    self.offset = offset
  }
}

/// An article wrapped to a width: built once per article and width, so scrolling
/// and drawing only index into it.
public struct TextLayout: Equatable, Sendable {
  public var width: Int
  public var articleID: String?
  public var lines: [TextLine]

  public static let empty = TextLayout(width: 0, articleID: nil, lines: [])

  /// Wraps an article: title, a meta line (date, dateline, file), a blank line,
  /// then each paragraph followed by a blank line. Words break at spaces; a word
  /// longer than the width is cut.
  public static func build(article: Article, width: Int) -> TextLayout {
    let width = max(1, width)
    var lines: [TextLine] = []
    var bodyStart = 0
    if article.titleIsHeadline, let headline = article.paragraphs.first, headline.kind == .headline {
      lines += wrap(headline.text, kind: .title, paragraph: 0, width: width)
      bodyStart = 1
    } else {
      lines += wrap(article.title, kind: .title, paragraph: nil, width: width)
    }
    lines += wrap(metaLine(for: article), kind: .meta, paragraph: nil, width: width)
    lines.append(TextLine(kind: .blank, text: "", paragraph: nil, offset: 0))
    for index in article.paragraphs.indices.dropFirst(bodyStart) {
      let paragraph = article.paragraphs[index]
      let kind: TextLine.Kind = paragraph.kind == .subheading ? .subheading : .body
      lines += wrap(paragraph.text, kind: kind, paragraph: index, width: width)
      lines.append(TextLine(kind: .blank, text: "", paragraph: nil, offset: 0))
    }
    return TextLayout(width: width, articleID: article.id, lines: lines)
  }

  /// The first line showing the given paragraph offset (or the nearest line of
  /// that paragraph before it); nil when the paragraph is not in the layout.
  public func lineIndex(paragraph: Int, offset: Int) -> Int? {
    var found: Int?
    for (index, line) in lines.enumerated() where line.paragraph == paragraph {
      if line.offset <= offset { found = index } else { break }
    }
    return found
  }

  static func metaLine(for article: Article) -> String {
    var parts: [String] = []
    switch article.dateSource {
    case .header: parts.append(article.date?.iso ?? "no date")
    case .file: parts.append("\(article.date?.iso ?? "no date") (file date)")
    case .unknown: parts.append("date unknown")
    }
    if let dateline = article.dateline { parts.append(dateline.text) }
    parts.append(article.relativePath)
    return parts.joined(separator: " · ")
  }

  /// Greedy word wrap on UTF-8 bytes.
  static func wrap(_ text: String, kind: TextLine.Kind, paragraph: Int?, width: Int) -> [TextLine] {
    let bytes = Array(text.utf8)
    var lines: [TextLine] = []
    var lineStart = 0
    var used = 0
    var breakAt = -1  // byte index after the last space on this line
    var usedAtBreak = 0
    var index = 0
    func emit(_ end: Int) {
      var trimmed = end
      while trimmed > lineStart && bytes[trimmed - 1] == 0x20 { trimmed -= 1 }
      lines.append(TextLine(kind: kind, text: text.utf8Slice(lineStart, trimmed), paragraph: paragraph, offset: lineStart))
    }
    while index < bytes.count {
      let (scalar, length) = decodeScalar(bytes, at: index)
      let columns = scalar.value == 0xFE0F ? 0 : DisplayWidth.columns(for: scalar)
      if used + columns > width && index > lineStart {
        if breakAt > lineStart {
          emit(breakAt)
          lineStart = breakAt
          used -= usedAtBreak
        } else {
          emit(index)
          lineStart = index
          used = 0
        }
        breakAt = -1
        while lineStart < bytes.count && bytes[lineStart] == 0x20 { lineStart += 1 }
        if lineStart > index {
          index = lineStart
          used = 0
          continue
        }
      }
      used += columns
      index += length
      if scalar == " " {
        breakAt = index
        usedAtBreak = used
      }
    }
    if lineStart < bytes.count || lines.isEmpty { emit(bytes.count) }
    return lines
  }

  /// Decodes the scalar starting at `index` of valid UTF-8.
  static func decodeScalar(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int) {
    let lead = bytes[index]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    guard index + length <= bytes.count else { return ("\u{FFFD}", 1) }
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length { value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }
}
