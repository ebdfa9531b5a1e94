import Foundation
import NewsCore
import TestSupport
import Testing

/// A filter the fuzzer found whose printed form did not parse again.
@Suite struct FilterRoundTripRegressionTests {
  @Test func fuzzedFilterPrintsBackToItself() throws {
    let url = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/fuzz/filter-print-roundtrip")
    let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    let parsed = try FilterQuery.parse(text).get()
    let printed = parsed.description
    let again = FilterQuery.parse(printed)
    #expect((try? again.get()) == parsed, "printed: \(printed.debugDescription) → \(again)")
  }
}
