import Foundation

/// The raw word lists, one entry per line, in the files of this folder.
enum LexiconData {}

/// What a lexicon phrase names.
enum PlaceType: UInt8, Sendable {
  case country, city, region, geography
}

/// One entry of the place and organisation lists: its canonical name and kind.
struct LexiconEntry: Sendable {
  var kind: EntityKind
  var canonical: String
  var placeType: PlaceType?
}

/// The shipped word lists, parsed once into lookup tables keyed by lower-case token
/// sequences (the tokens of the phrase joined with single spaces, as ``Tokenizer`` cuts
/// them).
struct Lexicon: Sendable {
  static let shared = Lexicon()

  private(set) var entries: [LexiconEntry] = []
  /// Phrase key ("black sea", "un") to the index of its entry, while the lists are read.
  private var phraseIndex: [String: Int] = [:]
  /// Phrase key ("black sea", "un") to the index of its entry.
  private(set) var phrases: WordMap<Int> = [:]
  /// The phrase keys and their leading words ("black", "black sea"): a phrase longer
  /// than one of these cannot be listed.
  private(set) var phrasePrefixes: WordSet = []
  private(set) var longestPhrase = 1
  /// Keys listed only as acronyms ("un" from "UN"): they match a word in capitals only,
  /// so "Kim Jong Un" holds no United Nations.
  private(set) var acronymKeys: WordSet = []
  private var acronymKeySet: Set<String> = []
  private var mixedCaseKeys: Set<String> = []
  /// Lower-case words inside listed names ("and" of "Food and Drug Administration"):
  /// where a run of capitalised words may continue through a lower-case word.
  private(set) var innerWords: WordSet = []
  private var innerWordSet: Set<String> = []
  /// Clubs named like a listed place ("liverpool"): their entry, used in sports articles.
  private(set) var clubsNamedLikePlaces: WordMap<Int> = [:]
  private var clubIndex: [String: Int] = [:]
  let sportsWords: WordSet
  /// "russian" to "Russia".
  private(set) var demonyms: WordMap<String> = [:]
  let firstNames: WordSet
  let titles: WordSet
  let titleModifiers: WordSet
  let organizationKeywords: WordSet
  let placeKeywords: WordSet
  let placeNouns: WordSet
  let companySuffixes: WordSet
  let commonWords: WordSet
  let functionWords: WordSet
  let speechVerbs: WordSet
  /// Trigger word to (normalised name, class).
  private(set) var eventTriggers: WordMap<EventTrigger> = [:]

  init() {
    firstNames = Lexicon.lowerWords(LexiconData.firstNames)
    titles = Lexicon.lowerWords(LexiconData.titles)
    titleModifiers = Lexicon.lowerWords(LexiconData.titleModifiers)
    organizationKeywords = Lexicon.lowerWords(LexiconData.organizationKeywords)
    placeKeywords = Lexicon.lowerWords(LexiconData.placeKeywords)
    placeNouns = Lexicon.lowerWords(LexiconData.placeNouns)
    companySuffixes = Lexicon.lowerWords(LexiconData.companySuffixes)
    let functionWordSet = Lexicon.lowerSet(LexiconData.functionWords)
    functionWords = WordSet(functionWordSet)
    commonWords = WordSet(Lexicon.lowerSet(LexiconData.commonWords).union(functionWordSet))
    speechVerbs = Lexicon.lowerWords(LexiconData.speechVerbs)
    sportsWords = Lexicon.lowerWords(LexiconData.sportsWords)
    add(LexiconData.countries, kind: .place, placeType: .country)
    add(LexiconData.cities, kind: .place, placeType: .city)
    add(LexiconData.regions, kind: .place, placeType: .region)
    add(LexiconData.geography, kind: .place, placeType: .geography)
    add(LexiconData.organizations, kind: .organization, placeType: nil)
    add(LexiconData.newsOutlets, kind: .organization, placeType: nil)
    add(LexiconData.militantGroups, kind: .organization, placeType: nil)
    addClubs(LexiconData.sportsClubs)
    acronymKeySet.subtract(mixedCaseKeys)
    acronymKeys = WordSet(acronymKeySet)
    innerWords = WordSet(innerWordSet)
    phrases = WordMap(phraseIndex)
    var prefixes: Set<String> = []
    for key in phraseIndex.keys {
      var prefix = ""
      for word in key.split(separator: " ") {
        prefix += prefix.isEmpty ? word : " " + word
        prefixes.insert(prefix)
      }
    }
    phrasePrefixes = WordSet(prefixes)
    clubsNamedLikePlaces = WordMap(clubIndex)
    var demonymNames: [String: String] = [:]
    for fields in Lexicon.lines(LexiconData.demonyms) where fields.count == 2 {
      demonymNames[Lexicon.phraseKey(fields[0])] = fields[1]
    }
    demonyms = WordMap(demonymNames)
    var triggers: [String: EventTrigger] = [:]
    for fields in Lexicon.lines(LexiconData.eventTriggers) where fields.count == 3 {
      guard let eventClass = EventClass(rawValue: fields[2]) else { continue }
      triggers[fields[0]] = EventTrigger(name: fields[1], eventClass: eventClass)
    }
    eventTriggers = WordMap(triggers)
  }

  /// The entry a phrase key names, if any.
  func entry(forKey key: String) -> LexiconEntry? {
    phrases[key].map { entries[$0] }
  }

  func entryIndex(forKey key: String) -> Int? { phrases[key] }

  /// Every (alias, canonical) pair of the place and organisation lists.
  var aliasPairs: [(alias: String, canonical: String)] {
    var pairs: [(String, String)] = []
    for fields in [
      LexiconData.countries, LexiconData.cities, LexiconData.regions, LexiconData.geography,
      LexiconData.organizations, LexiconData.newsOutlets, LexiconData.militantGroups, LexiconData.sportsClubs,
    ].flatMap(Lexicon.lines)
    where fields.count > 1 {
      for alias in fields.dropFirst() { pairs.append((alias, fields[0])) }
    }
    return pairs
  }

  private mutating func add(_ list: String, kind: EntityKind, placeType: PlaceType?) {
    for fields in Lexicon.lines(list) {
      let index = entries.count
      entries.append(LexiconEntry(kind: kind, canonical: fields[0], placeType: placeType))
      for name in fields {
        let key = Lexicon.phraseKey(name)
        guard !key.isEmpty else { continue }
        if Lexicon.isAcronym(name) { acronymKeySet.insert(key) } else { mixedCaseKeys.insert(key) }
        noteInnerWords(name)
        guard phraseIndex[key] == nil else { continue }
        phraseIndex[key] = index
        longestPhrase = max(longestPhrase, key.split(separator: " ").count)
      }
    }
  }

  /// Clubs: a name already listed as a place waits for a sports article.
  private mutating func addClubs(_ list: String) {
    for fields in Lexicon.lines(list) {
      let index = entries.count
      entries.append(LexiconEntry(kind: .organization, canonical: fields[0], placeType: nil))
      for name in fields {
        let key = Lexicon.phraseKey(name)
        guard !key.isEmpty else { continue }
        noteInnerWords(name)
        if let existing = phraseIndex[key] {
          if entries[existing].kind == .place, clubIndex[key] == nil { clubIndex[key] = index }
          continue
        }
        phraseIndex[key] = index
        longestPhrase = max(longestPhrase, key.split(separator: " ").count)
      }
    }
  }

  private mutating func noteInnerWords(_ name: String) {
    let words = name.split(separator: " ")
    guard words.count > 2 else { return }
    for word in words.dropFirst().dropLast() where word.first?.isLowercase == true { innerWordSet.insert(String(word)) }
  }

  /// Two or more letters, all capitals, one word ("UN", "NATO"; not "U.N." or "Nato").
  static func isAcronym(_ name: String) -> Bool {
    name.count >= 2 && name.allSatisfy { $0.isUppercase && $0.isLetter }
  }

  /// The lookup key of a phrase: its word and number tokens, lower-cased, joined by spaces.
  static func phraseKey(_ phrase: String) -> String {
    let bytes = Array(phrase.utf8)
    return Tokenizer.tokenize(bytes).filter { $0.kind != .punctuation }.map(\.lower).joined(separator: " ")
  }

  static func lines(_ list: String) -> [[String]] {
    list.split(separator: "\n").compactMap { line in
      let fields = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      return fields.isEmpty ? nil : fields
    }
  }

  private static func lowerSet(_ list: String) -> Set<String> {
    Set(lines(list).map { $0[0].lowercased() })
  }

  private static func lowerWords(_ list: String) -> WordSet { WordSet(lowerSet(list)) }
}

/// What an event trigger word starts: the event's normalised name and its class.
struct EventTrigger: Sendable {
  var name: String
  var eventClass: EventClass
}

/// How an event trigger behaves when attaching places and merging.
enum EventClass: String, Sendable {
  case meeting, conflict, disaster, other, verb
}
