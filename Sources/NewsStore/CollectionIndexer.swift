import Foundation
import NewsCore

/// Opens a collection through its ``IndexCache``: files whose size and modification time
/// match their cached entry are not read; new and changed files are read, parsed and
/// analysed on all cores and stored; entries of deleted files are dropped.
///
/// Entries are committed in batches, so a process killed while indexing leaves a sound
/// cache holding the batches done, and the next open carries on from there. A touched file
/// whose content hash is unchanged keeps its cached analysis.
public struct CollectionIndexer: Sendable {
  /// The lede version written into the cache; a cache from another version is rebuilt.
  public var version: String
  public var cacheDirectory: URL
  public var loadOptions: LoadOptions
  /// Also bring the full-text index up to date before returning (`lede index` does; the
  /// reader can leave it to the first search).
  public var updatesFullText: Bool
  /// Entries per write transaction.
  public var batchSize = 500

  public init(
    version: String, cacheDirectory: URL = IndexCache.defaultDirectory(), loadOptions: LoadOptions = LoadOptions(),
    updatesFullText: Bool = true
  ) {
    self.version = version
    self.cacheDirectory = cacheDirectory
    self.loadOptions = loadOptions
    self.updatesFullText = updatesFullText
  }

  /// The cached listing of the collection made of `paths`, read without opening (or
  /// checking) its cache: empty when there is none yet. See ``IndexCache/listing(url:version:)``.
  public func listing(paths: [String]) -> [ListedArticle] {
    IndexCache.listing(url: IndexCache.fileURL(forRoots: Self.absolute(paths), in: cacheDirectory), version: version)
  }

  /// The cached listing as placeholder articles (see ``ListedArticle/placeholder``) in an
  /// unanalysed collection, for a reader to show while ``open(paths:progress:)`` runs;
  /// nil when nothing is cached. About 90 MB for 100,000 articles.
  public func listedCollection(paths: [String]) -> AnalyzedCollection? {
    let listing = listing(paths: paths)
    guard !listing.isEmpty else { return nil }
    return AnalyzedCollection(unanalyzed: listing.map(\.placeholder))
  }

  /// The cache of the collection made of `paths`.
  public func cache(for paths: [String]) throws(StoreError) -> IndexCache {
    try IndexCache(roots: Self.absolute(paths), version: version, directory: cacheDirectory)
  }

  /// Builds or refreshes the cache of `paths` and returns the analysed collection (articles
  /// in list order, newest first), the load report and what was done.
  ///
  /// - Throws: ``StoreError`` when the cache cannot be opened, read or written at all.
  public func open(
    paths: [String], progress: (@Sendable (IndexProgress) -> Void)? = nil
  ) throws(StoreError) -> (collection: AnalyzedCollection, report: LoadReport, stats: IndexStats) {
    var (_, report, analyses, stats) = try refresh(paths: paths, progress: progress)
    let start = DispatchTime.now().uptimeNanoseconds
    let collection = AnalyzedCollection(articles: report.articles, analyses: analyses)
    stats.timings["xref"] = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    progress?(IndexProgress(phase: .finishing, done: 1, total: 1))
    return (collection, report, stats)
  }

  /// Brings the cache of `paths` up to date without building the cross-reference index:
  /// the cache (to search), the load report (articles in list order) and one analysis per
  /// article, in the same order.
  public func refresh(
    paths: [String], progress: (@Sendable (IndexProgress) -> Void)? = nil
  ) throws(StoreError) -> (cache: IndexCache, report: LoadReport, analyses: [ArticleAnalysis], stats: IndexStats) {
    var (cache, loaded, refused, stats) = try synchronize(paths: paths, keeping: true, progress: progress)
    let order = Self.listOrder(of: loaded.pieces)
    let report = LoadReport(articles: order.compactMap { loaded.pieces[$0]?.0 }, refused: refused)
    let analyses = order.compactMap { loaded.pieces[$0]?.1 }
    loaded.pieces = []
    return (cache, report, analyses, stats)
  }

  /// Brings the cache of `paths` up to date without holding the collection, which is all
  /// `lede index` and `lede search` need: memory stays about one batch's. Cached entries
  /// whose stamp matches are trusted without decoding them (one that no longer decodes is
  /// read again by the next ``refresh(paths:progress:)``). Returns the cache, how many
  /// articles it holds, the files refused and what was done.
  public func update(
    paths: [String], progress: (@Sendable (IndexProgress) -> Void)? = nil
  ) throws(StoreError) -> (cache: IndexCache, articles: Int, refused: [ArticleLoadError], stats: IndexStats) {
    let (cache, loaded, refused, stats) = try synchronize(paths: paths, keeping: false, progress: progress)
    return (cache, loaded.count, refused, stats)
  }

  /// What a synchronisation found for each walked file: whether it is in the collection
  /// and, when the articles are kept, the article and its analysis.
  private struct Loaded {
    let keeping: Bool
    var present: [Bool]
    var pieces: [(Article, ArticleAnalysis)?]

    init(count: Int, keeping: Bool) {
      self.keeping = keeping
      present = Array(repeating: false, count: count)
      pieces = keeping ? Array(repeating: nil, count: count) : []
    }

    var count: Int { present.reduce(0) { $1 ? $0 + 1 : $0 } }

    mutating func set(_ index: Int, _ article: Article, _ analysis: ArticleAnalysis) {
      present[index] = true
      if keeping { pieces[index] = (article, analysis) }
    }
  }

  /// Walks `paths`, reuses what the cache holds, reads and analyses the rest, drops the
  /// entries of files gone, and brings the full-text index up to date if asked.
  private func synchronize(
    paths: [String], keeping: Bool, progress: (@Sendable (IndexProgress) -> Void)?
  ) throws(StoreError) -> (cache: IndexCache, loaded: Loaded, refused: [ArticleLoadError], stats: IndexStats) {
    var clock = PhaseClock()
    let roots = Self.absolute(paths)
    let cache = try IndexCache(roots: roots, version: version, directory: cacheDirectory)
    var stats = IndexStats()
    stats.rebuildReason = cache.rebuildReason
    let loader = ArticleLoader(options: loadOptions)
    let (files, walkRefused) = loader.files(in: roots)
    let stamps = try cache.stamps()
    stats.files = files.count
    clock.lap("walk", into: &stats)
    progress?(IndexProgress(phase: .loadingCache, done: 0, total: files.count))
    var loaded = Loaded(count: files.count, keeping: keeping)
    let cached =
      keeping
      ? try reuseCached(cache, files: files, stamps: stamps, into: &loaded, progress: progress)
      : try trustStamps(cache, files: files, stamps: stamps, into: &loaded)
    clock.lap("cache", into: &stats)
    let pending = loaded.present.indices.filter { !loaded.present[$0] }
    stats.reused = files.count - pending.count
    let refused = try analyze(
      pending, of: files, loader: loader, cached: cached, cache: cache, into: &loaded, stats: &stats, progress: progress)
    clock.lap("analyze", into: &stats)
    progress?(IndexProgress(phase: .finishing, done: 0, total: 1))
    let kept = Set(files.indices.filter { loaded.present[$0] }.map { files[$0].path })
    let gone = stamps.keys.filter { !kept.contains($0) }
    stats.removed = gone.count
    if !gone.isEmpty { try cache.remove(paths: gone) }
    if updatesFullText { try cache.updateIndex() }
    clock.lap("store", into: &stats)
    return (cache, loaded, (walkRefused + refused).sorted { $0.path < $1.path }, stats)
  }

  /// Files whose stamp matches their entry count as loaded without decoding it; returns
  /// the entries of files changed since (whose analysis a file only touched keeps).
  private func trustStamps(
    _ cache: IndexCache, files: [ArticleFile], stamps: [String: FileStamp], into loaded: inout Loaded
  ) throws(StoreError) -> [String: CacheEntry] {
    var changed: [String] = []
    for (index, file) in files.enumerated() {
      guard let stamp = stamps[file.path] else { continue }
      if stamp == FileStamp(file) { loaded.present[index] = true } else { changed.append(file.path) }
    }
    return try cache.entries(paths: changed)
  }

  /// The positions of the loaded pieces in list order (``ArticleLoader/listOrder(_:_:)``),
  /// sorted by keys read once rather than by comparing articles, which copies them.
  private static func listOrder(of pieces: [(Article, ArticleAnalysis)?]) -> [Int] {
    var keys: [(key: ArticleLoader.ListKey, position: Int)] = []
    keys.reserveCapacity(pieces.count)
    for position in pieces.indices {
      if let article = pieces[position]?.0 { keys.append((ArticleLoader.ListKey(article), position)) }
    }
    keys.sort { ArticleLoader.listOrder($0.key, $1.key) }
    return keys.map(\.position)
  }

  /// Decodes the cached entries straight into `pieces` (by file) where the stamp still
  /// matches, one at a time, so no second copy of the collection is held. Returns the
  /// entries of files changed since, whose analysis a file only touched keeps.
  private func reuseCached(
    _ cache: IndexCache, files: [ArticleFile], stamps: [String: FileStamp],
    into loaded: inout Loaded, progress: (@Sendable (IndexProgress) -> Void)?
  ) throws(StoreError) -> [String: CacheEntry] {
    guard files.contains(where: { stamps[$0.path] != nil }) else { return [:] }
    let position = Dictionary(files.indices.map { (files[$0].path, $0) }, uniquingKeysWith: { first, _ in first })
    var changed: [String: CacheEntry] = [:]
    var decoded = 0
    try cache.forEachEntry { entry in
      decoded += 1
      if decoded % 1000 == 0 { progress?(IndexProgress(phase: .loadingCache, done: decoded, total: stamps.count)) }
      guard let index = position[entry.path] else { return }
      let file = files[index]
      if entry.stamp == FileStamp(file), let analysis = entry.analysis {
        loaded.set(index, Self.renamed(entry.article, as: file), analysis)
      } else {
        changed[entry.path] = entry
      }
    }
    return changed
  }

  /// Reads, parses, analyses and encodes the files at `pending` on all cores, a batch at
  /// a time; each batch is written by a ``BatchWriter`` while the next one is analysed. Returns the files refused.
  private func analyze(
    _ pending: [Int], of files: [ArticleFile], loader: ArticleLoader, cached: [String: CacheEntry], cache: IndexCache,
    into loaded: inout Loaded, stats: inout IndexStats,
    progress: (@Sendable (IndexProgress) -> Void)?
  ) throws(StoreError) -> [ArticleLoadError] {
    var refused: [ArticleLoadError] = []
    let writer = BatchWriter(cache: cache)
    var start = 0
    while start < pending.count {
      let batch = Array(pending[start..<min(pending.count, start + batchSize)])
      let done = start
      let results = ParallelWork.map(batch) { index in
        Self.indexed(files[index], loader: loader, previous: cached[files[index].path])
      } progress: { finished in
        progress?(IndexProgress(phase: .analyzing, done: done + finished, total: pending.count))
      }
      var entries: [EncodedEntry] = []
      for (index, result) in zip(batch, results) {
        switch result {
        case .refused(let error): refused.append(error)
        case .touched(let entry, let encoded), .analyzed(let entry, let encoded):
          if case .touched = result { stats.unchangedContent += 1 } else { stats.analyzed += 1 }
          entries.append(encoded)
          loaded.set(index, entry.article, entry.analysis ?? ArticleAnalysis())
        }
      }
      stats.read += batch.count
      try writer.write(entries)
      start += batch.count
    }
    try writer.finish()
    return refused
  }

  /// One file read again: refused, unchanged in content (its cached analysis kept), or
  /// analysed afresh; entries come encoded for the cache.
  private static func indexed(_ file: ArticleFile, loader: ArticleLoader, previous: CacheEntry?) -> IndexedFile {
    switch loader.load(file: file) {
    case .failure(let error): return .refused(error)
    case .success(let article):
      if let previous, previous.article.contentHash == article.contentHash, let analysis = previous.analysis {
        let entry = CacheEntry(path: file.path, stamp: FileStamp(file), article: article, analysis: analysis)
        return .touched(entry, EncodedEntry(entry))
      }
      let entry = CacheEntry(
        path: file.path, stamp: FileStamp(file), article: article, analysis: ArticleAnalyzer.analyze(article))
      return .analyzed(entry, EncodedEntry(entry))
    }
  }

  /// The outcome for one file read again.
  private enum IndexedFile: Sendable {
    case refused(ArticleLoadError)
    case touched(CacheEntry, EncodedEntry)
    case analyzed(CacheEntry, EncodedEntry)
  }

  /// A cached article under the ID and relative path the file has now (IDs depend on which
  /// other files share its name).
  private static func renamed(_ article: Article, as file: ArticleFile) -> Article {
    guard article.id != file.id || article.relativePath != file.relativePath else { return article }
    var copy = article
    copy.id = file.id
    copy.relativePath = file.relativePath
    return copy
  }

  /// Paths made absolute and standardised, so a collection has one cache and one set of
  /// entry paths whatever the working folder.
  static func absolute(_ paths: [String]) -> [String] {
    paths.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
  }
}

extension FileStamp {
  /// The stamp a walk saw.
  init(_ file: ArticleFile) { self.init(size: file.size, modified: file.modified) }
}

/// Times the steps of an open.
private struct PhaseClock {
  private var last = DispatchTime.now().uptimeNanoseconds

  mutating func lap(_ name: String, into stats: inout IndexStats) {
    let now = DispatchTime.now().uptimeNanoseconds
    stats.timings[name] = Double(now - last) / 1e9
    last = now
  }
}
