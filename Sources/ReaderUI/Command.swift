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
  case follow = "follow"
  case nextSharingArticle = "next-sharing-article"
  case previousSharingArticle = "previous-sharing-article"
  case back = "back"
  case forward = "forward"
  case nextMention = "next-mention"
  case previousMention = "previous-mention"

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
    case .cancel: return "Cancel: clear the find or the selected name, leave a filtered list"
    case .follow: return "Follow the selection: list the articles that mention it, or open the story"
    case .nextSharingArticle: return "Open the next article, by date, that shares the selected name or event"
    case .previousSharingArticle: return "Open the previous article, by date, that shares the selected name or event"
    case .back: return "Go back to where the last jump came from"
    case .forward: return "Go forward again after going back"
    case .nextMention: return "Select the next person, place, organisation or event in the text"
    case .previousMention: return "Select the previous person, place, organisation or event in the text"
    }
  }
}
