import Foundation
import NewsCore

/// What lede must find in seeds/: a copy of ../shared/gold/seeds.json kept in
/// Tests/Fixtures so a clean clone tests without the shared folder beside it.
public struct SeedsGold: Decodable, Sendable {
  public struct Article: Decodable, Sendable {
    public var date: String
    public var title: String?
    public var titleIsHeadline: Bool
    public var titleStartsWith: String?
    public var dateline: String?
    public var subheadings: [String]?
    public var people: [String]
    public var places: [String]
    public var organizations: [String]
    public var events: [Event]
    public var dates: [DateItem]
    public var quotes: [QuoteItem]

    enum CodingKeys: String, CodingKey {
      case date, title, dateline, subheadings, people, places, organizations, events, dates, quotes
      case titleIsHeadline = "title_is_headline"
      case titleStartsWith = "title_starts_with"
    }
  }

  public struct Event: Decodable, Sendable {
    public var what: String
    public var `where`: String
    public var date: String
    public var who: [String]
  }

  public struct DateItem: Decodable, Hashable, Sendable {
    public var text: String
    public var value: String
    public init(text: String, value: String) {
      self.text = text
      self.value = value
    }
  }

  public struct QuoteItem: Decodable, Sendable {
    public var text: String
    public var speaker: String?
    public var fragment: Bool?
  }

  public struct Shared: Decodable, Sendable {
    public var people: [String]
    public var events: [String]
    public var sameQuote: [[String]]
    enum CodingKeys: String, CodingKey {
      case people, events
      case sameQuote = "same_quote"
    }
  }

  public var articles: [String: Article]
  public var shared: Shared

  /// Tests/Fixtures/seeds-gold.json.
  public static func load() throws -> SeedsGold {
    let url = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/seeds-gold.json")
    return try JSONDecoder().decode(SeedsGold.self, from: Data(contentsOf: url))
  }

  /// seeds/ through the real loader, by article ID.
  public static func seedArticles() -> [String: NewsCore.Article] {
    let report = ArticleLoader().load(paths: [Fixtures.seeds.path])
    return Dictionary(report.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }
}
