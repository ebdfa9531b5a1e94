import NewsCore
import TermGrid

/// Opening a collection in two phases: first its cached listing (titles and dates of
/// placeholder articles without text or analysis), so the list can be read and moved
/// through at once; then the full collection, which replaces it keeping the selection.
extension AppState {
  /// True while the collection is still opening: the list may show a listing, but the
  /// text, the analysis and the cross-references are not there yet.
  public var isOpening: Bool { loading != nil }

  /// Shows the cached listing while the collection opens. The text pane and the
  /// sidebar say that it is still opening; the status line keeps the progress.
  mutating func showListing(_ listing: AnalyzedCollection) {
    let kept = openArticle?.path
    let offset = list.selected - list.top
    if loading == nil { loading = LoadingState(phase: "Opening", done: 0, total: 0) }
    collection = listing
    filters.evaluator = FilterEvaluator(collection: listing)
    collectionBytes = listing.articles.reduce(0) { $0 + $1.byteCount }
    history = History()
    find = nil
    list = ListState(rows: Array(listing.articles.indices))
    keepSelection(of: kept, offset: offset)
  }

  /// Selects the article read from `path` in the (new) list, `offset` rows below the
  /// list's top as before, or the first row when it is gone; then opens it.
  mutating func keepSelection(of path: String?, offset: Int) {
    let row = path.flatMap { path in list.rows.firstIndex { articles[$0].path == path } } ?? 0
    list.top = max(0, row - offset)
    reader = ReaderState()
    if list.rows.isEmpty { openSelected() } else { selectRow(row) }
  }

  /// Why `command` cannot run while the collection opens, or nil when it can.
  func refusalWhileOpening(_ command: Command) -> String? {
    switch command {
    case .filter: return "Filters need the analysis: still indexing, try again in a moment"
    case .search: return "Search needs the full text: still loading, try again in a moment"
    case .find, .saveHighlight: return "The text is still loading: try again in a moment"
    case .follow, .nextSharingArticle, .previousSharingArticle, .nextMention, .previousMention, .nextQuote,
      .previousQuote:
      return "Names, events and quotes: still indexing, try again in a moment"
    case .showHighlights, .markAllRead, .showSavedFilters: return "Still opening the collection: try again in a moment"
    case .cycleSort, .toggleStories: return "Sorting and stories need the analysis: still indexing, try again in a moment"
    case .moveDown, .moveUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .moveToTop, .moveToBottom, .open,
      .nextArticle, .previousArticle, .focusNextPane, .focusPreviousPane, .nextMatch, .previousMatch, .toggleHelp,
      .quit, .quitNow, .redraw, .cancel, .back, .forward, .expandStory, .collapseStory, .toggleStory, .deleteEntry:
      return nil
    }
  }
}

/// What the text pane and the sidebar say while the collection opens.
enum OpeningNote {
  static let text = "Opening the collection: the text appears when it is loaded."
  static let sidebar = "Names, events and related stories appear when the collection is indexed."

  /// Writes `note`, wrapped, from `row` down to the bottom of `rect`.
  static func draw(_ grid: inout Grid, _ note: String, from row: Int, in rect: Rect) {
    let width = max(1, rect.columns - 2)
    for (offset, line) in TextLayout.wrap(note, kind: .meta, paragraph: nil, width: width).enumerated()
    where row + offset < rect.maxRow {
      grid.write(line.text, row: row + offset, column: rect.column + 1, limit: rect.maxColumn - 1, style: Role.dim.styleID)
    }
  }
}
