/// A quotation inside one paragraph, as scalar indices of its marks.
struct MarkedQuote: Hashable {
  var open: Int
  /// Nil when the paragraph ends before the quotation closes.
  var close: Int?
}

/// Finds quotation marks in a paragraph and pairs them.
///
/// Double marks (straight, curly, German low, guillemets) are paired with a small
/// state machine; a mark that cannot be paired is dropped, and an opener that meets
/// another opener restarts there, so a stray mark never swallows the paragraph.
/// Single marks pair only outside double quotations (inside, they are nested quotes
/// and stay part of the text) and only when both ends are found in the paragraph:
/// apostrophes (don’t, Putin’s, leaders’, ’90s, rock ’n’ roll) never pair.
enum QuoteScanner {
  static func scan(_ text: ScalarText) -> [MarkedQuote] {
    let doubles = doubleQuotes(in: text)
    let singles = singleQuotes(in: text, outside: doubles)
    return (doubles + singles).sorted { $0.open < $1.open }
  }

  private enum Decision { case open, close, ignore }

  private static func doubleQuotes(in text: ScalarText) -> [MarkedQuote] {
    var found: [MarkedQuote] = []
    var opener: (index: Int, mark: QuoteMark)?
    for index in 0..<text.count {
      guard let mark = QuoteMark(text.scalars[index]), mark.isDouble else { continue }
      switch decide(mark, at: index, in: text, opener: opener?.mark) {
      case .open: opener = (index, mark)
      case .close:
        if let start = opener?.index { found.append(MarkedQuote(open: start, close: index)) }
        opener = nil
      case .ignore: break
      }
    }
    if let opener { found.append(MarkedQuote(open: opener.index, close: nil)) }
    return found.filter { hasLetter(text, from: $0.open + 1, to: $0.close ?? text.count) }
  }

  private static func decide(_ mark: QuoteMark, at index: Int, in text: ScalarText, opener: QuoteMark?) -> Decision {
    let left = Flanking.canOpen(index, in: text)
    let right = Flanking.canClose(index, in: text)
    if let opener, opener.isGuillemet != mark.isGuillemet { return .ignore }  // nested other style
    switch mark {
    case .leftDouble:
      guard let opener else { return left ? .open : .ignore }
      if opener == .lowDouble || (right && !left) { return .close }
      return left ? .open : .ignore
    case .rightDouble:
      if opener != nil { return .close }
      return left && !right ? .open : .ignore
    case .lowDouble:
      return .open
    case .straightDouble:
      guard opener != nil else { return left ? .open : .ignore }
      return left && !right ? .open : .close
    case .leftGuillemet:
      return opener == .rightGuillemet ? .close : .open
    case .rightGuillemet:
      if opener == .leftGuillemet { return .close }
      return opener == nil && left && !right ? .open : .ignore
    default:
      return .ignore
    }
  }

  private static func singleQuotes(in text: ScalarText, outside doubles: [MarkedQuote]) -> [MarkedQuote] {
    var insideDouble = [Bool](repeating: false, count: text.count)
    for quote in doubles {
      for index in quote.open...(quote.close ?? text.count - 1) { insideDouble[index] = true }
    }
    var found: [MarkedQuote] = []
    var index = 0
    while index < text.count {
      if !insideDouble[index], isSingleOpener(index, in: text),
        let close = singleCloser(after: index, in: text, insideDouble: insideDouble),
        hasLetter(text, from: index + 1, to: close)
      {
        found.append(MarkedQuote(open: index, close: close))
        index = close + 1
      } else {
        index += 1
      }
    }
    return found
  }

  /// The first strong closer after `open`, else the first weak one (a plural
  /// possessive such as "leaders’ meeting"), stopping at a double quotation.
  private static func singleCloser(after open: Int, in text: ScalarText, insideDouble: [Bool]) -> Int? {
    var weak: Int?
    var index = open + 1
    while index < text.count, !insideDouble[index] {
      if weak != nil, isSingleOpener(index, in: text) { break }
      if isSingleCloser(index, in: text) {
        if !isPluralPossessive(index, in: text) { return index }
        if weak == nil { weak = index }
      }
      index += 1
    }
    return weak
  }

  private static func isSingleOpener(_ index: Int, in text: ScalarText) -> Bool {
    guard let mark = QuoteMark(text.scalars[index]), mark.mayOpenSingle else { return false }
    return Flanking.canOpen(index, in: text) && !isApostrophe(index, in: text)
  }

  private static func isSingleCloser(_ index: Int, in text: ScalarText) -> Bool {
    guard let mark = QuoteMark(text.scalars[index]), mark.mayCloseSingle else { return false }
    return Flanking.canClose(index, in: text) && !isApostrophe(index, in: text)
  }

  private static let elisions: WordSet = ["n", "em", "til", "tis", "twas", "cause"]

  /// A single mark that is an apostrophe: inside a word, before a decade ('90s),
  /// or an elision (’em, rock ’n’ roll).
  static func isApostrophe(_ index: Int, in text: ScalarText) -> Bool {
    let previous = text[at: index - 1]
    let next = text[at: index + 1]
    if ScalarClass.isAlphanumeric(previous) && ScalarClass.isLetter(next) { return true }
    if ScalarClass.isDigit(next), ScalarClass.isDigit(text[at: index + 2]) {
      let after = text[at: index + 3]
      if after == "s" || !ScalarClass.isAlphanumeric(after) { return true }  // ’90s, ’08
    }
    var end = index + 1
    while ScalarClass.isLetter(text[at: end]) { end += 1 }
    if end > index + 1, elisions.contains(text.string((index + 1)..<end).lowercased()) {
      return text[at: end] == nil || !ScalarClass.isLetter(text[at: end])
    }
    // the second mark of ’n’
    return (previous == "n" || previous == "N") && ScalarClass.isApostrophe(text[at: index - 2])
      && ScalarClass.isSpace(text[at: index - 3])
  }

  /// "leaders’ meeting": an s, the mark, then a lowercase word.
  private static func isPluralPossessive(_ index: Int, in text: ScalarText) -> Bool {
    guard let previous = text[at: index - 1], previous == "s" || previous == "S",
      ScalarClass.isSpace(text[at: index + 1]), text[at: index + 1] != nil
    else { return false }
    var next = index + 1
    while next < text.count, ScalarClass.isSpace(text.scalars[next]) { next += 1 }
    guard let word = text[at: next] else { return false }
    return ScalarClass.isLetter(word) && !ScalarClass.isUppercase(word)
  }

  private static func hasLetter(_ text: ScalarText, from start: Int, to end: Int) -> Bool {
    guard start < end else { return false }
    return (start..<min(end, text.count)).contains { ScalarClass.isAlphanumeric(text.scalars[$0]) }
  }
}
