/// Everything lede extracts from one article, in one call: people, places,
/// organisations, dates and events (``EntityExtractor``), then quotations
/// attributed to those people and organisations (``QuoteExtractor``).
public enum ArticleAnalyzer {
  /// Pure and deterministic; safe to call from several threads at once.
  public static func analyze(_ article: Article) -> ArticleAnalysis {
    var analysis = EntityExtractor.analyze(article)
    analysis.quotes = QuoteExtractor.extract(
      from: article, people: analysis.people, organizations: analysis.organizations)
    return analysis
  }
}
