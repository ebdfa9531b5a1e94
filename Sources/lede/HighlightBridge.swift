import NewsCore
import NewsStore
import ReaderUI

/// Connects the reader's effects on user data (highlights, read state, saved filters) to the store.
struct HighlightBridge: Sendable {
  let store: UserStore?
  let articles: [Article]
  /// Why the store could not be opened, for the status line.
  let problem: String?

  init(articles: [Article]) {
    self.articles = articles
    do {
      store = try UserStore()
      problem = nil
    } catch {
      store = nil
      problem = "Highlights are off: \(error.description)"
    }
  }

  /// Every saved highlight, placed in this collection where its article is.
  func load() -> [Action] {
    guard let store else { return problem.map { [.effectFailed($0)] } ?? [] }
    do {
      let saved = try store.highlights().map { highlight in
        SavedHighlight(
          id: highlight.id, article: store.resolve(highlight, in: articles), span: highlight.span, quote: highlight.quote,
          speaker: highlight.speaker, note: highlight.note, title: highlight.articleTitle, date: highlight.articleDate?.iso)
      }
      return [.highlightsLoaded(saved)]
    } catch {
      return [.effectFailed("Could not read highlights: \(error.description)")]
    }
  }

  /// Performs the reader's effects that touch the store.
  func perform(_ effect: Effect) -> [Action] {
    switch effect {
    case .quit, .redraw: return []
    case .saveHighlight(let draft):
      guard let store else { return [.effectFailed(problem ?? "Highlights are off")] }
      guard articles.indices.contains(draft.article) else { return [.effectFailed("That article is gone")] }
      do {
        try store.save(
          NewHighlight(
            article: articles[draft.article], span: draft.span, quote: draft.quote, speaker: draft.speaker, note: draft.note))
      } catch {
        return [.effectFailed("Could not save the highlight: \(error.description)")]
      }
      return load()
    case .markRead(let indexes):
      guard let store else { return [] }
      do {
        try store.markRead(indexes.filter(articles.indices.contains).map { articles[$0] })
      } catch {
        return [.effectFailed("Could not save the read state: \(error.description)")]
      }
      return []
    case .saveFilter(let filter):
      guard let store else { return [.effectFailed(problem ?? "Saved filters are off")] }
      do {
        try store.saveFilter(SavedFilter(name: filter.name, query: filter.query))
      } catch {
        return [.effectFailed("Could not save the filter: \(error.description)")]
      }
      return loadSavedFilters()
    case .deleteFilter(let name):
      guard let store else { return [.effectFailed(problem ?? "Saved filters are off")] }
      do {
        _ = try store.deleteFilter(named: name)
      } catch {
        return [.effectFailed("Could not delete the filter: \(error.description)")]
      }
      return loadSavedFilters()
    }
  }

  /// The saved filters, by name.
  func loadSavedFilters() -> [Action] {
    guard let store else { return [] }
    do {
      return [.savedFiltersLoaded(try store.savedFilters().map { NamedFilter(name: $0.name, query: $0.query) })]
    } catch {
      return [.effectFailed("Could not read saved filters: \(error.description)")]
    }
  }

  /// Which articles were read before, by content.
  func loadReadState() -> [Action] {
    guard let store, let hashes = try? store.readHashes() else { return [] }
    return [.readStateLoaded(Set(articles.indices.filter { hashes.contains(articles[$0].contentHashHex) }))]
  }
}
