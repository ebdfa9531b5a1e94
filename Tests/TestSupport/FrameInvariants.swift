import ReaderUI
import TermGrid

/// What every rendered frame must satisfy, whatever the state: the grid is the
/// viewport's size, no cell holds a control character, and wide characters are
/// whole (a width-2 cell followed by its continuation, on the same row).
public enum FrameInvariants {
  /// Descriptions of what is wrong with `grid`; empty when it is sound.
  public static func violations(in grid: Grid, viewport: Size) -> [String] {
    var found: [String] = []
    if grid.size != viewport { found.append("grid is \(grid.size), viewport \(viewport)") }
    if grid.cells.count != grid.size.columns * grid.size.rows { found.append("cell count \(grid.cells.count)") }
    for row in 0..<grid.size.rows {
      var previousWide = false
      for column in 0..<grid.size.columns {
        let cell = grid[row, column]
        if cell.text.unicodeScalars.contains(where: isControl) {
          found.append("control character at \(row),\(column): \(cell.text.unicodeScalars.map { $0.value })")
        }
        if cell.isContinuation != previousWide { found.append("broken wide character at \(row),\(column)") }
        previousWide = cell.width == 2
        if cell.width > 2 { found.append("cell width \(cell.width) at \(row),\(column)") }
      }
      if previousWide { found.append("wide character cut at the end of row \(row)") }
      if found.count > 10 { break }
    }
    return found
  }

  /// C0 (tab and newline too: a cell is never one), DEL and C1.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }
}
