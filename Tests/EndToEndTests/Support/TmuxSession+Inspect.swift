import Foundation

extension TmuxSession {
  /// A tmux format evaluated for the pane: `#{alternate_on}`, `#{cursor_flag}`,
  /// `#{pane_title}`.
  func display(_ format: String) throws -> String {
    try run(["display-message", "-p", "-t", "lede", format]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Appends every byte the pane's program writes to a file (tmux pipe-pane), to
  /// check what actually reached the terminal.
  func pipeOutput(to path: String) throws {
    try run(["pipe-pane", "-o", "-t", "lede", "cat >> \(TmuxSession.quoted(path))"])
  }
}
