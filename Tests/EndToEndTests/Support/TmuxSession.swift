import Foundation
import TestSupport

/// A real terminal for end-to-end tests: a private tmux server with one detached
/// session whose pane runs an interactive shell, into which a command line is typed.
///
/// The command runs with `TERM=tmux-256color LANG=C.UTF-8 SWIFT_BACKTRACE=interactive=no`,
/// and the shell prints `EXIT:<status>` before each prompt after it, so
/// ``exitStatus()`` reads how it ended. The shell has job control: Ctrl-Z and `fg`
/// work (a stopped job shows `EXIT:148`, which ``exitStatus()`` does not count). Every session has its
/// own server (`tmux -L <unique>`), killed by ``kill()`` or `deinit`.
final class TmuxSession {
  enum Failure: Error, CustomStringConvertible {
    case tmux(arguments: [String], status: Int32, output: String)
    var description: String {
      switch self {
      case .tmux(let arguments, let status, let output):
        return "tmux \(arguments.joined(separator: " ")) failed (\(status)): \(output)"
      }
    }
  }

  /// Whether a tmux binary is installed (tests skip otherwise).
  static var isAvailable: Bool { executable != nil }

  private static let executable: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

  private static let counter = Counter()

  let socketName: String
  private let target = "lede"
  private var isAlive = true

  /// Starts a server and a `columns` x `rows` session, waits for its shell, and
  /// types `commandLine` (a shell command line) into it.
  init(
    _ commandLine: String, columns: Int = 120, rows: Int = 40,
    environment: [String: String] = [:], workingDirectory: URL? = nil
  ) throws {
    socketName = "lede-test-\(getpid())-\(Self.counter.next())"
    var variables = [
      "TERM": "tmux-256color", "LANG": "C.UTF-8", "LC_ALL": "",
      "SWIFT_BACKTRACE": "interactive=no", "PS1": "$ ", "HISTFILE": "/dev/null",
    ]
    variables.merge(environment) { _, new in new }
    let assignments = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quoted($0.value))" }
    let shell = "exec env -u NO_COLOR \(assignments.joined(separator: " ")) bash --norc --noprofile -i"
    var arguments = ["new-session", "-d", "-s", target, "-x", "\(columns)", "-y", "\(rows)"]
    if let workingDirectory { arguments += ["-c", workingDirectory.path] }
    try tmux(arguments + [shell])
    guard waitFor(timeout: 10, { $0.contains { $0.hasPrefix("$") } }) else {
      throw Failure.tmux(arguments: arguments, status: -1, output: "the shell prompt never appeared")
    }
    // The status is printed before each later prompt, not by `cmd; printf ...`:
    // a simple command then runs as its own one-process job, so Ctrl-Z stops just
    // it, and the status after `fg` is still reported.
    try type("PROMPT_COMMAND='printf \"EXIT:%s\\n\" \"$?\"'; \(commandLine)")
    try send(keys: "Enter")
  }

  deinit { kill() }

  /// Sends tmux key names (`Enter`, `C-c`, `Up`, `NPage`, `F1`, `j`...).
  func send(keys: String...) throws {
    try tmux(["send-keys", "-t", target] + keys)
  }

  /// Types text literally.
  func type(_ literal: String) throws {
    try tmux(["send-keys", "-t", target, "-l", literal])
  }

  /// The visible screen as text, one string per row (trailing spaces trimmed by tmux).
  func capture() throws -> [String] {
    Self.lines(of: try tmux(["capture-pane", "-p", "-t", target]))
  }

  /// The visible screen with SGR escape sequences (colours, attributes).
  func captureWithEscapes() throws -> [String] {
    Self.lines(of: try tmux(["capture-pane", "-p", "-e", "-t", target]))
  }

  /// Polls the screen every 20 ms until `predicate` holds; false after `timeout` seconds
  /// (times `Fixtures.timeoutScale`).
  func waitFor(timeout: Double = 10, _ predicate: ([String]) -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout * Fixtures.timeoutScale)
    repeat {
      if let screen = try? capture(), predicate(screen) { return true }
      usleep(20_000)
    } while Date() < deadline
    return false
  }

  /// Waits until some row contains `text`.
  func waitFor(text: String, timeout: Double = 10) -> Bool {
    waitFor(timeout: timeout) { $0.contains { $0.contains(text) } }
  }

  /// Waits until the reader has opened its collection: the list shows, and the text pane
  /// no longer says it is opening (a cached listing shows before the analysis is ready).
  func waitForCollection(timeout: Double = 10) -> Bool {
    waitFor(timeout: timeout) { screen in
      screen.contains { $0.contains("Articles 1/") } && !screen.contains { $0.contains("Opening the collection") }
    }
  }

  /// The command's exit status once it has ended (the last `EXIT:n` line), or nil
  /// while it runs or is stopped (148: 128 + SIGTSTP).
  func exitStatus() -> Int32? {
    guard let screen = try? capture() else { return nil }
    for line in screen.reversed() where line.hasPrefix("EXIT:") {
      guard let status = Int32(line.dropFirst(5).trimmingCharacters(in: .whitespaces)) else { continue }
      return status == 128 + SIGTSTP ? nil : status
    }
    return nil
  }

  /// Waits for the command to end and returns its exit status (nil on timeout).
  func waitForExit(timeout: Double = 10) -> Int32? {
    guard waitFor(timeout: timeout, { _ in self.exitStatus() != nil }) else { return nil }
    return exitStatus()
  }

  /// Resizes the window; the program receives SIGWINCH.
  func resize(columns: Int, rows: Int) throws {
    try tmux(["resize-window", "-t", target, "-x", "\(columns)", "-y", "\(rows)"])
  }

  /// Kills the server and everything in it. Safe to call more than once.
  func kill() {
    guard isAlive else { return }
    isAlive = false
    _ = try? tmux(["kill-server"])
  }

  @discardableResult
  private func tmux(_ arguments: [String]) throws -> String {
    guard let executable = Self.executable else {
      throw Failure.tmux(arguments: arguments, status: -1, output: "tmux is not installed")
    }
    var environment = ProcessInfo.processInfo.environment
    environment["TMUX"] = nil
    let (status, output) = try ChildProcess.run(
      executable, ["-L", socketName, "-f", "/dev/null"] + arguments, environment: environment)
    guard status == 0 else {
      throw Failure.tmux(arguments: arguments, status: status, output: output)
    }
    return output
  }

  private static func lines(of output: String) -> [String] {
    var lines = output.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// Single-quotes a value for the shell.
  static func quoted(_ value: String) -> String {
    "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  private final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func next() -> Int {
      lock.lock()
      defer { lock.unlock() }
      value += 1
      return value
    }
  }
}
