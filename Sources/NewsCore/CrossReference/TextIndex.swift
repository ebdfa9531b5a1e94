import Foundation

extension CrossReferenceIndex {
  /// An article's TF-IDF vector over terms found in at least two articles, unit length
  /// over all its terms (so the cosine of two vectors is their dot product).
  struct TermVector: Sendable {
    /// Term ids, ascending.
    var terms: [UInt32] = []
    var weights: [Float] = []

    /// The dot product of two vectors, by merging their sorted ids.
    func dot(_ other: TermVector) -> Double {
      var sum = 0.0
      var left = 0
      var right = 0
      while left < terms.count, right < other.terms.count {
        if terms[left] == other.terms[right] {
          sum += Double(weights[left]) * Double(other.weights[right])
          left += 1
          right += 1
        } else if terms[left] < other.terms[right] {
          left += 1
        } else {
          right += 1
        }
      }
      return min(1, sum)
    }
  }

  /// TF-IDF vectors of every article, and postings of each article's most telling terms for
  /// finding candidates.
  ///
  /// Weights are (1 + ln tf) × ln(1 + N / df). Document frequencies are counted in 16
  /// shards by the hash's top bits, in parallel; term ids follow hash order, so they are the
  /// same on every run.
  struct TextIndex: Sendable {
    var vectors: [TermVector]
    /// Each article's top terms (by weight, at most `RankingParameters.candidateTerms`, only
    /// terms in at most `RankingParameters.postingCap` articles), ascending by id.
    var candidateTerms: [[UInt32]]
    /// For term id t, the articles listing t among their candidate terms are
    /// `postingArticles[postingStart[t]..<postingStart[t + 1]]`, ascending.
    var postingStart: [Int]
    var postingArticles: [Int32]
    var postingWeights: [Float]

    private static let shardBits = 4

    init(profiles: [TextProfile]) {
      let shards = ConcurrentMap.map(count: 1 << Self.shardBits) { shard in
        Vocabulary(shard: shard, bits: Self.shardBits, profiles: profiles)
      }
      let base = shards.reduce(into: [UInt32(0)]) { base, shard in
        base.append((base.last ?? 0) + UInt32(shard.terms.count))
      }
      let termCount = Int(base.last ?? 0)
      let articleCount = profiles.count
      let weighted = ConcurrentMap.map(count: articleCount) { article in
        Self.vector(of: profiles[article], shards: shards, base: base, articleCount: articleCount)
      }
      vectors = weighted.map(\.0)
      candidateTerms = weighted.map(\.1)
      (postingStart, postingArticles, postingWeights) = Self.postings(
        vectors: vectors, candidateTerms: candidateTerms, termCount: termCount)
    }

    /// The articles and weights of one term's candidate postings.
    func posting(of term: UInt32) -> Range<Int> { postingStart[Int(term)]..<postingStart[Int(term) + 1] }

    private static func vector(
      of profile: TextProfile, shards: [Vocabulary], base: [UInt32], articleCount: Int
    ) -> (TermVector, [UInt32]) {
      var vector = TermVector()
      var frequencies: [Int32] = []
      var norm = 0.0
      for (index, hash) in profile.terms.enumerated() {
        let shard = Int(hash >> UInt64(64 - shardBits))
        let found = shards[shard].lookUp(hash)
        let frequency = found?.frequency ?? 1
        let weight = (1 + log(Double(profile.counts[index]))) * log(1 + Double(articleCount) / Double(frequency))
        norm += weight * weight
        guard let found else { continue }
        vector.terms.append(base[shard] + found.rank)
        vector.weights.append(Float(weight))
        frequencies.append(frequency)
      }
      let length = Float(norm.squareRoot())
      if length > 0 { vector.weights = vector.weights.map { $0 / length } }
      let top = vector.terms.indices.filter { frequencies[$0] <= RankingParameters.postingCap }
        .sorted { vector.weights[$0] != vector.weights[$1] ? vector.weights[$0] > vector.weights[$1] : $0 < $1 }
        .prefix(RankingParameters.candidateTerms)
        .map { vector.terms[$0] }
        .sorted()
      return (vector, top)
    }

    private static func postings(
      vectors: [TermVector], candidateTerms: [[UInt32]], termCount: Int
    ) -> ([Int], [Int32], [Float]) {
      var start = [Int](repeating: 0, count: termCount + 1)
      for terms in candidateTerms { for term in terms { start[Int(term) + 1] += 1 } }
      for index in 0..<termCount { start[index + 1] += start[index] }
      var next = start
      var articles = [Int32](repeating: 0, count: start[termCount])
      var weights = [Float](repeating: 0, count: start[termCount])
      for (article, terms) in candidateTerms.enumerated() {
        var position = 0
        for term in terms {
          while vectors[article].terms[position] != term { position += 1 }
          articles[next[Int(term)]] = Int32(article)
          weights[next[Int(term)]] = vectors[article].weights[position]
          next[Int(term)] += 1
        }
      }
      return (start, articles, weights)
    }
  }

  /// The terms of one hash shard that occur in at least two articles, with their document
  /// frequencies, sorted by hash.
  struct Vocabulary: Sendable {
    var terms: [UInt64] = []
    var frequencies: [Int32] = []

    init(shard: Int, bits: Int, profiles: [TextProfile]) {
      let lower = UInt64(shard) << UInt64(64 - bits)
      let upper = shard + 1 == 1 << bits ? UInt64.max : UInt64(shard + 1) << UInt64(64 - bits) - 1
      var counts: [UInt64: Int32] = [:]
      for profile in profiles {
        var index = Self.firstIndex(in: profile.terms, notBelow: lower)
        while index < profile.terms.count, profile.terms[index] <= upper {
          counts[profile.terms[index], default: 0] += 1
          index += 1
        }
      }
      let shared = counts.filter { $0.value > 1 }.sorted { $0.key < $1.key }
      terms = shared.map(\.key)
      frequencies = shared.map(\.value)
    }

    /// The term's rank in this shard and its document frequency; nil for a term only one
    /// article has.
    func lookUp(_ hash: UInt64) -> (rank: UInt32, frequency: Int32)? {
      let index = Self.firstIndex(in: terms, notBelow: hash)
      guard index < terms.count, terms[index] == hash else { return nil }
      return (UInt32(index), frequencies[index])
    }

    private static func firstIndex(in sorted: [UInt64], notBelow value: UInt64) -> Int {
      var low = 0
      var high = sorted.count
      while low < high {
        let middle = (low + high) / 2
        if sorted[middle] < value { low = middle + 1 } else { high = middle }
      }
      return low
    }
  }
}
