/// A date expression found in the text, with the tokens it covers.
struct FoundDate {
  var mention: DateMention
  var paragraph: Int
  var first: Int
  var last: Int
}

/// Finds date expressions and resolves them against the article's date: "on Monday",
/// "September 7", "7 September 2018", "Sept. 7", "last month", "two weeks ago",
/// "yesterday", "in 2011". Without an article date only absolute dates are kept.
struct DateExtractor {
  let article: ParsedArticle

  init(_ article: ParsedArticle) { self.article = article }

  func extract() -> [FoundDate] {
    var found: [FoundDate] = []
    for paragraph in article.paragraphs.indices {
      for sentence in article.paragraphs[paragraph].sentences {
        var index = sentence.lowerBound
        let reader = DateReader(article: article, paragraph: paragraph, sentence: sentence)
        while index < sentence.upperBound {
          if let date = reader.read(at: index) {
            found.append(date)
            index = date.last + 1
          } else {
            index += 1
          }
        }
      }
    }
    return found
  }
}

/// Reads one date expression starting at a token of a sentence.
struct DateReader {
  let article: ParsedArticle
  let paragraph: Int
  let sentence: Range<Int>
  let tokens: [Token]

  init(article: ParsedArticle, paragraph: Int, sentence: Range<Int>) {
    self.article = article
    self.paragraph = paragraph
    self.sentence = sentence
    tokens = article.paragraphs[paragraph].tokens
  }

  static let months: WordMap<Int> = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
  ]
  static let weekdays: WordMap<Int> = [
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
  ]
  static let numberWords: WordMap<Int> = [
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": -1,
  ]

  func read(at index: Int) -> FoundDate? {
    let token = tokens[index]
    if token.kind == .number { return readDayFirst(at: index) ?? readYear(at: index) ?? readAgo(at: index) }
    guard token.kind == .word else { return nil }
    if token.isCapitalized, DateReader.months[token.lower] != nil { return readMonthFirst(at: index) }
    if token.isCapitalized, DateReader.weekdays[token.lower] != nil { return readWeekday(at: index) }
    return readRelative(at: index) ?? readAgo(at: index)
  }

  func found(_ first: Int, _ last: Int, _ value: DateValue) -> FoundDate {
    let span = article.span(paragraph, first, last)
    let text = String(decoding: article.paragraphs[paragraph].bytes[span.start..<span.end], as: UTF8.self)
    return FoundDate(mention: DateMention(text: text, value: value, span: span), paragraph: paragraph, first: first, last: last)
  }

  func number(_ index: Int) -> Int? {
    guard index < sentence.upperBound, tokens[index].kind == .number else { return nil }
    let digits = tokens[index].lower.prefix { $0.isNumber }
    guard
      digits.count == tokens[index].lower.count
        || ["st", "nd", "rd", "th"].contains(String(tokens[index].lower.dropFirst(digits.count)))
    else {
      return nil
    }
    return Int(digits)
  }

  func word(_ index: Int) -> String? {
    guard index >= sentence.lowerBound, index < sentence.upperBound, tokens[index].kind == .word else { return nil }
    return tokens[index].lower
  }

  /// A plain four-digit year, 1800...2100.
  func year(_ index: Int) -> Int? {
    guard let value = number(index), tokens[index].lower.count == 4, (1800...2100).contains(value) else { return nil }
    return value
  }

  /// Words before `index` in the sentence that put a date in the future ("will", "is
  /// set to", "next", "scheduled"); past forms ("was set to") do not.
  func hasFutureCue(before index: Int) -> Bool {
    var position = max(sentence.lowerBound, index - 14)
    while position < index {
      let word = tokens[position].lower
      let next = position + 1 < index ? tokens[position + 1].lower : ""
      if ["will", "shall", "upcoming", "next", "scheduled", "tomorrow"].contains(word) || word.hasSuffix("'ll") { return true }
      if ["is", "are", "am"].contains(word),
        ["set", "due", "expected", "scheduled", "to", "planning", "going", "slated"].contains(next)
      {
        return true
      }
      if ["plans", "plan", "planning"].contains(word), next == "to" { return true }
      position += 1
    }
    return false
  }
}
