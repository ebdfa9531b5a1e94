/// What the articles of a collection have in common: which entities and events each
/// mentions, which other articles each is related to, and which are the same story twice.
///
/// Built once per collection by ``build(_:)``; queries are cheap lookups. Articles are named
/// by their index in the array given to `build`.
///
/// - Entities are keyed by kind and normalised name (``EntityKey``). Spellings merge across
///   articles only on strong evidence: the same folded name (case, diacritics, apostrophes,
///   hyphens), a listed transliteration or a listed acronym (UN is United Nations). A
///   one-word person name never matches another article's fuller name ("Putin" in one
///   article stays apart from "Vladimir Putin" in another); inside one article it folds into
///   the article's only fuller name ending in that word, because the article itself
///   resolved it.
/// - Events are grouped by the rules of `EventCluster`: same trigger; same place; days at
///   most one apart, or compatible at their granularity; a field missing on one side joins
///   only an unambiguous match; a field missing on both sides never merges two articles.
/// - Related articles are ranked by shared people (weighted most), shared events, shared
///   places and organisations, TF-IDF cosine of the bodies and closeness in date (see
///   `RankingParameters`), top 20 per article. Candidates come from postings, never from
///   all pairs. Near-duplicates (4-gram MinHash resemblance ≥ 0.6) form groups: an
///   article's own group never appears among its related articles, and another group
///   appears once, by its best member.
///
/// The output depends only on the input, never on timing or the number of cores.
public struct CrossReferenceIndex: Sendable {
  let entityTable: EntityTable
  let eventTable: EventTable
  let relatedLinks: [[RelatedLink]]
  /// Groups of near-duplicate articles, each ascending, ordered by first member.
  public let duplicateGroups: [[Int]]
  let groupOfArticle: [Int32]
  /// Each article's date as a day number.
  let days: [Int?]

  /// Builds the index of a collection, using all cores.
  ///
  /// Complexity: about linear in the total size of the articles and analyses; candidate
  /// generation reads a bounded number of posting entries per article.
  public static func build(_ items: [(article: Article, analysis: ArticleAnalysis)]) -> CrossReferenceIndex {
    let count = items.count
    let days = items.map { $0.article.date?.daysSinceEpoch }
    let dateOrder = Array(0..<count).sorted { (days[$0] ?? .max, $0) < (days[$1] ?? .max, $1) }
    let entities = EntityTable(
      perArticle: ConcurrentMap.map(count: count) { EntityTable.entities(of: items[$0].analysis) },
      dateOrder: dateOrder)
    let mentions = ConcurrentMap.map(count: count) { index in
      items[index].analysis.events.map { EventMention(article: index, event: $0) }
    }
    let events = EventTable(
      mentions: mentions.flatMap { $0 }, articleCount: count, dateOrder: dateOrder,
      placeName: { entities.name(of: EntityKey(kind: .place, key: $0)) })
    let profiles = ConcurrentMap.map(count: count) { TextProfile(article: items[$0].article) }
    let text = TextIndex(profiles: profiles)
    let groups = NearDuplicates.groups(signatures: profiles.map(\.signature))
    var groupOfArticle = [Int32](repeating: -1, count: count)
    for (group, members) in groups.enumerated() { for member in members { groupOfArticle[member] = Int32(group) } }
    let ranker = RelatedRanker(
      entities: entities, events: events, text: text, days: days, duplicateGroup: groupOfArticle)
    return CrossReferenceIndex(
      entityTable: entities, eventTable: events, relatedLinks: ranker.rankAll(), duplicateGroups: groups,
      groupOfArticle: groupOfArticle, days: days)
  }

  /// The number of articles indexed.
  public var articleCount: Int { days.count }

  /// The entities of one kind that an article mentions, each with the number of other
  /// articles mentioning it: most shared first, then most mentioned in this article, then
  /// by name. Empty for an index out of range.
  public func entities(of articleIndex: Int, kind: EntityKind) -> [SharedEntity] {
    guard days.indices.contains(articleIndex) else { return [] }
    return entityTable.articleEntities[articleIndex].compactMap { count -> SharedEntity? in
      let id = Int(count.entity)
      guard entityTable.keys[id].kind == kind else { return nil }
      return SharedEntity(
        key: entityTable.keys[id], name: entityTable.names[id], mentions: Int(count.mentions),
        otherArticles: entityTable.postings[id].count - 1)
    }.sorted { lhs, rhs in
      if lhs.otherArticles != rhs.otherArticles { return lhs.otherArticles > rhs.otherArticles }
      if lhs.mentions != rhs.mentions { return lhs.mentions > rhs.mentions }
      return lhs.name.utf8.lexicographicallyPrecedes(rhs.name.utf8)
    }
  }

  /// The events an article mentions, each with the number of other articles mentioning it:
  /// most shared first, then by date (undated last), then by label.
  public func events(of articleIndex: Int) -> [SharedEvent] {
    guard days.indices.contains(articleIndex) else { return [] }
    return eventTable.articleEvents[articleIndex].map { id in
      SharedEvent(
        key: eventTable.keys[Int(id)], label: eventTable.labels[Int(id)],
        otherArticles: eventTable.articles[Int(id)].count - 1)
    }.sorted { lhs, rhs in
      if lhs.otherArticles != rhs.otherArticles { return lhs.otherArticles > rhs.otherArticles }
      return Self.chronological((lhs.key.date, lhs.label), (rhs.key.date, rhs.label))
    }
  }

  /// The articles mentioning an entity, with their mention counts, by article date
  /// (undated last), then index. Empty for an unknown key.
  public func articles(mentioning key: EntityKey) -> [EntityPosting] {
    entityTable.id(of: key).map { entityTable.postings[$0] } ?? []
  }

  /// The articles mentioning an event, by article date (undated last), then index.
  public func articles(sharing event: EventKey) -> [Int] {
    eventTable.id(of: event).map { eventTable.articles[$0] } ?? []
  }

  /// The collection's display name of an entity: its fullest, most used spelling.
  public func name(of key: EntityKey) -> String? { entityTable.name(of: key) }

  /// The label of an event: "talks in Sochi on 2018-09-17".
  public func label(of event: EventKey) -> String? { eventTable.id(of: event).map { eventTable.labels[$0] } }

  /// The articles most related to one, best first (at most 20 are kept), with what they
  /// share. Never the article itself nor a member of its near-duplicate group.
  public func related(to articleIndex: Int, limit: Int = 10) -> [RelatedArticle] {
    guard days.indices.contains(articleIndex) else { return [] }
    return relatedLinks[articleIndex].prefix(max(0, limit)).map { relatedArticle(articleIndex, $0) }
  }

  /// The article's near-duplicate group, itself included, ascending; `[articleIndex]` when
  /// it has none.
  public func duplicateGroup(of articleIndex: Int) -> [Int] {
    guard days.indices.contains(articleIndex) else { return [] }
    let group = groupOfArticle[articleIndex]
    return group < 0 ? [articleIndex] : duplicateGroups[Int(group)]
  }

  /// Every entity and event that at least `minimumArticles` articles mention.
  public func sharedAcrossCollection(minimumArticles: Int = 2) -> CollectionOverlap {
    let entities = entityTable.keys.indices.filter { entityTable.postings[$0].count >= minimumArticles }.map { id in
      CollectionOverlap.Entity(
        key: entityTable.keys[id], name: entityTable.names[id], articles: entityTable.postings[id].map(\.article))
    }.sorted { lhs, rhs in
      if lhs.articles.count != rhs.articles.count { return lhs.articles.count > rhs.articles.count }
      if lhs.key.kind != rhs.key.kind { return lhs.key.kind.order < rhs.key.kind.order }
      return lhs.name.utf8.lexicographicallyPrecedes(rhs.name.utf8)
    }
    let events = eventTable.keys.indices.filter { eventTable.articles[$0].count >= minimumArticles }.map { id in
      CollectionOverlap.Event(key: eventTable.keys[id], label: eventTable.labels[id], articles: eventTable.articles[id])
    }.sorted { lhs, rhs in
      if lhs.articles.count != rhs.articles.count { return lhs.articles.count > rhs.articles.count }
      return Self.chronological((lhs.key.date, lhs.label), (rhs.key.date, rhs.label))
    }
    return CollectionOverlap(entities: entities, events: events)
  }

  /// By date, undated last, then by label.
  private static func chronological(_ lhs: (DateValue?, String), _ rhs: (DateValue?, String)) -> Bool {
    switch (lhs.0, rhs.0) {
    case (let left?, let right?) where left != right: return left < right
    case (.some, nil): return true
    case (nil, .some): return false
    default: return lhs.1.utf8.lexicographicallyPrecedes(rhs.1.utf8)
    }
  }

  private func relatedArticle(_ article: Int, _ link: RelatedLink) -> RelatedArticle {
    let other = Int(link.article)
    var shared: [EntityKind: [(rarity: Double, name: String)]] = [:]
    Self.forEachCommon(entityTable.articleEntities[article], entityTable.articleEntities[other], by: \.entity) {
      let id = Int($0.entity)
      shared[entityTable.keys[id].kind, default: []].append((entityTable.rarity[id], entityTable.names[id]))
    }
    func names(_ kind: EntityKind) -> [String] {
      (shared[kind] ?? []).sorted { $0.rarity != $1.rarity ? $0.rarity > $1.rarity : $0.name < $1.name }.map(\.name)
    }
    var events: [Int32] = []
    Self.forEachCommon(eventTable.articleEvents[article], eventTable.articleEvents[other], by: \.self) {
      events.append($0)
    }
    let labels = events.map { (eventTable.keys[Int($0)].date, eventTable.labels[Int($0)]) }.sorted(
      by: Self.chronological)
    let distance = days[article].flatMap { day in days[other].map { abs($0 - day) } }
    return RelatedArticle(
      article: other, score: link.score, sharedPeople: names(.person), sharedEvents: labels.map(\.1),
      sharedPlaces: names(.place), sharedOrganizations: names(.organization), similarity: link.similarity,
      dayDistance: distance, duplicates: duplicateGroup(of: other).filter { $0 != other })
  }
}
