/// A paragraph's text as Unicode scalars with the UTF-8 offset of each, so that the
/// quote scanner and tokenizer can look at neighbours and still report byte spans.
struct ScalarText {
  let scalars: [Unicode.Scalar]
  /// `offsets[i]` is the UTF-8 offset of `scalars[i]`; one extra entry holds the length.
  let offsets: [Int]
  /// The text's UTF-8 bytes, from which `string(_:)` cuts.
  let utf8: [UInt8]

  init(_ text: String) {
    var scalars: [Unicode.Scalar] = []
    var offsets: [Int] = []
    scalars.reserveCapacity(text.utf8.count)
    offsets.reserveCapacity(text.utf8.count + 1)
    var offset = 0
    for scalar in text.unicodeScalars {
      scalars.append(scalar)
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    offsets.append(offset)
    self.scalars = scalars
    self.offsets = offsets
    self.utf8 = Array(text.utf8)
  }

  var count: Int { scalars.count }

  /// The scalar at `index`, or nil outside the text.
  subscript(at index: Int) -> Unicode.Scalar? {
    index >= 0 && index < scalars.count ? scalars[index] : nil
  }

  /// The text of scalars `range`.
  func string(_ range: Range<Int>) -> String {
    String(decoding: utf8[offsets[range.lowerBound]..<offsets[range.upperBound]], as: UTF8.self)
  }
}

/// Character classes the quote code needs, on single scalars.
enum ScalarClass {
  // Each test answers ASCII from the value alone: Unicode property lookups cost a
  // table search per scalar, and news text is mostly ASCII.

  static func isSpace(_ scalar: Unicode.Scalar?) -> Bool {
    guard let scalar else { return true }
    if scalar.value < 0x80 { return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
    return scalar.properties.isWhitespace || scalar == "\u{00A0}"
  }

  static func isLetter(_ scalar: Unicode.Scalar?) -> Bool {
    guard let scalar else { return false }
    let value = scalar.value
    if value < 0x80 { return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }
    return scalar.properties.isAlphabetic
  }

  static func isDigit(_ scalar: Unicode.Scalar?) -> Bool {
    guard let scalar else { return false }
    if scalar.value < 0x80 { return scalar.value >= 0x30 && scalar.value <= 0x39 }
    return scalar.properties.numericType != nil
  }

  static func isAlphanumeric(_ scalar: Unicode.Scalar?) -> Bool { isLetter(scalar) || isDigit(scalar) }

  static func isUppercase(_ scalar: Unicode.Scalar?) -> Bool {
    guard let scalar else { return false }
    if scalar.value < 0x80 { return scalar.value >= 0x41 && scalar.value <= 0x5A }
    return scalar.properties.isUppercase
  }

  /// Punctuation after which a quotation may open: `(`, `[`, dashes, a slash.
  static func isOpeningPunctuation(_ scalar: Unicode.Scalar?) -> Bool {
    guard let scalar else { return false }
    return "([{/-\u{2013}\u{2014}".unicodeScalars.contains(scalar)
  }

  /// Punctuation that may follow a closing quotation mark.
  static func isClosingPunctuation(_ scalar: Unicode.Scalar?) -> Bool {
    guard let scalar else { return false }
    return ".,;:!?)]}-\u{2013}\u{2014}\u{2026}".unicodeScalars.contains(scalar)
  }

  /// Marks that can open or close a quotation, single or double.
  static func isQuoteMark(_ scalar: Unicode.Scalar?) -> Bool {
    guard let scalar else { return false }
    return QuoteMark(scalar) != nil
  }

  /// Marks that serve as apostrophes inside words (don’t, Syria´s).
  static func isApostrophe(_ scalar: Unicode.Scalar?) -> Bool {
    guard let scalar else { return false }
    return scalar == "'" || scalar == "\u{2019}" || scalar == "\u{00B4}" || scalar == "\u{2018}"
  }
}
