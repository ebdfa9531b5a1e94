import Foundation
import TestSupport
import Testing

/// The settings file and the mouse, in a real terminal. tmux cannot click by
/// itself, so the test types the bytes a terminal sends for a click in xterm's
/// normal mouse mode (`ESC [ M`, then button, column and row, each plus 32;
/// tmux-256color's `kmous`), and ncurses decodes them as it would a real click.
@Suite(.serialized) struct SettingsEndToEndTests {
  let seeds = Fixtures.seeds.path

  func lede(_ arguments: [String]) throws -> String {
    try #require(TmuxSession.isAvailable, "tmux is not installed: apt-get install tmux")
    return try #require(LedeBinary.commandLine(arguments), "build lede first: swift build")
  }

  /// A settings folder for XDG_CONFIG_HOME holding lede/config.toml.
  func configHome(_ text: String) throws -> URL {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("lede-e2e-config-\(UUID().uuidString)")
    let folder = home.appendingPathComponent("lede")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try text.write(to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
    return home
  }

  /// The bytes for a button event at a 0-based cell: 0 is a left press, 3 a
  /// release, 65 one wheel notch down.
  func mouse(_ button: Int, column: Int, row: Int) -> String {
    let bytes = [button, column + 1, row + 1].compactMap { Unicode.Scalar(32 + $0).map(Character.init) }
    return "\u{1B}[M" + String(bytes)
  }

  /// A press and its release in one write, as a fast click arrives.
  func click(_ session: TmuxSession, column: Int, row: Int) throws {
    try session.type(mouse(0, column: column, row: row) + mouse(3, column: column, row: row))
  }

  @Test func settingsApplyAndTheMouseClicksAndScrolls() throws {
    let home = try configHome("[keys.global]\nnext-article = \"n\"\nmistake = 1\n")
    defer { try? FileManager.default.removeItem(at: home) }
    let session = try TmuxSession(
      try lede(["--mouse", seeds]), columns: 120, rows: 30, environment: ["XDG_CONFIG_HOME": home.path])
    defer { session.kill() }
    #expect(session.waitFor(text: "1 mistake in config.toml (lede config --check lists them)"))
    #expect(session.waitForCollection(), "the collection has loaded")
    #expect(try session.display("#{mouse_standard_flag}") == "1", "lede asked the terminal for the mouse")

    try session.send(keys: "n")
    #expect(session.waitFor(text: "Articles 2/2"), "the settings' binding works")
    try click(session, column: 5, row: 2)
    #expect(session.waitFor(text: "Articles 1/2"), "a click selects the first row")
    try click(session, column: 60, row: 10)
    #expect(session.waitFor { $0.last?.hasPrefix(" Text 1-") == true }, "a click focuses the text")
    try session.type(mouse(65, column: 60, row: 10) + mouse(65, column: 60, row: 10))
    #expect(session.waitFor { $0.last?.hasPrefix(" Text 7-") == true }, "two notches in one write scroll six lines")
    try session.type(mouse(64, column: 60, row: 10))
    #expect(session.waitFor { $0.last?.hasPrefix(" Text 4-") == true }, "a notch up scrolls back three")
    try session.type(mouse(65, column: 5, row: 10))
    try click(session, column: 5, row: 1)
    #expect(session.waitFor { $0.last?.hasPrefix(" Articles 1/2") == true })
    try session.send(keys: "Tab")
    #expect(session.waitFor { $0.last?.hasPrefix(" Text 4-") == true }, "the wheel over the list left the text alone")

    try session.send(keys: "q")
    #expect(session.waitForExit() == 0)
    #expect(try session.display("#{mouse_standard_flag}") == "0", "the mouse is given back")
  }

  @Test func theMouseIsOffByDefault() throws {
    let home = try configHome("")
    defer { try? FileManager.default.removeItem(at: home) }
    let session = try TmuxSession(try lede([seeds]), columns: 120, rows: 30, environment: ["XDG_CONFIG_HOME": home.path])
    defer { session.kill() }
    #expect(session.waitForCollection())
    #expect(try session.display("#{mouse_any_flag}") == "0")
    try click(session, column: 60, row: 10)
    try session.send(keys: "j")
    #expect(session.waitFor(text: "Articles 2/2"), "the click did not reach lede as keys or focus")
    try session.send(keys: "q")
    #expect(session.waitForExit() == 0)
  }
}
