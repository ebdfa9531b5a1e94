/// A horizontal run of cells to draw, starting at `row`, `column`.
public struct CellRun: Hashable, Sendable {
  public var row: Int
  public var column: Int
  public var cells: [Cell]

  public init(row: Int, column: Int, cells: [Cell]) {
    self.row = row
    self.column = column
    self.cells = cells
  }
}

/// Computes what changed between two frames.
public enum FrameDiff {
  /// The runs of cells that differ between `old` and `new`. With no old frame, or
  /// one of another size, every row is one run. A run never starts on the right
  /// half of a wide character: it is widened to include its left half.
  ///
  /// Complexity: O(rows x columns).
  public static func runs(from old: Grid?, to new: Grid) -> [CellRun] {
    let columns = new.size.columns
    guard let old, old.size == new.size else {
      return (0..<new.size.rows).map { CellRun(row: $0, column: 0, cells: Array(new.row($0))) }
    }
    var runs: [CellRun] = []
    for row in 0..<new.size.rows {
      let before = old.row(row)
      let after = new.row(row)
      if before == after { continue }
      var column = 0
      while column < columns {
        if before[before.startIndex + column] == after[after.startIndex + column] {
          column += 1
          continue
        }
        var start = column
        if after[after.startIndex + start].isContinuation && start > 0 { start -= 1 }
        var end = column + 1
        // Merge changes separated by a short unchanged gap: fewer cursor moves.
        var gap = 0
        while end + gap < columns && gap < 4 {
          if before[before.startIndex + end + gap] != after[after.startIndex + end + gap] {
            end += gap + 1
            gap = 0
          } else {
            gap += 1
          }
        }
        if end < columns && after[after.startIndex + end].isContinuation { end += 1 }
        runs.append(CellRun(row: row, column: start, cells: Array(after[(after.startIndex + start)..<(after.startIndex + end)])))
        column = end
      }
    }
    return runs
  }
}
