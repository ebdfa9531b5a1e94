import Foundation

/// A read-only map from words to values, for the extractors' lookups of token text: the
/// same answers as a `[String: Value]`, several times faster for ASCII words.
///
/// ASCII words are found by an FNV-1a hash of their UTF-8 bytes in an open-addressing
/// table, with no Unicode normalisation (ASCII text is already normalised). Any other word
/// goes to the dictionary, so canonically equivalent spellings still match as `String`
/// equality says.
struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
  /// Every entry, for words that are not ASCII.
  let dictionary: [String: Value]
  private let table: Table

  init(_ dictionary: [String: Value]) {
    self.dictionary = dictionary
    var hashes: [UInt64] = []
    var starts = [0]
    var bytes: [UInt8] = []
    var values: [Value] = []
    // Sorted, so that the layout does not depend on the dictionary's order.
    for (word, value) in dictionary.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
      // A non-ASCII key equivalent to an ASCII word ("K", the Kelvin sign) is found by it.
      let normalized = word.utf8.allSatisfy { $0 < 0x80 } ? word : word.precomposedStringWithCanonicalMapping
      guard normalized.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
      hashes.append(Self.hash(normalized.utf8))
      bytes.append(contentsOf: normalized.utf8)
      starts.append(bytes.count)
      values.append(value)
    }
    table = Table(hashes: hashes, starts: starts, bytes: bytes, values: values)
  }

  init(dictionaryLiteral elements: (String, Value)...) {
    self.init(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
  }

  subscript(word: String) -> Value? {
    let found = word.utf8.withContiguousStorageIfAvailable { table.lookUp($0) }
    switch found {
    case .some(.found(let value)): return value
    case .some(.absent): return nil
    case .some(.notASCII), nil: return dictionary[word]
    }
  }

  fileprivate static func hash(_ word: some Sequence<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
  }

  fileprivate enum Lookup {
    case found(Value)
    case absent
    case notASCII
  }

  /// The ASCII entries in one allocation each, read through pointers: a lookup retains
  /// nothing and checks no bounds. Never changed after `init`.
  private final class Table: @unchecked Sendable {
    /// Entry numbers by hash slot, -1 when empty.
    private let slots: UnsafeMutableBufferPointer<Int32>
    private let mask: Int
    private let hashes: UnsafeMutableBufferPointer<UInt64>
    /// Entry `i`'s bytes are `bytes[starts[i]..<starts[i + 1]]`.
    private let starts: UnsafeMutableBufferPointer<Int>
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    private let values: [Value]

    init(hashes: [UInt64], starts: [Int], bytes: [UInt8], values: [Value]) {
      var capacity = 16
      while capacity < hashes.count * 2 { capacity *= 2 }
      slots = .allocate(capacity: capacity)
      slots.initialize(repeating: -1)
      mask = capacity - 1
      for (entry, hash) in hashes.enumerated() {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry)
      }
      self.hashes = .allocate(capacity: hashes.count)
      _ = self.hashes.initialize(from: hashes)
      self.starts = .allocate(capacity: starts.count)
      _ = self.starts.initialize(from: starts)
      self.bytes = .allocate(capacity: max(1, bytes.count))
      _ = self.bytes.initialize(from: bytes)
      self.values = values
    }

    deinit {
      slots.deallocate()
      hashes.deallocate()
      starts.deallocate()
      bytes.deallocate()
    }

    func lookUp(_ word: UnsafeBufferPointer<UInt8>) -> Lookup {
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      var any: UInt8 = 0
      for byte in word {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        any |= byte
      }
      guard any < 0x80 else { return .notASCII }
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] >= 0 {
        let entry = Int(slots[slot])
        if hashes[entry] == hash, starts[entry + 1] - starts[entry] == word.count, equal(at: starts[entry], word) {
          return .found(values[entry])
        }
        slot = (slot + 1) & mask
      }
      return .absent
    }

    private func equal(at start: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
      guard let stored = bytes.baseAddress, let query = word.baseAddress else { return word.isEmpty }
      return memcmp(stored + start, query, word.count) == 0
    }
  }
}

/// A read-only set of words with ``WordMap``'s fast lookups; it answers as a
/// `Set<String>` would.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
  private let map: WordMap<Bool>

  init(_ words: Set<String>) {
    map = WordMap(Dictionary(uniqueKeysWithValues: words.map { ($0, true) }))
  }

  init(arrayLiteral elements: String...) { self.init(Set(elements)) }

  /// The words, as a set.
  var words: Set<String> { Set(map.dictionary.keys) }

  func contains(_ word: String) -> Bool { map[word] != nil }

  func union(_ other: [String]) -> WordSet { WordSet(words.union(other)) }
}
