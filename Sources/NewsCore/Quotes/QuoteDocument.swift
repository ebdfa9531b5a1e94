/// A speaker as quotes name it: an entity's canonical name and kind.
struct SpeakerEntity: Hashable {
  var name: String
  var kind: EntityKind
}

/// One entity mention, as the entity extractor found it.
struct MentionRecord {
  var entity: SpeakerEntity
  var span: TextSpan
}

/// A token's place in the article: paragraph, then token index.
struct TokenPosition: Hashable, Comparable {
  var paragraph: Int
  var token: Int

  static func < (lhs: TokenPosition, rhs: TokenPosition) -> Bool {
    (lhs.paragraph, lhs.token) < (rhs.paragraph, rhs.token)
  }
}

/// One paragraph prepared for attribution: its quotations and tokens.
struct QuoteParagraph {
  var index: Int
  var kind: Paragraph.Kind
  /// The paragraph's text as stored in the article.
  var source: String
  var text: ScalarText
  var quotes: [MarkedQuote]
  var tokens: [QuoteToken]
  /// The token index of each quotation in `quotes`.
  var quoteTokens: [Int]

  /// Body text: attribution by pronoun, role and continuation happens only here.
  var isBody: Bool { kind == .body }
}

/// An article read for quotations: paragraphs as tokens, with the mentions of people
/// and organisations marked on the words they cover.
struct QuoteDocument {
  var paragraphs: [QuoteParagraph]
  var mentions: [MentionRecord]
  /// Canonical people, for matching a name the extractor missed by its surname.
  var people: [SpeakerEntity]

  init(article: Article, people: [Entity], organizations: [Entity]) {
    var mentions: [MentionRecord] = []
    for entity in people + organizations {
      let speaker = SpeakerEntity(name: entity.name, kind: entity.kind)
      for span in entity.mentions { mentions.append(MentionRecord(entity: speaker, span: span)) }
    }
    // People first, so a word covered by both ("Putin" in "Putin's office") reads as the person.
    mentions.sort { ($0.span, $0.entity.kind == .person ? 0 : 1) < ($1.span, $1.entity.kind == .person ? 0 : 1) }
    self.mentions = mentions
    self.people = people.map { SpeakerEntity(name: $0.name, kind: $0.kind) }
    var byParagraph: [Int: [Int]] = [:]
    for (id, mention) in mentions.enumerated() { byParagraph[mention.span.paragraph, default: []].append(id) }
    paragraphs = article.paragraphs.enumerated().map { index, paragraph in
      let text = ScalarText(paragraph.text)
      let quotes = QuoteScanner.scan(text)
      var tokens = QuoteTokenizer.tokens(of: text, quotes: quotes)
      for id in byParagraph[index] ?? [] { Self.mark(mention: id, span: mentions[id].span, in: &tokens) }
      var quoteTokens = [Int](repeating: 0, count: quotes.count)
      for (position, token) in tokens.enumerated() {
        if let number = token.quoteIndex { quoteTokens[number] = position }
      }
      return QuoteParagraph(
        index: index, kind: paragraph.kind, source: paragraph.text, text: text, quotes: quotes, tokens: tokens,
        quoteTokens: quoteTokens)
    }
  }

  /// Marks the unmarked words that overlap `span`. Tokens are in text order, so the
  /// first candidate is found by binary search: a paragraph of many mentions costs
  /// mentions × log(tokens), not mentions × tokens (a one-line 1 MB file took minutes).
  private static func mark(mention id: Int, span: TextSpan, in tokens: inout [QuoteToken]) {
    var index = tokens.partitionPoint { $0.end > span.start }
    while index < tokens.count, tokens[index].start < span.end {
      if tokens[index].isWord && tokens[index].mention == nil && span.start < tokens[index].end {
        tokens[index].mention = id
      }
      index += 1
    }
  }

  subscript(position: TokenPosition) -> QuoteToken { paragraphs[position.paragraph].tokens[position.token] }

  func span(of position: TokenPosition) -> TextSpan {
    let token = self[position]
    return TextSpan(paragraph: position.paragraph, start: token.start, end: token.end)
  }

  /// The span from the first to the last token of a range in one paragraph.
  func span(paragraph: Int, tokens range: ClosedRange<Int>) -> TextSpan {
    let tokens = paragraphs[paragraph].tokens
    return TextSpan(paragraph: paragraph, start: tokens[range.lowerBound].start, end: tokens[range.upperBound].end)
  }

  func entity(at position: TokenPosition) -> SpeakerEntity? {
    self[position].mention.map { mentions[$0].entity }
  }
}
