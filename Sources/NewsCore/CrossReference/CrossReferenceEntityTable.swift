import Foundation

extension CrossReferenceIndex {
  /// One entity as it occurs in one article, under its key.
  struct ArticleEntity: Sendable {
    var key: EntityKey
    /// The name the article uses (its fullest form).
    var name: String
    var mentions: Int
  }

  /// An entity id and its mentions in one article.
  struct EntityCount: Hashable, Sendable {
    var entity: Int32
    var mentions: Int32
  }

  /// Every entity of the collection under one id, with its postings.
  struct EntityTable: Sendable {
    /// By entity id; sorted, so an id is the key's rank.
    var keys: [EntityKey] = []
    /// The display name of each entity.
    var names: [String] = []
    /// The articles mentioning each entity, by article date (undated last), then index.
    var postings: [[EntityPosting]] = []
    /// 0.5 for an entity every article mentions, up to 1 for one only one article mentions.
    var rarity: [Double] = []
    /// What sharing each entity adds to a related score: its kind's weight × its rarity.
    var scoreWeight: [Double] = []
    /// Each article's entities, sorted by id.
    var articleEntities: [[EntityCount]] = []

    /// - Parameter dateOrder: article indexes by date (undated last), then index.
    init(perArticle: [[ArticleEntity]], dateOrder: [Int]) {
      var ids: [EntityKey: Int] = [:]
      var spellings: [[NameSpelling]] = []
      var firstKeys: [EntityKey] = []
      for entities in perArticle {
        for entity in entities {
          let id = ids[entity.key] ?? firstKeys.count
          if id == firstKeys.count {
            ids[entity.key] = id
            firstKeys.append(entity.key)
            spellings.append([])
          }
          NameSpelling.vote(for: entity.name, in: &spellings[id])
        }
      }
      let order = firstKeys.indices.sorted { firstKeys[$0] < firstKeys[$1] }
      var rank = [Int32](repeating: 0, count: order.count)
      for (position, id) in order.enumerated() { rank[id] = Int32(position) }
      keys = order.map { firstKeys[$0] }
      let (finalSpellings, finalKeys, finalIds, finalRank) = (spellings, firstKeys, ids, rank)
      names = ConcurrentMap.map(count: order.count) {
        NameSpelling.displayName(of: finalSpellings[order[$0]], key: finalKeys[order[$0]])
      }
      articleEntities = ConcurrentMap.map(count: perArticle.count) { article in
        perArticle[article].compactMap { entity in
          finalIds[entity.key].map { EntityCount(entity: finalRank[$0], mentions: Int32(entity.mentions)) }
        }.sorted { $0.entity < $1.entity }
      }
      postings = Array(repeating: [], count: keys.count)
      for article in dateOrder {
        for count in articleEntities[article] {
          postings[Int(count.entity)].append(EntityPosting(article: article, mentions: Int(count.mentions)))
        }
      }
      rarity = postings.map { CrossReferenceIndex.rarity(documentFrequency: $0.count, of: perArticle.count) }
      scoreWeight = zip(keys, rarity).map { RankingParameters.weight(of: $0.kind) * $1 }
    }

    /// The keyed entities of one article. Entities with the same key add their mentions;
    /// a one-word person name folds into the article's only fuller name ending in that word
    /// (the article itself resolved it: "Putin" beside "Vladimir Putin").
    static func entities(of analysis: ArticleAnalysis) -> [ArticleEntity] {
      var byKey: [EntityKey: ArticleEntity] = [:]
      for kind in EntityKind.allCases {
        for entity in analysis.entities(of: kind) {
          let key = EntityKey(kind: kind, name: entity.name)
          guard !key.key.isEmpty else { continue }
          add(ArticleEntity(key: key, name: entity.name, mentions: max(1, entity.mentions.count)), to: &byKey)
        }
      }
      let people = byKey.keys.filter { $0.kind == .person }
      for bare in people where !bare.key.contains(" ") {
        let fuller = people.filter { $0.key.hasSuffix(" " + bare.key) }
        guard fuller.count == 1, let target = fuller.first, let entity = byKey.removeValue(forKey: bare) else {
          continue
        }
        add(ArticleEntity(key: target, name: "", mentions: entity.mentions), to: &byKey)
      }
      return byKey.values.sorted { $0.key < $1.key }
    }

    private static func add(_ entity: ArticleEntity, to byKey: inout [EntityKey: ArticleEntity]) {
      guard var existing = byKey[entity.key] else {
        byKey[entity.key] = entity
        return
      }
      existing.mentions += entity.mentions
      if entity.name.utf8.count > existing.name.utf8.count { existing.name = entity.name }
      byKey[entity.key] = existing
    }
  }

  /// 0.5 + 0.5 × ln((N+1)/df) / ln(N+1): 1 for a term in one article, 0.5 for one in all.
  static func rarity(documentFrequency: Int, of articleCount: Int) -> Double {
    let total = Double(articleCount) + 1
    guard documentFrequency > 0, total > 1 else { return 1 }
    return 0.5 + 0.5 * log(total / Double(documentFrequency)) / log(total)
  }

  /// One spelling of an entity's name and how many articles use it.
  struct NameSpelling: Sendable {
    var name: String
    var articles: Int

    static func vote(for name: String, in spellings: inout [NameSpelling]) {
      if let index = spellings.firstIndex(where: { $0.name == name }) {
        spellings[index].articles += 1
      } else {
        spellings.append(NameSpelling(name: name, articles: 1))
      }
    }

    /// The spelling that is the key itself rather than an alias of it (United Nations
    /// over UN, Kyiv over Kiev), then the most used, then the longest in bytes
    /// (Erdoğan over Erdogan), then the first in code-point order.
    static func displayName(of spellings: [NameSpelling], key: EntityKey) -> String {
      guard spellings.count > 1 else { return spellings.first?.name ?? key.key }
      func rank(_ spelling: NameSpelling) -> (Int, Int, Int) {
        let plain = CrossReferenceKey.key(for: spelling.name, kind: key.kind, applyingAliases: false) == key.key
        return (plain ? 0 : 1, -spelling.articles, -spelling.name.utf8.count)
      }
      return spellings.min { lhs, rhs in
        let left = rank(lhs)
        let right = rank(rhs)
        return left != right ? left < right : lhs.name.utf8.lexicographicallyPrecedes(rhs.name.utf8)
      }?.name ?? key.key
    }
  }
}
