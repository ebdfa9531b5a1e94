import NewsCore
import Testing

@Suite struct DateExtractionTests {
  /// Article date: Monday 2018-09-17.
  @Test(arguments: [
    ("Putin was set to meet Erdogan on Monday.", "Monday", "2018-09-17"),
    ("Lavrov said Friday that the regime was not preparing an offensive.", "Friday", "2018-09-14"),
    ("The leaders will meet on Wednesday in Sochi.", "Wednesday", "2018-09-19"),
    ("The vote is due to take place on Sunday.", "Sunday", "2018-09-23"),
    ("They met last Monday.", "last Monday", "2018-09-10"),
    ("They meet again next Friday.", "next Friday", "2018-09-21"),
    ("They met previously on September 7 in Tehran.", "September 7", "2018-09-07"),
    ("The deadline passed on 7 September.", "7 September", "2018-09-07"),
    ("The talks started on Sept. 7 and ended a day later.", "Sept. 7", "2018-09-07"),
    ("The war began on March 15, 2011, in Deraa.", "March 15, 2011", "2011-03-15"),
    ("He was arrested on 3 January 2017.", "3 January 2017", "2017-01-03"),
    ("Elections will be held in March.", "March", "2019-03"),
    ("Prices rose last month.", "last month", "2018-08"),
    ("The company was founded two weeks ago.", "two weeks ago", "2018-09-03"),
    ("The minister resigned yesterday.", "yesterday", "2018-09-16"),
    ("The results are expected today.", "today", "2018-09-17"),
    ("Turnout fell last year.", "last year", "2017"),
    ("The Syrian civil war erupted in 2011, when protests spread.", "2011", "2011"),
    ("The 2014 election was disputed.", "2014", "2014"),
    ("Inflation hit a record in September 2018.", "September 2018", "2018-09"),
  ])
  func resolves(_ text: String, _ written: String, _ value: String) throws {
    let dates = analyze(text).dates
    let date = try #require(dates.first, "no date in \(text)")
    #expect(date.text == written)
    #expect(date.value.iso == value)
  }

  @Test(arguments: [
    ("The agreement collapsed in December.", "2019-02-10", "2018-12"),
    ("A general election is expected in December.", "2019-09-10", "2019-12"),
    ("The summit will be held on January 12.", "2019-11-20", "2020-01-12"),
    ("Parliament met on March 3.", "2019-09-10", "2019-03-03"),
  ])
  func picksTheYear(_ text: String, _ articleDate: String, _ value: String) throws {
    let date = try #require(analyze([text], date: CalendarDate(iso: articleDate)).dates.first)
    #expect(date.value.iso == value)
  }

  @Test(arguments: [
    "It has killed an estimated 360,000 people.",
    "More than 3,000 people fled.",
    "Some 2000 troops were deployed.",
    "Police said 1500 people attended the rally.",
    "Theresa May spoke to Parliament.",
    "May I ask a question?",
    "Black Friday sales rose.",
    "She read USA Today on the train.",
    "The Mass will be said at dawn.",
  ])
  func ignoresCountsAndNames(_ text: String) {
    #expect(analyze(text).dates.isEmpty, "dates: \(analyze(text).dates.map(\.text))")
  }

  @Test func keepsOnlyAbsoluteDatesWithoutAnArticleDate() {
    let dates = analyze(["On Monday he recalled the events of 7 September 2015 and of 2011."], date: nil).dates
    #expect(dates.map(\.value.iso) == ["2015-09-07", "2011"])
  }

  @Test func spansPointAtTheWrittenText() throws {
    let text = "Erdogan and Putin met previously on September 7 in Tehran."
    let date = try #require(analyze(text).dates.first)
    #expect(String(text.utf8Slice(date.span.start, date.span.end)) == "September 7")
  }
}
