import Testing

@testable import NewsCore

/// One article shape and the quotes it must yield, in text order.
struct QuoteCase: Sendable, CustomTestStringConvertible {
  var name: String
  var paragraphs: [String]
  var headline: String?
  var expected: [ExpectedQuote]

  init(_ name: String, _ paragraphs: [String], headline: String? = nil, _ expected: [ExpectedQuote]) {
    self.name = name
    self.paragraphs = paragraphs
    self.headline = headline
    self.expected = expected
  }

  var testDescription: String { name }
}

/// People and organisations the cases may mention, with the forms the entity
/// extractor would report.
enum QuoteCast {
  static let people: [(String, [String])] = [
    ("Vladimir Putin", ["Putin"]), ("Recep Tayyip Erdogan", ["Erdogan"]), ("Dmitry Peskov", ["Peskov"]),
    ("Sergei Lavrov", ["Lavrov"]), ("Boris Johnson", ["Johnson"]), ("Angela Merkel", ["Merkel"]),
    ("Hassan Rouhani", ["Rouhani"]), ("Maria Zakharova", ["Zakharova"]),
  ]
  static let organizations: [(String, [String])] = [
    ("Kremlin", []), ("United Nations", ["UN"]), ("Syrian Observatory for Human Rights", []), ("RIA Novosti", []),
    ("Daily Sabah", []), ("Foreign Ministry", []),
  ]

  static func extract(_ article: Article) -> [Quote] {
    QuoteExtractor.extract(
      from: article, people: QuoteFixture.people(people, in: article),
      organizations: QuoteFixture.organizations(organizations, in: article))
  }
}

@Suite struct QuoteExtractorTests {
  static let speakerPatterns: [QuoteCase] = [
    QuoteCase(
      "name and title after", ["\"We will not allow a massacre,\" Kremlin spokesman Dmitry Peskov told reporters."],
      [ExpectedQuote("We will not allow a massacre,", "Dmitry Peskov")]),
    QuoteCase(
      "said before surname", ["“The talks were useful,” said Peskov, adding that more were planned."],
      [ExpectedQuote("The talks were useful,", "Dmitry Peskov")]),
    QuoteCase(
      "verb and colon before", ["Putin told reporters on Monday: \"We are ready to work with everyone.\""],
      [ExpectedQuote("We are ready to work with everyone.", "Vladimir Putin")]),
    QuoteCase(
      "said that", ["Erdogan said that “nobody wants a new war in Idlib.”"],
      [ExpectedQuote("nobody wants a new war in Idlib.", "Recep Tayyip Erdogan")]),
    QuoteCase(
      "parenthetical between speaker and verb",
      ["Lavrov, speaking in Berlin on Friday, said \"no offensive is being prepared by anyone.\""],
      [ExpectedQuote("no offensive is being prepared by anyone.", "Sergei Lavrov")]),
    QuoteCase(
      "appositive after the name", ["\"We are ready,\" Peskov, the Kremlin spokesman, said."],
      [ExpectedQuote("We are ready,", "Dmitry Peskov")]),
    QuoteCase(
      "pronoun to the previous paragraph's subject",
      [
        "Russian Foreign Minister Sergei Lavrov arrived in Berlin on Friday.",
        "\"We are doing everything to protect civilians,\" he said.",
      ],
      [ExpectedQuote("We are doing everything to protect civilians,", "Sergei Lavrov")]),
    QuoteCase(
      "pronoun skips names inside the quote",
      [
        "Erdogan asserted that all parties must seek common ground. “The outcome of our meeting with Mr Putin will be important,” he told reporters."
      ],
      [ExpectedQuote("The outcome of our meeting with Mr Putin will be important,", "Recep Tayyip Erdogan")]),
    QuoteCase(
      "organisation", ["\"The talks will take place in Sochi,\" the Kremlin said in a statement."],
      [ExpectedQuote("The talks will take place in Sochi,", "Kremlin")]),
    QuoteCase(
      "according to, after",
      ["\"Government forces have begun shelling the south,\" according to the Syrian Observatory for Human Rights."],
      [ExpectedQuote("Government forces have begun shelling the south,", "Syrian Observatory for Human Rights")]),
    QuoteCase(
      "according to, before", ["According to Peskov, \"the situation is acute and needs attention.\""],
      [ExpectedQuote("the situation is acute and needs attention.", "Dmitry Peskov")]),
    QuoteCase(
      "role tied earlier to a name",
      [
        "Kremlin spokesman Dmitry Peskov spoke to journalists on Monday.",
        "\"There are differences between the two sides,\" the spokesman said.",
      ],
      [ExpectedQuote("There are differences between the two sides,", "Dmitry Peskov")]),
    QuoteCase(
      "role never tied", ["\"We expect a breakthrough this week,\" a senior official said."],
      [ExpectedQuote("We expect a breakthrough this week,", nil)]),
    QuoteCase(
      "ambiguous role",
      [
        "Russian President Vladimir Putin met Iranian President Hassan Rouhani.",
        "\"It was a good meeting,\" the president said.",
      ],
      [ExpectedQuote("It was a good meeting,", nil)]),
    QuoteCase(
      "name the extractor missed",
      ["\"Turkey is ready to cooperate with anyone,\" Turkish Foreign Minister Mevlut Cavusoglu said."],
      [ExpectedQuote("Turkey is ready to cooperate with anyone,", "Mevlut Cavusoglu")]),
    QuoteCase(
      "quoted as saying", ["\"The ceasefire is holding,\" Peskov was quoted as saying by RIA Novosti."],
      [ExpectedQuote("The ceasefire is holding,", "Dmitry Peskov")]),
    QuoteCase(
      "it for an organisation",
      ["The Kremlin issued a statement on Monday.", "\"The talks will go ahead as planned,\" it said."],
      [ExpectedQuote("The talks will go ahead as planned,", "Kremlin")]),
    QuoteCase(
      "two speakers in one paragraph",
      ["\"We want peace,\" Putin said. \"So do we,\" Erdogan replied."],
      [ExpectedQuote("We want peace,", "Vladimir Putin"), ExpectedQuote("So do we,", "Recep Tayyip Erdogan")]),
    QuoteCase(
      "question", ["\"Will you meet Erdogan again?\" a reporter asked."],
      [ExpectedQuote("Will you meet Erdogan again?", nil)]),
    QuoteCase(
      "brackets inside", ["“I hope [Putin] will continue the positive stance,” Erdogan said, the Daily Sabah reported."],
      [ExpectedQuote("I hope [Putin] will continue the positive stance,", "Recep Tayyip Erdogan")]),
    QuoteCase(
      "comma outside the marks", ["\"The situation is acute\", Peskov said."],
      [ExpectedQuote("The situation is acute", "Dmitry Peskov")]),
    QuoteCase(
      "relative clause between role and verb",
      [
        "Russian President Vladimir Putin met Erdogan on Monday.",
        "The president, who has ruled Russia since 2000, said: \"We are ready for dialogue with everyone.\"",
      ],
      [ExpectedQuote("We are ready for dialogue with everyone.", "Vladimir Putin")]),
    QuoteCase(
      "participle after a subordinator",
      ["\"We are not going to war,\" Lavrov insisted, before adding: \"But we will defend ourselves.\""],
      [
        ExpectedQuote("We are not going to war,", "Sergei Lavrov"),
        ExpectedQuote("But we will defend ourselves.", "Sergei Lavrov"),
      ]),
    QuoteCase(
      "unknown name with apposition after a sentence adverb",
      ["However, Ivan Petrov, a Kremlin adviser, said: \"Nothing has changed since the summit.\""],
      [ExpectedQuote("Nothing has changed since the summit.", "Ivan Petrov")]),
    QuoteCase(
      "said in a statement that", ["The Kremlin said in a statement that \"the talks were productive.\""],
      [ExpectedQuote("the talks were productive.", "Kremlin")]),
    QuoteCase(
      "asked whether",
      ["Asked whether Russia would intervene, Peskov said: \"Russia does not interfere in the affairs of others.\""],
      [ExpectedQuote("Russia does not interfere in the affairs of others.", "Dmitry Peskov")]),
    QuoteCase(
      "quoted as saying, before", ["RIA Novosti quoted Peskov as saying: \"The decision has not been made yet.\""],
      [ExpectedQuote("The decision has not been made yet.", "Dmitry Peskov")]),
    QuoteCase(
      "adding that with a fragment",
      ["\"This is unacceptable,\" Merkel told reporters in Berlin, adding that Germany would \"respond accordingly\"."],
      [
        ExpectedQuote("This is unacceptable,", "Angela Merkel"),
        ExpectedQuote("respond accordingly", "Angela Merkel", fragment: true),
      ]),
    QuoteCase(
      "relative clause after the name",
      ["Putin said he had spoken with Lavrov, who told him that Turkey had \"no intention\" of attacking."],
      [ExpectedQuote("no intention", "Sergei Lavrov", fragment: true)]),
    QuoteCase(
      "quoted words of a question",
      ["Asked about the 'red lines', Lavrov replied: \"Everybody knows where they are.\""],
      [ExpectedQuote("red lines", nil, fragment: true), ExpectedQuote("Everybody knows where they are.", "Sergei Lavrov")]),
    QuoteCase(
      "unattributed statement", ["The crowd chanted slogans. \"Down with the regime!\""],
      [ExpectedQuote("Down with the regime!", nil)]),
  ]

  static let quoteShapes: [QuoteCase] = [
    QuoteCase(
      "multi-paragraph, speaker first",
      ["Putin said: \"We will do everything to protect civilians.", "\"We have no plans for an offensive.\""],
      [ExpectedQuote("We will do everything to protect civilians. We have no plans for an offensive.", "Vladimir Putin")]),
    QuoteCase(
      "multi-paragraph, speaker last",
      ["“The first part of the statement runs on.", "“And the second part ends here,” Erdogan said."],
      [ExpectedQuote("The first part of the statement runs on. And the second part ends here,", "Recep Tayyip Erdogan")]),
    QuoteCase(
      "split within one sentence", ["\"We are ready,\" Erdogan said, \"to work with anyone who fights terror.\""],
      [ExpectedQuote("We are ready, to work with anyone who fights terror.", "Recep Tayyip Erdogan")]),
    QuoteCase(
      "split into a new sentence",
      ["“The outcome will be important,” he told reporters. “We have to find a solution.”"],
      [ExpectedQuote("The outcome will be important,", nil), ExpectedQuote("We have to find a solution.", nil)]),
    QuoteCase(
      "paragraph that continues the speaker",
      ["\"The talks were constructive,\" Peskov said.", "\"We agreed to meet again next month.\""],
      [
        ExpectedQuote("The talks were constructive,", "Dmitry Peskov"),
        ExpectedQuote("We agreed to meet again next month.", "Dmitry Peskov"),
      ]),
    QuoteCase(
      "continuation interrupted by another name",
      ["\"The talks were constructive,\" Peskov said.", "Erdogan disagreed with that view.", "\"Nothing was agreed at all.\""],
      [ExpectedQuote("The talks were constructive,", "Dmitry Peskov"), ExpectedQuote("Nothing was agreed at all.", nil)]),
    QuoteCase(
      "single quotes nested in double",
      ["\"He told me 'we will never surrender' and I believed him,\" Erdogan said."],
      [ExpectedQuote("He told me 'we will never surrender' and I believed him,", "Recep Tayyip Erdogan")]),
    QuoteCase(
      "curly single nested in double", ["“They call it ‘a bloodbath’ for a reason,” Lavrov said."],
      [ExpectedQuote("They call it ‘a bloodbath’ for a reason,", "Sergei Lavrov")]),
    QuoteCase(
      "single quotes as the main marks", ["‘We will fight on to the end,’ Johnson said."],
      [ExpectedQuote("We will fight on to the end,", "Boris Johnson")]),
    QuoteCase(
      "guillemets", ["«We are ready to talk to everyone,» Peskov said."],
      [ExpectedQuote("We are ready to talk to everyone,", "Dmitry Peskov")]),
    QuoteCase(
      "German marks", ["„Wir schaffen das“, sagte Merkel."], [ExpectedQuote("Wir schaffen das", nil)]),
    QuoteCase(
      "unclosed quote with no continuation is dropped",
      ["He said \"we will win and the paragraph simply ends.", "A later paragraph has no quotes at all."], []),
    QuoteCase(
      "inch mark is not a quote", ["The navy used a 5\" gun, officials said. \"It worked,\" Peskov said."],
      [ExpectedQuote("It worked,", "Dmitry Peskov")]),
    QuoteCase(
      "apostrophes, straight",
      ["Putin's aides said the leaders' meeting in the '90s was all rock 'n' roll and didn't matter."], []),
    QuoteCase(
      "apostrophes, curly",
      ["Putin’s aides said the leaders’ meeting in the ’90s was all rock ’n’ roll and didn’t matter, Syria´s envoy said."], []),
    QuoteCase(
      "plural possessive inside single quotes", ["‘The leaders’ meeting went well,’ Lavrov said."],
      [ExpectedQuote("The leaders’ meeting went well,", "Sergei Lavrov")]),
  ]

  static let fragments: [QuoteCase] = [
    QuoteCase(
      "scare quote", ["The so-called \"moderate opposition\" controls the city."],
      [ExpectedQuote("moderate opposition", nil, fragment: true)]),
    QuoteCase(
      "fragment under a speech verb", ["The United Nations has warned of a \"humanitarian catastrophe\" in Idlib."],
      [ExpectedQuote("humanitarian catastrophe", "United Nations", fragment: true)]),
    QuoteCase(
      "fragment with attribution at the sentence end",
      ["Moscow and Ankara must find a “positive approach” to the crisis, Erdogan said on Monday."],
      [ExpectedQuote("positive approach", "Recep Tayyip Erdogan", fragment: true)]),
    QuoteCase(
      "fragment right before the attribution", ["The situation is “complicated,” Kremlin spokesman Dmitry Peskov said."],
      [ExpectedQuote("complicated,", "Dmitry Peskov", fragment: true)]),
    QuoteCase(
      "fragment after a pronoun subject",
      ["Lavrov spoke in Berlin.", "He warned of a \"bloodbath\" if the offensive went ahead."],
      [ExpectedQuote("bloodbath", "Sergei Lavrov", fragment: true)]),
    QuoteCase(
      "participle clause", ["Peskov said talks went well, acknowledging “certain differences” remained."],
      [ExpectedQuote("certain differences", "Dmitry Peskov", fragment: true)]),
    QuoteCase(
      "fragment is not carried",
      ["\"The talks were constructive,\" Peskov said.", "Critics called the plan a \"fig leaf\"."],
      [ExpectedQuote("The talks were constructive,", "Dmitry Peskov"), ExpectedQuote("fig leaf", nil, fragment: true)]),
    QuoteCase(
      "headline quote", ["\"We are ready,\" Peskov said."], headline: "'Bloodbath' feared as Syria prepares Idlib offensive",
      [ExpectedQuote("Bloodbath", nil, fragment: true), ExpectedQuote("We are ready,", "Dmitry Peskov")]),
    QuoteCase(
      "single quotes in a headline", ["The talks begin on Monday."],
      headline: "Putin says 'no plans' for offensive, warns of 'bloodbath'",
      [ExpectedQuote("no plans", "Vladimir Putin", fragment: true), ExpectedQuote("bloodbath", nil, fragment: true)]),
    QuoteCase(
      "headline with a colon", ["The talks begin on Monday."], headline: "Putin: \"No plans for an offensive\"",
      [ExpectedQuote("No plans for an offensive", "Vladimir Putin")]),
  ]

  @Test(arguments: speakerPatterns + quoteShapes + fragments)
  func findsQuotesAndSpeakers(_ example: QuoteCase) {
    let article = QuoteFixture.article(example.paragraphs, headline: example.headline)
    let quotes = QuoteCast.extract(article)
    #expect(quotes.map(\.text) == example.expected.map(\.text))
    for (quote, expected) in zip(quotes, example.expected) {
      #expect(quote.speaker == expected.speaker, "\(expected)")
      #expect(quote.isFragment == expected.fragment, "\(expected)")
      #expect((quote.speaker == nil) == (quote.confidence < 0.3), "\(expected): \(quote.confidence)")
    }
  }
}
