import Synchronization

/// Actions posted from other threads (background loading) for the run loop to
/// apply between key presses. The loop polls it while it is open.
public final class ActionInbox: Sendable {
  private let state = Mutex<(actions: [Action], finished: Bool)>(([], false))

  public init() {}

  /// Queues an action; the loop applies it within about 50 ms.
  public func post(_ action: Action) {
    state.withLock { $0.actions.append(action) }
  }

  /// No more actions will come: the loop stops polling.
  public func finish() {
    state.withLock { $0.finished = true }
  }

  /// Takes every queued action.
  func drain() -> (actions: [Action], finished: Bool) {
    state.withLock { current in
      let taken = current.actions
      current.actions.removeAll()
      return (taken, current.finished)
    }
  }
}
