import Foundation
import NewsCore
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
      let progress = ProgressThrottle(inbox: inbox)
      let report = ArticleLoader(options: options).load(paths: roots) { done, total in progress.post(done, total) }
      inbox.post(.loadProgress(phase: "Analyzing \(report.articles.count) articles", done: 0, total: 0))
      let collection = AnalyzedCollection(articles: report.articles)
      let bridge = HighlightBridge(articles: report.articles)
      highlights.withLock { $0 = bridge }
      inbox.post(.collectionLoaded(collection, refused: report.refused))
      for action in bridge.load() { inbox.post(action) }
      inbox.finish()
    }
  }

  /// The reader's effects: highlights go to the store once it is open.
  func perform(_ effect: Effect) -> [Action] {
    guard let bridge = highlights.withLock({ $0 }) else { return [.effectFailed("Still loading: try again in a moment")] }
    return bridge.perform(effect)
  }
}

/// Posts loading progress at most every 2% so the inbox does not flood.
final class ProgressThrottle: Sendable {
  private let inbox: ActionInbox
  private let last = Mutex(-1)

  init(inbox: ActionInbox) { self.inbox = inbox }

  func post(_ done: Int, _ total: Int) {
    let step = max(1, total / 50)
    let bucket = done / step
    let isNew = last.withLock { previous in
      guard bucket != previous || done == total else { return false }
      previous = bucket
      return true
    }
    if isNew { inbox.post(.loadProgress(phase: "Loading", done: done, total: total)) }
  }
}
