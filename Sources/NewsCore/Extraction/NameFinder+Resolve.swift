/// Passes 2 and 3: people, cue names, acronyms and every later use of a known name.
extension NameFinder {
  static let datePrepositions: WordSet = [
    "in", "since", "until", "by", "early", "late", "mid", "last", "next", "this", "of", "from", "through", "during", "on",
  ]

  mutating func resolvePeople() {
    var table = self.table
    people = PersonTable(candidates) { candidate in
      table.recordIndex(key: "person:\(candidate.paragraph):\(candidate.first)", kind: .person, placeType: nil)
    }
    for candidate in candidates {
      guard let person = people.resolve(candidate.words, at: (candidate.paragraph, candidate.first)) else { continue }
      table.add(people.people[person].record, in: article, paragraph: candidate.paragraph, candidate.first, candidate.last)
    }
    self.table = table
  }

  mutating func resolveCueNames() {
    for cue in cueNames where table.isFree(cue.paragraph, cue.first, cue.last) {
      let words = words(cue.paragraph, ArraySlice(cue.first...cue.last))
      if let person = people.resolve(words, at: (cue.paragraph, cue.first)) {
        table.add(people.people[person].record, in: article, paragraph: cue.paragraph, cue.first, cue.last)
      } else {
        addNamed(cue.kind, placeType: cue.placeType, paragraph: cue.paragraph, cue.first, cue.last)
      }
    }
  }

  /// "Hayat Tahrir al-Sham (HTS)": the acronym becomes another name of the organisation.
  mutating func resolveAcronyms() {
    for paragraph in article.paragraphs.indices {
      let tokens = article.paragraphs[paragraph].tokens
      for index in tokens.indices.dropFirst().dropLast(2) where tokens[index].mark == .openParen {
        let acronym = tokens[index + 1]
        guard tokens[index + 2].mark == .closeParen, acronym.flags.contains(.allCaps),
          table.ownerOf(paragraph, index + 1) == nil, let record = table.ownerOf(paragraph, index - 1),
          table.records[record].kind != .person, let form = table.records[record].forms.last?.text,
          NameFinder.initialsMatch(acronym.lower, form)
        else { continue }
        table.alias(NameFinder.nameKey([acronym.lower]), to: record)
        table.add(record, in: article, paragraph: paragraph, index + 1, index + 1)
      }
    }
  }

  /// The acronym's letters, in order, among the initials of the capitalised words.
  static func initialsMatch(_ acronym: String, _ name: String) -> Bool {
    let initials = name.split(whereSeparator: { $0 == " " || $0 == "-" })
      .filter { $0.first?.isUppercase == true }
      .compactMap { $0.first?.lowercased() }
    let letters = acronym.filter(\.isLetter).map { String($0) }
    guard letters.count >= 2, letters.first == initials.first else { return false }
    var position = initials.startIndex
    for letter in letters {
      guard let found = initials[position...].firstIndex(of: letter) else { return false }
      position = found + 1
    }
    return true
  }

  /// Labels every free run of capitalised words that is a known person's alias or a
  /// name found earlier in the article.
  mutating func labelKnownNames() {
    for paragraph in article.paragraphs.indices {
      let tokens = article.paragraphs[paragraph].tokens
      var index = 0
      while index < tokens.count {
        guard tokens[index].isCapitalized || PersonTable.particles.contains(tokens[index].lower),
          table.ownerOf(paragraph, index) == nil, let length = labelKnown(paragraph, index)
        else {
          index += 1
          continue
        }
        index += length
      }
    }
  }

  /// Tries the longest run first; returns its length when labelled.
  private mutating func labelKnown(_ paragraph: Int, _ start: Int) -> Int? {
    let tokens = article.paragraphs[paragraph].tokens
    var end = start
    while end < tokens.count, end - start < 6, tokens[end].kind == .word,
      tokens[end].isCapitalized || PersonTable.particles.contains(tokens[end].lower), table.ownerOf(paragraph, end) == nil
    {
      end += 1
      if tokens[end - 1].flags.contains(.possessive) { break }
    }
    guard end > start else { return nil }
    for stop in stride(from: end, to: start, by: -1) {
      guard tokens[stop - 1].isCapitalized, tokens[start].isCapitalized || stop - start > 1 else { continue }
      let words = tokens[start..<stop].map(\.lower)
      if let person = people.resolve(words, at: (paragraph, start)), acceptsShortForm(paragraph, start, stop) {
        table.add(people.people[person].record, in: article, paragraph: paragraph, start, stop - 1)
        return stop - start
      }
      if let record = table.record(forKey: NameFinder.nameKey(words)) {
        table.add(record, in: article, paragraph: paragraph, start, stop - 1)
        return stop - start
      }
    }
    return nil
  }

  /// A one-word short form that is also a common word ("May") needs a strong capital
  /// and no date context.
  private func acceptsShortForm(_ paragraph: Int, _ start: Int, _ stop: Int) -> Bool {
    guard stop - start == 1 else { return true }
    let tokens = article.paragraphs[paragraph].tokens
    let token = tokens[start]
    guard lexicon.commonWords.contains(token.lower) || lexicon.entryIndex(forKey: token.lower) != nil else { return true }
    if start > 0, lexicon.titles.contains(tokens[start - 1].lower) { return true }
    if !token.isStrongCapital { return false }
    if start > 0, NameFinder.datePrepositions.contains(tokens[start - 1].lower) { return false }
    if stop < tokens.count, tokens[stop].kind == .number { return false }
    return lexicon.entryIndex(forKey: token.lower) == nil
  }
}
