import Foundation

extension CrossReferenceIndex {
  /// An article's TF-IDF vector: its `RankingParameters.vectorTerms` heaviest terms among
  /// those found in at least two articles, divided by the length over all its terms. The dot
  /// product of two vectors is their cosine, less the little that lighter terms would add.
  struct TermVector: Sendable {
    /// Term ids, ascending.
    var terms: [UInt32] = []
    var weights: [Float] = []

    /// The dot product of two vectors, by merging their sorted ids. It runs for every
    /// candidate pair, so it steps without branches and without bounds checks.
    func dot(_ other: TermVector) -> Double {
      var sum = 0.0
      terms.withUnsafeBufferPointer { lhs in
        other.terms.withUnsafeBufferPointer { rhs in
          weights.withUnsafeBufferPointer { lhsWeights in
            other.weights.withUnsafeBufferPointer { rhsWeights in
              var left = 0
              var right = 0
              while left < lhs.count, right < rhs.count {
                let leftTerm = lhs[left]
                let rightTerm = rhs[right]
                if leftTerm == rightTerm { sum += Double(lhsWeights[left]) * Double(rhsWeights[right]) }
                left &+= leftTerm <= rightTerm ? 1 : 0
                right &+= rightTerm <= leftTerm ? 1 : 0
              }
            }
          }
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
        base.append((base.last ?? 0) + UInt32(shard.count))
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
      // Ids grow with hashes, so entries come out in id order.
      var terms: [UInt32] = []
      var weights: [Double] = []
      var frequencies: [Int32] = []
      var norm = 0.0
      for (index, hash) in profile.terms.enumerated() {
        let shard = Int(hash >> UInt64(64 - shardBits))
        let found = shards[shard].lookUp(hash)
        let frequency = found?.frequency ?? 1
        let weight = (1 + log(Double(profile.counts[index]))) * log(1 + Double(articleCount) / Double(frequency))
        norm += weight * weight
        guard let found else { continue }
        terms.append(base[shard] + found.rank)
        weights.append(weight)
        frequencies.append(frequency)
      }
      let length = norm.squareRoot()
      let kept = heaviest(RankingParameters.vectorTerms, weights: weights) { _ in true }
      let vector = TermVector(
        terms: kept.map { terms[$0] }, weights: kept.map { Float(length > 0 ? weights[$0] / length : 0) })
      let top = heaviest(RankingParameters.candidateTerms, weights: weights) {
        frequencies[$0] <= RankingParameters.postingCap
      }
      return (vector, top.map { terms[$0] })
    }

    /// The positions of the `limit` heaviest weights among those `included`, ascending;
    /// on a tie at the cut, the earlier positions.
    private static func heaviest(_ limit: Int, weights: [Double], included: (Int) -> Bool) -> [Int] {
      let candidates = weights.indices.filter(included)
      guard candidates.count > limit else { return candidates }
      let cut = candidates.map { weights[$0] }.sorted(by: >)[limit - 1]
      var heavier = candidates.filter { weights[$0] > cut }
      let atCut = candidates.filter { weights[$0] == cut }.prefix(limit - heavier.count)
      heavier += atCut
      return heavier.sorted()
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
    /// Hash to rank in this shard (high 32 bits) and document frequency (low 32 bits).
    private var table = HashTable()
    /// Terms in two or more articles.
    private(set) var count = 0

    init(shard: Int, bits: Int, profiles: [TextProfile]) {
      let lower = UInt64(shard) << UInt64(64 - bits)
      let upper = shard + 1 == 1 << bits ? UInt64.max : UInt64(shard + 1) << UInt64(64 - bits) - 1
      for profile in profiles {
        var index = Self.firstIndex(in: profile.terms, notBelow: lower)
        while index < profile.terms.count, profile.terms[index] <= upper {
          table.add(1, to: profile.terms[index])
          index += 1
        }
      }
      let shared = table.entries.filter { $0.value > 1 }.map(\.key).sorted()
      count = shared.count
      for (rank, term) in shared.enumerated() {
        table.set(UInt64(rank) << 32 | (table.value(for: term) ?? 0), for: term)
      }
    }

    /// The term's rank in this shard and its document frequency; nil for a term only one
    /// article has.
    func lookUp(_ hash: UInt64) -> (rank: UInt32, frequency: Int32)? {
      guard let entry = table.value(for: hash), entry & 0xffff_ffff > 1 else { return nil }
      return (UInt32(entry >> 32), Int32(truncatingIfNeeded: entry))
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
