import NewsCore
import TermGrid

extension AppState {
  /// Typing at the prompt: the find updates as you type; Enter keeps it, Esc
  /// restores what was there before.
  mutating func applyPromptKey(_ key: Key) -> [Effect] {
    guard var prompt else { return [] }
    switch key {
    case .character(let character):
      prompt.text.append(character)
    case .backspace:
      if prompt.text.isEmpty {
        cancelPrompt(prompt)
        return []
      }
      prompt.text.removeLast()
    case .control("u"):
      prompt.text = ""
    case .escape, .control("c"), .control("g"):
      cancelPrompt(prompt)
      if case .highlightNote = prompt.purpose { message = StatusMessage(text: "Highlight not saved") }
      return []
    case .enter:
      self.prompt = nil
      switch prompt.purpose {
      case .find:
        if prompt.text.isEmpty { find = prompt.previousFind }
        reportFind()
        return []
      case .filter:
        if let name = AppState.saveCommandName(in: prompt.text) { return saveActiveFilter(as: name) }
        applyTypedFilter(prompt.text)
        return []
      case .search:
        searchCollection(prompt.text)
        return []
      case .highlightNote(var draft):
        let note = prompt.text.trimmingCharacters(in: .whitespaces)
        draft.note = note.isEmpty ? nil : note
        message = StatusMessage(text: AppState.savingMessage)
        return [.saveHighlight(draft)]
      }
    case .up, .down:
      guard case .filter(let index) = prompt.purpose, !filters.history.isEmpty else { return [] }
      let count = filters.history.count
      let next = key == .up ? max(0, (index ?? count) - 1) : min(count, (index ?? count) + 1)
      prompt.purpose = .filter(historyIndex: next)
      prompt.text = next < count ? filters.history[next] : ""
    case .tab:
      guard case .filter = prompt.purpose else { return [] }
      prompt.text = completeFilter(prompt.text)
    case .control, .backTab, .delete, .insert, .left, .right, .home, .end, .pageUp, .pageDown, .function:
      return []
    }
    self.prompt = prompt
    if case .find = prompt.purpose { updateFind(query: prompt.text, from: prompt.previousTop) }
    return []
  }

  private mutating func cancelPrompt(_ prompt: PromptState) {
    self.prompt = nil
    guard case .find = prompt.purpose else { return }
    find = prompt.previousFind
    // Clamped: a resize while the prompt was open may have shortened the layout.
    scrollText(to: prompt.previousTop)
  }

  /// Sets the query, finds its matches, and shows the first one at or after `line`.
  mutating func updateFind(query: String, from line: Int) {
    guard !query.isEmpty else {
      find = nil
      scrollText(to: line)
      return
    }
    find = FindState(query: query, matches: [], current: nil)
    refreshFindMatches()
    guard let matches = find?.matches, !matches.isEmpty else { return }
    let start = reader.layout.lines.indices.contains(line) ? line : 0
    let first = matches.firstIndex { lineOf($0) ?? 0 >= start } ?? 0
    showMatch(first)
  }

  /// Recomputes the matches of the active find for the open article.
  mutating func refreshFindMatches() {
    guard var current = find else { return }
    current.matches = openArticle.map { TextMatcher.matches(of: current.query, in: $0) } ?? []
    current.current = nil
    find = current
  }

  mutating func stepMatch(by step: Int) {
    guard let find else {
      message = StatusMessage(text: "No find active: press / to find")
      return
    }
    guard !find.matches.isEmpty else {
      message = StatusMessage(text: "No match for “\(find.query)”", isWarning: true)
      return
    }
    let count = find.matches.count
    let matches = find.matches
    showMatch(stepIndex(from: find.current, count: count, by: step, above: reader.top) { lineOf(matches[$0]) })
  }

  /// Makes a match current and scrolls so that it is visible, a third down the pane.
  mutating func showMatch(_ index: Int) {
    guard var current = find, current.matches.indices.contains(index) else { return }
    current.current = index
    find = current
    if let line = lineOf(current.matches[index]) {
      let rows = contentRows(of: .text)
      if line < reader.top || line >= reader.top + rows { scrollText(to: line - rows / 3) }
    }
    reportFind()
  }

  private mutating func reportFind() {
    guard let find else { return }
    if find.matches.isEmpty {
      message = StatusMessage(text: "No match for “\(find.query)”", isWarning: true)
    } else if let current = find.current {
      message = StatusMessage(text: "Match \(current + 1) of \(find.matches.count) for “\(find.query)”")
    } else {
      message = StatusMessage(text: "\(find.matches.count) matches for “\(find.query)”")
    }
  }

  /// The item `step` away from `current` among `count`, wrapping around. With none
  /// current: going forward, the first item on or below the top line; going back, the
  /// last one above line `above`.
  func stepIndex(from current: Int?, count: Int, by step: Int, above: Int, line: (Int) -> Int?) -> Int {
    if let current { return ((current + step) % count + count) % count }
    let indexes = 0..<count
    if step > 0 { return indexes.first { (line($0) ?? 0) >= reader.top } ?? 0 }
    return indexes.last { (line($0) ?? 0) < above } ?? count - 1
  }

  /// The layout line showing the start of a span.
  func lineOf(_ span: TextSpan) -> Int? {
    reader.layout.lineIndex(paragraph: span.paragraph, offset: span.start)
  }
}

/// Finds a query in an article's paragraphs, ignoring ASCII case, on UTF-8 bytes.
public enum TextMatcher {
  public static func matches(of query: String, in article: Article) -> [TextSpan] {
    let needle = Array(query.utf8).map(foldASCII)
    guard !needle.isEmpty else { return [] }
    var found: [TextSpan] = []
    for (index, paragraph) in article.paragraphs.enumerated() {
      var haystack = Array(paragraph.text.utf8)
      for position in haystack.indices { haystack[position] = foldASCII(haystack[position]) }
      var start = 0
      while start + needle.count <= haystack.count {
        if haystack[start] == needle[0] && haystack[start..<start + needle.count].elementsEqual(needle) {
          found.append(TextSpan(paragraph: index, start: start, end: start + needle.count))
          start += needle.count
        } else {
          start += 1
        }
      }
    }
    return found
  }

  @inline(__always)
  static func foldASCII(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
  }
}
