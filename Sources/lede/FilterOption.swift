import ArgumentParser
import NewsCore

/// `--filter EXPR`, shared by list, analyze and xref.
struct FilterOption: ParsableArguments {
  @Option(name: .customLong("filter"), help: "Only articles matching a filter: person:\"Dmitry Peskov\" date:2018-09 -idlib ...")
  var text: String?

  /// The filter, or nil without one. Exits with status 2 and the column on a parse error.
  func expression() throws -> FilterExpression? {
    guard let text else { return nil }
    switch FilterQuery.parse(text) {
    case .success(let expression): return expression
    case .failure(let error):
      Console.error("invalid filter: \(error.description)")
      throw ExitCode(2)
    }
  }

  /// The articles of `report` the filter matches, in list order, with their analyses;
  /// all of them without a filter.
  func apply(to report: LoadReport) throws -> (articles: [Article], analyses: [ArticleAnalysis]) {
    let collection = AnalyzedCollection(articles: report.articles)
    guard let expression = try expression() else { return (collection.articles, collection.analyses) }
    let matched = FilterEvaluator(collection: collection).evaluate(expression)
    return (matched.map { collection.articles[$0] }, matched.map { collection.analyses[$0] })
  }
}
