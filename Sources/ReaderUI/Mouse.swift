import TermGrid

extension AppState {
  /// Rows one wheel notch scrolls.
  static let wheelRows = 3

  /// A click focuses the pane under the pointer and chooses the row there (a list
  /// row opens its article; a sidebar entry is selected as `j`/`k` would); the
  /// wheel scrolls the pane under the pointer without moving the focus. While the
  /// prompt is open the mouse does nothing; over the help overlay the wheel
  /// scrolls it and a click outside it closes it.
  mutating func applyMouse(_ event: MouseEvent) -> [Effect] {
    guard prompt == nil else { return [] }
    if help != nil { return applyMouseToHelp(event) }
    guard let (pane, rect) = layout.panes.first(where: { $0.1.contains(column: event.column, row: event.row) }) else {
      return []
    }
    switch event.kind {
    case .wheelUp: scroll(pane, by: -Self.wheelRows)
    case .wheelDown: scroll(pane, by: Self.wheelRows)
    case .press: click(pane, contentRow: event.row - rect.row - 1)
    case .release: break
    }
    return []
  }

  /// Scrolls a pane's view; the list keeps its selection.
  mutating func scroll(_ pane: PaneID, by delta: Int) {
    let visible = contentRows(of: pane)
    switch pane {
    case .list: list.top = clamp(list.top + delta, 0, max(0, list.rows.count - visible))
    case .text: scrollText(to: reader.top + delta)
    case .sidebar: sidebar.top = clamp(sidebar.top + delta, 0, max(0, sidebar.rows.count - visible))
    }
  }

  /// Focuses the pane; `contentRow` counts from the row under its title (-1 is
  /// the title itself).
  mutating func click(_ pane: PaneID, contentRow: Int) {
    message = nil
    focus = pane
    guard contentRow >= 0 else { return }
    switch pane {
    case .list:
      let row = list.top + contentRow
      if list.rows.indices.contains(row) { selectRow(row) }
    case .text: break
    case .sidebar: selectSidebarEntry(at: sidebar.top + contentRow)
    }
  }

  /// Selects the sidebar row if it has a target, through the same path as `j`/`k`
  /// (so the timeline unfolds and the status line says what is shared).
  mutating func selectSidebarEntry(at row: Int) {
    let selectable = sidebar.rows.indices.filter { sidebar.rows[$0].target != nil }
    guard let position = selectable.firstIndex(of: row) else { return }
    let current = sidebar.selected.flatMap { selectable.firstIndex(of: $0) } ?? -1
    if position != current { moveSidebar(by: position - current) }
  }

  private mutating func applyMouseToHelp(_ event: MouseEvent) -> [Effect] {
    switch event.kind {
    case .wheelUp, .wheelDown:
      for _ in 0..<Self.wheelRows { _ = applyHelp(event.kind == .wheelUp ? .moveUp : .moveDown) }
    case .press:
      if !HelpContent.frame(in: viewport).contains(column: event.column, row: event.row) { help = nil }
    case .release: break
    }
    return []
  }
}

extension Rect {
  func contains(column: Int, row: Int) -> Bool {
    column >= self.column && column < maxColumn && row >= self.row && row < maxRow
  }
}
