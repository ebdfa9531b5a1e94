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

@Suite struct BackgroundLoadingTests {
  init() { DisplayWidth.prepareLocale() }

  @Test func theFirstFrameComesBeforeTheCollection() {
    let terminal = MemoryTerminal(size: Size(columns: 100, rows: 20), events: [.key(.character("j"))])
    var state = AppState(
      collectionName: "sample", collection: AnalyzedCollection(articles: []), viewport: Size(columns: 100, rows: 20))
    state.loading = LoadingState(phase: "Loading", done: 0, total: 0)
    let inbox = ActionInbox()
    inbox.post(.loadProgress(phase: "Loading", done: 2, total: 3))
    inbox.post(.collectionLoaded(AnalyzedCollection(articles: SampleArticles.collection), refused: []))
    inbox.finish()
    let reason = RunLoop(theme: .colour).run(&state, on: terminal, inbox: inbox)
    #expect(reason == .endOfInput)
    #expect(state.articles.count == 3)
    #expect(state.loading == nil)
    #expect(state.openArticle?.id == "002_lead", "the j typed while loading applies to the loaded list")
    #expect(terminal.presentCount >= 2, "a frame while loading, another once loaded")
    #expect(terminal.text().joined().contains("Leaders meet in Vienna"))
  }

  @Test func progressShowsInTheStatusLine() {
    var state = AppState(
      collectionName: "big", collection: AnalyzedCollection(articles: []), viewport: Size(columns: 100, rows: 20))
    _ = reduce(&state, .loadProgress(phase: "Loading", done: 1200, total: 10000))
    let status = render(state).lines().last ?? ""
    #expect(status.contains("Loading 1200/10000…"))
    #expect(render(state).lines()[2].contains("Loading…"))
  }
}
