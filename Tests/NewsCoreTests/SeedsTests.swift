import NewsCore
import TestSupport
import Testing

@Suite struct SeedsTests {
  @Test func seedsLoad() throws {
    let report = ArticleLoader().load(paths: [Fixtures.seeds.path])
    #expect(report.isClean)
    #expect(report.articles.count == 2)
    let first = try #require(report.articles.first { $0.id == "000_c34a645ecb9f0efb" })
    #expect(first.titleIsHeadline)
    #expect(first.title == "Putin and Erdogan to hold talks on Syria´s rebel-held Idlib")
    #expect(first.paragraphs.filter { $0.kind == .subheading }.map(\.text) == ["Mass exodus fears"])
    #expect(first.dateline?.text == "Moscow")
    #expect(first.date == day)
    #expect(first.dateSource == .header)
    #expect(first.warnings.isEmpty)
    let second = try #require(report.articles.first { $0.id == "004_24aeacee75d83cc1" })
    #expect(!second.titleIsHeadline)
    #expect(second.title.hasPrefix("Moscow and Ankara must work out"))
    #expect(second.date == day)
    #expect(second.dateline == nil)
    #expect(second.paragraphs.allSatisfy { $0.kind == .body })
  }
}
