import Foundation

/// Where each key of a TOML file sits. TOMLKit keeps no source positions, so the
/// text is scanned: table headers, `key = value` lines (dotted and quoted keys
/// included) and the keys of one-line inline tables. Good enough to point at a
/// line; a value spread over several lines is reported at its key's line.
struct SourceLines {
  private var lines: [[String]: Int] = [:]

  init(_ text: String) {
    var table: [String] = []
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      guard let first = line.first, first != "#" else { continue }
      if first == "[" {
        let inner = line.drop { $0 == "[" }.prefix { $0 != "]" }
        table = Self.keyPath(inner)
        record(table, line: index + 1)
        continue
      }
      guard let equals = line.firstIndex(of: "=") else { continue }
      let path = table + Self.keyPath(line[..<equals])
      record(path, line: index + 1)
      let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
      if value.hasPrefix("{") { recordInlineKeys(of: value.dropFirst(), under: path, line: index + 1) }
    }
  }

  /// The line of a key, or of its nearest enclosing key or table that has one.
  func line(of path: [String]) -> Int? {
    var path = path
    while !path.isEmpty {
      if let line = lines[path] { return line }
      path.removeLast()
    }
    return nil
  }

  private mutating func record(_ path: [String], line: Int) {
    if lines[path] == nil { lines[path] = line }
  }

  /// `a = 1, b = { c = 2 }`: records a and b (one level deep is all lede uses).
  private mutating func recordInlineKeys(of text: Substring, under path: [String], line: Int) {
    var depth = 0
    var inString = false
    var start = text.startIndex
    for index in text.indices {
      let character = text[index]
      if character == "\"" { inString.toggle() }
      guard !inString else { continue }
      switch character {
      case "{", "[": depth += 1
      case "}", "]": depth -= 1
      case ",": if depth == 0 { start = text.index(after: index) }
      case "=":
        if depth == 0 { record(path + Self.keyPath(text[start..<index]), line: line) }
      default: break
      }
    }
  }

  /// `keys.list`, `"move-down"`, `colours . person` as path components.
  static func keyPath(_ text: Substring) -> [String] {
    text.split(separator: ".").map {
      $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
    }
  }
}
