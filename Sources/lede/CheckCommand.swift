import ArgumentParser
import NewsCore

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Report every file that was refused or repaired; exit 1 when any was refused."
  )

  @Argument(help: "Article files or folders (walked recursively).")
  var paths: [String]

  @OptionGroup var loading: LoadingOptions

  func run() throws {
    let report = loading.load(paths, showProgress: false)
    for line in ArticleListing.checkLines(report) { print(line) }
    if !report.isClean { throw ExitCode(1) }
  }
}
