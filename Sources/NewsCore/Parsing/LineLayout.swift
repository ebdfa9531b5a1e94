/// The lines of a sanitized text, trimmed, grouped into paragraphs at blank lines.
struct LineLayout {
  /// Lines longer than this many bytes are reported (and still loaded).
  static let longLineThreshold = 16 * 1024

  /// Each paragraph is its non-blank lines, as ranges trimmed of spaces and tabs.
  var paragraphs: [[Range<Int>]] = []
  var longLines = 0

  init(_ bytes: [UInt8]) {
    var current: [Range<Int>] = []
    var lineStart = 0
    while lineStart <= bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
      if lineEnd - lineStart > LineLayout.longLineThreshold { longLines += 1 }
      let line = LineLayout.trimmed(bytes, lineStart..<lineEnd)
      if line.isEmpty {
        if !current.isEmpty { paragraphs.append(current) }
        current = []
      } else {
        current.append(line)
      }
      lineStart = lineEnd + 1
    }
    if !current.isEmpty { paragraphs.append(current) }
  }

  /// The range without leading and trailing spaces and tabs.
  static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, isBlank(bytes[lower]) { lower += 1 }
    while upper > lower, isBlank(bytes[upper - 1]) { upper -= 1 }
    return lower..<upper
  }

  static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
}
