import NewsCore

/// Builds articles and entity lists by hand, so quote tests need neither the loader
/// nor the entity extractor.
enum QuoteFixture {
  /// An article whose paragraphs are `body` (kind `.body`), after an optional headline.
  /// Source maps use running offsets as if paragraphs were separated by a blank line.
  static func article(_ body: [String], headline: String? = nil, id: String = "fixture") -> Article {
    var paragraphs: [Paragraph] = []
    var offset = 0
    let texts = (headline.map { [(Paragraph.Kind.headline, $0)] } ?? []) + body.map { (Paragraph.Kind.body, $0) }
    for (kind, text) in texts {
      paragraphs.append(Paragraph(kind: kind, text: text, sourceMap: SourceMap(fileStart: offset)))
      offset += text.utf8.count + 2
    }
    return article(id: id, paragraphs: paragraphs, title: headline ?? body.first ?? "", byteCount: offset)
  }

  static func article(id: String, paragraphs: [Paragraph], title: String, byteCount: Int) -> Article {
    let words = paragraphs.reduce(0) { $0 + $1.text.split(separator: " ").count }
    return Article(
      id: id, path: "/fixtures/\(id).txt", relativePath: "\(id).txt", date: CalendarDate(year: 2018, month: 9, day: 17),
      dateSource: .header, title: title, titleIsHeadline: paragraphs.first?.kind == .headline, dateline: nil,
      paragraphs: paragraphs, byteCount: byteCount, contentHash: 0, wordCount: words)
  }

  /// Entities of `kind` with every mention of their surface forms in `article`, as
  /// the entity extractor reports them: `forms` maps a canonical name to the ways it
  /// is written ("Dmitry Peskov": ["Dmitry Peskov", "Peskov"]). Longer forms win
  /// where forms overlap; matches must stand at word boundaries.
  static func entities(_ kind: EntityKind, _ forms: [(String, [String])], in article: Article) -> [Entity] {
    var taken: [TextSpan] = []
    var found: [String: [TextSpan]] = [:]
    let byLength = forms.flatMap { name, surfaces in ([name] + surfaces).map { (name, $0) } }
      .sorted { $0.1.utf8.count > $1.1.utf8.count }
    for (name, surface) in byLength {
      for span in occurrences(of: surface, in: article) where !taken.contains(where: { $0.overlaps(span) }) {
        taken.append(span)
        found[name, default: []].append(span)
      }
    }
    return forms.compactMap { name, _ in
      found[name].map { Entity(kind: kind, name: name, mentions: $0.sorted()) }
    }
  }

  static func people(_ forms: [(String, [String])], in article: Article) -> [Entity] {
    entities(.person, forms, in: article)
  }

  static func organizations(_ forms: [(String, [String])], in article: Article) -> [Entity] {
    entities(.organization, forms, in: article)
  }

  private static func occurrences(of surface: String, in article: Article) -> [TextSpan] {
    let needle = Array(surface.utf8)
    var spans: [TextSpan] = []
    for (index, paragraph) in article.paragraphs.enumerated() {
      let bytes = Array(paragraph.text.utf8)
      guard bytes.count >= needle.count, !needle.isEmpty else { continue }
      for start in 0...(bytes.count - needle.count) where Array(bytes[start..<(start + needle.count)]) == needle {
        let end = start + needle.count
        if isBoundary(bytes, start - 1) && isBoundary(bytes, end) {
          spans.append(TextSpan(paragraph: index, start: start, end: end))
        }
      }
    }
    return spans
  }

  /// ASCII letters and digits continue a word; anything else (space, punctuation,
  /// the bytes of ’ or ´) ends it.
  private static func isBoundary(_ bytes: [UInt8], _ index: Int) -> Bool {
    guard index >= 0, index < bytes.count else { return true }
    let byte = bytes[index]
    let isWordByte = (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    return !isWordByte
  }
}

/// A quote a test expects: its exact text, speaker and whether it is a fragment.
struct ExpectedQuote: CustomStringConvertible {
  var text: String
  var speaker: String?
  var fragment = false

  init(_ text: String, _ speaker: String?, fragment: Bool = false) {
    self.text = text
    self.speaker = speaker
    self.fragment = fragment
  }

  var description: String { "“\(text)” — \(speaker ?? "nobody")\(fragment ? " (fragment)" : "")" }
}
