import Glibc

/// While curses owns the screen, anything written to standard error would corrupt
/// it, and a fatal message would vanish with the alternate screen. So fd 2 points
/// at a log file meanwhile, and the log's new tail is replayed to the real standard
/// error once the terminal is back.
enum StandardErrorLog {
  /// Points fd 2 at `path` (appending), or at an unnamed temporary file. Leaves
  /// standard error alone when the log cannot be opened: a visible glitch beats
  /// refusing to start.
  static func redirect(to path: String?) {
    let trap = SignalTrap.state
    guard trap.pointee.originalStandardError < 0 else { return }
    let log = path.map { open($0, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o600) } ?? openTemporaryLog()
    guard log >= 0 else { return }
    let original = fcntl(2, F_DUPFD_CLOEXEC, 3)
    guard original >= 0 else {
      close(log)
      return
    }
    trap.pointee.logStart = lseek(log, 0, SEEK_END)
    trap.pointee.logDescriptor = log
    trap.pointee.originalStandardError = original
    _ = dup2(log, 2)
  }

  /// Async-signal-safe: gives fd 2 back and copies the last few KB written to the
  /// log since ``redirect(to:)`` to it. Does nothing when not redirected.
  static func restore() {
    let trap = SignalTrap.state
    let original = trap.pointee.originalStandardError
    guard original >= 0 else { return }
    trap.pointee.originalStandardError = -1
    _ = dup2(original, 2)
    _ = close(original)
    let log = trap.pointee.logDescriptor
    trap.pointee.logDescriptor = -1
    guard log >= 0 else { return }
    replayTail(of: log, from: trap.pointee.logStart, buffer: trap.pointee.replayBuffer)
    _ = close(log)
  }

  private static func replayTail(of log: Int32, from start: off_t, buffer: UnsafeMutablePointer<UInt8>) {
    let end = lseek(log, 0, SEEK_END)
    var offset = max(start, end - off_t(TrapState.replayCapacity))
    if offset > start {
      let notice: StaticString = "[lede: earlier messages are in the log]\n"
      _ = write(2, notice.utf8Start, notice.utf8CodeUnitCount)
    }
    while offset < end {
      let count = pread(log, buffer, min(TrapState.replayCapacity, Int(end - offset)), offset)
      guard count > 0 else { return }
      _ = write(2, buffer, count)
      offset += off_t(count)
    }
  }

  private static func openTemporaryLog() -> Int32 {
    let directory = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
    var template = Array("\(directory)/lede-stderr-XXXXXX".utf8CString)
    let log = mkstemp(&template)
    guard log >= 0 else { return log }
    // Unlinked at once: no file is left behind, even after a crash.
    _ = unlink(template)
    _ = fcntl(log, F_SETFD, FD_CLOEXEC)
    return log
  }
}
