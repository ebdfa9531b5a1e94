import Foundation

/// What a path is, from `lstat` and `stat`, without opening it.
enum FileStatus {
  /// `modified` is the modification time in nanoseconds since 1970.
  case regular(size: Int, modified: Int64, identity: FileIdentity)
  case directory(identity: FileIdentity)
  /// A FIFO, socket or device: never opened.
  case special(kind: String)
  case failure(ArticleLoadError)

  /// Looks at `path` without opening it; follows symbolic links.
  init(path: FilePath) {
    var info = stat()
    let linkResult = path.withCString { lstat($0, &info) }
    guard linkResult == 0 else {
      self = .failure(FileStatus.error(errno, path: path.display))
      return
    }
    if info.st_mode & S_IFMT == S_IFLNK {
      guard path.withCString({ stat($0, &info) }) == 0 else {
        self = .failure(FileStatus.error(errno, path: path.display))
        return
      }
    }
    self.init(info)
  }

  /// Classifies the result of `stat` or `fstat`.
  init(_ info: stat) {
    let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    switch info.st_mode & S_IFMT {
    case S_IFREG:
      let time = info.st_mtim
      let modified = Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
      self = .regular(size: Int(info.st_size), modified: modified, identity: identity)
    case S_IFDIR: self = .directory(identity: identity)
    case S_IFIFO: self = .special(kind: "FIFO")
    case S_IFSOCK: self = .special(kind: "socket")
    case S_IFCHR: self = .special(kind: "character device")
    case S_IFBLK: self = .special(kind: "block device")
    default: self = .special(kind: "unknown kind")
    }
  }

  /// The load error for an `errno` from `stat`, `open`, `read` or `opendir`.
  static func error(_ code: Int32, path: String) -> ArticleLoadError {
    switch code {
    case ENOENT, ENOTDIR: return .notFound(path: path)
    case ELOOP: return .symlinkLoop(path: path)
    default: return .unreadable(path: path, reason: String(cString: strerror(code)))
    }
  }
}

/// Device and inode: the same file reached by two paths has the same identity.
struct FileIdentity: Hashable {
  var device: UInt64
  var inode: UInt64
}

/// A path as bytes (file names need not be UTF-8) with a display form.
struct FilePath: Hashable, Sendable {
  var bytes: [UInt8]

  init(_ bytes: [UInt8]) { self.bytes = bytes }
  init(_ string: String) { bytes = Array(string.utf8) }

  /// The path as text; invalid UTF-8 in names shows as U+FFFD.
  var display: String { String(decoding: bytes, as: UTF8.self) }

  func appending(_ name: [UInt8]) -> FilePath {
    FilePath(bytes.last == UInt8(ascii: "/") ? bytes + name : bytes + [UInt8(ascii: "/")] + name)
  }

  /// The last component.
  var name: [UInt8] {
    var trimmed = bytes[...]
    while trimmed.count > 1, trimmed.last == UInt8(ascii: "/") { trimmed = trimmed.dropLast() }
    if let slash = trimmed.lastIndex(of: UInt8(ascii: "/")) { return Array(trimmed[(slash + 1)...]) }
    return Array(trimmed)
  }

  func withCString<Result>(_ body: (UnsafePointer<CChar>) -> Result) -> Result {
    let cString = bytes.map { CChar(bitPattern: $0) } + [0]
    return body(cString)
  }
}

extension Array where Element == UInt8 {
  /// The path without the extension of its last component ("a/b.c.txt" gives
  /// "a/b.c"; a leading dot, as in ".profile", starts no extension).
  var removingExtension: [UInt8] {
    let nameStart = lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
    guard let dot = lastIndex(of: UInt8(ascii: ".")), dot > nameStart else { return self }
    return Array(self[..<dot])
  }

  /// The extension, lowercased, or nil when the name has none.
  var fileExtension: String? {
    let stem = removingExtension
    guard stem.count < count else { return nil }
    return String(decoding: self[(stem.count + 1)...], as: UTF8.self).lowercased()
  }
}
