/// Everything a user can ask lede to do. Each command has a stable kebab-case name
/// (used by the key table, the help overlay, the README and, later, the settings
/// file) and one help line.
public enum Command: String, CaseIterable, Sendable {
  case moveDown = "move-down"
  case moveUp = "move-up"
  case pageDown = "page-down"
  case pageUp = "page-up"
  case halfPageDown = "half-page-down"
  case halfPageUp = "half-page-up"
  case moveToTop = "move-to-top"
  case moveToBottom = "move-to-bottom"
  case open = "open"
  case nextArticle = "next-article"
  case previousArticle = "previous-article"
  case focusNextPane = "focus-next-pane"
  case focusPreviousPane = "focus-previous-pane"
  case find = "find"
  case nextMatch = "next-match"
  case previousMatch = "previous-match"
  case toggleHelp = "toggle-help"
  case quit = "quit"
  case quitNow = "quit-now"
  case redraw = "redraw"
  case cancel = "cancel"

  /// The kebab-case name.
  public var name: String { rawValue }

  /// One line for the help overlay, the README and the manual.
  public var help: String {
    switch self {
    case .moveDown: return "Move down one row or line"
    case .moveUp: return "Move up one row or line"
    case .pageDown: return "Move down one page"
    case .pageUp: return "Move up one page"
    case .halfPageDown: return "Move down half a page"
    case .halfPageUp: return "Move up half a page"
    case .moveToTop: return "Go to the first row or the top of the text"
    case .moveToBottom: return "Go to the last row or the end of the text"
    case .open: return "Open the selected article and read it"
    case .nextArticle: return "Open the next article in the list"
    case .previousArticle: return "Open the previous article in the list"
    case .focusNextPane: return "Focus the next pane"
    case .focusPreviousPane: return "Focus the previous pane"
    case .find: return "Find words in the open article"
    case .nextMatch: return "Go to the next match"
    case .previousMatch: return "Go to the previous match"
    case .toggleHelp: return "Show or hide this help"
    case .quit: return "Close the overlay, or quit"
    case .quitNow: return "Quit at once"
    case .redraw: return "Redraw the screen"
    case .cancel: return "Cancel: close the overlay, clear the find"
    }
  }
}
