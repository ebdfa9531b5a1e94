import NewsCore

extension ArticleOrdering {
  /// What the list's title says: "by date ↓" (newest first), "by title ↑" (A to Z).
  public var label: String {
    switch self {
    case .date: return "by date ↓"
    case .title: return "by title ↑"
    case .relevance: return "by relevance ↓"
    case .sharedEntities: return "by shared names ↓"
    }
  }
}

extension AppState {
  /// The order the list is shown in: the chosen one, but date where relevance has no
  /// rank to sort by (no search, or a filter without words).
  public var effectiveOrdering: ArticleOrdering {
    list.ordering == .relevance && rankedExpression == nil ? .date : list.ordering
  }

  /// The search, or the words of the `:` filter, that relevance ranks by.
  var rankedExpression: FilterExpression? {
    switch list.filter {
    case .search(let expression): return expression
    case .query(let expression): return SearchTerms.of(expression).isEmpty ? nil : expression
    case .entity, .event, .none: return nil
    }
  }

  /// `s`: sorts the list by the next order (date, title, shared names, and relevance
  /// when there is a rank); the selected article stays selected.
  mutating func cycleOrdering() {
    var orders: [ArticleOrdering] = [.date, .title, .sharedEntities]
    if rankedExpression != nil { orders.append(.relevance) }
    let current = orders.firstIndex(of: effectiveOrdering) ?? 0
    list.ordering = orders[(current + 1) % orders.count]
    let article = list.selectedArticle
    applyFilter(list.filter, keeping: article)
    message = StatusMessage(text: "Sorted \(effectiveOrdering.label)")
  }

  /// `rows` (in the collection's order, which is by date) in the list's order.
  func ordered(_ rows: [Int]) -> [Int] {
    switch effectiveOrdering {
    case .date: return rows
    case .title, .sharedEntities: return effectiveOrdering.sorted(rows, in: collection)
    case .relevance:
      guard let expression = rankedExpression else { return rows }
      let scores = filters.evaluator.relevance(of: rows, for: expression)
      return ArticleOrdering.relevance.sorted(rows, in: collection, scores: scores)
    }
  }
}
