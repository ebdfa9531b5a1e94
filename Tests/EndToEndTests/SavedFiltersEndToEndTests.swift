import Foundation
import TestSupport
import Testing

/// Saving a filter, recalling it in a later run, deleting it: the whole path through the
/// user store.
@Suite(.serialized) struct SavedFiltersEndToEndTests {
  @Test func saveRecallAndDeleteAcrossRuns() throws {
    try #require(TmuxSession.isAvailable, "tmux is not installed: apt-get install tmux")
    let reader = try #require(LedeBinary.commandLine([Fixtures.seeds.path]), "build lede first: swift build")
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("lede-e2e-filters-\(getpid())")
    try? FileManager.default.removeItem(at: data)
    defer { try? FileManager.default.removeItem(at: data) }
    func start() throws -> TmuxSession {
      let session = try TmuxSession(reader, columns: 120, rows: 30, environment: ["XDG_DATA_HOME": data.path])
      #expect(session.waitForCollection())
      return session
    }
    let first = try start()
    defer { first.kill() }
    try first.send(keys: ":")
    try first.type("person:Peskov")
    try first.send(keys: "Enter")
    #expect(first.waitFor(text: ":person:Peskov"))
    try first.send(keys: ":")
    try first.type("save peskov")
    try first.send(keys: "Enter")
    #expect(first.waitFor(text: "Filter saved"))
    try first.send(keys: "q")
    #expect(first.waitForExit() == 0)
    first.kill()

    let second = try start()
    defer { second.kill() }
    try second.send(keys: "F")
    #expect(second.waitFor(text: "Saved filters (1)"))
    #expect(second.waitFor(text: ":person:Peskov"))
    try second.send(keys: "d")
    #expect(second.waitFor(text: "Press d again"))
    try second.send(keys: "d")
    #expect(second.waitFor(text: "Saved filters (0)"))
    #expect(second.waitFor(text: "Saved filter deleted"))
    try second.send(keys: "Escape", "q")
    #expect(second.waitForExit() == 0)
    second.kill()

    let third = try start()
    defer { third.kill() }
    try third.send(keys: "F")
    #expect(third.waitFor(text: "No saved filters yet"))
    try third.send(keys: "Escape", "q")
    #expect(third.waitForExit() == 0)
  }
}
