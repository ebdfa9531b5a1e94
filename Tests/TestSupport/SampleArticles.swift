import NewsCore

/// Small hand-built articles for UI tests, independent of the loader.
public enum SampleArticles {
  /// An article whose paragraphs are laid out one per line in an imaginary file.
  public static func article(
    id: String, date: CalendarDate?, title: String, headline: Bool = true, paragraphs: [String],
    subheadings: Set<Int> = [], dateline: String? = nil
  ) -> Article {
    var offset = 0
    var built: [Paragraph] = []
    if headline {
      built.append(Paragraph(kind: .headline, text: title, sourceMap: SourceMap(fileStart: 17)))
      offset = 17 + title.utf8.count + 2
    }
    for (index, text) in paragraphs.enumerated() {
      let kind: Paragraph.Kind = subheadings.contains(index) ? .subheading : .body
      built.append(Paragraph(kind: kind, text: text, sourceMap: SourceMap(fileStart: offset)))
      offset += text.utf8.count + 2
    }
    var line: Dateline?
    if let dateline, let first = built.firstIndex(where: { $0.kind == .body }) {
      line = Dateline(text: dateline, span: TextSpan(paragraph: first, start: 0, end: dateline.utf8.count + 2))
    }
    let words = paragraphs.reduce(0) { $0 + $1.split(separator: " ").count }
    return Article(
      id: id, path: "/collection/\(id).txt", relativePath: "\(id).txt", date: date, dateSource: date == nil ? .unknown : .header,
      title: title, titleIsHeadline: headline, dateline: line, paragraphs: built, byteCount: offset,
      contentHash: 0, wordCount: words)
  }

  /// Three articles: a headline story with a subheading and dateline, a story
  /// whose title was derived from its lead, and one with wide characters.
  public static let collection: [Article] = [
    article(
      id: "001_summit", date: CalendarDate(year: 2018, month: 9, day: 17),
      title: "Leaders meet in Vienna for talks on the river dispute",
      paragraphs: [
        "Vienna - The leaders of two neighbouring countries met on Monday for talks on a dispute over the river that forms their border, officials said.",
        "\"We want an agreement this week,\" Foreign Minister Anna Kovacs told reporters before the meeting.",
        "Talks stalled",
        "Previous rounds of negotiations in Geneva and Prague ended without a deal, and both sides have accused each other of diverting water upstream during the summer drought.",
        "A spokesman for the river commission said the technical teams would meet again on Friday.",
      ], subheadings: [2], dateline: "Vienna"),
    article(
      id: "002_lead", date: CalendarDate(year: 2018, month: 9, day: 16),
      title: "The river commission said on Sunday that water levels had fallen to a…", headline: false,
      paragraphs: [
        "The river commission said on Sunday that water levels had fallen to a record low for September, ahead of talks between the two governments in Vienna.",
        "Farmers on both banks have reported losses, and the commission warned that shipping could be suspended within weeks.",
      ]),
    article(
      id: "003_wide", date: CalendarDate(year: 2018, month: 9, day: 15), title: "東京で会議 — a summit in Tokyo",
      paragraphs: [
        "Delegates from 東京 and 서울 met in the capital; the word Donaudampfschifffahrtsgesellschaftskapitänswitwe needed wrapping."
      ]),
  ]
}
