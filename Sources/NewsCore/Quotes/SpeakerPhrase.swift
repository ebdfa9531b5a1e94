/// What a phrase next to a speech verb names.
enum SpeakerHead: Equatable {
  /// A mention of a person or organisation (index into the document's mentions).
  case mention(Int)
  case pronoun(String)
  /// A role ("the Kremlin spokesman"): lowercased words, and an organisation mention
  /// inside it, if any.
  case role(words: [String], organization: Int?)
  /// Capitalised words that match no entity, title stripped ("Mevlut Cavusoglu").
  case name(String)
}

/// A phrase that may name a speaker: a token range in one paragraph and what it names.
struct SpeakerPhrase: Equatable {
  var paragraph: Int
  var range: ClosedRange<Int>
  var head: SpeakerHead
}

/// Finds the noun phrase that names a speaker on either side of a speech verb.
enum SpeakerPhraseFinder {
  private static let maxLength = 7

  /// Words that end a phrase: prepositions, conjunctions, relative pronouns.
  private static let stoppers: WordSet = [
    "and", "or", "but", "that", "which", "who", "whom", "whose", "of", "in", "on", "at", "to", "with", "for",
    "by", "from", "as", "while", "after", "before", "when", "if", "because", "since", "than", "about", "over",
    "into", "during", "not", "no", "there", "here", "this", "these", "those", "his", "her", "their", "its",
    "we", "i", "you", "it", "they", "he", "she", "also", "has", "have", "had", "was", "were", "is", "are",
  ]

  /// Capitalised at the start of a sentence, but not part of a name.
  private static let sentenceAdverbs: WordSet = [
    "however", "meanwhile", "earlier", "later", "then", "still", "yet", "now", "today", "instead", "separately",
    "asked", "speaking", "so", "thus", "indeed", "last", "next", "both", "all", "each", "nor",
  ]

  /// The phrase that ends at token `end` (the word before a verb), not reaching
  /// before `floor`.
  static func ending(at end: Int, floor: Int, in document: QuoteDocument, paragraph: Int) -> SpeakerPhrase? {
    let tokens = document.paragraphs[paragraph].tokens
    guard end >= floor, end < tokens.count, isHead(tokens[end]) else { return nil }
    var start = end
    var modifiers = 0
    if !isPronoun(tokens[end]) {
      while start - 1 >= floor, end - start + 1 < maxLength, let kind = partKind(tokens[start - 1]) {
        if kind == .modifier { modifiers += 1 }
        if modifiers > 2 { break }
        start -= 1
        if kind == .determiner { break }
      }
    }
    while start < end, partKind(tokens[start]) == .modifier { start += 1 }
    return classify(paragraph: paragraph, range: start...end, in: document, preferLast: true)
  }

  /// The phrase that starts at token `start` (the word after "said" or "according to").
  static func starting(at start: Int, in document: QuoteDocument, paragraph: Int) -> SpeakerPhrase? {
    let tokens = document.paragraphs[paragraph].tokens
    guard start < tokens.count, tokens[start].isWord else { return nil }
    if isPronoun(tokens[start]) { return classify(paragraph: paragraph, range: start...start, in: document) }
    var end = start - 1
    while end + 1 < tokens.count, end + 1 - start < maxLength, let kind = partKind(tokens[end + 1]) {
      if kind == .determiner && end >= start { break }
      end += 1
    }
    while end >= start, !isHead(tokens[end]) { end -= 1 }
    guard end >= start else { return nil }
    return classify(paragraph: paragraph, range: start...end, in: document, preferLast: false)
  }

  static func isPronoun(_ token: QuoteToken) -> Bool {
    token.isWord
      && (SpeechLexicon.personPronouns.contains(token.lower) || SpeechLexicon.groupPronouns.contains(token.lower))
  }

  private static func isHead(_ token: QuoteToken) -> Bool {
    guard token.isWord, SpeechLexicon.verbs[token.lower] == nil else { return false }
    return token.mention != nil || isPronoun(token) || SpeechLexicon.roles.contains(token.lower)
      || (token.isCapitalized && !SpeechLexicon.determiners.contains(token.lower))
  }

  private enum Part { case core, determiner, modifier }

  private static func partKind(_ token: QuoteToken) -> Part? {
    guard token.isWord, SpeechLexicon.verbs[token.lower] == nil else { return nil }
    if SpeechLexicon.determiners.contains(token.lower) { return .determiner }
    if token.mention == nil && (stoppers.contains(token.lower) || sentenceAdverbs.contains(token.lower)) { return nil }
    if token.mention != nil || token.isCapitalized || SpeechLexicon.roles.contains(token.lower)
      || SpeechLexicon.titles.contains(token.lower)
    {
      return .core
    }
    if stoppers.contains(token.lower) || SpeechLexicon.betweenSubjectAndVerb.contains(token.lower) { return nil }
    return token.text.unicodeScalars.allSatisfy { ScalarClass.isLetter($0) || $0 == "-" } ? .modifier : nil
  }

  private static func classify(
    paragraph: Int, range: ClosedRange<Int>, in document: QuoteDocument, preferLast: Bool = true
  ) -> SpeakerPhrase? {
    let tokens = document.paragraphs[paragraph].tokens
    let words = range.map { tokens[$0] }
    func phrase(_ head: SpeakerHead) -> SpeakerPhrase { SpeakerPhrase(paragraph: paragraph, range: range, head: head) }
    let mentioned = words.compactMap(\.mention)
    let people = mentioned.filter { document.mentions[$0].entity.kind == .person }
    if let person = preferLast ? people.last : people.first { return phrase(.mention(person)) }
    if words.count == 1, isPronoun(words[0]) { return phrase(.pronoun(words[0].lower)) }
    if isDescription(words) { return phrase(.pronoun("he")) }
    if let name = name(in: words) { return phrase(.name(name)) }
    let organization = preferLast ? mentioned.last : mentioned.first
    if words.contains(where: { SpeechLexicon.roles.contains($0.lower) && $0.mention == nil }) {
      let roleWords = words.filter { !SpeechLexicon.determiners.contains($0.lower) }.map(\.lower)
      return phrase(.role(words: roleWords, organization: organization))
    }
    return organization.map { phrase(.mention($0)) }
  }

  /// "the Serbian", "the Spaniard": a person named by nationality, read like "he".
  private static func isDescription(_ words: [QuoteToken]) -> Bool {
    guard words.count == 2, words[0].lower == "the", words[1].mention == nil, words[1].isCapitalized else { return false }
    return Lexicon.shared.demonyms[words[1].lower] != nil
  }

  /// The capitalised words that end the phrase, matching no entity: two at least,
  /// or one right after a title ("Mr Smith").
  private static func name(in words: [QuoteToken]) -> String? {
    var start = words.count
    while start > 0, isNameWord(words[start - 1]) { start -= 1 }
    let run = words[start...]
    let afterTitle = start > 0 && SpeechLexicon.titles.contains(words[start - 1].lower)
    guard run.count >= 2 || (run.count == 1 && afterTitle) else { return nil }
    return run.map(\.text).joined(separator: " ")
  }

  private static func isNameWord(_ token: QuoteToken) -> Bool {
    token.isCapitalized && token.mention == nil && !SpeechLexicon.titles.contains(token.lower)
      && !SpeechLexicon.roles.contains(token.lower) && !SpeechLexicon.calendarWords.contains(token.lower)
  }
}
