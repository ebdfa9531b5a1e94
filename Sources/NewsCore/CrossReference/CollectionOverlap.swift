/// What several articles of a collection have in common: the entities and events each
/// mentioned by at least a given number of articles. `lede xref` prints it.
public struct CollectionOverlap: Hashable, Sendable {
  /// An entity and the articles that mention it.
  public struct Entity: Hashable, Sendable {
    public var key: EntityKey
    public var name: String
    /// Article indexes, by article date (undated last), then index.
    public var articles: [Int]
  }

  /// An event and the articles that mention it.
  public struct Event: Hashable, Sendable {
    public var key: EventKey
    public var label: String
    /// Article indexes, by article date (undated last), then index.
    public var articles: [Int]
  }

  /// Most widely shared first, then people, places, organisations, then by name.
  public var entities: [Entity]
  /// Most widely shared first, then by date (undated last), then by label.
  public var events: [Event]
}
