import Foundation
import NewsCore
import Testing

@Suite struct ArticleListingTests {
  @Test func jsonStringsAreEscapedAndInert() throws {
    let value = JSONValue.object([
      ("s", .string("quote \" slash \\ nl \n tab \t esc \u{1B}[2J c1 \u{9B} del \u{7F} ls \u{2028} é")),
      ("n", .null), ("b", .bool(false)), ("i", .int(-3)), ("a", .array([.int(1), .string("x")])),
    ])
    let text = value.text
    #expect(
      text
        == #"{"s":"quote \" slash \\ nl \n tab \t esc \u001b[2J c1 \u009b del \u007f ls \u2028 é","n":null,"b":false,"i":-3,"a":[1,"x"]}"#
    )
    #expect(Sanitizer.isSafe(Array(text.utf8)))
    let decoded = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    #expect(decoded?["s"] as? String == "quote \" slash \\ nl \n tab \t esc \u{1B}[2J c1 \u{9B} del \u{7F} ls \u{2028} é")
  }

  @Test func jsonLineHasItsKeysInOrder() throws {
    let article = try parsed(" date 2018-09-17 Talks in Vienna\n\nBody\r\n")
    #expect(
      ArticleListing.json(article).text
        == #"{"id":"a","path":"/x/a.txt","date":"2018-09-17","date_source":"header","title":"Talks in Vienna","headline":true,"paragraphs":2,"words":4,"warnings":["CRLF line endings normalised"]}"#
    )
    let undated = try parsed("Talks in Vienna\n")
    #expect(ArticleListing.json(undated).text.contains(#""date":null,"date_source":"unknown""#))
  }

  @Test func listLinesAlignAndShowUnknownDates() throws {
    let dated = try parsed(" date 2018-09-17 Talks in Vienna\n")
    var undated = try parsed("Summit ends\n")
    undated.id = "longer\u{1B}id"
    #expect(
      ArticleListing.lines([dated, undated]) == [
        "a           2018-09-17  Talks in Vienna",
        "longer^[id  ----------  Summit ends",
      ])
  }

  @Test func plainTextShowsTitleDateAndParagraphs() throws {
    let article = try parsed(" date 2018-09-17 Talks in Vienna\n\nMoscow - Body\none.\n\n- Sub -\n\nEnd.\n")
    #expect(ArticleListing.plainText(article) == "Talks in Vienna\n2018-09-17\n\nMoscow - Body one.\n\n- Sub -\n\nEnd.\n")
    let lead = try parsed("The lead sentence is here. And more.\n", modificationDate: CalendarDate(year: 2020, month: 5, day: 1))
    #expect(
      ArticleListing.plainText(lead)
        == "The lead sentence is here\n2020-05-01 (file date)\n\nThe lead sentence is here. And more.\n")
  }

  @Test func checkLinesListRefusedAndRepaired() throws {
    let repaired = try parsed(" date 2018-09-17 Talks\r\n")
    let report = LoadReport(articles: [repaired], refused: [.empty(path: "/x/e\nmpty.txt")])
    #expect(
      ArticleListing.checkLines(report) == [
        "refused   /x/e^Jmpty.txt: empty file",
        "repaired  /x/a.txt: CRLF line endings normalised",
        "1 article loaded (1 repaired), 1 file refused",
      ])
  }

  @Test func articleNamedFindsByIDOrRelativePath() throws {
    var article = try parsed(" date 2018-09-17 Talks\n")
    article.relativePath = "sub/a.txt"
    let report = LoadReport(articles: [article], refused: [])
    #expect(report.article(named: "a")?.id == "a")
    #expect(report.article(named: "sub/a")?.id == "a")
    #expect(report.article(named: "sub/a.txt")?.id == "a")
    #expect(report.article(named: "b") == nil)
  }
}
