import NewsCore
import ReaderUI
import TermGrid
import TestSupport
import Testing

/// Following names and events between the seeds, and the jump history.
@Suite struct CrossReferenceNavigationTests {
  init() { DisplayWidth.prepareLocale() }

  /// The seeds in the loader's order (004 first), with 000 open.
  func seeds(_ size: Size = Size(columns: 200, rows: 50)) -> AppState {
    let report = ArticleLoader().load(paths: [Fixtures.seeds.path])
    var state = AppState(collectionName: "seeds", articles: report.articles, viewport: size)
    send(&state, .character("j"))
    return state
  }

  func send(_ state: inout AppState, _ keys: Key...) {
    for key in keys { _ = reduce(&state, action(for: key, in: state)) }
  }

  /// Moves the sidebar selection to the row whose value is `name`.
  func selectInSidebar(_ state: inout AppState, _ name: String) throws {
    while state.focus != .sidebar { send(&state, .tab) }
    #expect(state.focus == .sidebar)
    for _ in 0..<state.sidebar.rows.count {
      if let row = state.sidebar.selected, state.sidebar.rows[row].value == name { return }
      send(&state, .character("j"))
    }
    Issue.record("\(name) is not in the sidebar: \(state.sidebar.rows.map(\.value))")
  }

  @Test func sidebarListsSharedPeopleWithCounts() {
    let state = seeds()
    let people = state.sidebar.rows.filter { $0.role == .person }.map { "\($0.value) \($0.detail)" }
    #expect(Set(people) == ["Vladimir Putin 1", "Recep Tayyip Erdogan 1", "Dmitry Peskov 1", "Hassan Rouhani 1"])
    let events = state.sidebar.rows.filter { $0.role == .event }.map(\.value)
    #expect(Set(events) == ["talks in Sochi on 2018-09-17", "summit in Tehran on 2018-09-07"])
  }

  @Test func relatedStoryOfTheFirstSeedIsTheOther() throws {
    let state = seeds()
    let open = try #require(state.reader.articleIndex)
    let related = state.collection.index.related(to: open)
    #expect(related.first.map { state.articles[$0.article].id } == "004_24aeacee75d83cc1")
  }

  @Test func followPeskovThenStepAndComeBack() throws {
    var state = seeds(Size(columns: 200, rows: 20))
    #expect(state.openArticle?.id == "000_c34a645ecb9f0efb")
    send(&state, .tab, .character("j"), .character("j"), .character("j"))
    let readingTop = state.reader.top
    #expect(readingTop == 3)
    try selectInSidebar(&state, "Dmitry Peskov")
    send(&state, .enter)
    #expect(state.list.filter?.label == "Dmitry Peskov")
    #expect(state.list.rows.count == 2)
    #expect(state.focus == .list)
    #expect(state.openArticle?.id == "000_c34a645ecb9f0efb", "following keeps the open article")
    send(&state, .character("]"))
    #expect(state.openArticle?.id == "004_24aeacee75d83cc1")
    #expect(state.message?.text.hasPrefix("Dmitry Peskov: article") == true)
    send(&state, .control("o"))
    #expect(state.openArticle?.id == "000_c34a645ecb9f0efb")
    #expect(state.reader.top == readingTop, "back restores the reading position")
    #expect(state.list.filter?.label == "Dmitry Peskov")
    send(&state, .control("o"))
    #expect(state.list.filter == nil, "and then the unfiltered list")
    #expect(state.reader.top == readingTop)
    send(&state, .character("L"), .character("L"))
    #expect(state.openArticle?.id == "004_24aeacee75d83cc1", "forward replays the jumps")
  }

  @Test func mentionsInTheTextCanBeFollowed() {
    var state = seeds()
    send(&state, .tab, .character("e"))
    let first = state.reader.selectedMention
    #expect(first != nil)
    #expect(state.message?.text.contains("Enter lists its articles") == true)
    send(&state, .character("e"), .character("E"))
    #expect(state.reader.selectedMention == first)
    send(&state, .enter)
    #expect(state.list.filter != nil)
    send(&state, .escape)
    #expect(state.list.filter == nil, "Esc leaves the filtered list")
  }

  @Test func bracketsNeedASelection() {
    var state = seeds()
    send(&state, .character("]"))
    #expect(state.message?.text.hasPrefix("Select a person") == true)
  }

  @Test func timelineFollowsTheSidebarSelection() throws {
    var state = seeds()
    try selectInSidebar(&state, "Hassan Rouhani")
    let rows = state.sidebar.rows.map(\.value)
    let at = try #require(rows.firstIndex(of: "Hassan Rouhani"))
    #expect(rows[at + 1].hasPrefix("· 2018-09-17 Moscow and Ankara"), "the timeline unfolds under the name: \(rows)")
    #expect(rows[at + 2].hasPrefix("▸ 2018-09-17 Putin and Erdogan"), "the open article is marked")
    #expect(state.message?.text == "Hassan Rouhani: 2 articles · Enter lists them · ] and [ step")
  }

  @Test func breadcrumbShowsTheWay() throws {
    var state = seeds()
    try selectInSidebar(&state, "Dmitry Peskov")
    send(&state, .enter, .character("]"))
    let line = render(state).lines()[0]
    #expect(line.contains("Putin and Erdogan to … › Dmitry Peskov › Moscow and Ankara mus…"), "\(line)")
  }
}
