import NewsCore
import Testing

@Suite struct FilterQueryTests {
  static func day(_ text: String) -> DateValue? {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    return parts.first.map { DateValue(year: $0, month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil) }
  }

  static let peskov = FilterExpression.term(.entity(.person, "Dmitry Peskov"))
  static let idlib = FilterExpression.term(.word("idlib", isPrefix: false))

  static let successes: [(String, FilterExpression)] = [
    ("person:\"Dmitry Peskov\"", peskov),
    ("  person:\"Dmitry   Peskov\"  ", peskov),
    ("PERSON:Peskov", .term(.entity(.person, "Peskov"))),
    ("place:Sochi org:UN", .and([.term(.entity(.place, "Sochi")), .term(.entity(.organization, "UN"))])),
    ("organisation:NATO", .term(.entity(.organization, "NATO"))),
    ("event:talks", .term(.event("talks"))),
    ("quote:\"certain differences\"", .term(.quote("certain differences"))),
    ("date:2018", .term(.date(DateRange(from: day("2018"), to: day("2018"))))),
    ("date:2018-09", .term(.date(DateRange(from: day("2018-09"), to: day("2018-09"))))),
    ("date:2018-09-01..2018-09-30", .term(.date(DateRange(from: day("2018-09-01"), to: day("2018-09-30"))))),
    ("date:..2018-09", .term(.date(DateRange(from: nil, to: day("2018-09"))))),
    ("date:2018..", .term(.date(DateRange(from: day("2018"), to: nil)))),
    ("idlib", idlib),
    ("idl*", .term(.word("idl", isPrefix: true))),
    ("\"rebel-held Idlib\"", .term(.phrase("rebel-held Idlib"))),
    ("idlib peskov", .and([idlib, .term(.word("peskov", isPrefix: false))])),
    ("idlib AND peskov", .and([idlib, .term(.word("peskov", isPrefix: false))])),
    (
      "a or b c",
      .or([.term(.word("a", isPrefix: false)), .and([.term(.word("b", isPrefix: false)), .term(.word("c", isPrefix: false))])])
    ),
    (
      "(a or b) c",
      .and([.or([.term(.word("a", isPrefix: false)), .term(.word("b", isPrefix: false))]), .term(.word("c", isPrefix: false))])
    ),
    ("a or b or c", .or(["a", "b", "c"].map { .term(.word($0, isPrefix: false)) })),
    ("-idlib", .not(idlib)),
    ("not idlib", .not(idlib)),
    ("not not idlib", idlib),
    ("-(a b)", .not(.and([.term(.word("a", isPrefix: false)), .term(.word("b", isPrefix: false))]))),
    ("((idlib))", idlib),
    ("10:30", .term(.word("10:30", isPrefix: false))),
    ("\"and\"", .term(.phrase("and"))),
    (
      "person:Peskov -date:2018-09-17",
      .and([.term(.entity(.person, "Peskov")), .not(.term(.date(DateRange(from: day("2018-09-17"), to: day("2018-09-17")))))])
    ),
  ]

  @Test(arguments: successes)
  func parses(_ input: String, _ expected: FilterExpression) throws {
    let parsed = try FilterQuery.parse(input).get()
    #expect(parsed == expected)
    // The normalised text reads back as the same filter.
    #expect(try FilterQuery.parse(parsed.description).get() == parsed, "\(parsed.description)")
  }

  static let failures: [(String, Int, String)] = [
    ("person:", 8, "expected a value after person:"),
    ("idlib person:", 14, "expected a value after person:"),
    ("person:\"\"", 8, "expected a value after person:"),
    ("", 1, "the filter is empty"),
    ("   ", 1, "the filter is empty"),
    ("\"rebel held", 1, "unclosed quote"),
    ("person:\"Dmitry", 8, "unclosed quote"),
    ("(idlib", 1, "this ( is never closed"),
    ("idlib)", 6, "unmatched )"),
    ("()", 2, "expected a term after ("),
    ("idlib or", 9, "expected a term after or"),
    ("idlib and", 10, "expected a term after and"),
    ("or idlib", 1, "expected a term before or"),
    ("not", 4, "expected a term after not"),
    ("idlib -", 7, "nothing to search for in -"),
    ("date:2018-13", 6, "invalid date 2018-13 (use YYYY, YYYY-MM, YYYY-MM-DD or a range a..b)"),
    ("date:2018-02-30", 6, "invalid date 2018-02-30 (use YYYY, YYYY-MM, YYYY-MM-DD or a range a..b)"),
    ("date:2019..2018", 6, "invalid date 2019..2018 (use YYYY, YYYY-MM, YYYY-MM-DD or a range a..b)"),
    ("date:..", 6, "invalid date .. (use YYYY, YYYY-MM, YYYY-MM-DD or a range a..b)"),
    ("date:18", 6, "invalid date 18 (use YYYY, YYYY-MM, YYYY-MM-DD or a range a..b)"),
    ("colour:red", 1, "unknown filter colour: (use person:, place:, org:, event:, date:, quote: or plain words)"),
    ("place:!!", 7, "expected a name or words after place:"),
    ("***", 1, "nothing to search for in ***"),
    ("é person:", 10, "expected a value after person:"),
  ]

  @Test(arguments: failures)
  func fails(_ input: String, _ column: Int, _ message: String) {
    switch FilterQuery.parse(input) {
    case .success(let expression): Issue.record("parsed as \(expression)")
    case .failure(let error):
      #expect(error.column == column)
      #expect(error.message == message)
      #expect(error.description == "\(message) at column \(column)")
    }
  }

  @Test func nestingIsCapped() {
    let deep = String(repeating: "(", count: 10_000) + "a" + String(repeating: ")", count: 10_000)
    guard case .failure(let error) = FilterQuery.parse(deep) else {
      Issue.record("parsed")
      return
    }
    #expect(error.message.hasPrefix("nested too deeply"))
    let negations = String(repeating: "not ", count: 10_000) + "a"
    #expect((try? FilterQuery.parse(negations).get()) == nil)
    let fine =
      String(repeating: "(", count: FilterQuery.maximumDepth) + "a" + String(repeating: ")", count: FilterQuery.maximumDepth)
    #expect((try? FilterQuery.parse(fine).get()) == .term(.word("a", isPrefix: false)))
  }

  @Test func longFlatFiltersAreWideNotDeep() throws {
    let words = (0..<5_000).map { "w\($0)" }
    guard case .and(let operands) = try FilterQuery.parse(words.joined(separator: " ")).get() else {
      Issue.record("not an and")
      return
    }
    #expect(operands.count == 5_000)
    guard case .or(let alternatives) = try FilterQuery.parse(words.joined(separator: " or ")).get() else {
      Issue.record("not an or")
      return
    }
    #expect(alternatives.count == 5_000)
  }

  /// Random byte soup from the filter's own alphabet: the parser never traps and every
  /// success prints as text that parses back to itself.
  @Test func randomInputNeverTraps() throws {
    let pieces = [
      "(", ")", "\"", "-", " ", "and", "or", "not", "person:", "date:", "2018", "-09", "..", "*", ":", "x", "é",
      "\u{0}", "\u{FFFD}", "quote:", "event:", "\t", "org:\"", "东",
    ]
    var random = SplitMix64(seed: 42)
    for _ in 0..<3_000 {
      let count = Int(random.next() % 12)
      let input = (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
      switch FilterQuery.parse(input) {
      case .success(let expression):
        #expect(try FilterQuery.parse(expression.description).get() == expression, "\(input)")
      case .failure(let error):
        #expect(error.column >= 1 && error.column <= input.count + 1, "\(input)")
      }
    }
  }
}
