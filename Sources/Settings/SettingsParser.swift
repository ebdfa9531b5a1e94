import Foundation
import ReaderUI
import TOMLKit

/// Walks a parsed settings file, applying each good entry to ``settings`` and
/// reporting each bad one (which keeps its default).
struct SettingsParser {
  let file: String
  let lines: SourceLines
  var settings = LedeSettings.standard
  var diagnostics: [SettingsDiagnostic] = []

  static let topLevelKeys = ["default-path", "size-limit", "mouse", "keys", "colours", "layout"]

  init(file: String, lines: SourceLines) {
    self.file = file
    self.lines = lines
  }

  mutating func parse(_ root: TOMLTable) {
    for (key, value) in entries(of: root, at: []) {
      let path = [key]
      switch key {
      case "default-path":
        guard let text = value.string, !text.isEmpty else {
          expected(path, "a path in quotes, such as \"~/news\"", found: value)
          continue
        }
        settings.defaultPath = (text as NSString).expandingTildeInPath
      case "size-limit":
        guard let limit = value.int, limit > 0 else {
          expected(path, "a number of bytes greater than 0", found: value)
          continue
        }
        settings.sizeLimit = limit
      case "mouse":
        guard let mouse = value.bool else {
          expected(path, "true or false", found: value)
          continue
        }
        settings.mouse = mouse
      case "keys": parseKeys(value, at: path)
      case "colours", "colors": parseColours(value, at: path)
      case "layout": parseLayout(value, at: path)
      default:
        report(path, "unknown setting '\(key)'; expected one of: \(Self.topLevelKeys.joined(separator: ", "))")
      }
    }
  }

  // MARK: Helpers for the sections

  /// A table's entries in the order they appear in the file.
  func entries(of table: TOMLTable, at path: [String]) -> [(String, any TOMLValueConvertible)] {
    var result: [(key: String, value: any TOMLValueConvertible, line: Int)] = []
    for (key, value) in table { result.append((key, value, lines.line(of: path + [key]) ?? Int.max)) }
    return result.sorted { ($0.line, $0.key) < ($1.line, $1.key) }.map { ($0.key, $0.value) }
  }

  mutating func report(_ path: [String], _ message: String) {
    diagnostics.append(SettingsDiagnostic(file: file, line: lines.line(of: path), message: message))
  }

  /// "layout.two-pane-columns: expected a number of columns from 30 to 1000, found "wide"".
  mutating func expected(_ path: [String], _ what: String, found value: any TOMLValueConvertible) {
    report(path, "\(path.joined(separator: ".")): expected \(what), found \(Self.describe(value))")
  }

  /// A value as the user wrote it, or its kind for lists and tables.
  static func describe(_ value: any TOMLValueConvertible) -> String {
    switch value.type {
    case .string: return "\"\(value.string ?? "")\""
    case .int: return String(value.int ?? 0)
    case .double: return String(value.double ?? 0)
    case .bool: return value.bool == true ? "true" : "false"
    case .array: return "a list"
    case .table: return "a table"
    case .date, .time, .dateTime: return "a date or time"
    }
  }

  /// The strings of a string or a list of strings; nil (and reported) otherwise.
  mutating func strings(_ value: any TOMLValueConvertible, at path: [String], expecting what: String) -> [String]? {
    if let text = value.string { return [text] }
    guard let array = value.array else {
      expected(path, what, found: value)
      return nil
    }
    var texts: [String] = []
    for element in array {
      guard let text = element.string else {
        expected(path, what, found: element)
        return nil
      }
      texts.append(text)
    }
    return texts
  }
}
