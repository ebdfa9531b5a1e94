import ReaderUI
import TermGrid
import Testing

@Suite struct KeyMapTests {
  @Test func noKeyCollisionsWithinAScope() {
    let collisions = KeyMap.standard.collisions
    #expect(collisions.isEmpty, "\(collisions.map { "\($0.0.displayName): \($0.1.command) / \($0.2.command)" })")
  }

  @Test func everyCommandIsBoundAndDescribed() {
    for command in Command.allCases {
      #expect(
        !KeyMap.standard.keys(for: command).isEmpty || KeyMap.standard.bindings.contains { $0.command == command },
        "\(command.name) is not bound")
      #expect(!command.help.isEmpty)
      #expect(command.name.allSatisfy { $0.isLowercase || $0 == "-" }, "\(command.name) is not kebab-case")
    }
  }

  @Test func paneBindingsWinOverGlobalOnes() {
    #expect(KeyMap.standard.command(for: .enter, in: .list) == .open)
    #expect(KeyMap.standard.command(for: .character("j"), in: .text) == .moveDown)
    #expect(KeyMap.standard.command(for: .character("n"), in: .help) == nil, "the help overlay swallows other keys")
  }

  @Test(arguments: [
    (Key.character("?"), Command.toggleHelp), (.function(1), .toggleHelp), (.control("l"), .redraw),
    (.character("Q"), .quitNow), (.character("/"), .find), (.pageDown, .pageDown), (.control("d"), .halfPageDown),
  ])
  func issueKeysAreBound(key: Key, command: Command) {
    #expect(KeyMap.standard.command(for: key, in: .text) == command)
  }
}
