/// Cuts a sentence into chunks: maximal runs of capitalised words, joined by name
/// particles ("bin", "de", "von der"), by "of"/"for" after an organisation or title word
/// ("Syrian Observatory for Human Rights", "Secretary of State") and across the point of
/// "Mr." or "Gen.".
struct NameChunker {
  let lexicon: Lexicon
  let paragraph: ParsedArticle.Paragraph

  static let connectors: WordSet = ["of", "for", "on"]
  static let abbreviatedTitles: WordSet = [
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "rev", "prof", "sen", "rep", "gov", "st",
    "brig", "adm", "cmdr", "lieut", "hon",
  ]

  /// Chunks of a token range, each a list of token indexes in order.
  func chunks(in range: Range<Int>) -> [[Int]] {
    var result: [[Int]] = []
    var index = range.lowerBound
    while index < range.upperBound {
      guard startsChunk(index, limit: range.upperBound) else {
        index += 1
        continue
      }
      var chunk = [index]
      var next = index + 1
      while next < range.upperBound, !endsAtPossessive(chunk[chunk.count - 1], limit: range.upperBound),
        let step = continuation(of: chunk, at: next, limit: range.upperBound)
      {
        chunk.append(contentsOf: step)
        next = (step.last ?? next) + 1
      }
      result.append(chunk)
      index = next
    }
    return result
  }

  /// A possessive ends a name ("Russia's Foreign Ministry"), unless it is a common noun
  /// inside one ("Tigray People's Liberation Front", "Workers' Party").
  private func endsAtPossessive(_ index: Int, limit: Int) -> Bool {
    let token = paragraph.tokens[index]
    guard token.flags.contains(.possessive) else { return false }
    return !(NameChunker.possessiveNouns.contains(token.lower) && index + 1 < limit && isName(index + 1))
  }

  /// Plural nouns whose possessive stands inside organisation names.
  static let possessiveNouns: WordSet = [
    "people", "peoples", "workers", "women", "children", "veterans", "farmers", "teachers", "nurses", "doctors",
    "men", "citizens", "employees", "consumers", "journalists", "writers", "lawyers", "students", "miners",
  ]

  func isName(_ index: Int) -> Bool {
    let token = paragraph.tokens[index]
    return token.isCapitalized && !isHyphenModifier(token)
  }

  /// "Russia-backed", "US-led": a capitalised part then a lower-case one. A short
  /// lower-case syllable after a name that is no list entry is part of a given name
  /// ("Moon Jae-in", "Ban Ki-moon", "Kim Yo-jong").
  func isHyphenModifier(_ token: Token) -> Bool {
    guard token.flags.contains(.hyphenated), token.isCapitalized, !token.flags.contains(.particlePrefixed),
      let end = hyphenPrefixEnd(token)
    else {
      return false
    }
    guard token.stemEnd - end - 1 <= 5, end - token.start <= 4 else { return true }
    let prefix = Scalars.lowercased(paragraph.bytes, token.start, end)
    if lexicon.entryIndex(forKey: prefix) != nil || lexicon.demonyms[prefix] != nil { return true }
    return !NameChunker.isGivenNameSyllable(Scalars.lowercased(paragraph.bytes, end + 1, token.stemEnd))
  }

  /// One syllable of a romanised Korean or Chinese given name: up to five letters, no
  /// English modifier ending.
  static func isGivenNameSyllable(_ word: String) -> Bool {
    guard (2...5).contains(word.utf8.count), word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return false }
    return !modifierWords.contains(word) && !word.hasSuffix("ed") && !word.hasSuffix("ing") && !word.hasSuffix("ly")
  }

  static let modifierWords: WordSet = [
    "led", "run", "era", "wide", "style", "made", "born", "based", "owned", "held", "free", "like", "type",
    "class", "level", "bound", "only", "proof", "scale", "size", "term", "year", "day", "week", "old", "new",
    "up", "out", "off", "down", "over", "back",
  ]

  /// The end of the capitalised part of a hyphen modifier.
  func hyphenPrefixEnd(_ token: Token) -> Int? {
    let bytes = paragraph.bytes
    var index = token.start
    while index < token.stemEnd - 1 {
      if bytes[index] == UInt8(ascii: "-") {
        let (scalar, _) = Scalars.decode(bytes, at: index + 1)
        if Scalars.isLetter(scalar) && !Scalars.isUpper(scalar) { return index }
      }
      index += 1
    }
    return nil
  }

  private func startsChunk(_ index: Int, limit: Int) -> Bool {
    if isName(index) { return true }
    let token = paragraph.tokens[index]
    guard token.kind == .word, PersonTable.particles.contains(token.lower), index + 1 < limit, isName(index + 1),
      index > 0
    else { return false }
    let previous = paragraph.tokens[index - 1].lower
    return lexicon.titles.contains(previous) || lexicon.speechVerbs.contains(previous)
  }

  /// The tokens that extend `chunk` at `index`, or nil when the chunk ends there.
  private func continuation(of chunk: [Int], at index: Int, limit: Int) -> [Int]? {
    let tokens = paragraph.tokens
    let token = tokens[index]
    if isName(index) { return [index] }
    guard index + 1 < limit else { return nil }
    if token.mark == .period, let last = chunk.last, isName(index + 1),
      NameChunker.abbreviatedTitles.contains(tokens[last].lower) || isInitial(tokens[last])
    {
      return [index + 1]  // "Gen. Qassem Soleimani", "George W. Bush", "S. Somanath"
    }
    if token.kind == .punctuation, let last = chunk.last, isPluralApostrophe(token, after: tokens[last]), isName(index + 1) {
      return [index, index + 1]  // "Workers' Party"
    }
    if token.kind == .word, !token.isCapitalized, lexicon.innerWords.contains(token.lower),
      let end = listedPhraseEnd(chunk, across: index, limit: limit)
    {
      return Array(index...end)  // "Food and Drug Administration"
    }
    if token.kind == .punctuation, paragraph.bytes[token.start] == UInt8(ascii: "&"), isName(index + 1) {
      return [index, index + 1]
    }
    guard token.kind == .word, !token.isCapitalized else { return nil }
    if PersonTable.particles.contains(token.lower) {
      if isName(index + 1) { return [index, index + 1] }
      if index + 2 < limit, PersonTable.particles.contains(tokens[index + 1].lower), isName(index + 2) {
        return [index, index + 1, index + 2]
      }
      return nil
    }
    guard NameChunker.connectors.contains(token.lower), allowsConnector(token.lower, after: chunk) else { return nil }
    var next = index + 1
    if next + 1 < limit, tokens[next].lower == "the" { next += 1 }
    guard isName(next), !NameFinder.monthsAndWeekdays.contains(tokens[next].lower) else { return nil }
    return Array(index...next)
  }

  /// A single capital letter: an initial ("W" of "George W. Bush").
  private func isInitial(_ token: Token) -> Bool {
    token.kind == .word && token.end - token.start == 1 && token.isCapitalized
  }

  /// The apostrophe of "Workers'": right after a plural noun of `possessiveNouns`.
  private func isPluralApostrophe(_ token: Token, after previous: Token) -> Bool {
    guard token.start == previous.end, token.end - token.start <= 3,
      Scalars.isApostrophe(Scalars.decode(paragraph.bytes, at: token.start).0)
    else { return false }
    return NameChunker.possessiveNouns.contains(previous.lower)
  }

  /// The last token of a listed name that starts in `chunk` and runs across the
  /// lower-case word at `index`, ending in a capitalised word.
  private func listedPhraseEnd(_ chunk: [Int], across index: Int, limit: Int) -> Int? {
    let tokens = paragraph.tokens
    for start in chunk.suffix(3) {
      var words: [String] = []
      var best: Int?
      var position = start
      while position < limit, words.count < lexicon.longestPhrase {
        let token = tokens[position]
        if token.kind != .punctuation { words.append(token.lower) }
        if position > index, token.isCapitalized, lexicon.entryIndex(forKey: words.joined(separator: " ")) != nil {
          best = position
        }
        guard token.kind != .punctuation || token.spaceBeforeOrAmpersand(paragraph.bytes) else { break }
        position += 1
      }
      if let best { return best }
    }
    return nil
  }

  /// "of"/"for"/"on" join after an organisation or place word anywhere in the chunk
  /// ("Organisation for the Prohibition of Chemical Weapons"); "of"/"for" also right
  /// after a title ("Secretary of State", "Minister for Foreign Affairs").
  private func allowsConnector(_ connector: String, after chunk: [Int]) -> Bool {
    let keyword = chunk.contains { index in
      let word = paragraph.tokens[index].lower
      return lexicon.organizationKeywords.contains(word) || lexicon.placeKeywords.contains(word)
    }
    if keyword { return true }
    guard connector != "on", let last = chunk.last else { return false }
    let word = paragraph.tokens[last].lower
    return lexicon.titles.contains(word) || lexicon.titleModifiers.contains(word)
  }
}

extension Token {
  /// "&" is the one punctuation mark inside listed names ("Johnson & Johnson").
  func spaceBeforeOrAmpersand(_ bytes: [UInt8]) -> Bool {
    kind == .punctuation && start < bytes.count && bytes[start] == UInt8(ascii: "&")
  }
}
