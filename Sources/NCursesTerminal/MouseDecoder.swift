import CNCurses
import TermGrid

/// Turns what `getmouse` reports into a ``MouseEvent``. Pure, so it is tested
/// without a terminal.
enum MouseDecoder {
  /// The events lede asks curses for: the primary button down and up, and the
  /// wheel (buttons 4 and 5).
  static var mask: mmask_t {
    lede_button1_pressed() | lede_button1_released() | lede_button4_pressed() | lede_button5_pressed()
  }

  /// The event for a button state at a cell, or nil for buttons lede ignores.
  static func decode(buttonState: mmask_t, column: Int, row: Int) -> MouseEvent? {
    let kind: MouseEvent.Kind
    if buttonState & lede_button4_pressed() != 0 {
      kind = .wheelUp
    } else if buttonState & lede_button5_pressed() != 0 {
      kind = .wheelDown
    } else if buttonState & lede_button1_pressed() != 0 {
      kind = .press
    } else if buttonState & lede_button1_released() != 0 {
      kind = .release
    } else {
      return nil
    }
    guard column >= 0, row >= 0 else { return nil }
    return MouseEvent(kind, column: column, row: row)
  }

  /// Terminal strings that switch mouse reporting off (normal tracking and the
  /// SGR encoding curses may have asked for), for the restore paths that run
  /// without curses: the signal and crash handlers.
  static let disableBytes = Array("\u{1B}[?1006l\u{1B}[?1000l".utf8)
}
