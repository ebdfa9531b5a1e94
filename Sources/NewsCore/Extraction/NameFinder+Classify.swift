/// Pass 1: deciding what a chunk of capitalised words is.
extension NameFinder {
  static let monthsAndWeekdays: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]
  static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

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
  private func titleRun(_ chunk: ArraySlice<Int>, paragraph: Int) -> Range<Int>? {
    let isTitleWord = { (index: Int) -> Bool in
      let word = self.token(paragraph, index).lower
      return self.lexicon.titles.contains(word) || self.lexicon.titleModifiers.contains(word)
    }
    var position = chunk.startIndex
    while position < chunk.endIndex {
      guard lexicon.titles.contains(token(paragraph, chunk[position]).lower), !insidePhrase(chunk, position, paragraph) else {
        position += 1
        continue
      }
      var start = position
      while start > chunk.startIndex, isTitleWord(chunk[start - 1]) { start -= 1 }
      var end = position + 1
      while end < chunk.endIndex {
        let word = token(paragraph, chunk[end]).lower
        if isTitleWord(chunk[end]) || (word == "of" && end + 1 < chunk.endIndex && isTitleWord(chunk[end + 1])) {
          end += 1
        } else {
          break
        }
      }
      guard end < chunk.endIndex, !hasKeyword(chunk[end...], paragraph: paragraph),
        !lexicon.organizationKeywords.contains(token(paragraph, chunk[end]).lower)
      else { return nil }
      return start..<end
    }
    return nil
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
    if hasKeyword(chunk, paragraph: paragraph) {
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
        && lexicon.entryIndex(forKey: token(paragraph, chunk[position + 1]).lower) == nil
      if !firstNameAhead, let phrase = longestPhrase(chunk[position...], paragraph: paragraph) {
        classifyGap(gap, paragraph: paragraph)
        gap = []
        addLexicon(phrase.entry, paragraph: paragraph, index, chunk[position + phrase.length - 1])
        position += phrase.length
      } else if gap.isEmpty, lexicon.demonyms[word] != nil {
        position += 1
      } else {
        gap.append(index)
        position += 1
      }
    }
    classifyGap(gap, paragraph: paragraph)
  }

  /// "Syrian Observatory for Human Rights", "Idlib Province", "Acme Corp".
  private mutating func addKeywordName(_ chunk: ArraySlice<Int>, paragraph: Int) {
    guard let first = chunk.first, var last = chunk.last else { return }
    let lastWord = token(paragraph, last).lower
    let firstWord = token(paragraph, first).lower
    let isPlace =
      (lexicon.placeKeywords.contains(lastWord) || ["mount", "lake", "cape", "isle", "fort", "port", "gulf"].contains(firstWord))
      && !chunk.contains { lexicon.organizationKeywords.contains(token(paragraph, $0).lower) }
    if lexicon.companySuffixes.contains(lastWord),
      let entry = lexicon.entryIndex(forKey: words(paragraph, chunk.dropLast()).joined(separator: " "))
    {
      addLexicon(entry, paragraph: paragraph, first, last)  // "Apple Inc" is Apple
      return
    }
    if isPlace, ["province", "governorate", "district", "prefecture", "oblast", "region"].contains(lastWord), chunk.count > 1 {
      last = chunk[chunk.endIndex - 2]
      if let entry = lexicon.entryIndex(forKey: words(paragraph, chunk.dropLast()).joined(separator: " ")) {
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
