/// A terminal colour: the terminal's default, one of the 8/16 named colours, or a
/// 256-colour palette index.
public enum Color: Hashable, Sendable {
  case terminalDefault
  case indexed(UInt8)

  public static let black = Color.indexed(0)
  public static let red = Color.indexed(1)
  public static let green = Color.indexed(2)
  public static let yellow = Color.indexed(3)
  public static let blue = Color.indexed(4)
  public static let magenta = Color.indexed(5)
  public static let cyan = Color.indexed(6)
  public static let white = Color.indexed(7)
  public static let brightBlack = Color.indexed(8)
}

/// Text attributes a terminal can show without colour.
public struct Attributes: OptionSet, Hashable, Sendable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  public static let bold = Attributes(rawValue: 1 << 0)
  public static let dim = Attributes(rawValue: 1 << 1)
  public static let underline = Attributes(rawValue: 1 << 2)
  public static let reverse = Attributes(rawValue: 1 << 3)
  public static let italic = Attributes(rawValue: 1 << 4)
}

/// A concrete look for a cell: what a backend needs to draw it.
public struct Style: Hashable, Sendable {
  public var foreground: Color
  public var background: Color
  public var attributes: Attributes

  public init(
    foreground: Color = .terminalDefault, background: Color = .terminalDefault,
    attributes: Attributes = []
  ) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  public static let plain = Style()
}

/// An index into a ``Palette``. The application names its roles (title, quote,
/// person...) and maps each to a `StyleID`; TermGrid knows only the numbers.
public typealias StyleID = UInt8

/// The styles a backend draws `StyleID`s with. Index 0 is the plain style.
public struct Palette: Hashable, Sendable {
  public var styles: [Style]

  public init(styles: [Style]) {
    self.styles = styles.isEmpty ? [.plain] : styles
  }

  public subscript(id: StyleID) -> Style {
    Int(id) < styles.count ? styles[Int(id)] : .plain
  }
}
