/// Articles about the same story, collapsed under one row like a mail thread.
public struct StoryGroup: Hashable, Sendable {
  /// The article the row shows: the newest member.
  public var lead: Int
  /// Every member, the lead first, then newest first (the list's date order).
  public var members: [Int]
  /// The event that joined the members, when one did (near-duplicates join without one).
  public var event: EventKey?
  /// The event's label ("talks in Sochi on 2018-09-17").
  public var label: String?
}

/// Groups a list of articles into stories.
///
/// Two articles of the list are one story when they are near-duplicates, or when their
/// *main event* is the same: of the events an article mentions, the one most other articles
/// share, among events shared by at most ``maximumEventArticles`` (more is a theme, not a
/// story). Each article joins through one event only, so stories do not chain into a
/// collection-wide blob.
public enum StoryGroups {
  /// Events mentioned by more articles than this never join a story.
  public static let maximumEventArticles = 64

  /// The stories of `indexes` (articles of `collection`; others are ignored), newest
  /// lead first; an article with nothing to join is a group of one.
  public static func groups(of indexes: [Int], in collection: AnalyzedCollection) -> [StoryGroup] {
    let articles = collection.articles
    let members = Array(Set(indexes.filter { articles.indices.contains($0) }))
    let index = collection.index
    var position: [Int: Int] = [:]
    for (offset, article) in members.enumerated() { position[article] = offset }
    var sets = CrossReferenceIndex.DisjointSets(count: members.count)
    var firstByEvent: [Int32: Int] = [:]
    for (offset, article) in members.enumerated() {
      for duplicate in index.duplicateGroup(of: article) where duplicate != article {
        if let other = position[duplicate] { sets.union(offset, other) }
      }
      guard let event = mainEvent(of: article, in: index) else { continue }
      if let first = firstByEvent[event] { sets.union(first, offset) } else { firstByEvent[event] = offset }
    }
    var byRoot: [Int: [Int]] = [:]
    for offset in members.indices { byRoot[sets.find(offset), default: []].append(members[offset]) }
    return byRoot.values.map { group in
      let sorted = group.sorted { ArticleOrdering.dateOrder(articles, $0, $1) }
      let shared = sharedEvent(of: sorted, in: index)
      return StoryGroup(
        lead: sorted[0], members: sorted, event: shared.map { index.eventTable.keys[Int($0)] },
        label: shared.map { index.eventTable.labels[Int($0)] })
    }.sorted { ArticleOrdering.dateOrder(articles, $0.lead, $1.lead) }
  }

  /// The event most shared among those small enough to be a story; ties go to the lower id.
  static func mainEvent(of article: Int, in index: CrossReferenceIndex) -> Int32? {
    let table = index.eventTable
    var best: (id: Int32, count: Int)?
    for id in table.articleEvents[article] {
      let count = table.articles[Int(id)].count
      guard count > 1, count <= maximumEventArticles else { continue }
      if best == nil || count > best?.count ?? 0 { best = (id, count) }
    }
    return best?.id
  }

  /// The main event of the group's members that most of them share, for the row's label.
  private static func sharedEvent(of members: [Int], in index: CrossReferenceIndex) -> Int32? {
    guard members.count > 1 else { return nil }
    var counts: [Int32: Int] = [:]
    for member in members { if let event = mainEvent(of: member, in: index) { counts[event, default: 0] += 1 } }
    return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
  }
}
