import NewsCore
import Testing

@Suite struct CorpusGeneratorTests {
  @Test func sameSeedSameCorpus() {
    let first = CorpusGenerator(seed: 1).generate(count: 20)
    let again = CorpusGenerator(seed: 1).generate(count: 20)
    let other = CorpusGenerator(seed: 2).generate(count: 20)
    #expect(first.map(\.text) == again.map(\.text))
    #expect(first.map(\.fileName) == again.map(\.fileName))
    #expect(first.map(\.text) != other.map(\.text))
    #expect(Set(first.map(\.fileName)).count == 20)
  }

  @Test func articlesParseLikeRealOnes() throws {
    let corpus = CorpusGenerator(seed: 7).generate(count: 200)
    var articles: [Article] = []
    for (name, text) in corpus {
      let article = try parsed(text)
      #expect(article.warnings.isEmpty, "\(name)")
      #expect(article.dateSource == .header)
      #expect((4...15).contains(article.bodyParagraphs.count), "\(name): \(article.bodyParagraphs.count)")
      articles.append(article)
    }
    let headlines = articles.filter(\.titleIsHeadline).count
    #expect(headlines > 80 && headlines < 160)
    #expect(articles.filter { $0.dateline != nil }.count > 30)
    #expect(articles.filter { $0.paragraphs.contains { $0.kind == .subheading } }.count > 30)
    // Stories are shared: many articles mention the same sentence about an event.
    let leadTitles = articles.filter { !$0.titleIsHeadline }.map(\.title)
    #expect(Set(leadTitles).count < leadTitles.count)
  }
}
