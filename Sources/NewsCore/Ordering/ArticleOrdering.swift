/// The orders the article list can be sorted in. Every order ends in the list's date order
/// (newest first, undated last, then title, then index), so sorting is total and stable.
public enum ArticleOrdering: String, Hashable, Sendable, CaseIterable {
  /// Newest first; undated last.
  case date
  /// By title, ignoring case, then by date.
  case title
  /// By a given score, highest first (articles without one last), then by date.
  case relevance
  /// By the number of people, places and organisations the article shares with other
  /// articles of the collection, most first, then by date.
  case sharedEntities = "shared"

  /// `indexes` (articles of `collection`) in this order.
  ///
  /// - Parameter scores: relevance by article index, for ``relevance``; ignored otherwise.
  /// - Complexity: O(n log n) for n indexes, with each sort key computed once.
  public func sorted(_ indexes: [Int], in collection: AnalyzedCollection, scores: [Int: Double] = [:]) -> [Int] {
    let articles = collection.articles
    let valid = indexes.filter { articles.indices.contains($0) }
    switch self {
    case .date:
      return valid.sorted { Self.dateOrder(articles, $0, $1) }
    case .title:
      let keys = Dictionary(valid.map { ($0, articles[$0].title.lowercased()) }, uniquingKeysWith: { first, _ in first })
      return valid.sorted { lhs, rhs in
        let left = keys[lhs] ?? ""
        let right = keys[rhs] ?? ""
        return left != right ? left.utf8.lexicographicallyPrecedes(right.utf8) : Self.dateOrder(articles, lhs, rhs)
      }
    case .relevance:
      return valid.sorted { lhs, rhs in
        let left = scores[lhs] ?? -.infinity
        let right = scores[rhs] ?? -.infinity
        return left != right ? left > right : Self.dateOrder(articles, lhs, rhs)
      }
    case .sharedEntities:
      let counts = Dictionary(
        valid.map { ($0, collection.index.sharedEntityCount(of: $0)) }, uniquingKeysWith: { first, _ in first })
      return valid.sorted { lhs, rhs in
        let left = counts[lhs] ?? 0
        let right = counts[rhs] ?? 0
        return left != right ? left > right : Self.dateOrder(articles, lhs, rhs)
      }
    }
  }

  /// Newest first, undated last, then title, then index.
  static func dateOrder(_ articles: [Article], _ lhs: Int, _ rhs: Int) -> Bool {
    switch (articles[lhs].date, articles[rhs].date) {
    case (let left?, let right?) where left != right: return left > right
    case (.some, nil): return true
    case (nil, .some): return false
    default:
      let left = articles[lhs].title
      let right = articles[rhs].title
      return left != right ? left.utf8.lexicographicallyPrecedes(right.utf8) : lhs < rhs
    }
  }
}

extension CrossReferenceIndex {
  /// How many of an article's people, places and organisations at least one other
  /// article mentions; 0 for an index out of range.
  public func sharedEntityCount(of articleIndex: Int) -> Int {
    guard entityTable.articleEntities.indices.contains(articleIndex) else { return 0 }
    return entityTable.articleEntities[articleIndex].reduce(0) { count, entity in
      count + (entityTable.postings[Int(entity.entity)].count > 1 ? 1 : 0)
    }
  }
}
