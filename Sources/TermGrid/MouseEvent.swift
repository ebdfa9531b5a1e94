/// What the mouse did, and where: a cell position, (0, 0) at the top left.
///
/// Only the primary button and the wheel are reported: the other buttons stay
/// with the terminal (pasting, its context menu).
public struct MouseEvent: Hashable, Sendable {
  /// A button going down or up, or one notch of the wheel.
  public enum Kind: Hashable, Sendable {
    case press, release, wheelUp, wheelDown
  }

  public var kind: Kind
  public var column: Int
  public var row: Int

  public init(_ kind: Kind, column: Int, row: Int) {
    self.kind = kind
    self.column = column
    self.row = row
  }
}
