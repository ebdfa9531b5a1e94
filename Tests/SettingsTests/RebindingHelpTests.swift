import ReaderUI
import Settings
import TermGrid
import Testing

/// The help overlay and key lookup show the settings' bindings, not the defaults.
@Suite struct RebindingHelpTests {
  @Test func helpOverlayShowsTheRebinding() {
    let text = """
      [keys.global]
      next-article = ["n", "Ctrl-N"]
      [keys.list]
      follow = "F2"
      """
    let (settings, diagnostics) = LedeSettings.parse(text)
    #expect(diagnostics == [])
    let lines = HelpContent.lines(for: settings.keyMap)
    #expect(lines.contains { $0.keys == "n, Ctrl-N" && $0.text == Command.nextArticle.help && !$0.isHeading })
    #expect(!lines.contains { $0.text == Command.nextMatch.help }, "next-match lost its only key")
    #expect(!HelpContent.lines(for: .standard).contains { $0.keys == "F2" })
    let listLines = lines.drop { $0.text != KeyScope.list.title }.prefix { $0.text != KeyScope.text.title }
    #expect(listLines.contains { $0.keys == "F2" && $0.text == Command.follow.help })
  }

  @Test func reboundKeysDriveTheReducer() {
    let (settings, _) = LedeSettings.parse("[keys.global]\nnext-article = \"n\"\n")
    #expect(settings.keyMap.collisions.isEmpty)
    #expect(settings.keyMap.command(for: .character("n"), in: .text) == .nextArticle)
    #expect(settings.keyMap.command(for: .character("J"), in: .text) == nil)
  }

  @Test func rebindKeepsOneBindingPerCommandAndScope() {
    var keyMap = KeyMap.standard
    keyMap.rebind(.quit, to: [.character("x")], in: .global)
    keyMap.rebind(.quit, to: [.character("y"), .character("x")], in: .global)
    #expect(
      keyMap.bindings.filter { $0.command == .quit && $0.scope == .global }.map(\.keys) == [[.character("y"), .character("x")]])
    keyMap.rebind(.open, to: [.character("y")], in: .global)
    #expect(keyMap.keys(for: .quit) == [.character("x")], "y moved to open")
    #expect(keyMap.collisions.isEmpty)
  }
}
