/// Pass 1 for runs that are no list phrase: person evidence and place or organisation cues.
extension NameFinder {
  static let placePrepositions: WordSet = [
    "in", "near", "outside", "across", "throughout", "towards", "toward", "around", "inside",
  ]
  static let compass: WordSet = [
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast", "northwest",
    "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "northeastern",
    "northwestern", "southeastern", "southwestern",
  ]
  static let mediaNouns: WordSet = [
    "newspaper", "agency", "broadcaster", "daily", "channel", "website", "magazine", "outlet", "tabloid", "weekly",
  ]
  /// Lower-case titles too vague to make a one-word name a person ("in general Turkish").
  static let vagueTitles: WordSet = [
    "general", "justice", "official", "chief", "head", "lady", "lord", "miss", "father", "mother", "son",
    "daughter", "brother", "sister", "wife", "husband", "leader", "expert", "author", "editor", "director",
    "forward", "driver", "player", "owner", "principal", "speaker", "executive", "champion", "boss", "manager",
    "chair", "officer", "captain", "dean", "inspector", "detective", "administrator", "teammate",
  ]

  mutating func classifyGap(_ gap: [Int], paragraph: Int) {
    guard let first = gap.first, let last = gap.last, gap.count <= 5 else { return }
    let name = ArraySlice(gap)
    let tokens = article.paragraphs[paragraph].tokens
    let before = first > 0 ? tokens[first - 1] : nil
    let after = last + 1 < tokens.count ? tokens[last + 1] : nil
    if let title = titleBefore(first, paragraph: paragraph), gap.count > 1 || !NameFinder.vagueTitles.contains(title),
      isPlausibleName(name, paragraph: paragraph, titled: true)
    {
      addCandidate(name, paragraph: paragraph, title: [])
      return
    }
    if gap.count >= 2, isPlausibleName(name, paragraph: paragraph, titled: false),
      hasPersonEvidence(name, paragraph: paragraph, before: before, after: after)
    {
      addCandidate(name, paragraph: paragraph, title: [])
      return
    }
    if let cue = cue(name, paragraph: paragraph, before: before, after: after) ?? organizationCue(name, paragraph: paragraph)
      ?? placeCue(name, paragraph: paragraph)
    {
      cueNames.append((paragraph, first, last, cue.kind, cue.placeType))
    } else if gap.count >= 2, isPlausibleName(name, paragraph: paragraph, titled: false) {
      unresolvedNames.append((paragraph, first, last))
    }
  }

  /// Runs listed with a person ("Mohamed Salah and Sadio Mane", "Richard Powers, Anuk
  /// Arudpragasam and Nadifa Mohamed") are people too.
  mutating func promoteListedNames() {
    var changed = true
    while changed {
      changed = false
      for (offset, name) in unresolvedNames.enumerated().reversed() where isListedWithPerson(name) {
        addCandidate(ArraySlice(name.first...name.last), paragraph: name.paragraph, title: [])
        unresolvedNames.remove(at: offset)
        changed = true
      }
    }
  }

  private func isListedWithPerson(_ name: (paragraph: Int, first: Int, last: Int)) -> Bool {
    let tokens = article.paragraphs[name.paragraph].tokens
    let isJoin = { (index: Int) in tokens[index].lower == "and" || tokens[index].mark == .comma }
    let candidatesHere = candidates.filter { $0.paragraph == name.paragraph }
    if name.first >= 2, isJoin(name.first - 1), candidatesHere.contains(where: { $0.last == name.first - 2 }) { return true }
    if name.last + 2 < tokens.count, isJoin(name.last + 1), candidatesHere.contains(where: { $0.first == name.last + 2 }) {
      return true
    }
    return false
  }

  static let organizationRoles: WordSet = [
    "publisher", "owner", "parent", "rival", "auditor", "maker", "carrier", "lender", "insurer", "retailer",
    "regulator", "supplier", "manufacturer", "automaker", "carmaker", "conglomerate", "startup", "subsidiary",
    "charity", "firm", "company", "operator", "chipmaker", "drugmaker", "bank", "club", "broker", "airline",
  ]

  /// "Shares of X", "publisher, X", "owner X", "economist at X", "X, the consumer
  /// health business", "X analyst": an organisation.
  private func organizationCue(_ name: ArraySlice<Int>, paragraph: Int) -> (kind: EntityKind, placeType: PlaceType?)? {
    guard let first = name.first, let last = name.last else { return nil }
    let tokens = article.paragraphs[paragraph].tokens
    let organization: (kind: EntityKind, placeType: PlaceType?) = (.organization, nil)
    var before = first - 1
    if before >= 0, tokens[before].mark == .comma { before -= 1 }
    if before >= 0, !tokens[before].isCapitalized {
      let word = tokens[before].lower
      if NameFinder.organizationRoles.contains(word) { return organization }
      if word == "of", before >= 1, ["shares", "stake", "shareholders", "subsidiary", "unit"].contains(tokens[before - 1].lower) {
        return organization
      }
      if word == "at", before >= 1, lexicon.titles.contains(tokens[before - 1].lower) { return organization }
    }
    guard last + 1 < tokens.count else { return nil }
    let after = tokens[last + 1]
    if after.kind == .word, !after.isCapitalized, ["analyst", "analysts", "economist", "strategist"].contains(after.lower) {
      return organization
    }
    guard after.mark == .comma, last + 2 < tokens.count, ["the", "a", "an"].contains(tokens[last + 2].lower) else { return nil }
    for index in (last + 3)..<min(tokens.count, last + 8) {
      if tokens[index].kind == .punctuation { return nil }
      if NameFinder.organizationRoles.contains(tokens[index].lower) || tokens[index].lower == "business" {
        return organization
      }
    }
    return nil
  }

  /// "WOODSIDE, California", "in Cupertino, California": a town before its state or
  /// country; the first run of a dateline ("PANMUNJOM, South Korea —").
  private func placeCue(_ name: ArraySlice<Int>, paragraph: Int) -> (kind: EntityKind, placeType: PlaceType?)? {
    guard let first = name.first, let last = name.last, last + 2 < article.paragraphs[paragraph].tokens.count else {
      return nil
    }
    let tokens = article.paragraphs[paragraph].tokens
    guard tokens[last + 1].mark == .comma || tokens[last + 1].mark == .openParen else { return nil }
    if first == 0, article.paragraphs[..<paragraph].allSatisfy({ $0.kind != .body }),
      name.allSatisfy({ tokens[$0].flags.contains(.allCaps) })
    {
      return (.place, .city)
    }
    guard tokens[last + 1].mark == .comma, let place = entryIndex(tokens[last + 2].lower, at: (paragraph, last + 2)),
      let type = lexicon.entries[place].placeType, type == .country || type == .region,
      last + 3 >= tokens.count || tokens[last + 3].kind == .punctuation
    else { return nil }
    return (.place, .city)
  }

  /// A lower-case title right before the run ("spokesman Dmitry Peskov"), or before
  /// its comma ("the company's founder, Elon Musk,").
  private func titleBefore(_ first: Int, paragraph: Int) -> String? {
    let tokens = article.paragraphs[paragraph].tokens
    var index = first - 1
    if index > 0, tokens[index].mark == .comma { index -= 1 }
    guard index >= 0, tokens[index].kind == .word, !tokens[index].isCapitalized, lexicon.titles.contains(tokens[index].lower)
    else { return nil }
    return tokens[index].lower
  }

  /// A first name, a speech verb next to the run, or an appositive title after it.
  private func hasPersonEvidence(_ name: ArraySlice<Int>, paragraph: Int, before: Token?, after: Token?) -> Bool {
    guard let first = name.first, let last = name.last else { return false }
    if lexicon.firstNames.contains(token(paragraph, first).lower) { return true }
    if let after, lexicon.speechVerbs.contains(after.lower) { return true }
    if let before, ["said", "says", "told", "added"].contains(before.lower) { return true }
    let tokens = article.paragraphs[paragraph].tokens
    guard last + 2 < tokens.count, tokens[last + 1].mark == .comma else { return false }
    for index in (last + 2)..<min(tokens.count, last + 6) {
      if tokens[index].kind == .punctuation { return false }
      if lexicon.titles.contains(tokens[index].lower), !NameFinder.vagueTitles.contains(tokens[index].lower) { return true }
    }
    return false
  }

  /// "in X", "X province", "city of X", "south X": a place. "the X said", "X news
  /// agency", "newspaper X": an organisation.
  private func cue(_ name: ArraySlice<Int>, paragraph: Int, before: Token?, after: Token?) -> (
    kind: EntityKind, placeType: PlaceType?
  )? {
    guard let first = name.first else { return nil }
    let words = words(paragraph, name)
    if words.allSatisfy({ lexicon.commonWords.contains($0) || lexicon.demonyms[$0] != nil }) { return nil }
    let tokens = article.paragraphs[paragraph].tokens
    let beforeWord = before?.kind == .word ? before?.lower : nil
    let afterWord = after?.kind == .word ? after?.lower : nil
    if let afterWord, after?.isCapitalized == false, lexicon.placeNouns.contains(afterWord) {
      return (.place, ["city", "town", "village", "port"].contains(afterWord) ? .city : .region)
    }
    if let beforeWord, before?.isCapitalized == false {
      if NameFinder.placePrepositions.contains(beforeWord) || NameFinder.compass.contains(beforeWord) {
        return name.allSatisfy({ tokens[$0].flags.contains(.allCaps) }) ? nil : (.place, nil)
      }
      if beforeWord == "of", first >= 2 {
        let noun = tokens[first - 2].lower
        if lexicon.placeNouns.contains(noun) || noun == "capital" || noun == "resort" {
          return (.place, ["city", "town", "village", "port", "capital", "resort"].contains(noun) ? .city : .region)
        }
      }
      if NameFinder.mediaNouns.contains(beforeWord) { return (.organization, nil) }
    }
    if let afterWord {
      if NameFinder.mediaNouns.contains(afterWord) || afterWord == "news" { return (.organization, nil) }
      if beforeWord == "the", lexicon.speechVerbs.contains(afterWord) { return (.organization, nil) }
    }
    return nil
  }

  /// Records a person candidate with the title and nationality written before it.
  mutating func addCandidate(_ name: ArraySlice<Int>, paragraph: Int, title: [String]) {
    guard let first = name.first, let last = name.last else { return }
    let context = titleContext(before: first, paragraph: paragraph)
    candidates.append(
      PersonCandidate(
        paragraph: paragraph, first: first, last: last, words: words(paragraph, name),
        nationality: context.nationality, title: title.isEmpty ? context.title : title))
  }

  /// Walks back from a name over title words ("Foreign Minister"), to a demonym
  /// ("Russian") or a possessive country ("Russia's").
  func titleContext(before index: Int, paragraph: Int) -> (title: [String], nationality: String?) {
    let tokens = article.paragraphs[paragraph].tokens
    var title: [String] = []
    var position = index - 1
    while position >= 0, index - position <= 6 {
      let token = tokens[position]
      guard token.kind == .word else { break }
      if lexicon.titles.contains(token.lower) || lexicon.titleModifiers.contains(token.lower) || token.lower == "of" {
        title.insert(token.lower, at: 0)
      } else if let country = lexicon.demonyms[token.lower] {
        return (title, country)
      } else if token.flags.contains(.possessive), let entry = lexicon.entry(forKey: token.lower), entry.placeType == .country {
        return (title, entry.canonical)
      } else if !lexicon.organizationKeywords.contains(token.lower), lexicon.entryIndex(forKey: token.lower) == nil {
        break
      }
      position -= 1
    }
    return (title, nil)
  }
}
