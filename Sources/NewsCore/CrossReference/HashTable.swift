extension CrossReferenceIndex {
  /// An open-addressing table from already well-mixed 64-bit hashes (``WordScanner/hash(_:)``)
  /// to 64-bit values: no re-hashing, no deletion, linear probing. About four times as fast
  /// as `Dictionary` for the tens of millions of term lookups of a large collection.
  ///
  /// The key 0 is stored as 1; for mixed hashes the chance that it matters is 2⁻⁶⁴.
  struct HashTable: Sendable {
    /// A key (0 when empty) beside its value, so a probe reads one cache line.
    private struct Slot {
      var key: UInt64
      var value: UInt64
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    init(minimumCapacity: Int = 16) {
      var capacity = 16
      while capacity < minimumCapacity * 2 { capacity *= 2 }
      slots = Array(repeating: Slot(key: 0, value: 0), count: capacity)
      mask = capacity - 1
    }

    func value(for key: UInt64) -> UInt64? {
      let key = max(key, 1)
      var index = Int(truncatingIfNeeded: key) & mask
      while slots[index].key != 0 {
        if slots[index].key == key { return slots[index].value }
        index = (index + 1) & mask
      }
      return nil
    }

    /// Adds `amount` to the key's value, inserting it at 0 first when absent.
    mutating func add(_ amount: UInt64, to key: UInt64) {
      let key = max(key, 1)
      var index = Int(truncatingIfNeeded: key) & mask
      while slots[index].key != 0 {
        if slots[index].key == key {
          slots[index].value &+= amount
          return
        }
        index = (index + 1) & mask
      }
      slots[index] = Slot(key: key, value: amount)
      count += 1
      if count * 2 > slots.count { grow() }
    }

    mutating func set(_ value: UInt64, for key: UInt64) {
      add(0, to: key)
      let key = max(key, 1)
      var index = Int(truncatingIfNeeded: key) & mask
      while slots[index].key != key { index = (index + 1) & mask }
      slots[index].value = value
    }

    /// Every key and value, in no particular order.
    var entries: [(key: UInt64, value: UInt64)] {
      slots.compactMap { $0.key == 0 ? nil : ($0.key, $0.value) }
    }

    private mutating func grow() {
      let old = entries
      self = HashTable(minimumCapacity: slots.count)
      for (key, value) in old { add(value, to: key) }
    }
  }
}
