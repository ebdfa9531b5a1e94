import NewsCore
import TermGrid

/// The article list: date and title per row.
enum ListPane {
  static func draw(_ grid: inout Grid, state: AppState, rect: Rect) {
    let focused = state.focus == .list
    let title = state.list.filter.map { "\(PaneID.list.title) · \($0.label)" } ?? PaneID.list.title
    let detail = listTitleDetail(state, room: rect.columns - DisplayWidth.of(title) - 3)
    drawPaneTitle(&grid, title: title, detail: detail, focused: focused, rect: rect)
    let rows = rect.rows - 1
    for offset in 0..<max(0, rows) {
      let rowIndex = state.list.top + offset
      let row = rect.row + 1 + offset
      guard state.list.rows.indices.contains(rowIndex), state.articles.indices.contains(state.list.rows[rowIndex]) else { break }
      let article = state.articles[state.list.rows[rowIndex]]
      let selected = rowIndex == state.list.selected
      let base: Role? = selected ? (focused ? .selection : .selectionUnfocused) : nil
      grid.fill(Rect(column: rect.column, row: row, columns: rect.columns, rows: 1), style: (base ?? .normal).styleID)
      if hasUnread(state, row: state.list.rows[rowIndex]) && state.loading == nil {
        grid.write("•", row: row, column: rect.column, limit: rect.maxColumn, style: (base ?? .date).styleID)
      }
      var column = rect.column + 1
      let date: String
      switch article.dateSource {
      case .header: date = article.date?.iso ?? "----------"
      case .file: date = (article.date?.iso ?? "----------")
      case .unknown: date = "----------"
      }
      let dateRole: Role = article.dateSource == .header ? .date : .dim
      column = grid.write(date, row: row, column: column, limit: rect.maxColumn, style: (base ?? dateRole).styleID)
      let marker = article.dateSource == .file ? "*" : " "
      column = grid.write(marker, row: row, column: column, limit: rect.maxColumn, style: (base ?? .dim).styleID)
      let story = state.list.stories.map { StoryMark.decoration(of: state.list.rows[rowIndex], in: $0) }
      if let story {
        column = grid.write(story.prefix, row: row, column: column, limit: rect.maxColumn, style: (base ?? .dim).styleID)
      }
      let suffix = story?.suffix ?? ""
      let title = article.titleIsHeadline ? article.title : "~" + article.title
      let titleRole: Role = article.titleIsHeadline ? .normal : .derivedTitle
      column = grid.write(
        truncated(title, to: rect.maxColumn - column - 1 - DisplayWidth.of(suffix)), row: row, column: column,
        limit: rect.maxColumn, style: (base ?? titleRole).styleID)
      grid.write(suffix, row: row, column: column, limit: rect.maxColumn, style: (base ?? .dim).styleID)
    }
    if state.list.rows.isEmpty, rows > 0 {
      grid.write(
        state.loading == nil ? " No articles" : " Loading…", row: rect.row + 1, column: rect.column, limit: rect.maxColumn,
        style: Role.dim.styleID)
    }
  }

  /// A row is marked new when its article, or an article of its closed story, is unread.
  static func hasUnread(_ state: AppState, row article: Int) -> Bool {
    guard let stories = state.list.stories, let group = stories.group(of: article), group.lead == article,
      !stories.expanded.contains(article)
    else { return !state.read.contains(article) }
    return group.members.contains { !state.read.contains($0) }
  }

  /// The order (with "stories" when grouped), and with a filter the count: as much as
  /// fits in `room` columns.
  static func listTitleDetail(_ state: AppState, room: Int) -> String {
    let order = state.effectiveOrdering.label
    let grouped = (state.list.stories == nil ? "" : "stories ") + order
    guard state.list.filter != nil else { return DisplayWidth.of(grouped) <= room ? grouped : order }
    let count = "\(state.listedArticles.count)"
    let forms = ["\(count) · \(grouped) · Esc: all", "\(count) · \(grouped)", "\(count) · \(order)", count]
    return forms.first { DisplayWidth.of($0) <= room } ?? count
  }
}

/// The open article: wrapped lines with find matches highlighted.
enum TextPane {
  static func draw(_ grid: inout Grid, state: AppState, rect: Rect) {
    drawPaneTitle(&grid, title: PaneID.text.title, detail: positionLabel(state), focused: state.focus == .text, rect: rect)
    let lines = state.reader.layout.lines
    for offset in 0..<max(0, rect.rows - 1) {
      let index = state.reader.top + offset
      guard lines.indices.contains(index) else { break }
      drawLine(&grid, line: lines[index], state: state, row: rect.row + 1 + offset, rect: rect)
    }
    if state.isOpening {
      OpeningNote.draw(&grid, OpeningNote.text, from: rect.row + 1 + lines.count - state.reader.top, in: rect)
    }
  }

  static func drawLine(_ grid: inout Grid, line: TextLine, state: AppState, row: Int, rect: Rect) {
    let base: Role
    switch line.kind {
    case .title: base = state.openArticle?.titleIsHeadline == false ? .derivedTitle : .heading
    case .meta: base = .meta
    case .blank: return
    case .body: base = .normal
    case .subheading: base = .subheading
    }
    let limit = rect.maxColumn - 1
    var column = rect.column + 1
    for (segment, role) in segments(of: line, base: base, state: state) {
      column = grid.write(segment, row: row, column: column, limit: limit, style: role.styleID)
    }
  }

  /// Splits a line into runs by role. Roles are painted byte by byte in order of
  /// precedence: the line's own role, quotes, names and events, speakers, the
  /// dateline, the filtered entity's mentions, find matches, the selected mention.
  static func segments(of line: TextLine, base: Role, state: AppState) -> [(Substring, Role)] {
    guard let paragraph = line.paragraph, !line.text.isEmpty else { return [(line.text, base)] }
    let lineStart = line.offset
    let count = line.text.utf8.count
    var roles = [Role](repeating: base, count: count)
    func paint(_ span: TextSpan, _ role: Role) {
      guard span.paragraph == paragraph else { return }
      let lower = max(span.start, lineStart) - lineStart
      let upper = min(span.end, lineStart + count) - lineStart
      guard lower < upper else { return }
      for index in lower..<upper { roles[index] = role }
    }
    if base == .normal {
      for (span, role) in state.reader.decorations.byParagraph[paragraph] ?? [] { paint(span, role) }
      if let dateline = state.openArticle?.dateline { paint(dateline.span, .dateline) }
      if let article = state.reader.articleIndex, let selected = state.reader.selectedQuote,
        state.collection.analyses[article].quotes.indices.contains(selected)
      {
        for span in state.collection.analyses[article].quotes[selected].spans { paint(span, .currentQuote) }
      }
      for span in state.openHighlights { paint(span, .highlight) }
      if let filter = state.list.filter {
        for mention in state.reader.decorations.mentions where state.mentionMatches(mention, filter) {
          paint(mention.span, .searchHit)
        }
      }
    }
    if let find = state.find {
      for (index, span) in find.matches.enumerated() { paint(span, index == find.current ? .currentSearchHit : .searchHit) }
    }
    if let selected = state.reader.selectedMention, state.reader.decorations.mentions.indices.contains(selected) {
      paint(state.reader.decorations.mentions[selected].span, .selection)
    }
    let bytes = Array(line.text.utf8)
    var result: [(Substring, Role)] = []
    var runStart = 0
    let text = String(line.text)
    for index in 1...count where index == count || roles[index] != roles[runStart] {
      // Runs end only on scalar boundaries: continuation bytes carry their lead's role.
      if index < count && bytes[index] & 0xC0 == 0x80 { continue }
      result.append((text.utf8Slice(runStart, index), roles[runStart]))
      runStart = index
    }
    return result
  }

  /// "12-35/80 45%": the visible lines and how far through the text they reach.
  static func positionLabel(_ state: AppState) -> String {
    let total = state.reader.layout.lines.count
    guard total > 0 else { return "empty" }
    let rows = state.contentRows(of: .text)
    let last = min(total, state.reader.top + rows)
    let percent = last >= total ? 100 : last * 100 / total
    return "\(state.reader.top + 1)-\(last)/\(total) \(percent)%"
  }
}

/// The sidebar: sections of entries (names, events, related stories, timeline)
/// and facts; the selected entry stands out.
enum SidebarPane {
  static func draw(_ grid: inout Grid, state: AppState, rect: Rect) {
    let focused = state.focus == .sidebar
    drawPaneTitle(&grid, title: PaneID.sidebar.title, detail: "shared with", focused: focused, rect: rect)
    if state.isOpening { return OpeningNote.draw(&grid, OpeningNote.sidebar, from: rect.row + 1, in: rect) }
    let rows = state.sidebar.rows
    let labelWidth = min(11, rect.columns / 2)
    for offset in 0..<max(0, rect.rows - 1) {
      let index = state.sidebar.top + offset
      guard rows.indices.contains(index) else { break }
      let item = rows[index]
      let row = rect.row + 1 + offset
      let selected = index == state.sidebar.selected
      let selectionRole: Role? = selected ? (focused ? .selection : .selectionUnfocused) : nil
      if let selectionRole {
        grid.fill(Rect(column: rect.column, row: row, columns: rect.columns, rows: 1), style: selectionRole.styleID)
      }
      var column = rect.column + 1
      if !item.label.isEmpty {
        grid.write(
          truncated(item.label, to: labelWidth - 1), row: row, column: column, limit: rect.maxColumn,
          style: (selectionRole ?? .dim).styleID)
        column += labelWidth
      }
      let detailWidth = item.detail.isEmpty ? 0 : DisplayWidth.of(item.detail) + 1
      let limit = rect.maxColumn - 1 - detailWidth
      grid.write(
        truncated(item.value, to: limit - column), row: row, column: column, limit: limit,
        style: (selectionRole ?? item.role).styleID)
      if detailWidth > 0 {
        grid.write(
          item.detail, row: row, column: rect.maxColumn - detailWidth, limit: rect.maxColumn,
          style: (selectionRole ?? .dim).styleID)
      }
    }
  }
}

/// The key table over the panes.
enum HelpOverlay {
  static func draw(_ grid: inout Grid, state: AppState) {
    let frame = HelpContent.frame(in: state.viewport)
    grid.fill(frame, style: Role.normal.styleID)
    drawBox(&grid, frame)
    grid.write(
      " Keys (j/k scroll, q or ? closes) ", row: frame.row, column: frame.column + 2, limit: frame.maxColumn - 1,
      style: Role.heading.styleID)
    let lines = HelpContent.lines(for: state.keyMap)
    let keyWidth = min(22, frame.columns / 3)
    for offset in 0..<max(0, frame.rows - 2) {
      let index = (state.help?.top ?? 0) + offset
      guard lines.indices.contains(index) else { break }
      let line = lines[index]
      let row = frame.row + 1 + offset
      if line.isHeading {
        grid.write(line.text, row: row, column: frame.column + 2, limit: frame.maxColumn - 1, style: Role.subheading.styleID)
      } else {
        grid.write(
          truncated(line.keys, to: keyWidth - 1), row: row, column: frame.column + 3, limit: frame.maxColumn - 1,
          style: Role.helpKey.styleID)
        grid.write(
          line.text, row: row, column: frame.column + 3 + keyWidth, limit: frame.maxColumn - 1, style: Role.normal.styleID)
      }
    }
  }

  static func drawBox(_ grid: inout Grid, _ rect: Rect) {
    guard rect.columns >= 2, rect.rows >= 2 else { return }
    let style = Role.border.styleID
    let horizontal = String(repeating: "─", count: rect.columns - 2)
    grid.write("┌" + horizontal + "┐", row: rect.row, column: rect.column, style: style)
    grid.write("└" + horizontal + "┘", row: rect.maxRow - 1, column: rect.column, style: style)
    for row in (rect.row + 1)..<(rect.maxRow - 1) {
      grid.write("│", row: row, column: rect.column, style: style)
      grid.write("│", row: row, column: rect.maxColumn - 1, style: style)
    }
  }
}
