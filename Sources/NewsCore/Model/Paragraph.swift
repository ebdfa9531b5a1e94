/// One paragraph of an article: a headline, a subheading or body text.
public struct Paragraph: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable, Codable {
    /// The article's first line, when it reads as a headline.
    case headline
    /// A line such as `- Mass exodus fears -` (text without the dashes).
    case subheading
    case body
  }

  public var kind: Kind
  /// Sanitized text on one line: the lines of a paragraph are joined with a space.
  public var text: String
  /// Maps UTF-8 offsets in `text` back to byte offsets in the file as stored.
  public var sourceMap: SourceMap

  public init(kind: Kind, text: String, sourceMap: SourceMap) {
    self.kind = kind
    self.text = text
    self.sourceMap = sourceMap
  }
}

/// A range of UTF-8 bytes in one paragraph's text. Every extracted mention (name,
/// date, event, quote) is a `TextSpan`; ``Article/sourceRange(of:)`` turns it
/// into byte offsets in the file as stored.
public struct TextSpan: Hashable, Comparable, Sendable, Codable {
  public var paragraph: Int
  /// First byte, inclusive.
  public var start: Int
  /// Last byte, exclusive.
  public var end: Int

  public init(paragraph: Int, start: Int, end: Int) {
    self.paragraph = paragraph
    self.start = start
    self.end = max(start, end)
  }

  public var length: Int { end - start }

  public func contains(_ other: TextSpan) -> Bool {
    paragraph == other.paragraph && start <= other.start && other.end <= end
  }

  public func overlaps(_ other: TextSpan) -> Bool {
    paragraph == other.paragraph && start < other.end && other.start < end
  }

  public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
    (lhs.paragraph, lhs.start, lhs.end) < (rhs.paragraph, rhs.start, rhs.end)
  }
}

/// Maps offsets in a cleaned paragraph text back to offsets in the original file.
///
/// Stored as breakpoints: at text offset `text`, the file offset is `file`, and
/// bytes after it map one to one until the next breakpoint. Cleaning (joining CRLF
/// lines, replacing invalid bytes, dropping escape sequences) adds a breakpoint at
/// each place where the two drift apart, so a plain paragraph has exactly one.
public struct SourceMap: Hashable, Sendable {
  public struct Breakpoint: Hashable, Sendable {
    public var text: Int
    public var file: Int
    public init(text: Int, file: Int) {
      self.text = text
      self.file = file
    }
  }

  /// Sorted by `text`, first one at text offset 0.
  public private(set) var breakpoints: [Breakpoint]

  /// A map where text offset 0 is file offset `fileStart` and nothing drifts.
  public init(fileStart: Int) {
    breakpoints = [Breakpoint(text: 0, file: fileStart)]
  }

  /// Records that text offset `text` corresponds to file offset `file`.
  /// Breakpoints must be added in increasing text order.
  public mutating func add(text: Int, file: Int) {
    if let last = breakpoints.last, last.text == text {
      breakpoints[breakpoints.count - 1] = Breakpoint(text: text, file: file)
    } else if let last = breakpoints.last, last.file + (text - last.text) == file {
      return  // no drift: nothing to record
    } else {
      breakpoints.append(Breakpoint(text: text, file: file))
    }
  }

  /// The file offset of a text offset. Complexity: O(log breakpoints).
  public func fileOffset(forTextOffset offset: Int) -> Int {
    var low = 0
    var high = breakpoints.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if breakpoints[middle].text <= offset { low = middle } else { high = middle - 1 }
    }
    let point = breakpoints[low]
    return point.file + (offset - point.text)
  }
}
