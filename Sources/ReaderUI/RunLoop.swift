import TermGrid

/// Why the reader stopped.
public enum ExitReason: Equatable, Sendable {
  case quit
  case signal(TerminalSignal)
  /// The backend had no more events (the terminal went away, or a test script ended).
  case endOfInput
}

/// Drives the reader: render, diff against the last frame, present, wait for an
/// event, reduce, perform effects. The backend is the only I/O.
public struct RunLoop {
  public var theme: Theme

  public init(theme: Theme) { self.theme = theme }

  /// Runs until the user quits, a signal arrives or input ends. `state` holds the
  /// final state afterwards (for saving, and for tests).
  public func run(_ state: inout AppState, on backend: any TerminalBackend) -> ExitReason {
    backend.setPalette(theme.palette)
    if backend.size != state.viewport { _ = reduce(&state, .resize(backend.size)) }
    var previous: Grid?
    while true {
      let frame = render(state)
      backend.present(FrameDiff.runs(from: previous, to: frame))
      previous = frame
      guard let event = backend.nextEvent(timeoutMilliseconds: nil) else { return .endOfInput }
      let action: Action
      switch event {
      case .key(let key): action = ReaderUI.action(for: key, in: state)
      case .resize(let size): action = .resize(size)
      case .signal(let signal): action = .signal(signal)
      case .mouse(let event): action = .mouse(event)
      }
      for effect in reduce(&state, action) {
        switch effect {
        case .quit: break
        case .redraw:
          backend.invalidate()
          previous = nil
        }
      }
      if !state.isRunning {
        if case .signal(let signal) = event { return .signal(signal) }
        return .quit
      }
    }
  }
}
