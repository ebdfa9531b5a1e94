import Foundation
import NewsCore
import Testing

@testable import NewsStore

extension CollectionIndexerTests {
  @Test func listingBeforeTheOpenMatchesWhatTheOpenGives() throws {
    try writeCorpus(count: 80)
    #expect(indexer().listedCollection(paths: [articles.path]) == nil, "nothing cached yet")
    let opened = try indexer().open(paths: [articles.path]).collection
    let listed = try #require(indexer().listedCollection(paths: [articles.path]))
    let fields = { (article: Article) in
      [article.path, article.id, article.relativePath, article.title, article.date?.iso ?? "-", "\(article.byteCount)"]
    }
    #expect(listed.articles.map(fields) == opened.articles.map(fields), "same articles in the same order")
    #expect(listed.articles.allSatisfy { $0.paragraphs.isEmpty })
    #expect(listed.analyses.count == listed.articles.count)
    #expect(indexer(version: "other").listedCollection(paths: [articles.path]) == nil)
  }
}
