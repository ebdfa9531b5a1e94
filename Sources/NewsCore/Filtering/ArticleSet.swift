/// A set of article indexes `0..<count` as a bitmap: and, or and not are word-wise.
struct ArticleSet: Hashable, Sendable {
  let count: Int
  private var words: [UInt64]

  init(count: Int, full: Bool = false) {
    self.count = count
    words = Array(repeating: full ? ~0 : 0, count: (count + 63) / 64)
    if full { clearTail() }
  }

  init<S: Sequence>(count: Int, members: S) where S.Element == Int {
    self.init(count: count)
    for member in members { insert(member) }
  }

  mutating func insert(_ member: Int) {
    guard member >= 0, member < count else { return }
    words[member >> 6] |= 1 << UInt64(member & 63)
  }

  func contains(_ member: Int) -> Bool {
    member >= 0 && member < count && words[member >> 6] & (1 << UInt64(member & 63)) != 0
  }

  mutating func formIntersection(_ other: ArticleSet) {
    for index in words.indices { words[index] &= other.words[index] }
  }

  mutating func formUnion(_ other: ArticleSet) {
    for index in words.indices { words[index] |= other.words[index] }
  }

  func inverted() -> ArticleSet {
    var copy = self
    for index in copy.words.indices { copy.words[index] = ~copy.words[index] }
    copy.clearTail()
    return copy
  }

  var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

  /// How many articles are members (`count` is how many could be).
  var memberCount: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

  /// The members, ascending.
  var members: [Int] {
    var result: [Int] = []
    for (index, word) in words.enumerated() where word != 0 {
      var rest = word
      while rest != 0 {
        result.append(index << 6 + rest.trailingZeroBitCount)
        rest &= rest - 1
      }
    }
    return result
  }

  private mutating func clearTail() {
    let extra = words.count * 64 - count
    guard extra > 0, let last = words.indices.last else { return }
    words[last] &= ~0 >> UInt64(extra)
  }
}
