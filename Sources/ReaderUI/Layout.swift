import TermGrid

/// How many panes fit, from the terminal's width.
public enum LayoutMode: String, Sendable {
  case threePanes, twoPanes, onePane, tooSmall
}

/// Where everything goes on screen for one viewport size and focus.
///
/// The layout degrades by width: three panes from 120 columns, the list and one
/// other pane from 60, one pane at a time (Tab switches) below that, and a
/// "terminal too small" frame under 30x8. ``LayoutSettings`` moves the thresholds,
/// sets the widths and can leave panes out.
public struct Layout: Equatable, Sendable {
  public static let minimumSize = Size(columns: 30, rows: 8)

  public var mode: LayoutMode
  public var titleBar: Rect
  public var statusBar: Rect
  /// The panes on screen, left to right, each with its rectangle (title row
  /// included); separators sit in the single columns between them.
  public var panes: [(PaneID, Rect)]

  public static func == (lhs: Layout, rhs: Layout) -> Bool {
    lhs.mode == rhs.mode && lhs.titleBar == rhs.titleBar && lhs.statusBar == rhs.statusBar
      && lhs.panes.map(\.0) == rhs.panes.map(\.0) && lhs.panes.map(\.1) == rhs.panes.map(\.1)
  }

  public func rect(of pane: PaneID) -> Rect? { panes.first { $0.0 == pane }?.1 }

  /// The layout for a viewport. In two-pane mode the right pane is the sidebar
  /// while it has the focus and the text otherwise (the left one the list, or the
  /// text when the list is left out); in one-pane mode the focused pane fills the
  /// screen.
  public static func compute(size: Size, focus: PaneID, settings: LayoutSettings = .standard) -> Layout {
    let full = Rect(size: size)
    guard size.columns >= minimumSize.columns, size.rows >= minimumSize.rows else {
      return Layout(
        mode: .tooSmall, titleBar: Rect(size: Size(columns: 0, rows: 0)), statusBar: Rect(size: Size(columns: 0, rows: 0)),
        panes: [])
    }
    let (titleBar, rest) = full.splitRows(at: 1)
    let (body, statusBar) = rest.splitRows(at: rest.rows - 1)
    let shown = settings.panes
    if size.columns >= settings.threePaneMinimumColumns && shown.count == 3 {
      let listWidth = settings.listWidth.columns(of: size.columns)
      let sidebarWidth = settings.sidebarWidth.columns(of: size.columns)
      let (list, afterList) = body.splitColumns(at: listWidth)
      let (text, sidebar) = afterList.splitColumns(at: afterList.columns - sidebarWidth)
      return Layout(
        mode: .threePanes, titleBar: titleBar, statusBar: statusBar,
        panes: [(.list, list), (.text, shrinkLeft(text)), (.sidebar, shrinkLeft(sidebar))])
    }
    if size.columns >= settings.twoPaneMinimumColumns && shown.contains(.list) {
      let (list, right) = body.splitColumns(at: settings.twoPaneListWidth.columns(of: size.columns))
      let rightPane: PaneID = focus == .sidebar ? .sidebar : .text
      return Layout(
        mode: .twoPanes, titleBar: titleBar, statusBar: statusBar,
        panes: [(.list, list), (rightPane, shrinkLeft(right))])
    }
    if size.columns >= settings.twoPaneMinimumColumns && shown.contains(.sidebar) {
      let (left, sidebar) = body.splitColumns(at: body.columns - settings.sidebarWidth.columns(of: size.columns))
      let leftPane: PaneID = focus == .list ? .list : .text
      return Layout(
        mode: .twoPanes, titleBar: titleBar, statusBar: statusBar,
        panes: [(leftPane, left), (.sidebar, shrinkLeft(sidebar))])
    }
    return Layout(mode: .onePane, titleBar: titleBar, statusBar: statusBar, panes: [(focus, body)])
  }

  /// Leaves the first column for the separator.
  private static func shrinkLeft(_ rect: Rect) -> Rect {
    Rect(column: rect.column + 1, row: rect.row, columns: rect.columns - 1, rows: rect.rows)
  }
}
