import Foundation
import NewsCore
import ReaderUI
import TermGrid
import TestSupport
import Testing

/// Opening in two phases: the cached listing first (titles and dates, no text), then
/// the full collection, which keeps the selected article.
@Suite struct ListingPhaseTests {
  init() { DisplayWidth.prepareLocale() }

  /// The sample articles as a cached listing shows them: no text, no analysis.
  static let listing = AnalyzedCollection(
    unanalyzed: SampleArticles.collection.map { article in
      var placeholder = article
      placeholder.paragraphs = []
      placeholder.dateline = nil
      placeholder.wordCount = 0
      return placeholder
    })

  /// The reader as it starts: empty, loading, then the listing arrives.
  func listed(_ size: Size = Size(columns: 80, rows: 24)) -> AppState {
    var state = AppState(collectionName: "sample", collection: AnalyzedCollection(articles: []), viewport: size)
    state.loading = LoadingState(phase: "Opening the cache", done: 0, total: 3)
    #expect(reduce(&state, .listingLoaded(Self.listing)).isEmpty)
    return state
  }

  func check(_ state: AppState, _ name: String) {
    let directory = Fixtures.packageRoot.appendingPathComponent("Tests/ReaderUITests/__Snapshots__")
    if let failure = Snapshot.verify(render(state), named: name, directory: directory) {
      Issue.record(Comment(rawValue: failure))
    }
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func listingPhaseSnapshot(columns: Int, rows: Int) {
    var state = listed(Size(columns: columns, rows: rows))
    _ = reduce(&state, .command(.moveDown))
    check(state, "listing-phase-\(columns)x\(rows)")
  }

  @Test func listingShowsTitlesAndMovesWithoutMarkingRead() {
    var state = listed()
    #expect(state.isOpening)
    #expect(state.articles.map(\.title) == SampleArticles.collection.map(\.title))
    #expect(state.reader.articleIndex == 0)
    #expect(state.sidebar.rows.isEmpty, "no facts from a placeholder")
    #expect(reduce(&state, .command(.moveDown)).isEmpty, "read marks wait for the real collection")
    #expect(state.reader.articleIndex == 1)
    #expect(state.read.isEmpty)
  }

  @Test(arguments: [Command.filter, .search, .find, .follow, .nextMention, .nextQuote, .saveHighlight, .markAllRead])
  func keysThatNeedTheAnalysisSayItIsStillOpening(command: Command) {
    var state = listed()
    _ = reduce(&state, .command(.focusNextPane))
    #expect(reduce(&state, .command(command)).isEmpty)
    #expect(state.prompt == nil)
    #expect(state.message?.text.lowercased().contains("still") == true)
    _ = reduce(&state, .collectionLoaded(AnalyzedCollection(articles: SampleArticles.collection), refused: []))
    #expect(!state.isOpening)
    _ = reduce(&state, .command(.filter))
    #expect(state.prompt != nil, "once loaded, : opens the prompt")
  }

  @Test func theSelectedArticleStaysSelectedAcrossTheSwap() throws {
    var state = listed(Size(columns: 120, rows: 40))
    _ = reduce(&state, .command(.moveToBottom))
    let selected = try #require(state.openArticle)
    // A new file was found meanwhile: the full collection lists it first.
    let fresh = SampleArticles.article(
      id: "000_new", date: CalendarDate(year: 2019, month: 1, day: 1), title: "A newer story", paragraphs: ["Text."])
    let effects = reduce(
      &state, .collectionLoaded(AnalyzedCollection(articles: [fresh] + SampleArticles.collection), refused: []))
    #expect(state.openArticle?.path == selected.path)
    #expect(state.list.selectedArticle == 3)
    #expect(state.openArticle?.paragraphs.isEmpty == false, "the text is the real one now")
    #expect(!state.sidebar.rows.isEmpty)
    #expect(effects == [.markRead([3])])
  }

  @Test func aSelectedArticleThatIsGoneSelectsTheFirst() {
    var state = listed()
    _ = reduce(&state, .command(.moveDown))
    let remaining = SampleArticles.collection.enumerated().filter { $0.offset != 1 }.map(\.element)
    _ = reduce(&state, .collectionLoaded(AnalyzedCollection(articles: remaining), refused: []))
    #expect(state.list.selected == 0)
    #expect(state.openArticle?.id == remaining[0].id)
  }
}
