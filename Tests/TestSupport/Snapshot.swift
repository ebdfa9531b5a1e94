import Foundation
import ReaderUI
import TermGrid

/// Text snapshots of the screen: one line per row between `|` markers, followed,
/// where the row has styled cells other than pane separators, by a line of role
/// letters (see `Role.letter`).
public enum Snapshot {
  /// The grid as snapshot text.
  public static func text(of grid: Grid) -> String {
    var out = "size \(grid.size)\n"
    for row in 0..<grid.size.rows {
      var line = ""
      var roles = ""
      var styled = false
      for cell in grid.row(row) {
        let letter = Role(styleID: cell.style)?.letter ?? "?"
        if cell.style != Role.normal.styleID && cell.style != Role.border.styleID { styled = true }
        roles.append(letter)
        if !cell.isContinuation { line += cell.text }
      }
      let number = String(row + 1)
      out += String(repeating: " ", count: max(0, 3 - number.count)) + number + " |" + line + "|\n"
      if styled { out += "    " + roles + "\n" }
    }
    return out
  }

  /// Compares `grid` with the stored snapshot `name`. With RECORD_SNAPSHOTS=1 in
  /// the environment it writes the snapshot instead. Returns a failure message,
  /// or nil when it matches; a missing snapshot is a failure.
  public static func verify(_ grid: Grid, named name: String, directory: URL) -> String? {
    let file = directory.appendingPathComponent(name + ".txt")
    let actual = text(of: grid)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      do {
        try actual.write(to: file, atomically: true, encoding: .utf8)
      } catch {
        return "could not record \(file.path): \(error)"
      }
      return nil
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
      return "missing snapshot \(file.path): run with RECORD_SNAPSHOTS=1 to record it\n\(actual)"
    }
    guard expected != actual else { return nil }
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var diff = "snapshot \(name) differs:\n"
    for index in 0..<max(expectedLines.count, actualLines.count) {
      let old = index < expectedLines.count ? String(expectedLines[index]) : "<none>"
      let new = index < actualLines.count ? String(actualLines[index]) : "<none>"
      if old != new { diff += "- \(old)\n+ \(new)\n" }
    }
    return diff
  }
}
