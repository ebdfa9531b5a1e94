import NewsCore
import TestSupport

@testable import NewsStore

/// Articles and analyses with every field set, for cache round trips and search.
enum CacheFixtures {
  /// An article with the given paragraphs (the first is the headline), a content hash
  /// derived from `id`, and a source map with drift in its last paragraph.
  static func article(_ id: String, _ paragraphs: [String], date: CalendarDate? = CalendarDate(year: 2018, month: 9, day: 17))
    -> Article
  {
    var article = SampleArticles.article(id: id, date: date, title: paragraphs[0], paragraphs: Array(paragraphs.dropFirst()))
    article.contentHash = id.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    if var last = article.paragraphs.last {
      last.sourceMap.add(text: 3, file: last.sourceMap.fileOffset(forTextOffset: 3) + 2)
      last.sourceMap.add(text: 7, file: last.sourceMap.fileOffset(forTextOffset: 7) + 1)
      article.paragraphs[article.paragraphs.count - 1] = last
    }
    return article
  }

  static func entry(_ article: Article, size: Int = 100, modified: Int64 = 1_537_000_000_123_456_789) -> CacheEntry {
    CacheEntry(path: article.path, stamp: FileStamp(size: size, modified: modified), article: article)
  }

  /// The summit article with one of everything: a dateline, warnings, analysis.
  static var richEntry: CacheEntry {
    var article = SampleArticles.collection[0]
    article.contentHash = UInt64.max - 5
    article.warnings = [
      .invalidUTF8(count: 2), .byteOrderMark, .lineEndings(.crlf), .controlCharacters(count: 1),
      .escapeSequences(count: 3), .noDateHeader, .invalidDate("2018-02-30"), .longLines(count: 1),
    ]
    article.dateSource = .file
    let span = TextSpan(paragraph: 2, start: 1, end: 31)
    let analysis = ArticleAnalysis(
      people: [Entity(kind: .person, name: "Anna Kovacs", mentions: [TextSpan(paragraph: 2, start: 58, end: 69)])],
      places: [Entity(kind: .place, name: "Vienna", mentions: [TextSpan(paragraph: 1, start: 0, end: 6)])],
      organizations: [],
      dates: [DateMention(text: "Monday", value: DateValue(year: 2018, month: 9, day: 17), span: span)],
      events: [
        Event(what: "talks", place: "Vienna", date: DateValue(year: 2018, month: 9), participants: ["Anna Kovacs"], span: span),
        Event(what: "summit", place: nil, date: nil, participants: [], span: span),
      ],
      quotes: [
        Quote(
          text: "We want an agreement this week", spans: [span], speaker: "Anna Kovacs", speakerKind: .person,
          speakerSpan: TextSpan(paragraph: 2, start: 58, end: 69), verb: "told", verbSpan: nil, isFragment: false,
          confidence: 0.875)
      ])
    return CacheEntry(path: article.path, stamp: FileStamp(size: 812, modified: -5), article: article, analysis: analysis)
  }
}
