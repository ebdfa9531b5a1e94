import NewsCore

/// What narrows the article list.
public enum ListFilter: Hashable, Sendable {
  /// Articles that mention an entity.
  case entity(EntityKey, name: String)
  /// Articles that mention an event.
  case event(EventKey, label: String)
  /// Articles that match a filter expression typed at the `:` prompt.
  case query(FilterExpression)
  /// Articles found by `/` in the list, best first.
  case search(FilterExpression)

  /// "Dmitry Peskov", "talks in Sochi on 2018-09-17".
  public var label: String {
    switch self {
    case .entity(_, let name): return name
    case .event(_, let label): return label
    case .query(let expression): return ":" + expression.description
    case .search(let expression): return "/" + expression.description
    }
  }
}

/// Where the reader was: enough to come back to the same list, article and line.
public struct Location: Equatable, Sendable {
  public var filter: ListFilter?
  public var article: Int?
  public var listTop: Int
  public var textTop: Int
  /// The paragraph and offset of the first visible line, to survive a resize.
  public var anchor: (paragraph: Int, offset: Int)?
  public var focus: PaneID

  public static func == (lhs: Location, rhs: Location) -> Bool {
    lhs.filter == rhs.filter && lhs.article == rhs.article && lhs.listTop == rhs.listTop
      && lhs.textTop == rhs.textTop && lhs.anchor?.paragraph == rhs.anchor?.paragraph
      && lhs.anchor?.offset == rhs.anchor?.offset && lhs.focus == rhs.focus
  }
}

/// The jump history: every jump (article to article, entity list, related story)
/// records where it left. Back and forward walk it like a browser's.
public struct History: Equatable, Sendable {
  public var back: [Location] = []
  public var forward: [Location] = []
  /// Older locations are forgotten beyond this.
  public static let limit = 200
}

extension AppState {
  /// The current location.
  var location: Location {
    let line = reader.layout.lines.indices.contains(reader.top) ? reader.layout.lines[reader.top] : nil
    return Location(
      filter: list.filter, article: reader.articleIndex, listTop: list.top, textTop: reader.top,
      anchor: line?.paragraph.map { ($0, line?.offset ?? 0) }, focus: focus)
  }

  /// Records the current location before a jump.
  mutating func recordJump() {
    history.back.append(location)
    if history.back.count > History.limit { history.back.removeFirst(history.back.count - History.limit) }
    history.forward.removeAll()
  }

  mutating func goBack() {
    guard let previous = history.back.popLast() else {
      message = StatusMessage(text: "Nothing to go back to")
      return
    }
    history.forward.append(location)
    restore(previous)
  }

  mutating func goForward() {
    guard let next = history.forward.popLast() else {
      message = StatusMessage(text: "Nothing to go forward to")
      return
    }
    history.back.append(location)
    restore(next)
  }

  mutating func restore(_ target: Location) {
    applyFilter(target.filter, keeping: target.article)
    if let article = target.article, let row = list.rows.firstIndex(of: article) {
      list.top = target.listTop
      selectRow(row)
    } else if let article = target.article {
      open(article: article)
    }
    if let anchor = target.anchor, let line = reader.layout.lineIndex(paragraph: anchor.paragraph, offset: anchor.offset) {
      scrollText(to: line)
    } else {
      scrollText(to: target.textTop)
    }
    focus = target.focus
  }

  /// Narrows (or widens, with nil) the list, keeping `article` selected when it
  /// is among the rows.
  mutating func applyFilter(_ filter: ListFilter?, keeping article: Int?) {
    list.filter = filter
    switch filter {
    case .none: list.rows = Array(articles.indices)
    case .entity(let key, _):
      list.rows = collection.index.articles(mentioning: key).map(\.article).sorted()
    case .event(let key, _):
      list.rows = collection.index.articles(sharing: key).sorted()
    case .query(let expression):
      list.rows = filters.evaluator.evaluate(expression)
    case .search(let expression):
      list.rows = filters.evaluator.evaluate(expression)
    }
    list.rows = arranged(list.rows, keeping: article)
    list.top = 0
    list.selected = article.flatMap { list.rows.firstIndex(of: $0) } ?? 0
    let visible = contentRows(of: .list)
    if list.selected >= visible { list.top = list.selected - visible / 2 }
    list.top = clamp(list.top, 0, max(0, list.rows.count - visible))
  }

  /// Opens an article in the text pane, selecting its list row when listed.
  mutating func open(article: Int) {
    guard articles.indices.contains(article) else { return }
    if let row = list.rows.firstIndex(of: article) ?? revealInStory(article) {
      selectRow(row)
    } else {
      applyFilter(nil, keeping: article)
      selectRow(list.selected)
    }
    if reader.articleIndex != article {
      reader.articleIndex = article
      list.selected = list.rows.firstIndex(of: article) ?? list.selected
      openSelected()
    }
  }

  /// The entity or event `]`, `[` and Enter act on: the text's selected mention
  /// when the text has the focus, the sidebar's selection when it has, then the
  /// list's filter.
  var focusedTarget: SidebarTarget? {
    if focus == .text, let index = reader.selectedMention, reader.decorations.mentions.indices.contains(index) {
      return target(of: reader.decorations.mentions[index].target)
    }
    if focus == .sidebar, let row = sidebar.selected, sidebar.rows.indices.contains(row) {
      return sidebar.rows[row].target
    }
    switch list.filter {
    case .entity(let key, let name): return .entity(key, name: name)
    case .event(let key, let label): return .event(key, label: label)
    case .query, .search, .none:
      if let row = sidebar.selected, sidebar.rows.indices.contains(row) { return sidebar.rows[row].target }
      return nil
    }
  }

  func target(of mention: MentionTarget) -> SidebarTarget? {
    switch mention {
    case .entity(let kind, let name):
      let key = EntityKey(kind: kind, name: name)
      return .entity(key, name: collection.index.name(of: key) ?? name)
    case .event(let event):
      guard let article = reader.articleIndex else { return nil }
      let shared = collection.index.events(of: article).first { EventMatch.matches($0.key, event) }
      return shared.map { .event($0.key, label: $0.label) }
    }
  }

  /// Enter on an entity or event: the list shows the articles that mention it.
  /// On a related story or timeline row: that article opens.
  mutating func follow(_ target: SidebarTarget) {
    recordJump()
    switch target {
    case .entity(let key, let name):
      applyFilter(.entity(key, name: name), keeping: reader.articleIndex)
      focus = .list
      message = StatusMessage(
        text: "\(list.rows.count) article\(list.rows.count == 1 ? "" : "s") mention \(name). Esc or Ctrl-O goes back.")
    case .event(let key, let label):
      applyFilter(.event(key, label: label), keeping: reader.articleIndex)
      focus = .list
      message = StatusMessage(text: "\(list.rows.count) article\(list.rows.count == 1 ? "" : "s") tell of \(label)")
    case .article(let index):
      open(article: index)
      focus = .text
    case .speaker(let key, let name):
      history.back.removeLast()
      showQuotes(of: key, name: name)
    }
  }

  /// `]` and `[`: the next or previous article, by date, that shares the focused
  /// entity or event; wraps around.
  mutating func stepSharing(by step: Int) {
    guard let target = focusedTarget else {
      message = StatusMessage(text: "Select a person, place or event first (sidebar, or e in the text)")
      return
    }
    let articles: [Int]
    let label: String
    switch target {
    case .entity(let key, let name):
      articles = collection.index.articles(mentioning: key).map(\.article)
      label = name
    case .event(let key, let eventLabel):
      articles = collection.index.articles(sharing: key)
      label = eventLabel
    case .speaker(let key, let name):
      articles = collection.index.articles(mentioning: key).map(\.article)
      label = name
    case .article:
      message = StatusMessage(text: "Select a person, place or event first")
      return
    }
    guard articles.count > 1, let current = reader.articleIndex else {
      message = StatusMessage(text: "No other article mentions \(label)")
      return
    }
    let position = articles.firstIndex(of: current) ?? (step > 0 ? -1 : articles.count)
    let next = position + step
    let wrapped = next < 0 || next >= articles.count
    let index = articles[(next + articles.count) % articles.count]
    recordJump()
    let keepFocus = focus
    open(article: index)
    focus = keepFocus == .text ? .text : keepFocus
    let number = (next + articles.count) % articles.count + 1
    message = StatusMessage(text: "\(label): article \(number) of \(articles.count)\(wrapped ? " (wrapped)" : "")")
  }

  /// `e` and `E`: select the next or previous followable mention in the text.
  mutating func stepMention(by step: Int) {
    let mentions = reader.decorations.mentions
    guard !mentions.isEmpty else {
      message = StatusMessage(text: "No names or events in this article")
      return
    }
    let next = stepIndex(
      from: reader.selectedMention, count: mentions.count, by: step, above: reader.top + contentRows(of: .text)
    ) { lineOf(mentions[$0].span) }
    reader.selectedMention = next
    if let line = lineOf(mentions[next].span) {
      let rows = contentRows(of: .text)
      if line < reader.top || line >= reader.top + rows { scrollText(to: line - rows / 3) }
    }
    if let target = target(of: mentions[next].target) {
      message = StatusMessage(text: "\(target.label) — Enter lists its articles, ] and [ step through them")
    }
  }
}

/// Whether an article's event is the index's event: same trigger and place, dates
/// within a day.
enum EventMatch {
  static func matches(_ key: EventKey, _ event: Event) -> Bool {
    guard key.what == event.what, key.place == event.place else { return false }
    switch (key.date?.calendarDate, event.date?.calendarDate) {
    case (let left?, let right?): return abs(left.daysSinceEpoch - right.daysSinceEpoch) <= 1
    default: return key.date == event.date
    }
  }
}

extension AppState {
  /// Whether a mention in the text is of the entity or event a filter names.
  func mentionMatches(_ mention: Mention, _ filter: ListFilter) -> Bool {
    switch (mention.target, filter) {
    case (.entity(let kind, let name), .entity(let key, _)):
      return key.kind == kind && EntityKey(kind: kind, name: name) == key
    case (.event(let event), .event(let key, _)):
      return EventMatch.matches(key, event)
    case (.entity, .event), (.event, .entity), (_, .query), (_, .search):
      return false
    }
  }
}
