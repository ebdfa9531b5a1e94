/// Which articles use which words of running text: the in-memory index behind plain words,
/// prefixes and phrases in filters, so the reader filters without a database.
///
/// Words are those of ``CrossReferenceIndex/WordScanner`` (lower-cased letters and digits on
/// UTF-8 bytes; apostrophes and periods separate), from each article's title and paragraphs.
struct WordIndex: Sendable {
  /// Every distinct word, sorted bytewise: prefixes are a range of it.
  private let vocabulary: [String]
  /// The articles using each word of `vocabulary`, ascending.
  private let postings: [[Int32]]
  let articleCount: Int
  /// The words of every article's title and paragraphs (a headline counted as both, as the
  /// full-text index's title and body columns hold it), for BM25's average length.
  let tokenTotal: Int

  /// Builds the index on all cores. Complexity: linear in the text.
  init(articles: [Article]) {
    let perArticle = CrossReferenceIndex.ConcurrentMap.map(count: articles.count, scratch: { Set<UInt64>() }) {
      index, seen in
      seen.removeAll(keepingCapacity: true)
      var words: [(UInt64, String)] = []
      var tokens = 0
      Self.forEachText(of: articles[index]) { text in
        CrossReferenceIndex.WordScanner.forEachWord(in: text, joining: false) { bytes in
          tokens += 1
          let hash = CrossReferenceIndex.WordScanner.hash(bytes)
          if seen.insert(hash).inserted { words.append((hash, String(decoding: bytes, as: UTF8.self))) }
        }
      }
      if articles[index].paragraphs.first?.kind == .headline {
        CrossReferenceIndex.WordScanner.forEachWord(in: articles[index].title, joining: false) { _ in tokens += 1 }
      }
      return (words, tokens)
    }
    tokenTotal = perArticle.reduce(0) { $0 + $1.1 }
    var ids: [UInt64: Int] = [:]
    var words: [String] = []
    var lists: [[Int32]] = []
    for (article, (found, _)) in perArticle.enumerated() {
      for (hash, word) in found {
        let id = ids[hash] ?? words.count
        if id == words.count {
          ids[hash] = id
          words.append(word)
          lists.append([])
        }
        lists[id].append(Int32(article))
      }
    }
    let order = words.indices.sorted { words[$0].utf8.lexicographicallyPrecedes(words[$1].utf8) }
    vocabulary = order.map { words[$0] }
    postings = order.map { lists[$0] }
    articleCount = articles.count
  }

  /// Calls `body` with the title (when it is not also the first paragraph) and each
  /// paragraph's text.
  static func forEachText(of article: Article, _ body: (String) -> Void) {
    if article.paragraphs.first?.kind != .headline { body(article.title) }
    for paragraph in article.paragraphs { body(paragraph.text) }
  }

  /// The folded words of `text`, as the index stores them.
  static func words(of text: String) -> [String] {
    var words: [String] = []
    CrossReferenceIndex.WordScanner.forEachWord(in: text, joining: false) { words.append(String(decoding: $0, as: UTF8.self)) }
    return words
  }

  /// The articles using `word` (already folded), or any word starting with it.
  func articles(using word: String, isPrefix: Bool) -> ArticleSet {
    var set = ArticleSet(count: articleCount)
    let first = lowerBound(word)
    var position = first
    while position < vocabulary.count {
      let candidate = vocabulary[position]
      let matches = isPrefix ? candidate.utf8.starts(with: word.utf8) : candidate == word
      guard matches else { break }
      for article in postings[position] { set.insert(Int(article)) }
      position += 1
      if !isPrefix { break }
    }
    return set
  }

  /// The first position whose word is not before `word`.
  private func lowerBound(_ word: String) -> Int {
    var low = 0
    var high = vocabulary.count
    while low < high {
      let middle = (low + high) / 2
      if vocabulary[middle].utf8.lexicographicallyPrecedes(word.utf8) { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
