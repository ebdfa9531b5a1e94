import NewsCore
import TermGrid

/// A list over the panes: a speaker's quotes across the collection, or the saved
/// highlights. Each row leads to an article and a place in it.
public struct PickerState: Equatable, Sendable {
  public struct Row: Equatable, Sendable {
    public var text: String
    public var detail: String
    public var article: Int?
    public var span: TextSpan?
    /// The quote to select when the row opens.
    public var quote: Int?
    /// A saved filter to apply instead of opening an article.
    public var filter: String? = nil
  }

  public var title: String
  public var rows: [Row]
  public var selected = 0
  public var top = 0
  /// The saved filter a first `d` asked to delete; a second `d` on it deletes it.
  public var pendingDeletion: String? = nil
}

extension AppState {
  /// Every quote of a speaker across the collection, in collection order.
  mutating func showQuotes(of speaker: EntityKey, name: String) {
    let rows = collection.quotes.quotes(by: speaker).map { reference -> PickerState.Row in
      let article = articles[reference.article]
      let quote = collection.analyses[reference.article].quotes[reference.quote]
      return PickerState.Row(
        text: "“\(quote.text)”", detail: "\(article.date?.iso ?? "----------") \(article.title)",
        article: reference.article, span: quote.spans.first, quote: reference.quote)
    }
    picker = PickerState(title: "Quotes of \(name) (\(rows.count))", rows: rows)
  }

  /// The saved highlights, newest first.
  mutating func showHighlights() {
    let rows = highlights.map { highlight -> PickerState.Row in
      var detail = [highlight.date ?? "", highlight.title].filter { !$0.isEmpty }.joined(separator: " ")
      if let note = highlight.note { detail += " · note: \(note)" }
      if highlight.article == nil { detail += " · not in this collection" }
      let who = highlight.speaker.map { " — \($0)" } ?? ""
      return PickerState.Row(text: "“\(highlight.quote)”\(who)", detail: detail, article: highlight.article, span: highlight.span)
    }
    picker = PickerState(title: "Highlights (\(rows.count))", rows: rows)
    if rows.isEmpty { message = StatusMessage(text: "No highlights yet: m saves the current quote") }
  }

  /// Keys while the picker is open.
  mutating func applyPicker(_ command: Command) -> [Effect] {
    guard var current = picker else { return [] }
    if command == .deleteEntry { return deleteSelectedSavedFilter() }
    current.pendingDeletion = nil
    let visible = max(1, HelpContent.frame(in: viewport).rows - 2) / 2
    switch command {
    case .moveDown: current.selected += 1
    case .moveUp: current.selected -= 1
    case .pageDown: current.selected += visible
    case .pageUp: current.selected -= visible
    case .moveToTop: current.selected = 0
    case .moveToBottom: current.selected = current.rows.count - 1
    case .open:
      picker = nil
      if current.rows.indices.contains(current.selected) { go(to: current.rows[current.selected]) }
      return []
    case .cancel, .quit, .toggleHelp:
      picker = nil
      return []
    case .quitNow:
      isRunning = false
      return [.quit]
    case .redraw: return [.redraw]
    case .halfPageDown, .halfPageUp, .nextArticle, .previousArticle, .focusNextPane, .focusPreviousPane, .find, .nextMatch,
      .previousMatch, .follow, .nextSharingArticle, .previousSharingArticle, .back, .forward, .nextMention, .previousMention,
      .nextQuote, .previousQuote, .saveHighlight, .showHighlights, .filter, .markAllRead, .search, .cycleSort,
      .showSavedFilters, .toggleStories, .expandStory, .collapseStory, .toggleStory, .deleteEntry:
      return []
    }
    current.selected = clamp(current.selected, 0, current.rows.count - 1)
    if current.selected < current.top { current.top = current.selected }
    if current.selected >= current.top + visible { current.top = current.selected - visible + 1 }
    picker = current
    return []
  }

  /// Opens a picker row's article at its place (a jump: Ctrl-O comes back).
  mutating func go(to row: PickerState.Row) {
    if let filter = row.filter {
      applyTypedFilter(filter)
      focus = .list
      return
    }
    guard let article = row.article else {
      message = StatusMessage(text: "That article is not in this collection", isWarning: true)
      return
    }
    recordJump()
    open(article: article)
    focus = .text
    if let quote = row.quote {
      showQuote(quote)
    } else if let span = row.span, let line = lineOf(span) {
      scrollText(to: line - contentRows(of: .text) / 3)
    }
  }
}

/// Draws the picker: two lines per row (the quote, then where it is from).
enum PickerOverlay {
  static func draw(_ grid: inout Grid, state: AppState) {
    guard let picker = state.picker else { return }
    let frame = HelpContent.frame(in: state.viewport)
    grid.fill(frame, style: Role.normal.styleID)
    HelpOverlay.drawBox(&grid, frame)
    grid.write(
      " \(picker.title) · Enter opens\(picker.title.hasPrefix(AppState.savedFiltersTitle) ? " · d deletes" : "") · Esc closes ",
      row: frame.row, column: frame.column + 2, limit: frame.maxColumn - 1,
      style: Role.heading.styleID)
    let visible = max(1, (frame.rows - 2) / 2)
    for offset in 0..<visible {
      let index = picker.top + offset
      guard picker.rows.indices.contains(index) else { break }
      let row = picker.rows[index]
      let line = frame.row + 1 + offset * 2
      let selected = index == picker.selected
      let inner = Rect(column: frame.column + 1, row: line, columns: frame.columns - 2, rows: 2)
      if selected { grid.fill(inner, style: Role.selection.styleID) }
      let width = inner.columns - 2
      grid.write(
        truncated(row.text, to: width), row: line, column: inner.column + 1, limit: inner.maxColumn,
        style: (selected ? Role.selection : Role.quote).styleID)
      grid.write(
        truncated(row.detail, to: width - 2), row: line + 1, column: inner.column + 3, limit: inner.maxColumn,
        style: (selected ? Role.selection : Role.dim).styleID)
    }
    if picker.rows.isEmpty {
      grid.write(
        "Nothing here yet.", row: frame.row + 1, column: frame.column + 3, limit: frame.maxColumn - 1, style: Role.dim.styleID)
    }
  }
}
