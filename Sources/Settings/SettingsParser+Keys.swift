import ReaderUI
import TOMLKit
import TermGrid

extension SettingsParser {
  /// `[keys.SCOPE]` tables of `command = "key"` or `command = ["key", ...]`.
  mutating func parseKeys(_ value: any TOMLValueConvertible, at path: [String]) {
    guard let table = value.table else {
      expected(path, "tables of bindings such as [keys.list]", found: value)
      return
    }
    for (name, scopeValue) in entries(of: table, at: path) {
      let scopePath = path + [name]
      guard let scope = KeyScope(rawValue: name) else {
        let scopes = KeyScope.allCases.map(\.rawValue).joined(separator: ", ")
        report(scopePath, "unknown key table [keys.\(name)]; expected one of: \(scopes)")
        continue
      }
      guard let bindings = scopeValue.table else {
        expected(scopePath, "a table of command = keys", found: scopeValue)
        continue
      }
      parseBindings(bindings, in: scope, at: scopePath)
    }
  }

  /// Applies one scope's bindings in file order. The first entry to claim a key
  /// keeps it; a later entry claiming it too is reported and ignored.
  private mutating func parseBindings(_ table: TOMLTable, in scope: KeyScope, at path: [String]) {
    var claimed: [Key: (command: Command, line: Int?)] = [:]
    for (name, value) in entries(of: table, at: path) {
      let entryPath = path + [name]
      guard let command = Command(rawValue: name) else {
        let commands = Command.allCases.map(\.name).joined(separator: ", ")
        report(entryPath, "unknown command '\(name)' in [keys.\(scope.rawValue)]; expected one of: \(commands)")
        continue
      }
      guard let keys = parseKeyList(value, for: command, in: scope, at: entryPath) else { continue }
      if let key = keys.first(where: { claimed[$0] != nil }), let owner = claimed[key] {
        let ownerLine = owner.line.map { " (line \($0))" } ?? ""
        report(
          entryPath,
          "\(key.displayName) is bound to both \(owner.command.name)\(ownerLine) and \(command.name) in "
            + "[keys.\(scope.rawValue)]; \(command.name) keeps its default keys")
        continue
      }
      for key in keys { claimed[key] = (command, lines.line(of: entryPath)) }
      settings.keyMap.rebind(command, to: keys, in: scope)
    }
  }

  /// The keys of one entry, without repeats; nil (and reported) when any is wrong.
  private mutating func parseKeyList(
    _ value: any TOMLValueConvertible, for command: Command, in scope: KeyScope, at path: [String]
  ) -> [Key]? {
    guard let names = strings(value, at: path, expecting: "a key name or a list of key names, such as [\"j\", \"Down\"]")
    else { return nil }
    var keys: [Key] = []
    for name in names {
      guard let key = Key(displayName: name) else {
        report(
          path,
          "unknown key '\(name)' for \(command.name) in [keys.\(scope.rawValue)]; expected a key name such as "
            + "j, J, Ctrl-O, Space, Enter, Tab, Shift-Tab, Backspace, Esc, Up, PgDn, Home or F1")
        return nil
      }
      if let twin = Self.sameByte(as: key) {
        report(
          path, "\(key.displayName) reaches lede as \(twin.displayName) (terminals send the same byte); bind \(twin.displayName)")
        return nil
      }
      if !keys.contains(key) { keys.append(key) }
    }
    return keys
  }

  /// Ctrl-I, Ctrl-M and Ctrl-H arrive as Tab, Enter and Backspace.
  private static func sameByte(as key: Key) -> Key? {
    switch key {
    case .control("i"): return .tab
    case .control("m"): return .enter
    case .control("h"): return .backspace
    default: return nil
    }
  }
}
