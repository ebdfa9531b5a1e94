import Foundation
import ReaderUI
import Settings
import TestSupport
import Testing

/// docs/lede.1's SETTINGS section names every setting the default file has.
@Suite struct ManualSettingsTests {
  /// `name` of every `# name = value` line of the default file that is no command.
  static var settingNames: [String] {
    let commands = Set(Command.allCases.map(\.name))
    return LedeSettings.defaultFileText().split(separator: "\n").compactMap { line -> String? in
      guard line.hasPrefix("# "), let equals = line.range(of: " = ") else { return nil }
      let name = String(line.dropFirst(2)[..<equals.lowerBound])
      guard name.allSatisfy({ $0.isLowercase || $0 == "-" }), !commands.contains(name) else { return nil }
      return name
    }
  }

  @Test func manualNamesEverySetting() throws {
    let page = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("docs/lede.1"), encoding: .utf8)
    let names = Self.settingNames
    #expect(names.count > 30, "top-level, colour and layout settings")
    for name in names {
      let escaped = name.replacingOccurrences(of: "-", with: "\\-")
      #expect(page.contains("\\fB" + escaped) || page.contains(".B " + escaped), "docs/lede.1 names \(name) in bold")
    }
    for table in ["[keys.global]", "[keys.list]", "[keys.text]", "[keys.sidebar]", "[keys.help]", "[colours]", "[layout]"] {
      #expect(page.contains(table))
    }
  }
}
