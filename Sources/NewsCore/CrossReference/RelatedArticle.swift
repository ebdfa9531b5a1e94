/// Another article of the collection related to a given one, with why.
///
/// The score adds, for the pair of articles: each shared person (weighted most, rarer people
/// more), each shared event, each shared place or organisation, the text similarity and the
/// closeness of their dates. See ``CrossReferenceIndex`` for the weights.
public struct RelatedArticle: Hashable, Sendable {
  /// The related article's index in the collection.
  public var article: Int
  public var score: Double
  /// Display names, rarest in the collection first.
  public var sharedPeople: [String]
  /// Event labels ("talks in Sochi on 2018-09-17"), in date order.
  public var sharedEvents: [String]
  /// Display names, rarest in the collection first.
  public var sharedPlaces: [String]
  /// Display names, rarest in the collection first.
  public var sharedOrganizations: [String]
  /// TF-IDF cosine of the two bodies, 0...1.
  public var similarity: Double
  /// Days between the two articles' dates, when both are dated.
  public var dayDistance: Int?
  /// The other members of the related article's near-duplicate group (the same story
  /// published again), which the ranking does not list separately.
  public var duplicates: [Int]

  public init(
    article: Int, score: Double, sharedPeople: [String], sharedEvents: [String], sharedPlaces: [String],
    sharedOrganizations: [String], similarity: Double, dayDistance: Int?, duplicates: [Int]
  ) {
    self.article = article
    self.score = score
    self.sharedPeople = sharedPeople
    self.sharedEvents = sharedEvents
    self.sharedPlaces = sharedPlaces
    self.sharedOrganizations = sharedOrganizations
    self.similarity = similarity
    self.dayDistance = dayDistance
    self.duplicates = duplicates
  }
}
