/// The seam between lede and a terminal: finished cells go in, events come out.
///
/// Two conformers: the ncurses backend (NCursesTerminal) and ``MemoryTerminal``
/// for tests. A backend knows nothing of articles, panes or commands.
public protocol TerminalBackend: AnyObject {
  /// The current size in cells.
  var size: Size { get }

  /// The styles that `Cell.style` indexes. Set before the first ``present(_:)``.
  func setPalette(_ palette: Palette)

  /// Draws the runs and flushes them to the screen.
  func present(_ runs: [CellRun])

  /// Forgets what is on the screen: the next ``present(_:)`` must be a full frame,
  /// drawn from scratch (Ctrl-L, or after the screen was disturbed).
  func invalidate()

  /// Waits up to `timeoutMilliseconds` (nil: forever) for the next event.
  /// Returns nil on timeout.
  func nextEvent(timeoutMilliseconds: Int?) -> InputEvent?
}
