import Foundation
import ReaderUI
import TestSupport
import Testing

/// README.md's key table is generated from the key map; this keeps them equal.
/// `UPDATE_DOCS=1 swift test --filter ReadmeKeyTable` rewrites the README section.
@Suite struct ReadmeKeyTableTests {
  static let begin = "<!-- keys:begin (generated from KeyMap.standard; UPDATE_DOCS=1 swift test rewrites it) -->"
  static let end = "<!-- keys:end -->"

  @Test func readmeListsEveryBinding() throws {
    let url = Fixtures.packageRoot.appendingPathComponent("README.md")
    let readme = try String(contentsOf: url, encoding: .utf8)
    let expected = HelpContent.markdown(for: .standard)
    guard let start = readme.range(of: Self.begin), let stop = readme.range(of: Self.end), start.upperBound <= stop.lowerBound
    else {
      Issue.record("README.md lacks the key table markers")
      return
    }
    let current = String(readme[start.upperBound..<stop.lowerBound])
    if current != expected, ProcessInfo.processInfo.environment["UPDATE_DOCS"] == "1" {
      let updated = readme.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: expected)
      try updated.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    #expect(current == expected, "README.md's key table is out of date: run UPDATE_DOCS=1 swift test --filter ReadmeKeyTable")
  }
}
