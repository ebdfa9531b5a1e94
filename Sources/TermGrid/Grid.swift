/// A rectangle of cells: what one frame of the application looks like.
///
/// Rendering builds a `Grid`; the run loop diffs it against the previous one and a
/// ``TerminalBackend`` draws the changed runs. Writes are clipped to the grid and to
/// the `limit` column the caller passes, by display columns, never by characters.
public struct Grid: Hashable, Sendable {
  public private(set) var size: Size
  public private(set) var cells: [Cell]

  /// A grid of blank cells.
  public init(size: Size, fill: Cell = .blank) {
    self.size = size
    self.cells = Array(repeating: fill, count: size.columns * size.rows)
  }

  public var bounds: Rect { Rect(size: size) }

  public subscript(row: Int, column: Int) -> Cell {
    get { cells[row * size.columns + column] }
    set { cells[row * size.columns + column] = newValue }
  }

  /// The cells of one row.
  public func row(_ row: Int) -> ArraySlice<Cell> {
    let start = row * size.columns
    return cells[start..<start + size.columns]
  }

  /// Fills a rectangle (clipped to the grid) with blanks in `style`.
  public mutating func fill(_ rect: Rect, style: StyleID) {
    let blank = Cell.blank(style)
    let rows = max(0, rect.row)..<min(size.rows, rect.maxRow)
    let columns = max(0, rect.column)..<min(size.columns, rect.maxColumn)
    guard !rows.isEmpty, !columns.isEmpty else { return }
    for row in rows {
      for column in columns { self[row, column] = blank }
      repairWideCharacters(row: row, columns: columns)
    }
  }

  /// Sets the style of existing cells in a rectangle, keeping their text.
  public mutating func restyle(_ rect: Rect, style: StyleID) {
    let rows = max(0, rect.row)..<min(size.rows, rect.maxRow)
    let columns = max(0, rect.column)..<min(size.columns, rect.maxColumn)
    for row in rows { for column in columns { self[row, column].style = style } }
  }

  /// Writes `text` on one row starting at `column`, stopping before `limit` (an
  /// exclusive column; defaults to the grid's width). Returns the column after the
  /// last cell written.
  ///
  /// Control characters become `�`-like placeholders, zero-width scalars join the
  /// previous cell, U+FE0F is dropped, and a wide character that does not fit
  /// before `limit` becomes a space, so nothing ever spills past the clip.
  @discardableResult
  public mutating func write<S: StringProtocol>(
    _ text: S, row: Int, column: Int, limit: Int? = nil, style: StyleID
  ) -> Int {
    let end = min(limit ?? size.columns, size.columns)
    guard row >= 0, row < size.rows else { return column }
    var x = column
    let firstColumn = column
    for scalar in text.unicodeScalars {
      if scalar.value == 0xFE0F { continue }
      var width = DisplayWidth.of(scalar)
      var glyph = scalar
      if width < 0 {
        glyph = scalar.value == 0x09 ? " " : "\u{FFFD}"
        width = 1
      }
      if width == 0 {
        appendZeroWidth(glyph, row: row, before: x, floor: firstColumn)
        continue
      }
      if x + width > end {
        if width == 2 && x < end && x >= 0 { self[row, x] = Cell(text: " ", style: style); x += 1 }
        break
      }
      if x >= 0 {
        clearOverlap(row: row, column: x, width: width)
        self[row, x] = Cell(text: String(Character(glyph)), width: UInt8(width), style: style)
        if width == 2 { self[row, x + 1] = Cell(text: "", width: 0, style: style) }
      }
      x += width
    }
    return x
  }

  /// Writes `text` and pads with blanks in `style` up to `limit`.
  public mutating func writePadded<S: StringProtocol>(
    _ text: S, row: Int, column: Int, limit: Int, style: StyleID
  ) {
    let next = write(text, row: row, column: column, limit: limit, style: style)
    if next < limit {
      fill(Rect(column: next, row: row, columns: limit - next, rows: 1), style: style)
    }
  }

  /// The grid as plain text, one string per row (continuation cells omitted).
  public func lines() -> [String] {
    (0..<size.rows).map { row in
      var line = ""
      for cell in self.row(row) where !cell.isContinuation { line += cell.text }
      return line
    }
  }

  private mutating func appendZeroWidth(_ scalar: Unicode.Scalar, row: Int, before x: Int, floor: Int) {
    var target = x - 1
    while target >= max(0, floor) && self[row, target].isContinuation { target -= 1 }
    guard target >= max(0, floor), target < size.columns else { return }
    self[row, target].text.unicodeScalars.append(scalar)
  }

  /// Writing over half of a wide character blanks its other half.
  private mutating func clearOverlap(row: Int, column: Int, width: Int) {
    if self[row, column].isContinuation, column > 0 {
      self[row, column - 1] = Cell.blank(self[row, column - 1].style)
    }
    let after = column + width
    if after < size.columns, self[row, after].isContinuation {
      self[row, after] = Cell.blank(self[row, after].style)
    }
  }

  private mutating func repairWideCharacters(row: Int, columns: Range<Int>) {
    if columns.lowerBound > 0, self[row, columns.lowerBound - 1].width == 2 {
      self[row, columns.lowerBound - 1] = Cell.blank(self[row, columns.lowerBound - 1].style)
    }
    if columns.upperBound < size.columns, self[row, columns.upperBound].isContinuation {
      self[row, columns.upperBound] = Cell.blank(self[row, columns.upperBound].style)
    }
  }
}
