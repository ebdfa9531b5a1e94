import Foundation

extension CrossReferenceIndex {
  /// An article's TF-IDF vector: its `RankingParameters.vectorTerms` heaviest terms among
  /// those found in at least two articles, divided by the length over all its terms. The dot
  /// product of two vectors is their cosine, less the little that lighter terms would add.
  struct TermVector: Sendable {
    /// A term id beside its weight, so a merge reads one array.
    struct Entry: Sendable {
      var term: UInt32
      var weight: Float
    }

    /// Ascending by term id.
    var entries: [Entry] = []

    /// The weight of a term, or nil when the vector does not hold it.
    func weight(of term: UInt32) -> Float? {
      var low = 0
      var high = entries.count
      while low < high {
        let middle = (low + high) / 2
        if entries[middle].term < term { low = middle + 1 } else { high = middle }
      }
      return low < entries.count && entries[low].term == term ? entries[low].weight : nil
    }

    /// The dot product of two vectors, by merging their sorted ids. It runs for every
    /// candidate pair, so it steps without branches and without bounds checks.
    func dot(_ other: TermVector) -> Double {
      var sum = 0.0
      entries.withUnsafeBufferPointer { lhs in
        other.entries.withUnsafeBufferPointer { rhs in
          var left = 0
          var right = 0
          while left < lhs.count, right < rhs.count {
            let leftTerm = lhs[left].term
            let rightTerm = rhs[right].term
            if leftTerm == rightTerm { sum += Double(lhs[left].weight) * Double(rhs[right].weight) }
            left &+= leftTerm <= rightTerm ? 1 : 0
            right &+= rightTerm <= leftTerm ? 1 : 0
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
        Self.vector(of: article, profile: profiles[article], shards: shards, base: base, articleCount: articleCount)
      }
      vectors = weighted.map(\.0)
      candidateTerms = weighted.map(\.1)
      (postingStart, postingArticles, postingWeights) = Self.postings(
        vectors: vectors, candidateTerms: candidateTerms, termCount: termCount)
    }

    /// The articles and weights of one term's candidate postings.
    func posting(of term: UInt32) -> Range<Int> { postingStart[Int(term)]..<postingStart[Int(term) + 1] }

    private static func vector(
      of article: Int, profile: TextProfile, shards: [Vocabulary], base: [UInt32], articleCount: Int
    ) -> (TermVector, [UInt32]) {
      // Shards split the hash range in order and ids grow with hashes, so walking the
      // shards in order walks the article's terms in order and yields ids in order.
      var terms: [UInt32] = []
      var weights: [Double] = []
      var frequencies: [Int32] = []
      var norm = 0.0
      var position = 0
      for (shard, vocabulary) in shards.enumerated() {
        for entry in vocabulary.entries(of: article) {
          let frequency = Int32(truncatingIfNeeded: entry)
          let tf = Double(profile.counts[position])
          position += 1
          let weight = (1 + log(tf)) * log(1 + Double(articleCount) / Double(frequency))
          norm += weight * weight
          guard frequency > 1 else { continue }
          terms.append(base[shard] + UInt32(entry >> 32))
          weights.append(weight)
          frequencies.append(frequency)
        }
      }
      let length = norm.squareRoot()
      let kept = heaviest(RankingParameters.vectorTerms, weights: weights) { _ in true }
      let vector = TermVector(
        entries: kept.map { TermVector.Entry(term: terms[$0], weight: Float(length > 0 ? weights[$0] / length : 0)) })
      var isKept = [Bool](repeating: false, count: terms.count)
      for position in kept { isKept[position] = true }
      // Candidate terms come from the kept ones: their postings carry the vector's weight.
      let top = heaviest(RankingParameters.candidateTerms, weights: weights) {
        isKept[$0] && frequencies[$0] <= RankingParameters.postingCap
      }
      return (vector, top.map { terms[$0] })
    }

    /// The positions of the `limit` heaviest weights among those `included`, ascending;
    /// on a tie at the cut, the earlier positions.
    private static func heaviest(_ limit: Int, weights: [Double], included: (Int) -> Bool) -> [Int] {
      let candidates = weights.indices.filter(included)
      guard candidates.count > limit else { return candidates }
      var ascending = candidates.map { weights[$0] }
      ascending.sort()
      let cut = ascending[ascending.count - limit]
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
        for term in terms {
          articles[next[Int(term)]] = Int32(article)
          weights[next[Int(term)]] = vectors[article].weight(of: term) ?? 0
          next[Int(term)] += 1
        }
      }
      return (start, articles, weights)
    }
  }

  /// The terms of one hash shard (a range of hashes): how many articles have each, and each
  /// article's terms in the shard with their rank and document frequency.
  ///
  /// A shard is counted and then read back while its table is hot in the cache; readers then
  /// walk `entries(of:)` in order instead of probing a table per term.
  struct Vocabulary: Sendable {
    /// Terms of this shard in two or more articles; they rank 0..<count in hash order.
    private(set) var count = 0
    /// Article a's terms in this shard, in hash order, are `entries[start[a]..<start[a + 1]]`:
    /// rank << 32 | document frequency (rank 0 when the frequency is 1).
    private var start: [Int] = [0]
    private var entries: [UInt64] = []

    init(shard: Int, bits: Int, profiles: [TextProfile]) {
      let lower = UInt64(shard) << UInt64(64 - bits)
      let upper = shard + 1 == 1 << bits ? UInt64.max : UInt64(shard + 1) << UInt64(64 - bits) - 1
      let slices = profiles.map { profile in
        let first = Self.firstIndex(in: profile.terms, notBelow: lower)
        var end = first
        while end < profile.terms.count, profile.terms[end] <= upper { end += 1 }
        return first..<end
      }
      var table = HashTable()
      for (profile, slice) in zip(profiles, slices) { for term in profile.terms[slice] { table.add(1, to: term) } }
      let shared = table.entries.filter { $0.value > 1 }.map(\.key).sorted()
      count = shared.count
      for (rank, term) in shared.enumerated() {
        table.set(UInt64(rank) << 32 | (table.value(for: term) ?? 0), for: term)
      }
      entries.reserveCapacity(slices.reduce(0) { $0 + $1.count })
      start.reserveCapacity(profiles.count + 1)
      for (profile, slice) in zip(profiles, slices) {
        for term in profile.terms[slice] { entries.append(table.value(for: term) ?? 1) }
        start.append(entries.count)
      }
    }

    func entries(of article: Int) -> ArraySlice<UInt64> { entries[start[article]..<start[article + 1]] }

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
