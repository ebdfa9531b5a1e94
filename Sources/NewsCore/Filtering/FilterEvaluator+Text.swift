extension FilterEvaluator {
  /// Articles whose title or a paragraph holds `words` in a row.
  func phraseSet(_ words: [String]) -> ArticleSet {
    guard let first = words.first else { return ArticleSet(count: articleCount) }
    var candidates = wordIndex.articles(using: first, isPrefix: false)
    for word in words.dropFirst() { candidates.formIntersection(wordIndex.articles(using: word, isPrefix: false)) }
    guard words.count > 1 else { return candidates }
    return ArticleSet(
      count: articleCount,
      members: candidates.members.filter { index in
        var found = false
        WordIndex.forEachText(of: collection.articles[index]) { text in
          if !found { found = Self.holds(WordIndex.words(of: text), inARow: words) }
        }
        return found
      })
  }

  /// Articles with an event whose label holds every word of `text` ("in" and "on" aside).
  func eventSet(_ text: String) -> ArticleSet {
    let wanted = Set(WordIndex.words(of: text)).subtracting(["in", "on"])
    let table = collection.index.eventTable
    var set = ArticleSet(count: articleCount)
    guard !wanted.isEmpty else { return set }
    for (id, label) in table.labels.enumerated() {
      let words = Set(WordIndex.words(of: label))
      guard wanted.isSubset(of: words) else { continue }
      for article in table.articles[id] { set.insert(article) }
    }
    return set
  }

  /// Articles with a quotation said by `text` (a name, as for `person:`) or holding its words
  /// in a row.
  func quoteSet(_ text: String) -> ArticleSet {
    var set = ArticleSet(count: articleCount)
    let words = WordIndex.words(of: text)
    let table = collection.index.entityTable
    var speakers: Set<EntityKey> = []
    for kind in [EntityKind.person, .organization] {
      for id in entityIDs(kind: kind, name: text) { speakers.insert(table.keys[id]) }
    }
    var candidates = ArticleSet(
      count: articleCount,
      members: speakers.flatMap { key in
        collection.index.articles(mentioning: key).map(\.article)
      })
    if let first = words.first {
      var holding = wordIndex.articles(using: first, isPrefix: false)
      for word in words.dropFirst() { holding.formIntersection(wordIndex.articles(using: word, isPrefix: false)) }
      candidates.formUnion(holding)
    }
    for index in candidates.members {
      let matched = collection.analyses[index].quotes.contains { quote in
        if let speaker = quote.speaker, speakers.contains(EntityKey(kind: quote.speakerKind ?? .person, name: speaker)) {
          return true
        }
        return !words.isEmpty && Self.holds(WordIndex.words(of: quote.text), inARow: words)
      }
      if matched { set.insert(index) }
    }
    return set
  }

  /// True when `needle` occurs as consecutive elements of `haystack`.
  static func holds(_ haystack: [String], inARow needle: [String]) -> Bool {
    guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
    for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
      if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
    }
    return false
  }
}
