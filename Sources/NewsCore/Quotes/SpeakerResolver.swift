/// A speaker phrase resolved to an entity (or to nobody, for an unknown role).
struct ResolvedSpeaker: Equatable {
  var entity: SpeakerEntity?
  var span: TextSpan
  var confidence: Double
}

/// How sure each way of naming a speaker is.
enum AttributionConfidence {
  static let person = 0.9
  static let organization = 0.85
  static let knownSurname = 0.75
  static let pronoun = 0.7
  static let tiedRole = 0.6
  static let unknownName = 0.55
  static let roleOfOrganization = 0.5
  static let groupPronoun = 0.45
  static let unknownRole = 0.2
  /// Factors for attributions that are not right beside the quotation.
  static let accordingTo = 0.85
  static let sameSentence = 0.8
  static let carriedInParagraph = 0.85
  static let carriedAcrossParagraphs = 0.8
}

/// Resolves speaker phrases: mentions to their entity, he/she to the most recent
/// person, "the spokesman" to the person the role was tied to earlier.
struct SpeakerResolver {
  private struct Event {
    var position: TokenPosition
    var sentence: [Int]
    var entity: SpeakerEntity
  }

  private struct RoleTie {
    var position: TokenPosition
    var words: Set<String>
    var head: String
    var person: SpeakerEntity
  }

  private let document: QuoteDocument
  private var events: [Event] = []
  private let ties: [RoleTie]

  init(document: QuoteDocument) {
    self.document = document
    var events: [Event] = []
    var ties: [RoleTie] = []
    for paragraph in document.paragraphs where paragraph.isBody {
      var previous: Int?
      for (index, token) in paragraph.tokens.enumerated() {
        defer { previous = token.mention }
        guard let id = token.mention, id != previous else { continue }
        let position = TokenPosition(paragraph: paragraph.index, token: index)
        let entity = document.mentions[id].entity
        events.append(Event(position: position, sentence: [paragraph.index, token.sentence], entity: entity))
        if entity.kind == .person, let tie = Self.tie(before: index, in: paragraph, document: document) {
          ties.append(RoleTie(position: position, words: tie.words, head: tie.head, person: entity))
        }
      }
    }
    self.events = events
    self.ties = ties
  }

  /// Who `phrase` names, judged at its place in the article.
  func resolve(_ phrase: SpeakerPhrase) -> ResolvedSpeaker? {
    let span = document.span(paragraph: phrase.paragraph, tokens: phrase.range)
    let position = TokenPosition(paragraph: phrase.paragraph, token: phrase.range.lowerBound)
    func found(_ entity: SpeakerEntity?, _ confidence: Double) -> ResolvedSpeaker {
      ResolvedSpeaker(entity: entity, span: span, confidence: confidence)
    }
    switch phrase.head {
    case .mention(let id):
      let entity = document.mentions[id].entity
      return found(entity, entity.kind == .person ? AttributionConfidence.person : AttributionConfidence.organization)
    case .pronoun(let word):
      if SpeechLexicon.personPronouns.contains(word) {
        return person(before: position).map { found($0, AttributionConfidence.pronoun) }
      }
      return organization(before: position).map { found($0, AttributionConfidence.groupPronoun) }
    case .role(let words, let organization):
      if let person = tiedPerson(words, before: position) { return found(person, AttributionConfidence.tiedRole) }
      if let organization {
        return found(document.mentions[organization].entity, AttributionConfidence.roleOfOrganization)
      }
      return found(nil, AttributionConfidence.unknownRole)
    case .name(let name):
      let surname = name.split(separator: " ").last.map(String.init)
      if let known = document.people.first(where: { $0.name.split(separator: " ").last.map(String.init) == surname }) {
        return found(known, AttributionConfidence.knownSurname)
      }
      return found(SpeakerEntity(name: name, kind: .person), AttributionConfidence.unknownName)
    }
  }

  /// Records a resolved speaker, so that a later "he" can refer to it.
  mutating func record(_ speaker: ResolvedSpeaker, at position: TokenPosition) {
    guard let entity = speaker.entity, document.paragraphs[position.paragraph].isBody else { return }
    let sentence = [position.paragraph, document[position].sentence]
    let event = Event(position: position, sentence: sentence, entity: entity)
    let index = events.firstIndex { $0.position > position } ?? events.count
    events.insert(event, at: index)
  }

  /// The subject of the most recent sentence that mentions a person: the first person
  /// mentioned in it, within the last three paragraphs.
  /// When that sentence's subject is itself a pronoun ("He said he had spoken to
  /// Zelensky"), its antecedent is looked for before it.
  private func person(before position: TokenPosition, depth: Int = 0) -> SpeakerEntity? {
    guard let latest = events.last(where: { $0.position < position && $0.entity.kind == .person }),
      position.paragraph - latest.position.paragraph <= 3,
      let subject = events.first(where: { $0.sentence == latest.sentence && $0.entity.kind == .person })
    else { return nil }
    if depth < 2, let start = pronounSubjectStart(before: subject.position) {
      return person(before: start, depth: depth + 1) ?? subject.entity
    }
    return subject.entity
  }

  /// The start of the sentence when "he" or "she" stands in it before `position`.
  private func pronounSubjectStart(before position: TokenPosition) -> TokenPosition? {
    let tokens = document.paragraphs[position.paragraph].tokens
    let sentence = tokens[position.token].sentence
    var index = position.token
    var pronoun = false
    while index > 0, tokens[index - 1].sentence == sentence {
      index -= 1
      if tokens[index].isWord, SpeechLexicon.personPronouns.contains(tokens[index].lower) { pronoun = true }
    }
    return pronoun ? TokenPosition(paragraph: position.paragraph, token: index) : nil
  }

  /// "they" or "it": the most recent mention, if it is an organisation in this or
  /// the previous paragraph.
  private func organization(before position: TokenPosition) -> SpeakerEntity? {
    guard let latest = events.last(where: { $0.position < position }), latest.entity.kind == .organization,
      position.paragraph - latest.position.paragraph <= 1
    else { return nil }
    return latest.entity
  }

  /// The one person an earlier title tied to this role; nil when none or several.
  private func tiedPerson(_ words: [String], before position: TokenPosition) -> SpeakerEntity? {
    let keys = words.map(SpeechLexicon.roleKey)
    guard let head = keys.last else { return nil }
    let people = Set(
      ties.filter { $0.position < position && $0.head == head && Set(keys).isSubset(of: $0.words) }.map(\.person))
    return people.count == 1 ? people.first : nil
  }

  /// "Kremlin spokesman Dmitry Peskov", "Turkish leader Recep Tayyip Erdogan": the
  /// title words before a person's name (up to four, one of them a role or title).
  private static func tie(before index: Int, in paragraph: QuoteParagraph, document: QuoteDocument)
    -> (words: Set<String>, head: String)?
  {
    var words: [String] = []
    var cursor = index - 1
    while cursor >= 0, words.count < 4 {
      let token = paragraph.tokens[cursor]
      let isPerson = token.mention.map { document.mentions[$0].entity.kind == .person } ?? false
      let isTitle = SpeechLexicon.titles.contains(token.lower) || SpeechLexicon.roles.contains(token.lower)
      guard token.isWord, !isPerson, isTitle || token.isCapitalized else { break }
      words.insert(SpeechLexicon.roleKey(token.lower), at: 0)
      cursor -= 1
    }
    let head = words.last { SpeechLexicon.titles.contains($0) || SpeechLexicon.roles.contains($0) }
    return head.map { (Set(words), SpeechLexicon.roleKey($0)) }
  }
}
