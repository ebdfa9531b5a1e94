import Foundation
import NewsCore

/// Extraction throughput: ArticleAnalyzer on one core and on all cores.
enum AnalyzeBenchmarks {
  static func all() -> [Benchmark] {
    let articles = CorpusGenerator(seed: 31).generate(count: 3_000).compactMap { name, text in
      try? ArticleParser.parse(bytes: Array(text.utf8), path: name, relativePath: name, id: name, modificationDate: nil).get()
    }
    let bytes = articles.reduce(0) { $0 + $1.byteCount }
    return [
      Benchmark(
        name: "analyze 3,000 generated (1 core)",
        body: {
          for article in articles { _ = ArticleAnalyzer.analyze(article) }
          return Benchmark.Work(items: articles.count, itemName: "articles", bytes: bytes)
        }, iterations: 2),
      Benchmark(
        name: "analyze 3,000 generated (all cores)",
        body: {
          _ = ArticleAnalyzer.analyzeAll(articles)
          return Benchmark.Work(items: articles.count, itemName: "articles", bytes: bytes)
        }, iterations: 2),
    ]
  }
}
