/// Decides whether two quotations from different articles are the same words.
public enum QuoteMatcher {
  /// True when `a` and `b` quote the same statement.
  ///
  /// Both are normalised (case, punctuation, quotation marks, apostrophes dropped;
  /// simple plural and verb endings removed), then they match when equal, when the
  /// shorter (four words or more) appears in the longer, or when at least 80% of the
  /// shorter's words appear in order within a window of the longer not much longer than
  /// the shorter ("there are certain differences in approaches" and "certain
  /// differences in approach"). Quotations of one or two words never match: short
  /// phrases like "bloodbath" are too generic to link stories.
  public static func isSameQuote(_ a: String, _ b: String) -> Bool {
    isSameQuote(words: words(a), words(b))
  }

  /// ``isSameQuote(_:_:)`` on the quotations' ``words(_:)``.
  static func isSameQuote<Word: Equatable>(words first: [Word], _ second: [Word]) -> Bool {
    let (shorter, longer) = first.count <= second.count ? (first, second) : (second, first)
    guard shorter.count >= 3 else { return false }
    if shorter == longer { return true }
    guard shorter.count >= 4 else { return false }
    let window = min(longer.count, shorter.count + 2)
    for start in 0...(longer.count - window) {
      if commonSubsequence(shorter, longer[start..<(start + window)]) * 5 >= shorter.count * 4 { return true }
    }
    return false
  }

  /// Lowercased words of letters and digits, each stemmed.
  static func words(_ text: String) -> [String] {
    if let ascii = asciiWords(text) { return ascii }
    var words: [String] = []
    var current = String.UnicodeScalarView()
    func flush() {
      if !current.isEmpty { words.append(stem(String(current))) }
      current = String.UnicodeScalarView()
    }
    for scalar in text.lowercased().unicodeScalars {
      if ScalarClass.isAlphanumeric(scalar) {
        current.append(scalar)
      } else if !ScalarClass.isApostrophe(scalar) {
        flush()
      }
    }
    flush()
    return words
  }

  /// ``words(_:)`` of an all-ASCII text, on its bytes; nil for any other text.
  private static func asciiWords(_ text: String) -> [String]? {
    var text = text
    return text.withUTF8 { bytes -> [String]? in
      var words: [String] = []
      var current: [UInt8] = []
      for byte in bytes {
        guard byte < 0x80 else { return nil }
        if Scalars.isASCIILetter(byte) || Scalars.isASCIIDigit(byte) {
          current.append(Scalars.isASCIIUpper(byte) ? byte | 0x20 : byte)
        } else if byte != UInt8(ascii: "'") && !current.isEmpty {
          words.append(asciiStem(current))
          current.removeAll(keepingCapacity: true)
        }
      }
      if !current.isEmpty { words.append(asciiStem(current)) }
      return words
    }
  }

  /// ``stem(_:)`` of lower-case ASCII letters and digits.
  private static func asciiStem(_ word: [UInt8]) -> String {
    func hasSuffix(_ suffix: StaticString, _ end: Int) -> Bool {
      let count = suffix.utf8CodeUnitCount
      guard end >= count else { return false }
      return suffix.withUTF8Buffer { word[(end - count)..<end].elementsEqual($0) }
    }
    var end = word.count
    if end > 4 {
      if hasSuffix("ies", end) {
        return String(decoding: word[0..<(end - 3)], as: UTF8.self) + "y"
      } else if hasSuffix("es", end),
        hasSuffix("s", end - 2) || hasSuffix("x", end - 2) || hasSuffix("z", end - 2) || hasSuffix("ch", end - 2)
          || hasSuffix("sh", end - 2)
      {
        end -= 2
      } else if hasSuffix("s", end), !hasSuffix("ss", end) {
        end -= 1
      } else if hasSuffix("ing", end) {
        end -= 3
      } else if hasSuffix("ed", end) {
        end -= 2
      }
    }
    if end > 3, hasSuffix("e", end) { end -= 1 }
    return String(decoding: word[0..<end], as: UTF8.self)
  }

  /// A crude suffix strip, enough for "approaches"/"approach", "differences"/"difference",
  /// "decided"/"decide".
  static func stem(_ word: String) -> String {
    var stem = Substring(word)
    if stem.count > 4 {
      if stem.hasSuffix("ies") {
        stem = stem.dropLast(3) + "y"
      } else if stem.hasSuffix("es"), ["s", "x", "z", "ch", "sh"].contains(where: { stem.dropLast(2).hasSuffix($0) }) {
        stem = stem.dropLast(2)
      } else if stem.hasSuffix("s"), !stem.hasSuffix("ss") {
        stem = stem.dropLast()
      } else if stem.hasSuffix("ing") {
        stem = stem.dropLast(3)
      } else if stem.hasSuffix("ed") {
        stem = stem.dropLast(2)
      }
    }
    if stem.count > 3, stem.hasSuffix("e") { stem = stem.dropLast() }
    return String(stem)
  }

  /// The length of the longest common subsequence of two word lists.
  private static func commonSubsequence<Word: Equatable>(_ a: [Word], _ b: ArraySlice<Word>) -> Int {
    let b = Array(b)
    var previous = [Int](repeating: 0, count: b.count + 1)
    var current = previous
    for word in a {
      for column in 1...max(1, b.count) where column <= b.count {
        current[column] = word == b[column - 1] ? previous[column - 1] + 1 : max(previous[column], current[column - 1])
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
