import Foundation
import NewsCore

/// Extraction throughput: people, places, organisations, dates, events and quotes.
/// (The cross-reference build at 100,000 articles is part of CollectionBenchmarks' cold index.)
enum AnalysisBenchmarks {
  static func all(packageRoot: URL) -> [Benchmark] {
    let seeds = ArticleLoader().load(paths: [packageRoot.appendingPathComponent("seeds").path]).articles
    let generated = parse(CorpusGenerator(seed: 11).generate(count: 10_000))
    return [
      Benchmark(name: "analyze seeds/ (1 core)", body: { analyzeSerially(seeds) }, iterations: 20),
      Benchmark(name: "analyze 10,000 generated (1 core)", body: { analyzeSerially(generated) }, iterations: 1),
      Benchmark(
        name: "analyze 10,000 generated (all cores)",
        body: {
          _ = ArticleAnalyzer.analyzeAll(generated)
          return work(generated)
        }, iterations: 1),
    ]
  }

  static func parse(_ corpus: [(fileName: String, text: String)]) -> [Article] {
    corpus.compactMap { name, text in
      try? ArticleParser.parse(bytes: Array(text.utf8), path: name, relativePath: name, id: name, modificationDate: nil).get()
    }
  }

  static func analyzeSerially(_ articles: [Article]) -> Benchmark.Work {
    var mentions = 0
    for article in articles { mentions += ArticleAnalyzer.analyze(article).people.count }
    precondition(mentions >= 0)
    return work(articles)
  }

  static func work(_ articles: [Article]) -> Benchmark.Work {
    Benchmark.Work(items: articles.count, itemName: "articles", bytes: articles.reduce(0) { $0 + $1.byteCount })
  }
}
