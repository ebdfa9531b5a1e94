import ArgumentParser
import Foundation
import NewsCore
import NewsStore

/// `lede search QUERY --in PATH... [--json]`: full-text search over a collection's cache.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search the whole collection's text, best match first: words, \"phrases\" and prefix*.",
    discussion: "Refreshes the collection's cache first, as lede index does."
  )

  @Argument(help: "Words (all must occur), \"quoted phrases\" and prefix* terms.")
  var query: String

  @Option(name: .customLong("in"), parsing: .upToNextOption, help: "Files and folders to search (default: the current folder).")
  var paths: [String] = []

  @Option(help: "How many hits to list.")
  var limit = 50

  @Flag(help: "Print JSON Lines: id, path, date, title, score and the matched spans.")
  var json = false

  @OptionGroup var loading: LoadingOptions

  func run() throws {
    let meter = ProgressMeter(isTerminal: isatty(2) == 1)
    let indexer = CollectionIndexer(version: LedeVersion.string, loadOptions: loading.options())
    let hits: [SearchHit]
    let articles: [String: Article]
    do {
      let result = try indexer.update(paths: paths.isEmpty ? ["."] : paths, progress: meter.report)
      meter.finish()
      hits = try result.cache.search(query, limit: max(0, limit))
      articles = try result.cache.entries(paths: hits.map(\.path)).mapValues(\.article)
    } catch {
      meter.finish()
      Console.error(error.description)
      throw ExitCode(1)
    }
    for hit in hits {
      guard let article = articles[hit.path] else { continue }
      print(json ? Self.json(hit, article).text : Self.line(hit, article))
    }
  }

  static func line(_ hit: SearchHit, _ article: Article) -> String {
    CrossReferenceReport.fields([article.id, article.date?.iso ?? "-", String(format: "%.2f", hit.score), article.title])
  }

  static func json(_ hit: SearchHit, _ article: Article) -> JSONValue {
    .object([
      ("id", .string(article.id)), ("path", .string(article.path)),
      ("date", article.date.map { .string($0.iso) } ?? .null), ("title", .string(article.title)),
      ("score", .number(hit.score)),
      (
        "matches",
        .array(
          hit.spans.map { span in
            let range = article.sourceRange(of: span)
            return .object([
              ("paragraph", .int(span.paragraph)), ("start", .int(range.lowerBound)),
              ("end", .int(range.upperBound)), ("text", .string(String(article.text(of: span)))),
            ])
          })
      ),
    ])
  }
}
