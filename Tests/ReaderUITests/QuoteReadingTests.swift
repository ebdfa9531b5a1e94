import NewsCore
import ReaderUI
import TermGrid
import TestSupport
import Testing

/// Stepping through quotations, speakers' quote lists and saving highlights.
@Suite struct QuoteReadingTests {
  init() { DisplayWidth.prepareLocale() }

  /// The seeds with 000 open and the text focused.
  func seeds() -> AppState {
    let report = ArticleLoader().load(paths: [Fixtures.seeds.path])
    var state = AppState(collectionName: "seeds", articles: report.articles, viewport: Size(columns: 160, rows: 40))
    send(&state, .character("j"), .tab)
    return state
  }

  func send(_ state: inout AppState, _ keys: Key...) {
    for key in keys { _ = reduce(&state, action(for: key, in: state)) }
  }

  @Test func bracesWalkTheQuotesAndNameTheSpeaker() {
    var state = seeds()
    var seen: [String] = []
    for _ in 0..<6 {
      send(&state, .character("}"))
      seen.append(state.message?.text ?? "")
    }
    #expect(seen[0] == "Quote 1 of 6 · Dmitry Peskov (told)")
    #expect(seen[1] == "Quote 2 of 6 · Dmitry Peskov (conceded) · also in 1 other article")
    #expect(seen[2].hasPrefix("Quote 3 of 6 · United Nations"))
    #expect(seen[4].hasPrefix("Quote 5 of 6 · Sergei Lavrov"))
    send(&state, .character("}"))
    #expect(state.reader.selectedQuote == 0, "} wraps around")
    send(&state, .character("{"))
    #expect(state.reader.selectedQuote == 5)
  }

  @Test func theCurrentQuoteIsDrawnAsSuch() {
    var state = seeds()
    send(&state, .character("}"))
    let grid = render(state)
    let styled = grid.cells.filter { $0.style == Role.currentQuote.styleID }.map(\.text).joined()
    #expect(styled.contains("The situation with Idlib is acute,"))
  }

  @Test func speakerListsTheirQuotesAcrossTheCollection() throws {
    var state = seeds()
    send(&state, .tab)
    var found = false
    for _ in 0..<40 where !found {
      send(&state, .character("j"))
      found = state.message?.text.hasPrefix("Dmitry Peskov: 4 quotes") == true
    }
    #expect(found, "the sidebar's Quotes section has Dmitry Peskov with 4 quotes in the collection")
    send(&state, .enter)
    let picker = try #require(state.picker)
    #expect(picker.title == "Quotes of Dmitry Peskov (4)")
    send(&state, .character("j"), .character("j"), .enter)
    #expect(state.picker == nil)
    #expect(state.focus == .text)
    #expect(state.reader.selectedQuote != nil)
    send(&state, .control("o"))
    #expect(state.openArticle?.id == "000_c34a645ecb9f0efb")
  }

  @Test func mSavesTheCurrentQuoteWithANote() throws {
    var state = seeds()
    send(&state, .character("}"))
    var effects: [Effect] = []
    for key in [Key.character("m"), .character("o"), .character("k"), .enter] {
      effects += reduce(&state, action(for: key, in: state))
    }
    guard case .saveHighlight(let draft) = try #require(effects.first) else {
      Issue.record("expected a save effect, got \(effects)")
      return
    }
    #expect(draft.quote == "The situation with Idlib is acute,")
    #expect(draft.speaker == "Dmitry Peskov")
    #expect(draft.note == "ok")
    #expect(state.articles[draft.article].text(of: draft.span) == "The situation with Idlib is acute,")
    let saved = SavedHighlight(
      id: 1, article: draft.article, span: draft.span, quote: draft.quote, speaker: draft.speaker, note: draft.note,
      title: "t", date: nil)
    _ = reduce(&state, .highlightsLoaded([saved]))
    #expect(state.message?.text == "Highlight saved · ' lists highlights")
    let grid = render(state)
    #expect(grid.cells.contains { $0.style == Role.highlight.styleID }, "the highlight is marked in the text")
    send(&state, .character("'"))
    #expect(state.picker?.rows.count == 1)
  }

  @Test func escapeAtTheNotePromptSavesNothing() {
    var state = seeds()
    send(&state, .character("}"), .character("m"))
    #expect(state.prompt != nil)
    let effects = reduce(&state, action(for: .escape, in: state))
    #expect(effects.isEmpty)
    #expect(state.message?.text == "Highlight not saved")
  }

  @Test func runLoopPerformsTheSave() {
    let terminal = MemoryTerminal(
      size: Size(columns: 120, rows: 30),
      events: [.key(.character("}")), .key(.character("m")), .key(.enter), .key(.character("q"))])
    var state = seeds()
    var performed: [Effect] = []
    let loop = RunLoop(theme: .colour) { effect in
      performed.append(effect)
      return [.highlightsLoaded([])]
    }
    #expect(loop.run(&state, on: terminal) == .quit)
    #expect(performed.count == 1)
  }
}

@Suite struct UncertainQuoteTests {
  init() { DisplayWidth.prepareLocale() }

  @Test func lowConfidenceAttributionsLookDifferent() {
    let article = SampleArticles.article(
      id: "u", date: CalendarDate(year: 2020, month: 1, day: 2), title: "Talks",
      paragraphs: ["Minister Anna Kovacs arrived on Monday.", "\"We are ready,\" she said. \"We will sign,\" a source said."])
    var analysis = ArticleAnalyzer.analyze(article)
    #expect(analysis.quotes.count == 2)
    analysis.quotes[0].confidence = 0.9
    analysis.quotes[0].speaker = "Anna Kovacs"
    analysis.quotes[1].confidence = 0.3
    analysis.quotes[1].speaker = "Anna Kovacs"
    let decorations = TextDecorations.build(analysis)
    let roles = (decorations.byParagraph[2] ?? []).map(\.1)
    #expect(roles.contains(.quote))
    #expect(roles.contains(.uncertainQuote))
  }
}

@Suite struct ReadStateTests {
  init() { DisplayWidth.prepareLocale() }

  @Test func openingAnArticleMarksItReadAndNewOnesAreMarked() {
    var state = AppState(collectionName: "sample", articles: SampleArticles.collection, viewport: Size(columns: 100, rows: 20))
    _ = reduce(&state, .readStateLoaded([]))
    #expect(state.read == [0])
    #expect(render(state).lines()[3].hasPrefix("•"), "the second article is new")
    let effects = reduce(&state, .command(.moveDown))
    #expect(effects == [.markRead([1])])
    #expect(!render(state).lines()[3].hasPrefix("•"))
    #expect(reduce(&state, .command(.moveUp)).isEmpty, "already read")
    #expect(reduce(&state, .command(.markAllRead)) == [.markRead([2])])
    #expect(state.read == [0, 1, 2])
  }
}
