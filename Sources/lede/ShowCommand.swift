import ArgumentParser
import NewsCore

struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Print an article's cleaned text: title, date, then its paragraphs."
  )

  @Argument(help: "An article ID, or the path of an article file.")
  var article: String

  @OptionGroup var loading: LoadingOptions

  @Option(
    name: .customLong("in"), parsing: .upToNextOption,
    help: "Files or folders to look for the ID in (default: the current folder).")
  var paths: [String] = []

  func run() throws {
    let found: Article?
    if paths.isEmpty, Console.isFile(article) {
      let report = loading.load([article], showProgress: false)
      if let error = report.refused.first {
        Console.error("\(Sanitizer.displayString(error.path)): \(error.reason)")
        throw ExitCode(1)
      }
      found = report.articles.first
    } else {
      found = loading.load(paths.isEmpty ? ["."] : paths, showProgress: false).article(named: article)
    }
    guard let found else {
      let places = (paths.isEmpty ? ["."] : paths).map(Sanitizer.displayString).joined(separator: ", ")
      Console.error("no article '\(Sanitizer.displayString(article))' in \(places)")
      throw ExitCode(1)
    }
    print(ArticleListing.plainText(found), terminator: "")
  }
}
