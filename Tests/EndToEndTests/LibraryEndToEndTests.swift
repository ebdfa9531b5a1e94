import Foundation
import TestSupport
import Testing

/// The reader on a generated 10,000-article folder with an empty cache: the list
/// appears, `/` finds a phrase, a `person:` filter narrows the list, q exits cleanly.
@Suite(.serialized) struct LibraryEndToEndTests {
  @Test func tenThousandGeneratedArticles() throws {
    try #require(TmuxSession.isAvailable, "tmux is not installed: apt-get install tmux")
    let folder = try GeneratedFolder.make(count: 10_000, seed: 2018)
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("lede-e2e-home-\(UUID().uuidString)")
    defer {
      try? FileManager.default.removeItem(at: folder)
      try? FileManager.default.removeItem(at: home)
    }
    let lede = try #require(LedeBinary.commandLine([folder.path]), "build lede first: swift build")
    let stty = home.appendingPathComponent("stty").path
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    let session = try TmuxSession(
      "stty -g > \(stty)-before; \(lede); stty -g > \(stty)-after", columns: 160, rows: 40,
      environment: [
        "XDG_CACHE_HOME": home.appendingPathComponent("cache").path,
        "XDG_DATA_HOME": home.appendingPathComponent("data").path,
      ])
    defer { session.kill() }
    let started = Date()
    // A cold cache of 10,000 articles with a debug build took 137 s on the 2 cores while
    // other builds ran (load 10); LEDE_BINARY can point at a release build.
    #expect(session.waitFor(text: "Articles 1/10000", timeout: 400), "the list appears")
    print("lede: 10,000 generated articles listed after \(Int(Date().timeIntervalSince(started) * 1000)) ms (cold cache)")
    #expect(session.waitFor(text: "10000 articles"), "the title bar counts them")

    try session.type("/\"debt relief\"")
    try session.send(keys: "Enter")
    #expect(session.waitFor(text: "found, best first · Match 1 of", timeout: 30), "/ finds the phrase")
    #expect(try session.capture().contains { $0.contains("/\"debt relief\"") }, "the list title names the search")
    try session.send(keys: "n")
    #expect(session.waitFor(text: "Match 2 of", timeout: 30), "n moves to the next hit")
    try session.send(keys: "Escape")
    try session.send(keys: "Escape")
    #expect(session.waitFor(text: "Articles 1/10000", timeout: 30), "Esc leaves the search")

    try session.type(":person:Kovacs")
    try session.send(keys: "Enter")
    #expect(session.waitFor(text: "articles match", timeout: 30))
    let status = try session.capture().last ?? ""
    let count = status.split(separator: " ").firstIndex(of: "articles").flatMap { index in
      Int(status.split(separator: " ")[index - 1])
    }
    let matched = try #require(count, "the status says how many match: \(status)")
    #expect(matched > 0 && matched < 10_000, "a surname narrows the list: \(matched)")
    #expect(session.waitFor(text: "Articles 1/\(matched)"))
    #expect(try session.capture().contains { $0.contains(":person:") && $0.contains("\(matched) ·") }, "the title counts them")

    try session.send(keys: "q")
    #expect(session.waitForExit(timeout: 30) == 0)
    let before = try String(contentsOfFile: stty + "-before", encoding: .utf8)
    let after = try String(contentsOfFile: stty + "-after", encoding: .utf8)
    #expect(before == after, "stty settings are restored")
    #expect(try session.display("#{alternate_on}") == "0", "the alternate screen is off")
  }
}
