import Foundation
import NewsCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What tells whether a file changed since it was cached: its size and modification
/// time. Matching stamps mean the cached article can be reused without reading.
public struct FileStamp: Hashable, Sendable {
  public var size: Int
  /// Modification time in nanoseconds since 1970.
  public var modified: Int64

  public init(size: Int, modified: Int64) {
    self.size = size
    self.modified = modified
  }

  /// The stamp of the file at `path` (following symbolic links), or nil when it
  /// cannot be examined.
  public init?(path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    #if canImport(Darwin)
      let time = info.st_mtimespec
    #else
      let time = info.st_mtim
    #endif
    self.init(size: Int(info.st_size), modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec))
  }
}

/// One cached file: where it is, its stamp when read, the parsed article and, once
/// computed, its analysis.
public struct CacheEntry: Hashable, Sendable {
  /// The key: the path the file was read from.
  public var path: String
  public var stamp: FileStamp
  public var article: Article
  public var analysis: ArticleAnalysis?

  public init(path: String, stamp: FileStamp, article: Article, analysis: ArticleAnalysis? = nil) {
    self.path = path
    self.stamp = stamp
    self.article = article
    self.analysis = analysis
  }
}
