import Foundation
import NewsCore
import TestSupport
import Testing

/// Replays the fuzz inputs (`Fuzz/Inputs/`) and every input a fuzz target ever
/// crashed on (`Tests/Fixtures/fuzz/`) with the checks of the fuzz targets.
@Suite struct FuzzRegressionTests {
  static let folders = ["Fuzz/Inputs", "Tests/Fixtures/fuzz"]

  static var inputs: [String] {
    folders.flatMap { folder in
      let url = Fixtures.packageRoot.appendingPathComponent(folder)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
      return names.filter { $0 != "README.md" }.sorted().map { url.appendingPathComponent($0).path }
    }
  }

  @Test func thereAreInputs() { #expect(Self.inputs.count >= 5) }

  @Test(arguments: inputs)
  func inputKeepsTheInvariants(path: String) throws {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let (clean, _) = Sanitizer.sanitize(bytes)
    #expect(Sanitizer.isSafe(clean))
    #expect(Sanitizer.sanitize(clean).bytes == clean, "sanitizing is idempotent")
    if case .success(let filter) = FilterQuery.parse(String(decoding: bytes, as: UTF8.self)) {
      #expect(try FilterQuery.parse(filter.description).get() == filter, "a filter prints back to itself")
    }
    let parsed = ArticleParser.parse(
      bytes: bytes, path: path, relativePath: "input", id: "input", modificationDate: CalendarDate(daysSinceEpoch: 18_262))
    guard case .success(let article) = parsed else { return }
    #expect(Sanitizer.isSafe(Array(ArticleListing.plainText(article).utf8)))
    let analysis = ArticleAnalyzer.analyze(article)
    var spans = (analysis.people + analysis.places + analysis.organizations).flatMap(\.mentions)
    spans += analysis.dates.map(\.span) + analysis.events.map(\.span) + analysis.quotes.flatMap(\.spans)
    for span in spans {
      try #require(article.paragraphs.indices.contains(span.paragraph))
      #expect(span.end <= article.paragraphs[span.paragraph].text.utf8.count)
      #expect(article.sourceRange(of: span).upperBound <= bytes.count)
    }
  }
}
