import CNCurses
import Glibc
import TermGrid

extension NCursesBackend {
  /// The longest single wait inside ``nextEvent(timeoutMilliseconds:)``: signal
  /// flags are checked at least this often even if a read is restarted.
  static let pollSliceMilliseconds = 100

  /// Waits for a key, a resize or a caught signal. Returns nil when
  /// `timeoutMilliseconds` passes first. After a Ctrl-Z stop and `fg` it reports
  /// `.resize`, so the application redraws (the size may have changed meanwhile).
  public func nextEvent(timeoutMilliseconds: Int?) -> InputEvent? {
    guard screen != nil else { return nil }
    if !pendingEvents.isEmpty { return pendingEvents.removeFirst() }
    let deadline = timeoutMilliseconds.map { Self.monotonicMilliseconds() + max(0, $0) }
    while true {
      if let signal = SignalTrap.takePendingSignal() { return .signal(signal) }
      if SignalTrap.takeResumed() { return resume() }
      var slice = Self.pollSliceMilliseconds
      if let deadline { slice = min(slice, max(0, deadline - Self.monotonicMilliseconds())) }
      if let event = readEvent(waitingMilliseconds: slice) { return event }
      if let deadline, Self.monotonicMilliseconds() >= deadline {
        if let signal = SignalTrap.takePendingSignal() { return .signal(signal) }
        return nil
      }
    }
  }

  /// One `wget_wch` with a timeout. Nil on timeout, on EINTR and for input that is
  /// no key (an unknown escape sequence is swallowed whole).
  private func readEvent(waitingMilliseconds: Int) -> InputEvent? {
    let window = lede_stdscr()
    wtimeout(window, Int32(waitingMilliseconds))
    var value: wint_t = 0
    let status = wget_wch(window, &value)
    if status == ERR { return nil }
    let isFunctionKey = status == KEY_CODE_YES
    if isFunctionKey && value == UInt32(KEY_RESIZE) {
      _ = clearok(lede_curscr(), true)
      return .resize(size)
    }
    if isFunctionKey && value == UInt32(KEY_MOUSE) { return readMouse() }
    if !isFunctionKey && value == 27 { return readAfterEscape(in: window).map { .key($0) } }
    return KeyDecoder.decode(value, isFunctionKey: isFunctionKey).map { .key($0) }
  }

  /// ncurses already waited the escape delay for a sequence it knows. If more
  /// bytes follow at once they are an unknown CSI/SS3 sequence: drop it rather
  /// than report `[`, `1`, `~` as typed keys. Anything else is Esc, then that key.
  private func readAfterEscape(in window: UnsafeMutablePointer<WINDOW>?) -> Key? {
    wtimeout(window, 0)
    var next: wint_t = 0
    let status = wget_wch(window, &next)
    if status == ERR { return .escape }
    if status == OK && (next == 0x5B || next == 0x4F) {
      swallowSequence(in: window, introducer: next)
      return nil
    }
    if status == KEY_CODE_YES {
      _ = ungetch(Int32(bitPattern: next))
    } else {
      _ = unget_wch(wchar_t(bitPattern: next))
    }
    return .escape
  }

  /// The mouse events curses decoded, oldest first; the first is returned and the
  /// rest wait in `pendingEvents`. curses reads every mouse report already in
  /// the input (a fast click's press and release, a wheel spin) behind one
  /// KEY_MOUSE, and `getmouse` hands them out newest first.
  private func readMouse() -> InputEvent? {
    var events: [InputEvent] = []
    var event = MEVENT()
    // curses queues at most a handful; the bound only guards against a loop.
    for _ in 0..<64 {
      guard getmouse(&event) == OK else { break }
      if let decoded = MouseDecoder.decode(buttonState: event.bstate, column: Int(event.x), row: Int(event.y)) {
        events.append(.mouse(decoded))
      }
    }
    events.reverse()
    guard !events.isEmpty else { return nil }
    pendingEvents += events.dropFirst()
    return events[0]
  }

  /// Reads the rest of `ESC [ params final` (final byte 0x40-0x7E) or `ESC O x`.
  private func swallowSequence(in window: UnsafeMutablePointer<WINDOW>?, introducer: wint_t) {
    var byte: wint_t = 0
    for _ in 0..<32 {
      guard wget_wch(window, &byte) == OK else { return }
      if introducer == 0x4F || (byte >= 0x40 && byte <= 0x7E) { return }
    }
  }

  /// Takes the screen again after Ctrl-Z and `fg`. The SIGTSTP handler restored
  /// the terminal behind curses's back, so the modes, the alternate screen, keypad
  /// mode and the hidden cursor are set again here, then everything is repainted.
  /// Not `endwin` + refresh: its second rmcup would move the cursor back to where
  /// the screen was first taken, and the shell's lines would be overwritten on exit.
  private func resume() -> InputEvent {
    _ = reset_prog_mode()
    // Written directly: putp drops smcup here (curses thinks it is still on the
    // alternate screen). curses's own buffer is empty: the last present flushed it.
    resumeBytes.withUnsafeBufferPointer { _ = write(1, $0.baseAddress, $0.count) }
    // curses believes the cursor is still hidden; toggle so it really is.
    _ = curs_set(1)
    _ = curs_set(0)
    if reportsMouse {
      // The handler switched mouse reporting off; curses resends it only on a change.
      _ = mousemask(0, nil)
      _ = mousemask(MouseDecoder.mask, nil)
    }
    _ = clearok(lede_curscr(), true)
    _ = wrefresh(lede_stdscr())
    return .resize(size)
  }

  static func monotonicMilliseconds() -> Int {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
  }
}
