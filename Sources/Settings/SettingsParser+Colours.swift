import ReaderUI
import TOMLKit
import TermGrid

extension SettingsParser {
  static let colourExpectation =
    "a colour name (default, black, red, green, yellow, blue, magenta, cyan, white, bright-black ... bright-white) "
    + "or a number from 0 to 255"

  /// `[colours]`: `role = { foreground = ..., background = ..., attributes = [...] }`.
  /// A wrong part is reported and left at the theme's value; the other parts apply.
  mutating func parseColours(_ value: any TOMLValueConvertible, at path: [String]) {
    guard let table = value.table else {
      expected(path, "a table of role = { foreground = ..., background = ..., attributes = [...] }", found: value)
      return
    }
    for (name, roleValue) in entries(of: table, at: path) {
      let rolePath = path + [name]
      guard let role = SettingNames.role(named: name) else {
        let roles = Role.allCases.map(SettingNames.name(of:)).joined(separator: ", ")
        report(rolePath, "unknown role '\(name)' in [\(path[0])]; expected one of: \(roles)")
        continue
      }
      guard let fields = roleValue.table else {
        expected(rolePath, "a table such as { foreground = \"yellow\", attributes = [\"bold\"] }", found: roleValue)
        continue
      }
      var override = settings.colours[role] ?? StyleOverride()
      for (field, fieldValue) in entries(of: fields, at: rolePath) {
        let fieldPath = rolePath + [field]
        switch field {
        case "foreground": override.foreground = parseColour(fieldValue, at: fieldPath) ?? override.foreground
        case "background": override.background = parseColour(fieldValue, at: fieldPath) ?? override.background
        case "attributes": override.attributes = parseAttributes(fieldValue, at: fieldPath) ?? override.attributes
        default:
          report(
            fieldPath,
            "unknown field '\(field)' in \(rolePath.joined(separator: ".")); expected foreground, background or attributes")
        }
      }
      if override != StyleOverride() { settings.colours[role] = override }
    }
  }

  private mutating func parseColour(_ value: any TOMLValueConvertible, at path: [String]) -> Color? {
    if let number = value.int, let index = UInt8(exactly: number) { return .indexed(index) }
    if let name = value.string, let colour = SettingNames.colour(named: name) { return colour }
    expected(path, Self.colourExpectation, found: value)
    return nil
  }

  private mutating func parseAttributes(_ value: any TOMLValueConvertible, at path: [String]) -> Attributes? {
    let known = SettingNames.attributes.map(\.name).joined(separator: ", ")
    guard let names = strings(value, at: path, expecting: "a list of attributes (\(known))") else { return nil }
    var attributes: Attributes = []
    for name in names {
      guard let attribute = SettingNames.attributes.first(where: { $0.name == name.lowercased() }) else {
        report(path, "unknown attribute '\(name)' in \(path.joined(separator: ".")); expected any of: \(known)")
        return nil
      }
      attributes.insert(attribute.value)
    }
    return attributes
  }
}
