import Foundation
import NewsCore
import Testing

@testable import NewsStore

/// The reader's in-memory BM25 (`FilterEvaluator.relevance`) against SQLite FTS5's
/// `bm25(10, 1)` that `lede search` ranks by, on the same generated articles.
@Suite struct RelevanceAgreementTests {
  static let queries = [
    "ceasefire", "talks summit", "\"debt relief\"", "minist*", "Kovacs", "\"foreign minister\" talks", "sanctions or talks",
    "brussels -summit",
  ]

  @Test func inMemoryScoresEqualTheFullTextIndex() throws {
    let folder = try TemporaryFolder()
    let articles = CorpusGenerator(seed: 3).generate(count: 400).enumerated().compactMap { offset, file -> Article? in
      let path = "/collection/" + file.fileName
      var article = try? ArticleParser.parse(
        bytes: Array(file.text.utf8), path: path, relativePath: file.fileName, id: file.fileName, modificationDate: nil
      ).get()
      article?.contentHash = UInt64(offset + 1)
      return article
    }
    let cache = try IndexCache(url: folder.file("relevance.sqlite"), roots: ["/collection"], version: "test")
    try cache.store(articles.map { CacheEntry(path: $0.path, stamp: FileStamp(size: 1, modified: 1), article: $0) })
    let evaluator = FilterEvaluator(collection: AnalyzedCollection(articles: articles))
    for query in Self.queries {
      let expression = try FilterQuery.parse(query).get()
      let found = evaluator.evaluate(expression)
      let scores = evaluator.relevance(of: found, for: expression)
      let ours = found.sorted {
        scores[$0] ?? 0 != scores[$1] ?? 0 ? scores[$0] ?? 0 > scores[$1] ?? 0 : articles[$0].path < articles[$1].path
      }
      guard !query.contains(" or "), !query.contains("-") else {
        #expect(!ours.isEmpty, "\(query)")
        continue
      }
      let hits = try cache.search(query, limit: 10_000)
      #expect(hits.map(\.path) == ours.map { articles[$0].path }, "\(query): the same articles in the same order")
      for hit in hits {
        guard let index = articles.firstIndex(where: { $0.path == hit.path }), let score = scores[index] else { continue }
        #expect(abs(hit.score - score) <= 1e-9 * max(1, abs(score)), "\(query) \(hit.path): \(hit.score) vs \(score)")
      }
    }
  }
}
