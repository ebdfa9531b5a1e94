import ArgumentParser
import NewsCore

/// `lede analyze PATH... [--json]`.
struct AnalyzeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "analyze",
    abstract: "Print the people, places, organisations, dates, events and quotes of each article."
  )

  @Argument(help: "Article files or folders (walked recursively).", completion: .file())
  var paths: [String]

  @Flag(help: "Print JSON Lines, one object per article; spans are UTF-8 byte offsets in the file.")
  var json = false

  @OptionGroup var loading: LoadingOptions

  @OptionGroup var filter: FilterOption

  func run() throws {
    let report = loading.load(paths, showProgress: false)
    let (articles, analyses) =
      filter.text == nil ? (report.articles, ArticleAnalyzer.analyzeAll(report.articles)) : try filter.apply(to: report)
    for (article, analysis) in zip(articles, analyses) {
      print(json ? AnalysisReport.json(article, analysis).text : AnalysisReport.text(article, analysis) + "\n")
    }
    try Console.reportRefused(report)
  }
}

/// `lede xref PATH... [--json]`.
struct XrefCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "xref",
    abstract: "List the people, places, organisations and events that two or more articles share."
  )

  @Argument(help: "Article files or folders (walked recursively).", completion: .file())
  var paths: [String]

  @Flag(help: "Print JSON Lines: one object per shared entity or event, with its articles.")
  var json = false

  @Option(help: "Only what at least this many articles share.")
  var minimum = 2

  @OptionGroup var loading: LoadingOptions

  @OptionGroup var filter: FilterOption

  func run() throws {
    let report = loading.load(paths, showProgress: false)
    let collection: AnalyzedCollection
    if filter.text == nil {
      collection = AnalyzedCollection(articles: report.articles)
    } else {
      let (articles, analyses) = try filter.apply(to: report)
      collection = AnalyzedCollection(articles: articles, analyses: analyses)
    }
    let overlap = collection.index.sharedAcrossCollection(minimumArticles: max(2, minimum))
    for line in CrossReferenceReport.lines(overlap, articles: collection.articles, json: json) { print(line) }
    try Console.reportRefused(report)
  }
}

/// `lede related ID --in PATH... [--json]`.
struct RelatedCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "related",
    abstract: "Rank the articles related to one: shared people, events, names, words and dates."
  )

  @Argument(help: "The article's ID, file name or path.")
  var article: String

  @Option(name: .customLong("in"), parsing: .upToNextOption, help: "Files and folders to search (default: the current folder).")
  var paths: [String] = []

  @Option(help: "How many to list.")
  var limit = 10

  @Flag(help: "Print JSON Lines, one object per related article.")
  var json = false

  @OptionGroup var loading: LoadingOptions

  func run() throws {
    let report = loading.load(paths.isEmpty ? ["."] : paths, showProgress: false)
    guard let found = report.article(named: article), let index = report.articles.firstIndex(of: found) else {
      Console.error("no article \(Sanitizer.displayString(article)) in \(paths.isEmpty ? "." : paths.joined(separator: " "))")
      throw ExitCode(1)
    }
    let collection = AnalyzedCollection(articles: report.articles)
    let related = collection.index.related(to: index, limit: max(0, limit))
    for line in CrossReferenceReport.related(related, articles: report.articles, json: json) { print(line) }
  }
}
