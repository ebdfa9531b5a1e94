import Foundation
import NewsCore
import TestSupport
import Testing

/// Filters the fuzzer found whose printed form did not parse back to themselves.
@Suite struct FilterRoundTripRegressionTests {
  @Test(arguments: ["filter-print-roundtrip", "filter-print-roundtrip-2"])
  func fuzzedFilterPrintsBackToItself(name: String) throws {
    let url = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/fuzz/\(name)")
    let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    switch FilterQuery.parse(text) {
    case .failure(let error):
      #expect(!error.description.isEmpty, "a refused filter says why")
    case .success(let parsed):
      let printed = parsed.description
      #expect((try? FilterQuery.parse(printed).get()) == parsed, "printed: \(printed.debugDescription)")
      #expect(!printed.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "no control characters")
    }
  }

  @Test(arguments: ["date:0694", "date:0694-09-01..2018-09-30", "date:0001-01", "date:..0999-12-31"])
  func earlyYearsKeepFourDigits(filter: String) throws {
    let parsed = try FilterQuery.parse(filter).get()
    #expect(parsed.description == filter)
    #expect(try FilterQuery.parse(parsed.description).get() == parsed)
  }

  @Test func controlCharactersSeparateWords() throws {
    let parsed = try FilterQuery.parse("putin\u{07}sochi\u{0}\u{9B}talks").get()
    #expect(parsed == (try FilterQuery.parse("putin sochi talks").get()))
  }
}
