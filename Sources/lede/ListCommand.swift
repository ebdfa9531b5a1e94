import ArgumentParser
import NewsCore

struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the articles in files and folders, newest first."
  )

  @Argument(help: "Article files or folders (walked recursively).")
  var paths: [String]

  @OptionGroup var loading: LoadingOptions

  @OptionGroup var filter: FilterOption

  @Flag(help: "Print JSON Lines: id, path, date, date_source, title, headline, paragraphs, words, warnings.")
  var json = false

  func run() throws {
    let report = loading.load(paths, showProgress: false)
    let articles = filter.text == nil ? report.articles : try filter.apply(to: report).articles
    if json {
      for article in articles { print(ArticleListing.json(article).text) }
    } else {
      for line in ArticleListing.lines(articles) { print(line) }
    }
    try Console.reportRefused(report)
  }
}
