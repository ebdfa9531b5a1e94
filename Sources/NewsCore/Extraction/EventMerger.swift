/// Merges event mentions into events: one per (what, place, date).
///
/// Nouns with the same name merge when their places and dates do not conflict. A
/// meeting verb ("met", "discussed") joins the meeting that shares its place or date,
/// or else the meeting it does not conflict with that shares its participants. A mention without place and date
/// joins the only event of its class it fits; events that still have neither are
/// dropped.
enum EventMerger {
  static func merge(_ mentions: [EventMention]) -> [Event] {
    var events: [EventMention] = []
    for mention in mentions where !mention.isVerb {
      if let index = events.firstIndex(where: { $0.name == mention.name && fits($0, mention) }) {
        absorb(&events[index], mention)
      } else {
        events.append(mention)
      }
    }
    for mention in mentions where mention.isVerb {
      let meetings = events.indices.filter { events[$0].eventClass == .meeting && fits(events[$0], mention) }
      let sharing = meetings.filter { shares(events[$0], mention) }
      if let index = sharing.isEmpty
        ? best(meetings, in: events, for: mention, overlapRequired: true) : best(sharing, in: events, for: mention)
      {
        absorb(&events[index], mention)
      }
    }
    var result: [EventMention] = []
    let vague = events.filter { $0.place == nil && $0.date == nil }
    for event in events where event.place != nil || event.date != nil { result.append(event) }
    for event in vague {
      let targets = result.indices.filter { result[$0].eventClass == event.eventClass && result[$0].name == event.name }
      if targets.count == 1 { absorb(&result[targets[0]], event) }
    }
    return result.map {
      Event(what: $0.name, place: $0.place, date: $0.date, participants: $0.participants, span: $0.span)
    }
  }

  /// The only candidate, or the one sharing the most participants with the mention
  /// (sharing at least one when `overlapRequired`).
  static func best(_ candidates: [Int], in events: [EventMention], for mention: EventMention, overlapRequired: Bool = false)
    -> Int?
  {
    guard candidates.count > 1 || overlapRequired else { return candidates.first }
    let overlaps = candidates.map { index in events[index].participants.filter(mention.participants.contains).count }
    guard let top = overlaps.max(), top > 0, overlaps.filter({ $0 == top }).count == 1 else { return nil }
    return overlaps.firstIndex(of: top).map { candidates[$0] }
  }

  /// No conflicting place or date.
  static func fits(_ event: EventMention, _ mention: EventMention) -> Bool {
    (event.place == nil || mention.place == nil || event.place == mention.place)
      && (event.date == nil || mention.date == nil || event.date == mention.date)
  }

  static func shares(_ event: EventMention, _ mention: EventMention) -> Bool {
    (event.place != nil && event.place == mention.place) || (event.date != nil && event.date == mention.date)
  }

  static func absorb(_ event: inout EventMention, _ mention: EventMention) {
    if event.place == nil { event.place = mention.place }
    if event.date == nil { event.date = mention.date }
    event.participants = EventExtractor.unique(event.participants + mention.participants)
    if event.isVerb && !mention.isVerb { event.span = mention.span }
  }
}
