import Foundation

/// Finds the articles of an ``AnalyzedCollection`` that a ``FilterExpression`` matches,
/// in memory, and completes entity names for the filter prompt.
///
/// - `person:`, `place:`, `org:`: the index's postings for the name's key (``EntityKey``
///   normalisation: case, diacritics, transliterations, acronyms). For `person:`, also every
///   person whose name holds the typed words as a run of whole words: `person:Kovacs` finds
///   "Sofia Kovacs" and "Ivan Kovacs", `person:"Sofia Kovacs"` only her. For `place:` and
///   `org:`, a one-word name also finds the one fuller name of that kind ending in it when
///   there is exactly one (`place:York` does not find "New York" and "York" alike).
/// - `event:`: events whose label ("talks in Sochi on 2018-09-17") holds every word.
/// - `date:`: the article's date (undated articles never match).
/// - `quote:`: a quotation whose speaker is that name, or whose text holds the words in order.
/// - Plain words, prefixes and phrases: the title and paragraphs, through a word index built
///   on first use (about a second for 100,000 articles; later queries take milliseconds).
///
/// A class: it owns that lazily built index and is shared by copies of the reader's state.
/// Thread-safe.
public final class FilterEvaluator: @unchecked Sendable {
  public let collection: AnalyzedCollection
  /// Entity ids by kind and the last word of their key, for places and organisations.
  private let entitiesByLastWord: [EntityKind: [Substring: [Int]]]
  /// Person ids by each word of their key, for matching part of a name.
  private let peopleByWord: [Substring: [Int]]
  private let lock = NSLock()
  private var builtWordIndex: WordIndex?

  public init(collection: AnalyzedCollection) {
    self.collection = collection
    var byLastWord: [EntityKind: [Substring: [Int]]] = [:]
    var byWord: [Substring: [Int]] = [:]
    let keys = collection.index.entityTable.keys
    for (id, key) in keys.enumerated() where key.key.contains(" ") {
      if key.kind == .person {
        for word in Set(key.key.split(separator: " ")) { byWord[word, default: []].append(id) }
      } else {
        let last = key.key[key.key.index(after: key.key.lastIndex(of: " ") ?? key.key.startIndex)...]
        byLastWord[key.kind, default: [:]][last, default: []].append(id)
      }
    }
    entitiesByLastWord = byLastWord
    peopleByWord = byWord
  }

  /// The indexes of the matching articles, ascending.
  public func evaluate(_ expression: FilterExpression) -> [Int] { set(of: expression).members }

  /// True when the article at `index` matches.
  public func matches(_ expression: FilterExpression, article index: Int) -> Bool {
    set(of: expression).contains(index)
  }

  /// Entity names for the prompt's completion: those whose normalised name, or one of its
  /// words, starts with `prefix`; most widely mentioned first, then by name. An empty
  /// prefix gives the most mentioned names.
  public func completions(prefix: String, kind: EntityKind?, limit: Int = 20) -> [String] {
    let wanted = CrossReferenceKey.words(of: prefix).joined(separator: " ")
    let table = collection.index.entityTable
    var found: [(articles: Int, name: String)] = []
    for (id, key) in table.keys.enumerated() where kind == nil || key.kind == kind {
      let text = key.key
      guard wanted.isEmpty || text.hasPrefix(wanted) || text.contains(" " + wanted) else { continue }
      found.append((table.postings[id].count, table.names[id]))
    }
    found.sort { $0.articles != $1.articles ? $0.articles > $1.articles : $0.name < $1.name }
    var seen: Set<String> = []
    var names: [String] = []
    for entry in found where names.count < limit && seen.insert(entry.name).inserted { names.append(entry.name) }
    return names
  }

  var wordIndex: WordIndex {
    lock.withLock {
      if let builtWordIndex { return builtWordIndex }
      let index = WordIndex(articles: collection.articles)
      builtWordIndex = index
      return index
    }
  }

  var articleCount: Int { collection.articles.count }

  func set(of expression: FilterExpression) -> ArticleSet {
    switch expression {
    case .term(let term): return set(of: term)
    case .not(let operand): return set(of: operand).inverted()
    case .and(let operands):
      var result = ArticleSet(count: articleCount, full: true)
      for operand in operands {
        result.formIntersection(set(of: operand))
        if result.isEmpty { break }
      }
      return result
    case .or(let operands):
      var result = ArticleSet(count: articleCount)
      for operand in operands { result.formUnion(set(of: operand)) }
      return result
    }
  }

  private func set(of term: FilterTerm) -> ArticleSet {
    switch term {
    case .entity(let kind, let name):
      return ArticleSet(count: articleCount, members: entityIDs(kind: kind, name: name).flatMap(articles(ofEntity:)))
    case .event(let text): return eventSet(text)
    case .date(let range):
      return ArticleSet(
        count: articleCount,
        members: collection.articles.indices.filter { collection.articles[$0].date.map(range.contains) ?? false })
    case .quote(let text): return quoteSet(text)
    case .word(let word, let isPrefix):
      let words = WordIndex.words(of: word)
      return words.count == 1 ? wordIndex.articles(using: words[0], isPrefix: isPrefix) : phraseSet(words)
    case .phrase(let text): return phraseSet(WordIndex.words(of: text))
    }
  }

  /// The ids of the entities `name` means: its key; for a person, every longer name that
  /// holds its words in a run; for a place or organisation named in one word, the only
  /// fuller name of that kind ending in it.
  func entityIDs(kind: EntityKind, name: String) -> [Int] {
    let key = EntityKey(kind: kind, name: name)
    let table = collection.index.entityTable
    let exact = table.id(of: key)
    var ids = exact.map { [$0] } ?? []
    guard !key.key.isEmpty else { return ids }
    if kind == .person {
      let words = key.key.split(separator: " ")
      let candidates = peopleByWord[words[0]] ?? []
      ids += candidates.filter { $0 != exact && Self.containsRun(words, in: table.keys[$0].key) }
    } else if !key.key.contains(" "), let fuller = entitiesByLastWord[kind]?[Substring(key.key)], fuller.count == 1 {
      ids += fuller
    }
    return ids
  }

  /// True when `words` occur one after another as whole words of `name`.
  static func containsRun(_ words: [Substring], in name: String) -> Bool {
    let parts = name.split(separator: " ")
    guard words.count <= parts.count else { return false }
    return (0...(parts.count - words.count)).contains { start in
      parts[start..<(start + words.count)].elementsEqual(words)
    }
  }

  private func articles(ofEntity id: Int) -> [Int] {
    collection.index.entityTable.postings[id].map(\.article)
  }
}
