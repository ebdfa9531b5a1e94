import Foundation
import Glibc
import TestSupport
import Testing

/// The real binary in a private tmux server: keys in, screen text out.
/// `make test` builds `.build/debug/lede` first; a missing binary fails the tests.
@Suite(.serialized) struct ReaderEndToEndTests {
  let seeds = Fixtures.seeds.path

  func lede(_ arguments: [String]) throws -> String {
    try #require(TmuxSession.isAvailable, "tmux is not installed: apt-get install tmux")
    return try #require(LedeBinary.commandLine(arguments), "build lede first: swift build")
  }

  /// The status line: the last row of the screen.
  func status(_ session: TmuxSession) -> String { (try? session.capture().last) ?? "" }

  @Test(arguments: [(120, 40), (80, 24)])
  func browseSeeds(columns: Int, rows: Int) throws {
    let session = try TmuxSession(
      "stty -g > /tmp/lede-e2e-stty-before-\(columns); \(try lede([seeds])); stty -g > /tmp/lede-e2e-stty-after-\(columns)",
      columns: columns, rows: rows)
    defer { session.kill() }
    #expect(session.waitFor(text: "Articles 1/2"), "the status line appears")
    let first = try session.capture()
    #expect(first.contains { $0.contains("2018-09-17 ~Moscow and A") }, "a derived title, marked")
    #expect(first.contains { $0.contains("2018-09-17 Putin and Erd") })
    #expect(first.contains { $0.contains("│ Moscow and Ankara must work out") }, "the text shows the first article")

    try session.send(keys: "j")
    #expect(session.waitFor(text: "Articles 2/2"))
    #expect(session.waitFor(text: "│ Putin and Erdogan to hold talks"), "the text follows the selection")

    try session.send(keys: "Tab")
    #expect(session.waitFor { $0.last?.hasPrefix(" Text ") == true })
    try session.send(keys: "Tab")
    #expect(session.waitFor { $0.last?.hasPrefix(" Sidebar ") == true })
    #expect(session.waitFor(text: "│ People"), "the sidebar shows the people the article shares")
    try session.send(keys: "Tab")
    #expect(session.waitFor { $0.last?.hasPrefix(" Articles ") == true })

    try session.type("/Putin")
    try session.send(keys: "Enter")
    #expect(
      session.waitFor(text: "2 articles found, best first · Match 1 of 4 for “Putin”"), "/ in the list searches the collection")
    try session.send(keys: "n")
    #expect(session.waitFor(text: "Match 2 of 4 for “Putin”"))
    let colours = try session.captureWithEscapes().joined(separator: "\n")
    #expect(colours.contains("45mPutin"), "the current match is highlighted")
    #expect(colours.contains("43mPutin"), "the other matches are highlighted")

    try session.send(keys: "?")
    #expect(session.waitFor(text: "Keys (j/k scroll, q or ? closes)"))
    try session.send(keys: "q")
    #expect(session.waitFor { !$0.contains { $0.contains("Keys (j/k") } })
    try session.send(keys: "q")
    #expect(session.waitForExit() == 0)
    let before = try String(contentsOfFile: "/tmp/lede-e2e-stty-before-\(columns)", encoding: .utf8)
    let after = try String(contentsOfFile: "/tmp/lede-e2e-stty-after-\(columns)", encoding: .utf8)
    #expect(before == after, "stty settings are restored")
    #expect(try session.display("#{alternate_on}") == "0", "the alternate screen is off")
    #expect(try session.display("#{cursor_flag}") == "1", "the cursor is visible")
  }

  @Test func hostileFolderIsReportedAndNoEscapeReachesTheTerminal() throws {
    let folder = try HostileFolder.make()
    defer { try? FileManager.default.removeItem(at: folder) }
    let check = try TmuxSession("time -p \(try lede(["check", folder.path]))", columns: 160, rows: 40)
    defer { check.kill() }
    #expect(check.waitForExit() == 1)
    let report = try check.capture().joined(separator: "\n")
    for name in ["binary.txt", "empty.txt", "invalid.txt", "crlf.txt", "escapes.txt", "fifo.txt"] {
      #expect(report.contains(name), "check reports \(name)")
    }
    let real = report.split(separator: "\n").first { $0.hasPrefix("real ") }.flatMap { Double($0.dropFirst(5)) }
    #expect((real ?? 99) < Fixtures.timeoutScale, "check finishes within a second (times LEDE_TIMEOUT_SCALE), FIFO or not")

    let output = folder.appendingPathComponent("../lede-e2e-pane-output").standardizedFileURL
    try? FileManager.default.removeItem(at: output)
    let reader = try TmuxSession(try lede([folder.path]), columns: 120, rows: 30)
    defer { reader.kill() }
    try reader.pipeOutput(to: output.path)
    #expect(reader.waitFor(text: "not loaded"))
    for _ in 0..<4 {
      try reader.send(keys: "j")
      try reader.send(keys: "G")
    }
    try reader.send(keys: "g")
    #expect(reader.waitFor(text: "escapes"))
    try reader.send(keys: "q")
    #expect(reader.waitForExit() == 0)
    let bytes = try String(decoding: Data(contentsOf: output), as: UTF8.self)
    for payload in HostileFolder.payloadMarkers {
      #expect(!bytes.contains(payload), "the terminal never receives \(payload.debugDescription)")
    }
    #expect(try reader.display("#{pane_title}") != "PWNED", "the window title is unchanged")
  }

  @Test func refusesPipesAndDumbTerminals() throws {
    let piped = try TmuxSession("\(try lede([seeds])) | cat", columns: 120, rows: 20)
    defer { piped.kill() }
    #expect(piped.waitFor(text: "standard output is not one"))
    #expect(piped.waitFor(text: "lede list"))
    let dumb = try TmuxSession("TERM=dumb \(try lede([seeds]))", columns: 120, rows: 20)
    defer { dumb.kill() }
    #expect(dumb.waitFor(text: "cannot move the cursor"))
    #expect(dumb.waitForExit() == 2)
  }

  @Test(arguments: [("TERM", "SIGTERM", Int32(143)), ("HUP", "SIGHUP", 129)])
  func signalsRestoreTheTerminal(signal: String, name: String, status: Int32) throws {
    let pidFile = "/tmp/lede-e2e-pid-\(getpid())-\(signal)"
    let session = try TmuxSession("sh -c 'echo $$ > \(pidFile); exec \"$0\" \"$@\"' \(try lede([seeds]))", columns: 100, rows: 30)
    defer { session.kill() }
    #expect(session.waitForCollection())
    let pid = try #require(
      Int32(String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
    #expect(Glibc.kill(pid, signal == "TERM" ? SIGTERM : SIGHUP) == 0)
    #expect(session.waitForExit() == status, "\(name) ends lede with \(status)")
    #expect(try session.display("#{alternate_on}") == "0")
    #expect(try session.display("#{cursor_flag}") == "1")
  }

  @Test func controlCQuitsAndControlZSuspends() throws {
    let session = try TmuxSession(try lede([seeds]), columns: 100, rows: 30)
    defer { session.kill() }
    #expect(session.waitForCollection())
    try session.send(keys: "j")
    #expect(session.waitFor(text: "Articles 2/2"))
    try session.send(keys: "C-z")
    #expect(session.waitFor { _ in (try? session.display("#{alternate_on}")) == "0" }, "suspended: the shell has the screen")
    #expect(session.waitFor(text: "EXIT:148"), "the shell reports the job stopped")
    try session.type("fg")
    try session.send(keys: "Enter")
    #expect(session.waitFor(text: "Articles 2/2"), "state survives the suspension")
    try session.send(keys: "C-c")
    #expect(session.waitForExit() == 130, "Ctrl-C ends lede with 130")
    #expect(try session.display("#{cursor_flag}") == "1")
  }

  @Test func resizeRelaysOutAtOnce() throws {
    let session = try TmuxSession(try lede([seeds]), columns: 130, rows: 30)
    defer { session.kill() }
    #expect(session.waitFor(text: "│ Sidebar"), "three panes at 130 columns")
    try session.resize(columns: 70, rows: 20)
    #expect(session.waitFor { screen in !screen.contains { $0.contains("Sidebar") } && screen.count == 20 })
    try session.resize(columns: 20, rows: 6)
    #expect(session.waitFor(text: "Terminal too small"))
    try session.resize(columns: 120, rows: 40)
    #expect(session.waitFor(text: "│ Sidebar"))
    try session.send(keys: "Q")
    #expect(session.waitForExit() == 0)
  }
}
