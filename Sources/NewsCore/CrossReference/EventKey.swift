/// Identifies one event across a collection: what happened, where and when.
///
/// Event mentions are grouped into events by ``CrossReferenceIndex/build(_:)`` (see its
/// rules); the key describes the group. `ordinal` tells apart events with the same
/// description that the rules kept separate (say, two undated "talks in Sochi" from two
/// articles); it is 0 for the first. A key is meaningful for the index that produced it.
public struct EventKey: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The normalised trigger ("talks", "summit").
  public var what: String
  /// The place's normalised key (as in ``EntityKey/key``), when known.
  public var place: String?
  /// The date the group's mentions agree on, when known.
  public var date: DateValue?
  public var ordinal: Int

  public init(what: String, place: String?, date: DateValue?, ordinal: Int = 0) {
    self.what = what
    self.place = place
    self.date = date
    self.ordinal = ordinal
  }

  /// "talks|sochi|2018-09-17|0".
  public var description: String { "\(what)|\(place ?? "")|\(date?.iso ?? "")|\(ordinal)" }

  /// By trigger, place, date (undated first), then ordinal.
  public static func < (lhs: EventKey, rhs: EventKey) -> Bool {
    if lhs.what != rhs.what { return lhs.what < rhs.what }
    if lhs.place != rhs.place { return (lhs.place ?? "") < (rhs.place ?? "") }
    if lhs.date != rhs.date {
      guard let left = lhs.date else { return true }
      guard let right = rhs.date else { return false }
      return left < right
    }
    return lhs.ordinal < rhs.ordinal
  }
}

/// One event of an article and how widely the collection shares it.
public struct SharedEvent: Hashable, Sendable {
  public var key: EventKey
  /// "talks in Sochi on 2018-09-17", with the place's display name.
  public var label: String
  /// How many other articles mention the event.
  public var otherArticles: Int

  public init(key: EventKey, label: String, otherArticles: Int) {
    self.key = key
    self.label = label
    self.otherArticles = otherArticles
  }
}
