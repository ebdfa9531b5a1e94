import NewsCore
import ReaderUI
import TermGrid
import TestSupport
import Testing

/// Mouse events through the in-memory terminal and the run loop. At 120x12 the
/// three panes are list (columns 0-33), text (35-89) and sidebar (91-119); rows
/// are the title bar (0), pane titles (1), content (2-10) and the status line (11).
@Suite struct MouseTests {
  init() { DisplayWidth.prepareLocale() }

  static let size = Size(columns: 120, rows: 12)

  func run(_ events: [InputEvent], from start: AppState? = nil) -> (AppState, MemoryTerminal) {
    var state = start ?? AppState(collectionName: "sample", articles: SampleArticles.collection, viewport: Self.size)
    let terminal = MemoryTerminal(size: Self.size, events: events)
    #expect(RunLoop(theme: .colour).run(&state, on: terminal) == .endOfInput)
    #expect(terminal.text() == render(state).lines(), "the screen shows the last frame")
    return (state, terminal)
  }

  func press(_ column: Int, _ row: Int) -> InputEvent { .mouse(MouseEvent(.press, column: column, row: row)) }

  @Test func clickingAListRowSelectsAndShowsIt() {
    let (state, terminal) = run([press(10, 4), .mouse(MouseEvent(.release, column: 10, row: 4))])
    #expect(state.list.selected == 2)
    #expect(state.reader.layout.articleID == "003_wide")
    #expect(state.focus == .list)
    #expect(terminal.text()[11].hasPrefix(" Articles 3/3 "))
  }

  @Test func clickingAPaneFocusesIt() {
    let (text, _) = run([press(60, 6)])
    #expect(text.focus == .text)
    #expect(text.list.selected == 0, "a click in the text leaves the list alone")
    let (title, _) = run([press(60, 6), press(100, 1)])
    #expect(title.focus == .sidebar, "the pane's title row focuses it too")
    let (separator, _) = run([press(34, 6), press(10, 0), press(10, 11)])
    #expect(separator.focus == .list, "the separator, title bar and status line are no pane")
  }

  @Test func clickingBelowTheLastListRowOnlyFocuses() {
    let (state, _) = run([press(60, 6), press(10, 9)])
    #expect(state.focus == .list)
    #expect(state.list.selected == 0)
  }

  @Test func clickingASidebarEntrySelectsIt() throws {
    let start = AppState(collectionName: "sample", articles: SampleArticles.collection, viewport: Self.size)
    let entries = start.sidebar.rows.indices.filter { start.sidebar.rows[$0].target != nil && $0 < 9 }
    let entry = try #require(entries.last, "the first article's sidebar has an entry on screen")
    let (state, terminal) = run([press(100, 2 + entry)], from: start)
    #expect(state.focus == .sidebar)
    #expect(state.sidebar.rows.indices.contains(state.sidebar.selected ?? -1))
    #expect(state.sidebar.rows[state.sidebar.selected ?? 0].target == start.sidebar.rows[entry].target)
    #expect(state.message != nil, "the status line says how many articles share it")
    #expect(terminal.text()[11].hasPrefix(" Sidebar "))
  }

  @Test func clickingASidebarRowWithoutEntryOnlyFocuses() throws {
    let start = AppState(collectionName: "sample", articles: SampleArticles.collection, viewport: Self.size)
    let plain = try #require(start.sidebar.rows.indices.first { start.sidebar.rows[$0].target == nil })
    let (state, _) = run([press(100, 2 + plain)], from: start)
    #expect(state.focus == .sidebar)
    #expect(state.sidebar.selected == nil)
  }

  @Test func wheelScrollsThePaneUnderThePointer() {
    let start = AppState(collectionName: "sample", articles: SampleArticles.collection, viewport: Self.size)
    let wheelDown = InputEvent.mouse(MouseEvent(.wheelDown, column: 60, row: 5))
    let (down, _) = run([wheelDown, wheelDown], from: start)
    let lastTop = max(0, start.reader.layout.lines.count - 9)
    #expect(lastTop > 3, "the first article is longer than the pane")
    #expect(down.reader.top == min(6, lastTop))
    #expect(down.focus == .list, "the wheel does not move the focus")
    let (up, _) = run([wheelDown, wheelDown, .mouse(MouseEvent(.wheelUp, column: 60, row: 5))], from: start)
    #expect(up.reader.top == min(6, lastTop) - 3)
  }

  @Test func wheelOverTheListScrollsWithoutMovingTheSelection() {
    let articles = (1...20).map { day in
      SampleArticles.article(
        id: "a\(day)", date: CalendarDate(year: 2018, month: 9, day: day), title: "Story \(day)", paragraphs: ["Text."])
    }
    let start = AppState(collectionName: "many", articles: articles, viewport: Self.size)
    let wheelDown = InputEvent.mouse(MouseEvent(.wheelDown, column: 5, row: 3))
    let (state, _) = run([wheelDown, wheelDown, wheelDown, wheelDown, wheelDown], from: start)
    #expect(state.list.top == 20 - 9, "five notches stop at the last page")
    #expect(state.list.selected == 0)
    #expect(state.focus == .list)
  }

  @Test func helpOverlayTakesTheWheelAndAClickOutsideClosesIt() {
    var start = AppState(collectionName: "sample", articles: SampleArticles.collection, viewport: Self.size)
    _ = reduce(&start, .command(.toggleHelp))
    let (scrolled, _) = run([.mouse(MouseEvent(.wheelDown, column: 60, row: 5))], from: start)
    #expect(scrolled.help?.top == 3)
    #expect(scrolled.reader.top == 0, "the text under the overlay stays put")
    let (inside, _) = run([press(60, 5)], from: start)
    #expect(inside.help != nil)
    #expect(inside.focus == .list)
    let (outside, _) = run([press(0, 11)], from: start)
    #expect(outside.help == nil)
  }

  @Test func theMouseWaitsWhileThePromptIsOpen() {
    var start = AppState(collectionName: "sample", articles: SampleArticles.collection, viewport: Self.size)
    _ = reduce(&start, .command(.find))
    let (state, _) = run([press(10, 4), press(60, 6)], from: start)
    #expect(state.prompt != nil)
    #expect(state.list.selected == 0)
    #expect(state.focus == .list)
  }

  @Test func twoPaneModeFollowsTheFocus() {
    let size = Size(columns: 80, rows: 12)
    let start = AppState(collectionName: "sample", articles: SampleArticles.collection, viewport: size)
    var state = start
    let terminal = MemoryTerminal(size: size, events: [press(60, 5), .key(.tab), press(5, 3)])
    _ = RunLoop(theme: .colour).run(&state, on: terminal)
    #expect(state.focus == .list)
    #expect(state.list.selected == 1)
    #expect(state.layout.panes.map(\.0) == [.list, .text], "leaving the sidebar brings the text back")
  }
}
