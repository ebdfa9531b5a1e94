import Foundation
import NewsCore
import ReaderUI
import TermGrid
import TestSupport
import Testing

@Suite struct ListSortingTests {
  init() { DisplayWidth.prepareLocale() }

  @Test func sCyclesDateTitleSharedAndKeepsTheSelection() {
    var state = GeneratedReader.state()
    _ = GeneratedReader.send(&state, .character("j"), .character("j"), .character("j"))
    let selected = state.list.selectedArticle
    let all = state.list.rows
    #expect(state.effectiveOrdering == .date)

    _ = GeneratedReader.send(&state, .character("s"))
    #expect(state.list.ordering == .title)
    #expect(state.list.selectedArticle == selected, "the same article stays selected")
    #expect(state.reader.articleIndex == selected)
    #expect(Set(state.list.rows) == Set(all))
    let titles = state.list.rows.map { state.articles[$0].title.lowercased() }
    #expect(zip(titles, titles.dropFirst()).allSatisfy { !$1.utf8.lexicographicallyPrecedes($0.utf8) })
    #expect(state.message?.text == "Sorted by title ↑")

    _ = GeneratedReader.send(&state, .character("s"))
    #expect(state.list.ordering == .sharedEntities)
    let counts = state.list.rows.map { state.collection.index.sharedEntityCount(of: $0) }
    #expect(zip(counts, counts.dropFirst()).allSatisfy { $0 >= $1 })
    #expect(counts.first ?? 0 > counts.last ?? 0)
    #expect(state.list.selectedArticle == selected)

    _ = GeneratedReader.send(&state, .character("s"))
    #expect(state.list.ordering == .date, "without a search, relevance is skipped")
    #expect(state.list.rows == all)
    #expect(state.list.selectedArticle == selected)
  }

  @Test func aSearchSortsByRelevanceAndSCyclesBackToIt() throws {
    var state = GeneratedReader.state()
    _ = GeneratedReader.send(&state, .character("/"))
    GeneratedReader.type(&state, "ceasefire")
    _ = GeneratedReader.send(&state, .enter)
    #expect(state.effectiveOrdering == .relevance)
    let ranked = state.list.rows
    #expect(ranked.count > 1)
    let expression = try FilterQuery.parse("ceasefire").get()
    let scores = state.filters.evaluator.relevance(of: ranked, for: expression)
    let inOrder = ranked.map { scores[$0] ?? -1 }
    #expect(zip(inOrder, inOrder.dropFirst()).allSatisfy { $0 >= $1 }, "best BM25 score first")
    #expect(inOrder.first ?? 0 > inOrder.last ?? 0)
    for _ in 0..<3 { _ = GeneratedReader.send(&state, .character("s")) }
    #expect(state.effectiveOrdering == .sharedEntities)
    #expect(Set(state.list.rows) == Set(ranked))
    _ = GeneratedReader.send(&state, .character("s"))
    #expect(state.effectiveOrdering == .relevance)
    #expect(state.list.rows == ranked)
    _ = GeneratedReader.send(&state, .escape, .escape)
    #expect(state.list.filter == nil)
    #expect(state.effectiveOrdering == .date, "relevance without a rank shows the date order")
  }

  @Test func theListTitleNamesTheOrder() {
    var state = GeneratedReader.state(Size(columns: 80, rows: 24))
    _ = GeneratedReader.send(&state, .character("s"))
    let grid = render(state)
    if let failure = Snapshot.verify(grid, named: "sorted-by-title-80x24", directory: RenderSnapshotTests.directory) {
      Issue.record(Comment(rawValue: failure))
    }
    #expect(Snapshot.text(of: grid).contains("by title ↑"))
  }
}
