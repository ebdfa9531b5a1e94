/// The ` date YYYY-MM-DD ` header that starts an article's first line.
struct DateHeader {
  /// The date token as written ("2018-09-17").
  var token: String
  /// The date, when the token is a real day.
  var date: CalendarDate?
  /// Where the rest of the line starts (after the token and its blanks).
  var restStart: Int

  /// Reads a header at the start of `line`: optional blanks, the word `date`
  /// (any case), blanks, then a token that starts with a digit and holds only
  /// digits and `-`, `/`, `.`. Accepts `YYYY-M-D` too. Anything else is no header.
  init?(_ bytes: [UInt8], line: Range<Int>) {
    var cursor = line.lowerBound
    let end = line.upperBound
    while cursor < end, LineLayout.isBlank(bytes[cursor]) { cursor += 1 }
    let word: [UInt8] = Array("date".utf8)
    guard end - cursor > word.count else { return nil }
    for (offset, letter) in word.enumerated() where bytes[cursor + offset] | 0x20 != letter { return nil }
    cursor += word.count
    guard LineLayout.isBlank(bytes[cursor]) else { return nil }
    while cursor < end, LineLayout.isBlank(bytes[cursor]) { cursor += 1 }
    let tokenStart = cursor
    while cursor < end, DateHeader.isTokenByte(bytes[cursor]) { cursor += 1 }
    guard cursor > tokenStart, DateHeader.isDigit(bytes[tokenStart]),
      cursor == end || LineLayout.isBlank(bytes[cursor])
    else { return nil }
    let tokenBytes = Array(bytes[tokenStart..<cursor])
    token = String(decoding: tokenBytes, as: UTF8.self)
    date = DateHeader.parseDate(tokenBytes)
    while cursor < end, LineLayout.isBlank(bytes[cursor]) { cursor += 1 }
    restStart = cursor
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  private static func isTokenByte(_ byte: UInt8) -> Bool {
    isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".")
  }

  /// `YYYY-MM-DD`, with one- or two-digit month and day.
  static func parseDate(_ token: [UInt8]) -> CalendarDate? {
    let parts = token.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count),
      (1...2).contains(parts[2].count), parts.allSatisfy({ $0.allSatisfy(isDigit) })
    else { return nil }
    func number(_ digits: ArraySlice<UInt8>) -> Int { digits.reduce(0) { $0 * 10 + Int($1 - 0x30) } }
    return CalendarDate(year: number(parts[0]), month: number(parts[1]), day: number(parts[2]))
  }
}
