import Foundation
import NewsCore
import ReaderUI
import TermGrid

/// Keypress to frame: reduce one key, render the whole screen, diff it against the
/// previous frame. Prints the median and 99th percentile per frame.
enum FrameBenchmarks {
  static func all() -> [Benchmark] {
    let size = Size(columns: 200, rows: 60)
    let corpus = CorpusGenerator(seed: 7).generate(count: 2_000)
    // The first article is long (twelve generated bodies), so the text pane scrolls.
    let longBody = corpus.prefix(12).map { $0.text.split(separator: "\n", maxSplits: 1).last.map(String.init) ?? "" }
    let long = (fileName: "0000_long.txt", text: " date 2030-01-01 A long article\n\n" + longBody.joined(separator: "\n\n"))
    let articles = ([long] + corpus).compactMap { name, text in
      try? ArticleParser.parse(bytes: Array(text.utf8), path: name, relativePath: name, id: name, modificationDate: nil).get()
    }
    return [
      frames("frame 200x60: j in the list", size: size, articles: articles, focus: .list, key: .character("j")),
      frames("frame 200x60: j in the text", size: size, articles: articles, focus: .text, key: .character("j")),
      frames("frame 200x60: full redraw (no diff base)", size: size, articles: articles, focus: .list, key: nil),
    ]
  }

  /// - Parameter collection: an analysed collection to use instead of analysing `articles`.
  static func frames(
    _ name: String, size: Size, articles: [Article], collection: AnalyzedCollection? = nil, focus: PaneID, key: Key?
  ) -> Benchmark {
    Benchmark(
      name: name,
      body: {
        _ = DisplayWidth.prepareLocale()
        var state =
          collection.map { AppState(collectionName: "bench", collection: $0, viewport: size) }
          ?? AppState(collectionName: "bench", articles: articles, viewport: size)
        if focus == .text { _ = reduce(&state, .command(.open)) }
        var previous: Grid? = render(state)
        var times: [Double] = []
        let count = 1_000
        times.reserveCapacity(count)
        var cells = 0
        for step in 0..<count {
          let start = DispatchTime.now().uptimeNanoseconds
          if let key {
            if step % 40 == 39 { _ = reduce(&state, .command(.moveToTop)) }
            _ = reduce(&state, action(for: key, in: state))
          }
          let frame = render(state)
          let runs = FrameDiff.runs(from: key == nil ? nil : previous, to: frame)
          cells += runs.reduce(0) { $0 + $1.cells.count }
          previous = frame
          times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        times.sort()
        let median = times[times.count / 2]
        let p99 = times[times.count * 99 / 100]
        print(String(format: "  %@: median %.3f ms, p99 %.3f ms, %d cells changed per frame", name, median, p99, cells / count))
        return Benchmark.Work(items: count, itemName: "frames")
      }, iterations: 1)
  }
}
