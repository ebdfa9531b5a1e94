import NewsCore

/// The list grouped into stories (`t`): articles about the same event under one row, the
/// newest headline, that opens like a mail thread to show the others.
public struct StoryRows: Equatable, Sendable {
  /// The stories of the listed articles, in the list's order (a story sits where its
  /// first member would); each lists its lead (the newest) first.
  public private(set) var groups: [StoryGroup] = []
  /// The leads of the open stories.
  public var expanded: Set<Int> = []
  /// The position in `groups` of each listed article.
  private var groupOf: [Int: Int] = [:]

  public init() {}

  /// Groups `ordered` (the listed articles, in the list's order).
  mutating func regroup(_ ordered: [Int], in collection: AnalyzedCollection) {
    var position: [Int: Int] = [:]
    for (offset, article) in ordered.enumerated() { position[article] = offset }
    let found = StoryGroups.groups(of: ordered, in: collection)
    let first = found.map { group in group.members.map { position[$0] ?? Int.max }.min() ?? Int.max }
    groups = found.indices.sorted { first[$0] < first[$1] }.map { found[$0] }
    groupOf = [:]
    for (offset, group) in groups.enumerated() { for member in group.members { groupOf[member] = offset } }
  }

  /// The story an article of the list belongs to.
  public func group(of article: Int) -> StoryGroup? { groupOf[article].map { groups[$0] } }

  /// The rows shown: each story's lead, followed by its other members when it is open.
  var visibleRows: [Int] {
    groups.flatMap { group in expanded.contains(group.lead) ? group.members : [group.lead] }
  }

  /// Every listed article, open stories or not.
  var allArticles: [Int] { groups.flatMap(\.members) }
}

extension AppState {
  /// The articles the list holds, including those inside closed stories.
  var listedArticles: [Int] { list.stories?.allArticles ?? list.rows }

  /// `rows` (a filter's articles, by date) in the list's order and, when grouping is on,
  /// as story rows; the story holding `article` opens so that it stays listed.
  mutating func arranged(_ rows: [Int], keeping article: Int?) -> [Int] {
    let sorted = ordered(rows)
    guard var stories = list.stories else { return sorted }
    stories.regroup(sorted, in: collection)
    if let article, let group = stories.group(of: article), group.lead != article { stories.expanded.insert(group.lead) }
    list.stories = stories
    return stories.visibleRows
  }

  /// `t`: groups the list into stories, or ungroups it; the same article stays selected.
  mutating func toggleStories() {
    let article = list.selectedArticle
    list.stories = list.stories == nil ? StoryRows() : nil
    applyFilter(list.filter, keeping: article)
    if let stories = list.stories {
      message = StatusMessage(text: Self.storiesSummary(stories.groups.map(\.members.count)))
    } else {
      message = StatusMessage(text: "Stories ungrouped")
    }
  }

  /// What `t` says: "12 stories: 3 of several articles, 9 single · Right or o opens one · t ungroups".
  static func storiesSummary(_ sizes: [Int]) -> String {
    let grouped = sizes.filter { $0 > 1 }.count
    let single = sizes.count - grouped
    var parts: [String] = []
    if grouped > 0 { parts.append("\(grouped) of several articles") }
    if single > 0 { parts.append("\(single) single") }
    let stories = "\(sizes.count) \(sizes.count == 1 ? "story" : "stories")"
    let hint = grouped > 0 ? " · Right or o opens one · t ungroups" : " · t ungroups"
    return stories + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", ")) + hint
  }

  /// Right (`open` true), Left (false) and `o` (nil: the other way): opens or closes the
  /// selected story. Closing from a member selects the story's row.
  mutating func setSelectedStory(open: Bool?) {
    guard var stories = list.stories else {
      message = StatusMessage(text: "Press t to group the list into stories first")
      return
    }
    guard let article = list.selectedArticle, let group = stories.group(of: article), group.members.count > 1 else {
      message = StatusMessage(text: "This article is a story of its own")
      return
    }
    let opening = open ?? !stories.expanded.contains(group.lead)
    if opening { stories.expanded.insert(group.lead) } else { stories.expanded.remove(group.lead) }
    list.stories = stories
    list.rows = stories.visibleRows
    selectRow(list.rows.firstIndex(of: opening ? article : group.lead) ?? 0)
  }

  /// Enter in the list: on a closed story's row it opens the story, and true is returned.
  mutating func openStoryOnEnter() -> Bool {
    guard let stories = list.stories, let article = list.selectedArticle, let group = stories.group(of: article),
      group.lead == article, group.members.count > 1, !stories.expanded.contains(article)
    else { return false }
    setSelectedStory(open: true)
    return true
  }

  /// Opens the closed story holding `article`, when grouping hides it; its row, if so.
  mutating func revealInStory(_ article: Int) -> Int? {
    guard var stories = list.stories, let group = stories.group(of: article), !stories.expanded.contains(group.lead)
    else { return nil }
    stories.expanded.insert(group.lead)
    list.stories = stories
    list.rows = stories.visibleRows
    return list.rows.firstIndex(of: article)
  }
}

/// How a list row shows its place in a story.
enum StoryMark {
  /// The prefix before the title ("▸ ", "▾ ", "│ ") and the suffix after it (" (+3)").
  static func decoration(of article: Int, in stories: StoryRows) -> (prefix: String, suffix: String) {
    guard let group = stories.group(of: article), group.members.count > 1 else { return ("  ", "") }
    guard group.lead == article else { return ("│ ", "") }
    return (stories.expanded.contains(article) ? "▾ " : "▸ ", " (+\(group.members.count - 1))")
  }
}
