/// A word, a punctuation mark or a whole quotation in a paragraph.
///
/// Attribution patterns read a paragraph as a row of these, with every quotation
/// folded into one token, so "“A,” he said" is `quote(0) , he said`.
struct QuoteToken {
  enum Kind: Equatable {
    case word
    case punctuation
    /// The paragraph's quotation with this index, marks included.
    case quote(Int)
  }

  var kind: Kind
  /// UTF-8 offsets in the paragraph.
  var start: Int
  var end: Int
  var text: String
  var lower: String
  var isCapitalized: Bool
  /// Index of the mention (an entity's name) the word is part of, if any.
  var mention: Int?
  /// Sentence number within the paragraph.
  var sentence: Int = 0

  var isWord: Bool { kind == .word }

  var quoteIndex: Int? {
    if case .quote(let index) = kind { return index }
    return nil
  }

  func isPunctuation(_ mark: String) -> Bool { kind == .punctuation && text == mark }
}

/// Splits a paragraph into ``QuoteToken``s and numbers its sentences.
enum QuoteTokenizer {
  private static let abbreviations: WordSet = [
    "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "jan", "feb", "aug", "sept", "oct",
    "nov", "dec", "vs", "inc", "co", "corp", "jr", "sr", "prof", "rev", "capt", "sgt", "gov", "mt",
  ]

  static func tokens(of text: ScalarText, quotes: [MarkedQuote]) -> [QuoteToken] {
    var tokens: [QuoteToken] = []
    // The quotation opening at each scalar, -1 for none; a later quotation wins.
    var quoteAt = [Int](repeating: -1, count: quotes.isEmpty ? 0 : text.count)
    for (number, quote) in quotes.enumerated() where quoteAt.indices.contains(quote.open) { quoteAt[quote.open] = number }
    var index = 0
    while index < text.count {
      let scalar = text.scalars[index]
      if !quoteAt.isEmpty, quoteAt[index] >= 0 {
        let number = quoteAt[index]
        let end = quotes[number].close.map { $0 + 1 } ?? text.count
        tokens.append(make(.quote(number), text, index..<end))
        index = end
      } else if ScalarClass.isAlphanumeric(scalar) {
        let end = wordEnd(from: index, in: text)
        tokens.append(make(.word, text, index..<end))
        index = end
      } else {
        if !ScalarClass.isSpace(scalar) && !ScalarClass.isQuoteMark(scalar) && scalar != "\u{00B4}" {
          tokens.append(make(.punctuation, text, index..<(index + 1)))
        }
        index += 1
      }
    }
    numberSentences(&tokens, text: text, quotes: quotes)
    return tokens
  }

  private static func make(_ kind: QuoteToken.Kind, _ text: ScalarText, _ range: Range<Int>) -> QuoteToken {
    let string = text.string(range)
    // A quotation starts with its mark, so no word list holds it, lower-cased or not.
    let lower: String
    if case .quote = kind { lower = string } else { lower = string.lowercased() }
    return QuoteToken(
      kind: kind, start: text.offsets[range.lowerBound], end: text.offsets[range.upperBound], text: string,
      lower: lower, isCapitalized: ScalarClass.isUppercase(text.scalars[range.lowerBound]))
  }

  /// Letters and digits, joined by inner apostrophes, hyphens, periods and digit
  /// commas ("don’t", "al-Assad", "U.S.", "360,000"); a period after an
  /// abbreviation or an initial stays with the word.
  private static func wordEnd(from start: Int, in text: ScalarText) -> Int {
    var end = start + 1
    while end < text.count {
      let scalar = text.scalars[end]
      if ScalarClass.isAlphanumeric(scalar) {
        end += 1
      } else if isJoiner(scalar, at: end, in: text) {
        end += 2
      } else {
        break
      }
    }
    if text[at: end] == "." {
      let word = text.string(start..<end)
      let isInitial = word.unicodeScalars.count == 1 && ScalarClass.isUppercase(text.scalars[start])
      // ASCII holds no combining marks, so a scalar search answers as `contains` does.
      let isASCII = text.scalars[start..<end].allSatisfy(\.isASCII)
      let hasPeriod = isASCII ? text.scalars[start..<end].contains(".") : word.contains(".")
      if hasPeriod || isInitial || abbreviations.contains(word.lowercased()) { end += 1 }
    }
    return end
  }

  private static func isJoiner(_ scalar: Unicode.Scalar, at index: Int, in text: ScalarText) -> Bool {
    let next = text[at: index + 1]
    switch scalar {
    case "-", "\u{2010}", "\u{2011}", ".", "&": return ScalarClass.isAlphanumeric(next)
    case ",": return ScalarClass.isDigit(text[at: index - 1]) && ScalarClass.isDigit(next)
    default:
      return ScalarClass.isApostrophe(scalar) && ScalarClass.isLetter(next)
        && ScalarClass.isAlphanumeric(text[at: index - 1])
    }
  }

  private static func numberSentences(_ tokens: inout [QuoteToken], text: ScalarText, quotes: [MarkedQuote]) {
    var sentence = 0
    for index in tokens.indices {
      tokens[index].sentence = sentence
      guard index + 1 < tokens.count, endsSentence(tokens[index], quotes: quotes, text: text) else { continue }
      let next = tokens[index + 1]
      if next.isCapitalized || next.quoteIndex != nil || next.text.first?.isNumber == true {
        sentence += 1
      }
    }
  }

  private static func endsSentence(_ token: QuoteToken, quotes: [MarkedQuote], text: ScalarText) -> Bool {
    switch token.kind {
    case .punctuation: return token.text == "." || token.text == "!" || token.text == "?"
    case .word: return false
    case .quote(let number):
      guard let close = quotes[number].close else { return true }
      var last = close - 1
      while last > quotes[number].open, ScalarClass.isSpace(text.scalars[last]) { last -= 1 }
      return ".!?".unicodeScalars.contains(text.scalars[last])
    }
  }
}
