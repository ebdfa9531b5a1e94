import NewsCore
import TestSupport
import Testing

/// One table per attribution rule: paragraphs, a quotation's text and its speaker.
@Suite struct AttributionRuleTests {
  struct Case: CustomStringConvertible, Sendable {
    var paragraphs: [String]
    var quote: String
    var speaker: String?
    var description: String { quote }
  }

  static let cases: [Case] = [
    // "told X": X is the listener, never the speaker.
    Case(
      paragraphs: [
        "Luiz Inácio Lula da Silva was sworn in on Sunday.", "\"Our message is one of hope,\" Lula, 77, told Congress.",
      ], quote: "Our message is one of hope,", speaker: "Luiz Inácio Lula da Silva"),
    Case(
      paragraphs: ["\"We are ready,\" Kremlin spokesman Dmitry Peskov told Reuters."], quote: "We are ready,",
      speaker: "Dmitry Peskov"),
    Case(
      paragraphs: ["Angela Merkel met the press.", "\"We will decide soon,\" she told the Bundestag."],
      quote: "We will decide soon,", speaker: "Angela Merkel"),
    // "the Serbian", "the Spaniard": the person of the last sentence that names one.
    Case(
      paragraphs: ["Novak Djokovic, 36, was fined after the final.", "\"I should have won,\" the Serbian said."],
      quote: "I should have won,", speaker: "Novak Djokovic"),
    Case(
      paragraphs: ["Carlo Ancelotti won the trophy again.", "\"We defended well,\" the Italian said."],
      quote: "We defended well,", speaker: "Carlo Ancelotti"),
    Case(
      paragraphs: ["Carlos Alcaraz lifted the trophy.", "\"It is a dream,\" the Spaniard said."], quote: "It is a dream,",
      speaker: "Carlos Alcaraz"),
    // A pronoun subject passes on to its own antecedent.
    Case(
      paragraphs: [
        "Donald Trump called the inquiry a witch hunt. He said he had released a transcript of his call with Ukrainian President Volodymyr Zelensky. \"Read the transcript,\" he told reporters."
      ], quote: "Read the transcript,", speaker: "Donald Trump"),
    // Names later in the attribution's own sentence do not stop the speaker carrying on.
    Case(
      paragraphs: [
        "\"The market is testing the Fed,\" said Mohamed El-Erian, chief economic adviser at Allianz. \"The Fed will have to respond.\""
      ], quote: "The Fed will have to respond.", speaker: "Mohamed El-Erian"),
    Case(
      paragraphs: [
        "\"Transgender women are women,\" Daniel Radcliffe wrote in a statement released through The Trevor Project. \"Any statement to the contrary is wrong.\""
      ], quote: "Any statement to the contrary is wrong.", speaker: "Daniel Radcliffe"),
    // The subject of a participle clause is the whole name before the verb.
    Case(
      paragraphs: ["NASA Administrator Bill Nelson congratulated India, saying: \"We are glad to be your partner!\""],
      quote: "We are glad to be your partner!", speaker: "Bill Nelson"),
    // An organisation before a title and a name does not take the quote.
    Case(
      paragraphs: ["\"Rates will stay low,\" Federal Reserve Chair Jerome Powell told a conference."],
      quote: "Rates will stay low,", speaker: "Jerome Powell"),
  ]

  @Test(arguments: cases)
  func attributes(_ example: Case) throws {
    let quotes = ArticleAnalyzer.analyze(TestArticles.make(example.paragraphs, date: mondaySeptember17)).quotes
    let quote = try #require(quotes.first { $0.text == example.quote }, "quotes: \(quotes.map(\.text))")
    #expect(quote.speaker == example.speaker)
  }
}
