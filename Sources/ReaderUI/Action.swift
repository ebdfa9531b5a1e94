import NewsCore
import TermGrid

/// Something that changes the state: a command, typed text, a resize, a signal.
public enum Action: Equatable, Sendable {
  case command(Command)
  /// A key typed while the prompt is open.
  case promptKey(Key)
  /// A key no binding claims in the current scope.
  case unboundKey(Key)
  case resize(Size)
  case signal(TerminalSignal)
  /// The saved highlights, after loading or a save.
  case highlightsLoaded([SavedHighlight])
  /// An effect could not be performed (the message says why).
  case effectFailed(String)
  /// Background loading has read `done` of `total` files (or analyzed, with `phase`).
  case loadProgress(phase: String, done: Int, total: Int)
  /// The cached listing of the collection still opening: placeholder articles (titles,
  /// dates, no text) with empty analyses, shown until `.collectionLoaded`.
  case listingLoaded(AnalyzedCollection)
  /// The collection is ready: it replaces the (empty or listed) one the reader opened
  /// with, keeping the selected article.
  case collectionLoaded(AnalyzedCollection, refused: [ArticleLoadError])
  /// The articles already read (indexes), from the user's data.
  case readStateLoaded(Set<Int>)
  /// A click or a wheel turn (only when the mouse is on).
  case mouse(MouseEvent)
  /// The saved filters, by name, after loading or a save.
  case savedFiltersLoaded([NamedFilter])
}

/// Work the run loop performs for the reducer: the reducer itself does no I/O.
public enum Effect: Equatable, Sendable {
  /// Leave the run loop and restore the terminal.
  case quit
  /// Repaint the whole screen from scratch.
  case redraw
  /// Store a highlight durably, then report `.highlightsLoaded`.
  case saveHighlight(HighlightDraft)
  /// Remember these articles (indexes) as read.
  case markRead([Int])
  /// Store a filter under its name (replacing one of that name), then report `.savedFiltersLoaded`.
  case saveFilter(NamedFilter)
  /// Forget the saved filter of this name, then report `.savedFiltersLoaded`.
  case deleteFilter(String)
}

/// Turns a key into an action for the current state: the prompt takes keys first,
/// then the help overlay's bindings, then the focused pane's and the global ones.
public func action(for key: Key, in state: AppState) -> Action {
  if state.prompt != nil { return .promptKey(key) }
  let scope: KeyScope = state.help != nil ? .help : state.picker != nil ? .picker : state.focus.keyScope
  if let command = state.keyMap.command(for: key, in: scope) { return .command(command) }
  return .unboundKey(key)
}
