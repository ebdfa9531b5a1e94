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
  ///
  /// Articles are read a slice at a time; within a slice each article yields the hashes
  /// of its distinct words, and a string only for words no earlier slice had, so the
  /// transient memory is one slice's, not the collection's.
  init(articles: [Article]) {
    var builder = Builder()
    let slice = 2_048
    for start in stride(from: 0, to: articles.count, by: slice) {
      let known = builder.ids
      let found = CrossReferenceIndex.ConcurrentMap.map(
        count: min(articles.count, start + slice) - start, scratch: { Set<UInt64>() }
      ) { offset, seen in
        Self.distinctWords(of: articles[start + offset], known: known, seen: &seen)
      }
      for (offset, words) in found.enumerated() { builder.add(words, article: start + offset) }
    }
    let order = builder.words.indices.sorted { builder.words[$0].utf8.lexicographicallyPrecedes(builder.words[$1].utf8) }
    vocabulary = order.map { builder.words[$0] }
    postings = order.map { builder.lists[$0] }
    articleCount = articles.count
    tokenTotal = builder.tokenTotal
  }

  /// One article's distinct words in order of first use, as hashes; the text of those
  /// `known` lacks, by their position among the hashes; and the count of all its words.
  private struct ArticleWords: Sendable {
    var hashes: [UInt64] = []
    var fresh: [(position: Int, word: String)] = []
    var tokens = 0
  }

  private static func distinctWords(of article: Article, known: [UInt64: Int], seen: inout Set<UInt64>) -> ArticleWords {
    seen.removeAll(keepingCapacity: true)
    var words = ArticleWords()
    forEachText(of: article) { text in
      CrossReferenceIndex.WordScanner.forEachWord(in: text, joining: false) { bytes in
        words.tokens += 1
        let hash = CrossReferenceIndex.WordScanner.hash(bytes)
        guard seen.insert(hash).inserted else { return }
        if known[hash] == nil { words.fresh.append((words.hashes.count, String(decoding: bytes, as: UTF8.self))) }
        words.hashes.append(hash)
      }
    }
    if article.paragraphs.first?.kind == .headline {
      CrossReferenceIndex.WordScanner.forEachWord(in: article.title, joining: false) { _ in words.tokens += 1 }
    }
    return words
  }

  /// Numbers words in order of first use and collects their articles.
  private struct Builder {
    var ids: [UInt64: Int] = [:]
    var words: [String] = []
    var lists: [[Int32]] = []
    var tokenTotal = 0

    mutating func add(_ found: ArticleWords, article: Int) {
      tokenTotal += found.tokens
      var fresh = found.fresh.makeIterator()
      var next = fresh.next()
      for (position, hash) in found.hashes.enumerated() {
        var word: String?
        if let candidate = next, candidate.position == position {
          word = candidate.word
          next = fresh.next()
        }
        let id: Int
        if let known = ids[hash] {
          id = known
        } else {
          id = words.count
          ids[hash] = id
          words.append(word ?? "")
          lists.append([])
        }
        lists[id].append(Int32(article))
      }
    }
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
