import TermGrid

/// Where a binding applies.
public enum KeyScope: String, CaseIterable, Sendable {
  /// Every pane (a pane binding for the same key wins).
  case global
  case list
  case text
  case sidebar
  /// While the help overlay is open.
  case help
  /// While a list overlay (a speaker's quotes, the highlights) is open.
  case picker

  public var title: String {
    switch self {
    case .global: return "Everywhere"
    case .list: return "Article list"
    case .text: return "Article text"
    case .sidebar: return "Sidebar"
    case .help: return "Help"
    case .picker: return "Quote and highlight lists"
    }
  }
}

/// One row of the key table.
public struct KeyBinding: Hashable, Sendable {
  public var keys: [Key]
  public var command: Command
  public var scope: KeyScope

  public init(_ keys: [Key], _ command: Command, _ scope: KeyScope = .global) {
    self.keys = keys
    self.command = command
    self.scope = scope
  }
}

/// The key table: every key of lede, as data. The help overlay and the README's
/// key table are generated from it.
public struct KeyMap: Sendable, Equatable {
  public var bindings: [KeyBinding]

  public init(bindings: [KeyBinding]) { self.bindings = bindings }

  /// The command a key means in a scope: a binding of that scope first, then a
  /// global one.
  public func command(for key: Key, in scope: KeyScope) -> Command? {
    if let binding = bindings.first(where: { $0.scope == scope && $0.keys.contains(key) }) {
      return binding.command
    }
    guard scope != .help && scope != .picker else { return nil }
    return bindings.first(where: { $0.scope == .global && $0.keys.contains(key) })?.command
  }

  /// Keys bound to a command in a scope (global ones included), for hints.
  public func keys(for command: Command, in scope: KeyScope = .global) -> [Key] {
    bindings.filter { $0.command == command && ($0.scope == scope || $0.scope == .global) }
      .flatMap(\.keys)
  }

  /// Pairs of bindings in the same scope that claim the same key.
  public var collisions: [(Key, KeyBinding, KeyBinding)] {
    var found: [(Key, KeyBinding, KeyBinding)] = []
    for (index, first) in bindings.enumerated() {
      for second in bindings[(index + 1)...] where second.scope == first.scope {
        for key in first.keys where second.keys.contains(key) { found.append((key, first, second)) }
      }
    }
    return found
  }

  public static let standard = KeyMap(bindings: [
    KeyBinding([.character("j"), .down], .moveDown),
    KeyBinding([.character("k"), .up], .moveUp),
    KeyBinding([.character(" "), .pageDown], .pageDown),
    KeyBinding([.character("b"), .pageUp], .pageUp),
    KeyBinding([.control("d")], .halfPageDown),
    KeyBinding([.control("u")], .halfPageUp),
    KeyBinding([.character("g"), .home], .moveToTop),
    KeyBinding([.character("G"), .end], .moveToBottom),
    KeyBinding([.enter], .open, .list),
    KeyBinding([.enter], .follow, .sidebar),
    KeyBinding([.enter], .follow, .text),
    KeyBinding([.character("e")], .nextMention, .text),
    KeyBinding([.character("E")], .previousMention, .text),
    KeyBinding([.character("]")], .nextSharingArticle),
    KeyBinding([.character("[")], .previousSharingArticle),
    KeyBinding([.control("o"), .backspace, .character("H")], .back),
    KeyBinding([.character("L")], .forward),
    KeyBinding([.character("}")], .nextQuote),
    KeyBinding([.character("{")], .previousQuote),
    KeyBinding([.character("m")], .saveHighlight),
    KeyBinding([.character("'")], .showHighlights),
    KeyBinding([.character(":")], .filter),
    KeyBinding([.character("F")], .showSavedFilters),
    KeyBinding([.character("R")], .markAllRead, .list),
    KeyBinding([.character("/")], .search, .list),
    KeyBinding([.character("s")], .cycleSort, .list),
    KeyBinding([.character("t")], .toggleStories, .list),
    KeyBinding([.right], .expandStory, .list),
    KeyBinding([.left], .collapseStory, .list),
    KeyBinding([.character("o")], .toggleStory, .list),
    KeyBinding([.character("J")], .nextArticle),
    KeyBinding([.character("K")], .previousArticle),
    KeyBinding([.tab], .focusNextPane),
    KeyBinding([.backTab], .focusPreviousPane),
    KeyBinding([.character("/")], .find),
    KeyBinding([.character("n")], .nextMatch),
    KeyBinding([.character("N")], .previousMatch),
    KeyBinding([.character("?"), .function(1)], .toggleHelp),
    KeyBinding([.character("q")], .quit),
    KeyBinding([.character("Q")], .quitNow),
    KeyBinding([.control("l")], .redraw),
    KeyBinding([.escape], .cancel),
    KeyBinding([.character("j"), .down], .moveDown, .help),
    KeyBinding([.character("k"), .up], .moveUp, .help),
    KeyBinding([.character(" "), .pageDown], .pageDown, .help),
    KeyBinding([.character("b"), .pageUp], .pageUp, .help),
    KeyBinding([.character("?"), .function(1), .character("q"), .escape], .toggleHelp, .help),
    KeyBinding([.character("Q")], .quitNow, .help),
    KeyBinding([.control("l")], .redraw, .help),
    KeyBinding([.character("j"), .down], .moveDown, .picker),
    KeyBinding([.character("k"), .up], .moveUp, .picker),
    KeyBinding([.character(" "), .pageDown], .pageDown, .picker),
    KeyBinding([.character("b"), .pageUp], .pageUp, .picker),
    KeyBinding([.character("g"), .home], .moveToTop, .picker),
    KeyBinding([.character("G"), .end], .moveToBottom, .picker),
    KeyBinding([.enter], .open, .picker),
    KeyBinding([.character("d"), .delete], .deleteEntry, .picker),
    KeyBinding([.character("q"), .escape, .character("'")], .cancel, .picker),
    KeyBinding([.character("Q")], .quitNow, .picker),
    KeyBinding([.control("l")], .redraw, .picker),
  ])
}
