import NewsCore
import ReaderUI
import TermGrid
import TestSupport
import Testing

@Suite struct ReducerTests {
  init() { DisplayWidth.prepareLocale() }

  func state(_ size: Size = Size(columns: 120, rows: 40)) -> AppState {
    AppState(collectionName: "sample", articles: SampleArticles.collection, viewport: size)
  }

  func send(_ state: inout AppState, _ keys: Key...) -> [Effect] {
    var effects: [Effect] = []
    for key in keys { effects += reduce(&state, action(for: key, in: state)) }
    return effects
  }

  @Test func openingShowsTheFirstArticle() {
    let state = state()
    #expect(state.reader.articleIndex == 0)
    #expect(state.focus == .list)
    #expect(state.reader.layout.articleID == "001_summit")
  }

  @Test func movingInTheListUpdatesTheTextAtOnce() {
    var state = state()
    _ = send(&state, .character("j"))
    #expect(state.list.selected == 1)
    #expect(state.reader.articleIndex == 1)
    #expect(state.reader.top == 0)
    _ = send(&state, .character("G"))
    #expect(state.list.selected == 2)
    _ = send(&state, .down)
    #expect(state.list.selected == 2, "the selection stops at the last row")
    _ = send(&state, .character("g"))
    #expect(state.list.selected == 0)
  }

  @Test func enterOpensAndFocusesTheText() {
    var state = state()
    _ = send(&state, .character("j"), .enter)
    #expect(state.focus == .text)
    #expect(state.reader.articleIndex == 1)
  }

  @Test func tabCyclesEveryPane() {
    var state = state()
    var seen: [PaneID] = [state.focus]
    for _ in 0..<3 {
      _ = send(&state, .tab)
      seen.append(state.focus)
    }
    #expect(seen == [.list, .text, .sidebar, .list])
    _ = send(&state, .backTab)
    #expect(state.focus == .sidebar)
  }

  @Test func textScrollsAndClamps() {
    var state = state(Size(columns: 80, rows: 12))
    _ = send(&state, .tab, .character("j"), .character("j"))
    #expect(state.reader.top == 2)
    _ = send(&state, .character("G"))
    let bottom = state.reader.top
    #expect(bottom == state.reader.layout.lines.count - 9, "12 rows: title bar, status bar and pane title leave 9")
    _ = send(&state, .character(" "))
    #expect(state.reader.top == bottom)
    _ = send(&state, .character("g"))
    #expect(state.reader.top == 0)
  }

  @Test func findHighlightsAndStepsThroughMatches() {
    var state = state()
    _ = send(&state, .tab, .character("/"))
    #expect(state.prompt != nil)
    for character in "talks" { _ = send(&state, .character(character)) }
    #expect(state.find?.query == "talks")
    let matches = state.find?.matches ?? []
    #expect(matches.map(\.paragraph) == [0, 1, 3], "headline, body and subheading, ignoring case")
    _ = send(&state, .enter)
    #expect(state.prompt == nil)
    #expect(state.find?.current == 0)
    _ = send(&state, .character("n"), .character("n"))
    #expect(state.find?.current == 2)
    _ = send(&state, .character("n"))
    #expect(state.find?.current == 0, "n wraps around")
    _ = send(&state, .character("N"))
    #expect(state.find?.current == 2)
    #expect(state.message?.text == "Match 3 of 3 for “talks”")
  }

  @Test func escapeAtThePromptRestoresThePreviousFind() {
    var state = state()
    _ = send(&state, .tab, .character("/"), .character("V"), .enter)
    let before = state.find
    _ = send(&state, .character("/"), .character("x"), .character("y"), .escape)
    #expect(state.find == before)
    #expect(state.prompt == nil)
    _ = send(&state, .escape)
    #expect(state.find == nil)
  }

  @Test func findFollowsTheOpenArticle() {
    var state = state()
    _ = send(&state, .tab, .character("/"))
    for character in "commission" { _ = send(&state, .character(character)) }
    _ = send(&state, .enter)
    #expect(state.find?.matches.count == 1)
    _ = send(&state, .backTab, .character("j"))
    #expect(state.find?.matches.count == 2)
  }

  @Test func noMatchSaysSo() {
    var state = state()
    _ = send(&state, .tab, .character("/"), .character("z"), .character("q"), .enter)
    #expect(state.find?.matches.isEmpty == true)
    #expect(state.message?.isWarning == true)
  }

  @Test func helpOpensScrollsAndCloses() {
    var state = state(Size(columns: 80, rows: 12))
    _ = send(&state, .character("?"))
    #expect(state.help != nil)
    _ = send(&state, .character("j"))
    #expect(state.help?.top == 1)
    #expect(state.list.selected == 0, "keys go to the overlay while it is open")
    _ = send(&state, .character("q"))
    #expect(state.help == nil)
    #expect(state.isRunning)
    _ = send(&state, .function(1), .escape)
    #expect(state.help == nil)
  }

  @Test func quitAndQuitNow() {
    var state = state()
    #expect(send(&state, .character("q")) == [.quit])
    #expect(!state.isRunning)
    var other = self.state()
    _ = send(&other, .character("?"))
    #expect(send(&other, .character("Q")) == [.quit])
  }

  @Test func signalsQuit() {
    var state = state()
    #expect(reduce(&state, .signal(.terminate)) == [.quit])
    #expect(!state.isRunning)
  }

  @Test func redrawAsksForAFullFrame() {
    var state = state()
    #expect(send(&state, .control("l")) == [.redraw])
  }

  @Test func unboundKeysExplainThemselves() {
    var state = state()
    _ = send(&state, .character("z"))
    #expect(state.message?.text == "z does nothing here. Press ? for help.")
    _ = send(&state, .character("j"))
    #expect(state.message == nil)
  }

  @Test func resizeKeepsSelectionAndReadingPosition() {
    var state = state(Size(columns: 200, rows: 50))
    _ = send(&state, .tab)
    _ = reduce(&state, .resize(Size(columns: 90, rows: 10)))
    let lines = state.reader.layout.lines
    let maximumTop = lines.count - 7
    let target = lines.indices.last { $0 <= maximumTop && lines[$0].paragraph != nil && lines[$0].offset > 0 } ?? 0
    #expect(target > 0)
    _ = reduce(&state, .command(.moveToTop))
    for _ in 0..<target { _ = send(&state, .character("j")) }
    #expect(state.reader.top == target)
    let line = state.reader.layout.lines[state.reader.top]
    _ = reduce(&state, .resize(Size(columns: 70, rows: 10)))
    let after = state.reader.layout.lines[state.reader.top]
    #expect(after.paragraph == line.paragraph)
    #expect(after.offset <= line.offset)
    #expect(after.offset + after.text.utf8.count >= line.offset)
    #expect(state.reader.layout.width == 70 - 26 - 1 - 2, "list 26 columns, a separator and two margins")
  }

  @Test func tinyTerminalsStillAcceptKeys() {
    var state = state(Size(columns: 10, rows: 3))
    _ = send(&state, .character("j"), .tab, .character("j"))
    #expect(state.list.selected == 1)
    #expect(send(&state, .character("q")) == [.quit])
  }

  @Test func emptyCollection() {
    var state = AppState(collectionName: "empty", articles: [], viewport: Size(columns: 80, rows: 24))
    _ = send(&state, .character("j"), .character("G"), .enter, .character("n"), .tab, .character("j"))
    #expect(state.openArticle == nil)
    #expect(state.isRunning)
  }
}
