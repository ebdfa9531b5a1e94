import Foundation
import ReaderUI
import Settings
import TermGrid
import Testing

@Suite struct SettingsParsingTests {
  @Test func goodFileChangesWhatItNames() {
    let text = """
      default-path = "~/news"
      size-limit = 1000
      mouse = true

      [keys.global]
      next-article = ["n", "Down"]
      quit = "x"

      [keys.list]
      follow = "f"

      [colours]
      person = { foreground = 208, attributes = ["bold", "underline"] }
      title-bar = { background = "bright-blue" }

      [layout]
      three-pane-columns = 150
      two-pane-columns = 70
      panes = ["list", "text"]
      list-width = { percent = 30 }
      """
    let (settings, diagnostics) = LedeSettings.parse(text)
    #expect(diagnostics == [])
    #expect(settings.defaultPath == NSHomeDirectory() + "/news")
    #expect(settings.sizeLimit == 1000)
    #expect(settings.mouse)
    let keys = settings.keyMap
    #expect(keys.command(for: .character("n"), in: .text) == .nextArticle)
    #expect(keys.command(for: .down, in: .list) == .nextArticle, "Down moved from move-down")
    #expect(keys.keys(for: .moveDown) == [.character("j")])
    #expect(keys.keys(for: .nextMatch) == [], "n was next-match's only key")
    #expect(keys.command(for: .character("J"), in: .list) == nil, "next-article's old key is free")
    #expect(keys.command(for: .character("x"), in: .list) == .quit)
    #expect(keys.command(for: .character("q"), in: .help) == .toggleHelp, "the help scope is untouched")
    #expect(keys.command(for: .character("f"), in: .list) == .follow)
    #expect(keys.command(for: .character("f"), in: .text) == nil)
    let theme = settings.theme(monochrome: false)
    #expect(theme.styles[.person] == Style(foreground: .indexed(208), attributes: [.bold, .underline]))
    #expect(theme.styles[.titleBar] == Style(foreground: .black, background: .indexed(12), attributes: [.bold]))
    #expect(settings.theme(monochrome: true).styles[.person]?.attributes == [.bold, .underline])
    #expect(settings.layout.threePaneMinimumColumns == 150)
    #expect(settings.layout.twoPaneMinimumColumns == 70)
    #expect(settings.layout.panes == [.list, .text])
    #expect(settings.layout.listWidth == LayoutSettings.PaneWidth(percent: 30, minimum: 34, maximum: 56))
  }

  @Test func emptyBindingUnbinds() {
    let (settings, diagnostics) = LedeSettings.parse("[keys.text]\nnext-mention = []\n")
    #expect(diagnostics == [])
    #expect(settings.keyMap.command(for: .character("e"), in: .text) == nil)
    #expect(!settings.keyMap.bindings.contains { $0.command == .nextMention })
  }

  @Test func keyAndCommandNamesIgnoreNothingButCase() {
    let (settings, diagnostics) = LedeSettings.parse("[keys.global]\nback = [\"ctrl-b\", \"BACKSPACE\", \"pagedown\"]\n")
    #expect(diagnostics == [])
    #expect(settings.keyMap.keys(for: .back) == [.control("b"), .backspace, .pageDown])
  }

  @Test func missingFileGivesDefaultsQuietly() {
    let url = URL(fileURLWithPath: "/nonexistent/lede/config.toml")
    let (settings, diagnostics) = LedeSettings.load(from: url)
    #expect(settings == .standard)
    #expect(diagnostics == [])
  }

  @Test func fileOnDiskIsNamedInDiagnostics() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-settings-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("mine.toml")
    try "mouse = true\nmause = false\n".write(to: url, atomically: true, encoding: .utf8)
    let (settings, diagnostics) = LedeSettings.load(from: url)
    #expect(settings.mouse)
    #expect(
      diagnostics.map(\.description) == [
        "mine.toml:2: unknown setting 'mause'; expected one of: default-path, size-limit, mouse, keys, colours, layout"
      ])
  }

  @Test(arguments: [
    ([:], "/home/ada/.config/lede/config.toml"),
    (["XDG_CONFIG_HOME": "/etc/xdg"], "/etc/xdg/lede/config.toml"),
    (["XDG_CONFIG_HOME": "relative"], "/home/ada/.config/lede/config.toml"),
  ])
  func settingsFileFollowsXDG(environment: [String: String], path: String) {
    let url = LedeSettings.defaultURL(environment: environment.merging(["HOME": "/home/ada"]) { old, _ in old })
    #expect(url.path == path)
  }
}
