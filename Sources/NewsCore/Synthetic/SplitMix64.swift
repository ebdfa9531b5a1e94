/// SplitMix64: a small, fast, seeded random number generator. The same seed
/// gives the same sequence on every machine, so generated corpora are reproducible.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  /// A uniformly chosen element (the collection must not be empty).
  mutating func pick<C: RandomAccessCollection>(_ collection: C) -> C.Element where C.Index == Int {
    collection[collection.startIndex + Int(next() % UInt64(collection.count))]
  }

  /// An integer in `range`.
  mutating func int(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }

  /// True with probability `probability`.
  mutating func chance(_ probability: Double) -> Bool {
    Double(next() >> 11) / Double(1 << 53) < probability
  }
}
