import ReaderUI
import TermGrid

/// A role's look as the settings file changes it: each part left nil keeps the
/// theme's value.
public struct StyleOverride: Equatable, Sendable {
  public var foreground: Color?
  public var background: Color?
  public var attributes: Attributes?

  public init(foreground: Color? = nil, background: Color? = nil, attributes: Attributes? = nil) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  /// `style` with the parts this override sets replaced.
  public func applied(to style: Style) -> Style {
    Style(
      foreground: foreground ?? style.foreground, background: background ?? style.background,
      attributes: attributes ?? style.attributes)
  }
}

extension Theme {
  /// The theme with each role's style changed by its override.
  public func applying(_ overrides: [Role: StyleOverride]) -> Theme {
    var theme = self
    for (role, override) in overrides {
      theme.styles[role] = override.applied(to: styles[role] ?? .plain)
    }
    return theme
  }
}
