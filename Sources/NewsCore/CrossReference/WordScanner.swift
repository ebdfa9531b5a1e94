extension CrossReferenceIndex {
  /// Splits text into lower-cased words on its UTF-8 bytes, without building `Character`s.
  ///
  /// A word is a run of letters and digits of any script. ASCII, Latin-1, Greek and basic
  /// Cyrillic capitals are lower-cased; punctuation (ASCII, Latin-1, the General Punctuation
  /// block, CJK punctuation) separates words.
  enum WordScanner {
    /// Calls `body` with the lower-cased UTF-8 bytes of each word of `text`, in order.
    ///
    /// - Parameter joining: when true, apostrophes and periods are dropped without ending the
    ///   word ("O’Brien" is one word, "U.N." is "un"): right for names. When false they
    ///   separate words ("Syria´s" is "syria" and "s"): right for running text.
    static func forEachWord(in text: String, joining: Bool, _ body: (_ word: [UInt8]) -> Void) {
      var word: [UInt8] = []
      scan(text, joining: joining) { scalar in
        if let scalar {
          append(scalar, to: &word)
        } else if !word.isEmpty {
          body(word)
          word.removeAll(keepingCapacity: true)
        }
      }
      if !word.isEmpty { body(word) }
    }

    /// A word of running text, reduced to what similarity needs.
    struct HashedWord {
      /// ``hash(_:)`` of the word's lower-cased bytes.
      var hash: UInt64
      /// Its length in UTF-8 bytes.
      var length: Int
      /// False for a run of digits.
      var hasLetter: Bool
    }

    /// Calls `body` with each word of running text, hashed as it is scanned (apostrophes
    /// and periods separate words). Builds no strings or arrays.
    static func forEachHashedWord(in text: String, _ body: (HashedWord) -> Void) {
      var word = HashedWord(hash: fnvBasis, length: 0, hasLetter: false)
      scan(text, joining: false) { scalar in
        guard let scalar else {
          guard word.length > 0 else { return }
          word.hash = mix(word.hash)
          body(word)
          word = HashedWord(hash: fnvBasis, length: 0, hasLetter: false)
          return
        }
        word.hasLetter = word.hasLetter || scalar > 0x39
        guard scalar >= 0x80 else {
          word.hash = (word.hash ^ UInt64(scalar)) &* fnvPrime
          word.length += 1
          return
        }
        encode(scalar) { byte in
          word.hash = (word.hash ^ UInt64(byte)) &* fnvPrime
          word.length += 1
        }
      }
      if word.length > 0 {
        word.hash = mix(word.hash)
        body(word)
      }
    }

    /// Calls `visit` with each lower-cased letter or digit scalar of `text`, and with nil at
    /// each word boundary (possibly several in a row).
    private static func scan(_ text: String, joining: Bool, _ visit: (UInt32?) -> Void) {
      var text = text
      text.withUTF8 { bytes in
        var index = 0
        while index < bytes.count {
          let byte = bytes[index]
          if byte < 0x80 {  // ASCII, most of any news text: no decoding
            index += 1
            switch byte {
            case 0x30...0x39, 0x61...0x7A: visit(UInt32(byte))
            case 0x41...0x5A: visit(UInt32(byte | 0x20))
            case 0x27, 0x2E,
              0x60 where joining:
              continue
            default: visit(nil)
            }
            continue
          }
          let (scalar, length) = decode(bytes, at: index)
          index += length
          switch classify(scalar, joining: joining) {
          case .letter: visit(lowercased(scalar))
          case .joiner: continue
          case .separator: visit(nil)
          }
        }
      }
    }

    /// FNV-1a over the bytes, then a 64-bit finaliser so every bit is usable as a bin or shard.
    static func hash(_ bytes: [UInt8]) -> UInt64 {
      var value = fnvBasis
      for byte in bytes { value = (value ^ UInt64(byte)) &* fnvPrime }
      return mix(value)
    }

    private static let fnvBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

    /// The splitmix64 finaliser.
    static func mix(_ input: UInt64) -> UInt64 {
      var value = input
      value = (value ^ (value >> 30)) &* 0xbf58_476d_1ce4_e5b9
      value = (value ^ (value >> 27)) &* 0x94d0_49bb_1331_11eb
      return value ^ (value >> 31)
    }

    private enum ScalarClass { case letter, joiner, separator }

    private static func classify(_ scalar: UInt32, joining: Bool) -> ScalarClass {
      switch scalar {
      case 0x30...0x39, 0x41...0x5A, 0x61...0x7A:
        return .letter
      case 0x27, 0x2E, 0x60, 0xB4, 0x2BC, 0x2018, 0x2019, 0x2032:
        return joining ? .joiner : .separator
      case 0..<0x80, 0x80...0xBF, 0xD7, 0xF7, 0x2000...0x206F, 0x2E00...0x2E7F, 0x3000...0x303F,
        0xFE30...0xFE4F, 0xFF01...0xFF0F, 0xFFFD:
        return .separator
      default:
        return .letter
      }
    }

    private static func lowercased(_ scalar: UInt32) -> UInt32 {
      switch scalar {
      case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE, 0x391...0x3A1, 0x3A3...0x3AB, 0x410...0x42F:
        return scalar + 0x20
      case 0x400...0x40F:
        return scalar + 0x50
      default:
        return scalar
      }
    }

    /// Decodes the scalar at `index` and its length; a malformed sequence yields U+FFFD and
    /// consumes only its lead byte.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
      let lead = bytes[index]
      let length: Int
      switch lead {
      case 0..<0x80: return (UInt32(lead), 1)
      case 0xC0...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF7: length = 4
      default: return (0xFFFD, 1)
      }
      guard index + length <= bytes.count else { return (0xFFFD, 1) }
      var scalar = UInt32(lead) & (0xFF >> (length + 1))
      for offset in 1..<length {
        let byte = bytes[index + offset]
        guard byte & 0xC0 == 0x80 else { return (0xFFFD, 1) }
        scalar = (scalar << 6) | UInt32(byte & 0x3F)
      }
      return (scalar, length)
    }

    private static func append(_ scalar: UInt32, to word: inout [UInt8]) {
      encode(scalar) { word.append($0) }
    }

    private static func encode(_ scalar: UInt32, _ emit: (UInt8) -> Void) {
      switch scalar {
      case 0..<0x80:
        emit(UInt8(scalar))
      case 0x80..<0x800:
        emit(UInt8(0xC0 | (scalar >> 6)))
        emit(UInt8(0x80 | (scalar & 0x3F)))
      case 0x800..<0x10000:
        emit(UInt8(0xE0 | (scalar >> 12)))
        emit(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
        emit(UInt8(0x80 | (scalar & 0x3F)))
      default:
        emit(UInt8(0xF0 | (scalar >> 18)))
        emit(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
        emit(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
        emit(UInt8(0x80 | (scalar & 0x3F)))
      }
    }
  }
}
