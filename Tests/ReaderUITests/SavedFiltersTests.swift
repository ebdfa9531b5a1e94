import NewsCore
import ReaderUI
import TermGrid
import TestSupport
import Testing

@Suite struct SavedFiltersTests {
  init() { DisplayWidth.prepareLocale() }

  func state(_ size: Size = Size(columns: 120, rows: 40)) -> AppState {
    AppState(collectionName: "sample", articles: SampleArticles.collection, viewport: size)
  }

  func filter(_ state: inout AppState, _ text: String) -> [Effect] {
    _ = GeneratedReader.send(&state, .character(":"))
    GeneratedReader.type(&state, text)
    return GeneratedReader.send(&state, .enter)
  }

  @Test func saveNameSavesTheActiveFilter() throws {
    var state = state()
    #expect(filter(&state, "person:Kovacs").isEmpty)
    #expect(state.list.rows == [0])
    let effects = filter(&state, "save kovacs")
    let query = try FilterQuery.parse("person:Kovacs").get().description
    #expect(effects == [.saveFilter(NamedFilter(name: "kovacs", query: query))])
    #expect(state.list.rows == [0], "saving leaves the list as it was")
    _ = reduce(&state, .savedFiltersLoaded([NamedFilter(name: "kovacs", query: query)]))
    #expect(state.message?.text == "Filter saved · F lists saved filters")
    #expect(state.savedFilters.map(\.name) == ["kovacs"])
  }

  @Test func saveWithoutAFilterSaysWhatToDo() {
    var state = state()
    #expect(filter(&state, "save kovacs").isEmpty)
    #expect(state.message?.isWarning == true)
    #expect(state.list.filter == nil)
  }

  @Test func aQuotedSaveIsAWordFilter() {
    var state = state()
    #expect(filter(&state, "\"save\" kovacs").isEmpty)
    #expect(state.list.filter != nil)
  }

  @Test func thePickerRecallsASavedFilter() {
    var state = state(Size(columns: 80, rows: 24))
    _ = reduce(
      &state,
      .savedFiltersLoaded([
        NamedFilter(name: "river", query: "river and date:2018-09"), NamedFilter(name: "tokyo", query: "place:Tokyo"),
      ]))
    _ = GeneratedReader.send(&state, .character("F"))
    #expect(state.picker?.rows.map(\.text) == ["river", "tokyo"])
    if let failure = Snapshot.verify(render(state), named: "saved-filters-80x24", directory: RenderSnapshotTests.directory) {
      Issue.record(Comment(rawValue: failure))
    }
    _ = GeneratedReader.send(&state, .character("j"), .enter)
    #expect(state.picker == nil)
    #expect(state.focus == .list)
    #expect(state.list.filter?.label == ":place:Tokyo" || state.list.filter?.label.hasPrefix(":place:") == true)
    #expect(state.list.rows == [2])
    _ = GeneratedReader.send(&state, .character("H"))
    #expect(state.list.filter == nil, "recalling a filter is a jump: back returns")
  }

  @Test func anEmptyPickerSaysHowToSave() {
    var state = state()
    _ = GeneratedReader.send(&state, .character("F"))
    #expect(state.picker?.rows.isEmpty == true)
    #expect(state.message?.text.contains(":save NAME") == true)
  }

  @Test func deletingAsksFirstThenDeletesTheSelectedFilter() {
    var state = state()
    let saved = [NamedFilter(name: "river", query: "river"), NamedFilter(name: "tokyo", query: "place:Tokyo")]
    _ = reduce(&state, .savedFiltersLoaded(saved))
    _ = GeneratedReader.send(&state, .character("F"), .character("j"))
    #expect(GeneratedReader.send(&state, .character("d")).isEmpty, "the first d only asks")
    #expect(state.message?.text.contains("Press d again") == true)
    _ = GeneratedReader.send(&state, .character("k"))
    #expect(GeneratedReader.send(&state, .character("d")).isEmpty, "moving away cancels the question")
    _ = GeneratedReader.send(&state, .character("j"), .character("d"))
    #expect(GeneratedReader.send(&state, .delete) == [.deleteFilter("tokyo")])
    _ = reduce(&state, .savedFiltersLoaded([saved[0]]))
    #expect(state.message?.text == "Saved filter deleted")
    #expect(state.picker?.rows.map(\.text) == ["river"], "the open picker shows what is left")
    #expect(state.picker?.selected == 0)
    _ = GeneratedReader.send(&state, .character("d"), .character("d"))
    _ = reduce(&state, .savedFiltersLoaded([]))
    #expect(state.message?.text == "Saved filter deleted", "the last one deleted still says so")
    #expect(state.picker?.rows.isEmpty == true)
  }

  @Test func otherPickersDeleteNothing() {
    var state = state()
    _ = GeneratedReader.send(&state, .character("'"))
    #expect(state.picker != nil)
    #expect(GeneratedReader.send(&state, .character("d"), .character("d")).isEmpty)
    #expect(state.message?.isWarning == true)
  }
}
