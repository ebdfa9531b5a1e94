import ReaderUI
import Settings
import TermGrid
import Testing

/// Bad settings files: each mistake is reported with its line and what was
/// expected, and only that entry keeps its default.
@Suite struct SettingsDiagnosticsTests {
  static let commands = Command.allCases.map(\.name).joined(separator: ", ")

  static let cases: [(String, [String])] = [
    (
      "mouse = true\nsizelimit = 5\n",
      ["config.toml:2: unknown setting 'sizelimit'; expected one of: default-path, size-limit, mouse, keys, colours, layout"]
    ),
    (
      "mouse = \"yes\"\nsize-limit = -1\ndefault-path = 3\n",
      [
        "config.toml:1: mouse: expected true or false, found \"yes\"",
        "config.toml:2: size-limit: expected a number of bytes greater than 0, found -1",
        "config.toml:3: default-path: expected a path in quotes, such as \"~/news\", found 3",
      ]
    ),
    (
      "# comment\n[keys.list]\nopen = \"o\"\nnext-artcle = \"x\"\n",
      ["config.toml:4: unknown command 'next-artcle' in [keys.list]; expected one of: \(commands)"]
    ),
    (
      "[keys.pane]\nopen = \"o\"\n",
      ["config.toml:1: unknown key table [keys.pane]; expected one of: global, list, text, sidebar, help, picker"]
    ),
    (
      "[keys.global]\nquit = [\"q\", \"Ctrl-Alt-X\"]\n",
      [
        "config.toml:2: unknown key 'Ctrl-Alt-X' for quit in [keys.global]; expected a key name such as "
          + "j, J, Ctrl-O, Space, Enter, Tab, Shift-Tab, Backspace, Esc, Up, PgDn, Home or F1"
      ]
    ),
    (
      "[keys.global]\nfocus-next-pane = \"Ctrl-I\"\n",
      ["config.toml:2: Ctrl-I reaches lede as Tab (terminals send the same byte); bind Tab"]
    ),
    (
      "[keys.text]\nnext-mention = \"x\"\n\nprevious-mention = [\"X\", \"x\"]\n",
      [
        "config.toml:4: x is bound to both next-mention (line 2) and previous-mention in [keys.text]; "
          + "previous-mention keeps its default keys"
      ]
    ),
    (
      "[keys.global]\nquit = 5\nredraw = [\"r\", 2]\n",
      [
        "config.toml:2: keys.global.quit: expected a key name or a list of key names, such as [\"j\", \"Down\"], found 5",
        "config.toml:3: keys.global.redraw: expected a key name or a list of key names, such as [\"j\", \"Down\"], found 2",
      ]
    ),
    (
      "[colours]\nperson = { foreground = \"purpel\", attributes = [\"bold\"] }\nplace = { fg = \"red\" }\n",
      [
        "config.toml:2: colours.person.foreground: expected a colour name (default, black, red, green, yellow, blue, "
          + "magenta, cyan, white, bright-black ... bright-white) or a number from 0 to 255, found \"purpel\"",
        "config.toml:3: unknown field 'fg' in colours.place; expected foreground, background or attributes",
      ]
    ),
    (
      "[colours]\nevent = { background = 256 }\n\n[colours.quote]\nattributes = [\"blink\"]\n",
      [
        "config.toml:2: colours.event.background: expected a colour name (default, black, red, green, yellow, blue, "
          + "magenta, cyan, white, bright-black ... bright-white) or a number from 0 to 255, found 256",
        "config.toml:5: unknown attribute 'blink' in colours.quote.attributes; expected any of: bold, dim, underline, "
          + "reverse, italic",
      ]
    ),
    (
      "[layout]\ntwo-pane-columns = 130\npanes = [\"list\", \"sidebar\"]\nsidebar-width = { percent = 95 }\n",
      [
        "config.toml:2: layout: two-pane-columns (130) is more than three-pane-columns (120); using the defaults for both",
        "config.toml:3: layout.panes: expected a list that includes \"text\", found [\"list\", \"sidebar\"]",
        "config.toml:4: layout.sidebar-width.percent: expected a whole number from 5 to 90, found 95",
      ]
    ),
    (
      "layout = 3\nkeys = \"j\"\n",
      [
        "config.toml:1: layout: expected a table of layout settings, found 3",
        "config.toml:2: keys: expected tables of bindings such as [keys.list], found \"j\"",
      ]
    ),
    (
      "mouse = true\n[keys.list\nopen = \"o\"\n",
      ["config.toml:2: not valid TOML: Error while parsing table header: expected ']', saw '\\n'; using the default settings"]
    ),
  ]

  @Test(arguments: cases)
  func mistakesAreReportedWithTheirLine(text: String, expected: [String]) {
    let (_, diagnostics) = LedeSettings.parse(text)
    #expect(diagnostics.map(\.description) == expected)
  }

  @Test func aBadEntryKeepsItsDefaultAndTheRestApplies() {
    let text = """
      mouse = true
      size-limit = "big"
      [keys.text]
      next-mention = "x"
      previous-mention = "x"
      [colours]
      person = { foreground = "purpel", background = "blue" }
      [layout]
      list-width = { minimum = 60, maximum = 40 }
      three-pane-columns = 140
      """
    let (settings, diagnostics) = LedeSettings.parse(text)
    #expect(diagnostics.count == 4)
    #expect(diagnostics.map(\.line) == [2, 5, 7, 9])
    #expect(settings.mouse)
    #expect(settings.sizeLimit == nil)
    #expect(settings.keyMap.keys(for: .nextMention, in: .text) == [.character("x")])
    #expect(settings.keyMap.keys(for: .previousMention, in: .text) == [.character("E")], "the clashing entry keeps its default")
    #expect(settings.theme(monochrome: false).styles[.person] == Style(foreground: .yellow, background: .blue))
    #expect(settings.layout.listWidth == LayoutSettings.standard.listWidth)
    #expect(settings.layout.threePaneMinimumColumns == 140)
  }

  @Test func syntaxErrorGivesTheDefaults() {
    let (settings, diagnostics) = LedeSettings.parse("mouse = true\nmouse = false\n")
    #expect(settings == .standard)
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.line == 2)
  }
}
