/// Splits a paragraph's UTF-8 bytes into words, numbers and punctuation.
///
/// Words keep letters with diacritics, apostrophes between letters ("O’Brien",
/// "Putin´s") and hyphens between letters ("al-Assad", "Russia-backed"); "U.S." is one
/// word. Numbers keep inner commas and points ("360,000") and ordinal suffixes ("7th").
/// Complexity: O(bytes); ASCII is classified without decoding.
enum Tokenizer {
  static func tokenize(_ bytes: [UInt8]) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(bytes.count / 5)
    var index = 0
    var spaceBefore = true
    while index < bytes.count {
      let (scalar, width) = Scalars.decode(bytes, at: index)
      if Scalars.isSpace(scalar) {
        index += width
        spaceBefore = true
        continue
      }
      var token: Token
      if Scalars.isLetter(scalar) {
        token = word(bytes, from: index)
      } else if Scalars.isDigit(scalar) {
        token = number(bytes, from: index)
      } else {
        token = punctuation(scalar, width: width, at: index, spaceBefore: spaceBefore, bytes: bytes)
      }
      if spaceBefore { token.flags.insert(.spaceBefore) }
      tokens.append(token)
      index = token.end
      spaceBefore = false
    }
    return tokens
  }

  private static func word(_ bytes: [UInt8], from start: Int) -> Token {
    if let acronym = acronym(bytes, from: start) { return acronym }
    var index = start
    var flags: Token.Flags = []
    var letters = 0
    var uppers = 0
    var previousIsLetter = false
    while index < bytes.count {
      let (scalar, width) = Scalars.decode(bytes, at: index)
      if Scalars.isLetter(scalar) || Scalars.isMark(scalar) {
        if Scalars.isLetter(scalar) {
          letters += 1
          if Scalars.isUpper(scalar) { uppers += 1 }
        }
        index += width
        previousIsLetter = true
      } else if Scalars.isDigit(scalar) {
        index += width
        previousIsLetter = false
      } else if Scalars.isApostrophe(scalar), previousIsLetter, Scalars.isLetter(Scalars.decode(bytes, at: index + width).0) {
        index += width
        previousIsLetter = false
      } else if Scalars.isHyphen(scalar), index > start, Scalars.isLetter(Scalars.decode(bytes, at: index + width).0) {
        index += width
        flags.insert(.hyphenated)
        previousIsLetter = false
      } else {
        break
      }
    }
    let first = Scalars.decode(bytes, at: start).0
    if Scalars.isUpper(first) { flags.insert(.capitalized) }
    if letters >= 2 && uppers == letters { flags.insert(.allCaps) }
    let stemEnd = possessiveStem(bytes, start: start, end: index)
    if stemEnd < index { flags.insert(.possessive) }
    let lower = Scalars.lowercased(bytes, start, stemEnd)
    if flags.contains(.hyphenated), !flags.contains(.capitalized), particlePrefixed(lower, bytes, start) {
      flags.formUnion([.capitalized, .particlePrefixed])
    }
    return Token(kind: .word, mark: .none, flags: flags, start: start, end: index, stemEnd: stemEnd, lower: lower)
  }

  /// "U.S.", "U.N.", "D.C.": single capitals each followed by a point.
  private static func acronym(_ bytes: [UInt8], from start: Int) -> Token? {
    var index = start
    var pairs = 0
    while index + 1 < bytes.count, Scalars.isASCIIUpper(bytes[index]), bytes[index + 1] == UInt8(ascii: ".") {
      index += 2
      pairs += 1
      if index < bytes.count, Scalars.isASCIILetter(bytes[index]), index + 1 < bytes.count, bytes[index + 1] != UInt8(ascii: ".")
      {
        return nil
      }
    }
    guard pairs >= 2 else { return nil }
    return Token(
      kind: .word, mark: .none, flags: [.capitalized, .allCaps], start: start, end: index, stemEnd: index,
      lower: Scalars.lowercased(bytes, start, index))
  }

  private static func number(_ bytes: [UInt8], from start: Int) -> Token {
    var index = start
    var flags: Token.Flags = []
    while index < bytes.count {
      let byte = bytes[index]
      if Scalars.isASCIIDigit(byte) {
        index += 1
      } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "."), index + 1 < bytes.count,
        Scalars.isASCIIDigit(bytes[index + 1])
      {
        index += 1
      } else {
        break
      }
    }
    while index < bytes.count, Scalars.isASCIILetter(bytes[index]) {
      index += 1
      flags.insert(.suffixed)
    }
    return Token(
      kind: .number, mark: .none, flags: flags, start: start, end: index, stemEnd: index,
      lower: Scalars.lowercased(bytes, start, index))
  }

  private static func punctuation(
    _ scalar: UInt32, width: Int, at index: Int, spaceBefore: Bool, bytes: [UInt8]
  ) -> Token {
    var mark = Scalars.mark(scalar)
    if scalar == 0x22 || scalar == 0x27 {
      mark = spaceBefore || index == 0 ? .openQuote : .closeQuote
    } else if scalar == 0x2019 && spaceBefore {
      mark = .openQuote
    }
    var end = index + width
    if mark == .period, end + 1 < bytes.count, bytes[end] == UInt8(ascii: "."), bytes[end + 1] == UInt8(ascii: ".") {
      mark = .ellipsis
      end += 2
    }
    return Token(kind: .punctuation, mark: mark, flags: [], start: index, end: end, stemEnd: end, lower: "")
  }

  /// The end of the word without a trailing 's after an apostrophe.
  private static func possessiveStem(_ bytes: [UInt8], start: Int, end: Int) -> Int {
    guard end - start >= 3 else { return end }
    let last = bytes[end - 1]
    guard last == UInt8(ascii: "s") || last == UInt8(ascii: "S") else { return end }
    for width in [1, 2, 3] where end - 1 - width > start {
      let (scalar, decodedWidth) = Scalars.decode(bytes, at: end - 1 - width)
      if decodedWidth == width, Scalars.isApostrophe(scalar) { return end - 1 - width }
    }
    return end
  }

  private static let particles: WordSet = [
    "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ibn", "bin", "abu", "abd", "ben",
  ]

  private static func particlePrefixed(_ lower: String, _ bytes: [UInt8], _ start: Int) -> Bool {
    guard let hyphen = bytes[start...].firstIndex(of: UInt8(ascii: "-")), hyphen + 1 < bytes.count else { return false }
    let prefix = Scalars.lowercased(bytes, start, hyphen)
    return particles.contains(prefix) && Scalars.isUpper(Scalars.decode(bytes, at: hyphen + 1).0)
  }
}
