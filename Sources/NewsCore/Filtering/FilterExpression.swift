/// A parsed filter: terms combined with and, or and not. ``FilterQuery/parse(_:)`` makes
/// one from what the user typed; ``FilterEvaluator`` finds the articles it matches.
///
/// `and` and `or` hold two or more operands, flattened (`a b c` is one `and` of three), so
/// a long filter makes a wide tree, not a deep one.
public indirect enum FilterExpression: Hashable, Sendable, CustomStringConvertible {
  case term(FilterTerm)
  case not(FilterExpression)
  case and([FilterExpression])
  case or([FilterExpression])

  /// The filter in the language it was parsed from, normalised: what the list title
  /// shows. Parsing it again gives the same expression.
  public var description: String { text(inside: .or) }

  private enum Level: Int { case or, and, unary }

  private func text(inside level: Level) -> String {
    switch self {
    case .term(let term): return term.description
    case .not(let operand): return "-" + operand.text(inside: .unary)
    case .and(let operands):
      let joined = operands.map { $0.text(inside: .and) }.joined(separator: " ")
      return level.rawValue > Level.and.rawValue ? "(\(joined))" : joined
    case .or(let operands):
      let joined = operands.map { $0.text(inside: .or) }.joined(separator: " or ")
      return level.rawValue > Level.or.rawValue ? "(\(joined))" : joined
    }
  }
}

/// One condition on an article.
public enum FilterTerm: Hashable, Sendable, CustomStringConvertible {
  /// `person:`, `place:` or `org:` with a name as the user typed it.
  case entity(EntityKind, String)
  /// `event:talks`, `event:"summit Helsinki"`: words of the event's label.
  case event(String)
  /// `date:2018-09`, `date:2018-09-01..2018-09-30`, `date:..2018`.
  case date(DateRange)
  /// `quote:` words of a quotation, or its speaker's name.
  case quote(String)
  /// A plain word of the title or text, lower-cased; with `isPrefix`, any word starting
  /// with it (`idl*`).
  case word(String, isPrefix: Bool)
  /// `"a phrase"`: these words in this order in the title or a paragraph.
  case phrase(String)

  /// The field name each kind of entity is written with.
  static func field(of kind: EntityKind) -> String {
    switch kind {
    case .person: return "person"
    case .place: return "place"
    case .organization: return "org"
    }
  }

  public var description: String {
    switch self {
    case .entity(let kind, let name): return Self.field(of: kind) + ":" + Self.quotedIfNeeded(name)
    case .event(let text): return "event:" + Self.quotedIfNeeded(text)
    case .date(let range): return "date:" + range.description
    case .quote(let text): return "quote:" + Self.quotedIfNeeded(text)
    case .word(let word, let isPrefix): return Self.wordText(word, isPrefix: isPrefix)
    case .phrase(let text): return "\"" + text + "\""
    }
  }

  /// The value as typed, or in quotes when it would not read back as the same value.
  private static func quotedIfNeeded(_ value: String) -> String {
    let bytes = Array(value.utf8)
    let bare = !bytes.isEmpty && !bytes.contains(where: FilterLexer.endsBareValue)
    return bare ? value : "\"" + value + "\""
  }

  /// A word as typed when it reads back as that word, else in quotes (a phrase, which
  /// cannot be a prefix).
  private static func wordText(_ word: String, isPrefix: Bool) -> String {
    let text = word + (isPrefix ? "*" : "")
    let bytes = Array(text.utf8)
    if case .success(let tokens) = FilterLexer.tokens(of: bytes), tokens.count == 1,
      case .word(text) = tokens[0].kind, !FilterLexer.isOperator(text), isPrefix || bytes.last != UInt8(ascii: "*")
    {
      return text
    }
    return "\"" + word + "\""
  }
}

/// An inclusive range of days given at the precision the user typed: `2018-09` is all of
/// September 2018. A missing bound leaves that side open.
public struct DateRange: Hashable, Sendable, CustomStringConvertible {
  public var from: DateValue?
  public var to: DateValue?

  public init(from: DateValue?, to: DateValue?) {
    self.from = from
    self.to = to
  }

  /// The first day the range includes, or nil when open below.
  public var firstDay: CalendarDate? {
    from.flatMap { CalendarDate(year: $0.year, month: $0.month ?? 1, day: $0.day ?? 1) }
  }

  /// The last day the range includes, or nil when open above.
  public var lastDay: CalendarDate? {
    to.flatMap { value in
      let month = value.month ?? 12
      return CalendarDate(year: value.year, month: month, day: value.day ?? CalendarDate.daysIn(month: month, year: value.year))
    }
  }

  /// True when `date` falls within the range.
  public func contains(_ date: CalendarDate) -> Bool {
    if let first = firstDay, date < first { return false }
    if let last = lastDay, last < date { return false }
    return true
  }

  /// `2018-09` for one period, `2018-09-01..2018-09-30`, `..2018` or `2018..`.
  public var description: String {
    if let from, from == to { return from.iso }
    return (from?.iso ?? "") + ".." + (to?.iso ?? "")
  }
}
