import ArgumentParser
import NewsStore

/// `lede highlights [--json | --markdown]`.
struct HighlightsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "highlights",
    abstract: "Export saved highlights: quote, speaker, article title, date, path, note."
  )

  @Flag(help: "Print JSON Lines, one object per highlight.")
  var json = false

  @Flag(help: "Print Markdown (the default).")
  var markdown = false

  func validate() throws {
    if json && markdown { throw ValidationError("Choose one of --json and --markdown.") }
  }

  func run() throws {
    let store: UserStore
    let highlights: [Highlight]
    do {
      store = try UserStore()
      highlights = try store.highlights()
    } catch {
      Console.error(error.description)
      throw ExitCode(1)
    }
    print(json ? HighlightExport.jsonLines(highlights) : HighlightExport.markdown(highlights), terminator: "")
  }
}
