import NewsCore

/// A filter the user saved under a name (`:save NAME`), recalled with the saved-filter picker.
public struct NamedFilter: Equatable, Sendable {
  public var name: String
  /// The filter as typed at the `:` prompt.
  public var query: String

  public init(name: String, query: String) {
    self.name = name
    self.query = query
  }
}

extension AppState {
  /// `:save NAME` at the filter prompt: the name, when that is what was typed. A filter of
  /// the word "save" and one more word is written `"save" word`.
  static func saveCommandName(in text: String) -> String? {
    let words = text.split(separator: " ")
    guard words.count == 2, words[0] == "save" else { return nil }
    return String(words[1])
  }

  /// Saves the list's filter (a `:` filter or a `/` search) under `name`.
  mutating func saveActiveFilter(as name: String) -> [Effect] {
    let query: String
    switch list.filter {
    case .query(let expression), .search(let expression): query = expression.description
    case .entity, .event, .none:
      message = StatusMessage(text: "Filter the list first (:person:Kovacs…), then :save NAME", isWarning: true)
      return []
    }
    message = StatusMessage(text: "Saving the filter \(name)…")
    return [.saveFilter(NamedFilter(name: name, query: query))]
  }

  /// The saved filters arrived (at start, or after a save).
  mutating func receiveSavedFilters(_ saved: [NamedFilter]) {
    let isSaving = message?.text.hasPrefix("Saving the filter ") ?? false
    let deleting = message?.text.hasPrefix("Deleting the saved filter ") ?? false
    savedFilters = saved
    if let picker, picker.title.hasPrefix(Self.savedFiltersTitle) { showSavedFilters() }
    if isSaving { message = StatusMessage(text: "Filter saved · F lists saved filters") }
    if deleting { message = StatusMessage(text: "Saved filter deleted") }
  }

  static let savedFiltersTitle = "Saved filters"

  /// `d` in the saved-filter picker: the first press asks, the second deletes.
  mutating func deleteSelectedSavedFilter() -> [Effect] {
    guard var current = picker, current.title.hasPrefix(Self.savedFiltersTitle) else {
      message = StatusMessage(text: "Only saved filters can be deleted here", isWarning: true)
      return []
    }
    guard current.rows.indices.contains(current.selected) else { return [] }
    let name = current.rows[current.selected].text
    guard current.pendingDeletion == name else {
      current.pendingDeletion = name
      picker = current
      message = StatusMessage(text: "Delete the saved filter \(name)? Press d again to delete it", isWarning: true)
      return []
    }
    current.pendingDeletion = nil
    picker = current
    message = StatusMessage(text: "Deleting the saved filter \(name)…")
    return [.deleteFilter(name)]
  }

  /// `F`: the saved filters by name; Enter filters the list with one.
  mutating func showSavedFilters() {
    let rows = savedFilters.map { saved in
      PickerState.Row(text: saved.name, detail: ":" + saved.query, article: nil, span: nil, quote: nil, filter: saved.query)
    }
    let selected = picker?.title.hasPrefix(Self.savedFiltersTitle) == true ? picker?.selected ?? 0 : 0
    picker = PickerState(title: "\(Self.savedFiltersTitle) (\(rows.count))", rows: rows)
    picker?.selected = clamp(selected, 0, rows.count - 1)
    if rows.isEmpty { message = StatusMessage(text: "No saved filters yet: type :FILTER, then :save NAME") }
  }
}
