import TermGrid

/// What a cell means, not how it looks. A ``Theme`` maps each role to a style;
/// a role's raw value is the `StyleID` its cells carry.
public enum Role: UInt8, CaseIterable, Sendable {
  case normal
  case dim
  case titleBar
  case statusBar
  case statusMessage
  case paneTitle
  case paneTitleFocused
  case border
  case selection
  case selectionUnfocused
  case date
  case derivedTitle
  case heading
  case subheading
  case dateline
  case meta
  case searchHit
  case currentSearchHit
  case quote
  case speaker
  case person
  case place
  case organization
  case event
  case warning
  case helpKey
  case prompt
  /// A saved highlight in the text.
  case highlight
  /// The quote `}` and `{` moved to.
  case currentQuote
  /// A quote whose speaker lede is unsure of (low-confidence attribution).
  case uncertainQuote

  /// The style ID cells of this role carry.
  public var styleID: StyleID { rawValue }

  /// One letter per role for text snapshots ("." is normal).
  public var letter: Character {
    switch self {
    case .normal: return "."
    case .dim: return "d"
    case .titleBar: return "T"
    case .statusBar: return "S"
    case .statusMessage: return "M"
    case .paneTitle: return "p"
    case .paneTitleFocused: return "P"
    case .border: return "|"
    case .selection: return "#"
    case .selectionUnfocused: return "="
    case .date: return "D"
    case .derivedTitle: return "~"
    case .heading: return "H"
    case .subheading: return "h"
    case .dateline: return "L"
    case .meta: return "m"
    case .searchHit: return "s"
    case .currentSearchHit: return "!"
    case .quote: return "q"
    case .speaker: return "Q"
    case .person: return "a"
    case .place: return "b"
    case .organization: return "o"
    case .event: return "e"
    case .warning: return "w"
    case .helpKey: return "k"
    case .prompt: return ">"
    case .highlight: return "Y"
    case .currentQuote: return "C"
    case .uncertainQuote: return "u"
    }
  }

  public init?(styleID: StyleID) { self.init(rawValue: styleID) }
}
