/// Generates realistic synthetic news articles, deterministically from a seed.
///
/// Articles share stories (an event with its place, date, participants and
/// topic), so people, places, events and quotes recur across files the way they
/// do in a real collection. Pure: returns texts; writing them is the caller's job.
public struct CorpusGenerator: Sendable {
  public let seed: UInt64
  /// How many articles tell each story, on average.
  public var articlesPerStory = 4

  public init(seed: UInt64) { self.seed = seed }

  /// `count` articles as file names (`00042_1f2e….txt`) and texts.
  public func generate(count: Int) -> [(fileName: String, text: String)] {
    let stories = max(1, count / max(1, articlesPerStory))
    return (0..<count).map { article(at: $0, storyCount: stories) }
  }

  /// The article at `index` of a corpus with `storyCount` stories.
  public func article(at index: Int, storyCount: Int) -> (fileName: String, text: String) {
    var random = SplitMix64(seed: seed ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
    let story = Story(seed: seed, number: random.int(in: 0...(max(1, storyCount) - 1)))
    var writer = ArticleWriter(story: story, random: random)
    let text = writer.write()
    random = writer.random
    let name = String(index).leftPadded(to: 5) + "_" + String(random.next(), radix: 16).leftPadded(to: 16) + ".txt"
    return (name, text)
  }
}

/// One news story: what happened, where, when and who took part.
struct Story {
  struct Person {
    var first: String
    var last: String
    var role: String
    var country: (name: String, capital: String, adjective: String)
    var full: String { "\(first) \(last)" }
  }

  var people: [Person]
  var event: String
  var venue: String
  var topic: String
  var organization: String
  var date: CalendarDate
  /// An earlier meeting the articles refer back to.
  var previousDate: CalendarDate
  var previousVenue: String

  init(seed: UInt64, number: Int) {
    var random = SplitMix64(seed: seed &+ 0xA5A5_0000 &+ UInt64(number))
    let vocabulary = SyntheticVocabulary.self
    people = (0..<random.int(in: 2...3)).map { _ in
      // People come from a fixed pool, so the same person appears in many stories.
      var person = SplitMix64(seed: seed &+ UInt64(random.int(in: 0...119)))
      return Person(
        first: person.pick(vocabulary.firstNames), last: person.pick(vocabulary.lastNames),
        role: person.pick(vocabulary.roles), country: person.pick(vocabulary.countries))
    }
    event = random.pick(vocabulary.events)
    venue = random.pick(vocabulary.venues)
    topic = random.pick(vocabulary.topics)
    organization = random.pick(vocabulary.organizations)
    date =
      CalendarDate(year: 2017, month: 1, day: 1)?.adding(days: random.int(in: 0...1400)) ?? CalendarDate(daysSinceEpoch: 17_000)
    previousDate = date.adding(days: -random.int(in: 5...40))
    previousVenue = random.pick(vocabulary.venues)
  }
}

extension String {
  func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
