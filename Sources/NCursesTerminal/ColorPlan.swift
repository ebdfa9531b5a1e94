import TermGrid

/// What colours a terminal offers, as far as drawing is concerned.
enum ColorCapability: Hashable, Sendable {
  /// No colours: attributes only.
  case monochrome
  /// `count` colours and `pairs` colour pairs (pair 0 is fixed). With
  /// `defaultColors` (use_default_colors succeeded) -1 means the terminal's own
  /// foreground or background.
  case colors(count: Int, pairs: Int, defaultColors: Bool)
}

/// A foreground/background pair as ncurses numbers it; -1 is the terminal default.
struct ColorPair: Hashable, Sendable {
  var foreground: Int16
  var background: Int16
}

/// How one ``Style`` is drawn: attributes and a colour pair number (0: none).
struct CursesStyle: Hashable, Sendable {
  var attributes: Attributes
  var pair: Int16
}

/// The colour pairs a palette needs and each style's pair and attributes. Pure, so
/// the mapping (monochrome, too few colours, too few pairs) is tested without a
/// terminal.
struct ColorPlan: Hashable, Sendable {
  /// Pair number `index + 1` is `pairs[index]`.
  private(set) var pairs: [ColorPair] = []
  /// One entry per palette style, in palette order.
  private(set) var styles: [CursesStyle] = []

  init(palette: Palette, capability: ColorCapability) {
    styles = palette.styles.map { style in
      switch capability {
      case .monochrome:
        return CursesStyle(attributes: Self.monochromeAttributes(for: style), pair: 0)
      case .colors(let count, let pairLimit, let defaultColors):
        let pair = ColorPair(
          foreground: Self.number(for: style.foreground, count: count, defaultColors: defaultColors, fallback: 7),
          background: Self.number(for: style.background, count: count, defaultColors: defaultColors, fallback: 0))
        return CursesStyle(
          attributes: style.attributes, pair: pairNumber(for: pair, limit: pairLimit, defaultColors: defaultColors))
      }
    }
  }

  /// Without colours a coloured background (a selection bar, say) would vanish:
  /// draw it reversed instead.
  static func monochromeAttributes(for style: Style) -> Attributes {
    var attributes = style.attributes
    if style.background != .terminalDefault && !attributes.contains(.reverse) {
      attributes.insert(.reverse)
    }
    return attributes
  }

  /// The ncurses colour number for `color`. Bright colours (8-15) fall back to their
  /// normal twins on 8-colour terminals; anything else out of range to the default.
  static func number(for color: Color, count: Int, defaultColors: Bool, fallback: Int16) -> Int16 {
    let terminalDefault: Int16 = defaultColors ? -1 : fallback
    guard case .indexed(let index) = color else { return terminalDefault }
    if Int(index) < count { return Int16(index) }
    if index >= 8 && index < 16 && count >= 8 { return Int16(index - 8) }
    return terminalDefault
  }

  private mutating func pairNumber(for pair: ColorPair, limit: Int, defaultColors: Bool) -> Int16 {
    let plain = defaultColors ? ColorPair(foreground: -1, background: -1) : ColorPair(foreground: 7, background: 0)
    if pair == plain { return 0 }
    if let index = pairs.firstIndex(of: pair) { return Int16(index + 1) }
    // Pair numbers are shorts; pair 0 is reserved.
    guard pairs.count + 1 < min(limit, Int(Int16.max)) else { return 0 }
    pairs.append(pair)
    return Int16(pairs.count)
  }
}
