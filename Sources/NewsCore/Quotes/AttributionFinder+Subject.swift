extension AttributionFinder {
  /// The speaker phrase before a speech verb: "Kremlin spokesman Dmitry Peskov told",
  /// "he later said", "Peskov, the Kremlin spokesman, said", and for a participle
  /// ("..., adding", "While insisting ..., X") the subject of its main clause.
  func subject(ofVerb verb: Int, floor: Int, paragraph: Int) -> SpeakerPhrase? {
    let tokens = document.paragraphs[paragraph].tokens
    if tokens[verb].lower.hasSuffix("ing"), let phrase = participleSubject(verb, floor: floor, paragraph: paragraph) {
      return phrase
    }
    var end = skipBetweenWords(before: verb, floor: floor, tokens: tokens)
    guard end >= floor else { return nil }
    if tokens[end].lower == "who", end - 2 >= floor, tokens[end - 1].isPunctuation(",") {
      end -= 2  // "Lavrov, who told him"
    } else if tokens[end].isPunctuation(",") {
      let lowest = max(floor, end - 9)
      guard end - 1 >= lowest,
        let comma = stride(from: end - 1, through: lowest, by: -1).first(where: { tokens[$0].isPunctuation(",") })
      else { return nil }
      end = comma - 1
    }
    return SpeakerPhraseFinder.ending(at: end, floor: floor, in: document, paragraph: paragraph)
  }

  /// "The United Nations and non-governmental organisations have warned": the
  /// entity in a subject joined by "and" or "or".
  func coordinatedSubject(ofVerb verb: Int, floor: Int, paragraph: Int) -> SpeakerPhrase? {
    let tokens = document.paragraphs[paragraph].tokens
    var cursor = skipBetweenWords(before: verb, floor: floor, tokens: tokens)
    var joined = false
    while cursor >= floor, verb - cursor <= 8, tokens[cursor].isWord {
      if tokens[cursor].lower == "and" || tokens[cursor].lower == "or" { joined = true }
      if joined, tokens[cursor].mention != nil {
        return SpeakerPhraseFinder.ending(at: cursor, floor: floor, in: document, paragraph: paragraph)
      }
      cursor -= 1
    }
    return nil
  }

  private func skipBetweenWords(before verb: Int, floor: Int, tokens: [QuoteToken]) -> Int {
    var end = verb - 1
    while end >= floor {
      if SpeechLexicon.betweenSubjectAndVerb.contains(tokens[end].lower) {
        end -= 1
      } else if SpeechLexicon.weekdays.contains(tokens[end].lower) {
        end -= 1
        if end >= floor, tokens[end].lower == "on" { end -= 1 }
      } else {
        break
      }
    }
    return end
  }

  private static let subordinators: WordSet = ["while", "after", "when", "before", "by", "in", "despite"]

  private func participleSubject(_ verb: Int, floor: Int, paragraph: Int) -> SpeakerPhrase? {
    let tokens = document.paragraphs[paragraph].tokens
    let start = max(floor, sentenceStart(of: verb, in: tokens))
    var previous = verb - 1
    if previous > start, Self.subordinators.contains(tokens[previous].lower) { previous -= 1 }
    if previous >= start, tokens[previous].isPunctuation(",") || previous + 1 < verb {
      if let main = (start..<previous).last(where: { verbUse(tokens[$0]) != nil }) {
        return subject(ofVerb: main, floor: start, paragraph: paragraph)
      }
      guard let first = (start..<previous).first(where: { isSubjectWord(tokens[$0]) }) else { return nil }
      var end = first  // "NASA Administrator Bill Nelson congratulated ..., saying"
      while end + 1 < previous, tokens[end + 1].mention != nil || tokens[end + 1].isCapitalized, tokens[end + 1].isWord {
        end += 1
      }
      return SpeakerPhraseFinder.ending(at: end, floor: start, in: document, paragraph: paragraph)
    }
    let opensSentence =
      verb == start || (verb == start + 1 && Self.subordinators.contains(tokens[start].lower))
    guard opensSentence,
      let comma = ((verb + 1)..<tokens.count).first(where: {
        tokens[$0].isPunctuation(",") || tokens[$0].sentence != tokens[verb].sentence
      }),
      tokens[comma].isPunctuation(",")
    else { return nil }
    return SpeakerPhraseFinder.starting(at: comma + 1, in: document, paragraph: paragraph)
  }

  private func isSubjectWord(_ token: QuoteToken) -> Bool {
    token.mention != nil || SpeakerPhraseFinder.isPronoun(token)
  }

  /// “According to X, “Q””.
  func accordingTo(before index: Int, from start: Int, paragraph: Int) -> AttributionMatch? {
    let tokens = document.paragraphs[paragraph].tokens
    guard index - 2 >= start, tokens[index - 1].isPunctuation(","),
      let according = stride(from: index - 3, through: start, by: -1).first(where: {
        tokens[$0].lower == "according" && tokens[$0 + 1].lower == "to"
      }),
      let phrase = SpeakerPhraseFinder.starting(at: according + 2, in: document, paragraph: paragraph),
      phrase.range.upperBound == index - 2
    else { return nil }
    return AttributionMatch(source: .accordingTo, phrase: phrase, verb: nil, introducesQuote: true)
  }

  /// “X: “Q”” at the start of a sentence, as in headlines.
  func colon(before index: Int, from start: Int, paragraph: Int) -> AttributionMatch? {
    let tokens = document.paragraphs[paragraph].tokens
    guard index - 2 >= start, tokens[index - 1].isPunctuation(":"),
      let phrase = SpeakerPhraseFinder.ending(at: index - 2, floor: start, in: document, paragraph: paragraph),
      phrase.range.lowerBound == start
    else { return nil }
    return AttributionMatch(source: .colon, phrase: phrase, verb: nil, introducesQuote: true)
  }

  /// “Asked about the ‘red lines’, X replied”: the quotation is the question's, not X's.
  func isInQuestionClause(quote index: Int, paragraph: Int) -> Bool {
    let tokens = document.paragraphs[paragraph].tokens
    let start = sentenceStart(of: index, in: tokens)
    guard tokens[start].lower == "asked" else { return false }
    return !tokens[start..<index].contains { $0.isPunctuation(",") }
  }

  func sentenceStart(of index: Int, in tokens: [QuoteToken]) -> Int {
    var start = index
    while start > 0, tokens[start - 1].sentence == tokens[index].sentence { start -= 1 }
    return start
  }

  func verbUse(_ token: QuoteToken) -> SpeechLexicon.VerbUse? {
    token.isWord ? SpeechLexicon.verbs[token.lower] : nil
  }

  /// The quotation's text ends with a full stop: the sentence ended inside it.
  func endsWithPeriod(_ token: QuoteToken) -> Bool {
    let inner = token.text.unicodeScalars.reversed().drop { ScalarClass.isQuoteMark($0) || ScalarClass.isSpace($0) }
    return inner.first == "."
  }

  func isDash(_ token: QuoteToken) -> Bool {
    token.kind == .punctuation && ["-", "\u{2013}", "\u{2014}"].contains(token.text)
  }
}
