extension CrossReferenceIndex {
  /// Groups of articles that are the same story published more than once: their word
  /// 4-gram MinHash signatures agree in at least `threshold` of their bins (an estimate of
  /// the 4-grams' Jaccard similarity).
  ///
  /// Candidates come from locality-sensitive hashing: 32 bands of 2 bins; articles whose band
  /// values collide are compared with the first article of the bucket and with their
  /// predecessor in it (enough for union-find to join a bucket of copies), never all pairs.
  enum NearDuplicates {
    static let threshold = 0.6
    private static let rowsPerBand = 2

    /// Groups of two or more article indexes, each ascending, ordered by first member.
    static func groups(signatures: [[UInt64]]) -> [[Int]] {
      let bands = TextProfile.signatureBins / rowsPerBand
      let pairs = ConcurrentMap.map(count: bands) { band in
        Self.pairs(in: band, signatures: signatures)
      }
      var sets = DisjointSets(count: signatures.count)
      for bandPairs in pairs { for (lhs, rhs) in bandPairs { sets.union(lhs, rhs) } }
      var members: [Int: [Int]] = [:]
      for article in signatures.indices { members[sets.find(article), default: []].append(article) }
      return members.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
    }

    private static func pairs(in band: Int, signatures: [[UInt64]]) -> [(Int, Int)] {
      var buckets: [(UInt64, Int)] = []
      for (article, signature) in signatures.enumerated() where !signature.isEmpty {
        var value: UInt64 = 0
        for row in 0..<rowsPerBand { value = WordScanner.mix(value ^ signature[band * rowsPerBand + row]) }
        buckets.append((value, article))
      }
      buckets.sort { $0 < $1 }
      var pairs: [(Int, Int)] = []
      var head = 0
      for index in buckets.indices.dropFirst() {
        guard buckets[index].0 == buckets[head].0 else {
          head = index
          continue
        }
        let article = buckets[index].1
        for other in Set([buckets[head].1, buckets[index - 1].1])
        where TextProfile.resemblance(signatures[article], signatures[other]) >= threshold {
          pairs.append((other, article))
        }
      }
      return pairs
    }
  }

  /// Union-find over article indexes; the smaller index becomes the root, so groups are the
  /// same whatever order unions come in.
  struct DisjointSets {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ element: Int) -> Int {
      var root = element
      while parent[root] != root { root = parent[root] }
      var current = element
      while parent[current] != root {
        let next = parent[current]
        parent[current] = root
        current = next
      }
      return root
    }

    mutating func union(_ lhs: Int, _ rhs: Int) {
      let left = find(lhs)
      let right = find(rhs)
      if left < right { parent[right] = left } else if right < left { parent[left] = right }
    }
  }
}
