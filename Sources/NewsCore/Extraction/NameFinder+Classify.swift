/// Pass 1: deciding what a chunk of capitalised words is.
extension NameFinder {
  static let monthsAndWeekdays: WordSet = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]
  static let weekdays: WordSet = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

  mutating func classify(_ chunk: [Int], paragraph: Int) {
    var chunk = ArraySlice(chunk)
    while let first = chunk.first, droppable(first, paragraph: paragraph, chunk: chunk) { chunk = chunk.dropFirst() }
    guard !chunk.isEmpty else { return }
    if let title = titleRun(chunk, paragraph: paragraph) {
      let left = chunk[chunk.startIndex..<title.lowerBound]
      let right = chunk[title.upperBound...]
      if !left.isEmpty { classifyPlain(left, paragraph: paragraph) }
      if !right.isEmpty { classifyTitled(right, title: chunk[title], paragraph: paragraph) }
      return
    }
    classifyPlain(chunk, paragraph: paragraph)
  }

  /// A leading word that is no part of a name: "The", "But", a weak "Yesterday",
  /// "Monday" (unless the words after it form a list phrase with it).
  private func droppable(_ index: Int, paragraph: Int, chunk: ArraySlice<Int>) -> Bool {
    let token = token(paragraph, index)
    if token.flags.contains(.allCaps) && !token.flags.contains(.weakCase) { return false }
    if let phrase = longestPhrase(chunk, paragraph: paragraph), phrase.length > 1 { return false }
    if lexicon.functionWords.contains(token.lower) { return true }
    if NameFinder.monthsAndWeekdays.contains(token.lower) { return true }
    let weak = token.isSentenceStart || token.flags.contains(.weakCase)
    return weak && lexicon.commonWords.contains(token.lower) && (chunk.count == 1 || !hasKeyword(chunk, paragraph: paragraph))
  }

  func hasKeyword(_ chunk: ArraySlice<Int>, paragraph: Int) -> Bool {
    if chunk.count > 1, let last = chunk.last, lexicon.companySuffixes.contains(token(paragraph, last).lower) { return true }
    for (offset, index) in chunk.enumerated() {
      let word = token(paragraph, index).lower
      guard lexicon.organizationKeywords.contains(word) || lexicon.placeKeywords.contains(word) else { continue }
      if offset > 0 { return true }
      if chunk.count > 1, ["mount", "lake", "cape", "isle", "fort", "port"].contains(word) { return true }
      if chunk.count > 2, NameChunker.connectors.contains(token(paragraph, chunk[chunk.startIndex + 1]).lower) { return true }
    }
    return false
  }

  /// The title words of "Russian Foreign Minister Sergei Lavrov" when a name follows
  /// them and no list phrase spans them ("General Motors", "Secretary of State" is fine).
  /// A title may hold up to two other words before its last title word ("Chief
  /// Financial Officer", "Chief Cabinet Secretary"); an organisation before it stays
  /// out ("Federal Reserve Chair Jerome Powell").
  private func titleRun(_ chunk: ArraySlice<Int>, paragraph: Int) -> Range<Int>? {
    var position = chunk.startIndex
    while position < chunk.endIndex {
      guard lexicon.titles.contains(token(paragraph, chunk[position]).lower), !insidePhrase(chunk, position, paragraph) else {
        position += 1
        continue
      }
      var start = position
      while start > chunk.startIndex, isTitleWord(chunk[start - 1], paragraph) { start -= 1 }
      let end = titleEnd(chunk, after: position, paragraph: paragraph)
      if end < chunk.endIndex, !hasKeyword(chunk[end...], paragraph: paragraph),
        !lexicon.organizationKeywords.contains(token(paragraph, chunk[end]).lower)
      {
        return start..<end
      }
      position = end
    }
    return nil
  }

  private func isTitleWord(_ index: Int, _ paragraph: Int) -> Bool {
    let word = token(paragraph, index).lower
    return lexicon.titles.contains(word) || lexicon.titleModifiers.contains(word)
  }

  /// The end of the title that starts with the title word at `position`.
  private func titleEnd(_ chunk: ArraySlice<Int>, after position: Int, paragraph: Int) -> Int {
    var end = position + 1
    while end < chunk.endIndex {
      let word = token(paragraph, chunk[end]).lower
      if isTitleWord(chunk[end], paragraph)
        || (word == "of" && end + 1 < chunk.endIndex && isTitleWord(chunk[end + 1], paragraph))
      {
        end += 1
        continue
      }
      let ahead = (end + 1)..<min(chunk.endIndex, end + 3)
      guard word != "of", word != "for", !token(paragraph, chunk[end]).flags.contains(.possessive),
        let title = ahead.first(where: { lexicon.titles.contains(token(paragraph, chunk[$0]).lower) }),
        title + 1 < chunk.endIndex
      else { break }
      end = title + 1
    }
    return end
  }

  private func insidePhrase(_ chunk: ArraySlice<Int>, _ position: Int, _ paragraph: Int) -> Bool {
    for start in chunk.startIndex...position {
      if let phrase = longestPhrase(chunk[start...], paragraph: paragraph), start + phrase.length > position { return true }
    }
    return false
  }

  /// Names after a title: a person unless the whole is a list phrase.
  private mutating func classifyTitled(_ name: ArraySlice<Int>, title: ArraySlice<Int>, paragraph: Int) {
    var name = name
    if let first = name.first, NameChunker.connectors.contains(token(paragraph, first).lower) {
      classifyPlain(name.dropFirst(), paragraph: paragraph)  // "MP for Maidenhead": the title's complement
      return
    }
    while let first = name.first, lexicon.functionWords.contains(token(paragraph, first).lower) { name = name.dropFirst() }
    guard let first = name.first, let last = name.last else { return }
    if let phrase = longestPhrase(name, paragraph: paragraph), phrase.length == name.count {
      addLexicon(phrase.entry, paragraph: paragraph, first, last)
      return
    }
    guard name.count <= 5, isPlausibleName(name, paragraph: paragraph, titled: true) else {
      classifyPlain(name, paragraph: paragraph)
      return
    }
    addCandidate(name, paragraph: paragraph, title: words(paragraph, title))
  }

  /// A chunk without a title: a list phrase, a keyword name, or runs between list phrases.
  mutating func classifyPlain(_ chunk: ArraySlice<Int>, paragraph: Int) {
    guard let first = chunk.first, let last = chunk.last else { return }
    if let phrase = longestPhrase(chunk, paragraph: paragraph), phrase.length == chunk.count {
      addLexicon(phrase.entry, paragraph: paragraph, first, last)
      return
    }
    if let listed = listedAfterAdjectives(chunk, paragraph: paragraph) {
      addLexicon(listed.entry, paragraph: paragraph, listed.first, last)  // "Republican Senate": the Senate
      return
    }
    if hasKeyword(chunk, paragraph: paragraph), !isWeakSentence(chunk, paragraph: paragraph) {
      addKeywordName(chunk, paragraph: paragraph)
      return
    }
    var gap: [Int] = []
    var position = chunk.startIndex
    while position < chunk.endIndex {
      let index = chunk[position]
      let word = token(paragraph, index).lower
      let firstNameAhead =
        lexicon.firstNames.contains(word) && position + 1 < chunk.endIndex
        && isSurnameAfterFirstName(chunk, position + 1, paragraph: paragraph)
      if !firstNameAhead, let phrase = longestPhrase(chunk[position...], paragraph: paragraph) {
        classifyGap(gap, paragraph: paragraph)
        gap = []
        addLexicon(phrase.entry, paragraph: paragraph, index, chunk[position + phrase.length - 1])
        position += phrase.length
      } else if gap.isEmpty, lexicon.demonyms[word] != nil {
        position += 1
      } else if firstNameAhead, position + 2 == chunk.endIndex {
        gap += [index, chunk[position + 1]]  // "Naomi Osaka": the city is her surname
        position += 2
      } else {
        gap.append(index)
        position += 1
      }
    }
    classifyGap(gap, paragraph: paragraph)
  }

  static let politicalAdjectives: WordSet = [
    "republican", "democratic", "democrat", "conservative", "liberal", "socialist", "communist", "labour", "tory",
    "centrist", "nationalist", "federal", "state",
  ]

  /// A list phrase after adjectives of party or nationality: "Republican Senate",
  /// "Turkish Grand National Assembly", "Former Food and Drug Administration".
  private func listedAfterAdjectives(_ chunk: ArraySlice<Int>, paragraph: Int) -> (entry: Int, first: Int)? {
    var rest = chunk
    while rest.count > 1, let first = rest.first {
      let word = token(paragraph, first).lower
      guard
        lexicon.demonyms[word] != nil || NameFinder.politicalAdjectives.contains(word)
          || lexicon.titleModifiers.contains(word)
      else { break }
      rest = rest.dropFirst()
    }
    guard rest.count < chunk.count, let first = rest.first, let phrase = longestPhrase(rest, paragraph: paragraph),
      phrase.length == rest.count
    else { return nil }
    return (phrase.entry, first)
  }

  /// A run in a headline or an all-caps line that holds common words ("BANK OF JAPAN
  /// ENDS NEGATIVE RATES"): no keyword name, only list phrases.
  private func isWeakSentence(_ chunk: ArraySlice<Int>, paragraph: Int) -> Bool {
    chunk.allSatisfy { token(paragraph, $0).flags.contains(.weakCase) }
      && chunk.contains { index in
        let word = token(paragraph, index).lower
        return lexicon.commonWords.contains(word) && !lexicon.organizationKeywords.contains(word)
          && !lexicon.placeKeywords.contains(word) && !NameChunker.connectors.contains(word)
      }
  }

  /// The word after a first name is a surname unless it is a list entry; a city that
  /// ends the run is a surname too ("Naomi Osaka", "Jack London").
  private func isSurnameAfterFirstName(_ chunk: ArraySlice<Int>, _ position: Int, paragraph: Int) -> Bool {
    guard let entry = entryIndex(token(paragraph, chunk[position]).lower, at: (paragraph, chunk[position])) else {
      return true
    }
    return position + 1 == chunk.endIndex && lexicon.entries[entry].placeType == .city
  }

  /// "Syrian Observatory for Human Rights", "Idlib Province", "Acme Corp".
  private mutating func addKeywordName(_ chunk: ArraySlice<Int>, paragraph: Int) {
    guard let first = chunk.first, var last = chunk.last else { return }
    let lastWord = token(paragraph, last).lower
    let firstWord = token(paragraph, first).lower
    let isPlace =
      (lexicon.placeKeywords.contains(lastWord) || ["mount", "lake", "cape", "isle", "fort", "port", "gulf"].contains(firstWord))
      && !chunk.contains { lexicon.organizationKeywords.contains(token(paragraph, $0).lower) }
    if lexicon.companySuffixes.contains(lastWord), chunk.count > 1 {
      var name = chunk.dropLast()
      if let ampersand = name.last, token(paragraph, ampersand).kind == .punctuation { name = name.dropLast() }
      guard let nameLast = name.last else { return }
      if let entry = entryIndex(words(paragraph, name).joined(separator: " "), at: (paragraph, first)) {
        addLexicon(entry, paragraph: paragraph, first, nameLast)  // "Apple Inc" is Apple
      } else {
        addNamed(.organization, placeType: nil, paragraph: paragraph, first, nameLast)  // "Kenvue Inc" is Kenvue
      }
      return
    }
    if isPlace, ["province", "governorate", "district", "prefecture", "oblast", "region"].contains(lastWord), chunk.count > 1 {
      last = chunk[chunk.endIndex - 2]
      if let entry = entryIndex(words(paragraph, chunk.dropLast()).joined(separator: " "), at: (paragraph, first)) {
        addLexicon(entry, paragraph: paragraph, first, last)
        return
      }
    }
    addNamed(isPlace ? .place : .organization, placeType: isPlace ? .region : nil, paragraph: paragraph, first, last)
  }

  /// Plausible as a name: no weekday, no function word inside, common words only as
  /// first names or a final month ("Theresa May").
  func isPlausibleName(_ name: ArraySlice<Int>, paragraph: Int, titled: Bool) -> Bool {
    for (offset, index) in name.enumerated() {
      let token = token(paragraph, index)
      if token.kind != .word || NameFinder.weekdays.contains(token.lower) { return false }
      let finalMonth = offset > 0 && offset == name.count - 1 && NameFinder.monthsAndWeekdays.contains(token.lower)
      if offset > 0, !finalMonth, lexicon.functionWords.contains(token.lower) { return false }
      if offset > 0, !finalMonth, lexicon.commonWords.contains(token.lower), !lexicon.firstNames.contains(token.lower) {
        return false
      }
      if lexicon.demonyms[token.lower] != nil, !titled { return false }
    }
    if name.count == 1, !titled { return false }
    if name.allSatisfy({ token(paragraph, $0).flags.contains(.allCaps) }), !titled { return false }
    return true
  }
}
