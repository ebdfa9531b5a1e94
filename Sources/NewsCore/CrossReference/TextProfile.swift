extension CrossReferenceIndex {
  /// The words of one article's body, reduced to what similarity needs: content-word counts
  /// for TF-IDF and a MinHash signature of word 4-grams for near-duplicate detection.
  struct TextProfile: Sendable {
    /// Hashes of the content words (stop words, numbers and one-letter words removed), sorted.
    var terms: [UInt64] = []
    /// How often each term occurs.
    var counts: [UInt32] = []
    /// One-permutation MinHash of the word 4-grams (stop words kept), `signatureBins` long;
    /// empty when the body has fewer than `minimumShingles` 4-grams.
    var signature: [UInt64] = []

    static let signatureBins = 64
    static let minimumShingles = 8

    init(article: Article) {
      var hashes: [UInt64] = []
      var shingler = Shingler()
      let stopWords = StopWords.hashes
      for paragraph in article.paragraphs where paragraph.kind == .body {
        WordScanner.forEachHashedWord(in: paragraph.text) { word in
          shingler.add(word.hash)
          if word.length > 1, word.hasLetter, stopWords.value(for: word.hash) == nil { hashes.append(word.hash) }
        }
      }
      hashes.sort()
      var index = 0
      while index < hashes.count {
        var end = index + 1
        while end < hashes.count, hashes[end] == hashes[index] { end += 1 }
        terms.append(hashes[index])
        counts.append(UInt32(end - index))
        index = end
      }
      signature = shingler.signature()
    }

    /// The estimated Jaccard similarity of two signatures: the fraction of equal bins.
    static func resemblance(_ lhs: [UInt64], _ rhs: [UInt64]) -> Double {
      guard !lhs.isEmpty, lhs.count == rhs.count else { return 0 }
      var equal = 0
      for index in lhs.indices where lhs[index] == rhs[index] { equal += 1 }
      return Double(equal) / Double(lhs.count)
    }
  }

  /// Hashes each run of four consecutive words and keeps the smallest hash per bin.
  private struct Shingler {
    private var window: (UInt64, UInt64, UInt64) = (0, 0, 0)
    private var words = 0
    private var shingles = 0
    private var bins = [UInt64](repeating: .max, count: TextProfile.signatureBins)

    mutating func add(_ word: UInt64) {
      words += 1
      if words >= 4 {
        let value = WordScanner.mix(
          window.0 ^ rotated(window.1, by: 16) ^ rotated(window.2, by: 32) ^ rotated(word, by: 48))
        let bin = Int(value >> 58)
        bins[bin] = min(bins[bin], value)
        shingles += 1
      }
      window = (window.1, window.2, word)
    }

    /// Fills each empty bin from the next filled one, mixed with the distance (rotation
    /// densification), so short texts still compare bin by bin.
    func signature() -> [UInt64] {
      guard shingles >= TextProfile.minimumShingles else { return [] }
      let count = bins.count
      return (0..<count).map { bin in
        for distance in 0..<count where bins[(bin + distance) % count] != .max {
          let filled = bins[(bin + distance) % count]
          return distance == 0 ? filled : WordScanner.mix(filled &+ UInt64(distance) &* 0x9e37_79b9_7f4a_7c15)
        }
        return .max
      }
    }

    private func rotated(_ value: UInt64, by amount: UInt64) -> UInt64 { (value << amount) | (value >> (64 - amount)) }
  }
}
