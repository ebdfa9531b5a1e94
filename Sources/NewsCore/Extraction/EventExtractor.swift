/// One trigger in one sentence, with what the sentence says about it.
struct EventMention {
  var name: String
  var eventClass: EventClass
  var isVerb: Bool
  var place: String?
  var date: DateValue?
  var participants: [String]
  var span: TextSpan
}

/// Finds events: a trigger word ("talks", "summit", "offensive") with its place, date
/// and participants from the same sentence, merged across the article so that each
/// (what, place, date) is one event. Verbs that report a meeting ("met", "discussed")
/// only add to a meeting named by a noun. Hypothetical or denied events ("a possible
/// attack", "not preparing an offensive", "called for a ceasefire") are skipped, and an
/// event needs a place or a date to be reported.
struct EventExtractor {
  let article: ParsedArticle
  let names: NameFinder
  let dates: [FoundDate]
  /// The dates of each paragraph in text order, for finding a sentence's dates by
  /// binary search (a one-paragraph file of a million words has thousands of each).
  let datesByParagraph: [Int: [FoundDate]]
  let lexicon = Lexicon.shared
  /// The canonical name of each entity record.
  let recordNames: [String]
  let personByRecord: [Int: PersonRecord]

  init(_ article: ParsedArticle, names: NameFinder, dates: [FoundDate]) {
    self.article = article
    self.names = names
    self.dates = dates
    datesByParagraph = Dictionary(grouping: dates.enumerated(), by: \.element.paragraph).mapValues { found in
      found.sorted { ($0.element.first, $0.offset) < ($1.element.first, $1.offset) }.map(\.element)
    }
    recordNames = names.table.records.map(EntityTable.name(of:))
    personByRecord = Dictionary(names.people.people.map { ($0.record, $0) }, uniquingKeysWith: { first, _ in first })
  }

  static let hypothetical: WordSet = [
    "possible", "potential", "imminent", "expected", "looming", "threatened", "any", "such", "feared", "future",
    "prospective", "proposed",
  ]
  static let negations: WordSet = ["not", "no", "never", "without", "avert", "avoid", "prevent", "n't", "stop"]
  static let calls: WordSet = [
    "call", "calls", "called", "calling", "urged", "urging", "urge", "demand", "demanded", "demanding", "pressed",
    "pushing", "pushed", "appeal", "appealed", "appealing",
  ]
  static let verbContext: WordSet = [
    "to", "will", "would", "could", "can", "may", "might", "should", "must", "did", "was", "were", "is", "are", "be", "been",
  ]

  func extract() -> [Event] {
    var mentions: [EventMention] = []
    for paragraph in article.paragraphs.indices {
      for sentence in article.paragraphs[paragraph].sentences {
        mentions += self.mentions(in: sentence, paragraph: paragraph)
      }
    }
    return EventMerger.merge(mentions)
  }

  private func mentions(in sentence: Range<Int>, paragraph: Int) -> [EventMention] {
    let tokens = article.paragraphs[paragraph].tokens
    var found: [(index: Int, name: String, eventClass: EventClass)] = []
    for index in sentence where tokens[index].kind == .word {
      guard let trigger = lexicon.eventTriggers[tokens[index].lower], names.table.ownerOf(paragraph, index) == nil,
        isReal(index, sentence: sentence, paragraph: paragraph, verb: trigger.eventClass == .verb)
      else { continue }
      found.append((index, trigger.name, trigger.eventClass))
    }
    guard !found.isEmpty else { return [] }
    let hasMeetingNoun = found.contains { $0.eventClass == .meeting }
    let participants = participants(in: sentence, paragraph: paragraph)
    return found.compactMap { trigger in
      let isVerb = trigger.eventClass == .verb
      if isVerb && hasMeetingNoun { return nil }
      let eventClass: EventClass = isVerb ? .meeting : trigger.eventClass
      let place = place(for: trigger.index, eventClass: eventClass, sentence: sentence, paragraph: paragraph)
      return EventMention(
        name: trigger.name, eventClass: eventClass, isVerb: isVerb, place: place,
        date: date(for: trigger.index, sentence: sentence, paragraph: paragraph),
        participants: eventClass == .disaster ? [] : participants.filter { $0 != place },
        span: article.span(paragraph, trigger.index, trigger.index))
    }
  }

  /// Not hypothetical, denied, called for, or a verb form of a noun trigger ("to attack").
  private func isReal(_ index: Int, sentence: Range<Int>, paragraph: Int, verb: Bool) -> Bool {
    let tokens = article.paragraphs[paragraph].tokens
    let window = max(sentence.lowerBound, index - 4)..<index
    let before = window.map { tokens[$0].lower }
    if before.contains(where: EventExtractor.negations.contains) { return false }
    if verb { return true }
    if before.contains(where: EventExtractor.hypothetical.contains) { return false }
    if let previous = before.last, EventExtractor.verbContext.contains(previous) { return false }
    if let forIndex = before.lastIndex(of: "for"), before[..<forIndex].contains(where: EventExtractor.calls.contains) {
      return false
    }
    return true
  }
}
