import Glibc
import TermGrid

/// Everything a signal handler touches. It lives in memory allocated once and never
/// freed, because a handler may run at any moment; handlers read only this and call
/// only async-signal-safe functions (write, pread, tcsetattr, dup2, sigaction, raise).
struct TrapState {
  /// The INT/TERM/HUP caught and not yet reported by `nextEvent` (0: none).
  var pendingSignal: Int32 = 0
  /// Set when the process was continued after a Ctrl-Z stop; the backend then
  /// takes the screen again at its next `nextEvent`.
  var resumed: Int32 = 0
  /// 1 while curses owns the screen: a crash must then restore the terminal.
  var screenActive: Int32 = 0
  /// The terminal modes from before `newterm`, put back after a crash.
  var savedTerminal = termios()
  var hasSavedTerminal: Int32 = 0
  /// Precomputed terminfo strings that leave the alternate screen, show the
  /// cursor and reset attributes (rmcup, cnorm, sgr0, rmkx).
  var restoreBytes: UnsafeMutablePointer<UInt8>
  var restoreCount = 0
  static let restoreCapacity = 512
  /// The real standard error while fd 2 points at the log (-1: not redirected).
  var originalStandardError: Int32 = -1
  /// The log that fd 2 was redirected to, and its size when the screen started.
  var logDescriptor: Int32 = -1
  var logStart: off_t = 0
  var replayBuffer: UnsafeMutablePointer<UInt8>
  static let replayCapacity = 4096
  /// The dispositions that were in place before ours, indexed by signal number.
  var previousActions: UnsafeMutablePointer<sigaction>
  static let signalCount = 65
  /// Which handler groups are installed, so only those are put back.
  var requestHandlersInstalled = false
  var crashHandlersInstalled = false
}

/// The process-wide signal handling of the ncurses backend. INT, TERM and HUP set
/// a flag that `nextEvent` reports, so the application can save and stop in order;
/// TSTP gives the terminal back and stops; crash signals restore the terminal and
/// re-raise.
enum SignalTrap {
  nonisolated(unsafe) static let state: UnsafeMutablePointer<TrapState> = {
    let pointer = UnsafeMutablePointer<TrapState>.allocate(capacity: 1)
    let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: TrapState.signalCount)
    actions.initialize(repeating: sigaction(), count: TrapState.signalCount)
    pointer.initialize(
      to: TrapState(
        restoreBytes: .allocate(capacity: TrapState.restoreCapacity),
        replayBuffer: .allocate(capacity: TrapState.replayCapacity),
        previousActions: actions))
    return pointer
  }()

  static let requestSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGTSTP]
  static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

  /// Installs the flag-setting handlers, without `SA_RESTART` so a blocking read
  /// returns. A signal the parent ignores (nohup, no job control) stays ignored.
  /// Must run before `newterm`: ncurses only installs its own handlers (which
  /// `_exit` without our cleanup) where the disposition is still the default.
  static func installRequestHandlers() {
    let handler: @convention(c) (Int32) -> Void = { signal in SignalTrap.handleRequest(signal) }
    guard !state.pointee.requestHandlersInstalled else { return }
    state.pointee.requestHandlersInstalled = true
    for signal in requestSignals {
      let previous = state.pointee.previousActions + Int(signal)
      _ = sigaction(signal, nil, previous)
      if isIgnored(previous.pointee) { continue }
      var action = sigaction()
      action.__sigaction_handler.sa_handler = handler
      action.sa_flags = 0
      sigemptyset(&action.sa_mask)
      _ = sigaction(signal, &action, nil)
    }
    signal(SIGPIPE, SIG_IGN)
    // A parent may hand down a blocked mask (test runners do): these must arrive.
    var wanted = sigset_t()
    sigemptyset(&wanted)
    for signal in requestSignals + [SIGWINCH, SIGCONT] { sigaddset(&wanted, signal) }
    _ = pthread_sigmask(SIG_UNBLOCK, &wanted, nil)
  }

  /// Installs handlers that restore the terminal before the process dies of a crash.
  static func installCrashHandlers() {
    let handler: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = {
      signal, info, _ in
      SignalTrap.handleCrash(signal, code: info?.pointee.si_code ?? 0)
    }
    guard !state.pointee.crashHandlersInstalled else { return }
    state.pointee.crashHandlersInstalled = true
    for signal in crashSignals {
      var action = sigaction()
      action.__sigaction_handler.sa_sigaction = handler
      action.sa_flags = SA_SIGINFO | SA_ONSTACK
      sigemptyset(&action.sa_mask)
      _ = sigaction(signal, &action, state.pointee.previousActions + Int(signal))
    }
  }

  /// Puts back the dispositions that were in place before the install calls.
  static func uninstall() {
    var installed: [Int32] = []
    if state.pointee.requestHandlersInstalled { installed += requestSignals }
    if state.pointee.crashHandlersInstalled { installed += crashSignals }
    state.pointee.requestHandlersInstalled = false
    state.pointee.crashHandlersInstalled = false
    for signal in installed {
      _ = sigaction(signal, state.pointee.previousActions + Int(signal), nil)
    }
  }

  /// The signal caught since the last call, if any; clears it.
  static func takePendingSignal() -> TerminalSignal? {
    let signal = state.pointee.pendingSignal
    guard signal != 0 else { return nil }
    state.pointee.pendingSignal = 0
    switch signal {
    case SIGINT: return .interrupt
    case SIGHUP: return .hangup
    default: return .terminate
    }
  }

  /// Whether the process was stopped by Ctrl-Z and continued since the last call; clears it.
  static func takeResumed() -> Bool {
    guard state.pointee.resumed != 0 else { return false }
    state.pointee.resumed = 0
    return true
  }

  /// Async-signal-safe: leaves the alternate screen, restores the saved terminal
  /// modes, and gives standard error back (replaying what was logged).
  static func restoreTerminalFromHandler() {
    if state.pointee.screenActive != 0 {
      state.pointee.screenActive = 0
      leaveScreenFromHandler()
    }
    StandardErrorLog.restore()
  }

  /// Async-signal-safe: puts back the modes from before curses and writes the
  /// restore strings. SIGTTOU is blocked meanwhile: if the shell has already taken
  /// the terminal back (Ctrl-Z in a wrapper script), tcsetattr must not stop us.
  private static func leaveScreenFromHandler() {
    let trap = state
    var ttou = sigset_t()
    var previousMask = sigset_t()
    sigemptyset(&ttou)
    sigaddset(&ttou, SIGTTOU)
    _ = pthread_sigmask(SIG_BLOCK, &ttou, &previousMask)
    if trap.pointee.hasSavedTerminal != 0 {
      _ = tcsetattr(1, TCSADRAIN, &trap.pointee.savedTerminal)
    }
    _ = write(1, trap.pointee.restoreBytes, trap.pointee.restoreCount)
    _ = pthread_sigmask(SIG_SETMASK, &previousMask, nil)
  }

  /// Ctrl-Z, in the handler so the terminal is given back before the shell prints
  /// its prompt: restore the terminal, stop as the default SIGTSTP would, and on
  /// SIGCONT flag the resume for `nextEvent`, which takes the screen again.
  private static func suspendFromHandler() {
    let wasActive = state.pointee.screenActive != 0
    if wasActive { leaveScreenFromHandler() }
    var defaultAction = sigaction()
    defaultAction.__sigaction_handler.sa_handler = SIG_DFL
    sigemptyset(&defaultAction.sa_mask)
    var ours = sigaction()
    _ = sigaction(SIGTSTP, &defaultAction, &ours)
    var tstp = sigset_t()
    sigemptyset(&tstp)
    sigaddset(&tstp, SIGTSTP)
    _ = raise(SIGTSTP)
    // SIGTSTP is blocked inside its own handler: unblocking delivers it and stops
    // the process here until SIGCONT.
    _ = pthread_sigmask(SIG_UNBLOCK, &tstp, nil)
    _ = pthread_sigmask(SIG_BLOCK, &tstp, nil)
    _ = sigaction(SIGTSTP, &ours, nil)
    if wasActive { state.pointee.resumed = 1 }
  }

  private static func handleRequest(_ signal: Int32) {
    let trap = state
    if signal == SIGTSTP {
      suspendFromHandler()
      return
    }
    if trap.pointee.pendingSignal != 0 && trap.pointee.screenActive != 0 {
      // The application never picked up the last signal: it is stuck. Give the
      // terminal back and die of the signal.
      restoreTerminalFromHandler()
      var defaultAction = sigaction()
      defaultAction.__sigaction_handler.sa_handler = SIG_DFL
      _ = sigaction(signal, &defaultAction, nil)
      _ = raise(signal)
      return
    }
    trap.pointee.pendingSignal = signal
  }

  private static func handleCrash(_ signal: Int32, code: Int32) {
    restoreTerminalFromHandler()
    _ = sigaction(signal, state.pointee.previousActions + Int(signal), nil)
    // A fault from the kernel (code > 0) repeats when the handler returns and then
    // reaches the previous handler (Swift's backtracer) with its real details.
    // abort(), raise() and kill() do not repeat: send the signal again.
    if code <= 0 || signal == SIGTRAP || signal == SIGABRT {
      _ = raise(signal)
    }
  }

  private static func isIgnored(_ action: sigaction) -> Bool {
    unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
  }
}
