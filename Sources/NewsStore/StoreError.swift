/// Why a store could not be opened, read or written.
///
/// Every case carries the database path and a reason in plain words; the
/// executable prints ``description`` and the reader shows it in the status line.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The folder for the database could not be created.
  case cannotCreateFolder(path: String, reason: String)
  /// The file could not be opened as a database or migrated to the current schema.
  case cannotOpen(path: String, reason: String)
  /// The user data file failed SQLite's integrity check. User data is never deleted
  /// automatically; the user decides what to do with the file.
  case damaged(path: String, reason: String)
  /// A read failed.
  case readFailed(path: String, reason: String)
  /// A write failed; nothing of it was committed.
  case writeFailed(path: String, reason: String)

  /// The database file the error is about.
  public var path: String {
    switch self {
    case .cannotCreateFolder(let path, _), .cannotOpen(let path, _), .damaged(let path, _),
      .readFailed(let path, _), .writeFailed(let path, _):
      return path
    }
  }

  /// A short user-readable reason, without the path.
  public var reason: String {
    switch self {
    case .cannotCreateFolder(_, let reason): return "cannot create the folder: \(reason)"
    case .cannotOpen(_, let reason): return "cannot open: \(reason)"
    case .damaged(_, let reason): return "the file is damaged (\(reason)); move it aside to start afresh"
    case .readFailed(_, let reason): return "cannot read: \(reason)"
    case .writeFailed(_, let reason): return "cannot save: \(reason)"
    }
  }

  public var description: String { "\(path): \(reason)" }
}
