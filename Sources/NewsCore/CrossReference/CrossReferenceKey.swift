import Foundation

/// The normalised name that decides whether two articles mention the same entity.
///
/// Names merge across articles only on strong evidence:
/// - the same words after folding: case-folded, diacritics stripped (Erdoğan is Erdogan,
///   Łódź is Lodz), apostrophes and periods dropped (O’Brien is OBrien, U.N. is UN),
///   hyphens and other punctuation read as spaces (al-Assad is al Assad);
/// - a leading "the" dropped ("the Kremlin"); for people, a leading honorific ("Mr", "Dr")
///   and Arabic article particles inside the name ("Bashar al-Assad" is "Bashar Assad");
/// - listed transliterations and spellings, word by word (Kiev is Kyiv, Zelenskyy is Zelensky,
///   organisation is organization);
/// - listed acronyms and alternative full names (UN is United Nations, U.S. is United States).
///
/// A bare surname is never looked up in other articles: "Putin" in one article and
/// "Vladimir Putin" in another stay apart. See ``CrossReferenceIndex`` for the one
/// exception, inside a single article.
enum CrossReferenceKey {
  /// The key of `name`: its folded words, with the alias tables applied.
  ///
  /// - Parameter applyingAliases: false leaves out the transliteration and alias tables, to
  ///   tell a name spelled like its key ("United Nations") from an alias of it ("UN").
  static func key(for name: String, kind: EntityKind, applyingAliases: Bool = true) -> String {
    var words = self.words(of: name)
    if applyingAliases { words = words.map { transliterations[$0] ?? $0 } }
    if words.count > 1, words[0] == "the" { words.removeFirst() }
    if kind == .person {
      while words.count > 1, honorifics.contains(words[0]) { words.removeFirst() }
      words = words.enumerated().filter { $0.offset == 0 || !particles.contains($0.element) }.map(\.element)
    }
    let joined = words.joined(separator: " ")
    return applyingAliases ? aliases[joined] ?? joined : joined
  }

  /// The words of a name, case- and diacritic-folded, with nothing else applied.
  static func words(of name: String) -> [String] {
    var words: [String] = []
    CrossReferenceIndex.WordScanner.forEachWord(in: folded(name), joining: true) { bytes in
      words.append(String(decoding: bytes, as: UTF8.self))
    }
    return words
  }

  /// Folds case and strips diacritics. Pure ASCII needs no Foundation work: the word
  /// scanner lower-cases it.
  private static func folded(_ name: String) -> String {
    guard name.utf8.contains(where: { $0 >= 0x80 }) else { return name }
    var text = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    for (letter, replacement) in unfoldedLetters where text.contains(letter) {
      text = text.replacingOccurrences(of: letter, with: replacement)
    }
    return text
  }

  /// Letters that folding leaves alone because Unicode gives them no decomposition.
  private static let unfoldedLetters: [(String, String)] = [
    ("ı", "i"), ("ł", "l"), ("ø", "o"), ("đ", "d"), ("ð", "d"), ("þ", "th"), ("æ", "ae"), ("œ", "oe"),
  ]

  private static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "prof"]

  /// Article particles that some spellings of a name keep and others drop.
  private static let particles: Set<String> = ["al", "el"]

  /// One word's other spellings, mapped to the one the key uses.
  static let transliterations: [String: String] = [
    "kiev": "kyiv", "kharkov": "kharkiv", "teheran": "tehran",
    "zelenskyy": "zelensky", "zelenskiy": "zelensky", "zelenskyi": "zelensky",
    "gadhafi": "gaddafi", "qaddafi": "gaddafi", "kadhafi": "gaddafi", "qadhafi": "gaddafi", "gaddafy": "gaddafi",
    "moammar": "muammar", "moamer": "muammar", "muamar": "muammar",
    "mohammed": "muhammad", "mohammad": "muhammad", "mohamed": "muhammad", "muhammed": "muhammad",
    "mohamad": "muhammad",
    "usama": "osama", "sergey": "sergei", "sergej": "sergei",
    "dmitriy": "dmitry", "dmitri": "dmitry", "yevgeniy": "yevgeny", "evgeny": "yevgeny", "evgeniy": "yevgeny",
    "aleksandr": "alexander", "alexandr": "alexander", "aleksei": "alexei", "alexey": "alexei", "aleksey": "alexei",
    "navalnyy": "navalny", "yury": "yuri", "yuriy": "yuri", "nikolay": "nikolai",
    "organisation": "organization", "organisations": "organizations", "centre": "center", "defence": "defense",
    "programme": "program", "labour": "labor",
  ]

  /// Acronyms and alternative full names, mapped to the key of the name they stand for.
  static let aliases: [String: String] = [
    "un": "united nations", "eu": "european union",
    "nato": "north atlantic treaty organization",
    "us": "united states", "usa": "united states", "united states of america": "united states",
    "uk": "united kingdom", "uae": "united arab emirates",
    "who": "world health organization", "imf": "international monetary fund",
    "wto": "world trade organization", "iaea": "international atomic energy agency",
    "icc": "international criminal court", "ecb": "european central bank",
    "opec": "organization of the petroleum exporting countries",
    "asean": "association of southeast asian nations",
    "fbi": "federal bureau of investigation", "cia": "central intelligence agency",
    "nasa": "national aeronautics and space administration",
    "ioc": "international olympic committee", "unhcr": "un refugee agency",
    "sohr": "syrian observatory for human rights", "hts": "hayat tahrir al sham",
    "isis": "islamic state", "isil": "islamic state", "is": "islamic state",
  ]
}
