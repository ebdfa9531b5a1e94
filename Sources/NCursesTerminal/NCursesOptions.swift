/// How ``NCursesBackend`` sets up the terminal.
public struct NCursesOptions: Hashable, Sendable {
  /// Draw without colours: attributes only. Also forced when `NO_COLOR` is set and
  /// non-empty, or when the terminal has no colours.
  public var monochrome: Bool
  /// How long to wait after Esc for the rest of an escape sequence. ncurses's
  /// default of one second makes Esc feel dead.
  public var escapeDelayMilliseconds: Int
  /// Where standard error goes while the screen is taken over. Its new lines are
  /// replayed to the real standard error after the terminal is restored. With nil,
  /// an unnamed temporary file is used.
  public var logPath: String?
  /// Report clicks and the wheel as `.mouse` events. Off by default: while a
  /// program takes the mouse, the terminal's own text selection needs Shift.
  public var mouse: Bool

  public init(monochrome: Bool = false, escapeDelayMilliseconds: Int = 25, logPath: String? = nil, mouse: Bool = false) {
    self.monochrome = monochrome
    self.escapeDelayMilliseconds = escapeDelayMilliseconds
    self.logPath = logPath
    self.mouse = mouse
  }
}
