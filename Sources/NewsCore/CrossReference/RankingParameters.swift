extension CrossReferenceIndex {
  /// The weights and limits of related-article ranking, in one place.
  ///
  /// Score of article b for article a:
  ///   person × Σ rarity(p) over shared people
  /// + event × (shared events)
  /// + placeOrOrganization × Σ rarity(e) over shared places and organisations
  /// + text × cosine(a, b)
  /// + date / (1 + |days between them| / dateScaleDays)   (when both are dated)
  /// where rarity is 0.5 for an entity in every article up to 1 for one in a single article.
  /// One shared person (≥ 1.5) outweighs one shared place or organisation (≤ 1).
  enum RankingParameters {
    static let person = 3.0
    static let event = 2.5
    static let placeOrOrganization = 1.0
    static let text = 3.0
    static let date = 0.5
    static let dateScaleDays = 7.0

    /// A pair sharing no entity and no event needs at least this cosine to be related.
    static let minimumSimilarity = 0.05
    /// Related articles kept per article.
    static let keptPerArticle = 20
    /// Candidates per article scored exactly, the best by their posting-based estimate.
    static let exactCandidates = 32
    /// Postings longer than this (an entity, event or term in more articles) are not used to
    /// find candidates; such entities still count in the score of candidates found otherwise.
    static let postingCap = 1_000
    /// Posting entries read per article to find candidates, rarest postings first.
    static let postingBudget = 3_000
    /// Terms per article used to find candidates: its highest-weighted ones.
    static let candidateTerms = 24
    /// Terms kept in each article's TF-IDF vector: its heaviest ones.
    static let vectorTerms = 100

    static func weight(of kind: EntityKind) -> Double {
      switch kind {
      case .person: return person
      case .place, .organization: return placeOrOrganization
      }
    }

    static func closeness(days: Int) -> Double { date / (1 + Double(abs(days)) / dateScaleDays) }
  }
}
