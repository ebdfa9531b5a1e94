/// `lede analyze`, `lede xref`, `lede related` and `lede quotes` output, as JSON or
/// text. Every span is a pair of UTF-8 byte offsets into the file as stored.
public enum AnalysisReport {
  /// One JSON object per article: what it is, and everything extracted from it.
  public static func json(_ article: Article, _ analysis: ArticleAnalysis) -> JSONValue {
    func span(_ value: TextSpan) -> JSONValue {
      let range = article.sourceRange(of: value)
      return .array([.int(range.lowerBound), .int(range.upperBound)])
    }
    func entities(_ list: [Entity]) -> JSONValue {
      .array(
        list.map { entity in
          .object([("name", .string(entity.name)), ("mentions", .array(entity.mentions.map(span)))])
        })
    }
    return .object([
      ("id", .string(article.id)),
      ("path", .string(article.path)),
      ("date", article.date.map { .string($0.iso) } ?? .null),
      ("title", .string(article.title)),
      ("headline", .bool(article.titleIsHeadline)),
      ("people", entities(analysis.people)),
      ("places", entities(analysis.places)),
      ("organizations", entities(analysis.organizations)),
      (
        "dates",
        .array(
          analysis.dates.map { date in
            .object([("text", .string(date.text)), ("value", .string(date.value.iso)), ("span", span(date.span))])
          })
      ),
      (
        "events",
        .array(
          analysis.events.map { event in
            .object([
              ("what", .string(event.what)), ("where", event.place.map(JSONValue.string) ?? .null),
              ("date", event.date.map { .string($0.iso) } ?? .null), ("who", .array(event.participants.map(JSONValue.string))),
              ("span", span(event.span)),
            ])
          })
      ),
      ("quotes", .array(analysis.quotes.map { quote(article, $0) })),
    ])
  }

  /// A quote: its text, span (from the first part's start to the last part's end;
  /// `spans` lists the parts of a split quote), speaker, verb, fragment, confidence.
  public static func quote(_ article: Article, _ quote: Quote) -> JSONValue {
    let ranges = quote.spans.map { article.sourceRange(of: $0) }
    let whole: JSONValue =
      ranges.first.map { first in .array([.int(first.lowerBound), .int(ranges.last?.upperBound ?? first.upperBound)]) } ?? .null
    return .object([
      ("text", .string(quote.text)),
      ("span", whole),
      ("spans", .array(ranges.map { .array([.int($0.lowerBound), .int($0.upperBound)]) })),
      ("speaker", quote.speaker.map(JSONValue.string) ?? .null),
      ("verb", quote.verb.map(JSONValue.string) ?? .null),
      ("fragment", .bool(quote.isFragment)),
      ("confidence", .number(quote.confidence)),
    ])
  }

  /// A readable summary of one article's analysis.
  public static func text(_ article: Article, _ analysis: ArticleAnalysis) -> String {
    var lines = ["\(article.id)  \(article.date?.iso ?? "----------")  \(article.title)"]
    func names(_ title: String, _ list: [Entity]) {
      guard !list.isEmpty else { return }
      lines.append("  \(title): " + list.map { "\($0.name) (\($0.mentions.count))" }.joined(separator: ", "))
    }
    names("People", analysis.people)
    names("Places", analysis.places)
    names("Organisations", analysis.organizations)
    if !analysis.dates.isEmpty {
      lines.append("  Dates: " + analysis.dates.map { "\($0.text) = \($0.value.iso)" }.joined(separator: ", "))
    }
    for event in analysis.events {
      let who = event.participants.isEmpty ? "" : " (\(event.participants.joined(separator: ", ")))"
      lines.append("  Event: \(event.label)\(who)")
    }
    for quote in analysis.quotes {
      let who = quote.speaker ?? "unattributed"
      lines.append("  Quote\(quote.isFragment ? " (fragment)" : ""): “\(quote.text)” — \(who)")
    }
    return lines.map(Sanitizer.displayString).joined(separator: "\n")
  }
}
