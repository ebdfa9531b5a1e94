import NewsCore

/// Hand-built articles and analyses for cross-reference tests.
public enum IndexFixtures {
  /// An article with one body paragraph per string; `date` is `YYYY-MM-DD` or nil.
  public static func article(_ id: String, date: String? = nil, body: [String]) -> Article {
    let paragraphs = body.map { Paragraph(kind: .body, text: $0, sourceMap: SourceMap(fileStart: 0)) }
    let words = body.reduce(0) { $0 + $1.split(separator: " ").count }
    return Article(
      id: id, path: "/fixtures/\(id).txt", relativePath: "\(id).txt", date: date.flatMap { CalendarDate(iso: $0) },
      dateSource: date == nil ? .unknown : .header, title: id, titleIsHeadline: false, dateline: nil,
      paragraphs: paragraphs, byteCount: body.reduce(0) { $0 + $1.utf8.count }, contentHash: 0, wordCount: words)
  }

  /// An entity with `mentions` made-up spans.
  public static func entity(_ kind: EntityKind, _ name: String, mentions: Int = 1) -> Entity {
    Entity(
      kind: kind, name: name,
      mentions: (0..<mentions).map { TextSpan(paragraph: 0, start: $0 * 10, end: $0 * 10 + 5) })
  }

  /// An event; `date` is `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or nil.
  public static func event(_ what: String, in place: String? = nil, on date: String? = nil) -> Event {
    Event(
      what: what, place: place, date: date.flatMap(dateValue), participants: [],
      span: TextSpan(paragraph: 0, start: 0, end: 1))
  }

  /// An analysis of names, each mentioned once unless given as `("Name", count)`.
  public static func analysis(
    people: [String] = [], places: [String] = [], organizations: [String] = [], events: [Event] = [],
    mentions: [String: Int] = [:]
  ) -> ArticleAnalysis {
    func entities(_ kind: EntityKind, _ names: [String]) -> [Entity] {
      names.map { entity(kind, $0, mentions: mentions[$0] ?? 1) }
    }
    return ArticleAnalysis(
      people: entities(.person, people), places: entities(.place, places),
      organizations: entities(.organization, organizations), events: events)
  }

  /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
  public static func dateValue(_ text: String) -> DateValue? {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    guard let year = parts.first else { return nil }
    return DateValue(year: year, month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
  }
}
