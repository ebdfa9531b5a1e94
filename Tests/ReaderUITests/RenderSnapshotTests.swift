import Foundation
import NewsCore
import ReaderUI
import TermGrid
import TestSupport
import Testing

@Suite struct RenderSnapshotTests {
  init() { DisplayWidth.prepareLocale() }

  static let directory = Fixtures.packageRoot.appendingPathComponent("Tests/ReaderUITests/__Snapshots__")

  func check(_ state: AppState, _ name: String) {
    let grid = render(state)
    #expect(grid.size == state.viewport)
    if let failure = Snapshot.verify(grid, named: name, directory: Self.directory) {
      Issue.record(Comment(rawValue: failure))
    }
  }

  func state(_ columns: Int, _ rows: Int) -> AppState {
    AppState(collectionName: "sample", articles: SampleArticles.collection, viewport: Size(columns: columns, rows: rows))
  }

  @Test(arguments: [(80, 24), (120, 40), (200, 50), (50, 16), (29, 7)])
  func openingScreen(columns: Int, rows: Int) {
    check(state(columns, rows), "opening-\(columns)x\(rows)")
  }

  @Test func derivedTitleFocusedText() {
    var state = state(80, 24)
    _ = reduce(&state, .command(.moveDown))
    _ = reduce(&state, .command(.open))
    check(state, "derived-title-text-focus-80x24")
  }

  @Test func findHighlights() {
    var state = state(120, 40)
    _ = reduce(&state, .command(.find))
    for character in "vienna" { _ = reduce(&state, .promptKey(.character(character))) }
    check(state, "find-prompt-120x40")
    _ = reduce(&state, .promptKey(.enter))
    _ = reduce(&state, .command(.nextMatch))
    check(state, "find-next-120x40")
  }

  @Test func helpOverlay() {
    var state = state(80, 24)
    _ = reduce(&state, .command(.toggleHelp))
    check(state, "help-80x24")
  }

  @Test func sidebarOnTwoPaneLayout() {
    var state = state(80, 24)
    _ = reduce(&state, .command(.focusPreviousPane))
    check(state, "sidebar-focus-80x24")
  }

  @Test func wideCharactersAndLongWords() {
    var state = state(60, 20)
    _ = reduce(&state, .command(.moveToBottom))
    check(state, "wide-60x20")
  }

  @Test func everyCellFitsAtEverySize() {
    for columns in [1, 2, 10, 29, 30, 31, 59, 60, 61, 119, 120, 121, 300] {
      for rows in [1, 2, 7, 8, 9, 24, 60] {
        var state = state(columns, rows)
        let grid = render(state)
        #expect(grid.size == Size(columns: columns, rows: rows))
        _ = reduce(&state, .command(.toggleHelp))
        #expect(render(state).size == Size(columns: columns, rows: rows))
      }
    }
  }
}
