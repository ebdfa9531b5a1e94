import NewsCore
import ReaderUI
import TermGrid
import TestSupport
import Testing

@Suite struct RunLoopTests {
  init() { DisplayWidth.prepareLocale() }

  @Test func scriptedKeysDriveTheScreen() {
    let terminal = MemoryTerminal(
      size: Size(columns: 120, rows: 30),
      events: [.key(.character("j")), .key(.enter), .key(.character("q"))])
    var state = AppState(collectionName: "sample", articles: SampleArticles.collection, viewport: Size(columns: 120, rows: 30))
    let reason = RunLoop(theme: .colour).run(&state, on: terminal)
    #expect(reason == .quit)
    #expect(state.focus == .text)
    #expect(terminal.text() == render(state).lines(), "the screen shows the last frame")
    #expect(terminal.palette == Theme.colour.palette)
  }

  @Test func onlyChangedCellsAreRedrawn() {
    let terminal = MemoryTerminal(size: Size(columns: 120, rows: 30), events: [.key(.tab)])
    var state = AppState(collectionName: "sample", articles: SampleArticles.collection, viewport: Size(columns: 120, rows: 30))
    _ = RunLoop(theme: .colour).run(&state, on: terminal)
    #expect(terminal.presentCount == 2)
    #expect(terminal.cellsDrawn < 120 * 30 + 120 * 30 / 4, "the second frame only redraws pane titles and the status line")
  }

  @Test func resizeRedrawsAtTheNewSize() {
    let terminal = MemoryTerminal(
      size: Size(columns: 120, rows: 30), events: [.resize(Size(columns: 70, rows: 20)), .key(.character("Q"))])
    var state = AppState(collectionName: "sample", articles: SampleArticles.collection, viewport: Size(columns: 120, rows: 30))
    _ = RunLoop(theme: .monochrome).run(&state, on: terminal)
    #expect(state.viewport == Size(columns: 70, rows: 20))
    #expect(terminal.text() == render(state).lines())
  }

  @Test func signalEndsTheLoop() {
    let terminal = MemoryTerminal(size: Size(columns: 80, rows: 24), events: [.signal(.hangup)])
    var state = AppState(collectionName: "sample", articles: SampleArticles.collection, viewport: Size(columns: 80, rows: 24))
    #expect(RunLoop(theme: .colour).run(&state, on: terminal) == .signal(.hangup))
  }

  @Test func endOfInputEndsTheLoop() {
    let terminal = MemoryTerminal(size: Size(columns: 80, rows: 24))
    var state = AppState(collectionName: "sample", articles: SampleArticles.collection, viewport: Size(columns: 80, rows: 24))
    #expect(RunLoop(theme: .colour).run(&state, on: terminal) == .endOfInput)
  }
}
