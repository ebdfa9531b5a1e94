import Foundation
import NewsCore
import NewsStore
import ReaderUI
import Synchronization

/// Loads, analyzes and indexes a collection on another thread while the reader
/// already shows its first frame, posting progress and the result to its inbox.
final class BackgroundLoader: Sendable {
  let roots: [String]
  let options: LoadOptions
  private let highlights = Mutex<HighlightBridge?>(nil)

  init(roots: [String], options: LoadOptions) {
    self.roots = roots
    self.options = options
  }

  func start(inbox: ActionInbox) {
    let roots = roots
    let options = options
    Thread.detachNewThread { [self] in
      let (collection, report) = Self.load(roots: roots, options: options, inbox: inbox)
      let bridge = HighlightBridge(articles: report.articles)
      highlights.withLock { $0 = bridge }
      inbox.post(.collectionLoaded(collection, refused: report.refused))
      for action in bridge.load() + bridge.loadReadState() + bridge.loadSavedFilters() { inbox.post(action) }
      inbox.finish()
    }
  }

  /// Through the collection's cache ($XDG_CACHE_HOME/lede): first the cached listing, so
  /// the list shows at once; then only new and changed files are read and analysed.
  /// Without a usable cache, a plain load says why in the status.
  static func load(roots: [String], options: LoadOptions, inbox: ActionInbox) -> (AnalyzedCollection, LoadReport) {
    let progress = ProgressThrottle(inbox: inbox)
    let indexer = CollectionIndexer(version: LedeVersion.string, loadOptions: options, updatesFullText: false)
    do {
      if let listed = indexer.listedCollection(paths: roots) { inbox.post(.listingLoaded(listed)) }
      let (collection, report, _) = try indexer.open(paths: roots) { step in
        switch step.phase {
        case .loadingCache: progress.post(step.done, step.total, phase: "Reading the cache")
        case .analyzing: progress.post(step.done, step.total, phase: "Reading and analysing")
        case .finishing: progress.post(0, 0, phase: "Cross-referencing")
        }
      }
      return (collection, report)
    } catch {
      inbox.post(.effectFailed("Cache unavailable (\(error.description)); loading without it"))
      let report = ArticleLoader(options: options).load(paths: roots) { done, total in progress.post(done, total) }
      inbox.post(.loadProgress(phase: "Analysing \(report.articles.count) articles", done: 0, total: 0))
      return (AnalyzedCollection(articles: report.articles), report)
    }
  }

  /// The reader's effects: highlights go to the store once it is open.
  func perform(_ effect: Effect) -> [Action] {
    guard let bridge = highlights.withLock({ $0 }) else { return [.effectFailed("Still loading: try again in a moment")] }
    return bridge.perform(effect)
  }
}

/// Posts loading progress at most every 2% of each phase so the inbox does not flood.
final class ProgressThrottle: Sendable {
  private let inbox: ActionInbox
  private let last = Mutex((phase: "", bucket: -1))

  init(inbox: ActionInbox) { self.inbox = inbox }

  func post(_ done: Int, _ total: Int, phase: String = "Loading") {
    let step = max(1, total / 50)
    let bucket = done / step
    let isNew = last.withLock { previous in
      guard bucket != previous.bucket || phase != previous.phase || (done == total && total > 0) else { return false }
      previous = (phase, bucket)
      return true
    }
    if isNew { inbox.post(.loadProgress(phase: phase, done: done, total: total)) }
  }
}
