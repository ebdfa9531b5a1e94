/// Identifies one entity across a collection: its kind and its normalised name.
///
/// Two mentions with the same key are the same entity; see ``CrossReferenceIndex`` for how
/// names are normalised and when aliases merge. The readable name lives in the index
/// (``SharedEntity/name``, ``CollectionOverlap/Entity/name``).
public struct EntityKey: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var kind: EntityKind
  /// The normalised name: lower case, no diacritics, aliases resolved ("united nations").
  public var key: String

  public init(kind: EntityKind, key: String) {
    self.kind = kind
    self.key = key
  }

  /// The key of a name as an extractor wrote it: `EntityKey(kind: .organization, name: "UN")`
  /// equals `EntityKey(kind: .organization, name: "United Nations")`.
  public init(kind: EntityKind, name: String) {
    self.init(kind: kind, key: CrossReferenceKey.key(for: name, kind: kind))
  }

  /// "person:vladimir putin".
  public var description: String { "\(kind.rawValue):\(key)" }

  /// People, then places, then organisations; by key within a kind.
  public static func < (lhs: EntityKey, rhs: EntityKey) -> Bool {
    (lhs.kind.order, lhs.key) < (rhs.kind.order, rhs.key)
  }
}

extension EntityKind {
  /// The position in `allCases`: people, places, organisations.
  var order: Int {
    switch self {
    case .person: return 0
    case .place: return 1
    case .organization: return 2
    }
  }
}

/// One article that mentions an entity, and how often.
public struct EntityPosting: Hashable, Sendable {
  /// The article's index in the collection given to ``CrossReferenceIndex/build(_:)``.
  public var article: Int
  /// Mentions of the entity in that article, at least 1.
  public var mentions: Int

  public init(article: Int, mentions: Int) {
    self.article = article
    self.mentions = mentions
  }
}

/// One entity of an article and how widely the collection shares it.
public struct SharedEntity: Hashable, Sendable {
  public var key: EntityKey
  /// The display name chosen for the whole collection (the fullest, most used spelling).
  public var name: String
  /// Mentions in this article, at least 1.
  public var mentions: Int
  /// How many other articles mention the entity.
  public var otherArticles: Int

  public init(key: EntityKey, name: String, mentions: Int, otherArticles: Int) {
    self.key = key
    self.name = name
    self.mentions = mentions
    self.otherArticles = otherArticles
  }
}
