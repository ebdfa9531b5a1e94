import Foundation

/// Keys for matching names across articles: "Erdoğan" and "Erdogan", "UN" and "United
/// Nations", "al-Qaida" and "Al-Qaeda" get the same key.
public enum NameNormalizer {
  /// The matching key of a name: case-folded, without diacritics, apostrophes or points,
  /// hyphens and dashes as spaces, a leading "the" dropped, each word in its preferred
  /// transliteration, and a listed alias or acronym replaced by its full name's key.
  public static func key(_ name: String) -> String {
    let basic = basicKey(name)
    return aliases[basic] ?? basic
  }

  /// The key without the alias table: what ``key(_:)`` looks aliases up with.
  static func basicKey(_ name: String) -> String {
    var text = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x27, 0x2019, 0x2018, 0xB4, 0x60, 0x2BC, 0x2E: continue
      case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x5F, 0x2F: scalars.append(" ")
      default: scalars.append(contentsOf: replacement(scalar))
      }
    }
    text = String(scalars)
    var words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    if words.count > 1, words.first == "the" { words.removeFirst() }
    if let last = words.last, last.hasSuffix("s"), name.hasSuffix("'s") || name.hasSuffix("’s") || name.hasSuffix("´s") {
      words[words.count - 1] = String(last.dropLast())
    }
    return words.map { transliterations[$0] ?? $0 }.joined(separator: " ")
  }

  /// Letters that folding keeps apart but news spells both ways.
  private static func replacement(_ scalar: Unicode.Scalar) -> String.UnicodeScalarView {
    switch scalar {
    case "ı": return "i".unicodeScalars
    case "ø": return "o".unicodeScalars
    case "æ": return "ae".unicodeScalars
    case "œ": return "oe".unicodeScalars
    case "ß": return "ss".unicodeScalars
    case "đ", "ð": return "d".unicodeScalars
    case "ł": return "l".unicodeScalars
    case "þ": return "th".unicodeScalars
    default: return String.UnicodeScalarView([scalar])
    }
  }

  /// Word to preferred spelling, from TransliterationList.swift.
  private static let transliterations: [String: String] = {
    var table: [String: String] = [:]
    for group in Lexicon.lines(LexiconData.transliterations) {
      for variant in group.dropFirst() { table[variant] = group[0] }
    }
    return table
  }()

  /// Alias key to full-name key, from the place and organisation lists
  /// ("un" → "united nations", "hts" → "hayat tahrir al sham").
  private static let aliases: [String: String] = {
    var table: [String: String] = [:]
    for pair in Lexicon.shared.aliasPairs {
      let alias = basicKey(pair.alias)
      let canonical = basicKey(pair.canonical)
      if alias != canonical, table[alias] == nil { table[alias] = canonical }
    }
    return table
  }()
}
