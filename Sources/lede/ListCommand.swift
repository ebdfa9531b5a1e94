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

  @Flag(help: "Print JSON Lines: id, path, date, date_source, title, headline, paragraphs, words, warnings.")
  var json = false

  func run() throws {
    let report = loading.load(paths, showProgress: false)
    if json {
      for article in report.articles { print(ArticleListing.json(article).text) }
    } else {
      for line in ArticleListing.lines(report.articles) { print(line) }
    }
    try Console.reportRefused(report)
  }
}
