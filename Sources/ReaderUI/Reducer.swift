import NewsCore
import TermGrid

/// Applies one action to the state and returns the effects the run loop must
/// perform. The only place state changes.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
  let before = state.reader.articleIndex
  var effects = apply(action, to: &state)
  if let opened = state.reader.articleIndex, opened != before, state.loading == nil, !state.read.contains(opened) {
    state.read.insert(opened)
    effects.append(.markRead([opened]))
  }
  return effects
}

private func apply(_ action: Action, to state: inout AppState) -> [Effect] {
  switch action {
  case .command(let command):
    state.message = nil
    return apply(command, to: &state)
  case .promptKey(let key):
    state.message = nil
    return state.applyPromptKey(key)
  case .unboundKey(let key):
    state.message = StatusMessage(text: "\(key.displayName) does nothing here. Press ? for help.")
    return []
  case .resize(let size):
    state.resize(to: size)
    return [.redraw]
  case .signal:
    state.isRunning = false
    return [.quit]
  case .highlightsLoaded(let highlights):
    state.highlights = highlights
    if state.message?.text == AppState.savingMessage {
      state.message = StatusMessage(text: "Highlight saved · ' lists highlights")
    }
    if let picker = state.picker, picker.title.hasPrefix("Highlights") {
      state.showHighlights()
      let count = state.picker?.rows.count ?? 0
      state.picker?.selected = min(picker.selected, max(0, count - 1))
    }
    return []
  case .effectFailed(let reason):
    state.message = StatusMessage(text: reason, isWarning: true)
    return []
  case .loadProgress(let phase, let done, let total):
    state.loading = LoadingState(phase: phase, done: done, total: total)
    return []
  case .listingLoaded(let listing):
    state.showListing(listing)
    return []
  case .collectionLoaded(let collection, let refused):
    state.replaceCollection(collection, refused: refused)
    return []
  case .readStateLoaded(let read):
    state.read = read
    if let open = state.reader.articleIndex, !read.contains(open) {
      state.read.insert(open)
      return [.markRead([open])]
    }
    return []
  case .mouse(let event):
    return state.applyMouse(event)
  case .savedFiltersLoaded(let saved):
    state.receiveSavedFilters(saved)
    return []
  }
}

private func apply(_ command: Command, to state: inout AppState) -> [Effect] {
  if state.help != nil { return state.applyHelp(command) }
  if state.picker != nil { return state.applyPicker(command) }
  if state.isOpening, let refusal = state.refusalWhileOpening(command) {
    state.message = StatusMessage(text: refusal)
    return []
  }
  switch command {
  case .moveDown: state.move(by: 1)
  case .moveUp: state.move(by: -1)
  case .pageDown: state.move(by: state.contentRows(of: state.focus) - 1)
  case .pageUp: state.move(by: -(state.contentRows(of: state.focus) - 1))
  case .halfPageDown: state.move(by: max(1, state.contentRows(of: state.focus) / 2))
  case .halfPageUp: state.move(by: -max(1, state.contentRows(of: state.focus) / 2))
  case .moveToTop: state.move(by: Int.min / 2)
  case .moveToBottom: state.move(by: Int.max / 2)
  case .open:
    if state.focus == .list && state.openStoryOnEnter() { break }
    state.openSelected()
    state.focus = .text
  case .nextArticle: state.selectRow(state.list.selected + 1)
  case .previousArticle: state.selectRow(state.list.selected - 1)
  case .focusNextPane: state.cycleFocus(by: 1)
  case .focusPreviousPane: state.cycleFocus(by: -1)
  case .find:
    state.prompt = PromptState(purpose: .find, text: "", previousFind: state.find, previousTop: state.reader.top)
  case .nextMatch: state.stepMatch(by: 1)
  case .previousMatch: state.stepMatch(by: -1)
  case .toggleHelp: state.help = HelpState()
  case .quit, .quitNow:
    state.isRunning = false
    return [.quit]
  case .redraw: return [.redraw]
  case .cancel: state.cancel()
  case .follow: state.followFocused()
  case .nextSharingArticle: state.stepSharing(by: 1)
  case .previousSharingArticle: state.stepSharing(by: -1)
  case .back: state.goBack()
  case .forward: state.goForward()
  case .nextMention: state.stepMention(by: 1)
  case .previousMention: state.stepMention(by: -1)
  case .nextQuote: state.stepQuote(by: 1)
  case .previousQuote: state.stepQuote(by: -1)
  case .saveHighlight: state.beginHighlight()
  case .showHighlights: state.showHighlights()
  case .markAllRead:
    let unread = state.listedArticles.filter { !state.read.contains($0) }
    state.read.formUnion(unread)
    state.message = StatusMessage(text: "\(unread.count) article\(unread.count == 1 ? "" : "s") marked read")
    return unread.isEmpty ? [] : [.markRead(unread)]
  case .filter:
    state.prompt = PromptState(
      purpose: .filter(historyIndex: nil), text: "", previousFind: state.find, previousTop: state.reader.top)
  case .search:
    state.prompt = PromptState(purpose: .search, text: "", previousFind: state.find, previousTop: state.reader.top)
  case .cycleSort: state.cycleOrdering()
  case .showSavedFilters: state.showSavedFilters()
  case .toggleStories: state.toggleStories()
  case .expandStory: state.setSelectedStory(open: true)
  case .collapseStory: state.setSelectedStory(open: false)
  case .toggleStory: state.setSelectedStory(open: nil)
  case .deleteEntry: state.message = StatusMessage(text: "Nothing to delete here: F lists saved filters", isWarning: true)
  }
  return []
}

extension AppState {
  /// Moves the selection (list) or scrolls (text, sidebar) of the focused pane.
  mutating func move(by delta: Int) {
    switch focus {
    case .list: selectRow(list.selected.addingClamped(delta))
    case .text: scrollText(to: reader.top.addingClamped(delta))
    case .sidebar: moveSidebar(by: delta)
    }
  }

  /// Selects a list row, keeps it visible, and shows that article at once.
  mutating func selectRow(_ row: Int) {
    guard !list.rows.isEmpty else { return }
    let target = clamp(row, 0, list.rows.count - 1)
    let visible = contentRows(of: .list)
    list.selected = target
    if target < list.top { list.top = target }
    if target >= list.top + visible { list.top = target - visible + 1 }
    list.top = clamp(list.top, 0, max(0, list.rows.count - visible))
    if reader.articleIndex != list.selectedArticle { openSelected() }
  }

  mutating func scrollText(to line: Int) {
    let maximum = max(0, reader.layout.lines.count - contentRows(of: .text))
    reader.top = clamp(line, 0, maximum)
  }

  mutating func cycleFocus(by step: Int) {
    let order = PaneID.allCases
    guard let index = order.firstIndex(of: focus) else { return }
    focus = order[(index + step + order.count) % order.count]
  }

  /// Re-wraps the text for the new width, keeping the reading position and the
  /// list selection.
  mutating func resize(to size: Size) {
    let anchor = reader.layout.lines.indices.contains(reader.top) ? reader.layout.lines[reader.top] : nil
    viewport = size
    if let article = openArticle {
      reader.layout = TextLayout.build(article: article, width: textWidth)
    }
    if let anchor, let paragraph = anchor.paragraph,
      let line = reader.layout.lineIndex(paragraph: paragraph, offset: anchor.offset)
    {
      scrollText(to: line)
    } else {
      scrollText(to: reader.top)
    }
    selectRow(list.selected)
    sidebar.top = clamp(sidebar.top, 0, max(0, sidebar.rows.count - contentRows(of: .sidebar)))
  }

  mutating func applyHelp(_ command: Command) -> [Effect] {
    let total = HelpContent.lines(for: keyMap).count
    let rows = max(1, HelpContent.frame(in: viewport).rows - 2)
    let maximum = max(0, total - rows)
    let top = help?.top ?? 0
    switch command {
    case .moveDown: help?.top = clamp(top + 1, 0, maximum)
    case .moveUp: help?.top = clamp(top - 1, 0, maximum)
    case .pageDown: help?.top = clamp(top + rows, 0, maximum)
    case .pageUp: help?.top = clamp(top - rows, 0, maximum)
    case .toggleHelp, .quit, .cancel: help = nil
    case .quitNow:
      isRunning = false
      return [.quit]
    case .redraw: return [.redraw]
    case .halfPageDown, .halfPageUp, .moveToTop, .moveToBottom, .open, .nextArticle, .previousArticle,
      .focusNextPane, .focusPreviousPane, .find, .nextMatch, .previousMatch, .follow, .nextSharingArticle,
      .previousSharingArticle, .back, .forward, .nextMention, .previousMention, .nextQuote, .previousQuote,
      .saveHighlight, .showHighlights, .filter, .markAllRead, .search, .cycleSort, .showSavedFilters,
      .toggleStories, .expandStory, .collapseStory, .toggleStory, .deleteEntry:
      break
    }
    return []
  }
}

extension AppState {
  /// Esc: clears the find, then the selected mention, then leaves a filtered list.
  mutating func cancel() {
    if find != nil {
      find = nil
      message = StatusMessage(text: "Find cleared")
    } else if reader.selectedMention != nil && (focus == .text || list.filter == nil) {
      reader.selectedMention = nil
    } else if list.filter != nil {
      if history.back.last?.filter == nil && !history.back.isEmpty {
        goBack()
      } else {
        recordJump()
        applyFilter(nil, keeping: reader.articleIndex)
      }
    }
  }

  /// Enter in the sidebar or the text.
  mutating func followFocused() {
    guard let target = focusedTarget else {
      message = StatusMessage(text: focus == .text ? "Press e to select a name in the text first" : "Nothing selected here")
      return
    }
    follow(target)
  }
}

func clamp(_ value: Int, _ lower: Int, _ upper: Int) -> Int { min(max(value, lower), max(lower, upper)) }

extension Int {
  func addingClamped(_ other: Int) -> Int {
    let (sum, overflow) = addingReportingOverflow(other)
    return overflow ? (other > 0 ? Int.max : Int.min) : sum
  }
}
