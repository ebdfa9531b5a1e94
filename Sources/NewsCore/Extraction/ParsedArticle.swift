/// An article cut into tokens and sentences, paragraph by paragraph: what every
/// extractor reads.
struct ParsedArticle: Sendable {
  struct Paragraph: Sendable {
    var kind: NewsCore.Paragraph.Kind
    var bytes: [UInt8]
    var tokens: [Token]
    /// Token ranges, in order, covering every token.
    var sentences: [Range<Int>]
  }

  var paragraphs: [Paragraph]
  var date: CalendarDate?

  init(_ article: Article) {
    date = article.date
    paragraphs = article.paragraphs.map { paragraph in
      let bytes = Array(paragraph.text.utf8)
      var tokens = Tokenizer.tokenize(bytes)
      let sentences = SentenceSplitter.mark(&tokens, headline: paragraph.kind != .body)
      return Paragraph(kind: paragraph.kind, bytes: bytes, tokens: tokens, sentences: sentences)
    }
  }

  func span(_ paragraph: Int, _ first: Int, _ last: Int) -> TextSpan {
    let tokens = paragraphs[paragraph].tokens
    return TextSpan(paragraph: paragraph, start: tokens[first].start, end: tokens[last].stemEnd)
  }
}

/// Finds sentence boundaries and marks where capitalisation carries no evidence.
enum SentenceSplitter {
  /// Words after which a point does not end a sentence.
  static let abbreviations: WordSet = [
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "maj", "rev", "prof", "sen", "rep", "gov",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "jr", "sr",
    "inc", "ltd", "co", "corp", "vs", "mt", "ft", "brig", "adm", "cmdr", "pres", "messrs", "lieut", "hon",
  ]

  /// Marks sentence starts (and, in a headline or a paragraph written in title case or
  /// capitals, every word as weak) and returns the sentence ranges.
  static func mark(_ tokens: inout [Token], headline: Bool) -> [Range<Int>] {
    if isCapsHeavy(tokens, headline: headline) {
      for index in tokens.indices { tokens[index].flags.insert(.weakCase) }
    }
    var sentences: [Range<Int>] = []
    var start = 0
    var expectStart = true
    for index in tokens.indices {
      let token = tokens[index]
      if token.kind == .punctuation {
        if token.mark == .openQuote || (token.mark == .dash && index < 4) {
          expectStart = true  // a quoted sentence, or the text after a dateline's dash
        } else if endsSentence(tokens, at: index) {
          expectStart = true
          var end = index + 1
          while end < tokens.count, tokens[end].mark == .closeQuote || tokens[end].mark == .closeParen { end += 1 }
          if end > start, end < tokens.count, startsSentence(tokens[end]) {
            sentences.append(start..<end)
            start = end
          }
        }
        continue
      }
      if expectStart {
        tokens[index].flags.insert(.sentenceStart)
        expectStart = false
      }
    }
    if start < tokens.count { sentences.append(start..<tokens.count) }
    return sentences
  }

  private static func endsSentence(_ tokens: [Token], at index: Int) -> Bool {
    switch tokens[index].mark {
    case .question, .exclamation, .ellipsis: return true
    case .period:
      guard index > 0 else { return false }
      let previous = tokens[index - 1]
      if previous.kind == .word, abbreviations.contains(previous.lower) { return false }
      if previous.kind == .word, previous.end - previous.start == 1, previous.isCapitalized { return false }
      return true
    default: return false
    }
  }

  private static func startsSentence(_ token: Token) -> Bool {
    token.kind != .word || token.isCapitalized || token.mark == .openQuote
  }

  /// A headline, or a paragraph of four or more words where most words are capitalised.
  private static func isCapsHeavy(_ tokens: [Token], headline: Bool) -> Bool {
    var words = 0
    var capitals = 0
    var allCaps = 0
    for token in tokens where token.kind == .word {
      words += 1
      if token.isCapitalized { capitals += 1 }
      if token.flags.contains(.allCaps) { allCaps += 1 }
    }
    guard words >= 4 else { return false }
    if allCaps * 2 > words { return true }
    return capitals * 10 >= words * (headline ? 6 : 8)
  }
}
