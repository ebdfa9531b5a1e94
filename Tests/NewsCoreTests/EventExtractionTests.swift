import NewsCore
import Testing

@Suite struct EventExtractionTests {
  struct Case: CustomStringConvertible, Sendable {
    var paragraphs: [String]
    var label: String
    var participants: Set<String> = []
    var description: String { label }
  }

  static let cases: [Case] = [
    Case(
      paragraphs: [
        "Vladimir Putin and Recep Tayyip Erdogan spoke by phone.",
        "Erdogan and Putin met on September 7 in Tehran for a three-way summit with Iranian President Hassan Rouhani.",
      ],
      label: "summit in Tehran on 2018-09-07", participants: ["Erdogan", "Putin", "Hassan Rouhani"]),
    Case(paragraphs: ["The leaders are set to hold talks in Sochi on Monday."], label: "talks in Sochi on 2018-09-17"),
    Case(
      paragraphs: ["The disagreements were highlighted at the Tehran summit, which took place on September 7."],
      label: "summit in Tehran on 2018-09-07"),
    Case(paragraphs: ["A powerful earthquake struck Japan on Thursday, killing 9 people."], label: "earthquake on 2018-09-13"),
    Case(paragraphs: ["Thousands joined protests in Moscow on Saturday."], label: "protest in Moscow on 2018-09-15"),
    Case(
      paragraphs: ["Israeli jets carried out an air strike on Damascus on Sunday."], label: "strike in Damascus on 2018-09-16"),
    Case(
      paragraphs: ["Germany's Angela Merkel will hold talks with Emmanuel Macron in Paris on Wednesday."],
      label: "talks in Paris on 2018-09-19", participants: ["Angela Merkel", "Emmanuel Macron"]),
    Case(
      paragraphs: ["Russian and Turkish officials held negotiations in Ankara on Friday."],
      label: "negotiations in Ankara on 2018-09-14", participants: ["Russia", "Turkey"]),
  ]

  @Test(arguments: cases)
  func findsEvent(_ example: Case) throws {
    let events = analyze(example.paragraphs).events
    let event = try #require(events.first { $0.label == example.label }, "events: \(events.map(\.label))")
    let names = Set(event.participants.map { $0.split(separator: " ").last.map(String.init) ?? $0 })
    let expected = Set(example.participants.map { $0.split(separator: " ").last.map(String.init) ?? $0 })
    #expect(names.isSuperset(of: expected), "participants \(event.participants)")
  }

  @Test(arguments: [
    "Turkey has intensified negotiations with Russia to avert a possible attack, repeatedly calling for a ceasefire.",
    "Lavrov said Friday that the regime is not preparing a major offensive against Idlib.",
    "Turkey had called for a ceasefire in Idlib Province.",
    "Such an offensive would unleash a bloodbath in Idlib.",
    "Officials discussed the talks.",
  ])
  func skipsHypotheticalOrUnplacedEvents(_ text: String) {
    #expect(analyze(text).events.isEmpty, "events: \(analyze(text).events.map(\.label))")
  }

  @Test func mergesMentionsAcrossTheArticle() throws {
    let events = analyze([
      "Putin and Erdogan to hold talks on Idlib.",
      "Russian President Vladimir Putin was set to meet Turkish counterpart Recep Tayyip Erdogan on Monday.",
      "The leaders will discuss the situation at Putin's residence in the resort city of Sochi.",
      "Peskov told reporters on Monday ahead of the talks that there were differences.",
    ]).events
    #expect(events.map(\.label) == ["talks in Sochi on 2018-09-17"])
    #expect(Set(events.first?.participants ?? []) == ["Vladimir Putin", "Recep Tayyip Erdogan"])
  }

  @Test func resolvesLeadersNamedByNationality() throws {
    let events = analyze([
      "Turkish leader Recep Tayyip Erdogan spoke before talks with President Vladimir Putin.",
      "The Turkish president said Putin discussed Idlib with Iranian President Hassan Rouhani in Tehran on September 7.",
      "Their differences were clear at the Tehran summit.",
    ]).events
    let summit = try #require(events.first { $0.what == "summit" })
    #expect(summit.label == "summit in Tehran on 2018-09-07")
    #expect(Set(summit.participants) == ["Recep Tayyip Erdogan", "Vladimir Putin", "Hassan Rouhani"])
  }
}

/// A date joins an event only in the trigger's clause: (text, trigger, dated).
@Suite struct EventDateClauseTests {
  @Test(arguments: [
    (
      "President-elect Joe Biden on Monday named a task force, as President Donald Trump contested the election in Pennsylvania.",
      "election", false
    ),
    ("On Monday the ministers agreed a budget in Brussels, while the summit in Paris was postponed.", "summit", false),
    ("Lawmakers on Friday passed the budget in Nairobi after the election in Kenya.", "election", false),
    ("The summit in Tehran on September 7 ended without a deal.", "summit", true),
    ("Monday's talks in Sochi lasted four hours.", "talks", true),
    ("The election held in Kenya on Tuesday was peaceful.", "election", true),
    ("The disagreements were aired at the Tehran summit, which took place on September 7.", "summit", true),
  ])
  func datesEventsInTheirClause(_ text: String, _ what: String, _ dated: Bool) throws {
    let events = analyze(text).events
    let event = try #require(events.first { $0.what == what }, "\(events.map(\.label))")
    #expect((event.date != nil) == dated)
  }
}
