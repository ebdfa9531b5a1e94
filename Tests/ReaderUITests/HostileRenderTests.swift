import Foundation
import NewsCore
import ReaderUI
import TermGrid
import TestSupport
import Testing

/// Every article of the hostile collection, drawn at sizes from 1x1 to 500x200:
/// frames fit the screen and no cell holds a control character.
@Suite struct HostileRenderTests {
  init() { _ = DisplayWidth.prepareLocale() }

  static let sizes = [(1, 1), (2, 1), (29, 7), (30, 8), (59, 20), (80, 24), (119, 30), (120, 40), (500, 200)]
    .map { Size(columns: $0.0, rows: $0.1) }

  @Test func everyArticleRendersAtEverySize() throws {
    let collection = try HostileCollection(tinyFiles: 3, depth: 4)
    let report = ArticleLoader().load(paths: [collection.root.path])
    var state = AppState(
      collectionName: "hostile \u{1B}[2J", articles: report.articles, refused: report.refused,
      viewport: Size(columns: 120, rows: 40))
    for row in report.articles.indices {
      _ = reduce(&state, .command(.moveToTop))
      for _ in 0..<row { _ = reduce(&state, .command(.moveDown)) }
      #expect(state.list.selected == row)
      for size in Self.sizes {
        _ = reduce(&state, .resize(size))
        for focus in [PaneID.list, .text, .sidebar] {
          state.focus = focus
          let broken = FrameInvariants.violations(in: render(state), viewport: size)
          #expect(broken.isEmpty, "\(Sanitizer.displayString(report.articles[row].path)) at \(size): \(broken)")
        }
      }
      _ = reduce(&state, .resize(Size(columns: 120, rows: 40)))
      state.focus = .list
    }
  }
}
