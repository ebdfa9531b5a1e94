import ArgumentParser
import NewsCore

/// `lede quotes PATH... [--speaker NAME] [--json]`.
struct QuotesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quotes",
    abstract: "List the quotations in articles, with who said them."
  )

  @Argument(help: "Article files or folders (walked recursively).", completion: .file())
  var paths: [String]

  @Option(help: "Only quotes attributed to this person or organisation (a full name or a surname).")
  var speaker: String?

  @Flag(name: .customLong("include-fragments"), help: "Also list short scare quotes (fragments).")
  var includeFragments = false

  @Flag(help: "Print JSON Lines: one object per quote with its article.")
  var json = false

  @OptionGroup var loading: LoadingOptions

  func run() throws {
    let report = loading.load(paths, showProgress: false)
    let analyses = ArticleAnalyzer.analyzeAll(report.articles)
    let wanted = speaker.map { NameNormalizer.key($0) }
    for (article, analysis) in zip(report.articles, analyses) {
      for quote in analysis.quotes where includeFragments || !quote.isFragment || speaker != nil {
        if let wanted {
          guard let name = quote.speaker, SpeakerFilter.matches(name, wanted) else { continue }
        }
        if json {
          guard case .object(let members) = AnalysisReport.quote(article, quote) else { continue }
          let head: [(key: String, value: JSONValue)] = [("id", .string(article.id)), ("path", .string(article.path))]
          print(JSONValue.object(head + members).text)
        } else {
          let who = quote.speaker ?? "unattributed"
          print(CrossReferenceReport.fields([article.id, who, "“\(quote.text)”"]))
        }
      }
    }
    try Console.reportRefused(report)
  }
}

/// Matches a speaker name against a wanted name: the whole normalised name, or
/// its last word ("Peskov" finds "Dmitry Peskov").
enum SpeakerFilter {
  static func matches(_ name: String, _ wanted: String) -> Bool {
    let key = NameNormalizer.key(name)
    return key == wanted || key.split(separator: " ").last.map(String.init) == wanted
  }
}
