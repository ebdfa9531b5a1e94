import Foundation
import NewsCore
import TestSupport

/// A hand-annotated evaluation set (Tests/Fixtures/eval/, Tests/Fixtures/eval-holdout/):
/// articles and gold.
struct EvaluationGold: Decodable {
  struct Article: Decodable {
    var people: [String]
    var organizations: [String]
    var places: [String]
    var quotes: [QuoteItem]
    /// Names that count neither as found nor as missed.
    var optional: [String]
  }

  struct QuoteItem: Decodable {
    var text: String
    var speaker: String?
    var fragment: Bool?
  }

  var articles: [String: Article]

  static func folder(_ name: String) -> URL { Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/\(name)") }

  static func load(_ name: String) throws -> EvaluationGold {
    let url = folder(name).appendingPathComponent("gold.json")
    return try JSONDecoder().decode(EvaluationGold.self, from: Data(contentsOf: url))
  }

  /// The set's articles through the real loader, by ID.
  static func articles(_ name: String) -> [String: NewsCore.Article] {
    let report = ArticleLoader().load(paths: [folder(name).appendingPathComponent("articles").path])
    return Dictionary(report.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }
}

/// Counts for one kind of name: found and right, found and wrong, missed.
struct NameScore {
  var correct = 0
  var wrong = 0
  var missed = 0

  var precision: Double { correct + wrong == 0 ? 1 : Double(correct) / Double(correct + wrong) }
  var recall: Double { correct + missed == 0 ? 1 : Double(correct) / Double(correct + missed) }

  /// Scores `found` against `gold`, ignoring `optional`; returns the wrong and missed names.
  mutating func add(found: [String], gold: [String], optional: [String]) -> (wrong: [String], missed: [String]) {
    let goldKeys = Set(gold.map(NameNormalizer.key))
    let optionalKeys = Set(optional.map(NameNormalizer.key))
    let foundKeys = Set(found.map(NameNormalizer.key))
    let wrongNames = found.filter { !goldKeys.contains(NameNormalizer.key($0)) && !optionalKeys.contains(NameNormalizer.key($0)) }
    let missedNames = gold.filter { !foundKeys.contains(NameNormalizer.key($0)) }
    correct += gold.count - missedNames.count
    wrong += wrongNames.count
    missed += missedNames.count
    return (wrongNames, missedNames)
  }
}

/// Counts for quotations: found, extra, missed, and speakers of statements.
struct QuoteScore {
  var found = 0
  var extra = 0
  var missed = 0
  /// Statements (not fragments) found, and how many have the gold speaker.
  var statements = 0
  var rightSpeaker = 0
  /// Statements given a speaker, and how many of those are right.
  var attributed = 0
  var rightAttributed = 0

  var precision: Double { found + extra == 0 ? 1 : Double(found) / Double(found + extra) }
  var recall: Double { found + missed == 0 ? 1 : Double(found) / Double(found + missed) }
  var speakerAccuracy: Double { statements == 0 ? 1 : Double(rightSpeaker) / Double(statements) }
  var speakerPrecision: Double { attributed == 0 ? 1 : Double(rightAttributed) / Double(attributed) }

  /// Quote texts compare without surrounding spaces and with one apostrophe.
  static func normalized(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "’", with: "'")
  }

  /// Scores one article's quotes; returns a line per mistake.
  mutating func add(found quotes: [Quote], gold: [EvaluationGold.QuoteItem]) -> [String] {
    var notes: [String] = []
    let goldTexts = Set(gold.map { QuoteScore.normalized($0.text) })
    for quote in quotes where !goldTexts.contains(QuoteScore.normalized(quote.text)) {
      extra += 1
      notes.append("extra quote: \(quote.text)")
    }
    for item in gold {
      guard let quote = quotes.first(where: { QuoteScore.normalized($0.text) == QuoteScore.normalized(item.text) }) else {
        missed += 1
        notes.append("missed quote: \(item.text)")
        continue
      }
      found += 1
      guard item.fragment != true else { continue }
      statements += 1
      let right = quote.speaker.map(NameNormalizer.key) == item.speaker.map(NameNormalizer.key)
      if right { rightSpeaker += 1 }
      if quote.speaker != nil {
        attributed += 1
        if right { rightAttributed += 1 }
      }
      if !right { notes.append("speaker \(quote.speaker ?? "nil") for \(item.speaker ?? "nil"): \(item.text)") }
    }
    return notes
  }
}

/// The whole set scored: per-type counts and, per article, what went wrong.
struct EvaluationResult {
  var people = NameScore()
  var organizations = NameScore()
  var places = NameScore()
  var quotes = QuoteScore()
  var notes: [String: [String]] = [:]

  /// Scores the set in Tests/Fixtures/`name`.
  static func run(_ name: String) throws -> EvaluationResult {
    let gold = try EvaluationGold.load(name)
    let articles = EvaluationGold.articles(name)
    var result = EvaluationResult()
    for (id, expected) in gold.articles.sorted(by: { $0.key < $1.key }) {
      guard let article = articles[id] else {
        result.notes[id] = ["not loaded"]
        continue
      }
      let analysis = ArticleAnalyzer.analyze(article)
      var notes: [String] = []
      let people = result.people.add(found: analysis.people.map(\.name), gold: expected.people, optional: expected.optional)
      let organizations = result.organizations.add(
        found: analysis.organizations.map(\.name), gold: expected.organizations, optional: expected.optional)
      let places = result.places.add(found: analysis.places.map(\.name), gold: expected.places, optional: expected.optional)
      for (label, names) in [
        ("extra person", people.wrong), ("missed person", people.missed),
        ("extra organisation", organizations.wrong), ("missed organisation", organizations.missed),
        ("extra place", places.wrong), ("missed place", places.missed),
      ] {
        notes += names.map { "\(label): \($0)" }
      }
      notes += result.quotes.add(found: analysis.quotes, gold: expected.quotes)
      if !notes.isEmpty { result.notes[id] = notes }
    }
    return result
  }

  /// The summary table, and each article's mistakes when `details` is set.
  func report(_ name: String, details: Bool) -> String {
    func percent(_ value: Double) -> String { String(format: "%5.1f%%", value * 100) }
    func row(_ name: String, _ score: NameScore) -> String {
      "\(name.padding(toLength: 14, withPad: " ", startingAt: 0)) P \(percent(score.precision))  R \(percent(score.recall))"
        + "  (right \(score.correct), wrong \(score.wrong), missed \(score.missed))"
    }
    var lines = [
      "Extraction evaluation (Tests/Fixtures/\(name))",
      row("people", people), row("organisations", organizations), row("places", places),
      "quotes         P \(percent(quotes.precision))  R \(percent(quotes.recall))"
        + "  (found \(quotes.found), extra \(quotes.extra), missed \(quotes.missed))",
      "speakers       accuracy \(percent(quotes.speakerAccuracy)) of \(quotes.statements) statements,"
        + " precision \(percent(quotes.speakerPrecision)) of \(quotes.attributed) attributed",
    ]
    if details {
      for (id, notes) in notes.sorted(by: { $0.key < $1.key }) {
        lines.append("\(id):")
        lines += notes.map { "  \($0)" }
      }
    }
    return lines.joined(separator: "\n")
  }
}
