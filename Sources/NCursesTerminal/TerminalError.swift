/// Why the interactive reader could not take over the terminal.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Standard input or standard output is not a terminal (a pipe, a file, cron).
  case notATerminal(StandardStream)
  /// `TERM` names a terminal that terminfo does not know (or is unset).
  case unknownTerminal(type: String)
  /// The terminal cannot move the cursor (`TERM=dumb`), so a screen cannot be drawn.
  case noCursorAddressing(type: String)
  /// The machine has no UTF-8 locale, so ncurses would drop every non-ASCII character.
  case noUTF8Locale
  /// Another ``NCursesBackend`` already owns the terminal in this process.
  case alreadyStarted

  /// One of the process's standard streams.
  public enum StandardStream: String, Hashable, Sendable {
    case input = "standard input"
    case output = "standard output"
  }

  /// A message for the user, naming what to do instead.
  public var description: String {
    switch self {
    case .notATerminal(let stream):
      return "The interactive reader needs a terminal, but \(stream.rawValue) is not one. "
        + "For pipes and scripts use `lede list`, `lede show` or `lede check`."
    case .unknownTerminal(let type):
      if type.isEmpty {
        return "TERM is not set, so the terminal type is unknown. Set TERM (for example TERM=xterm-256color)."
      }
      return "Unknown terminal type '\(type)' (from TERM). Set TERM to a type terminfo knows, "
        + "for example xterm-256color."
    case .noCursorAddressing(let type):
      return "The terminal type '\(type)' cannot move the cursor, so the reader cannot draw. "
        + "Use a real terminal, or `lede list`, `lede show` or `lede check`."
    case .noUTF8Locale:
      return "No UTF-8 locale is available (tried the environment, C.UTF-8 and en_US.UTF-8); "
        + "the reader needs one to draw text."
    case .alreadyStarted:
      return "The terminal is already in use by another screen in this process."
    }
  }
}
