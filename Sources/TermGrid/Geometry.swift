/// A size in terminal cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
  public var columns: Int
  public var rows: Int

  public init(columns: Int, rows: Int) {
    self.columns = max(0, columns)
    self.rows = max(0, rows)
  }

  public var description: String { "\(columns)x\(rows)" }
}

/// A rectangle of cells: origin at the top left, rows grow downwards.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
  public var column: Int
  public var row: Int
  public var columns: Int
  public var rows: Int

  public init(column: Int, row: Int, columns: Int, rows: Int) {
    self.column = column
    self.row = row
    self.columns = max(0, columns)
    self.rows = max(0, rows)
  }

  public init(origin: (column: Int, row: Int) = (0, 0), size: Size) {
    self.init(column: origin.column, row: origin.row, columns: size.columns, rows: size.rows)
  }

  public var isEmpty: Bool { columns == 0 || rows == 0 }
  public var maxColumn: Int { column + columns }
  public var maxRow: Int { row + rows }
  public var description: String { "(\(column),\(row) \(columns)x\(rows))" }

  /// The rectangle shrunk by `amount` cells on every side (never negative).
  public func inset(by amount: Int) -> Rect {
    Rect(column: column + amount, row: row + amount, columns: columns - 2 * amount, rows: rows - 2 * amount)
  }

  /// Splits off the first `count` rows: (top, rest).
  public func splitRows(at count: Int) -> (Rect, Rect) {
    let top = min(max(0, count), rows)
    return (
      Rect(column: column, row: row, columns: columns, rows: top),
      Rect(column: column, row: row + top, columns: columns, rows: rows - top)
    )
  }

  /// Splits off the first `count` columns: (left, rest).
  public func splitColumns(at count: Int) -> (Rect, Rect) {
    let left = min(max(0, count), columns)
    return (
      Rect(column: column, row: row, columns: left, rows: rows),
      Rect(column: column + left, row: row, columns: columns - left, rows: rows)
    )
  }
}
