import TermGrid

/// The help overlay's text, generated from the key table.
public enum HelpContent {
  public struct Line: Equatable, Sendable {
    public var keys: String
    public var text: String
    public var isHeading: Bool
  }

  /// Every scope with its bindings: keys, then the command's help line.
  public static func lines(for keyMap: KeyMap) -> [Line] {
    var lines: [Line] = []
    for scope in KeyScope.allCases {
      let bindings = keyMap.bindings.filter { $0.scope == scope }
      guard !bindings.isEmpty else { continue }
      if !lines.isEmpty { lines.append(Line(keys: "", text: "", isHeading: false)) }
      lines.append(Line(keys: "", text: scope.title, isHeading: true))
      for binding in bindings {
        lines.append(Line(keys: keyList(binding.keys), text: binding.command.help, isHeading: false))
      }
    }
    return lines
  }

  /// "j, Down".
  public static func keyList(_ keys: [Key]) -> String {
    keys.map(\.displayName).joined(separator: ", ")
  }

  /// Where the overlay sits for a viewport: centred, at most 72 columns.
  static func frame(in size: Size) -> Rect {
    let columns = min(72, size.columns - 2)
    let rows = max(3, size.rows - 4)
    return Rect(column: (size.columns - columns) / 2, row: 2, columns: columns, rows: rows)
  }
}

extension HelpContent {
  /// The key table as Markdown, one table per scope: what README.md shows between
  /// its `keys:begin` and `keys:end` markers (a test keeps them equal).
  public static func markdown(for keyMap: KeyMap) -> String {
    var out = ""
    for scope in KeyScope.allCases {
      let bindings = keyMap.bindings.filter { $0.scope == scope }
      guard !bindings.isEmpty else { continue }
      out += "\n**\(scope.title)**\n\n| Keys | Command | What it does |\n| --- | --- | --- |\n"
      for binding in bindings {
        let keys = binding.keys.map { "`\($0.displayName)`" }.joined(separator: ", ")
        out += "| \(keys) | `\(binding.command.name)` | \(binding.command.help) |\n"
      }
    }
    return out
  }
}

extension HelpContent {
  /// The key table as roff for the manual page, between its `keys:begin` and
  /// `keys:end` comments (a test keeps docs/lede.1 in sync).
  public static func roff(for keyMap: KeyMap) -> String {
    var out = ""
    for scope in KeyScope.allCases {
      let bindings = keyMap.bindings.filter { $0.scope == scope }
      guard !bindings.isEmpty else { continue }
      out += ".SS \(scope.title)\n"
      for binding in bindings {
        let keys = binding.keys.map { escapeRoff($0.displayName) }.joined(separator: ", ")
        out += ".TP\n.B \(keys)\n\(escapeRoff(binding.command.help)) (\\fI\(binding.command.name)\\fR).\n"
      }
    }
    return out
  }

  static func escapeRoff(_ text: String) -> String {
    var escaped = text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
    if escaped.hasPrefix(".") || escaped.hasPrefix("'") { escaped = "\\&" + escaped }
    return escaped
  }
}
