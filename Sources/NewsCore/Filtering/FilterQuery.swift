/// The filter language of lede's `:` prompt and `--filter` option.
///
/// ```
/// person:"Dmitry Peskov" place:Sochi date:2018-09 -org:NATO
/// (event:talks or event:summit) and not quote:ceasefire
/// idlib "rebel-held" offens*
/// ```
///
/// - Terms: `person:`, `place:`, `org:` (also `organization:`, `organisation:`), `event:`,
///   `date:` (`2018`, `2018-09`, `2018-09-17`, ranges `a..b`, open ranges `..b` and `a..`),
///   `quote:`, plain words (`offens*` for any word starting so) and `"phrases"`. A value
///   with spaces is quoted: `person:"Dmitry Peskov"`.
/// - Operators, loosest first: `or`; `and` (or nothing: terms side by side must all hold);
///   `not` or a leading `-`. Parentheses group. Operators are words in any case; quote one
///   to search for it (`"and"`).
/// - At most ``maximumDepth`` levels of parentheses and negations: the parser's recursion
///   is bounded whatever the input.
public enum FilterQuery {
  /// The deepest nesting of parentheses and `not`s accepted.
  public static let maximumDepth = 32

  /// Parses `text`; never traps, whatever the input.
  /// Control characters (C0, DEL, C1) count as spaces: a filter never holds one,
  /// so its printed form is plain text that parses back to it.
  public static func parse(_ text: String) -> Result<FilterExpression, FilterParseError> {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let value = scalar.value
      scalars.append(value < 0x20 || (value >= 0x7F && value < 0xA0) ? " " : scalar)
    }
    let input = Array(String(scalars).utf8)
    return FilterLexer.tokens(of: input).flatMap { tokens in
      var parser = FilterParser(tokens: tokens, input: input)
      return Result { try parser.parseAll() }.mapError { $0 as? FilterParseError ?? .at(0, in: input, "invalid filter") }
    }
  }
}

/// Recursive descent over the tokens: `or` of `and`s of unary terms.
struct FilterParser {
  private let tokens: [FilterLexer.Token]
  private let input: [UInt8]
  private var position = 0
  private var depth = 0

  init(tokens: [FilterLexer.Token], input: [UInt8]) {
    self.tokens = tokens
    self.input = input
  }

  mutating func parseAll() throws(FilterParseError) -> FilterExpression {
    guard !tokens.isEmpty else { throw .at(0, in: input, "the filter is empty") }
    let expression = try parseOr()
    if let token = current {
      throw error(at: token, token.kind == .close ? "unmatched )" : "unexpected \(describe(token))")
    }
    return expression
  }

  private var current: FilterLexer.Token? { position < tokens.count ? tokens[position] : nil }

  private var endOffset: Int { input.count }

  private func error(at token: FilterLexer.Token?, _ message: String) -> FilterParseError {
    .at(token?.offset ?? endOffset, in: input, message)
  }

  private func isOperator(_ token: FilterLexer.Token?, _ name: String) -> Bool {
    guard case .word(let word)? = token?.kind else { return false }
    return word.lowercased() == name
  }

  private mutating func parseOr() throws(FilterParseError) -> FilterExpression {
    var operands = [try parseAnd()]
    while isOperator(current, "or") {
      position += 1
      guard startsTerm(current) else { throw error(at: current, "expected a term after or") }
      operands.append(try parseAnd())
    }
    return operands.count == 1 ? operands[0] : .or(operands.flatMap(Self.orOperands))
  }

  private mutating func parseAnd() throws(FilterParseError) -> FilterExpression {
    guard startsTerm(current) else {
      if let token = current, isOperator(token, "and") || isOperator(token, "or") {
        throw error(at: token, "expected a term before \(describe(token))")
      }
      throw error(at: current, current == nil ? "expected a term" : "expected a term before \(describe(current))")
    }
    var operands = [try parseUnary()]
    while true {
      if isOperator(current, "and") {
        position += 1
        guard startsTerm(current) else { throw error(at: current, "expected a term after and") }
      } else if !startsTerm(current) {
        break
      }
      operands.append(try parseUnary())
    }
    return operands.count == 1 ? operands[0] : .and(operands.flatMap(Self.andOperands))
  }

  private mutating func parseUnary() throws(FilterParseError) -> FilterExpression {
    guard let token = current else { throw error(at: nil, "expected a term") }
    if token.kind == .minus || isOperator(token, "not") {
      position += 1
      guard startsTerm(current) else { throw error(at: current, "expected a term after \(describe(token))") }
      let operand = try nested(at: token) { (parser: inout FilterParser) throws(FilterParseError) in try parser.parseUnary() }
      if case .not(let inner) = operand { return inner }
      return .not(operand)
    }
    if token.kind == .open {
      position += 1
      guard startsTerm(current) else { throw error(at: current, "expected a term after (") }
      let inner = try nested(at: token) { (parser: inout FilterParser) throws(FilterParseError) in try parser.parseOr() }
      guard current?.kind == .close else { throw error(at: token, "this ( is never closed") }
      position += 1
      return inner
    }
    position += 1
    return .term(try FilterTermReader.term(of: token, input: input))
  }

  /// Runs `body` one level deeper, refusing to go past ``FilterQuery/maximumDepth``.
  private mutating func nested(
    at token: FilterLexer.Token, _ body: (inout FilterParser) throws(FilterParseError) -> FilterExpression
  ) throws(FilterParseError) -> FilterExpression {
    guard depth < FilterQuery.maximumDepth else {
      throw error(at: token, "nested too deeply (at most \(FilterQuery.maximumDepth) levels)")
    }
    depth += 1
    defer { depth -= 1 }
    return try body(&self)
  }

  /// True when `token` can begin a term (not a `)`, `and`, `or` or the end).
  private func startsTerm(_ token: FilterLexer.Token?) -> Bool {
    guard let token, token.kind != .close else { return false }
    return !isOperator(token, "and") && !isOperator(token, "or")
  }

  private func describe(_ token: FilterLexer.Token?) -> String {
    switch token?.kind {
    case nil: return "the end"
    case .open?: return "("
    case .close?: return ")"
    case .minus?: return "-"
    case .word(let word)?: return word
    case .phrase(let text)?: return "\"\(text)\""
    case .field(let name, _, _)?: return "\(name):"
    }
  }

  private static func andOperands(_ expression: FilterExpression) -> [FilterExpression] {
    if case .and(let operands) = expression { return operands }
    return [expression]
  }

  private static func orOperands(_ expression: FilterExpression) -> [FilterExpression] {
    if case .or(let operands) = expression { return operands }
    return [expression]
  }
}
