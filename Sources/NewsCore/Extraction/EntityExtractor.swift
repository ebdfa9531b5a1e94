/// Extracts people, places, organisations, dates and events from an article with rules
/// and the shipped word lists (no model at run time).
///
/// Quotes are left empty: ``QuoteExtractor`` fills them.
/// Complexity: linear in the article's bytes, with small constant factors per token.
public enum EntityExtractor {
  /// Everything this extractor finds in `article`; every mention keeps its ``TextSpan``.
  public static func analyze(_ article: Article) -> ArticleAnalysis {
    let parsed = ParsedArticle(article)
    let names = NameFinder.find(in: parsed)
    let dates = DateExtractor(parsed).extract()
    let events = EventExtractor(parsed, names: names, dates: dates).extract()
    return ArticleAnalysis(
      people: names.table.entities(of: .person),
      places: names.table.entities(of: .place),
      organizations: names.table.entities(of: .organization),
      dates: dates.map(\.mention),
      events: events)
  }
}
