import NewsCore
import Testing

@Suite struct QuoteMatcherTests {
  static let same: [(String, String)] = [
    ("there are certain differences in approaches", "certain differences in approach"),
    ("The situation with Idlib is acute,", "the situation with Idlib is acute"),
    ("“We fight against all terror groups.”", "We fight against all terror groups"),
    ("We don’t want a war with anyone", "We don't want a war with anyone"),
    ("will do everything to protect civilians", "We will do everything to protect civilians in Idlib."),
    (
      "The outcome of our meeting with Mr Putin will be important",
      "the outcome of our meeting with Putin will be important"
    ),
    ("Russia is ready", "russia is ready!"),
  ]

  static let different: [(String, String)] = [
    ("bloodbath", "bloodbath"),
    ("humanitarian catastrophe", "Humanitarian catastrophe"),
    ("positive approach", "a positive approach"),
    ("We fight against all terror groups", "We fight against terrorism in Idlib"),
    ("The situation is acute", "The situation is calm"),
    ("we will protect civilians", "we will not let the regime attack civilians or protect the rebels"),
    ("The talks were useful", "The talks were useless and nothing was agreed"),
  ]

  @Test(arguments: same)
  func linksTheSameQuote(_ pair: (String, String)) {
    #expect(QuoteMatcher.isSameQuote(pair.0, pair.1))
    #expect(QuoteMatcher.isSameQuote(pair.1, pair.0))
  }

  @Test(arguments: different)
  func keepsDifferentQuotesApart(_ pair: (String, String)) {
    #expect(!QuoteMatcher.isSameQuote(pair.0, pair.1))
    #expect(!QuoteMatcher.isSameQuote(pair.1, pair.0))
  }
}
