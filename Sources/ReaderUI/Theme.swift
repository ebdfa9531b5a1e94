import TermGrid

/// Maps roles to styles. The colour theme uses the terminal's default background
/// and the 8 basic colours (they follow the user's terminal palette); the
/// monochrome theme uses only bold, dim, underline and reverse.
public struct Theme: Sendable, Equatable {
  public var styles: [Role: Style]

  public init(styles: [Role: Style]) { self.styles = styles }

  /// The palette a backend draws with: index = `Role.rawValue`.
  public var palette: Palette {
    Palette(styles: Role.allCases.map { styles[$0] ?? .plain })
  }

  public static let colour = Theme(styles: [
    .dim: Style(foreground: .brightBlack),
    .titleBar: Style(foreground: .black, background: .cyan, attributes: [.bold]),
    .statusBar: Style(foreground: .black, background: .white),
    .statusMessage: Style(foreground: .black, background: .yellow),
    .paneTitle: Style(foreground: .cyan, attributes: [.bold]),
    .paneTitleFocused: Style(foreground: .black, background: .cyan, attributes: [.bold]),
    .border: Style(foreground: .brightBlack),
    .selection: Style(foreground: .black, background: .cyan),
    .selectionUnfocused: Style(attributes: [.reverse]),
    .date: Style(foreground: .green),
    .derivedTitle: Style(foreground: .brightBlack, attributes: [.italic]),
    .heading: Style(foreground: .yellow, attributes: [.bold]),
    .subheading: Style(foreground: .cyan, attributes: [.bold]),
    .dateline: Style(attributes: [.bold]),
    .meta: Style(foreground: .green),
    .searchHit: Style(foreground: .black, background: .yellow),
    .currentSearchHit: Style(foreground: .black, background: .magenta, attributes: [.bold]),
    .quote: Style(foreground: .green),
    .speaker: Style(foreground: .magenta, attributes: [.bold]),
    .person: Style(foreground: .yellow),
    .place: Style(foreground: .blue),
    .organization: Style(foreground: .cyan),
    .event: Style(foreground: .red),
    .warning: Style(foreground: .red, attributes: [.bold]),
    .helpKey: Style(foreground: .yellow, attributes: [.bold]),
    .prompt: Style(foreground: .black, background: .white, attributes: [.bold]),
    .highlight: Style(foreground: .black, background: .green),
    .currentQuote: Style(foreground: .green, attributes: [.underline]),
    .uncertainQuote: Style(foreground: .green, attributes: [.dim, .italic]),
  ])

  public static let monochrome = Theme(styles: [
    .dim: Style(attributes: [.dim]),
    .titleBar: Style(attributes: [.reverse, .bold]),
    .statusBar: Style(attributes: [.reverse]),
    .statusMessage: Style(attributes: [.reverse, .bold]),
    .paneTitle: Style(attributes: [.bold]),
    .paneTitleFocused: Style(attributes: [.reverse, .bold]),
    .selection: Style(attributes: [.reverse]),
    .selectionUnfocused: Style(attributes: [.underline]),
    .derivedTitle: Style(attributes: [.dim]),
    .heading: Style(attributes: [.bold]),
    .subheading: Style(attributes: [.bold, .underline]),
    .dateline: Style(attributes: [.bold]),
    .searchHit: Style(attributes: [.reverse]),
    .currentSearchHit: Style(attributes: [.reverse, .bold]),
    .quote: Style(attributes: [.italic]),
    .speaker: Style(attributes: [.bold]),
    .person: Style(attributes: [.underline]),
    .organization: Style(attributes: [.underline]),
    .place: Style(attributes: [.underline]),
    .event: Style(attributes: [.underline]),
    .warning: Style(attributes: [.bold]),
    .helpKey: Style(attributes: [.bold]),
    .prompt: Style(attributes: [.reverse, .bold]),
    .highlight: Style(attributes: [.underline, .bold]),
    .currentQuote: Style(attributes: [.italic, .bold, .underline]),
    .uncertainQuote: Style(attributes: [.italic, .dim]),
  ])
}
