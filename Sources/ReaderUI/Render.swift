import NewsCore
import TermGrid

/// Draws the whole screen for a state. Pure: the same state gives the same grid.
public func render(_ state: AppState) -> Grid {
  var grid = Grid(size: state.viewport)
  let layout = state.layout
  guard layout.mode != .tooSmall else {
    drawTooSmall(&grid, size: state.viewport)
    return grid
  }
  drawTitleBar(&grid, state: state, rect: layout.titleBar)
  for (index, (pane, rect)) in layout.panes.enumerated() {
    if index > 0 { drawSeparator(&grid, column: rect.column - 1, rows: rect.row..<rect.maxRow) }
    switch pane {
    case .list: ListPane.draw(&grid, state: state, rect: rect)
    case .text: TextPane.draw(&grid, state: state, rect: rect)
    case .sidebar: SidebarPane.draw(&grid, state: state, rect: rect)
    }
  }
  drawStatusBar(&grid, state: state, rect: layout.statusBar)
  if state.picker != nil { PickerOverlay.draw(&grid, state: state) }
  if state.help != nil { HelpOverlay.draw(&grid, state: state) }
  return grid
}

private func drawTooSmall(_ grid: inout Grid, size: Size) {
  let lines = ["Terminal too small", "\(size.columns)x\(size.rows), need \(Layout.minimumSize)", "q quits"]
  let top = max(0, (size.rows - lines.count) / 2)
  for (offset, line) in lines.enumerated() {
    let column = max(0, (size.columns - DisplayWidth.of(line)) / 2)
    grid.write(line, row: top + offset, column: column, style: (offset == 0 ? Role.warning : Role.normal).styleID)
  }
}

private func drawTitleBar(_ grid: inout Grid, state: AppState, rect: Rect) {
  let count = state.articles.count
  var left = " lede · \(state.collectionName) · \(count) article\(count == 1 ? "" : "s") · \(byteSize(state.collectionBytes))"
  if !state.refused.isEmpty { left += " · \(state.refused.count) not loaded" }
  grid.writePadded(left, row: rect.row, column: rect.column, limit: rect.maxColumn, style: Role.titleBar.styleID)
  let room = rect.columns - DisplayWidth.of(left) - 3
  let right = " " + breadcrumb(state, fitting: room) + " "
  let width = DisplayWidth.of(right)
  if width > 2 && width <= room + 2 {
    grid.write(right, row: rect.row, column: rect.maxColumn - width, style: Role.titleBar.styleID)
  }
}

/// The way here: the articles and filters of the last jumps, oldest first,
/// ending where the reader is now. Without jumps, the open article's ID.
func breadcrumb(_ state: AppState, fitting columns: Int) -> String {
  guard !state.history.back.isEmpty else { return state.openArticle?.id ?? "" }
  var crumbs: [String] = []
  var previousFilter: ListFilter?
  var previousArticle: Int?
  for location in state.history.back + [state.location] {
    if let filter = location.filter, filter != previousFilter { crumbs.append(truncated(filter.label, to: 22)) }
    if let article = location.article, article != previousArticle, state.articles.indices.contains(article) {
      crumbs.append(truncated(state.articles[article].title, to: 22))
    }
    previousFilter = location.filter
    previousArticle = location.article
  }
  var shown: [String] = []
  for crumb in crumbs.reversed() {
    if DisplayWidth.of(([crumb] + shown).joined(separator: " › ")) + 4 > columns { break }
    shown.insert(crumb, at: 0)
  }
  return (shown.count < crumbs.count ? "… › " : "") + shown.joined(separator: " › ")
}

private func drawSeparator(_ grid: inout Grid, column: Int, rows: Range<Int>) {
  for row in rows { grid.write("│", row: row, column: column, style: Role.border.styleID) }
}

private func drawStatusBar(_ grid: inout Grid, state: AppState, rect: Rect) {
  let row = rect.row
  if let prompt = state.prompt {
    let text: String
    let hint: String
    switch prompt.purpose {
    case .find:
      text = "/" + prompt.text
      hint = "  Enter: keep · Esc: cancel "
    case .highlightNote:
      text = "Note: " + prompt.text
      hint = "  Enter: save the highlight · Esc: cancel "
    case .search:
      text = "/" + prompt.text
      hint = "  words, \"phrases\", prefix* · Enter: search the collection "
    case .filter:
      text = ":" + prompt.text
      hint = "  Tab: complete a name · Up/Down: history · save NAME · Enter: filter "
    }
    grid.writePadded(text, row: row, column: rect.column, limit: rect.maxColumn, style: Role.prompt.styleID)
    let width = DisplayWidth.of(hint)
    if DisplayWidth.of(text) + width < rect.columns {
      grid.write(hint, row: row, column: rect.maxColumn - width, style: Role.prompt.styleID)
    }
    return
  }
  let position: String
  switch state.focus {
  case .list: position = state.list.rows.isEmpty ? "0/0" : "\(state.list.selected + 1)/\(state.list.rows.count)"
  case .text: position = TextPane.positionLabel(state)
  case .sidebar: position = "\((state.sidebar.selected ?? state.sidebar.top) + 1)/\(max(1, state.sidebar.rows.count))"
  }
  let left = " \(state.focus.title) \(position) "
  grid.writePadded(left, row: row, column: rect.column, limit: rect.maxColumn, style: Role.statusBar.styleID)
  var next = rect.column + DisplayWidth.of(left)
  if let loading = state.loading {
    let count = loading.total > 0 ? " \(loading.done)/\(loading.total)" : ""
    next = grid.write(
      " \(loading.phase)\(count)… ", row: row, column: next, limit: rect.maxColumn, style: Role.statusMessage.styleID)
  }
  if let message = state.message {
    next = grid.write(
      " \(message.text) ", row: row, column: next, limit: rect.maxColumn,
      style: (message.isWarning ? Role.warning : Role.statusMessage).styleID)
  }
  let hints = " Tab pane · / find · ? help · q quit "
  let width = DisplayWidth.of(hints)
  if next + width <= rect.maxColumn {
    grid.write(hints, row: row, column: rect.maxColumn - width, style: Role.statusBar.styleID)
  }
}

/// Draws a pane's title row: focused panes stand out.
func drawPaneTitle(_ grid: inout Grid, title: String, detail: String, focused: Bool, rect: Rect) {
  let role: Role = focused ? .paneTitleFocused : .paneTitle
  grid.writePadded(" \(title)", row: rect.row, column: rect.column, limit: rect.maxColumn, style: role.styleID)
  let width = DisplayWidth.of(detail) + 1
  if DisplayWidth.of(title) + width + 2 <= rect.columns {
    grid.write(detail, row: rect.row, column: rect.maxColumn - width, style: role.styleID)
  }
}

/// "812 B", "5.3 KB", "12.0 MB".
func byteSize(_ bytes: Int) -> String {
  if bytes < 1000 { return "\(bytes) B" }
  let units = ["KB", "MB", "GB", "TB"]
  var value = Double(bytes) / 1000
  var unit = 0
  while value >= 1000 && unit < units.count - 1 {
    value /= 1000
    unit += 1
  }
  let tenths = Int((value * 10).rounded())
  return "\(tenths / 10).\(tenths % 10) \(units[unit])"
}

/// Text cut to fit `columns`, ending in "…" when cut.
func truncated(_ text: String, to columns: Int) -> String {
  guard columns > 0 else { return "" }
  if DisplayWidth.of(text) <= columns { return text }
  let (prefix, _) = DisplayWidth.prefix(of: Substring(text), fitting: columns - 1)
  return prefix + "…"
}
