import NewsCore

/// What a mention in the text refers to.
public enum MentionTarget: Hashable, Sendable {
  case entity(EntityKind, name: String)
  case event(Event)
}

/// A followable mention in the open article: a name or an event trigger.
public struct Mention: Hashable, Sendable {
  public var span: TextSpan
  public var target: MentionTarget
}

/// The open article's styled spans, built once when it opens: people, places,
/// organisations and event triggers by role, quotations, speakers and speech verbs.
public struct TextDecorations: Equatable, Sendable {
  /// Spans and roles per paragraph, sorted by start; a later, more specific role
  /// (speaker inside a quote) is listed after the span it sits in.
  public var byParagraph: [Int: [(TextSpan, Role)]]
  /// Followable mentions in text order.
  public var mentions: [Mention]

  public static let empty = TextDecorations(byParagraph: [:], mentions: [])

  /// Attributions below this confidence are drawn as uncertain (dimmed quotes) and
  /// described as "probably" in the status line.
  public static let uncertainBelow = 0.5

  public static func == (lhs: TextDecorations, rhs: TextDecorations) -> Bool {
    lhs.mentions == rhs.mentions && lhs.byParagraph.keys.sorted() == rhs.byParagraph.keys.sorted()
      && lhs.byParagraph.allSatisfy { key, value in
        rhs.byParagraph[key].map { $0.map(\.0) == value.map(\.0) && $0.map(\.1) == value.map(\.1) } ?? false
      }
  }

  public static func build(_ analysis: ArticleAnalysis) -> TextDecorations {
    var spans: [(TextSpan, Role, Int)] = []  // the third value orders nested roles
    var mentions: [Mention] = []
    for quote in analysis.quotes {
      let role: Role = quote.speaker != nil && quote.confidence < uncertainBelow ? .uncertainQuote : .quote
      for span in quote.spans { spans.append((span, role, 0)) }
      if let speaker = quote.speakerSpan { spans.append((speaker, .speaker, 2)) }
      if let verb = quote.verbSpan { spans.append((verb, .speaker, 2)) }
    }
    let entityGroups: [(EntityKind, [Entity], Role)] = [
      (.person, analysis.people, .person), (.place, analysis.places, .place),
      (.organization, analysis.organizations, .organization),
    ]
    for (kind, entities, role) in entityGroups {
      for entity in entities {
        for span in entity.mentions {
          spans.append((span, role, 1))
          mentions.append(Mention(span: span, target: .entity(kind, name: entity.name)))
        }
      }
    }
    for event in analysis.events {
      spans.append((event.span, .event, 1))
      mentions.append(Mention(span: event.span, target: .event(event)))
    }
    var byParagraph: [Int: [(TextSpan, Role)]] = [:]
    for (span, role, _) in spans.sorted(by: { ($0.0.paragraph, $0.0.start, $0.2) < ($1.0.paragraph, $1.0.start, $1.2) }) {
      byParagraph[span.paragraph, default: []].append((span, role))
    }
    mentions.sort { $0.span < $1.span }
    return TextDecorations(byParagraph: byParagraph, mentions: mentions)
  }
}
