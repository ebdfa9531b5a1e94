import TermGrid

/// Why the reader stopped.
public enum ExitReason: Equatable, Sendable {
  case quit
  case signal(TerminalSignal)
  /// The backend had no more events (the terminal went away, or a test script ended).
  case endOfInput
}

/// Drives the reader: render, diff against the last frame, present, wait for an
/// event, reduce, perform effects. The backend and `perform` are the only I/O.
public struct RunLoop {
  public var theme: Theme
  /// Performs effects that need the outside world (saving a highlight) and
  /// returns the actions that report back. Called on the loop's thread.
  public var perform: (Effect) -> [Action]

  public init(theme: Theme, perform: @escaping (Effect) -> [Action] = { _ in [] }) {
    self.theme = theme
    self.perform = perform
  }

  /// Runs until the user quits, a signal arrives or input ends. `state` holds the
  /// final state afterwards (for saving, and for tests).
  public func run(_ state: inout AppState, on backend: any TerminalBackend, inbox: ActionInbox? = nil) -> ExitReason {
    backend.setPalette(theme.palette)
    if backend.size != state.viewport { _ = reduce(&state, .resize(backend.size)) }
    var previous: Grid?
    var polling = inbox != nil
    var dirty = true
    while true {
      if dirty {
        let frame = render(state)
        backend.present(FrameDiff.runs(from: previous, to: frame))
        previous = frame
      }
      var pending: [Action] = []
      var event: InputEvent?
      if polling, let inbox {
        event = backend.nextEvent(timeoutMilliseconds: 50)
        let (posted, finished) = inbox.drain()
        pending = posted
        polling = !finished
      } else {
        event = backend.nextEvent(timeoutMilliseconds: nil)
        guard event != nil else { return .endOfInput }
      }
      switch event {
      case .key(let key): pending.append(ReaderUI.action(for: key, in: state))
      case .resize(let size): pending.append(.resize(size))
      case .signal(let signal): pending.append(.signal(signal))
      case .mouse(let mouse): pending.append(.mouse(mouse))
      case .none: break
      }
      dirty = !pending.isEmpty
      while !pending.isEmpty {
        for effect in reduce(&state, pending.removeFirst()) {
          switch effect {
          case .quit: break
          case .redraw:
            backend.invalidate()
            previous = nil
          case .saveHighlight, .markRead, .saveFilter, .deleteFilter: pending += perform(effect)
          }
        }
      }
      if !state.isRunning {
        if case .signal(let signal)? = event { return .signal(signal) }
        return .quit
      }
    }
  }
}
