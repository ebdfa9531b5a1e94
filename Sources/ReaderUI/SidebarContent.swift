import NewsCore

/// What a sidebar row leads to when chosen.
public enum SidebarTarget: Hashable, Sendable {
  case entity(EntityKey, name: String)
  case event(EventKey, label: String)
  case article(Int)
  /// A speaker: Enter lists their quotes across the collection.
  case speaker(EntityKey, name: String)

  public var label: String {
    switch self {
    case .entity(_, let name): return name
    case .event(_, let label): return label
    case .article(let index): return "article \(index + 1)"
    case .speaker(_, let name): return name
    }
  }
}

/// One line of the sidebar: a section title, a fact, or an entry that can be chosen.
public struct SidebarRow: Equatable, Sendable {
  public var label: String
  public var value: String
  /// Right-aligned: how many other articles share an entry.
  public var detail: String
  public var role: Role
  public var target: SidebarTarget?
  public var isHeading: Bool

  public init(
    label: String = "", value: String, detail: String = "", role: Role = .normal, target: SidebarTarget? = nil,
    isHeading: Bool = false
  ) {
    self.label = label
    self.value = value
    self.detail = detail
    self.role = role
    self.target = target
    self.isHeading = isHeading
  }
}

/// A titled block of the sidebar.
public struct SidebarSection: Equatable, Sendable {
  public var title: String
  public var rows: [SidebarRow]

  public init(title: String, rows: [SidebarRow]) {
    self.title = title
    self.rows = rows
  }
}

/// What the sidebar shows for the open article: the people, places, organisations
/// and events it shares with other articles (with counts; unshared ones dimmed),
/// related stories, the timeline of the selected entry, and the article's facts.
enum SidebarContent {
  static func sections(for state: AppState, timelineOf selection: SidebarTarget?) -> [SidebarSection] {
    guard let index = state.reader.articleIndex, let article = state.openArticle else {
      return [SidebarSection(title: "Collection", rows: [SidebarRow(value: "No articles", role: .dim)])]
    }
    let xref = state.collection.index
    var sections: [SidebarSection] = []
    let kinds: [(EntityKind, String, Role)] = [
      (.person, "People", .person), (.place, "Places", .place), (.organization, "Organisations", .organization),
    ]
    for (kind, title, role) in kinds {
      let rows = xref.entities(of: index, kind: kind).flatMap { entity in
        let target = SidebarTarget.entity(entity.key, name: entity.name)
        let row = SidebarRow(
          value: entity.name, detail: entity.otherArticles > 0 ? "\(entity.otherArticles)" : "",
          role: entity.otherArticles > 0 ? role : .dim, target: target)
        return [row] + (target == selection ? timeline(of: target, state: state) : [])
      }
      if !rows.isEmpty { sections.append(SidebarSection(title: title, rows: rows)) }
    }
    let events = xref.events(of: index).flatMap { event in
      let target = SidebarTarget.event(event.key, label: event.label)
      let row = SidebarRow(
        value: event.label, detail: event.otherArticles > 0 ? "\(event.otherArticles)" : "",
        role: event.otherArticles > 0 ? .event : .dim, target: target)
      return [row] + (target == selection ? timeline(of: target, state: state) : [])
    }
    if !events.isEmpty { sections.append(SidebarSection(title: "Events", rows: events)) }
    if let quotes = quoteSection(state, article: index) { sections.append(quotes) }
    let related = xref.related(to: index, limit: 8).flatMap { link -> [SidebarRow] in
      let other = state.articles[link.article]
      var rows = [
        SidebarRow(value: "\(other.date?.iso ?? "----------") \(other.title)", role: .normal, target: .article(link.article))
      ]
      let shared = (link.sharedPeople + link.sharedEvents).prefix(4)
      if !shared.isEmpty { rows.append(SidebarRow(value: "  " + shared.joined(separator: ", "), role: .dim)) }
      return rows
    }
    if !related.isEmpty { sections.append(SidebarSection(title: "Related stories", rows: related)) }
    sections.append(facts(of: article))
    return sections
  }

  /// Who said what: each speaker with the number of their quotes here and, as the
  /// detail, across the collection. Enter lists them all.
  static func quoteSection(_ state: AppState, article: Int) -> SidebarSection? {
    let quotes = state.collection.analyses[article].quotes
    guard !quotes.isEmpty else { return nil }
    var order: [String] = []
    var counts: [String: (kind: EntityKind, count: Int)] = [:]
    var unattributed = 0
    for quote in quotes where !quote.isFragment || quote.speaker != nil {
      guard let speaker = quote.speaker else {
        unattributed += 1
        continue
      }
      if counts[speaker] == nil { order.append(speaker) }
      counts[speaker, default: (quote.speakerKind ?? .person, 0)].count += 1
    }
    var rows = order.map { speaker -> SidebarRow in
      let entry = counts[speaker] ?? (.person, 0)
      let key = EntityKey(kind: entry.kind, name: speaker)
      let total = state.collection.quotes.quotes(by: key).count
      return SidebarRow(
        value: "\(speaker) (\(entry.count))", detail: total > entry.count ? "\(total)" : "", role: .speaker,
        target: .speaker(key, name: speaker))
    }
    if unattributed > 0 { rows.append(SidebarRow(value: "unattributed (\(unattributed))", role: .dim)) }
    return rows.isEmpty ? nil : SidebarSection(title: "Quotes", rows: rows)
  }

  /// The timeline of the selected entry, unfolded under it: its articles by date,
  /// oldest first, the open one marked; at most `timelineRows` rows around the open
  /// one. Not selectable, so j and k walk from name to name; Enter lists them all.
  static func timeline(of target: SidebarTarget, state: AppState) -> [SidebarRow] {
    let articles: [Int]
    switch target {
    case .entity(let key, _): articles = state.collection.index.articles(mentioning: key).map(\.article)
    case .event(let key, _): articles = state.collection.index.articles(sharing: key)
    case .article, .speaker: return []
    }
    let open = articles.firstIndex { $0 == state.reader.articleIndex } ?? 0
    let start = max(0, min(open - timelineRows / 2, articles.count - timelineRows))
    let shown = articles[start..<min(articles.count, start + timelineRows)]
    var rows = shown.map { index in
      let article = state.articles[index]
      let isOpen = index == state.reader.articleIndex
      return SidebarRow(
        value: "\(isOpen ? "▸" : "·") \(article.date?.iso ?? "----------") \(article.title)", role: isOpen ? .heading : .dim)
    }
    if articles.count > shown.count {
      rows.append(SidebarRow(value: "  … \(articles.count - shown.count) more: Enter lists all", role: .dim))
    }
    return rows
  }

  static let timelineRows = 5

  /// Sections flattened into rows: a heading per section, its rows, a blank.
  static func rows(for state: AppState, timelineOf selection: SidebarTarget?) -> [SidebarRow] {
    var rows: [SidebarRow] = []
    for section in sections(for: state, timelineOf: selection) {
      if !rows.isEmpty { rows.append(SidebarRow(value: "")) }
      rows.append(SidebarRow(value: section.title, role: .heading, isHeading: true))
      rows += section.rows
    }
    return rows
  }

  static func facts(of article: Article) -> SidebarSection {
    var rows: [SidebarRow] = []
    switch article.dateSource {
    case .header: rows.append(SidebarRow(label: "Date", value: article.date?.iso ?? "?", role: .date))
    case .file: rows.append(SidebarRow(label: "Date", value: "\(article.date?.iso ?? "?") (file date)", role: .dim))
    case .unknown: rows.append(SidebarRow(label: "Date", value: "unknown", role: .dim))
    }
    rows.append(SidebarRow(label: "Title", value: article.titleIsHeadline ? "headline" : "derived from the lead"))
    if let dateline = article.dateline { rows.append(SidebarRow(label: "Dateline", value: dateline.text)) }
    let body = article.paragraphs.filter { $0.kind == .body }.count
    rows.append(SidebarRow(label: "Words", value: String(article.wordCount)))
    rows.append(SidebarRow(label: "Paragraphs", value: String(body)))
    rows.append(SidebarRow(label: "Reading", value: "\(article.readingMinutes) min"))
    rows.append(SidebarRow(label: "File", value: article.relativePath, role: .dim))
    rows.append(SidebarRow(label: "Size", value: "\(article.byteCount) bytes", role: .dim))
    for warning in article.warnings {
      rows.append(SidebarRow(label: "Warning", value: warning.summary, role: .warning))
    }
    return SidebarSection(title: "Article", rows: rows)
  }
}

extension AppState {
  /// Rebuilds the sidebar rows, keeping the selected entry selected.
  mutating func rebuildSidebar() {
    let selectedTarget = sidebar.selected.flatMap { sidebar.rows.indices.contains($0) ? sidebar.rows[$0].target : nil }
    let timelineTarget: SidebarTarget?
    switch selectedTarget {
    case .entity, .event: timelineTarget = selectedTarget
    case .article, .speaker, .none: timelineTarget = sidebar.timeline
    }
    sidebar.timeline = timelineTarget
    sidebar.rows = isOpening ? [] : SidebarContent.rows(for: self, timelineOf: timelineTarget)
    if let selectedTarget {
      sidebar.selected = sidebar.rows.firstIndex { $0.target == selectedTarget }
    }
    sidebar.top = clamp(sidebar.top, 0, max(0, sidebar.rows.count - contentRows(of: .sidebar)))
  }

  /// j/k in the sidebar: move to the next entry that can be chosen, scrolling to
  /// keep it visible; with no entries, scroll.
  mutating func moveSidebar(by delta: Int) {
    let selectable = sidebar.rows.indices.filter { sidebar.rows[$0].target != nil }
    let visible = contentRows(of: .sidebar)
    guard !selectable.isEmpty else {
      sidebar.top = clamp(sidebar.top.addingClamped(delta), 0, max(0, sidebar.rows.count - visible))
      return
    }
    let current = sidebar.selected.flatMap { selectable.firstIndex(of: $0) } ?? (delta > 0 ? -1 : selectable.count)
    let position = clamp(current.addingClamped(delta), 0, selectable.count - 1)
    sidebar.selected = selectable[position]
    rebuildSidebar()
    switch sidebar.selected.flatMap({ sidebar.rows[$0].target }) {
    case .entity(let key, let name):
      let count = collection.index.articles(mentioning: key).count
      message = StatusMessage(text: "\(name): \(count) article\(count == 1 ? "" : "s") · Enter lists them · ] and [ step")
    case .event(let key, let label):
      let count = collection.index.articles(sharing: key).count
      message = StatusMessage(text: "\(label): \(count) article\(count == 1 ? "" : "s") · Enter lists them")
    case .speaker(let key, let name):
      let count = collection.quotes.quotes(by: key).count
      message = StatusMessage(text: "\(name): \(count) quote\(count == 1 ? "" : "s") in the collection · Enter lists them")
    case .article, .none: break
    }
    guard let row = sidebar.selected else { return }
    if row < sidebar.top + 1 { sidebar.top = max(0, row - 1) }
    if row >= sidebar.top + visible { sidebar.top = row - visible + 1 }
    sidebar.top = clamp(sidebar.top, 0, max(0, sidebar.rows.count - visible))
  }
}
