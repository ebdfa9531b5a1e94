import NewsCore

/// A highlight about to be saved: the run loop stores it (`Effect.saveHighlight`).
public struct HighlightDraft: Equatable, Sendable {
  public var article: Int
  public var span: TextSpan
  public var quote: String
  public var speaker: String?
  public var note: String?

  public init(article: Int, span: TextSpan, quote: String, speaker: String?, note: String?) {
    self.article = article
    self.span = span
    self.quote = quote
    self.speaker = speaker
    self.note = note
  }
}

/// A stored highlight as the reader shows it.
public struct SavedHighlight: Equatable, Sendable {
  public var id: Int64
  /// The article it belongs to in this collection (found by content, then path),
  /// or nil when the article is not in the collection.
  public var article: Int?
  public var span: TextSpan
  public var quote: String
  public var speaker: String?
  public var note: String?
  public var title: String
  public var date: String?

  public init(
    id: Int64, article: Int?, span: TextSpan, quote: String, speaker: String?, note: String?, title: String, date: String?
  ) {
    self.id = id
    self.article = article
    self.span = span
    self.quote = quote
    self.speaker = speaker
    self.note = note
    self.title = title
    self.date = date
  }
}

extension AppState {
  static let savingMessage = "Saving highlight…"

  /// `}` and `{`: move to the next or previous quotation and say who said it.
  mutating func stepQuote(by step: Int) {
    guard let article = reader.articleIndex else { return }
    let quotes = collection.analyses[article].quotes
    guard !quotes.isEmpty else {
      message = StatusMessage(text: "No quotations in this article")
      return
    }
    showQuote(stepIndex(from: reader.selectedQuote, count: quotes.count, by: step, above: reader.top) { quoteLine(quotes[$0]) })
  }

  /// Selects a quote of the open article, scrolls to it and describes it.
  mutating func showQuote(_ index: Int) {
    guard let article = reader.articleIndex, collection.analyses[article].quotes.indices.contains(index) else { return }
    let quote = collection.analyses[article].quotes[index]
    reader.selectedQuote = index
    if let line = quoteLine(quote) {
      let rows = contentRows(of: .text)
      if line < reader.top || line >= reader.top + rows { scrollText(to: line - rows / 3) }
    }
    message = StatusMessage(text: describe(quote, reference: QuoteReference(article: article, quote: index)))
  }

  /// "Quote 2 of 6 · Dmitry Peskov (conceded) · also in 1 other article".
  func describe(_ quote: Quote, reference: QuoteReference) -> String {
    let count = collection.analyses[reference.article].quotes.count
    var parts = ["Quote \(reference.quote + 1) of \(count)"]
    if let speaker = quote.speaker {
      let sure = quote.confidence < TextDecorations.uncertainBelow ? "probably " : ""
      parts.append(sure + speaker + (quote.verb.map { " (\($0))" } ?? ""))
    } else {
      parts.append(quote.isFragment ? "a phrase in quotes" : "speaker unknown")
    }
    let others = Set(collection.quotes.sameQuote(as: reference).map(\.article)).count
    if others > 0 { parts.append("also in \(others) other article\(others == 1 ? "" : "s")") }
    return parts.joined(separator: " · ")
  }

  func quoteLine(_ quote: Quote) -> Int? { quote.spans.first.flatMap(lineOf) }

  /// `m`: asks for a note, then saves the selected quote, or the paragraph at the
  /// top of the text pane.
  mutating func beginHighlight() {
    guard let article = reader.articleIndex else { return }
    let draft: HighlightDraft
    if let index = reader.selectedQuote, collection.analyses[article].quotes.indices.contains(index),
      let first = collection.analyses[article].quotes[index].spans.first
    {
      let quote = collection.analyses[article].quotes[index]
      let last = quote.spans.last ?? first
      let span =
        first.paragraph == last.paragraph ? TextSpan(paragraph: first.paragraph, start: first.start, end: last.end) : first
      draft = HighlightDraft(article: article, span: span, quote: quote.text, speaker: quote.speaker, note: nil)
    } else {
      let lines = reader.layout.lines
      guard let line = lines[min(reader.top, max(0, lines.count - 1))...].first(where: { $0.paragraph != nil }),
        let paragraph = line.paragraph
      else {
        message = StatusMessage(text: "Nothing to highlight here")
        return
      }
      let text = articles[article].paragraphs[paragraph].text
      draft = HighlightDraft(
        article: article, span: TextSpan(paragraph: paragraph, start: 0, end: text.utf8.count), quote: text, speaker: nil,
        note: nil)
    }
    prompt = PromptState(purpose: .highlightNote(draft), text: "", previousFind: find, previousTop: reader.top)
  }

  /// Highlight spans of the open article.
  var openHighlights: [TextSpan] {
    guard let article = reader.articleIndex else { return [] }
    return highlights.filter { $0.article == article }.map(\.span)
  }
}
