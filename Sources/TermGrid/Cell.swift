/// One screen cell: a grapheme (a scalar plus any zero-width scalars that follow
/// it), the style it is drawn with, and its width.
///
/// A wide character occupies two cells: the first holds the text with `width == 2`,
/// the second is a continuation with empty text and `width == 0`.
public struct Cell: Hashable, Sendable {
  public var text: String
  public var width: UInt8
  public var style: StyleID

  public init(text: String, width: UInt8 = 1, style: StyleID = 0) {
    self.text = text
    self.width = width
    self.style = style
  }

  /// A space in the plain style.
  public static let blank = Cell(text: " ")

  /// A space in the given style.
  public static func blank(_ style: StyleID) -> Cell { Cell(text: " ", width: 1, style: style) }

  public var isContinuation: Bool { width == 0 }
}
