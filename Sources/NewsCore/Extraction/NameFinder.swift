/// Finds the people, places and organisations of one article.
///
/// Pass 1 reads every chunk of capitalised words: list entries become places and
/// organisations at once; runs with evidence (a title, a first name, a speech verb)
/// become person candidates; runs with a place or organisation cue ("in X", "X
/// province", "the X said") are kept as cue names. Pass 2 merges the candidates into
/// people and labels every short form of them, anywhere (one sense per document).
/// Pass 3 labels cue names and every later use of them, and acronyms given in brackets.
struct NameFinder {
  let lexicon: Lexicon
  let article: ParsedArticle
  var table: EntityTable
  var candidates: [PersonCandidate] = []
  var cueNames: [(paragraph: Int, first: Int, last: Int, kind: EntityKind, placeType: PlaceType?)] = []
  var people = PersonTable([], makeRecord: { _ in 0 })
  /// Runs that look like names but had no evidence: people when listed beside one.
  var unresolvedNames: [(paragraph: Int, first: Int, last: Int)] = []
  /// The article is about sport: a club named like a city is the club.
  let isAboutSport: Bool

  init(_ article: ParsedArticle, lexicon: Lexicon = .shared) {
    self.lexicon = lexicon
    self.article = article
    table = EntityTable(article)
    isAboutSport = NameFinder.isAboutSport(article, lexicon: lexicon)
  }

  /// Three or more different sports words.
  static func isAboutSport(_ article: ParsedArticle, lexicon: Lexicon) -> Bool {
    var seen: Set<String> = []
    for paragraph in article.paragraphs {
      for token in paragraph.tokens where token.kind == .word && lexicon.sportsWords.contains(token.lower) {
        seen.insert(token.lower)
        if seen.count >= 3 { return true }
      }
    }
    return false
  }

  /// Runs the passes and returns the finished table and people.
  static func find(in article: ParsedArticle) -> NameFinder {
    var finder = NameFinder(article)
    for paragraph in article.paragraphs.indices {
      let chunker = NameChunker(lexicon: finder.lexicon, paragraph: article.paragraphs[paragraph])
      for sentence in article.paragraphs[paragraph].sentences {
        for chunk in chunker.chunks(in: sentence) { finder.classify(chunk, paragraph: paragraph) }
      }
      finder.readHyphenModifiers(paragraph, chunker: chunker)
    }
    finder.promoteListedNames()
    finder.resolvePeople()
    finder.resolveCueNames()
    finder.resolveAcronyms()
    finder.labelKnownNames()
    return finder
  }

  func token(_ paragraph: Int, _ index: Int) -> Token { article.paragraphs[paragraph].tokens[index] }

  func words(_ paragraph: Int, _ indexes: ArraySlice<Int>) -> [String] { indexes.map { token(paragraph, $0).lower } }

  // MARK: Lexicon

  /// The longest list phrase starting at `chunk[start]`: its length in chunk tokens and
  /// entry index. A one-word phrase that is also a common word ("Who", "Us") counts only
  /// when written in capitals outside an all-caps line.
  ///
  /// Grows the phrase a word at a time and stops once no listed phrase starts with it.
  func longestPhrase(_ chunk: ArraySlice<Int>, paragraph: Int) -> (length: Int, entry: Int)? {
    let start = chunk.startIndex
    let limit = min(lexicon.longestPhrase + 1, chunk.count)
    var key = ""
    var found: (length: Int, entry: Int)?
    var length = 0
    while length < limit {
      length += 1
      let word = token(paragraph, chunk[start + length - 1]).lower
      if !word.isEmpty { key = key.isEmpty ? word : key + " " + word }
      guard !key.isEmpty else { continue }
      guard lexicon.phrasePrefixes.contains(key) else { break }
      if let entry = entryIndex(key, at: (paragraph, chunk[start])) {
        if length > 1 || acceptsSingleWord(token(paragraph, chunk[start]), key: key) { found = (length, entry) }
      }
    }
    return found
  }

  /// The list entry of `key` written at `position`: in an article about sport, a club
  /// named like a city unless the name follows "in" ("in Liverpool").
  func entryIndex(_ key: String, at position: (paragraph: Int, token: Int)) -> Int? {
    if isAboutSport, let club = lexicon.clubsNamedLikePlaces[key] {
      let previous = position.token > 0 ? token(position.paragraph, position.token - 1).lower : ""
      if !NameFinder.placePrepositions.contains(previous) { return club }
    }
    return lexicon.entryIndex(forKey: key)
  }

  /// A one-word entry that is a common word counts in capitals only, outside an
  /// all-caps line; one listed only as an acronym ("UN") counts in capitals only.
  private func acceptsSingleWord(_ token: Token, key: String) -> Bool {
    if lexicon.acronymKeys.contains(key) { return token.flags.contains(.allCaps) }
    guard lexicon.commonWords.contains(token.lower) else { return true }
    return token.flags.contains(.allCaps) && !token.flags.contains(.weakCase)
  }

  mutating func addLexicon(_ entry: Int, paragraph: Int, _ first: Int, _ last: Int, span: TextSpan? = nil) {
    let item = lexicon.entries[entry]
    let record = table.recordIndex(key: "list:\(entry)", kind: item.kind, placeType: item.placeType, listName: item.canonical)
    table.add(record, in: article, paragraph: paragraph, first, last, span: span)
  }

  /// A place or organisation found by a keyword or a cue, keyed by its words.
  mutating func addNamed(
    _ kind: EntityKind, placeType: PlaceType?, paragraph: Int, _ first: Int, _ last: Int, span: TextSpan? = nil
  ) {
    let key = NameFinder.nameKey(words(paragraph, ArraySlice(first...last)))
    let record = table.record(forKey: key) ?? table.recordIndex(key: key, kind: kind, placeType: placeType)
    table.add(record, in: article, paragraph: paragraph, first, last, span: span)
  }

  static func nameKey(_ words: [String]) -> String { "name:" + words.joined(separator: " ") }

  // MARK: Hyphen modifiers

  /// "Russia-backed", "US-led", "Turkey-Syria": the capitalised parts are mentions when
  /// they are list entries.
  mutating func readHyphenModifiers(_ paragraph: Int, chunker: NameChunker) {
    let tokens = article.paragraphs[paragraph].tokens
    for index in tokens.indices where tokens[index].flags.contains(.hyphenated) && tokens[index].isCapitalized {
      guard table.ownerOf(paragraph, index) == nil else { continue }
      let token = tokens[index]
      let bytes = article.paragraphs[paragraph].bytes
      let end = chunker.hyphenPrefixEnd(token) ?? token.stemEnd
      if end < token.stemEnd {
        if let entry = lexicon.entryIndex(forKey: Scalars.lowercased(bytes, token.start, end)) {
          addLexicon(
            entry, paragraph: paragraph, index, index, span: TextSpan(paragraph: paragraph, start: token.start, end: end))
        }
      } else if lexicon.entryIndex(forKey: token.lower) == nil {
        splitCompound(paragraph, index)
      }
    }
  }

  /// "Turkey-Syria", "Israeli-Palestinian": every part a list place or a demonym.
  private mutating func splitCompound(_ paragraph: Int, _ index: Int) {
    let token = token(paragraph, index)
    let bytes = article.paragraphs[paragraph].bytes
    var parts: [(start: Int, end: Int)] = []
    var start = token.start
    for offset in token.start..<token.stemEnd where bytes[offset] == UInt8(ascii: "-") {
      parts.append((start, offset))
      start = offset + 1
    }
    parts.append((start, token.stemEnd))
    let keys = parts.map { Scalars.lowercased(bytes, $0.start, $0.end) }
    let entries = keys.map { lexicon.entryIndex(forKey: $0) }
    guard keys.indices.allSatisfy({ entries[$0] != nil || lexicon.demonyms[keys[$0]] != nil }) else { return }
    for (part, entry) in zip(parts, entries) {
      guard let entry, lexicon.entries[entry].kind == .place else { continue }
      let item = lexicon.entries[entry]
      let record = table.recordIndex(key: "list:\(entry)", kind: .place, placeType: item.placeType, listName: item.canonical)
      table.addPart(
        record, in: article, paragraph: paragraph, index, span: TextSpan(paragraph: paragraph, start: part.start, end: part.end))
    }
  }
}
