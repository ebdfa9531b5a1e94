import NewsCore

/// Invariants every fuzz target checks: a failure traps, so libFuzzer saves the input.
public enum FuzzChecks {
  /// The input as an array of bytes.
  public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
  }

  /// Parses bytes as a file named `fuzz.txt`, dated 2020-01-01 when it has no header.
  public static func parse(_ bytes: [UInt8]) -> Result<Article, ArticleLoadError> {
    ArticleParser.parse(
      bytes: bytes, path: "fuzz.txt", relativePath: "fuzz.txt", id: "fuzz",
      modificationDate: CalendarDate(daysSinceEpoch: 18_262))
  }

  /// Traps unless the article keeps its invariants: safe text everywhere, spans
  /// and source ranges inside the text and the file.
  public static func check(_ article: Article, fileSize: Int) {
    require(Sanitizer.isSafe(Array(article.title.utf8)), "title is unsafe")
    require(!article.paragraphs.isEmpty, "an article without paragraphs")
    for paragraph in article.paragraphs {
      let text = Array(paragraph.text.utf8)
      require(Sanitizer.isSafe(text), "paragraph text is unsafe")
      require(!text.contains(0x0A), "a newline inside a paragraph")
    }
    if let dateline = article.dateline { check(dateline.span, in: article, fileSize: fileSize) }
  }

  /// Traps unless a span lies inside its paragraph and maps inside the file.
  public static func check(_ span: TextSpan, in article: Article, fileSize: Int) {
    require(article.paragraphs.indices.contains(span.paragraph), "span paragraph out of range")
    let count = article.paragraphs[span.paragraph].text.utf8.count
    require(0 <= span.start && span.start <= span.end && span.end <= count, "span outside its paragraph")
    let range = article.sourceRange(of: span)
    require(0 <= range.lowerBound && range.upperBound <= fileSize, "source range outside the file")
  }

  public static func require(_ condition: Bool, _ message: StaticString) {
    if !condition { fatalError("\(message)") }
  }
}
