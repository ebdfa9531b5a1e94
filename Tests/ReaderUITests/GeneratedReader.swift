import NewsCore
import ReaderUI
import TermGrid

/// A reader on a generated collection (stories of several articles, shared names),
/// newest first as the loader gives it.
enum GeneratedReader {
  static let collection: AnalyzedCollection = {
    let articles = CorpusGenerator(seed: 7).generate(count: 120).compactMap { name, text in
      try? ArticleParser.parse(bytes: Array(text.utf8), path: name, relativePath: name, id: name, modificationDate: nil).get()
    }
    let newestFirst = articles.sorted { left, right in
      switch (left.date, right.date) {
      case (let first?, let second?) where first != second: return first > second
      case (.some, nil): return true
      case (nil, .some): return false
      default: return left.id < right.id
      }
    }
    return AnalyzedCollection(articles: newestFirst)
  }()

  static func state(_ size: Size = Size(columns: 120, rows: 40)) -> AppState {
    AppState(collectionName: "generated", collection: collection, viewport: size)
  }

  /// Sends keys the way the run loop does.
  static func send(_ state: inout AppState, _ keys: Key...) -> [Effect] {
    var effects: [Effect] = []
    for key in keys { effects += reduce(&state, action(for: key, in: state)) }
    return effects
  }

  static func type(_ state: inout AppState, _ text: String) {
    for character in text { _ = reduce(&state, action(for: .character(character), in: state)) }
  }
}
