/// The tunable parts of ``Layout``: where the width thresholds lie, how wide the
/// side panes are, and which panes sit side by side. The settings file sets them.
public struct LayoutSettings: Equatable, Sendable {
  /// A pane's width: `percent` of the terminal's columns, kept within
  /// `minimum...maximum` columns.
  public struct PaneWidth: Equatable, Sendable {
    public var percent: Int
    public var minimum: Int
    public var maximum: Int

    public init(percent: Int, minimum: Int, maximum: Int) {
      self.percent = percent
      self.minimum = minimum
      self.maximum = maximum
    }

    /// The width for a terminal `total` columns wide (the maximum wins over the minimum).
    public func columns(of total: Int) -> Int { min(maximum, max(minimum, total * percent / 100)) }
  }

  /// From this many columns, three panes sit side by side.
  public var threePaneMinimumColumns: Int
  /// From this many columns (and below the three-pane threshold), two.
  public var twoPaneMinimumColumns: Int
  /// The list's width with three panes.
  public var listWidth: PaneWidth
  /// The sidebar's width with three panes (and beside the text when the list is hidden).
  public var sidebarWidth: PaneWidth
  /// The list's width with two panes.
  public var twoPaneListWidth: PaneWidth
  /// The panes shown side by side when there is room; always includes the text.
  /// A pane left out still opens, in place of the text, while it has the focus.
  public var panes: Set<PaneID>

  public init(
    threePaneMinimumColumns: Int, twoPaneMinimumColumns: Int, listWidth: PaneWidth, sidebarWidth: PaneWidth,
    twoPaneListWidth: PaneWidth, panes: Set<PaneID>
  ) {
    self.threePaneMinimumColumns = threePaneMinimumColumns
    self.twoPaneMinimumColumns = twoPaneMinimumColumns
    self.listWidth = listWidth
    self.sidebarWidth = sidebarWidth
    self.twoPaneListWidth = twoPaneListWidth
    self.panes = panes.union([.text])
  }

  /// Three panes from 120 columns, two from 60.
  public static let standard = LayoutSettings(
    threePaneMinimumColumns: 120, twoPaneMinimumColumns: 60,
    listWidth: PaneWidth(percent: 28, minimum: 34, maximum: 56),
    sidebarWidth: PaneWidth(percent: 22, minimum: 30, maximum: 48),
    twoPaneListWidth: PaneWidth(percent: 36, minimum: 26, maximum: 40),
    panes: Set(PaneID.allCases))
}
