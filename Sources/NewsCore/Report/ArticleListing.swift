/// The text forms of articles and load reports that `lede list`, `show` and
/// `check` print. Everything from a file passes through ``Sanitizer`` first.
public enum ArticleListing {
  /// Shown instead of a date when an article has none.
  public static let unknownDate = "----------"

  /// One line per article: ID (padded to the longest), date, title.
  public static func lines(_ articles: [Article]) -> [String] {
    let ids = articles.map { Sanitizer.displayString($0.id) }
    let width = ids.map(\.count).max() ?? 0
    return zip(articles, ids).map { article, id in
      let padding = String(repeating: " ", count: width - id.count)
      return "\(id)\(padding)  \(article.date?.iso ?? unknownDate)  \(Sanitizer.displayString(article.title))"
    }
  }

  /// The article as a JSON object with keys in a fixed order: id, path, date,
  /// date_source, title, headline, paragraphs, words, warnings.
  public static func json(_ article: Article) -> JSONValue {
    .object([
      ("id", .string(article.id)),
      ("path", .string(article.path)),
      ("date", article.date.map { .string($0.iso) } ?? .null),
      ("date_source", .string(article.dateSource.rawValue)),
      ("title", .string(article.title)),
      ("headline", .bool(article.titleIsHeadline)),
      ("paragraphs", .int(article.paragraphs.count)),
      ("words", .int(article.wordCount)),
      ("warnings", .array(article.warnings.map { .string($0.summary) })),
    ])
  }

  /// The cleaned article: title and date lines, then the paragraphs (subheadings as
  /// `- Text -`), separated by blank lines.
  public static func plainText(_ article: Article) -> String {
    var date = article.date?.iso ?? "date unknown"
    if article.dateSource == .file { date += " (file date)" }
    var blocks = [article.title + "\n" + date]
    for paragraph in article.paragraphs {
      switch paragraph.kind {
      case .headline: continue
      case .subheading: blocks.append("- \(paragraph.text) -")
      case .body: blocks.append(paragraph.text)
      }
    }
    return Sanitizer.sanitize(blocks.joined(separator: "\n\n")) + "\n"
  }

  /// `lede check`: a line per refused file and per repaired article, then a summary.
  public static func checkLines(_ report: LoadReport) -> [String] {
    var lines = report.refused.map { "refused   \(Sanitizer.displayString($0.path)): \($0.reason)" }
    for article in report.repaired {
      let warnings = article.warnings.map(\.summary).joined(separator: "; ")
      lines.append("repaired  \(Sanitizer.displayString(article.path)): \(warnings)")
    }
    lines.append(summary(report))
    return lines
  }

  /// "12 articles loaded (2 repaired), 1 file refused".
  public static func summary(_ report: LoadReport) -> String {
    func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
    return "\(plural(report.articles.count, "article")) loaded (\(report.repaired.count) repaired), "
      + "\(plural(report.refused.count, "file")) refused"
  }
}

extension LoadReport {
  /// The article a user means by `name`: its ID, its relative path with or
  /// without extension, or its path.
  public func article(named name: String) -> Article? {
    articles.first { $0.id == name }
      ?? articles.first { $0.relativePath == name || $0.path == name }
      ?? articles.first { Array($0.relativePath.utf8).removingExtension == Array(name.utf8) }
  }
}
