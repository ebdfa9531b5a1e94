/// One piece of a quotation: a quoted passage in one paragraph.
struct QuotePart: Equatable {
  var paragraph: Int
  /// The quotation's index in its paragraph's `quotes`.
  var number: Int
  /// Its token index in the paragraph.
  var token: Int
}

/// A quotation being attributed: its parts and what was found about its speaker.
struct Quotation {
  var parts: [QuotePart]
  var match: AttributionMatch?
  var speaker: ResolvedSpeaker?
  var confidence = 0.0
  var isFragment = false

  var first: QuotePart { parts[0] }
  var last: QuotePart { parts[parts.count - 1] }
}

/// Groups a document's quotations into ``Quotation``s: a quotation left open at the
/// end of a paragraph continues when the next paragraph opens with a quotation mark
/// (the news convention); without that continuation the open part is dropped.
enum QuotationChainer {
  static func chain(_ document: QuoteDocument) -> [Quotation] {
    var done: [[QuotePart]] = []
    var open: [QuotePart] = []
    for paragraph in document.paragraphs {
      for (number, quote) in paragraph.quotes.enumerated() {
        let part = QuotePart(paragraph: paragraph.index, number: number, token: paragraph.quoteTokens[number])
        let continues =
          !open.isEmpty && number == 0 && part.token == 0 && paragraph.isBody
          && open.last?.paragraph == paragraph.index - 1
        if !open.isEmpty && !continues {
          done.append(contentsOf: closedParts(open))
          open = []
        }
        open.append(part)
        if quote.close != nil {
          done.append(open)
          open = []
        }
      }
      if let last = open.last, last.paragraph != paragraph.index {
        done.append(contentsOf: closedParts(open))
        open = []
      }
    }
    done.append(contentsOf: closedParts(open))
    return done.map { Quotation(parts: $0) }
  }

  /// An open chain that was not continued: its last, unclosed part is dropped.
  private static func closedParts(_ chain: [QuotePart]) -> [[QuotePart]] {
    chain.count > 1 ? [Array(chain.dropLast())] : []
  }
}
