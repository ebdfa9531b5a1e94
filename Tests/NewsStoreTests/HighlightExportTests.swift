import Foundation
import NewsCore
import Testing

@testable import NewsStore

@Suite struct HighlightExportTests {
  static let quote = Highlight(
    id: 1, contentHash: "00000000000000ff", articleID: "001_summit", path: "/news/001_summit.txt",
    articleTitle: "Leaders meet in *Vienna*", articleDate: CalendarDate(year: 2018, month: 9, day: 17),
    quote: "We want an agreement this week", speaker: "Anna Kovacs", span: TextSpan(paragraph: 2, start: 1, end: 31),
    note: "ask about the river", created: Date(timeIntervalSince1970: 1_537_180_000.5))
  static let bare = Highlight(
    id: 2, contentHash: "0000000000000001", articleID: "x", path: "/news/x.txt", articleTitle: "Water \"levels\"",
    articleDate: nil, quote: "record low", speaker: nil, span: TextSpan(paragraph: 1, start: 4, end: 14), note: nil,
    created: Date(timeIntervalSince1970: 0))

  @Test func markdown() {
    #expect(
      HighlightExport.markdown([Self.quote, Self.bare]) == """
        > We want an agreement this week
        > — Anna Kovacs

        *Leaders meet in \\*Vienna\\**, 2018-09-17, `/news/001_summit.txt`

        Note: ask about the river

        > record low

        *Water "levels"*, `/news/x.txt`

        """)
    #expect(HighlightExport.markdown([]) == "")
  }

  @Test func jsonLines() {
    #expect(
      HighlightExport.jsonLines([Self.quote, Self.bare]) == """
        {"contentHash":"00000000000000ff","created":"2018-09-17T10:26:40Z","date":"2018-09-17","end":31,\
        "note":"ask about the river","paragraph":2,"path":"/news/001_summit.txt",\
        "quote":"We want an agreement this week","speaker":"Anna Kovacs","start":1,"title":"Leaders meet in *Vienna*"}
        {"contentHash":"0000000000000001","created":"1970-01-01T00:00:00Z","date":null,"end":14,"note":null,\
        "paragraph":1,"path":"/news/x.txt","quote":"record low","speaker":null,"start":4,"title":"Water \\"levels\\""}

        """)
    #expect(HighlightExport.jsonLines([]) == "")
  }
}
