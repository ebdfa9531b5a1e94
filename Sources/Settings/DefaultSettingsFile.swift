import NewsCore
import ReaderUI
import TermGrid

extension LedeSettings {
  /// The settings file with every setting commented out at its default, with
  /// what it does: what `lede config --default` prints. Generated from the key
  /// table, the colour theme and the standard layout, so it never drifts.
  /// Uncommenting any `# name = value` line keeps the default.
  public static func defaultFileText() -> String {
    DefaultSettingsFile.header + DefaultSettingsFile.general + DefaultSettingsFile.keys
      + DefaultSettingsFile.colours + DefaultSettingsFile.layout
  }
}

enum DefaultSettingsFile {
  static let header = """
    # lede settings: $XDG_CONFIG_HOME/lede/config.toml (~/.config/lede/config.toml when
    # XDG_CONFIG_HOME is unset), or the file given with --config.
    #
    # Every setting is shown at its default, commented out: delete the "# " before a
    # setting to change it. A mistake is reported with its line when lede starts (and by
    # `lede config --check`), and that setting keeps its default.

    """

  static var general: String {
    """

    # The folder or file `lede` opens when no PATH is given ("~" is your home folder).
    # Without it, lede opens the current folder.
    # default-path = "."

    # Files larger than this many bytes are refused (--size-limit overrides it).
    # size-limit = \(LoadOptions().sizeLimit)

    # Click a row or a pane to choose it, scroll with the wheel (--mouse turns it on too).
    # While lede has the mouse, hold Shift to select text in most terminals.
    # mouse = false

    """
  }

  static var keys: String {
    var out = """

      # Keys, per pane: command = ["key", ...]. Any command can be bound in any section.
      # A binding replaces the command's keys in its section and takes those keys from
      # other commands there; [] unbinds the command. [keys.global] applies in every pane
      # unless the pane's own section binds the key; [keys.help] while the help is open.
      # Key names as the help (?) shows them: j, J, Ctrl-O, Space, Enter, Tab, Shift-Tab,
      # Backspace, Esc, Delete, Insert, Up, Down, Left, Right, Home, End, PgUp, PgDn, F1-F63.

      """
    out += comment("Commands: " + Command.allCases.map(\.name).joined(separator: ", ") + ".")
    for scope in KeyScope.allCases {
      let bindings = KeyMap.standard.bindings.filter { $0.scope == scope }
      out += "\n# \(scope.title)\n[keys.\(scope.rawValue)]\n"
      for binding in bindings {
        let keys = binding.keys.map { quoted($0.displayName) }.joined(separator: ", ")
        out += "# \(binding.command.help)\n# \(binding.command.name) = [\(keys)]\n"
      }
    }
    return out
  }

  static var colours: String {
    var out = """

      # Colours per role: { foreground = ..., background = ..., attributes = [...] }.
      # Colours: default (the terminal's own), black, red, green, yellow, blue, magenta,
      # cyan, white, bright-black, bright-red, bright-green, bright-yellow, bright-blue,
      # bright-magenta, bright-cyan, bright-white, or a number from 0 to 255.
      # Attributes: bold, dim, underline, reverse, italic. A part left out keeps the
      # default. With --monochrome or NO_COLOR only the attributes are drawn (a coloured
      # background shows as reverse).
      [colours]

      """
    for role in Role.allCases {
      let style = Theme.colour.styles[role] ?? .plain
      let attributes = SettingNames.names(of: style.attributes).map(quoted).joined(separator: ", ")
      out += "# \(SettingNames.summary(of: role))\n"
      out += "# \(SettingNames.name(of: role)) = { foreground = \(quoted(SettingNames.name(of: style.foreground))), "
      out += "background = \(quoted(SettingNames.name(of: style.background))), attributes = [\(attributes)] }\n"
    }
    return out
  }

  static var layout: String {
    let standard = LayoutSettings.standard
    let panes = PaneID.allCases.filter(standard.panes.contains).map { quoted($0.rawValue) }.joined(separator: ", ")
    return """

      # Layout. From three-pane-columns columns the list, the text and the sidebar sit side
      # by side; from two-pane-columns the list and the text (the sidebar takes the text's
      # place while it has the focus); below that one pane at a time (Tab switches).
      [layout]
      # three-pane-columns = \(standard.threePaneMinimumColumns)
      # two-pane-columns = \(standard.twoPaneMinimumColumns)
      # The panes shown side by side when there is room ("text" always). A pane left out
      # still opens in the text's place while it has the focus (Tab).
      # panes = [\(panes)]
      # Widths: a percentage of the terminal's columns, kept between minimum and maximum
      # columns. The list and the sidebar with three panes, and the list with two.
      # list-width = \(width(standard.listWidth))
      # sidebar-width = \(width(standard.sidebarWidth))
      # two-pane-list-width = \(width(standard.twoPaneListWidth))

      """
  }

  static func width(_ width: LayoutSettings.PaneWidth) -> String {
    "{ percent = \(width.percent), minimum = \(width.minimum), maximum = \(width.maximum) }"
  }

  /// `text` as comment lines of at most `width` columns, broken at spaces.
  static func comment(_ text: String, width: Int = 88) -> String {
    var out = ""
    var line = "#"
    for word in text.split(separator: " ") {
      if line.count + 1 + word.count > width {
        out += line + "\n"
        line = "#"
      }
      line += " " + word
    }
    return out + line + "\n"
  }

  /// A TOML basic string.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
