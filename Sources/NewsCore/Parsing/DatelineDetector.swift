/// Finds a dateline at the start of a paragraph: "Moscow -", "MOSCOW (Reuters) -",
/// "PARIS, France —", "Rio de Janeiro - ".
///
/// A dateline is 1–4 capitalised words (lowercase connectors such as "de" may sit
/// between them), optionally a comma and 1–3 more capitalised words or numbers,
/// optionally a parenthesised agency, then a dash. The dash must have a blank on at
/// least one side ("Russia-backed" is a word, not a dateline) unless the place is
/// in capitals and the dash is an en or em dash ("MOSCOW—"). What follows the dash
/// must start a sentence: an uppercase letter, a digit or an opening quote.
enum DatelineDetector {
  /// Words that start sentences, never datelines.
  static let sentenceWords: WordSet = [
    "The", "A", "An", "But", "And", "Or", "In", "On", "At", "It", "He", "She", "They", "We", "I",
    "This", "That", "There", "As", "If", "When", "While", "After", "Before", "For", "So", "Yet",
  ]
  static let connectors: WordSet = ["de", "da", "do", "del", "la", "le", "el", "al", "of", "upon", "am", "an", "der"]
  static let maximumLength = 80

  /// The dateline's text (without the dash) and the offset just past its dash.
  static func detect(in text: String) -> (text: String, end: Int)? {
    var scanner = BytesScanner(Array(text.utf8.prefix(maximumLength + 8)))
    guard let first = scanner.word(), !sentenceWords.contains(first), isCapitalised(first) else { return nil }
    var words = [first]
    while words.count < 4, let word = scanner.word(afterBlank: true) {
      if isCapitalised(word) || (connectors.contains(word) && scanner.peekCapitalisedWord()) {
        words.append(word)
      } else {
        scanner.undo()
        break
      }
    }
    if scanner.consume(",") {
      var extra = 0
      while extra < 3, let word = scanner.word(afterBlank: true) {
        guard isCapitalised(word) || word.first?.isNumber == true else {
          scanner.undo()
          break
        }
        extra += 1
      }
      guard extra > 0 else { return nil }
    }
    let beforeAgency = scanner.position
    if !scanner.parenthesised() { scanner.position = beforeAgency }
    let placeEnd = scanner.position
    let blankBefore = scanner.skipBlanks()
    guard let dash = scanner.dash() else { return nil }
    let blankAfter = scanner.peekBlank()
    let allCaps = words.allSatisfy { $0.uppercased() == $0 }
    guard blankBefore || blankAfter || (allCaps && dash != UInt8(ascii: "-")) else { return nil }
    let dashEnd = scanner.position
    scanner.skipBlanks()
    guard scanner.startsSentence(), placeEnd <= maximumLength else { return nil }
    return (String(decoding: scanner.bytes[..<placeEnd], as: UTF8.self), dashEnd)
  }

  static func isCapitalised(_ word: String) -> Bool {
    guard let first = word.unicodeScalars.first else { return false }
    return first.properties.isUppercase
      && word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ".'’-".unicodeScalars.contains($0) }
  }
}

/// A cursor over the first bytes of a paragraph, for ``DatelineDetector``.
struct BytesScanner {
  let bytes: [UInt8]
  var position = 0
  private var lastStart = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// The next word (letters, digits, `.`, `'`, `’`, `-` inside) at the cursor,
  /// after one blank when `afterBlank`.
  mutating func word(afterBlank: Bool = false) -> String? {
    lastStart = position
    var cursor = position
    if afterBlank {
      guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") else { return nil }
      cursor += 1
    }
    let start = cursor
    while cursor < bytes.count, isWordByte(at: cursor, wordStart: start) { cursor += 1 }
    guard cursor > start else { return nil }
    position = cursor
    return String(decoding: bytes[start..<cursor], as: UTF8.self)
  }

  /// Goes back to before the last word read.
  mutating func undo() { position = lastStart }

  /// A hyphen, apostrophe or period is part of a word only between letters; a
  /// period may also end a short abbreviation ("St.").
  private func isWordByte(at index: Int, wordStart: Int) -> Bool {
    let byte = bytes[index]
    let next = index + 1 < bytes.count ? bytes[index + 1] : 0
    switch byte {
    case UInt8(ascii: "-"), UInt8(ascii: "'"):
      return index > wordStart && next.isLetterByte
    case UInt8(ascii: "."):
      return index > wordStart && (next.isLetterByte || index - wordStart <= 3)
    case 0xE2:
      return false  // dashes and quotes
    default:
      return byte.isLetterByte || (0x30...0x39).contains(byte)
    }
  }

  func peekCapitalisedWord() -> Bool {
    var copy = self
    guard let word = copy.word(afterBlank: true) else { return false }
    return DatelineDetector.isCapitalised(word)
  }

  mutating func consume(_ character: Unicode.Scalar) -> Bool {
    guard position < bytes.count, bytes[position] == UInt8(ascii: character) else { return false }
    position += 1
    return true
  }

  /// " (Reuters)": a blank, then a parenthesised capitalised word or two.
  mutating func parenthesised() -> Bool {
    _ = consume(" ")
    guard consume("("), position < bytes.count, (0x41...0x5A).contains(bytes[position]) else { return false }
    while position < bytes.count, bytes[position] != UInt8(ascii: ")") {
      guard position < 40, bytes[position] != UInt8(ascii: "(") else { return false }
      position += 1
    }
    return consume(")")
  }

  @discardableResult
  mutating func skipBlanks() -> Bool {
    let start = position
    while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == 0x09 { position += 1 }
    return position > start
  }

  func peekBlank() -> Bool { position < bytes.count && (bytes[position] == 0x20 || bytes[position] == 0x09) }

  /// A `-`, `--`, `–` or `—` at the cursor: returns `-` for hyphens, else the
  /// dash's last byte.
  mutating func dash() -> UInt8? {
    guard position < bytes.count else { return nil }
    if bytes[position] == UInt8(ascii: "-") {
      position += 1
      if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
      return UInt8(ascii: "-")
    }
    if position + 2 < bytes.count, bytes[position] == 0xE2, bytes[position + 1] == 0x80,
      bytes[position + 2] == 0x93 || bytes[position + 2] == 0x94
    {
      position += 3
      return bytes[position - 1]
    }
    return nil
  }

  func startsSentence() -> Bool {
    guard position < bytes.count else { return false }
    let rest = String(decoding: bytes[position..<min(bytes.count, position + 4)], as: UTF8.self)
    guard let first = rest.unicodeScalars.first else { return false }
    return first.properties.isUppercase || ("0"..."9").contains(first) || "\"“‘'«".unicodeScalars.contains(first)
  }
}

extension UInt8 {
  /// An ASCII letter or a byte of a non-ASCII scalar (treated as a letter).
  var isLetterByte: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) || (self >= 0x80 && self != 0xE2) }
}
