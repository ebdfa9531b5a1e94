import Foundation

extension TmuxSession {
  /// A tmux format evaluated for the pane: `#{alternate_on}`, `#{cursor_flag}`,
  /// `#{pane_title}`.
  func display(_ format: String) throws -> String {
    try command(["display-message", "-p", "-t", "lede", format]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Appends every byte the pane's program writes to a file (tmux pipe-pane), to
  /// check what actually reached the terminal.
  func pipeOutput(to path: String) throws {
    _ = try command(["pipe-pane", "-o", "-t", "lede", "cat >> \(TmuxSession.quoted(path))"])
  }

  private func command(_ arguments: [String]) throws -> String {
    var environment = ProcessInfo.processInfo.environment
    environment["TMUX"] = nil
    let result = try ChildProcess.run(
      "/usr/bin/env", ["tmux", "-L", socketName, "-f", "/dev/null"] + arguments, environment: environment)
    guard result.status == 0 else { throw ChildProcess.Failure(description: "tmux \(arguments): \(result.output)") }
    return result.output
  }
}
