/// The place, date and participants of a trigger, read from its sentence.
extension EventExtractor {
  static let meetingPrepositions: WordSet = ["in", "at"]
  static let conflictPrepositions: WordSet = ["in", "on", "against", "near", "at", "across", "around", "inside"]
  static let locatives: WordSet = [
    "in", "at", "near", "from", "to", "into", "across", "around", "inside", "outside", "towards", "toward", "of",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "via", "through", "throughout",
  ]
  static let leaderTitles: WordSet = [
    "president", "leader", "prime", "premier", "chancellor", "king", "queen", "counterpart", "emir", "sultan",
    "monarch", "head",
  ]
  static let bystanderTitles: WordSet = [
    "spokesman", "spokeswoman", "spokesperson", "analyst", "expert", "journalist", "reporter", "correspondent",
    "editor", "columnist", "researcher", "economist",
  ]

  func placeRecord(_ paragraph: Int, _ index: Int) -> Int? {
    guard let record = names.table.ownerOf(paragraph, index), names.table.records[record].kind == .place else { return nil }
    return record
  }

  /// "the Tehran summit"; "talks in Sochi"; for meetings a city named with "in"/"at"
  /// anywhere in the sentence is preferred ("in the Black Sea resort city of Sochi").
  func place(for trigger: Int, eventClass: EventClass, sentence: Range<Int>, paragraph: Int) -> String? {
    if trigger > sentence.lowerBound, let record = placeRecord(paragraph, trigger - 1) { return recordNames[record] }
    let tokens = article.paragraphs[paragraph].tokens
    let prepositions = eventClass == .meeting ? EventExtractor.meetingPrepositions : EventExtractor.conflictPrepositions
    var candidates: [(record: Int, after: Bool)] = []
    let range = eventClass == .meeting ? sentence : trigger..<min(sentence.upperBound, trigger + 8)
    for index in range where prepositions.contains(tokens[index].lower) && tokens[index].kind == .word {
      var position = index + 1
      while position < min(sentence.upperBound, index + 8) {
        if let record = placeRecord(paragraph, position) {
          // The place may sit on either side of the trigger ("in talks Sochi"): look between them.
          let between = min(position, trigger)..<max(position, trigger)
          if index > trigger || !between.contains(where: { tokens[$0].kind == .punctuation }) {
            candidates.append((record, index > trigger))
          }
          position += 1
          while position < sentence.upperBound, names.table.ownerOf(paragraph, position) == record { position += 1 }
          continue
        }
        if tokens[position].kind == .punctuation || (prepositions.contains(tokens[position].lower) && position > index + 1) {
          break
        }
        position += 1
      }
    }
    let ordered = candidates.filter(\.after) + candidates.filter { !$0.after }
    if eventClass == .meeting,
      let city = ordered.first(where: {
        names.table.records[$0.record].placeType == .city || names.table.records[$0.record].placeType == nil
      })
    {
      return recordNames[city.record]
    }
    return ordered.first.map { recordNames[$0.record] }
  }

  /// The date nearest the trigger in the same clause ("talks on Monday", "Monday's
  /// talks", "the summit held on September 7") that does not date a speech verb
  /// ("Lavrov said Friday", "told reporters on Monday"). A date in another clause of the
  /// sentence ("Biden on Monday named ..., as Trump contested the election") is not
  /// the event's.
  func date(for trigger: Int, sentence: Range<Int>, paragraph: Int) -> DateValue? {
    let inParagraph = datesByParagraph[paragraph] ?? []
    let candidates = inParagraph[inParagraph.partitionPoint { $0.first >= sentence.lowerBound }...].prefix {
      $0.first < sentence.upperBound
    }
    .filter { sameClause($0, trigger: trigger, paragraph: paragraph) }
    .filter { !isSpeechBound($0, trigger: trigger, paragraph: paragraph) }
    return candidates.min { abs($0.first - trigger) < abs($1.first - trigger) }?.mention.value
  }

  static let clauseBreaks: WordSet = [
    "as", "while", "after", "before", "because", "but", "although", "though", "which", "who", "whereas", "until",
    "since", "if", "unless",
  ]

  /// No comma, semicolon, colon, dash, quotation or subordinating word between the date
  /// and the trigger.
  /// A relative clause right after the trigger counts as its own ("the Tehran summit,
  /// which took place on September 7"), and "DATE when" introduces it ("on September 7
  /// when the two discussed Idlib").
  private func sameClause(_ date: FoundDate, trigger: Int, paragraph: Int) -> Bool {
    let tokens = article.paragraphs[paragraph].tokens
    var between = date.first < trigger ? (date.last + 1)..<trigger : (trigger + 1)..<date.first
    if date.first > trigger + 3, tokens[trigger + 1].mark == .comma,
      ["which", "held", "scheduled", "set", "due", "planned"].contains(tokens[trigger + 2].lower)
    {
      between = (trigger + 3)..<date.first
    }
    return !between.contains { index in
      let token = tokens[index]
      switch token.kind {
      case .punctuation:
        return [.comma, .semicolon, .colon, .dash, .openQuote, .closeQuote, .openParen, .closeParen].contains(token.mark)
      case .word: return EventExtractor.clauseBreaks.contains(token.lower)
      case .number: return false
      }
    }
  }

  private func isSpeechBound(_ date: FoundDate, trigger: Int, paragraph: Int) -> Bool {
    let tokens = article.paragraphs[paragraph].tokens
    for index in stride(from: date.first - 1, through: max(0, date.first - 6), by: -1) {
      if index == trigger || lexicon.eventTriggers[tokens[index].lower] != nil || tokens[index].lower == "that" { return false }
      if lexicon.speechVerbs.contains(tokens[index].lower) { return true }
    }
    for index in (date.last + 1)..<min(tokens.count, date.last + 3) where lexicon.speechVerbs.contains(tokens[index].lower) {
      return trigger < date.first || trigger > index
    }
    return false
  }

  /// People of the sentence (not spokespeople or analysts), people named by a
  /// description ("the Turkish president"), and, when there are none, countries that
  /// are not the object of a locative ("south Russia", "in Syria") and countries of
  /// demonyms not starting a title ("Russian and Turkish officials").
  func participants(in sentence: Range<Int>, paragraph: Int) -> [String] {
    let tokens = article.paragraphs[paragraph].tokens
    var people: [String] = []
    var countries: [String] = []
    for index in sentence {
      if let record = names.table.ownerOf(paragraph, index) {
        let item = names.table.records[record]
        if item.kind == .person, let person = personByRecord[record],
          !person.title.contains(where: EventExtractor.bystanderTitles.contains)
        {
          people.append(recordNames[record])
        } else if item.kind == .place, item.placeType == .country,
          index == sentence.lowerBound
            || !EventExtractor.locatives.contains(tokens[index - 1].lower)
        {
          countries.append(recordNames[record])
        }
      } else if tokens[index].lower == "the" {
        people += described(after: index, sentence: sentence, paragraph: paragraph)
      } else if tokens[index].isCapitalized, let country = lexicon.demonyms[tokens[index].lower],
        index + 1 < sentence.upperBound, !tokens[index + 1].isCapitalized
      {
        countries.append(country)
      }
    }
    return EventExtractor.unique(people.isEmpty ? countries : people)
  }

  /// "the Turkish president", "the Russian and Turkish leaders": people introduced
  /// with that nationality and a leader's title.
  private func described(after index: Int, sentence: Range<Int>, paragraph: Int) -> [String] {
    let tokens = article.paragraphs[paragraph].tokens
    var countries: [String] = []
    var position = index + 1
    while position < sentence.upperBound {
      if let country = lexicon.demonyms[tokens[position].lower] {
        countries.append(country)
      } else if tokens[position].lower != "and" {
        break
      }
      position += 1
    }
    guard !countries.isEmpty, position < sentence.upperBound else { return [] }
    let noun = tokens[position].lower
    let singular = noun.hasSuffix("s") ? String(noun.dropLast()) : noun
    guard EventExtractor.leaderTitles.contains(singular) else { return [] }
    return countries.compactMap { country in
      let matches = names.people.people.filter { person in
        person.nationality == country && person.title.contains(where: EventExtractor.leaderTitles.contains)
      }
      return matches.count == 1 ? recordNames[matches[0].record] : nil
    }
  }

  static func unique(_ names: [String]) -> [String] {
    var seen: Set<String> = []
    return names.filter { seen.insert($0).inserted }
  }
}
