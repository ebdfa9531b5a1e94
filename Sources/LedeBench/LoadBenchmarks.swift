import Foundation
import NewsCore

/// Loading: seeds/ and a generated folder of 10,000 articles.
enum LoadBenchmarks {
  static func all(packageRoot: URL, scratch: URL) -> [Benchmark] {
    let seeds = packageRoot.appendingPathComponent("seeds").path
    let generated = scratch.appendingPathComponent("generated-10000")
    let corpus = CorpusGenerator(seed: 2018).generate(count: 10_000)
    return [
      Benchmark(name: "load seeds/", body: { load(seeds) }, iterations: 20),
      Benchmark(
        name: "load 10,000 generated articles",
        setUp: { try write(corpus, to: generated) },
        body: { load(generated.path) }),
      Benchmark(
        name: "parse 10,000 generated (1 core)",
        body: {
          var bytes = 0
          for (name, text) in corpus {
            let data = Array(text.utf8)
            bytes += data.count
            _ = ArticleParser.parse(bytes: data, path: name, relativePath: name, id: name, modificationDate: nil)
          }
          return Benchmark.Work(items: corpus.count, itemName: "articles", bytes: bytes)
        }),
      Benchmark(
        name: "generate 10,000 articles",
        body: {
          let made = CorpusGenerator(seed: 99).generate(count: 10_000)
          return Benchmark.Work(items: made.count, itemName: "articles", bytes: made.reduce(0) { $0 + $1.text.utf8.count })
        }, iterations: 1),
    ]
  }

  static func load(_ path: String) -> Benchmark.Work {
    let report = ArticleLoader().load(paths: [path])
    let bytes = report.articles.reduce(0) { $0 + $1.byteCount }
    return Benchmark.Work(items: report.articles.count, itemName: "articles", bytes: bytes)
  }

  static func write(_ corpus: [(fileName: String, text: String)], to folder: URL) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, text) in corpus {
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
  }
}
