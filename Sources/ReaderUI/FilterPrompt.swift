import NewsCore

extension AppState {
  /// Enter at the `:` prompt: parse, then narrow the list (a jump: Ctrl-O and Esc
  /// come back). An empty filter shows every article; a mistake says where.
  mutating func applyTypedFilter(_ text: String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else {
      if list.filter != nil {
        recordJump()
        applyFilter(nil, keeping: reader.articleIndex)
      }
      return
    }
    switch FilterQuery.parse(trimmed) {
    case .failure(let error):
      message = StatusMessage(text: "Filter: \(error.description)", isWarning: true)
    case .success(let expression):
      if filters.history.last != trimmed { filters.history.append(trimmed) }
      if filters.history.count > 100 { filters.history.removeFirst() }
      recordJump()
      applyFilter(.query(expression), keeping: reader.articleIndex)
      if list.selectedArticle != reader.articleIndex { openSelected() }
      let count = listedArticles.count
      message = StatusMessage(text: "\(count) article\(count == 1 ? "" : "s") match · Esc or Ctrl-O goes back")
    }
  }

  /// Tab at the `:` prompt: completes the entity name after `person:`, `place:`,
  /// `org:` (or a bare word) to the longest prefix the candidates share.
  func completeFilter(_ text: String) -> String {
    let tail = text.split(separator: " ", omittingEmptySubsequences: false).last.map(String.init) ?? ""
    let head = String(text.dropLast(tail.count))
    var kind: EntityKind?
    var field = ""
    var value = tail
    for (prefix, candidate) in [("person:", EntityKind.person), ("place:", .place), ("org:", .organization)]
    where tail.hasPrefix(prefix) {
      kind = candidate
      field = prefix
      value = String(tail.dropFirst(prefix.count))
    }
    let quoted = value.hasPrefix("\"")
    let bare = quoted ? String(value.dropFirst()) : value
    let names = filters.evaluator.completions(prefix: bare, kind: kind, limit: 50)
    guard let first = names.first else { return text }
    var common = first
    for name in names.dropFirst() {
      while !name.lowercased().hasPrefix(common.lowercased()) { common.removeLast() }
    }
    guard common.count >= bare.count else { return text }
    let needsQuotes = quoted || common.contains(" ")
    let closing = names.count == 1 && needsQuotes ? "\"" : ""
    return head + field + (needsQuotes ? "\"" : "") + common + closing
  }
}

extension AppState {
  /// Enter at the list's `/` prompt: the articles containing every word, best first;
  /// the first word or phrase is highlighted in the text and n/N step through it.
  mutating func searchCollection(_ text: String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else { return }
    switch FilterQuery.parse(trimmed) {
    case .failure(let error):
      message = StatusMessage(text: "Search: \(error.description)", isWarning: true)
    case .success(let expression):
      recordJump()
      message = nil
      list.ordering = .relevance
      applyFilter(.search(expression), keeping: nil)
      selectRow(0)
      openSelected()
      if let term = SearchTerms.of(expression).first {
        find = FindState(query: term, matches: [], current: nil)
        refreshFindMatches()
        if let matches = find?.matches, !matches.isEmpty { showMatch(0) }
      }
      let count = listedArticles.count
      let hits = message.map { " · " + $0.text } ?? ""
      message = StatusMessage(
        text: count == 0 ? "Nothing found for \(trimmed)" : "\(count) article\(count == 1 ? "" : "s") found, best first\(hits)",
        isWarning: count == 0)
    }
  }
}

/// The words and phrases of a search: the first is highlighted in the text.
enum SearchTerms {
  static func of(_ expression: FilterExpression) -> [String] {
    switch expression {
    case .term(.word(let word, _)): return [word]
    case .term(.phrase(let phrase)): return [phrase]
    case .term: return []
    case .not: return []
    case .and(let operands), .or(let operands): return operands.flatMap(of)
    }
  }
}
