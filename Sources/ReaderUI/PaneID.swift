/// The three panes of the reader, in focus order.
public enum PaneID: String, CaseIterable, Sendable {
  case list, text, sidebar

  public var title: String {
    switch self {
    case .list: return "Articles"
    case .text: return "Text"
    case .sidebar: return "Sidebar"
    }
  }

  var keyScope: KeyScope {
    switch self {
    case .list: return .list
    case .text: return .text
    case .sidebar: return .sidebar
    }
  }
}
