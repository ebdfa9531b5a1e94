import NewsCore

/// Articles built in memory for tests, without the loader.
public enum TestArticles {
  /// An article whose paragraphs are `paragraphs` (body), after an optional headline.
  /// Source maps use running offsets as if paragraphs were separated by blank lines.
  public static func make(_ paragraphs: [String], date: CalendarDate?, headline: String? = nil) -> Article {
    var offset = 0
    var built: [Paragraph] = []
    let texts = (headline.map { [$0] } ?? []) + paragraphs
    for (index, text) in texts.enumerated() {
      let kind: Paragraph.Kind = headline != nil && index == 0 ? .headline : .body
      built.append(Paragraph(kind: kind, text: text, sourceMap: SourceMap(fileStart: offset)))
      offset += text.utf8.count + 2
    }
    let words = texts.reduce(0) { $0 + $1.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).count }
    return Article(
      id: "test", path: "test.txt", relativePath: "test.txt", date: date, dateSource: date == nil ? .unknown : .header,
      title: headline ?? String(paragraphs.first?.prefix(80) ?? ""), titleIsHeadline: headline != nil, dateline: nil,
      paragraphs: built, byteCount: offset, contentHash: 0, wordCount: words)
  }
}
