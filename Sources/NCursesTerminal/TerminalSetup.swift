import CNCurses
import Glibc

/// The curses settings lede runs with, and the terminfo facts the crash handler needs.
enum TerminalSetup {
  /// Input modes: keys arrive one by one, unechoed, Enter as 13, with keypad
  /// sequences decoded and a short Esc delay; the cursor is hidden.
  static func configureModes(escapeDelayMilliseconds: Int) {
    let window = lede_stdscr()
    _ = cbreak()
    _ = noecho()
    _ = nonl()
    _ = keypad(window, true)
    _ = leaveok(window, true)
    _ = scrollok(window, false)
    _ = set_escdelay(Int32(clamping: escapeDelayMilliseconds))
    _ = curs_set(0)
  }

  /// Raw sequences that terminals send for editing and function keys when TERM
  /// does not describe them (xterm-256color inside tmux, say). Each is bound only
  /// where terminfo left it unbound.
  static let fallbackKeys: [(sequence: String, code: Int32)] = [
    ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME),
    ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
    ("\u{1B}[5~", KEY_PPAGE), ("\u{1B}[6~", KEY_NPAGE),
    ("\u{1B}[3~", KEY_DC), ("\u{1B}[2~", KEY_IC), ("\u{1B}[Z", KEY_BTAB),
    ("\u{1B}[A", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}[C", KEY_RIGHT), ("\u{1B}[D", KEY_LEFT),
    ("\u{1B}OA", KEY_UP), ("\u{1B}OB", KEY_DOWN), ("\u{1B}OC", KEY_RIGHT), ("\u{1B}OD", KEY_LEFT),
    ("\u{1B}OP", lede_key_f(1)), ("\u{1B}OQ", lede_key_f(2)), ("\u{1B}OR", lede_key_f(3)), ("\u{1B}OS", lede_key_f(4)),
    ("\u{1B}[11~", lede_key_f(1)), ("\u{1B}[12~", lede_key_f(2)), ("\u{1B}[13~", lede_key_f(3)), ("\u{1B}[14~", lede_key_f(4)),
  ]

  static func defineFallbackKeys() {
    for (sequence, code) in fallbackKeys where key_defined(sequence) == 0 {
      _ = define_key(sequence, code)
    }
  }

  /// Whether the current terminal can address the cursor (`cup`): without it
  /// (TERM=dumb) ncurses draws garbage.
  static var canAddressCursor: Bool { lede_tigetstr("cup") != nil }

  /// The terminfo strings that undo what curses set up (attributes, hidden
  /// cursor, keypad mode, alternate screen), for the signal handlers.
  static let restoreCapabilities = ["sgr0", "cnorm", "rmkx", "rmcup"]
  /// The strings that take the screen again after a Ctrl-Z stop.
  static let resumeCapabilities = ["smcup", "smkx"]

  /// The concatenated values of the current terminal's string `capabilities`
  /// (absent ones skipped).
  static func bytes(of capabilities: [String]) -> [UInt8] {
    capabilities.flatMap { lede_tigetstr($0).map { Array(String(cString: $0).utf8) } ?? [] }
  }

  /// Copies the restore strings into the signal handlers' preallocated buffer,
  /// with the strings that stop mouse reporting first when lede asked for it.
  static func prepareRestoreBytes(into trap: UnsafeMutablePointer<TrapState>, disablingMouse: Bool = false) {
    let bytes = (disablingMouse ? MouseDecoder.disableBytes : []) + bytes(of: restoreCapabilities)
    let count = min(bytes.count, TrapState.restoreCapacity)
    bytes.withUnsafeBufferPointer { source in
      guard let base = source.baseAddress else { return }
      trap.pointee.restoreBytes.update(from: base, count: count)
    }
    trap.pointee.restoreCount = count
  }
}
