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

extension ArticleAnalyzer {
  /// Analyzes every article on all cores; the result is in the same order.
  public static func analyzeAll(_ articles: [Article]) -> [ArticleAnalysis] {
    CrossReferenceIndex.ConcurrentMap.map(count: articles.count) { analyze(articles[$0]) }
  }
}

/// A collection's articles with their analyses and cross-reference index, built
/// once. A class so that copies of the reader's state share it; it never changes.
public final class AnalyzedCollection: Sendable {
  public let articles: [Article]
  public let analyses: [ArticleAnalysis]
  public let index: CrossReferenceIndex
  /// The same quote across articles, and every quote of a speaker.
  public let quotes: QuoteLinks

  public init(articles: [Article], analyses: [ArticleAnalysis]) {
    precondition(articles.count == analyses.count, "one analysis per article")
    self.articles = articles
    self.analyses = analyses
    self.index = CrossReferenceIndex.build(Array(zip(articles, analyses)).map { (article: $0.0, analysis: $0.1) })
    self.quotes = QuoteLinks.build(analyses)
  }

  /// Articles not analysed yet (such as the placeholders of a cached listing): each
  /// gets an empty analysis, so nothing is cross-referenced.
  public convenience init(unanalyzed articles: [Article]) {
    self.init(articles: articles, analyses: Array(repeating: ArticleAnalysis(), count: articles.count))
  }

  /// Analyzes and indexes the articles.
  public convenience init(articles: [Article]) {
    self.init(articles: articles, analyses: ArticleAnalyzer.analyzeAll(articles))
  }
}

extension AnalyzedCollection: Equatable {
  /// Identity: a collection is built once and never changes.
  public static func == (lhs: AnalyzedCollection, rhs: AnalyzedCollection) -> Bool { lhs === rhs }
}
