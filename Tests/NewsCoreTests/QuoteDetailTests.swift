import NewsCore
import Testing

/// The fields of a quote besides its text and speaker: spans, verb, confidence.
@Suite struct QuoteDetailTests {
  @Test func spansVerbAndSpeakerPointIntoTheText() throws {
    let article = QuoteFixture.article([
      "Lavrov arrived.", "\"We are doing everything we can,\" Kremlin spokesman Dmitry Peskov told reporters.",
    ])
    let quote = try #require(QuoteCast.extract(article).first)
    #expect(quote.spans.count == 1)
    #expect(article.text(of: quote.spans[0]) == "We are doing everything we can,")
    #expect(quote.verb == "told")
    #expect(quote.verbSpan.map { String(article.text(of: $0)) } == "told")
    #expect(quote.speakerSpan.map { String(article.text(of: $0)) } == "Kremlin spokesman Dmitry Peskov")
    #expect(quote.speakerKind == .person)
    #expect(quote.confidence == 0.9)
  }

  @Test func multiParagraphQuoteHasOneSpanPerParagraph() throws {
    let article = QuoteFixture.article([
      "Erdogan said: “We will not stand by while civilians die.", "“We call on everyone to respect the ceasefire.”",
    ])
    let quotes = QuoteCast.extract(article)
    let quote = try #require(quotes.first)
    #expect(quotes.count == 1)
    #expect(quote.spans.map(\.paragraph) == [0, 1])
    #expect(
      quote.spans.map { String(article.text(of: $0)) } == [
        "We will not stand by while civilians die.", "We call on everyone to respect the ceasefire.",
      ])
  }

  @Test func confidenceFallsFromNameToPronounToContinuation() {
    let article = QuoteFixture.article([
      "\"We are ready to talk,\" Peskov said.", "\"We will wait for an answer,\" he added.", "\"The door is open.\"",
    ])
    let quotes = QuoteCast.extract(article)
    #expect(quotes.map(\.speaker) == ["Dmitry Peskov", "Dmitry Peskov", "Dmitry Peskov"])
    #expect(quotes.map(\.verb) == ["said", "added", nil])
    let confidences = quotes.map(\.confidence)
    #expect(confidences == confidences.sorted(by: >) && Set(confidences).count == 3)
  }

  @Test func organisationSpeakerKind() throws {
    let article = QuoteFixture.article(["\"The summit will go ahead,\" the Kremlin said."])
    let quote = try #require(QuoteCast.extract(article).first)
    #expect(quote.speakerKind == .organization)
    #expect(quote.speakerSpan.map { String(article.text(of: $0)) } == "the Kremlin")
  }

  @Test func unknownRoleKeepsItsSpanButNoSpeaker() throws {
    let article = QuoteFixture.article(["\"Nobody expects a deal this week,\" a senior diplomat said."])
    let quote = try #require(QuoteCast.extract(article).first)
    #expect(quote.speaker == nil)
    #expect(quote.speakerSpan.map { String(article.text(of: $0)) } == "a senior diplomat")
    #expect(quote.confidence < 0.3)
  }
}
