/// The date forms DateReader knows.
extension DateReader {
  static let monthCues: WordSet = [
    "in", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this", "of", "during", "through",
    "from", "before", "after", "end", "beginning",
  ]
  static let yearCues: WordSet = [
    "in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "between", "early", "late",
    "mid", "end", "summer", "spring", "autumn", "fall", "winter", "year", "the", "around", "through",
  ]
  static let countWords: WordSet = [
    "about", "some", "nearly", "almost", "over", "than", "least", "roughly", "approximately", "estimated", "up", "just",
  ]
  static let yearNouns: WordSet = [
    "uprising", "revolution", "war", "crisis", "census", "budget", "season", "olympics", "world", "campaign",
    "election", "elections", "vote", "referendum", "coup", "invasion", "attack", "attacks", "summit", "agreement",
    "deal", "accord", "protests", "earthquake", "report", "law", "constitution", "games", "cup",
  ]

  /// "September 7", "Sept. 7, 2018", "September 2018", "in September".
  func readMonthFirst(at index: Int) -> FoundDate? {
    let name = tokens[index].lower
    guard let month = DateReader.months[name] else { return nil }
    let abbreviated = name.count <= 4 && !["may", "june", "july"].contains(name)
    var next = index + 1
    if abbreviated, next < sentence.upperBound, tokens[next].mark == .period { next += 1 }
    if let day = number(next), (1...31).contains(day), tokens[next].lower.count <= 4, year(next) == nil {
      if next + 2 < sentence.upperBound, tokens[next + 1].mark == .comma, let year = year(next + 2) {
        return CalendarDate(year: year, month: month, day: day).map { found(index, next + 2, DateValue($0)) }
      }
      if let year = year(next + 1) {
        return CalendarDate(year: year, month: month, day: day).map { found(index, next + 1, DateValue($0)) }
      }
      guard let year = resolveYear(month: month, day: day, at: index) else { return nil }
      return CalendarDate(year: year, month: month, day: day).map { found(index, next, DateValue($0)) }
    }
    if let year = year(next) { return found(index, next, DateValue(year: year, month: month)) }
    guard !abbreviated, let previous = word(index - 1),
      DateReader.monthCues.contains(previous) || tokens[index].flags.contains(.possessive)
    else {
      return nil
    }
    if name == "may" || name == "march", previous == "of" || previous == "by" { return nil }
    let first = ["last", "next", "this"].contains(previous) ? index - 1 : index
    guard let year = resolveYear(month: month, day: nil, at: index, relative: previous) else { return nil }
    return found(first, index, DateValue(year: year, month: month))
  }

  /// "7 September", "7th of September 2018".
  func readDayFirst(at index: Int) -> FoundDate? {
    guard let day = number(index), (1...31).contains(day), tokens[index].lower.count <= 4 else { return nil }
    var monthIndex = index + 1
    if word(monthIndex) == "of" { monthIndex += 1 }
    guard monthIndex < sentence.upperBound, tokens[monthIndex].isCapitalized,
      let month = DateReader.months[tokens[monthIndex].lower],
      tokens[monthIndex].lower.count > 3 || ["may"].contains(tokens[monthIndex].lower) || tokens[monthIndex].lower.count == 3
    else { return nil }
    if let year = year(monthIndex + 1) {
      return CalendarDate(year: year, month: month, day: day).map { found(index, monthIndex + 1, DateValue($0)) }
    }
    guard let year = resolveYear(month: month, day: day, at: index) else { return nil }
    return CalendarDate(year: year, month: month, day: day).map { found(index, monthIndex, DateValue($0)) }
  }

  /// "in 2011", "the 2014 election", "(2011)": a year, not a count ("2000 people").
  func readYear(at index: Int) -> FoundDate? {
    guard let value = year(index) else { return nil }
    if let date = article.date, value > date.year + 20 { return nil }
    let previous = index > 0 ? tokens[index - 1] : nil
    if let previous, previous.kind == .punctuation, previous.mark == .other { return nil }
    if let previous, DateReader.countWords.contains(previous.lower) { return nil }
    let after = index + 1 < tokens.count ? tokens[index + 1] : nil
    if let after, after.kind == .word, !after.isCapitalized, !lexiconFunctionWord(after.lower),
      !DateReader.yearNouns.contains(after.lower)
    {
      return nil
    }
    let cue =
      previous.map { DateReader.yearCues.contains($0.lower) || $0.mark == .openParen || $0.flags.contains(.possessive) } ?? false
    let range = index >= 2 && ["to", "and", "or"].contains(tokens[index - 1].lower) && year(index - 2) != nil
    let dash = index >= 2 && tokens[index - 1].mark == .dash && year(index - 2) != nil
    guard cue || range || dash else { return nil }
    return found(index, index, DateValue(year: value))
  }

  private func lexiconFunctionWord(_ word: String) -> Bool { Lexicon.shared.functionWords.contains(word) }

  /// "Monday", "on Friday", "last Monday", "next Friday".
  func readWeekday(at index: Int) -> FoundDate? {
    guard let date = article.date, let weekday = DateReader.weekdays[tokens[index].lower] else { return nil }
    if index > 0, tokens[index - 1].isCapitalized, !tokens[index - 1].flags.contains(.weakCase),
      !Lexicon.shared.functionWords.contains(tokens[index - 1].lower)
    {
      return nil  // "Good Friday", "Black Friday"
    }
    let previous = word(index - 1)
    var first = index
    var value: CalendarDate
    let back = (date.weekday - weekday + 7) % 7
    switch previous {
    case "last":
      first -= 1
      value = date.adding(days: -(back == 0 ? 7 : back))
    case "next":
      first -= 1
      value = date.adding(days: back == 0 ? 7 : 7 - back)
    default:
      value = hasFutureCue(before: index) ? date.adding(days: (7 - back) % 7) : date.adding(days: -back)
    }
    return found(first, index, DateValue(value))
  }

  /// "today", "yesterday", "tomorrow", "last month", "this year", "next week"-less forms.
  func readRelative(at index: Int) -> FoundDate? {
    guard let date = article.date, let word = word(index) else { return nil }
    if tokens[index].isCapitalized, index > 0, tokens[index - 1].isStrongCapital { return nil }  // "USA Today"
    switch word {
    case "today", "tonight": return found(index, index, DateValue(date))
    case "yesterday": return found(index, index, DateValue(date.adding(days: -1)))
    case "tomorrow": return found(index, index, DateValue(date.adding(days: 1)))
    case "last", "this", "next":
      let shift = word == "last" ? -1 : word == "next" ? 1 : 0
      switch self.word(index + 1) {
      case "month":
        let months = date.year * 12 + date.month - 1 + shift
        return found(index, index + 1, DateValue(year: months / 12, month: months % 12 + 1))
      case "year": return found(index, index + 1, DateValue(year: date.year + shift))
      default: return nil
      }
    default: return nil
    }
  }

  /// "two weeks ago", "three days ago", "a year ago".
  func readAgo(at index: Int) -> FoundDate? {
    guard let date = article.date, index + 2 < sentence.upperBound, word(index + 2) == "ago" else { return nil }
    let count = number(index) ?? DateReader.numberWords[tokens[index].lower] ?? -1
    guard count > 0, let unit = word(index + 1) else { return nil }
    switch unit {
    case "day", "days": return found(index, index + 2, DateValue(date.adding(days: -count)))
    case "week", "weeks": return found(index, index + 2, DateValue(date.adding(days: -7 * count)))
    case "month", "months":
      let months = date.year * 12 + date.month - 1 - count
      return found(index, index + 2, DateValue(year: months / 12, month: months % 12 + 1))
    case "year", "years": return found(index, index + 2, DateValue(year: date.year - count))
    default: return nil
    }
  }

  /// The year of a month (and day) without one: the article's year; the year before
  /// when that would be four months or more ahead without a future cue ("collapsed in
  /// December" in February) or seven with one; the year after when it would be past
  /// with a future cue ("will be held in March"). "last"/"next" move strictly.
  func resolveYear(month: Int, day: Int?, at index: Int, relative: String? = nil) -> Int? {
    guard let date = article.date else { return nil }
    let articleMonths = date.year * 12 + date.month
    let candidate = date.year * 12 + month
    switch relative {
    case "last": return candidate < articleMonths ? date.year : date.year - 1
    case "next": return candidate > articleMonths ? date.year : date.year + 1
    default: break
    }
    let future = hasFutureCue(before: index)
    if candidate - articleMonths >= (future ? 7 : 4) { return date.year - 1 }
    if future && (candidate < articleMonths || (candidate == articleMonths && (day ?? 31) < date.day)) { return date.year + 1 }
    return date.year
  }
}
