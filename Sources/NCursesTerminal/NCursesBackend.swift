import CNCurses
import Glibc
import TermGrid

/// The terminal as ncurses drives it: the only code in lede that calls ncurses.
///
/// ``start(options:)`` takes the screen over and ``stop()`` gives it back; the
/// terminal is also restored at `exit()`, on SIGINT/SIGTERM/SIGHUP (reported by
/// ``nextEvent(timeoutMilliseconds:)`` as `.signal`, so the application can save
/// and then call ``stop()``), and on crashes. Ctrl-Z suspends and, after `fg`,
/// reports `.resize` so the application redraws. ncurses state is per process:
/// only one backend may be started at a time.
public final class NCursesBackend: TerminalBackend {
  /// Whether colours are off (by option, `NO_COLOR`, or a terminal without them).
  /// The application picks its monochrome theme from this.
  public let isMonochrome: Bool

  var screen: OpaquePointer?
  var styles: [CursesStyle] = [CursesStyle(attributes: [], pair: 0)]
  /// smcup + smkx, written when the process continues after Ctrl-Z.
  var resumeBytes: [UInt8] = []
  /// Whether clicks and the wheel are reported (``NCursesOptions/mouse``).
  var reportsMouse = false
  /// Events already read from curses, waiting for ``nextEvent(timeoutMilliseconds:)``.
  var pendingEvents: [InputEvent] = []
  let colorCapability: ColorCapability
  private let headlessFiles: (input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>)?

  /// The started backend, for the `atexit` hook. Only one screen exists per process.
  nonisolated(unsafe) static weak var active: NCursesBackend?
  nonisolated(unsafe) private static var exitHookInstalled = false

  init(
    screen: OpaquePointer, monochrome: Bool,
    headlessFiles: (input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>)? = nil
  ) {
    self.screen = screen
    self.headlessFiles = headlessFiles
    let colorful = !monochrome && has_colors() && start_color() != ERR
    isMonochrome = !colorful
    if colorful {
      let defaultColors = use_default_colors() != ERR
      colorCapability = .colors(count: Int(lede_colors()), pairs: Int(lede_color_pairs()), defaultColors: defaultColors)
    } else {
      colorCapability = .monochrome
    }
  }

  deinit { stop() }

  /// Takes the terminal over: checks that it is one, sets a UTF-8 locale, traps
  /// signals, starts curses on the alternate screen and redirects standard error
  /// to the log until ``stop()``.
  public static func start(options: NCursesOptions = NCursesOptions()) throws(TerminalError) -> NCursesBackend {
    guard active == nil else { throw .alreadyStarted }
    guard DisplayWidth.prepareLocale() else { throw .noUTF8Locale }
    guard isatty(0) == 1 else { throw .notATerminal(.input) }
    guard isatty(1) == 1 else { throw .notATerminal(.output) }
    let terminalType = getenv("TERM").map { String(cString: $0) } ?? ""
    let trap = SignalTrap.state
    trap.pointee.hasSavedTerminal = tcgetattr(1, &trap.pointee.savedTerminal) == 0 ? 1 : 0
    SignalTrap.installRequestHandlers()
    guard !terminalType.isEmpty, let screen = newterm(nil, lede_stdout(), lede_stdin()) else {
      SignalTrap.uninstall()
      throw .unknownTerminal(type: terminalType)
    }
    guard TerminalSetup.canAddressCursor else {
      endwin()
      delscreen(screen)
      SignalTrap.uninstall()
      throw .noCursorAddressing(type: terminalType)
    }
    let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
    let backend = NCursesBackend(screen: screen, monochrome: options.monochrome || noColor)
    TerminalSetup.configureModes(escapeDelayMilliseconds: options.escapeDelayMilliseconds)
    TerminalSetup.defineFallbackKeys()
    if options.mouse { backend.enableMouse() }
    TerminalSetup.prepareRestoreBytes(into: trap, disablingMouse: options.mouse)
    backend.resumeBytes = TerminalSetup.bytes(of: TerminalSetup.resumeCapabilities)
    trap.pointee.screenActive = 1
    SignalTrap.installCrashHandlers()
    StandardErrorLog.redirect(to: options.logPath)
    active = backend
    installExitHook()
    return backend
  }

  /// Gives the terminal back: leaves the alternate screen, restores the modes,
  /// restores signal dispositions and standard error (replaying what was logged).
  /// Safe to call more than once.
  public func stop() {
    guard let screen else { return }
    self.screen = nil
    if let headlessFiles {
      endwin()
      delscreen(screen)
      fclose(headlessFiles.input)
      fclose(headlessFiles.output)
      return
    }
    SignalTrap.state.pointee.screenActive = 0
    // Without an alternate screen (TERM=linux, vt100) the last frame would stay
    // under the shell's prompt and mix with it: clear it first.
    if lede_tigetstr("rmcup") == nil {
      _ = wclear(lede_stdscr())
      _ = wrefresh(lede_stdscr())
    }
    endwin()
    delscreen(screen)
    StandardErrorLog.restore()
    SignalTrap.uninstall()
    if Self.active === self { Self.active = nil }
  }

  // MARK: TerminalBackend

  public var size: Size {
    guard screen != nil else { return Size(columns: 0, rows: 0) }
    let window = lede_stdscr()
    return Size(columns: Int(getmaxx(window)), rows: Int(getmaxy(window)))
  }

  public func setPalette(_ palette: Palette) {
    guard screen != nil else { return }
    let plan = ColorPlan(palette: palette, capability: colorCapability)
    for (index, pair) in plan.pairs.enumerated() {
      _ = init_pair(Int16(index + 1), pair.foreground, pair.background)
    }
    styles = plan.styles
  }

  public func invalidate() {
    guard screen != nil else { return }
    _ = clearok(lede_curscr(), true)
  }

  /// Asks curses for clicks and the wheel; presses and releases arrive separately,
  /// with no wait for a click to complete.
  func enableMouse() {
    _ = mousemask(MouseDecoder.mask, nil)
    _ = mouseinterval(0)
    reportsMouse = true
  }

  private static func installExitHook() {
    guard !exitHookInstalled else { return }
    exitHookInstalled = true
    _ = atexit { NCursesBackend.active?.stop() }
  }
}
