import NewsCore
import TermGrid
import TestSupport
import Testing

@testable import ReaderUI

@Suite struct StoryRowsTests {
  init() { DisplayWidth.prepareLocale() }

  /// The first row whose story has several articles.
  func firstStoryRow(_ state: AppState) throws -> Int {
    let stories = try #require(state.list.stories)
    return try #require(state.list.rows.firstIndex { stories.group(of: $0)?.members.count ?? 0 > 1 })
  }

  @Test func tGroupsTheListIntoStoriesAndBack() throws {
    var state = GeneratedReader.state()
    let all = state.list.rows
    _ = GeneratedReader.send(&state, .character("t"))
    let stories = try #require(state.list.stories)
    #expect(state.list.rows.count < all.count)
    #expect(state.list.rows == stories.groups.map(\.lead), "every story closed: one row each")
    #expect(stories.groups.flatMap(\.members).sorted() == all, "every article is in one story")
    for group in stories.groups {
      #expect(group.members.first == group.lead)
      #expect(ArticleOrdering.date.sorted(group.members, in: state.collection) == group.members, "newest first")
    }
    #expect(state.list.selected == 0)
    _ = GeneratedReader.send(&state, .character("t"))
    #expect(state.list.stories == nil)
    #expect(state.list.rows == all)
  }

  @Test func groupingKeepsTheSelectedArticleByOpeningItsStory() throws {
    var state = GeneratedReader.state()
    _ = GeneratedReader.send(&state, .character("t"))
    let lead = state.list.rows[try firstStoryRow(state)]
    let member = try #require(state.list.stories?.group(of: lead)?.members.last)
    _ = GeneratedReader.send(&state, .character("t"))
    _ = reduce(&state, .command(.moveToTop))
    for _ in 0..<(state.list.rows.firstIndex(of: member) ?? 0) { _ = GeneratedReader.send(&state, .character("j")) }
    #expect(state.list.selectedArticle == member)
    _ = GeneratedReader.send(&state, .character("t"))
    #expect(state.list.selectedArticle == member)
    #expect(state.list.stories?.expanded.contains(lead) == true)
  }

  @Test func rightLeftAndOOpenAndCloseAStory() throws {
    var state = GeneratedReader.state()
    _ = GeneratedReader.send(&state, .character("t"))
    let row = try firstStoryRow(state)
    _ = reduce(&state, .command(.moveToTop))
    for _ in 0..<row { _ = GeneratedReader.send(&state, .character("j")) }
    let lead = try #require(state.list.selectedArticle)
    let members = try #require(state.list.stories?.group(of: lead)?.members)
    let closed = state.list.rows

    _ = GeneratedReader.send(&state, .right)
    #expect(Array(state.list.rows[row..<(row + members.count)]) == members)
    #expect(state.list.rows.count == closed.count + members.count - 1)
    _ = GeneratedReader.send(&state, .character("j"))
    #expect(state.list.selectedArticle == members[1], "j moves into the story")
    #expect(state.reader.articleIndex == members[1])

    _ = GeneratedReader.send(&state, .left)
    #expect(state.list.rows == closed)
    #expect(state.list.selectedArticle == lead, "closing from a member selects the story's row")

    _ = GeneratedReader.send(&state, .character("o"))
    #expect(state.list.rows.count == closed.count + members.count - 1)
    _ = GeneratedReader.send(&state, .character("o"))
    #expect(state.list.rows == closed)
  }

  @Test func enterOnAClosedStoryOpensItThenTheArticle() throws {
    var state = GeneratedReader.state()
    _ = GeneratedReader.send(&state, .character("t"))
    let row = try firstStoryRow(state)
    for _ in 0..<row { _ = GeneratedReader.send(&state, .character("j")) }
    let closed = state.list.rows.count
    _ = GeneratedReader.send(&state, .enter)
    #expect(state.focus == .list)
    #expect(state.list.rows.count > closed)
    _ = GeneratedReader.send(&state, .enter)
    #expect(state.focus == .text)
  }

  @Test func aNarrowListTitleKeepsTheOrderWhenStoriesDoNotFit() {
    var state = GeneratedReader.state(Size(columns: 80, rows: 24))
    _ = GeneratedReader.send(&state, .character("t"), .character("s"))
    let title = Snapshot.text(of: render(state)).split(separator: "\n").first { $0.hasPrefix("  2 |") } ?? ""
    #expect(title.contains("Articles        by title ↑ │"), "\(title)")
    #expect(state.message?.text == "Sorted by title ↑")
  }

  @Test func storyKeysWithoutGroupingSayHow() {
    var state = GeneratedReader.state()
    _ = GeneratedReader.send(&state, .right)
    #expect(state.message?.text.contains("t to group") == true)
  }

  @Test func aFilterReducesStoriesToTheirMatchingMembers() throws {
    var state = GeneratedReader.state()
    _ = GeneratedReader.send(&state, .character("t"), .character(":"))
    GeneratedReader.type(&state, "ceasefire")
    _ = GeneratedReader.send(&state, .enter)
    let expected = Set(state.filters.evaluator.evaluate(try FilterQuery.parse("ceasefire").get()))
    let stories = try #require(state.list.stories)
    #expect(Set(stories.groups.flatMap(\.members)) == expected)
    #expect(state.list.rows.count <= expected.count)
    #expect(state.message?.text.hasPrefix("\(expected.count) article") == true)
    let grid = render(state)
    #expect(Snapshot.text(of: grid).contains(" \(expected.count) │"), "the title counts articles, not rows")
  }

  @Test(arguments: [(80, 24), (200, 50)])
  func storiesOnScreen(columns: Int, rows: Int) throws {
    var state = GeneratedReader.state(Size(columns: columns, rows: rows))
    _ = GeneratedReader.send(&state, .character("t"))
    for _ in 0..<(try firstStoryRow(state)) { _ = GeneratedReader.send(&state, .character("j")) }
    _ = GeneratedReader.send(&state, .right, .character("j"))
    if let failure = Snapshot.verify(render(state), named: "stories-\(columns)x\(rows)", directory: RenderSnapshotTests.directory)
    {
      Issue.record(Comment(rawValue: failure))
    }
  }

  @Test(arguments: [
    ([3, 1, 1], "3 stories: 1 of several articles, 2 single · Right or o opens one · t ungroups"),
    ([2], "1 story: 1 of several articles · Right or o opens one · t ungroups"),
    ([1, 1], "2 stories: 2 single · t ungroups"),
    ([], "0 stories · t ungroups"),
  ])
  func theStatusLineCountsStories(sizes: [Int], expected: String) {
    #expect(AppState.storiesSummary(sizes) == expected)
  }
}
