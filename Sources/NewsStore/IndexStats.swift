/// What ``CollectionIndexer/open(paths:progress:)`` did: how many files it found, reused,
/// read again and analysed, and how long each step took.
public struct IndexStats: Hashable, Sendable {
  /// Files the walk found.
  public var files = 0
  /// Files whose cached entry was used without reading them.
  public var reused = 0
  /// Files read and parsed (new, changed, or not decodable from the cache).
  public var read = 0
  /// Files read again whose content hash was unchanged (only touched): their cached
  /// analysis was kept.
  public var unchangedContent = 0
  /// Articles analysed.
  public var analyzed = 0
  /// Cache entries dropped because their file is gone or now refused.
  public var removed = 0
  /// Why the cache file was thrown away and rebuilt, if it was.
  public var rebuildReason: String?
  /// Seconds spent walking and comparing stamps, reading cached entries, reading and
  /// analysing files, storing, updating the full-text index, and building the
  /// cross-reference index.
  public var timings: [String: Double] = [:]

  public init() {}
}

/// Where ``CollectionIndexer`` is: called from worker threads as files are processed.
public struct IndexProgress: Hashable, Sendable {
  public enum Phase: String, Hashable, Sendable {
    /// Reading cached entries.
    case loadingCache = "reading cache"
    /// Reading and analysing new and changed files.
    case analyzing
    /// Writing entries, the full-text index and the cross-reference index.
    case finishing
  }

  public var phase: Phase
  public var done: Int
  public var total: Int

  public init(phase: Phase, done: Int, total: Int) {
    self.phase = phase
    self.done = done
    self.total = total
  }
}
