/// The kinds of named things lede extracts and cross-references.
public enum EntityKind: String, Hashable, Sendable, Codable, CaseIterable {
  case person, place, organization
}

/// A named entity of one article with every place it is mentioned.
public struct Entity: Hashable, Sendable {
  public var kind: EntityKind
  /// The fullest form used in the article ("Vladimir Putin", not "Putin").
  public var name: String
  /// Every mention, in text order, including short forms ("Putin", "Mr Putin").
  public var mentions: [TextSpan]

  public init(kind: EntityKind, name: String, mentions: [TextSpan]) {
    self.kind = kind
    self.name = name
    self.mentions = mentions
  }
}

/// How precise a resolved date is.
public enum DateGranularity: String, Hashable, Sendable, Codable {
  case day, month, year
}

/// A resolved date value: `2018-09-17`, `2018-09` or `2018`.
public struct DateValue: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var year: Int
  public var month: Int?
  public var day: Int?

  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = month == nil ? nil : day
  }

  public init(_ date: CalendarDate) { self.init(year: date.year, month: date.month, day: date.day) }

  public var granularity: DateGranularity { day != nil ? .day : month != nil ? .month : .year }

  /// The day, when the value is precise to a day.
  public var calendarDate: CalendarDate? {
    guard let month, let day else { return nil }
    return CalendarDate(year: year, month: month, day: day)
  }

  /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
  public var iso: String {
    func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
    let digits = String(year)
    var text = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    if let month { text += "-\(pad(month))" }
    if let month, let day, month > 0 { text += "-\(pad(day))" }
    return text
  }

  public var description: String { iso }

  public static func < (lhs: DateValue, rhs: DateValue) -> Bool {
    (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
  }
}

/// A date expression in the text, resolved against the article's date.
public struct DateMention: Hashable, Sendable {
  /// As written: "Monday", "September 7", "two weeks ago".
  public var text: String
  public var value: DateValue
  public var span: TextSpan

  public init(text: String, value: DateValue, span: TextSpan) {
    self.text = text
    self.value = value
    self.span = span
  }
}

/// Something that happened: a trigger word with its place, date and participants.
public struct Event: Hashable, Sendable {
  /// The trigger, normalised: "talks", "summit", "offensive".
  public var what: String
  /// The canonical place name, when one is attached.
  public var place: String?
  public var date: DateValue?
  /// Canonical names of people and countries taking part.
  public var participants: [String]
  /// The trigger's span.
  public var span: TextSpan

  public init(what: String, place: String?, date: DateValue?, participants: [String], span: TextSpan) {
    self.what = what
    self.place = place
    self.date = date
    self.participants = participants
    self.span = span
  }

  /// "talks in Sochi on 2018-09-17".
  public var label: String {
    var text = what
    if let place { text += " in \(place)" }
    if let date { text += " on \(date.iso)" }
    return text
  }
}

/// A quotation: the quoted text and who said it.
public struct Quote: Hashable, Sendable {
  /// The characters between the quotation marks (for a split or multi-paragraph
  /// quote, the parts joined with a space).
  public var text: String
  /// The quoted text without its marks; several for split or multi-paragraph quotes.
  public var spans: [TextSpan]
  /// The canonical entity name of the speaker, or nil when unattributed.
  public var speaker: String?
  public var speakerKind: EntityKind?
  /// Where the speaker is named for this quote ("he", "Peskov", "the Kremlin").
  public var speakerSpan: TextSpan?
  /// The speech verb ("said", "told"), normalised to its lemma form as written.
  public var verb: String?
  public var verbSpan: TextSpan?
  /// A short scare quote or title ("bloodbath"): highlighted, not a statement.
  public var isFragment: Bool
  /// 0...1: how sure the attribution is.
  public var confidence: Double

  public init(
    text: String, spans: [TextSpan], speaker: String?, speakerKind: EntityKind?, speakerSpan: TextSpan?,
    verb: String?, verbSpan: TextSpan?, isFragment: Bool, confidence: Double
  ) {
    self.text = text
    self.spans = spans
    self.speaker = speaker
    self.speakerKind = speakerKind
    self.speakerSpan = speakerSpan
    self.verb = verb
    self.verbSpan = verbSpan
    self.isFragment = isFragment
    self.confidence = confidence
  }
}

/// Everything extracted from one article.
public struct ArticleAnalysis: Hashable, Sendable {
  public var people: [Entity]
  public var places: [Entity]
  public var organizations: [Entity]
  public var dates: [DateMention]
  public var events: [Event]
  public var quotes: [Quote]

  public init(
    people: [Entity] = [], places: [Entity] = [], organizations: [Entity] = [],
    dates: [DateMention] = [], events: [Event] = [], quotes: [Quote] = []
  ) {
    self.people = people
    self.places = places
    self.organizations = organizations
    self.dates = dates
    self.events = events
    self.quotes = quotes
  }

  public func entities(of kind: EntityKind) -> [Entity] {
    switch kind {
    case .person: return people
    case .place: return places
    case .organization: return organizations
    }
  }
}
