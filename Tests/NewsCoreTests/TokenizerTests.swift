import Testing

@testable import NewsCore

@Suite struct TokenizerTests {
  func words(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return Tokenizer.tokenize(bytes).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
  }

  @Test(arguments: [
    ("Bashar al-Assad´s regime", ["Bashar", "al-Assad´s", "regime"]),
    ("Russia-backed forces", ["Russia-backed", "forces"]),
    ("O’Brien’s book", ["O’Brien’s", "book"]),
    ("the U.S. and the U.N.", ["the", "U.S.", "and", "the", "U.N."]),
    ("360,000 people on Sept. 7th", ["360,000", "people", "on", "Sept", ".", "7th"]),
    ("“positive approach” [Putin]", ["“", "positive", "approach", "”", "[", "Putin", "]"]),
    ("Erdoğan, Çavuşoğlu", ["Erdoğan", ",", "Çavuşoğlu"]),
    ("said: \"We fight\"", ["said", ":", "\"", "We", "fight", "\""]),
    ("wait... what", ["wait", "...", "what"]),
  ])
  func splitsWords(_ text: String, _ expected: [String]) {
    #expect(words(text) == expected)
  }

  @Test(arguments: [
    ("Putin´s", "putin"), ("Putin's", "putin"), ("Putin’s", "putin"), ("ERDOĞAN", "erdoğan"), ("N’Djamena", "n'djamena"),
  ])
  func lowersStems(_ text: String, _ stem: String) throws {
    let token = try #require(Tokenizer.tokenize(Array(text.utf8)).first)
    #expect(token.lower == stem)
  }

  @Test func flagsCapitalsAndParticles() throws {
    let tokens = Tokenizer.tokenize(Array("al-Assad UN Turkey de".utf8))
    #expect(tokens.map(\.isCapitalized) == [true, true, true, false])
    #expect(tokens[0].flags.contains(.particlePrefixed))
    #expect(tokens[1].flags.contains(.allCaps))
  }

  @Test func marksSentenceStarts() {
    var tokens = Tokenizer.tokenize(Array("Mr. Smith left. The talks began. “We won,” he said.".utf8))
    _ = SentenceSplitter.mark(&tokens, headline: false)
    let starts = tokens.filter { $0.isSentenceStart }.map(\.lower)
    #expect(starts == ["mr", "the", "we"])
  }
}
