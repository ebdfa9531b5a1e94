import Foundation

/// Highlights as text to paste or process elsewhere.
public enum HighlightExport {
  /// One block per highlight, separated by a blank line:
  ///
  /// ```
  /// > We want an agreement this week.
  /// > — Anna Kovacs
  ///
  /// *Leaders meet in Vienna*, 2018-09-17, `/collection/001_summit.txt`
  ///
  /// Note: ask about the river
  /// ```
  ///
  /// The speaker line is left out when unknown, the date when unknown, the note line
  /// when there is no note. Empty input gives an empty string.
  public static func markdown(_ highlights: [Highlight]) -> String {
    highlights.map(markdownBlock).joined(separator: "\n")
  }

  /// One JSON object per line, keys sorted: `contentHash`, `created` (ISO 8601, UTC),
  /// `date`, `end`, `note`, `paragraph`, `path`, `quote`, `speaker`, `start`, `title`.
  /// Unknown values are `null`. Every line ends with a newline.
  public static func jsonLines(_ highlights: [Highlight]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var text = ""
    for highlight in highlights {
      guard let data = try? encoder.encode(Line(highlight)) else { continue }
      text += String(decoding: data, as: UTF8.self) + "\n"
    }
    return text
  }

  private static func markdownBlock(_ highlight: Highlight) -> String {
    var lines = [">" + (highlight.quote.isEmpty ? "" : " " + highlight.quote)]
    if let speaker = highlight.speaker, !speaker.isEmpty { lines.append("> — \(speaker)") }
    lines.append("")
    var source = "*\(markdownEscaped(highlight.articleTitle))*"
    if let date = highlight.articleDate { source += ", \(date.iso)" }
    source += ", `\(highlight.path)`"
    lines.append(source)
    if let note = highlight.note, !note.isEmpty {
      lines.append("")
      lines.append("Note: \(note)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Escapes the characters that would end or nest the title's emphasis.
  private static func markdownEscaped(_ text: String) -> String {
    var escaped = ""
    for character in text {
      if character == "*" || character == "_" || character == "\\" { escaped.append("\\") }
      escaped.append(character)
    }
    return escaped
  }

  /// The JSON shape of one highlight. Optionals are encoded as `null`, not left out,
  /// so every line has the same keys.
  private struct Line: Encodable {
    var highlight: Highlight
    init(_ highlight: Highlight) { self.highlight = highlight }

    enum CodingKeys: String, CodingKey {
      case contentHash, created, date, end, note, paragraph, path, quote, speaker, start, title
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(highlight.contentHash, forKey: .contentHash)
      try container.encode(highlight.created.formatted(.iso8601), forKey: .created)
      try container.encode(highlight.articleDate?.iso, forKey: .date)
      try container.encode(highlight.span.end, forKey: .end)
      try container.encode(highlight.note, forKey: .note)
      try container.encode(highlight.span.paragraph, forKey: .paragraph)
      try container.encode(highlight.path, forKey: .path)
      try container.encode(highlight.quote, forKey: .quote)
      try container.encode(highlight.speaker, forKey: .speaker)
      try container.encode(highlight.span.start, forKey: .start)
      try container.encode(highlight.articleTitle, forKey: .title)
    }
  }
}
