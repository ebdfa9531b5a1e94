import Foundation
import Glibc
import TestSupport
import Testing

/// The real binary under every common TERM with no locale set, resized from 1x1
/// to 500x200 (both within what tmux allows) in every state; and writing into a
/// closed pipe.
@Suite(.serialized) struct TerminalMatrixTests {
  let seeds = Fixtures.seeds.path

  func lede(_ arguments: [String]) throws -> String {
    try #require(TmuxSession.isAvailable, "tmux is not installed: apt-get install tmux")
    return try #require(LedeBinary.commandLine(arguments), "build lede first: swift build")
  }

  /// Resizes through the extremes and back; lede must still be running after each.
  func resizeThroughExtremes(_ session: TmuxSession, _ state: String) throws {
    for (columns, rows) in [(1, 1), (500, 200), (2, 50), (300, 3), (100, 30)] {
      try session.resize(columns: columns, rows: rows)
      usleep(60_000)
      #expect(session.exitStatus() == nil, "lede survives \(columns)x\(rows) with \(state)")
    }
  }

  @Test(arguments: ["xterm", "xterm-256color", "tmux-256color", "screen", "linux", "vt100"])
  func opensResizesAndQuitsWithoutALocale(term: String) throws {
    let command = "env -u LANG -u LC_ALL -u LC_CTYPE TERM=\(term) \(try lede([seeds]))"
    let session = try TmuxSession(command, columns: 100, rows: 30)
    defer { session.kill() }
    #expect(session.waitFor(text: "Articles 1/2"), "the list appears under TERM=\(term)")
    #expect(session.waitFor(text: "Putin and Erd"))

    try session.send(keys: "?")
    #expect(session.waitFor(text: "Keys (j/k"))
    try resizeThroughExtremes(session, "help open")
    #expect(session.waitFor(text: "Keys (j/k"), "help is still open after the resizes")
    try session.send(keys: "q")
    #expect(session.waitFor { !$0.contains { $0.contains("Keys (j/k") } })

    try session.type("/Putin")
    #expect(session.waitFor(text: "/Putin"))
    try resizeThroughExtremes(session, "the prompt open")
    #expect(session.waitFor(text: "/Putin"), "the prompt survives the resizes")
    // Esc alone, then wait: Esc and Tab in one write read as Alt-Tab under TERM=linux.
    try session.send(keys: "Escape")
    #expect(session.waitFor { !($0.last ?? "").hasPrefix("/Putin") }, "Esc closes the prompt")
    // One key at a time, each seen on screen: under load, keys sent in one write can
    // arrive inside the Esc delay and be read as Alt-keys under TERM=linux.
    try session.send(keys: "Tab")
    #expect(session.waitFor { ($0.last ?? "").hasPrefix(" Text") })
    try session.send(keys: "G")
    try session.send(keys: "Tab")
    #expect(session.waitFor { ($0.last ?? "").hasPrefix(" Sidebar") })
    try session.send(keys: "j")
    try resizeThroughExtremes(session, "the sidebar focused")

    #expect(
      session.waitFor(timeout: 20) { ($0.last ?? "").hasPrefix(" Sidebar") },
      "the frame is back at 100x30: \((try? session.capture().joined(separator: "\n")) ?? "")")
    try session.send(keys: "q")
    let status = session.waitForExit(timeout: 20)
    #expect(status == 0, "q exits 0 under TERM=\(term): \((try? session.capture()) ?? [])")
    #expect(try session.display("#{alternate_on}") == "0", "the alternate screen is off")
    #expect(try session.display("#{cursor_flag}") == "1", "the cursor is visible")
    let screen = try session.capture().joined(separator: "\n")
    #expect(!screen.contains("Fatal error"), "no crash message")
  }

  /// A reader that closes the pipe early: lede ends quietly (SIGPIPE, 141), never
  /// with a Swift crash report.
  @Test(arguments: [["list"], ["list", "--json"], ["analyze"], ["check"]])
  func closedPipeEndsQuietly(arguments: [String]) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-pipe-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for index in 0..<400 {
      let text = " date 2018-03-01 Article \(index) about talks\n\nPresident Vladimir Putin met Recep Tayyip Erdogan in Sochi.\n"
      try Data(text.utf8).write(to: folder.appendingPathComponent("a\(index).txt"))
    }
    let session = try TmuxSession(
      "\(try lede(arguments + [folder.path])) 2>&1 | head -1; echo \"PIPE\"\"STATUS:${PIPESTATUS[0]}\"", columns: 200, rows: 20)
    defer { session.kill() }
    #expect(session.waitFor(text: "PIPESTATUS:"))
    let screen = try session.capture().joined(separator: "\n")
    #expect(screen.contains("PIPESTATUS:141") || screen.contains("PIPESTATUS:0"), "\(screen)")
    for crash in ["Fatal error", "Crash", "Backtrace", "Illegal instruction", "Segmentation"] {
      #expect(!screen.contains(crash), "\(arguments): \(screen)")
    }
  }
}
