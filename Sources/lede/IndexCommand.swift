import ArgumentParser
import Foundation
import NewsCore
import NewsStore

/// `lede index PATH...`: builds or refreshes the collection's cache.
struct IndexCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "index",
    abstract: "Build or refresh the cache of a collection: articles, analyses and the full-text index.",
    discussion: "The cache lives under $XDG_CACHE_HOME/lede (or ~/.cache/lede). Only new and changed files are read."
  )

  @Argument(help: "Article files or folders (walked recursively).", completion: .file())
  var paths: [String]

  @OptionGroup var loading: LoadingOptions

  func run() throws {
    let meter = ProgressMeter(isTerminal: isatty(2) == 1)
    let indexer = CollectionIndexer(version: LedeVersion.string, loadOptions: loading.options())
    let result: (cache: IndexCache, articles: Int, refused: [ArticleLoadError], stats: IndexStats)
    do {
      result = try indexer.update(paths: paths, progress: meter.report)
    } catch {
      meter.finish()
      Console.error(error.description)
      throw ExitCode(1)
    }
    meter.finish()
    let stats = result.stats
    if let reason = stats.rebuildReason { Console.error("rebuilt the cache: \(reason)") }
    print(
      "\(result.articles) articles: \(stats.reused) from the cache, \(stats.read) read"
        + " (\(stats.analyzed) analysed, \(stats.unchangedContent) unchanged), \(stats.removed) removed;"
        + " \(String(format: "%.1f", stats.timings.values.reduce(0, +))) s; cache \(result.cache.url.path)")
    try Console.reportRefused(result.refused, loaded: result.articles)
  }
}

/// Indexing progress on standard error: a bar with articles per second and time left on a
/// terminal, a plain line every ten per cent otherwise.
final class ProgressMeter: @unchecked Sendable {
  private let isTerminal: Bool
  private let lock = NSLock()
  private let start = DispatchTime.now().uptimeNanoseconds
  private var lastDrawn: UInt64 = 0
  private var lastTenth = -1
  private var drewBar = false

  init(isTerminal: Bool) { self.isTerminal = isTerminal }

  @Sendable func report(_ progress: IndexProgress) {
    guard progress.phase == .analyzing, progress.total > 0 else { return }
    lock.withLock {
      let now = DispatchTime.now().uptimeNanoseconds
      let seconds = max(0.001, Double(now - start) / 1e9)
      let rate = Double(progress.done) / seconds
      if isTerminal {
        guard now - lastDrawn > 100_000_000 || progress.done == progress.total else { return }
        lastDrawn = now
        drewBar = true
        FileHandle.standardError.write(Data(("\r" + bar(progress, rate: rate) + "\u{1B}[K").utf8))
      } else {
        let tenth = progress.done * 10 / progress.total
        guard tenth > lastTenth else { return }
        lastTenth = tenth
        let line = "lede: indexed \(progress.done)/\(progress.total) articles, \(Int(rate)) articles/s\n"
        FileHandle.standardError.write(Data(line.utf8))
      }
    }
  }

  func finish() {
    lock.withLock {
      if drewBar { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
  }

  private func bar(_ progress: IndexProgress, rate: Double) -> String {
    let width = 30
    let filled = progress.done * width / progress.total
    let left = rate > 0 ? Int(Double(progress.total - progress.done) / rate) : 0
    return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
      + "\(progress.done)/\(progress.total) articles  \(Int(rate)) articles/s  "
      + String(format: "%d:%02d left", left / 60, left % 60)
  }
}
