/// One token of a paragraph: a word, a number or a punctuation mark, with its UTF-8
/// byte range in the paragraph's text.
struct Token: Sendable {
  enum Kind: UInt8, Sendable {
    case word, number, punctuation
  }

  /// Punctuation that the extractors look at; everything else is `.other`.
  enum Mark: UInt8, Sendable {
    case none, period, comma, colon, semicolon, question, exclamation, ellipsis
    case openQuote, closeQuote, openParen, closeParen, openBracket, closeBracket, dash, other
  }

  struct Flags: OptionSet, Sendable {
    let rawValue: UInt16
    /// The first letter is upper case ("Putin", "al-Assad" counts through its particle).
    static let capitalized = Flags(rawValue: 1 << 0)
    /// Two or more letters, all upper case ("UN", "PUTIN").
    static let allCaps = Flags(rawValue: 1 << 1)
    /// Ends in 's after an apostrophe ("Putin's", "Putin´s", "Putin’s").
    static let possessive = Flags(rawValue: 1 << 2)
    /// Holds a hyphen between letters ("al-Assad", "Russia-backed").
    static let hyphenated = Flags(rawValue: 1 << 3)
    /// The first word of a sentence, or the first word inside an opening quote.
    static let sentenceStart = Flags(rawValue: 1 << 4)
    /// A name particle prefix joined by a hyphen: "al-Assad", "el-Sisi".
    static let particlePrefixed = Flags(rawValue: 1 << 5)
    /// Capitalisation carries no evidence: headline in title case or all caps.
    static let weakCase = Flags(rawValue: 1 << 6)
    /// A number with an ordinal suffix ("7th") or other trailing letters.
    static let suffixed = Flags(rawValue: 1 << 7)
    /// A space (or the paragraph start) comes right before the token.
    static let spaceBefore = Flags(rawValue: 1 << 8)
  }

  var kind: Kind
  var mark: Mark
  var flags: Flags
  /// First byte, inclusive.
  var start: Int
  /// Last byte, exclusive, including any possessive ending.
  var end: Int
  /// End of the word without its possessive ending.
  var stemEnd: Int
  /// Lower-cased stem ("putin" for "Putin´s"); empty for punctuation.
  var lower: String

  var isCapitalized: Bool { kind == .word && flags.contains(.capitalized) }
  var isSentenceStart: Bool { flags.contains(.sentenceStart) }
  /// Capitalised where capitalisation is evidence of a name.
  var isStrongCapital: Bool {
    isCapitalized && !flags.contains(.sentenceStart) && !flags.contains(.weakCase)
  }
}
