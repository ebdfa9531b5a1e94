/// A key the user pressed, decoded from whatever the terminal sent.
public enum Key: Hashable, Sendable {
  /// A printable character (including space).
  case character(Character)
  /// Control plus a letter, as the lowercase letter: Ctrl-O is `.control("o")`.
  /// Ctrl-I, Ctrl-M and Ctrl-H arrive as ``tab``, ``enter`` and ``backspace``:
  /// terminals send the same byte for both.
  case control(Character)
  case enter, tab, backTab, backspace, escape, delete, insert
  case up, down, left, right, home, end, pageUp, pageDown
  case function(Int)

  /// A short human name: `j`, `Ctrl-O`, `PgDn`, `F1`, `Space`.
  public var displayName: String {
    switch self {
    case .character(" "): return "Space"
    case .character(let character): return String(character)
    case .control(let letter): return "Ctrl-\(letter.uppercased())"
    case .enter: return "Enter"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .backspace: return "Backspace"
    case .escape: return "Esc"
    case .delete: return "Delete"
    case .insert: return "Insert"
    case .up: return "Up"
    case .down: return "Down"
    case .left: return "Left"
    case .right: return "Right"
    case .home: return "Home"
    case .end: return "End"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .function(let number): return "F\(number)"
    }
  }
}

/// A signal the backend caught and turned into an event, so the application can
/// save and shut down in order instead of dying inside a handler.
public enum TerminalSignal: Hashable, Sendable {
  case interrupt, terminate, hangup
}

/// What a ``TerminalBackend`` reports.
public enum InputEvent: Hashable, Sendable {
  case key(Key)
  /// The terminal now has this size; the next frame must be drawn at it.
  case resize(Size)
  case signal(TerminalSignal)
  /// A click or a wheel turn, when the backend reports the mouse.
  case mouse(MouseEvent)
}
