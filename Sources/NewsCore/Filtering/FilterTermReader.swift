/// Turns one word, phrase or `field:value` token into a ``FilterTerm``, checking its value.
enum FilterTermReader {
  /// Field names and what they filter on.
  private enum Field {
    case entity(EntityKind), event, date, quote
  }

  private static let fields: [String: Field] = [
    "person": .entity(.person), "people": .entity(.person), "place": .entity(.place),
    "org": .entity(.organization), "organization": .entity(.organization), "organisation": .entity(.organization),
    "event": .event, "date": .date, "quote": .quote,
  ]

  static func term(of token: FilterLexer.Token, input: [UInt8]) throws(FilterParseError) -> FilterTerm {
    func fail(_ message: String) -> FilterParseError { .at(token.offset, in: input, message) }
    switch token.kind {
    case .word(let word):
      var stem = Substring(word)
      while stem.hasSuffix("*") { stem = stem.dropLast() }
      guard hasWord(String(stem)) else { throw fail("nothing to search for in \(word)") }
      return .word(String(stem), isPrefix: stem.count < word.count)
    case .phrase(let text):
      guard hasWord(text) else { throw fail("nothing to search for in \"\(text)\"") }
      return .phrase(text)
    case .field(let name, let value, _):
      guard let field = fields[name] else {
        throw fail("unknown filter \(name): (use person:, place:, org:, event:, date:, quote: or plain words)")
      }
      let valueOffset = token.offset + name.utf8.count + 1
      return try term(field, name: name, value: value) { message in .at(valueOffset, in: input, message) }
    case .open, .close, .minus:
      throw fail("expected a term")
    }
  }

  private static func term(
    _ field: Field, name: String, value: String, fail: (String) -> FilterParseError
  ) throws(FilterParseError) -> FilterTerm {
    if case .date = field {
      guard let range = dateRange(value) else {
        throw fail("invalid date \(value) (use YYYY, YYYY-MM, YYYY-MM-DD or a range a..b)")
      }
      return .date(range)
    }
    guard hasWord(value) else { throw fail("expected a name or words after \(name):") }
    switch field {
    case .entity(let kind): return .entity(kind, value)
    case .event: return .event(value)
    case .quote: return .quote(value)
    case .date: throw fail("invalid date \(value)")
    }
  }

  /// True when `text` holds a letter or digit.
  static func hasWord(_ text: String) -> Bool {
    var found = false
    CrossReferenceIndex.WordScanner.forEachWord(in: text, joining: false) { _ in found = true }
    return found
  }

  /// `a`, `a..b`, `..b` or `a..`, each bound `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil when
  /// malformed, when a bound does not exist, or when the range runs backwards.
  static func dateRange(_ text: String) -> DateRange? {
    let bytes = Array(text.utf8)
    guard let dots = bytes.indices.dropLast().first(where: { bytes[$0] == 0x2E && bytes[$0 + 1] == 0x2E }) else {
      return dateValue(bytes[...]).map { DateRange(from: $0, to: $0) }
    }
    let lower = bytes[..<dots]
    let upper = bytes[(dots + 2)...]
    guard !(lower.isEmpty && upper.isEmpty) else { return nil }
    let from = lower.isEmpty ? nil : dateValue(lower)
    let to = upper.isEmpty ? nil : dateValue(upper)
    if !lower.isEmpty, from == nil { return nil }
    if !upper.isEmpty, to == nil { return nil }
    let range = DateRange(from: from, to: to)
    if let first = range.firstDay, let last = range.lastDay, last < first { return nil }
    return range
  }

  /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, each part all digits and the date real.
  private static func dateValue(_ bytes: ArraySlice<UInt8>) -> DateValue? {
    let parts = bytes.split(separator: 0x2D, omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }) else {
      return nil
    }
    var numbers: [Int] = []
    for part in parts {
      guard part.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
      numbers.append(part.reduce(0) { $0 * 10 + Int($1 - 0x30) })
    }
    let year = numbers[0]
    guard (1...9999).contains(year) else { return nil }
    if numbers.count > 1, !(1...12).contains(numbers[1]) { return nil }
    if numbers.count == 3, CalendarDate(year: year, month: numbers[1], day: numbers[2]) == nil { return nil }
    return DateValue(year: year, month: numbers.count > 1 ? numbers[1] : nil, day: numbers.count > 2 ? numbers[2] : nil)
  }
}
