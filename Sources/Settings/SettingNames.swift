import ReaderUI
import TermGrid

/// The words the settings file uses for roles, colours and attributes.
enum SettingNames {
  /// `person`, `title-bar`: the role's case name in kebab case, so a new role
  /// gets a name without anyone writing one.
  static func name(of role: Role) -> String { kebabCase(String(describing: role)) }

  static func role(named name: String) -> Role? { Role.allCases.first { self.name(of: $0) == name } }

  static func kebabCase(_ camelCase: String) -> String {
    var out = ""
    for character in camelCase {
      if character.isUppercase {
        out += "-" + character.lowercased()
      } else {
        out.append(character)
      }
    }
    return out
  }

  /// The 16 named colours, by palette index.
  static let colourNames = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta", "bright-cyan",
    "bright-white",
  ]

  /// "default", a colour name, or the palette number.
  static func name(of colour: Color) -> String {
    switch colour {
    case .terminalDefault: return "default"
    case .indexed(let index): return Int(index) < colourNames.count ? colourNames[Int(index)] : String(index)
    }
  }

  static func colour(named name: String) -> Color? {
    let name = name.lowercased()
    if name == "default" { return .terminalDefault }
    if let index = colourNames.firstIndex(of: name) { return .indexed(UInt8(index)) }
    return nil
  }

  static let attributes: [(name: String, value: Attributes)] = [
    ("bold", .bold), ("dim", .dim), ("underline", .underline), ("reverse", .reverse), ("italic", .italic),
  ]

  static func names(of attributes: Attributes) -> [String] {
    self.attributes.filter { attributes.contains($0.value) }.map(\.name)
  }

  /// What cells of a role show, for the default file.
  static func summary(of role: Role) -> String {
    switch role {
    case .normal: return "Plain text"
    case .dim: return "Less important text: file dates, labels"
    case .titleBar: return "The title bar at the top"
    case .statusBar: return "The status line at the bottom"
    case .statusMessage: return "A message in the status line"
    case .paneTitle: return "A pane's title row"
    case .paneTitleFocused: return "The focused pane's title row"
    case .border: return "Lines between panes and around the help"
    case .selection: return "The selected row in the focused pane, the selected name in the text"
    case .selectionUnfocused: return "The selected row in other panes"
    case .date: return "Dates in the list"
    case .derivedTitle: return "Titles lede derived from the lead (marked ~)"
    case .heading: return "The article's headline"
    case .subheading: return "Subheadings in the text"
    case .dateline: return "The dateline (\"Moscow -\")"
    case .meta: return "The date line under the headline"
    case .searchHit: return "Find matches, and mentions of the listed name"
    case .currentSearchHit: return "The current find match"
    case .quote: return "Quoted speech"
    case .speaker: return "Who is quoted"
    case .person: return "People"
    case .place: return "Places"
    case .organization: return "Organisations"
    case .event: return "Events"
    case .warning: return "Warnings"
    case .helpKey: return "Keys in the help"
    case .prompt: return "The find and note prompts"
    case .highlight: return "Saved highlights in the text"
    case .currentQuote: return "The quotation } and { moved to"
    case .uncertainQuote: return "A quotation whose speaker is uncertain"
    }
  }
}
