/// Decides whether an article's first paragraph is a headline, and derives a
/// title from the lead when it is not.
enum TitleRules {
  static let maximumHeadlineWords = 20
  static let maximumHeadlineCharacters = 150
  /// Derived titles are cut at a word boundary to at most this many characters.
  static let maximumDerivedTitleCharacters = 80

  /// Words that end with a period without ending a sentence.
  static let abbreviations: WordSet = [
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
    "jr", "sr", "vs", "no", "inc", "corp", "ltd", "co", "jan", "feb", "mar", "apr", "aug", "sept",
    "sep", "oct", "nov", "dec", "rev", "hon", "pres", "mt", "ft", "approx", "etc", "e.g", "i.e",
  ]

  /// A headline is short (at most 20 words and 150 characters), does not end
  /// with a sentence period and holds no sentence break.
  static func isHeadline(_ text: String) -> Bool {
    guard text.utf8.count <= maximumHeadlineCharacters * 4 else { return false }
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard !words.isEmpty, words.count <= maximumHeadlineWords, text.count <= maximumHeadlineCharacters
    else { return false }
    let core = text.trimmingSuffix(while: { closingMarks.contains($0) || $0 == " " })
    if let last = core.last, last == "." || last == "," || last == ";" {
      return core.hasSuffix("...")
    }
    let bytes = Array(text.utf8)
    var index = 0
    while let (end, mark) = sentenceEnd(in: bytes, from: index) {
      if mark == UInt8(ascii: "."), end < bytes.count, startsSentence(bytes, at: end + 1) { return false }
      index = end
    }
    return true
  }

  /// The lead's first sentence without its final period, cut at a word boundary
  /// to ``maximumDerivedTitleCharacters`` with "…" when longer.
  static func derivedTitle(fromLead lead: String) -> String {
    let bytes = Array(lead.utf8)
    var sentence = lead
    if let (end, _) = sentenceEnd(in: bytes, from: 0) {
      sentence = String(decoding: bytes[..<end], as: UTF8.self)
    }
    if sentence.hasSuffix("."), !sentence.hasSuffix("...") { sentence.removeLast() }
    guard sentence.count > maximumDerivedTitleCharacters else { return sentence }
    let prefix = sentence.prefix(maximumDerivedTitleCharacters - 1)
    var cut = prefix
    let endsAtWord = sentence[prefix.endIndex] == " "
    if !endsAtWord, let space = prefix.lastIndex(of: " "), prefix.distance(from: prefix.startIndex, to: space) > 20 {
      cut = prefix[..<space]
    }
    let trimmed = String(cut).trimmingSuffix(while: { " ,;:-–—(\"“‘'".contains($0) })
    return trimmed + "…"
  }

  private static let closingMarks: Set<Character> = ["\"", "”", "’", "'", ")", "]", "»"]

  /// The offset just past the first sentence end at or after `start`, and its
  /// mark: a `.`, `!` or `?` (with any closing marks) followed by a blank or the
  /// end, that is not an abbreviation or an initial.
  static func sentenceEnd(in bytes: [UInt8], from start: Int) -> (end: Int, mark: UInt8)? {
    var index = start
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      switch byte {
      case UInt8(ascii: "!"), UInt8(ascii: "?"):
        if let end = endAfterClosing(bytes, index) { return (end, byte) }
      case UInt8(ascii: "."):
        // The closing check first: it bounds the abbreviation check's walk back to one word.
        if let end = endAfterClosing(bytes, index), !isAbbreviation(bytes, periodAt: index - 1) {
          return (end, byte)
        }
      default:
        continue
      }
    }
    return nil
  }

  private static func endAfterClosing(_ bytes: [UInt8], _ start: Int) -> Int? {
    var index = start
    while index < bytes.count, let length = closingLength(bytes, at: index) { index += length }
    if index == bytes.count || bytes[index] == UInt8(ascii: " ") || bytes[index] == 0x09 { return index }
    return nil
  }

  /// The byte length of a closing quotation mark or bracket at `index`.
  private static func closingLength(_ bytes: [UInt8], at index: Int) -> Int? {
    switch bytes[index] {
    case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"): return 1
    case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x9D || bytes[index + 2] == 0x99):
      return 3  // ” ’
    case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xBB: return 2  // »
    default: return nil
    }
  }

  /// True when a sentence could start at `index`: an uppercase letter, a digit or
  /// an opening quotation mark.
  private static func startsSentence(_ bytes: [UInt8], at index: Int) -> Bool {
    guard index < bytes.count else { return false }
    let byte = bytes[index]
    if (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "\"") { return true }
    let rest = String(decoding: bytes[index..<min(bytes.count, index + 4)], as: UTF8.self)
    guard let first = rest.unicodeScalars.first else { return false }
    return first.properties.isUppercase || first == "“" || first == "‘"
  }

  /// True when the period at `index` ends an abbreviation ("Mr.") or an
  /// initial ("J." or the "S." of "U.S.").
  private static func isAbbreviation(_ bytes: [UInt8], periodAt index: Int) -> Bool {
    var start = index
    while start > 0, bytes[start - 1] != UInt8(ascii: " ") { start -= 1 }
    let written = String(decoding: bytes[start..<index], as: UTF8.self)
    let word = written.lowercased()
    if abbreviations.contains(word) { return true }
    let letters = written.unicodeScalars.filter { $0 != "." }
    let isInitial = letters.count == 1 && letters.allSatisfy { $0.properties.isUppercase }
    return isInitial || (word.contains(".") && word.count <= 4)
  }
}

extension String {
  /// Tabs become spaces: a title is shown on one line.
  func replacingTabs() -> String {
    guard utf8.contains(0x09) else { return self }
    return String(decoding: utf8.map { $0 == 0x09 ? 0x20 : $0 }, as: UTF8.self)
  }

  /// The string without trailing characters that match.
  func trimmingSuffix(while predicate: (Character) -> Bool) -> String {
    var copy = self
    while let last = copy.last, predicate(last) { copy.removeLast() }
    return copy
  }
}
