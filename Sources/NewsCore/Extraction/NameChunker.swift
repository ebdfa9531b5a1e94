/// Cuts a sentence into chunks: maximal runs of capitalised words, joined by name
/// particles ("bin", "de", "von der"), by "of"/"for" after an organisation or title word
/// ("Syrian Observatory for Human Rights", "Secretary of State") and across the point of
/// "Mr." or "Gen.".
struct NameChunker {
  let lexicon: Lexicon
  let paragraph: ParsedArticle.Paragraph

  static let connectors: Set<String> = ["of", "for", "on"]
  static let abbreviatedTitles: Set<String> = [
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
      while next < range.upperBound, let step = continuation(of: chunk, at: next, limit: range.upperBound) {
        chunk.append(contentsOf: step)
        next = (step.last ?? next) + 1
        if paragraph.tokens[chunk[chunk.count - 1]].flags.contains(.possessive) { break }
      }
      result.append(chunk)
      index = next
    }
    return result
  }

  func isName(_ index: Int) -> Bool {
    let token = paragraph.tokens[index]
    return token.isCapitalized && !isHyphenModifier(token)
  }

  /// "Russia-backed", "US-led": a capitalised part then a lower-case one.
  func isHyphenModifier(_ token: Token) -> Bool {
    guard token.flags.contains(.hyphenated), token.isCapitalized, !token.flags.contains(.particlePrefixed) else {
      return false
    }
    return hyphenPrefixEnd(token) != nil
  }

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
    if token.mark == .period, let last = chunk.last, NameChunker.abbreviatedTitles.contains(tokens[last].lower),
      isName(index + 1)
    {
      return [index + 1]
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
