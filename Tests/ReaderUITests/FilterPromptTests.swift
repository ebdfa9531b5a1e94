import NewsCore
import ReaderUI
import TermGrid
import TestSupport
import Testing

/// The `:` filter prompt: parse, narrow, complete, recall.
@Suite struct FilterPromptTests {
  init() { DisplayWidth.prepareLocale() }

  func seeds() -> AppState {
    let report = ArticleLoader().load(paths: [Fixtures.seeds.path])
    return AppState(collectionName: "seeds", articles: report.articles, viewport: Size(columns: 160, rows: 40))
  }

  func type(_ state: inout AppState, _ text: String) {
    for character in text { _ = reduce(&state, action(for: .character(character), in: state)) }
  }

  func send(_ state: inout AppState, _ keys: Key...) {
    for key in keys { _ = reduce(&state, action(for: key, in: state)) }
  }

  @Test func aFilterNarrowsTheListAndEscapeComesBack() {
    var state = seeds()
    send(&state, .character(":"))
    type(&state, "person:Lavrov")
    send(&state, .enter)
    #expect(state.list.rows.count == 1)
    #expect(state.openArticle?.id == "000_c34a645ecb9f0efb")
    #expect(state.list.filter?.label.hasPrefix(":") == true)
    send(&state, .escape)
    #expect(state.list.filter == nil)
    #expect(state.list.rows.count == 2)
  }

  @Test func mistakesSayWhere() {
    var state = seeds()
    send(&state, .character(":"))
    type(&state, "person:")
    send(&state, .enter)
    #expect(state.message?.isWarning == true)
    #expect(state.message?.text.hasPrefix("Filter: ") == true)
    #expect(state.list.filter == nil)
  }

  @Test func tabCompletesNamesAndUpRecallsFilters() {
    var state = seeds()
    send(&state, .character(":"))
    type(&state, "person:Dmi")
    send(&state, .tab)
    #expect(state.prompt?.text == "person:\"Dmitry Peskov\"")
    send(&state, .enter)
    #expect(state.list.rows.count == 2)
    send(&state, .character(":"), .up)
    #expect(state.prompt?.text == "person:\"Dmitry Peskov\"")
  }

  @Test func datesAndBooleans() {
    var state = seeds()
    send(&state, .character(":"))
    type(&state, "date:2018-09 and not person:Lavrov")
    send(&state, .enter)
    #expect(state.list.rows.map { state.articles[$0].id } == ["004_24aeacee75d83cc1"])
  }
}

@Suite struct CollectionSearchTests {
  init() { DisplayWidth.prepareLocale() }

  @Test func slashInTheListSearchesTheCollectionBestFirst() {
    var state = AppState(collectionName: "sample", articles: SampleArticles.collection, viewport: Size(columns: 160, rows: 40))
    for key in [Key.character("/")] + "commission".map(Key.character) + [.enter] {
      _ = reduce(&state, action(for: key, in: state))
    }
    #expect(state.list.rows == [1, 0], "the lead story names the commission twice, the summit once")
    #expect(state.openArticle?.id == "002_lead")
    #expect(state.find?.query == "commission")
    #expect(state.message?.text.hasPrefix("2 articles found, best first") == true)
    _ = reduce(&state, .command(.cancel))
    _ = reduce(&state, .command(.cancel))
    #expect(state.list.filter == nil, "Esc goes back to the whole list")
  }

  @Test func slashInTheTextStillFindsInTheArticle() {
    var state = AppState(collectionName: "sample", articles: SampleArticles.collection, viewport: Size(columns: 160, rows: 40))
    _ = reduce(&state, .command(.focusNextPane))
    for key in [Key.character("/")] + "vienna".map(Key.character) + [.enter] {
      _ = reduce(&state, action(for: key, in: state))
    }
    #expect(state.list.filter == nil)
    #expect(state.find?.matches.isEmpty == false)
  }
}
