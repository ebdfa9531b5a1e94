/// Attributes quotations in text order, keeping track of who spoke last.
struct QuoteAttributor {
  let document: QuoteDocument
  private let finder: AttributionFinder
  private var resolver: SpeakerResolver

  init(document: QuoteDocument) {
    self.document = document
    finder = AttributionFinder(document: document)
    resolver = SpeakerResolver(document: document)
  }

  /// Finds the speaker of `quotation`, flags fragments, and carries the speaker of
  /// `previous` to a statement that only continues it.
  mutating func attribute(_ quotation: inout Quotation, previous: Quotation?) {
    let match = findMatch(quotation)
    quotation.match = match
    let text = quotation.parts.map { document.text(of: document.contentSpan(of: $0)) }.joined(separator: " ")
    quotation.isFragment = FragmentRule.isFragment(
      text: text, partCount: quotation.parts.count, startsSentence: startsSentence(quotation.first),
      endsSentence: endsSentence(quotation.last), followedByComma: followedByComma(quotation.last), match: match)
    if let match, let phrase = match.phrase, let speaker = resolver.resolve(phrase) {
      quotation.speaker = speaker
      quotation.confidence = speaker.entity == nil ? speaker.confidence : speaker.confidence * factor(match.source)
      if case .mention = phrase.head {
      } else {
        resolver.record(speaker, at: TokenPosition(paragraph: phrase.paragraph, token: phrase.range.lowerBound))
      }
    } else if match == nil, !quotation.isFragment, let previous, let factor = carryFactor(from: previous, to: quotation) {
      quotation.speaker = previous.speaker
      quotation.confidence = previous.confidence * factor
    }
  }

  private func findMatch(_ quotation: Quotation) -> AttributionMatch? {
    if finder.isInQuestionClause(quote: quotation.first.token, paragraph: quotation.first.paragraph) { return nil }
    for part in quotation.parts.reversed() {
      if let match = finder.after(quote: part.token, paragraph: part.paragraph) { return match }
    }
    for part in quotation.parts {
      if let match = finder.before(quote: part.token, paragraph: part.paragraph) { return match }
    }
    guard quotation.parts.count == 1 else { return nil }
    return finder.sentenceVerb(quote: quotation.first.token, paragraph: quotation.first.paragraph)
      ?? finder.trailingClause(quote: quotation.first.token, paragraph: quotation.first.paragraph)
  }

  private func factor(_ source: AttributionMatch.Source) -> Double {
    switch source {
    case .after, .before: return 1
    case .accordingTo, .colon: return AttributionConfidence.accordingTo
    case .sentenceVerb, .trailingClause: return AttributionConfidence.sameSentence
    }
  }

  /// The factor for carrying `previous`'s speaker to `quotation`, or nil when it may
  /// not be carried: the quotation must open a sentence in the same paragraph, or open
  /// the next paragraph, with no other speaker, pronoun or speech verb in between.
  private func carryFactor(from previous: Quotation, to quotation: Quotation) -> Double? {
    guard previous.speaker?.entity != nil, document.paragraphs[quotation.first.paragraph].isBody,
      startsSentence(quotation.first)
    else { return nil }
    var anchor = TokenPosition(paragraph: previous.last.paragraph, token: previous.last.token)
    if let verb = previous.match?.verb { anchor = max(anchor, verb) }
    if let phrase = previous.match?.phrase {
      anchor = max(anchor, TokenPosition(paragraph: phrase.paragraph, token: phrase.range.upperBound))
    }
    let target = quotation.first
    guard anchor < TokenPosition(paragraph: target.paragraph, token: target.token) else { return nil }
    let between: ArraySlice<QuoteToken>
    let factor: Double
    if anchor.paragraph == target.paragraph {
      // Names in the rest of the attribution's sentence ("told Reuters", "chief
      // economic adviser at Allianz") belong to it and do not interrupt.
      let tokens = document.paragraphs[target.paragraph].tokens
      let sentence = tokens[anchor.token].sentence
      var from = anchor.token + 1
      while from < target.token, tokens[from].sentence == sentence, tokens[from].quoteIndex == nil { from += 1 }
      between = tokens[from..<target.token]
      factor = AttributionConfidence.carriedInParagraph
    } else if anchor.paragraph == target.paragraph - 1, target.token == 0,
      document.paragraphs[anchor.paragraph].isBody
    {
      let tokens = document.paragraphs[anchor.paragraph].tokens
      between = tokens[min(anchor.token + 1, tokens.count)...]
      factor = AttributionConfidence.carriedAcrossParagraphs
    } else {
      return nil
    }
    let speaker = previous.speaker?.entity
    let interrupted = between.contains { token in
      token.quoteIndex != nil || finder.verbUse(token) != nil || SpeakerPhraseFinder.isPronoun(token)
        || token.mention.map { document.mentions[$0].entity != speaker } ?? false
    }
    return interrupted ? nil : factor
  }

  private func startsSentence(_ part: QuotePart) -> Bool {
    let tokens = document.paragraphs[part.paragraph].tokens
    guard part.token > 0 else { return true }
    let previous = tokens[part.token - 1]
    return previous.sentence != tokens[part.token].sentence || previous.isPunctuation(":")
  }

  private func followedByComma(_ part: QuotePart) -> Bool {
    let tokens = document.paragraphs[part.paragraph].tokens
    return part.token + 1 < tokens.count && tokens[part.token + 1].isPunctuation(",")
  }

  private func endsSentence(_ part: QuotePart) -> Bool {
    let tokens = document.paragraphs[part.paragraph].tokens
    guard part.token + 1 < tokens.count else { return true }
    let next = tokens[part.token + 1]
    return next.sentence != tokens[part.token].sentence || [".", "!", "?", ";"].contains(next.text)
  }
}

/// Joins “A,” he said, “b” into one quotation: the second part opens right after the
/// attribution of the first, in the same sentence. A new sentence after the
/// attribution (“A,” he said. “B.”) stays a quotation of its own.
enum SplitQuoteMerger {
  static func merge(_ quotations: [Quotation], in document: QuoteDocument) -> [Quotation] {
    var merged: [Quotation] = []
    for quotation in quotations {
      if let previous = merged.last, continues(previous, with: quotation, in: document) {
        merged[merged.count - 1].parts += quotation.parts
        merged[merged.count - 1].isFragment = false
      } else {
        merged.append(quotation)
      }
    }
    return merged
  }

  private static func continues(_ first: Quotation, with second: Quotation, in document: QuoteDocument) -> Bool {
    guard first.match?.source == .after, second.match?.source == .before, let verb = first.match?.verb,
      second.match?.verb == verb, first.last.paragraph == second.first.paragraph
    else { return false }
    let tokens = document.paragraphs[second.first.paragraph].tokens
    let firstText = document.text(of: document.contentSpan(of: first.last))
    return firstText.hasSuffix(",") && tokens[first.last.token].sentence == tokens[second.first.token].sentence
  }
}
