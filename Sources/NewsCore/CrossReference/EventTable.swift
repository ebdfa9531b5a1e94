extension CrossReferenceIndex {
  /// One event mention of one article, normalised.
  struct EventMention: Sendable {
    var article: Int
    /// The trigger's folded words ("talks").
    var what: String
    /// The place's entity key, and the place as written.
    var place: String?
    var placeName: String?
    var date: DateValue?

    init(article: Int, event: Event) {
      self.article = article
      what = CrossReferenceKey.words(of: event.what).joined(separator: " ")
      if let name = event.place {
        let key = CrossReferenceKey.key(for: name, kind: .place)
        place = key.isEmpty ? nil : key
        placeName = key.isEmpty ? nil : name
      }
      date = event.date
    }

    /// The date as a day number, when it is precise to a day.
    var day: Int? { date?.calendarDate?.daysSinceEpoch }
  }

  /// Every event of the collection under one id, with the articles that mention it.
  struct EventTable: Sendable {
    /// By event id; sorted.
    var keys: [EventKey] = []
    var labels: [String] = []
    /// The articles mentioning each event, by article date (undated last), then index.
    var articles: [[Int]] = []
    /// Each article's events, sorted by id.
    var articleEvents: [[Int32]] = []

    /// - Parameters:
    ///   - placeName: the display name of a place key, when the entity table has it.
    ///   - dateOrder: article indexes by date (undated last), then index.
    init(mentions: [EventMention], articleCount: Int, dateOrder: [Int], placeName: (String) -> String?) {
      var byWhat: [String: [EventMention]] = [:]
      for mention in mentions where !mention.what.isEmpty { byWhat[mention.what, default: []].append(mention) }
      let whats = byWhat.keys.sorted()
      let grouped = byWhat
      let clusters = ConcurrentMap.map(count: whats.count) { EventCluster.group(grouped[whats[$0]] ?? []) }.flatMap { $0 }
      let described = clusters.map { ($0, $0.key(ordinal: 0)) }.sorted { lhs, rhs in
        lhs.1 != rhs.1 ? lhs.1 < rhs.1 : lhs.0.firstArticle < rhs.0.firstArticle
      }
      var position = [Int](repeating: 0, count: articleCount)
      for (rank, article) in dateOrder.enumerated() { position[article] = rank }
      articleEvents = Array(repeating: [], count: articleCount)
      for (cluster, description) in described {
        var ordinal = 0
        if let last = keys.last, last.what == description.what, last.place == description.place,
          last.date == description.date
        {
          ordinal = last.ordinal + 1
        }
        let key = cluster.key(ordinal: ordinal)
        let id = Int32(keys.count)
        keys.append(key)
        labels.append(cluster.label(placeName: key.place.flatMap(placeName) ?? cluster.placeName))
        let members = Array(Set(cluster.members.map(\.article))).sorted { position[$0] < position[$1] }
        articles.append(members)
        for article in members { articleEvents[article].append(id) }
      }
    }
  }
}
