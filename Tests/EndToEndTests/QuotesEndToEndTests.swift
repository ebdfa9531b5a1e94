import Foundation
import TestSupport
import Testing

/// Walking the quotes of 000, saving one, exporting it after the reader exits.
@Suite(.serialized) struct QuotesEndToEndTests {
  @Test func walkSaveAndExport() throws {
    try #require(TmuxSession.isAvailable, "tmux is not installed: apt-get install tmux")
    let reader = try #require(LedeBinary.commandLine([Fixtures.seeds.path]), "build lede first: swift build")
    let export = try #require(LedeBinary.commandLine(["highlights", "--markdown"]))
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("lede-e2e-data-\(getpid())")
    try? FileManager.default.removeItem(at: data)
    defer { try? FileManager.default.removeItem(at: data) }
    let session = try TmuxSession(reader, columns: 140, rows: 30, environment: ["XDG_DATA_HOME": data.path])
    defer { session.kill() }
    #expect(session.waitForCollection())
    try session.send(keys: "j")
    #expect(session.waitFor(text: "│ Putin and Erdogan to hold talks"))
    let speakers = [
      "Dmitry Peskov (told)", "Dmitry Peskov (conceded)", "United Nations", "United Nations", "Sergei Lavrov (said)",
      "Sergei Lavrov",
    ]
    for (index, speaker) in speakers.enumerated() {
      try session.send(keys: "}")
      #expect(session.waitFor(text: "Quote \(index + 1) of 6 · \(speaker)"), "quote \(index + 1) names \(speaker)")
    }
    try session.send(keys: "m")
    #expect(session.waitFor(text: "Note:"))
    try session.type("for the brief")
    try session.send(keys: "Enter")
    #expect(session.waitFor(text: "Highlight saved"))
    try session.send(keys: "q")
    #expect(session.waitForExit() == 0)
    session.kill()
    let exported = try TmuxSession(export, columns: 200, rows: 20, environment: ["XDG_DATA_HOME": data.path])
    defer { exported.kill() }
    #expect(exported.waitForExit() == 0)
    let screen = try exported.capture().joined(separator: "\n")
    #expect(screen.contains("> We are doing everything to ensure that the civilian population would not suffer,"))
    #expect(screen.contains("— Sergei Lavrov"))
    #expect(screen.contains("Note: for the brief"))
  }
}
