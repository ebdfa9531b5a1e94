import Foundation
import ReaderUI
import TestSupport
import Testing

/// docs/lede.1's KEYS section is generated from the key map; this keeps them equal.
@Suite struct ManualKeyTableTests {
  static let begin = ".\\\" keys:begin (generated from KeyMap.standard; UPDATE_DOCS=1 swift test rewrites it)\n"
  static let end = ".\\\" keys:end"

  @Test func manualListsEveryBinding() throws {
    let url = Fixtures.packageRoot.appendingPathComponent("docs/lede.1")
    let page = try String(contentsOf: url, encoding: .utf8)
    let expected = HelpContent.roff(for: .standard)
    guard let start = page.range(of: Self.begin), let stop = page.range(of: Self.end), start.upperBound <= stop.lowerBound else {
      Issue.record("docs/lede.1 lacks the key table markers")
      return
    }
    let current = String(page[start.upperBound..<stop.lowerBound])
    if current != expected, ProcessInfo.processInfo.environment["UPDATE_DOCS"] == "1" {
      try page.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: expected).write(
        to: url, atomically: true, encoding: .utf8)
      return
    }
    #expect(current == expected, "docs/lede.1's key table is out of date: run UPDATE_DOCS=1 swift test --filter ManualKeyTable")
  }
}
