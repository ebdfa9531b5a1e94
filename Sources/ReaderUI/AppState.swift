import NewsCore
import TermGrid

/// Everything the reader shows, as a value. Only ``reduce(_:_:)`` changes it;
/// ``render(_:)`` reads it.
public struct AppState: Equatable, Sendable {
  /// Shown in the title bar ("seeds").
  public var collectionName: String
  /// The articles (newest first, the list's order), their analyses and the
  /// cross-reference index.
  public var collection: AnalyzedCollection
  public var articles: [Article] { collection.articles }
  /// Files that were not loaded, with why.
  public var refused: [ArticleLoadError]
  /// The collection's size on disk, in bytes.
  public var collectionBytes: Int
  public var viewport: Size
  public var focus: PaneID = .list
  public var list = ListState()
  public var reader = ReaderState()
  public var sidebar = SidebarState()
  /// The active find in the open article, if any.
  public var find: FindState?
  /// Jumps to go back and forward through.
  public var history = History()
  /// The text prompt in the status line, while typing.
  public var prompt: PromptState?
  /// The help overlay, while open.
  public var help: HelpState?
  /// A list overlay (a speaker's quotes, the highlights), while open.
  public var picker: PickerState?
  /// Saved highlights, newest first.
  public var highlights: [SavedHighlight] = []
  /// Saved filters, by name.
  public var savedFilters: [NamedFilter] = []
  /// Articles already read (indexes into `articles`); the list marks the others new.
  public var read: Set<Int> = []
  /// Background loading in progress, if any.
  public var loading: LoadingState?
  /// Evaluates `:` filters over the collection; typed filters, newest last.
  public var filters: FilterState
  /// A one-off message in the status line; cleared by the next key.
  public var message: StatusMessage?
  public var keyMap: KeyMap
  /// Thresholds, widths and panes of the layout. Changing it re-wraps the text.
  public var layoutSettings = LayoutSettings.standard {
    didSet { resize(to: viewport) }
  }
  /// False once the user has quit.
  public var isRunning = true

  /// A state for an analyzed collection, showing its first article.
  public init(
    collectionName: String, collection: AnalyzedCollection, refused: [ArticleLoadError] = [],
    viewport: Size, keyMap: KeyMap = .standard
  ) {
    let articles = collection.articles
    self.collectionName = collectionName
    self.collection = collection
    self.filters = FilterState(evaluator: FilterEvaluator(collection: collection))
    self.refused = refused
    self.collectionBytes = articles.reduce(0) { $0 + $1.byteCount }
    self.viewport = viewport
    self.keyMap = keyMap
    self.list = ListState(rows: Array(articles.indices))
    if !refused.isEmpty {
      let count = refused.count
      message = StatusMessage(text: "\(count) file\(count == 1 ? "" : "s") not loaded (lede check lists why)", isWarning: true)
    }
    openSelected()
  }

  /// Analyzes the articles first (tests and small collections).
  public init(
    collectionName: String, articles: [Article], refused: [ArticleLoadError] = [],
    viewport: Size, keyMap: KeyMap = .standard
  ) {
    self.init(
      collectionName: collectionName, collection: AnalyzedCollection(articles: articles), refused: refused,
      viewport: viewport, keyMap: keyMap)
  }

  /// Swaps in a freshly loaded collection: the list shows all of it, the article
  /// selected before stays selected (or the first opens), and jumps into the old
  /// collection are forgotten.
  mutating func replaceCollection(_ collection: AnalyzedCollection, refused: [ArticleLoadError]) {
    let kept = openArticle?.path
    let offset = list.selected - list.top
    self.collection = collection
    self.refused = refused
    filters.evaluator = FilterEvaluator(collection: collection)
    collectionBytes = collection.articles.reduce(0) { $0 + $1.byteCount }
    loading = nil
    read = []
    history = History()
    find = nil
    list = ListState(rows: Array(collection.articles.indices))
    keepSelection(of: kept, offset: offset)
    let count = refused.count
    if count > 0 {
      let text = "\(count) file\(count == 1 ? "" : "s") not loaded (lede check lists why)"
      message = StatusMessage(text: [text, message?.text].compactMap { $0 }.joined(separator: " · "), isWarning: true)
    }
  }

  /// The article shown in the text pane.
  public var openArticle: Article? {
    reader.articleIndex.flatMap { articles.indices.contains($0) ? articles[$0] : nil }
  }

  public var layout: Layout { Layout.compute(size: viewport, focus: focus, settings: layoutSettings) }

  /// Rows of content (below its title row) the pane has, or would have if focused.
  func contentRows(of pane: PaneID) -> Int {
    let rect = layout.rect(of: pane) ?? Layout.compute(size: viewport, focus: pane, settings: layoutSettings).rect(of: pane)
    return max(1, (rect?.rows ?? 1) - 1)
  }

  /// The wrap width of the text pane: its columns less a margin on each side.
  var textWidth: Int {
    let rect = Layout.compute(size: viewport, focus: .text, settings: layoutSettings).rect(of: .text)
    return max(1, (rect?.columns ?? 1) - 2)
  }

  /// Shows the list's selected article in the text pane, at its top.
  mutating func openSelected() {
    guard let index = list.selectedArticle, articles.indices.contains(index) else {
      reader = ReaderState()
      sidebar = SidebarState()
      rebuildSidebar()
      return
    }
    reader.articleIndex = index
    reader.top = 0
    reader.layout = TextLayout.build(article: articles[index], width: textWidth)
    reader.decorations = TextDecorations.build(collection.analyses[index])
    reader.selectedMention = nil
    reader.selectedQuote = nil
    sidebar = SidebarState()
    rebuildSidebar()
    refreshFindMatches()
  }
}

/// The article list: which articles it shows (all, or those a filter keeps), the
/// selected row and the first visible row.
public struct ListState: Equatable, Sendable {
  /// Article indexes, in display order.
  public var rows: [Int] = []
  /// What narrows the list, if anything.
  public var filter: ListFilter?
  /// The order chosen with `s` (see ``AppState/effectiveOrdering``).
  public var ordering = ArticleOrdering.date
  /// The stories, when `t` grouped the list; `rows` then holds the visible rows.
  public var stories: StoryRows?
  /// A row index into `rows`.
  public var selected = 0
  public var top = 0

  public init(rows: [Int] = []) { self.rows = rows }

  /// The article index of the selected row.
  public var selectedArticle: Int? { rows.indices.contains(selected) ? rows[selected] : nil }
}

public struct ReaderState: Equatable, Sendable {
  public var articleIndex: Int?
  /// The first visible line of the layout.
  public var top = 0
  public var layout = TextLayout.empty
  /// Styled spans of the open article: names, events, quotes.
  public var decorations = TextDecorations.empty
  /// The mention `e`/`E` moved to, an index into `decorations.mentions`.
  public var selectedMention: Int?
  /// The quote `}`/`{` moved to, an index into the article's quotes.
  public var selectedQuote: Int?
}

public struct SidebarState: Equatable, Sendable {
  public var top = 0
  /// The rows, rebuilt when the article or the selection changes.
  public var rows: [SidebarRow] = []
  /// The selected row (always one with a target), if any.
  public var selected: Int?
  /// The entry whose timeline the sidebar shows.
  public var timeline: SidebarTarget?
}

public struct FindState: Equatable, Sendable {
  public var query: String
  /// Matches in the open article, in text order.
  public var matches: [TextSpan]
  /// The match n/N last moved to.
  public var current: Int?
}

public struct PromptState: Equatable, Sendable {
  public enum Purpose: Equatable, Sendable {
    case find
    /// Typing the note of a highlight about to be saved.
    case highlightNote(HighlightDraft)
    /// Typing a filter (`person:"Dmitry Peskov" and date:2018-09`); `historyIndex`
    /// is the history entry Up/Down last showed.
    case filter(historyIndex: Int?)
    /// Typing a search of the whole collection (`/` in the list).
    case search
  }
  public var purpose: Purpose
  public var text: String
  /// The find that was active when the prompt opened: Esc restores it.
  public var previousFind: FindState?
  /// The text pane's top line when the prompt opened: Esc returns there.
  public var previousTop: Int
}

/// The `:` filter prompt's evaluator and history.
public struct FilterState: Equatable, Sendable {
  public var evaluator: FilterEvaluator
  /// Filters typed, oldest first; Up and Down at the prompt walk them.
  public var history: [String] = []

  public static func == (lhs: FilterState, rhs: FilterState) -> Bool {
    lhs.evaluator === rhs.evaluator && lhs.history == rhs.history
  }
}

/// What the status line says while a collection loads in the background.
public struct LoadingState: Equatable, Sendable {
  public var phase: String
  public var done: Int
  public var total: Int

  public init(phase: String, done: Int, total: Int) {
    self.phase = phase
    self.done = done
    self.total = total
  }
}

public struct HelpState: Equatable, Sendable {
  public var top = 0
}

public struct StatusMessage: Equatable, Sendable {
  public var text: String
  public var isWarning: Bool

  public init(text: String, isWarning: Bool = false) {
    self.text = text
    self.isWarning = isWarning
  }
}
