import Foundation
import Testing

/// The evaluation sets through the real loader and analyzer: per-type precision and
/// recall, quote coverage and speaker accuracy, with floors so that a regression fails.
/// `swift test --filter ExtractionEvaluation` prints the tables; LEDE_EVAL_DETAILS=1
/// adds every mistake per article. Tests/Fixtures/eval/ is the set the rules and lists
/// were tuned on; Tests/Fixtures/eval-holdout/ was written after, to see how they carry
/// over, and has lower floors.
@Suite struct ExtractionEvaluationTests {
  /// Lowest acceptable figures, in the order of the printed table.
  struct Floors: Sendable, CustomStringConvertible {
    var name: String
    var people: (precision: Double, recall: Double)
    var organizations: (precision: Double, recall: Double)
    var places: (precision: Double, recall: Double)
    var quotes: (precision: Double, recall: Double)
    var speakers: (accuracy: Double, precision: Double)
    var description: String { name }
  }

  static let floors: [Floors] = [
    Floors(
      name: "eval", people: (0.97, 0.95), organizations: (0.95, 0.90), places: (0.95, 0.93), quotes: (0.97, 0.97),
      speakers: (0.90, 0.95)),
    Floors(
      name: "eval-holdout", people: (0.95, 0.90), organizations: (0.90, 0.70), places: (0.90, 0.90),
      quotes: (0.95, 0.95), speakers: (0.85, 0.85)),
  ]

  @Test(arguments: floors)
  func extractionMeetsTheFloors(_ floors: Floors) throws {
    let result = try EvaluationResult.run(floors.name)
    print(result.report(floors.name, details: ProcessInfo.processInfo.environment["LEDE_EVAL_DETAILS"] != nil))
    #expect(result.notes.values.allSatisfy { $0 != ["not loaded"] }, "every gold article loads")
    #expect(result.people.precision >= floors.people.precision)
    #expect(result.people.recall >= floors.people.recall)
    #expect(result.organizations.precision >= floors.organizations.precision)
    #expect(result.organizations.recall >= floors.organizations.recall)
    #expect(result.places.precision >= floors.places.precision)
    #expect(result.places.recall >= floors.places.recall)
    #expect(result.quotes.precision >= floors.quotes.precision)
    #expect(result.quotes.recall >= floors.quotes.recall)
    #expect(result.quotes.speakerAccuracy >= floors.speakers.accuracy)
    #expect(result.quotes.speakerPrecision >= floors.speakers.precision)
  }
}
