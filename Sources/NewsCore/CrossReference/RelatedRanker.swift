extension CrossReferenceIndex {
  /// One related article as stored; names of what the two share are found when asked for.
  struct RelatedLink: Hashable, Sendable {
    var article: Int32
    var score: Double
    var similarity: Double
  }

  /// Ranks every article's related articles, in parallel. Candidates come only from
  /// postings (shared entities, events, rare terms), rarest first within a budget; the best
  /// `exactCandidates` by that estimate are scored exactly.
  struct RelatedRanker: Sendable {
    let entities: EntityTable
    let events: EventTable
    let text: TextIndex
    /// Each article's date as a day number.
    let days: [Int?]
    /// Each article's near-duplicate group, or -1.
    let duplicateGroup: [Int32]

    func rankAll() -> [[RelatedLink]] {
      let count = days.count
      return ConcurrentMap.map(count: count, scratch: { Estimates(count: count) }) { article, estimates in
        rank(article, estimates: &estimates)
      }
    }

    private func rank(_ article: Int, estimates: inout Estimates) -> [RelatedLink] {
      estimates.reset(for: article)
      collectCandidates(of: article, into: &estimates)
      var links = estimates.best(RankingParameters.exactCandidates).compactMap { candidate in
        link(from: article, to: Int(candidate))
      }
      links.sort { $0.score != $1.score ? $0.score > $1.score : $0.article < $1.article }
      // A near-duplicate group is listed once, by its best member; the article's own group not at all.
      var seenGroups: Set<Int32> = [duplicateGroup[article]]
      var kept: [RelatedLink] = []
      for link in links where kept.count < RankingParameters.keptPerArticle {
        let group = duplicateGroup[Int(link.article)]
        if group < 0 || seenGroups.insert(group).inserted { kept.append(link) }
      }
      return kept
    }

    /// A posting list to read for candidates.
    private enum Source {
      case entity(Int)
      case event(Int)
      case term(UInt32, weight: Double)
    }

    private func collectCandidates(of article: Int, into estimates: inout Estimates) {
      var sources: [(length: Int, order: Int, source: Source)] = []
      for count in entities.articleEntities[article] {
        sources.append((entities.postings[Int(count.entity)].count, sources.count, .entity(Int(count.entity))))
      }
      for event in events.articleEvents[article] {
        sources.append((events.articles[Int(event)].count, sources.count, .event(Int(event))))
      }
      let vector = text.vectors[article]
      for term in text.candidateTerms[article] {
        guard let termWeight = vector.weight(of: term) else { continue }
        let weight = RankingParameters.text * Double(termWeight)
        sources.append((text.posting(of: term).count, sources.count, .term(term, weight: weight)))
      }
      sources.sort { ($0.length, $0.order) < ($1.length, $1.order) }
      var budget = RankingParameters.postingBudget
      for (length, _, source) in sources where length > 1 && length <= RankingParameters.postingCap {
        guard length <= budget else { break }
        budget -= length
        switch source {
        case .entity(let id):
          let weight = entities.scoreWeight[id]
          for posting in entities.postings[id] { estimates.add(weight, to: posting.article) }
        case .event(let id):
          for other in events.articles[id] { estimates.add(RankingParameters.event, to: other) }
        case .term(let term, let weight):
          for index in text.posting(of: term) {
            estimates.add(weight * Double(text.postingWeights[index]), to: Int(text.postingArticles[index]))
          }
        }
      }
    }

    /// The exact score of `other` for `article`, or nil when they share nothing that counts.
    func link(from article: Int, to other: Int) -> RelatedLink? {
      var score = 0.0
      var shares = false
      CrossReferenceIndex.forEachCommon(
        entities.articleEntities[article], entities.articleEntities[other], by: { $0.entity }
      ) {
        score += entities.scoreWeight[Int($0.entity)]
        shares = true
      }
      CrossReferenceIndex.forEachCommon(events.articleEvents[article], events.articleEvents[other], by: { $0 }) { _ in
        score += RankingParameters.event
        shares = true
      }
      let similarity = text.vectors[article].dot(text.vectors[other])
      guard shares || similarity >= RankingParameters.minimumSimilarity else { return nil }
      score += RankingParameters.text * similarity
      if let day = days[article], let otherDay = days[other] {
        score += RankingParameters.closeness(days: otherDay - day)
      }
      return RelatedLink(article: Int32(other), score: score, similarity: similarity)
    }
  }

  /// Calls `body` with each element of `lhs` whose key also occurs in `rhs`; both are sorted
  /// by that key, without repeats. Complexity: O(lhs + rhs).
  @inline(__always)
  static func forEachCommon<Element>(
    _ lhs: [Element], _ rhs: [Element], by key: (Element) -> Int32, _ body: (Element) -> Void
  ) {
    var left = 0
    var right = 0
    while left < lhs.count, right < rhs.count {
      let leftKey = key(lhs[left])
      let rightKey = key(rhs[right])
      if leftKey == rightKey { body(lhs[left]) }
      if leftKey <= rightKey { left += 1 }
      if rightKey <= leftKey { right += 1 }
    }
  }

  /// Per-chunk scratch for candidate estimates: a dense array reset lazily by stamps.
  struct Estimates {
    private var value: [Double]
    private var stamp: [Int32]
    private var touched: [Int32] = []
    private var current: Int32 = -1

    init(count: Int) {
      value = Array(repeating: 0, count: count)
      stamp = Array(repeating: -1, count: count)
    }

    mutating func reset(for article: Int) {
      current = Int32(article)
      touched.removeAll(keepingCapacity: true)
      stamp[article] = current  // never a candidate of itself
    }

    mutating func add(_ amount: Double, to article: Int) {
      if stamp[article] != current {
        stamp[article] = current
        value[article] = 0
        touched.append(Int32(article))
      }
      value[article] += amount
    }

    /// The `limit` best candidates: highest estimate first, lower index on a tie.
    func best(_ limit: Int) -> [Int32] {
      func better(_ lhs: Int32, _ rhs: Int32) -> Bool {
        value[Int(lhs)] != value[Int(rhs)] ? value[Int(lhs)] > value[Int(rhs)] : lhs < rhs
      }
      guard touched.count > limit else { return touched.sorted(by: better) }
      var kept: [Int32] = []
      kept.reserveCapacity(limit + 1)
      for candidate in touched {
        if kept.count == limit, let last = kept.last, !better(candidate, last) { continue }
        var position = kept.count
        while position > 0, better(candidate, kept[position - 1]) { position -= 1 }
        kept.insert(candidate, at: position)
        if kept.count > limit { kept.removeLast() }
      }
      return kept
    }
  }
}
