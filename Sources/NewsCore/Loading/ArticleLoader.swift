import Foundation

/// What the loader accepts.
public struct LoadOptions: Sendable {
  /// Files larger than this many bytes are refused.
  public var sizeLimit: Int = 16 << 20
  /// Extensions (without the dot, any case) of the files loaded from folders.
  public var extensions: Set<String> = ["txt"]
  /// Whether files without an extension are loaded from folders.
  public var includeExtensionless = true

  public init(sizeLimit: Int = 16 << 20, extensions: Set<String> = ["txt"], includeExtensionless: Bool = true) {
    self.sizeLimit = sizeLimit
    self.extensions = extensions
    self.includeExtensionless = includeExtensionless
  }
}

/// Loads articles from files and folders, on all cores.
///
/// A path is a file (loaded whatever its extension) or a folder, walked
/// recursively for the extensions in ``LoadOptions``, skipping hidden entries.
/// FIFOs, sockets and devices are refused from `lstat`/`stat` alone and every
/// file is opened non-blocking, so loading never hangs.
public struct ArticleLoader: Sendable {
  public var options: LoadOptions

  public init(options: LoadOptions = LoadOptions()) {
    self.options = options
  }

  /// Loads every article under `paths`.
  ///
  /// Articles come newest first, then by title, then by ID; undated ones last.
  /// Refused files come sorted by path. `progress` is called from
  /// worker threads after each file with the number done and the total.
  public func load(paths: [String], progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) -> LoadReport {
    var walker = PathWalker(options: options)
    for path in paths { walker.add(argument: path) }
    let candidates = walker.candidates
    let ids = ArticleLoader.identifiers(for: candidates)
    let results = ConcurrentResults<Result<Article, ArticleLoadError>>(count: candidates.count)
    let counter = ProgressCounter(total: candidates.count, report: progress)
    let sizeLimit = options.sizeLimit
    DispatchQueue.concurrentPerform(iterations: candidates.count) { index in
      results[index] = ArticleLoader.load(candidates[index], id: ids[index], sizeLimit: sizeLimit)
      counter.advance()
    }
    var articles: [Article] = []
    var refused = walker.refused
    for result in results.values {
      switch result {
      case .success(let article): articles.append(article)
      case .failure(let error): refused.append(error)
      case nil: break
      }
    }
    articles.sort(by: ArticleLoader.listOrder)
    refused.sort { $0.path < $1.path }
    return LoadReport(articles: articles, refused: refused)
  }

  static func load(_ candidate: FileCandidate, id: String, sizeLimit: Int) -> Result<Article, ArticleLoadError> {
    FileReader.read(candidate.path, sizeLimit: sizeLimit).flatMap { contents in
      ArticleParser.parse(
        bytes: contents.bytes, path: candidate.path.display,
        relativePath: String(decoding: candidate.relativePath, as: UTF8.self), id: id,
        modificationDate: contents.modified)
    }
  }

  /// Newest first, then title, then ID; undated last: the order of ``LoadReport/articles``.
  public static func listOrder(_ lhs: Article, _ rhs: Article) -> Bool {
    listOrder(ListKey(lhs), ListKey(rhs))
  }

  /// What the list order compares, read once from an article (sorting by keys copies no articles).
  public struct ListKey: Sendable {
    public var date: CalendarDate?
    public var title: String
    public var id: String

    public init(_ article: Article) {
      date = article.date
      title = article.title
      id = article.id
    }
  }

  /// ``listOrder(_:_:)-(Article,Article)`` on keys.
  public static func listOrder(_ lhs: ListKey, _ rhs: ListKey) -> Bool {
    switch (lhs.date, rhs.date) {
    case (let left?, let right?) where left != right: return left > right
    case (.some, nil): return true
    case (nil, .some): return false
    default:
      if lhs.title != rhs.title { return lhs.title < rhs.title }
      return lhs.id < rhs.id
    }
  }

  /// The file name without extension; where names clash, the relative path
  /// without extension; where those clash too, the whole path without extension.
  static func identifiers(for candidates: [FileCandidate]) -> [String] {
    let names = candidates.map { $0.path.name.removingExtension }
    let relatives = candidates.map { $0.relativePath.removingExtension }
    let nameCounts = Dictionary(names.map { ($0, 1) }, uniquingKeysWith: +)
    let relativeCounts = Dictionary(relatives.map { ($0, 1) }, uniquingKeysWith: +)
    return candidates.indices.map { index in
      let chosen: [UInt8]
      if nameCounts[names[index], default: 0] == 1 {
        chosen = names[index]
      } else if relativeCounts[relatives[index], default: 0] == 1 {
        chosen = relatives[index]
      } else {
        chosen = candidates[index].path.bytes.removingExtension
      }
      return String(decoding: chosen, as: UTF8.self)
    }
  }
}

/// Results written from concurrent workers, each index by exactly one worker.
final class ConcurrentResults<Value>: @unchecked Sendable {
  private var storage: [Value?]
  private let lock = NSLock()

  init(count: Int) { storage = Array(repeating: nil, count: count) }

  subscript(index: Int) -> Value? {
    get { lock.withLock { storage[index] } }
    set { lock.withLock { storage[index] = newValue } }
  }

  var values: [Value?] { lock.withLock { storage } }
}

/// Counts finished files and reports progress.
final class ProgressCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var done = 0
  private let total: Int
  private let report: (@Sendable (Int, Int) -> Void)?

  init(total: Int, report: (@Sendable (Int, Int) -> Void)?) {
    self.total = total
    self.report = report
  }

  func advance() {
    let current = lock.withLock {
      done += 1
      return done
    }
    report?(current, total)
  }
}
