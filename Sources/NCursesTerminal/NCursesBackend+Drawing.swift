import CNCurses
import TermGrid

extension NCursesBackend {
  /// Draws the runs into curses's screen buffer and flushes the changes with one
  /// `doupdate`. Continuation cells are skipped (the wide character before them
  /// already took both columns); a wide character that would not fit before the
  /// right edge becomes a space.
  public func present(_ runs: [CellRun]) {
    guard screen != nil else { return }
    let window = lede_stdscr()
    let rows = Int(getmaxy(window))
    let columns = Int(getmaxx(window))
    var buffer: [wchar_t] = []
    buffer.reserveCapacity(columns * 2)
    for run in runs where run.row >= 0 && run.row < rows {
      draw(run, in: window, columns: columns, buffer: &buffer)
    }
    _ = wnoutrefresh(window)
    _ = doupdate()
  }

  /// Writes a run as segments of equal style and contiguous columns: one attribute
  /// change and one `mvwaddnwstr` per segment. Writing the bottom-right cell
  /// returns ERR but draws, so results are ignored.
  private func draw(_ run: CellRun, in window: UnsafeMutablePointer<WINDOW>?, columns: Int, buffer: inout [wchar_t]) {
    var column = run.column
    var segmentStart = column
    var segmentEnd = column
    var segmentStyle: StyleID? = nil
    for cell in run.cells {
      // A run holds one cell per column, continuation cells included.
      defer { column += 1 }
      if cell.isContinuation || column < 0 { continue }
      if column >= columns { break }
      if segmentStyle != cell.style || segmentEnd != column {
        flush(&buffer, at: (run.row, segmentStart), style: segmentStyle, in: window)
        segmentStart = column
        segmentStyle = cell.style
      }
      if column + Int(cell.width) <= columns {
        Self.appendScalars(of: cell.text, to: &buffer)
        segmentEnd = column + Int(cell.width)
      } else {
        buffer.append(0x20)
        segmentEnd = column + 1
      }
    }
    flush(&buffer, at: (run.row, segmentStart), style: segmentStyle, in: window)
  }

  private func flush(
    _ buffer: inout [wchar_t], at position: (row: Int, column: Int), style: StyleID?, in window: UnsafeMutablePointer<WINDOW>?
  ) {
    guard let style, !buffer.isEmpty else { return }
    let look = Int(style) < styles.count ? styles[Int(style)] : CursesStyle(attributes: [], pair: 0)
    _ = wattr_set(window, Self.cursesAttributes(look.attributes), look.pair, nil)
    _ = mvwaddnwstr(window, Int32(position.row), Int32(position.column), buffer, Int32(buffer.count))
    buffer.removeAll(keepingCapacity: true)
  }

  /// The cell's scalars as `wchar_t`, with control characters replaced and the
  /// emoji variation selector dropped, so curses never expands or moves anything.
  static func appendScalars(of text: String, to buffer: inout [wchar_t]) {
    var appended = false
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value == 0xFE0F { continue }
      let isControl = value < 0x20 || (value >= 0x7F && value < 0xA0)
      buffer.append(wchar_t(bitPattern: isControl ? 0xFFFD : value))
      appended = true
    }
    if !appended { buffer.append(0x20) }
  }

  static func cursesAttributes(_ attributes: Attributes) -> attr_t {
    var result = lede_attr_normal()
    if attributes.contains(.bold) { result |= lede_attr_bold() }
    if attributes.contains(.dim) { result |= lede_attr_dim() }
    if attributes.contains(.underline) { result |= lede_attr_underline() }
    if attributes.contains(.reverse) { result |= lede_attr_reverse() }
    if attributes.contains(.italic) { result |= lede_attr_italic() }
    return result
  }
}
