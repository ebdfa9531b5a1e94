import Foundation
import Testing

/// The evaluation set in Tests/Fixtures/eval/ through the real loader and analyzer:
/// per-type precision and recall, quote coverage and speaker accuracy, with floors
/// so that a regression fails. `swift test --filter ExtractionEvaluation` prints the
/// table; LEDE_EVAL_DETAILS=1 adds every mistake per article.
@Suite struct ExtractionEvaluationTests {
  @Test func extractionMeetsTheFloors() throws {
    let result = try EvaluationResult.run()
    let details = ProcessInfo.processInfo.environment["LEDE_EVAL_DETAILS"] != nil
    print(result.report(details: details))
    #expect(result.notes.values.allSatisfy { $0 != ["not loaded"] }, "every gold article loads")
    #expect(result.people.precision >= 0.97)
    #expect(result.people.recall >= 0.95)
    #expect(result.organizations.precision >= 0.95)
    #expect(result.organizations.recall >= 0.90)
    #expect(result.places.precision >= 0.95)
    #expect(result.places.recall >= 0.93)
    #expect(result.quotes.precision >= 0.97)
    #expect(result.quotes.recall >= 0.97)
    #expect(result.quotes.speakerAccuracy >= 0.90)
    #expect(result.quotes.speakerPrecision >= 0.95)
  }
}
