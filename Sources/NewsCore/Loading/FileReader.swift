import Foundation

/// Reads one regular file whole, never blocking: the file is opened with
/// `O_NONBLOCK` and checked with `fstat` before any byte is read.
enum FileReader {
  struct Contents {
    var bytes: [UInt8]
    /// The modification day in the local time zone.
    var modified: CalendarDate?
  }

  static func read(_ path: FilePath, sizeLimit: Int) -> Result<Contents, ArticleLoadError> {
    let display = path.display
    let descriptor = path.withCString { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY) }
    guard descriptor >= 0 else { return .failure(FileStatus.error(errno, path: display)) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return .failure(FileStatus.error(errno, path: display)) }
    switch FileStatus(info) {
    case .regular(let size, _, _):
      if size > sizeLimit { return .failure(.tooLarge(path: display, bytes: size, limit: sizeLimit)) }
    case .directory:
      return .failure(.notRegularFile(path: display, kind: "directory"))
    case .special(let kind):
      return .failure(.notRegularFile(path: display, kind: kind))
    case .failure(let error):
      return .failure(error)
    }
    switch readAll(descriptor, expected: Int(info.st_size), limit: sizeLimit) {
    case .success(let bytes):
      return .success(Contents(bytes: bytes, modified: localDate(seconds: Int(info.st_mtim.tv_sec))))
    case .failure(let error) where error.code == EFBIG:
      return .failure(.tooLarge(path: display, bytes: sizeLimit + 1, limit: sizeLimit))
    case .failure(let error):
      return .failure(FileStatus.error(error.code, path: display))
    }
  }

  /// Reads to the end of file; fails with `EFBIG` past `limit` bytes (a file can
  /// grow after `fstat`).
  private static func readAll(_ descriptor: Int32, expected: Int, limit: Int) -> Result<[UInt8], SystemError> {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(min(expected, limit) + 1)
    var chunk = [UInt8](repeating: 0, count: max(4096, min(expected + 1, 1 << 20)))
    while true {
      let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
      if count == 0 { return .success(bytes) }
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(SystemError(code: errno))
      }
      bytes.append(contentsOf: chunk[0..<count])
      if bytes.count > limit { return .failure(SystemError(code: EFBIG)) }
    }
  }

  /// The calendar day of a time in the local time zone.
  static func localDate(seconds: Int) -> CalendarDate {
    let offset = TimeZone.current.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
    let local = seconds + offset
    let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
    return CalendarDate(daysSinceEpoch: days)
  }
}

/// An `errno` value.
struct SystemError: Error {
  var code: Int32
}
