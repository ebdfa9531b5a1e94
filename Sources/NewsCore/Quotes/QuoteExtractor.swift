/// Finds the quotations of an article and who said them, by rules.
///
/// Detection: straight and curly double quotes, German „…“, guillemets, and single
/// quotes outside double ones (apostrophes never count); quotations that run on across
/// paragraphs, and “A,” he said, “b” sentences, are one quotation. Attribution reads
/// the words beside each quotation (“Q,” X said / X said: “Q” / according to X),
/// then the sentence around it, then carries the previous speaker to a quotation that
/// only continues them. Speakers are the canonical names of the given entities.
public enum QuoteExtractor {
  /// The quotations of `article`, in text order.
  ///
  /// - Parameters:
  ///   - people: the article's people with all their mentions.
  ///   - organizations: the article's organisations with all their mentions.
  public static func extract(from article: Article, people: [Entity], organizations: [Entity]) -> [Quote] {
    guard article.paragraphs.contains(where: { mayHoldQuote($0.text) }) else { return [] }
    let document = QuoteDocument(article: article, people: people, organizations: organizations)
    var attributor = QuoteAttributor(document: document)
    var quotations: [Quotation] = []
    for var quotation in QuotationChainer.chain(document) {
      attributor.attribute(&quotation, previous: quotations.last)
      quotations.append(quotation)
    }
    return SplitQuoteMerger.merge(quotations, in: document).map { quote(from: $0, in: document) }
  }

  /// A quick byte test: ASCII quotes, or the lead bytes of curly quotes (E2) and
  /// guillemets (C2).
  private static func mayHoldQuote(_ text: String) -> Bool {
    text.utf8.contains { $0 == 0x22 || $0 == 0x27 || $0 == 0xE2 || $0 == 0xC2 }
  }

  private static func quote(from quotation: Quotation, in document: QuoteDocument) -> Quote {
    let spans = quotation.parts.map { document.contentSpan(of: $0) }
    let text = spans.map { String(document.text(of: $0)) }.joined(separator: " ")
    let verb = quotation.match?.verb
    let entity = quotation.speaker?.entity
    return Quote(
      text: text, spans: spans, speaker: entity?.name, speakerKind: entity?.kind,
      speakerSpan: quotation.speaker?.span, verb: verb.map { document[$0].lower },
      verbSpan: verb.map { document.span(of: $0) }, isFragment: quotation.isFragment,
      confidence: quotation.confidence)
  }
}

extension QuoteDocument {
  /// The text between a part's marks, without surrounding spaces.
  func contentSpan(of part: QuotePart) -> TextSpan {
    let paragraph = paragraphs[part.paragraph]
    let quote = paragraph.quotes[part.number]
    var start = quote.open + 1
    var end = quote.close ?? paragraph.text.count
    while start < end, ScalarClass.isSpace(paragraph.text.scalars[start]) { start += 1 }
    while end > start, ScalarClass.isSpace(paragraph.text.scalars[end - 1]) { end -= 1 }
    return TextSpan(paragraph: part.paragraph, start: paragraph.text.offsets[start], end: paragraph.text.offsets[end])
  }

  func text(of span: TextSpan) -> String {
    String(paragraphs[span.paragraph].source.utf8Slice(span.start, span.end))
  }
}
