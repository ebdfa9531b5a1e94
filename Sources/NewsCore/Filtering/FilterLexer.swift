/// Splits a filter into tokens on its UTF-8 bytes.
///
/// - `(` and `)`;
/// - `-` directly before a term negates it;
/// - `"a phrase"` (an unclosed quote is an error);
/// - `field:value` or `field:"a value"` for a field name of ASCII letters;
/// - any other run of bytes up to a space, a parenthesis or a quote is a word (`and`, `or`
///   and `not` among them: the parser tells operators from words).
struct FilterLexer {
  struct Token: Hashable {
    enum Kind: Hashable {
      case open, close, minus
      case word(String)
      case phrase(String)
      case field(name: String, value: String, quoted: Bool)
    }
    var kind: Kind
    /// The UTF-8 offset of the token's first byte.
    var offset: Int
  }

  private static let quote = UInt8(ascii: "\"")
  private static let colon = UInt8(ascii: ":")

  /// Bytes that end an unquoted word or value.
  static func endsBareValue(_ byte: UInt8) -> Bool {
    isSpace(byte) || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == quote
  }

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
  }

  /// True for `and`, `or` and `not` in any case.
  static func isOperator(_ word: String) -> Bool {
    ["and", "or", "not"].contains(word.lowercased())
  }

  /// The tokens of `input`, or the first error.
  static func tokens(of input: [UInt8]) -> Result<[Token], FilterParseError> {
    var tokens: [Token] = []
    var index = 0
    while index < input.count {
      let byte = input[index]
      let start = index
      if isSpace(byte) {
        index += 1
      } else if byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") {
        tokens.append(Token(kind: byte == UInt8(ascii: "(") ? .open : .close, offset: start))
        index += 1
      } else if byte == UInt8(ascii: "-"), index + 1 < input.count, !isSpace(input[index + 1]),
        input[index + 1] != UInt8(ascii: ")")
      {
        tokens.append(Token(kind: .minus, offset: start))
        index += 1
      } else if byte == quote {
        switch quoted(input, from: index) {
        case .success(let (text, end)):
          tokens.append(Token(kind: .phrase(text), offset: start))
          index = end
        case .failure(let error): return .failure(error)
        }
      } else {
        switch bare(input, from: index) {
        case .success(let (token, end)):
          tokens.append(token)
          index = end
        case .failure(let error): return .failure(error)
        }
      }
    }
    return .success(tokens)
  }

  /// The text between the quote at `start` and the next one, and the offset after it.
  private static func quoted(_ input: [UInt8], from start: Int) -> Result<(String, Int), FilterParseError> {
    guard let close = input[(start + 1)...].firstIndex(of: quote) else {
      return .failure(.at(start, in: input, "unclosed quote"))
    }
    let text = String(decoding: input[(start + 1)..<close], as: UTF8.self)
    return .success((text.split(whereSeparator: \.isWhitespace).joined(separator: " "), close + 1))
  }

  /// A word or a `field:value` starting at `start`, and the offset after it.
  private static func bare(_ input: [UInt8], from start: Int) -> Result<(Token, Int), FilterParseError> {
    var end = start
    while end < input.count, !endsBareValue(input[end]), input[end] != colon { end += 1 }
    let isField =
      end < input.count && input[end] == colon && end > start
      && input[start..<end].allSatisfy { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
    guard isField else {
      while end < input.count, !endsBareValue(input[end]) { end += 1 }
      return .success((Token(kind: .word(String(decoding: input[start..<end], as: UTF8.self)), offset: start), end))
    }
    let name = String(decoding: input[start..<end], as: UTF8.self).lowercased()
    let valueStart = end + 1
    if valueStart < input.count, input[valueStart] == quote {
      return quoted(input, from: valueStart).flatMap { text, after in
        guard !text.isEmpty else { return .failure(.at(valueStart, in: input, "expected a value after \(name):")) }
        return .success((Token(kind: .field(name: name, value: text, quoted: true), offset: start), after))
      }
    }
    var valueEnd = valueStart
    while valueEnd < input.count, !endsBareValue(input[valueEnd]) { valueEnd += 1 }
    guard valueEnd > valueStart else { return .failure(.at(valueStart, in: input, "expected a value after \(name):")) }
    let value = String(decoding: input[valueStart..<valueEnd], as: UTF8.self)
    return .success((Token(kind: .field(name: name, value: value, quoted: false), offset: start), valueEnd))
  }
}
