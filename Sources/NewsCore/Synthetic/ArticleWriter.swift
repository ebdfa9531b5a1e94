/// Writes one article about a ``Story``: header, headline or lead, paragraphs.
struct ArticleWriter {
  let story: Story
  var random: SplitMix64
  let date: CalendarDate
  private var used: Set<String> = []

  init(story: Story, random: SplitMix64) {
    self.story = story
    self.random = random
    date = story.date.adding(days: self.random.int(in: -2...1))
  }

  mutating func write() -> String {
    var paragraphs: [String] = []
    let first = story.people[0]
    let second = story.people[1]
    let lead = leadSentence(first, second)
    if random.chance(0.6) {
      paragraphs.append(" date \(date.iso) \(headline(first, second))")
      paragraphs.append(dateline() + lead)
    } else {
      paragraphs.append(" date \(date.iso) \(lead)")
    }
    let count = random.int(in: 3...14)
    for number in 0..<count {
      if number > 1, number < count - 1, random.chance(0.12) {
        paragraphs.append("- \(random.pick(SyntheticVocabulary.subheadings)) -")
      }
      let sentences = (0..<random.int(in: 1...3)).map { _ in freshSentence() }
      paragraphs.append(sentences.joined(separator: " "))
    }
    return paragraphs.joined(separator: "\n\n") + "\n"
  }

  private mutating func headline(_ first: Story.Person, _ second: Story.Person) -> String {
    switch random.int(in: 0...3) {
    case 0: return "\(first.last) and \(second.last) to hold \(story.event) on \(story.topic) in \(story.venue)"
    case 1: return "\(first.country.adjective) \(first.role.lowercased()) heads to \(story.venue) for \(story.event)"
    case 2: return "\(story.organization) urges progress on \(story.topic) ahead of \(story.venue) \(story.event)"
    default: return "\"\(random.pick(SyntheticVocabulary.quotes)),\" says \(first.last)"
    }
  }

  private mutating func dateline() -> String {
    guard random.chance(0.5) else { return "" }
    let place = random.pick([story.venue, story.people[0].country.capital])
    switch random.int(in: 0...2) {
    case 0: return "\(place) - "
    case 1: return "\(place.uppercased()) (\(random.pick(SyntheticVocabulary.agencies))) - "
    default: return "\(place) -"
    }
  }

  private func leadSentence(_ first: Story.Person, _ second: Story.Person) -> String {
    "\(first.country.adjective) \(first.role) \(first.full) was set to meet \(second.country.adjective) "
      + "counterpart \(second.full) \(relativeDay(story.date)) for \(story.event) in \(story.venue) on "
      + "\(story.topic), as pressure mounts on both sides to reach a deal."
  }

  /// A sentence not yet used in this article, when one turns up in a few tries.
  private mutating func freshSentence() -> String {
    var candidate = sentence()
    for _ in 0..<4 where used.contains(candidate) { candidate = sentence() }
    used.insert(candidate)
    return candidate
  }

  private mutating func sentence() -> String {
    let pair = random.int(in: 0...(story.people.count - 1))
    let person = story.people[pair]
    let other = story.people[(pair + 1) % story.people.count]
    let vocabulary = SyntheticVocabulary.self
    switch random.int(in: 0...7) {
    case 0, 1:
      return "\"\(random.pick(vocabulary.quotes)),\" \(person.last) \(random.pick(vocabulary.speechVerbs))."
    case 2:
      return "“\(random.pick(vocabulary.quotes)),” \(person.role) \(person.full) said \(relativeDay(date))."
    case 3:
      return "The \(story.organization) said the \(story.event) in \(story.venue) would focus on \(story.topic)."
    case 4:
      return "\(person.last) and \(other.last) last met on \(monthDay(story.previousDate)) in \(story.previousVenue)."
    case 5:
      return "\(person.country.name) has repeatedly called for \(story.topic), \(person.country.adjective) media reported."
    case 6:
      return "Talks in \(story.venue) are expected to last until \(random.pick(vocabulary.weekdays)), officials said."
    default:
      return "Analysts in \(person.country.capital) said the \(story.event) could decide the fate of \(story.topic)."
    }
  }

  /// "on Monday" when within a week of the article's date, else "on September 7".
  private func relativeDay(_ day: CalendarDate) -> String {
    let distance = day.daysSinceEpoch - date.daysSinceEpoch
    if (-6...6).contains(distance) { return "on \(SyntheticVocabulary.weekdays[day.weekday - 1])" }
    return "on \(monthDay(day))"
  }

  private func monthDay(_ day: CalendarDate) -> String { "\(SyntheticVocabulary.months[day.month - 1]) \(day.day)" }
}
