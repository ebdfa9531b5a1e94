import Foundation
import NewsCore
import ReaderUI
import TermGrid
import TestSupport
import Testing

/// The seeds through the real loader, drawn at the sizes people use.
@Suite struct SeedsSnapshotTests {
  init() { DisplayWidth.prepareLocale() }

  func state(_ columns: Int, _ rows: Int) -> AppState {
    let report = ArticleLoader().load(paths: [Fixtures.seeds.path])
    return AppState(collectionName: "seeds", articles: report.articles, viewport: Size(columns: columns, rows: rows))
  }

  func check(_ state: AppState, _ name: String) {
    if let failure = Snapshot.verify(render(state), named: name, directory: RenderSnapshotTests.directory) {
      Issue.record(Comment(rawValue: failure))
    }
  }

  @Test(arguments: [(80, 24), (120, 40), (200, 50)])
  func seedsOpen(columns: Int, rows: Int) {
    check(state(columns, rows), "seeds-\(columns)x\(rows)")
  }

  @Test func seedsSecondArticleWithFind() {
    var state = state(200, 50)
    _ = reduce(&state, .command(.moveDown))
    _ = reduce(&state, .command(.find))
    for character in "Idlib" { _ = reduce(&state, .promptKey(.character(character))) }
    _ = reduce(&state, .promptKey(.enter))
    check(state, "seeds-find-idlib-200x50")
  }
}
