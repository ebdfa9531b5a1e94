extension CrossReferenceIndex {
  /// Event mentions that the identity rules take for one event.
  ///
  /// Rules, for mentions with the same trigger (`what`):
  /// 1. Placed, day-precise mentions at the same place are one event when their days chain
  ///    with gaps of at most one day.
  /// 2. A placed mention with a month or year joins the one event of rule 1 at that place
  ///    with a day inside that period; with none or several it is one event with the other
  ///    mentions of the same place and period.
  /// 3. A placed, undated mention joins the only event at that place, if there is exactly
  ///    one; otherwise it stands alone.
  /// 4. An unplaced, day-precise mention joins the only event of rule 1 within a day of it,
  ///    if there is exactly one; otherwise it stands alone.
  /// 5. Any other mention (no place, and a coarse date or none) stands alone.
  /// So a missing field never conflicts, but two mentions that both lack the same field are
  /// too weak to merge ("talks" on Monday in two articles may be two different talks).
  /// Mentions that stand alone still merge within their own article.
  struct EventCluster: Sendable {
    var what: String
    var place: String?
    var placeName: String?
    var date: DateValue?
    var members: [EventMention]

    var firstArticle: Int { members.map(\.article).min() ?? 0 }

    func key(ordinal: Int) -> EventKey { EventKey(what: what, place: place, date: date, ordinal: ordinal) }

    func label(placeName: String?) -> String {
      var text = what
      if let placeName { text += " in \(placeName)" }
      if let date { text += " on \(date.iso)" }
      return text
    }

    /// Groups mentions that share one trigger.
    static func group(_ mentions: [EventMention]) -> [EventCluster] {
      var grouping = Grouping(dayClusters: chainByDay(mentions.filter { $0.place != nil && $0.day != nil }))
      for mention in mentions where mention.place != nil && mention.date != nil && mention.day == nil {
        grouping.addCoarse(mention)
      }
      for mention in mentions where mention.place != nil && mention.date == nil {
        grouping.attach(mention, toOnlyOf: grouping.clusters(at: mention.place))
      }
      for mention in mentions where mention.place == nil {
        guard let day = mention.day else {
          grouping.stand(mention)
          continue
        }
        grouping.attach(mention, toOnlyOf: grouping.dayClusters(near: day))
      }
      return grouping.clusters.map { $0.withRepresentativeDate() } + grouping.alone
    }

    fileprivate init(_ mention: EventMention) {
      what = mention.what
      place = mention.place
      placeName = mention.placeName
      date = mention.date
      members = [mention]
    }

    /// The day-precise dates of placed members, as day numbers.
    fileprivate var days: [Int] { members.compactMap { $0.place == nil ? nil : $0.day } }

    /// True when a placed, day-precise member falls within a month or a year.
    fileprivate func falls(in period: DateValue?) -> Bool {
      guard let period else { return false }
      return members.contains { member in
        guard member.place != nil, member.day != nil, let date = member.date else { return false }
        return date.year == period.year && (period.month == nil || date.month == period.month)
      }
    }

    /// Day clusters take the day most of their members give, the earliest on a tie.
    private func withRepresentativeDate() -> EventCluster {
      let dated = members.compactMap { $0.place == nil ? nil : $0.date?.calendarDate }
      guard !dated.isEmpty else { return self }
      var counts: [CalendarDate: Int] = [:]
      for date in dated { counts[date, default: 0] += 1 }
      var copy = self
      let best = counts.max { lhs, rhs in lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key > rhs.key }
      copy.date = best.map { DateValue($0.key) }
      return copy
    }

    private static func chainByDay(_ mentions: [EventMention]) -> [EventCluster] {
      let sorted = mentions.sorted { lhs, rhs in
        (lhs.place ?? "", lhs.day ?? 0, lhs.article) < (rhs.place ?? "", rhs.day ?? 0, rhs.article)
      }
      var clusters: [EventCluster] = []
      var lastDay = Int.min
      for mention in sorted {
        let day = mention.day ?? 0
        if let last = clusters.last, last.place == mention.place, day - lastDay <= 1 {
          clusters[clusters.count - 1].members.append(mention)
        } else {
          clusters.append(EventCluster(mention))
        }
        lastDay = day
      }
      return clusters
    }

  }

  /// The clusters of one trigger while they are built, indexed by place and by day.
  private struct Grouping {
    var clusters: [EventCluster]
    var alone: [EventCluster] = []
    private let dayClusterCount: Int
    private var byPlace: [String: [Int]] = [:]
    private var byDay: [Int: [Int]] = [:]
    private var aloneByArticle: [AloneKey: Int] = [:]

    private struct AloneKey: Hashable {
      var article: Int
      var place: String?
      var date: DateValue?
    }

    init(dayClusters: [EventCluster]) {
      clusters = dayClusters
      dayClusterCount = dayClusters.count
      for (index, cluster) in dayClusters.enumerated() {
        if let place = cluster.place { byPlace[place, default: []].append(index) }
        for day in Set(cluster.days) { byDay[day, default: []].append(index) }
      }
    }

    func clusters(at place: String?) -> [Int] { place.flatMap { byPlace[$0] } ?? [] }

    func dayClusters(near day: Int) -> [Int] {
      Array(Set((day - 1...day + 1).flatMap { byDay[$0] ?? [] })).sorted()
    }

    /// Rule 2: into the only day cluster within the period, else with its own period.
    mutating func addCoarse(_ mention: EventMention) {
      let atPlace = clusters(at: mention.place)
      let within = atPlace.filter { $0 < dayClusterCount && clusters[$0].falls(in: mention.date) }
      let same = atPlace.filter { $0 >= dayClusterCount && clusters[$0].date == mention.date }
      if let index = within.count == 1 ? within.first : same.first {
        clusters[index].members.append(mention)
      } else {
        if let place = mention.place { byPlace[place, default: []].append(clusters.count) }
        clusters.append(EventCluster(mention))
      }
    }

    mutating func attach(_ mention: EventMention, toOnlyOf candidates: [Int]) {
      guard candidates.count == 1, let index = candidates.first else { return stand(mention) }
      clusters[index].members.append(mention)
    }

    /// A mention that joins no other article's: it merges only with its own article's twin.
    mutating func stand(_ mention: EventMention) {
      let key = AloneKey(article: mention.article, place: mention.place, date: mention.date)
      if let index = aloneByArticle[key] {
        alone[index].members.append(mention)
      } else {
        aloneByArticle[key] = alone.count
        alone.append(EventCluster(mention))
      }
    }
  }
}
