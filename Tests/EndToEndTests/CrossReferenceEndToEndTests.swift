import Foundation
import TestSupport
import Testing

/// Following a person between the seeds in the real terminal.
@Suite(.serialized) struct CrossReferenceEndToEndTests {
  @Test func followPeskovAndComeBack() throws {
    try #require(TmuxSession.isAvailable, "tmux is not installed: apt-get install tmux")
    let command = try #require(LedeBinary.commandLine([Fixtures.seeds.path]), "build lede first: swift build")
    let session = try TmuxSession(command, columns: 160, rows: 30)
    defer { session.kill() }
    #expect(session.waitForCollection())
    try session.send(keys: "j")
    #expect(session.waitFor(text: "│ Putin and Erdogan to hold talks"), "000 is open")
    try session.send(keys: "Tab", "j", "j", "j", "j")
    #expect(session.waitFor { $0.last?.hasPrefix(" Text 5-") == true }, "the text has the focus, scrolled by four lines")
    let firstTextLine = textPane(try session.capture())
    try session.send(keys: "Tab")
    #expect(session.waitFor { $0.last?.hasPrefix(" Sidebar ") == true })
    var found = false
    for _ in 0..<6 where !found {
      try session.send(keys: "j")
      found = session.waitFor(timeout: 1) { $0.last?.contains("Dmitry Peskov: 2 articles") == true }
    }
    #expect(found, "Dmitry Peskov is selected in the sidebar")
    try session.send(keys: "Enter")
    #expect(session.waitFor(text: "Articles · Dmitry Peskov"), "the list title names the filter")
    #expect(session.waitFor(text: "2 articles mention Dmitry Peskov"))
    try session.send(keys: "]")
    #expect(session.waitFor(text: "│ Moscow and Ankara must work out"), "] opens 004")
    #expect(session.waitFor(text: "› Dmitry Peskov ›"), "the breadcrumb shows the way")
    try session.send(keys: "C-o")
    #expect(session.waitFor { textPane($0) == firstTextLine }, "Ctrl-O returns to 000 at the same reading position")
    try session.send(keys: "Q")
    #expect(session.waitForExit() == 0)
  }

  /// The text pane's first content row (the screen's third row, between separators).
  func textPane(_ screen: [String]) -> String {
    guard screen.count > 2 else { return "" }
    let parts = screen[2].split(separator: "│", omittingEmptySubsequences: false)
    return parts.count > 1 ? String(parts[1]) : ""
  }
}
