/// A run of capitalised words that evidence says is a person's name.
struct PersonCandidate {
  var paragraph: Int
  var first: Int
  var last: Int
  /// Lower-cased name tokens, particles included ("bashar", "al-assad").
  var words: [String]
  /// The country of a demonym or possessive before the title ("Russian President").
  var nationality: String?
  /// The title words right before the name, lower-cased ("foreign minister").
  var title: [String]
}

/// One person of an article and the short forms that refer to them.
struct PersonRecord {
  var words: [String]
  var nationality: String?
  var title: [String]
  /// Where the fullest form was first seen (paragraph, token).
  var position: (Int, Int)
  var record: Int
}

/// Merges person candidates into people (one sense per document) and answers which
/// person a short form ("Putin", "Mr Putin", "al-Assad", "Assad") refers to.
struct PersonTable {
  private(set) var people: [PersonRecord] = []
  /// Alias key ("putin", "vladimir putin", "assad") to indexes into `people`.
  private var aliases: [String: [Int]] = [:]
  /// A given name used alone ("Tedros", "Xi", "Kim", "Lula"): a word of a fuller
  /// name before its last, tried when no other alias matches.
  private var givenNames: [String: [Int]] = [:]

  static let particles: WordSet = [
    "al", "el", "bin", "ibn", "bint", "de", "del", "della", "der", "den", "di", "da", "dos", "das", "do", "du",
    "van", "von", "le", "la", "ter", "ten", "abu", "ben", "y", "st",
  ]

  /// Builds people from candidates: the fullest forms first, then shorter forms join
  /// the person whose aliases they match. `makeRecord` creates the entity record.
  init(_ candidates: [PersonCandidate], makeRecord: (PersonCandidate) -> Int) {
    let ordered = candidates.sorted {
      ($0.words.count, -$0.paragraph, -$0.first) > ($1.words.count, -$1.paragraph, -$1.first)
    }
    for candidate in ordered where resolve(candidate.words, at: (candidate.paragraph, candidate.first)) == nil {
      if candidate.words.count == 1, let person = uniqueContaining(candidate.words[0]) {
        aliases[candidate.words[0], default: []].append(person)
        continue
      }
      let index = people.count
      people.append(
        PersonRecord(
          words: candidate.words, nationality: candidate.nationality, title: candidate.title,
          position: (candidate.paragraph, candidate.first), record: makeRecord(candidate)))
      for key in PersonTable.aliasKeys(candidate.words) { aliases[key, default: []].append(index) }
      for word in candidate.words.dropLast() where !PersonTable.particles.contains(word) && word.count > 1 {
        givenNames[word, default: []].append(index)
      }
    }
    for candidate in candidates {
      guard let person = resolve(candidate.words, at: (candidate.paragraph, candidate.first)) else { continue }
      if people[person].nationality == nil { people[person].nationality = candidate.nationality }
      if people[person].title.isEmpty { people[person].title = candidate.title }
    }
  }

  /// The person a name refers to; when several share the alias, the one introduced
  /// last before `position`, else the first.
  func resolve(_ words: [String], at position: (Int, Int)) -> Int? {
    let key = words.joined(separator: " ")
    guard let matches = aliases[key] ?? (words.count == 1 ? givenNames[key] : nil), let first = matches.first else {
      return nil
    }
    if matches.count == 1 { return first }
    let before = matches.filter { people[$0].position <= position }
    return before.max { people[$0].position < people[$1].position } ?? first
  }

  /// Suffixes of the name that start a word ("vladimir putin", "putin"), and the last
  /// word without its particle ("assad" for "al-assad").
  static func aliasKeys(_ words: [String]) -> [String] {
    var keys: [String] = []
    for start in words.indices {
      let suffix = words[start...]
      guard suffix.contains(where: { !particles.contains($0) }) else { break }
      keys.append(suffix.joined(separator: " "))
    }
    if let last = words.last, let hyphen = last.firstIndex(of: "-") {
      let prefix = String(last[..<hyphen])
      if particles.contains(prefix) { keys.append(String(last[last.index(after: hyphen)...])) }
    }
    return keys
  }

  private func uniqueContaining(_ word: String) -> Int? {
    let matches = people.indices.filter { people[$0].words.contains(word) }
    return matches.count == 1 ? matches[0] : nil
  }
}
