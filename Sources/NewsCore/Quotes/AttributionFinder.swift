/// A speaker phrase found for a quotation, and how it was found.
struct AttributionMatch: Equatable {
  enum Source: Equatable {
    /// “Q,” X said / “Q,” said X
    case after
    /// X said: “Q” / X said that “Q”
    case before
    /// according to X
    case accordingTo
    /// X: “Q”
    case colon
    /// X warned that such an offensive would unleash a “bloodbath”
    case sentenceVerb
    /// a “positive approach” to tackle the crisis, X said
    case trailingClause
  }

  var source: Source
  var phrase: SpeakerPhrase?
  var verb: TokenPosition?
  /// The verb or colon introduces the quotation: nothing between them, or words
  /// ending in "that", a comma or a colon ("He conceded “...”", "X told reporters: “...”").
  var introducesQuote = false
}

/// Reads the words around a quotation for the patterns that name its speaker.
struct AttributionFinder {
  let document: QuoteDocument

  /// The quotation's token `index` in `paragraph`: “Q,” X said / “Q,” said X /
  /// “Q,” according to X.
  func after(quote index: Int, paragraph: Int) -> AttributionMatch? {
    let tokens = document.paragraphs[paragraph].tokens
    guard index + 1 < tokens.count, !endsWithPeriod(tokens[index]) || !tokens[index + 1].isCapitalized else {
      return nil
    }
    var first = index + 1
    if tokens[first].isPunctuation(",") || isDash(tokens[first]) { first += 1 }
    return clause(startingAt: first, paragraph: paragraph, source: .after, uses: [.speech, .adjacentOnly])
  }

  /// X said: “Q” / X told reporters on Monday: “Q” / According to X, “Q” / X: “Q”.
  func before(quote index: Int, paragraph: Int) -> AttributionMatch? {
    let tokens = document.paragraphs[paragraph].tokens
    let start = sentenceStart(of: index, in: tokens)
    guard index > start else { return nil }
    if let match = accordingTo(before: index, from: start, paragraph: paragraph) { return match }
    var verb = index - 1
    while verb >= start, index - verb <= 9, verbUse(tokens[verb]) == nil {
      guard tokens[verb].quoteIndex == nil else { return nil }
      verb -= 1
    }
    if verb < start || index - verb > 9 {
      return colon(before: index, from: start, paragraph: paragraph)
    }
    guard verbUse(tokens[verb]) != .sentenceOnly else { return nil }
    let gap = tokens[(verb + 1)..<index]
    let closesGap = gap.last.map { $0.isPunctuation(":") || $0.isPunctuation(",") || $0.lower == "that" } ?? true
    guard closesGap else { return nil }
    let phrase = subject(ofVerb: verb, floor: start, paragraph: paragraph)
    return AttributionMatch(
      source: .before, phrase: phrase, verb: TokenPosition(paragraph: paragraph, token: verb), introducesQuote: true)
  }

  /// The nearest speech verb before the quotation in its sentence, and its subject:
  /// “X warned that such an offensive would unleash a “bloodbath””.
  func sentenceVerb(quote index: Int, paragraph: Int) -> AttributionMatch? {
    let tokens = document.paragraphs[paragraph].tokens
    let start = sentenceStart(of: index, in: tokens)
    guard let verb = (start..<index).last(where: { [.speech, .sentenceOnly].contains(verbUse(tokens[$0])) }),
      let phrase = subject(ofVerb: verb, floor: start, paragraph: paragraph)
        ?? coordinatedSubject(ofVerb: verb, floor: start, paragraph: paragraph)
    else { return nil }
    return AttributionMatch(
      source: .sentenceVerb, phrase: phrase, verb: TokenPosition(paragraph: paragraph, token: verb))
  }

  /// A clause later in the sentence, after a comma: “..., X said” / “..., according to X”.
  func trailingClause(quote index: Int, paragraph: Int) -> AttributionMatch? {
    let tokens = document.paragraphs[paragraph].tokens
    var cursor = index + 1
    while cursor < tokens.count, tokens[cursor].sentence == tokens[index].sentence {
      if tokens[cursor].isPunctuation(","),
        let match = clause(startingAt: cursor + 1, paragraph: paragraph, source: .trailingClause, uses: [.speech])
      {
        return match
      }
      cursor += 1
    }
    return nil
  }

  /// “said X”, “according to X” or “X said” starting exactly at `first`.
  private func clause(
    startingAt first: Int, paragraph: Int, source: AttributionMatch.Source, uses: [SpeechLexicon.VerbUse]
  ) -> AttributionMatch? {
    let tokens = document.paragraphs[paragraph].tokens
    guard first < tokens.count else { return nil }
    if let use = verbUse(tokens[first]), uses.contains(use), !SpeechLexicon.addressVerbs.contains(tokens[first].lower) {
      let phrase = SpeakerPhraseFinder.starting(at: first + 1, in: document, paragraph: paragraph)
      guard phrase != nil else { return nil }
      return AttributionMatch(source: source, phrase: phrase, verb: TokenPosition(paragraph: paragraph, token: first))
    }
    if first + 2 < tokens.count, tokens[first].lower == "according", tokens[first + 1].lower == "to" {
      let phrase = SpeakerPhraseFinder.starting(at: first + 2, in: document, paragraph: paragraph)
      return phrase.map { AttributionMatch(source: .accordingTo, phrase: $0, verb: nil) }
    }
    var verb = first
    while verb < tokens.count, verb - first <= 10, tokens[verb].isWord || tokens[verb].isPunctuation(",") {
      if let use = verbUse(tokens[verb]) {
        guard uses.contains(use), let phrase = subject(ofVerb: verb, floor: first, paragraph: paragraph),
          phrase.range.lowerBound == first
        else { return nil }
        return AttributionMatch(source: source, phrase: phrase, verb: TokenPosition(paragraph: paragraph, token: verb))
      }
      verb += 1
    }
    return nil
  }
}
