/// Byte-level character classes for the tokenizer: ASCII is answered from the byte,
/// other scalars are decoded once and asked their Unicode properties.
enum Scalars {
  /// The scalar starting at `index` and its width in bytes; `(0, 1)` past the end or
  /// for a stray continuation byte.
  @inline(__always)
  static func decode(_ bytes: [UInt8], at index: Int) -> (UInt32, Int) {
    guard index < bytes.count else { return (0, 1) }
    let lead = bytes[index]
    if lead < 0x80 { return (UInt32(lead), 1) }
    let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    guard width > 1, index + width <= bytes.count else { return (0xFFFD, 1) }
    var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
    for offset in 1..<width { value = (value << 6) | (UInt32(bytes[index + offset]) & 0x3F) }
    return (value, width)
  }

  static func isASCIIUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
  static func isASCIILetter(_ byte: UInt8) -> Bool { isASCIIUpper(byte) || (byte >= 0x61 && byte <= 0x7A) }
  static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  static func isLetter(_ scalar: UInt32) -> Bool {
    if scalar < 0x80 { return isASCIILetter(UInt8(scalar)) }
    if scalar == 0xB4 || scalar == 0xD7 || scalar == 0xF7 { return false }
    return Unicode.Scalar(scalar)?.properties.isAlphabetic ?? false
  }

  static func isUpper(_ scalar: UInt32) -> Bool {
    if scalar < 0x80 { return isASCIIUpper(UInt8(scalar)) }
    return Unicode.Scalar(scalar)?.properties.isUppercase ?? false
  }

  static func isMark(_ scalar: UInt32) -> Bool {
    guard scalar >= 0x300, let value = Unicode.Scalar(scalar) else { return false }
    switch value.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  static func isDigit(_ scalar: UInt32) -> Bool { scalar < 0x80 && isASCIIDigit(UInt8(scalar)) }

  static func isSpace(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
    default: return false
    }
  }

  /// ' ’ ´ ` ʼ: apostrophes as news text writes them.
  static func isApostrophe(_ scalar: UInt32) -> Bool {
    scalar == 0x27 || scalar == 0x2019 || scalar == 0xB4 || scalar == 0x60 || scalar == 0x2BC
  }

  static func isHyphen(_ scalar: UInt32) -> Bool { scalar == 0x2D || scalar == 0x2010 || scalar == 0x2011 }

  static func mark(_ scalar: UInt32) -> Token.Mark {
    switch scalar {
    case 0x2E: return .period
    case 0x2C: return .comma
    case 0x3A: return .colon
    case 0x3B: return .semicolon
    case 0x3F: return .question
    case 0x21: return .exclamation
    case 0x2026: return .ellipsis
    case 0x201C, 0x201E, 0xAB, 0x2018, 0x201A: return .openQuote
    case 0x201D, 0xBB, 0x2019: return .closeQuote
    case 0x28: return .openParen
    case 0x29: return .closeParen
    case 0x5B: return .openBracket
    case 0x5D: return .closeBracket
    case 0x2D, 0x2013, 0x2014, 0x2012, 0x2015: return .dash
    default: return .other
    }
  }

  /// Lower-cased text of `bytes[start..<end]`; ASCII without going through `String`.
  static func lowercased(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
    var ascii = true
    for index in start..<end where bytes[index] >= 0x80 {
      ascii = false
      break
    }
    if ascii {
      return String(unsafeUninitializedCapacity: end - start) { buffer in
        for index in start..<end {
          let byte = bytes[index]
          buffer[index - start] = isASCIIUpper(byte) ? byte | 0x20 : byte
        }
        return end - start
      }
    }
    var text = String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
    if text.unicodeScalars.contains(where: { $0.value == 0x2019 || $0.value == 0xB4 || $0.value == 0x2BC }) {
      text = String(String.UnicodeScalarView(text.unicodeScalars.map { isApostrophe($0.value) ? "'" : $0 }))
    }
    return text
  }
}
