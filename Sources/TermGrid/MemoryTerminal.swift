/// An in-memory terminal for tests: it keeps a screen grid, applies presented runs
/// to it exactly as a real terminal would, and replays scripted events.
public final class MemoryTerminal: TerminalBackend {
  public private(set) var size: Size
  public private(set) var screen: Grid
  public private(set) var palette = Palette(styles: [.plain])
  /// How many frames were presented, and how many cells they drew in all.
  public private(set) var presentCount = 0
  public private(set) var cellsDrawn = 0
  public private(set) var invalidateCount = 0
  private var events: [InputEvent]

  public init(size: Size, events: [InputEvent] = []) {
    self.size = size
    self.screen = Grid(size: size)
    self.events = events
  }

  /// Queues more events; `.resize` events also resize the screen when read.
  public func enqueue(_ more: [InputEvent]) { events.append(contentsOf: more) }

  public var pendingEventCount: Int { events.count }

  public func setPalette(_ palette: Palette) { self.palette = palette }

  public func present(_ runs: [CellRun]) {
    presentCount += 1
    for run in runs {
      for (offset, cell) in run.cells.enumerated() {
        let column = run.column + offset
        guard run.row < size.rows, column < size.columns else { continue }
        screen[run.row, column] = cell
        cellsDrawn += 1
      }
    }
  }

  public func invalidate() {
    invalidateCount += 1
    screen = Grid(size: size)
  }

  public func nextEvent(timeoutMilliseconds: Int?) -> InputEvent? {
    guard !events.isEmpty else { return nil }
    let event = events.removeFirst()
    if case .resize(let newSize) = event {
      size = newSize
      screen = Grid(size: newSize)
    }
    return event
  }

  /// The screen as text, one string per row.
  public func text() -> [String] { screen.lines() }
}
