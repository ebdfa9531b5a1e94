import Foundation
import NewsCore
import NewsStore
import ReaderUI
import TermGrid

/// Collections of 1,000, 10,000 and 100,000 generated articles through the cache: cold index,
/// warm open to the first frame, peak memory, search and filter latency, keypress to frame.
///
/// Each size runs in child processes (this executable re-run with `collection cold|warm N
/// FOLDER CACHE`), so peak memory (VmHWM) is one run's own.
enum CollectionBenchmarks {
  static let sizes = [1_000, 10_000, 100_000]

  static func all(scratch: URL) -> [Benchmark] {
    sizes.map { count in
      let folder = scratch.appendingPathComponent("collection-\(count)")
      let cache = scratch.appendingPathComponent("cache-\(count)")
      return Benchmark(
        name: "collection of \(count) articles",
        setUp: { try write(count: count, to: folder) },
        body: {
          for phase in ["index", "cold", "warm"] {
            try runChild(["collection", phase, String(count), folder.path, cache.path])
          }
          return Benchmark.Work(items: count, itemName: "articles")
        }, iterations: 1)
    }
  }

  /// Writes the generated articles, a batch at a time (not timed).
  static func write(count: Int, to folder: URL) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let generator = CorpusGenerator(seed: 2018)
    let stories = max(1, count / generator.articlesPerStory)
    for index in 0..<count {
      let (name, text) = generator.article(at: index, storyCount: stories)
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
  }

  static func runChild(_ arguments: [String]) throws {
    let child = Process()
    child.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    child.arguments = arguments
    try child.run()
    child.waitUntilExit()
    if child.terminationStatus != 0 { throw BenchFailure(description: "child \(arguments) failed") }
  }

  /// The child's work: `index` updates an empty cache as `lede index` does (without keeping
  /// the collection); `cold` indexes into an empty cache and builds the collection, as the
  /// reader does; `warm` opens again and measures the first frame, searches, filters and
  /// keypresses.
  ///
  /// `write N FOLDER` only writes the generated articles, to reuse a folder across runs.
  static func child(_ arguments: [String]) throws {
    if arguments.count == 3, arguments[0] == "write", let count = Int(arguments[1]) {
      return try write(count: count, to: URL(fileURLWithPath: arguments[2]))
    }
    guard arguments.count == 4, let count = Int(arguments[1]) else { throw BenchFailure(description: "bad arguments") }
    let folder = arguments[2]
    let cacheDirectory = URL(fileURLWithPath: arguments[3])
    let indexer = CollectionIndexer(version: "bench", cacheDirectory: cacheDirectory)
    let diskBytes = folderSize(folder)
    if arguments[0] == "index" {
      try? FileManager.default.removeItem(at: cacheDirectory)
      let (seconds, result) = try timed { try indexer.update(paths: [folder]) }
      report(
        "\(count): lede index, cold (nothing kept)", seconds,
        extra: phases(result.stats) + ", \(Int(Double(count) / seconds)) articles/s")
    } else if arguments[0] == "cold" {
      try? FileManager.default.removeItem(at: cacheDirectory)
      let (seconds, result) = try timed { try indexer.open(paths: [folder]) }
      report("\(count): cold index", seconds, extra: phases(result.stats) + ", \(Int(Double(count) / seconds)) articles/s")
    } else {
      let collection = try warmOpen(indexer: indexer, folder: folder, count: count)
      try searches(collection, cache: try indexer.cache(for: [folder]), count: count)
      try FrameBenchmarks.frames(
        "\(count): keys in the list", size: Size(columns: 200, rows: 60), articles: [], collection: collection,
        focus: .list,
        key: .character("j")
      ).run()
      try FrameBenchmarks.frames(
        "\(count): keys in the text", size: Size(columns: 200, rows: 60), articles: [], collection: collection,
        focus: .text,
        key: .character("j")
      ).run()
    }
    let peak = peakMemory()
    print(
      String(
        format: "  %d %@: peak memory %.1f MB, collection on disk %.1f MB, ratio %.2f", count, arguments[0],
        Double(peak) / 1e6, Double(diskBytes) / 1e6, Double(peak) / Double(max(1, diskBytes))))
  }

  /// Opens in two phases as the reader does, timing each from the start: the cached
  /// listing rendered, then the full collection swapped in and rendered.
  static func warmOpen(indexer: CollectionIndexer, folder: String, count: Int) throws -> AnalyzedCollection {
    let start = DispatchTime.now().uptimeNanoseconds
    func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
    _ = DisplayWidth.prepareLocale()
    let listed = indexer.listedCollection(paths: [folder])
    let built = elapsed()
    var state = AppState(
      collectionName: "bench", collection: AnalyzedCollection(articles: []), viewport: Size(columns: 200, rows: 60))
    state.loading = LoadingState(phase: "Loading", done: 0, total: 0)
    if let listed { _ = reduce(&state, .listingLoaded(listed)) }
    _ = render(state)
    report(
      "\(count): warm open to first frame (list)", elapsed(),
      extra: String(format: "%d listed, listing read and placeholders built in %.2f s", state.articles.count, built))
    let result = try indexer.open(paths: [folder])
    _ = reduce(&state, .collectionLoaded(result.collection, refused: result.report.refused))
    _ = render(state)
    report(
      "\(count): warm open until fully loaded", elapsed(),
      extra: phases(result.stats) + ", \(result.stats.read) files read")
    return result.collection
  }

  static func searches(_ collection: AnalyzedCollection, cache: IndexCache, count: Int) throws {
    for query in ["ceasefire", "\"gas supplies\"", "negot*", "Kovacs Geneva"] {
      let (seconds, hits) = try timed { try cache.search(query, limit: 50) }
      report("\(count): FTS search \(query)", seconds, extra: "\(hits.count) hits")
    }
    let evaluator = FilterEvaluator(collection: collection)
    let name = evaluator.completions(prefix: "", kind: .person, limit: 1).first ?? "Anna Kovacs"
    for text in [
      "person:\"\(name)\"", "person:\(name.split(separator: " ").last ?? "")", "date:2018-09",
      "ceasefire (first: builds the word index)", "ceasefire", "\"gas supplies\" -place:Geneva",
    ] {
      let filter = text.replacingOccurrences(of: " (first: builds the word index)", with: "")
      guard case .success(let expression) = FilterQuery.parse(filter) else { continue }
      let (seconds, found) = timed { evaluator.evaluate(expression) }
      report("\(count): filter \(text)", seconds, extra: "\(found.count) articles")
    }
    // What `/` in the list does after finding the matches: rank them by BM25.
    for text in ["ceasefire", "\"gas supplies\"", "negot*"] {
      guard case .success(let expression) = FilterQuery.parse(text) else { continue }
      let found = evaluator.evaluate(expression)
      let (seconds, scores) = timed { evaluator.relevance(of: found, for: expression) }
      report("\(count): BM25 ranking of \(text)", seconds, extra: "\(scores.count) articles scored")
    }
  }

  static func phases(_ stats: IndexStats) -> String {
    stats.timings.sorted { $0.key < $1.key }.map { String(format: "%@ %.2f s", $0.key, $0.value) }.joined(separator: ", ")
  }

  static func report(_ name: String, _ seconds: Double, extra: String) {
    print("  \(name.padding(toLength: 44, withPad: " ", startingAt: 0)) \(String(format: "%10.3f ms", seconds * 1000))  \(extra)")
  }

  static func timed<T>(_ body: () throws -> T) rethrows -> (Double, T) {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = try body()
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, value)
  }

  /// VmHWM from /proc/self/status, in bytes.
  static func peakMemory() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) * 1024
    }
    return 0
  }

  static func folderSize(_ path: String) -> Int {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.reduce(0) { sum, name in
      let attributes = try? FileManager.default.attributesOfItem(atPath: path + "/" + name)
      return sum + ((attributes?[.size] as? NSNumber)?.intValue ?? 0)
    }
  }
}

struct BenchFailure: Error, CustomStringConvertible {
  var description: String
}
