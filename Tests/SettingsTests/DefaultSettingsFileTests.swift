import ReaderUI
import Settings
import TermGrid
import Testing

@Suite struct DefaultSettingsFileTests {
  /// The default file with every `# name = value` line uncommented.
  static var uncommented: String {
    LedeSettings.defaultFileText().split(separator: "\n", omittingEmptySubsequences: false).map { line in
      guard line.hasPrefix("# "), let equals = line.range(of: " = "),
        line.dropFirst(2)[..<equals.lowerBound].allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" })
      else { return String(line) }
      return String(line.dropFirst(2))
    }.joined(separator: "\n")
  }

  @Test func defaultFileGivesTheDefaults() {
    let (settings, diagnostics) = LedeSettings.parse(LedeSettings.defaultFileText())
    #expect(diagnostics == [])
    #expect(settings == .standard)
  }

  @Test func everySettingUncommentedStillGivesTheDefaults() {
    let text = Self.uncommented
    #expect(text.split(separator: "\n").filter { $0.contains(" = ") && !$0.hasPrefix("#") }.count > 60)
    let (settings, diagnostics) = LedeSettings.parse(text)
    #expect(diagnostics == [])
    #expect(settings.keyMap == .standard)
    #expect(settings.theme(monochrome: false).palette == Theme.colour.palette)
    #expect(settings.layout == .standard)
    #expect(settings.defaultPath == ".")
    #expect(settings.sizeLimit == 16 << 20)
    #expect(settings.mouse == false)
  }

  @Test func defaultFileNamesEveryCommandRoleAndScope() {
    let text = LedeSettings.defaultFileText()
    for command in Command.allCases { #expect(text.contains("# \(command.name) = ["), "\(command.name)") }
    for scope in KeyScope.allCases { #expect(text.contains("[keys.\(scope.rawValue)]")) }
    for name in ["person = {", "title-bar = {", "current-search-hit = {", "normal = {"] {
      #expect(text.contains("# " + name), "\(name)")
    }
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 100 }, "lines stay readable")
  }
}
