extension CrossReferenceIndex {
  /// An open-addressing table from already well-mixed 64-bit hashes (``WordScanner/hash(_:)``)
  /// to 64-bit values: no re-hashing, no deletion, linear probing. About four times as fast
  /// as `Dictionary` for the tens of millions of term lookups of a large collection.
  ///
  /// The key 0 is stored as 1; for mixed hashes the chance that it matters is 2⁻⁶⁴.
  struct HashTable: Sendable {
    private var keys: [UInt64]
    private var values: [UInt64]
    private var mask: Int
    private(set) var count = 0

    init(minimumCapacity: Int = 16) {
      var capacity = 16
      while capacity < minimumCapacity * 2 { capacity *= 2 }
      keys = Array(repeating: 0, count: capacity)
      values = Array(repeating: 0, count: capacity)
      mask = capacity - 1
    }

    func value(for key: UInt64) -> UInt64? {
      let key = max(key, 1)
      var slot = Int(truncatingIfNeeded: key) & mask
      while keys[slot] != 0 {
        if keys[slot] == key { return values[slot] }
        slot = (slot + 1) & mask
      }
      return nil
    }

    /// Adds `amount` to the key's value, inserting it at 0 first when absent.
    mutating func add(_ amount: UInt64, to key: UInt64) {
      let key = max(key, 1)
      var slot = Int(truncatingIfNeeded: key) & mask
      while keys[slot] != 0 {
        if keys[slot] == key {
          values[slot] &+= amount
          return
        }
        slot = (slot + 1) & mask
      }
      keys[slot] = key
      values[slot] = amount
      count += 1
      if count * 2 > keys.count { grow() }
    }

    mutating func set(_ value: UInt64, for key: UInt64) {
      add(0, to: key)
      let key = max(key, 1)
      var slot = Int(truncatingIfNeeded: key) & mask
      while keys[slot] != key { slot = (slot + 1) & mask }
      values[slot] = value
    }

    /// Every key and value, in no particular order.
    var entries: [(key: UInt64, value: UInt64)] {
      keys.indices.compactMap { keys[$0] == 0 ? nil : (keys[$0], values[$0]) }
    }

    private mutating func grow() {
      let old = entries
      self = HashTable(minimumCapacity: keys.count)
      for (key, value) in old { add(value, to: key) }
    }
  }
}
