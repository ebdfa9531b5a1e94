import Foundation

extension CrossReferenceIndex {
  /// Maps `0..<count` to values on all cores, in chunks, with one scratch value per chunk.
  ///
  /// The result is the same whatever the chunking: `transform(i, &scratch)` must depend only
  /// on `i` (the scratch is a reusable buffer, not state carried between indexes).
  enum ConcurrentMap {
    /// A pointer that crosses into `concurrentPerform`; each index is written by one chunk.
    private struct Destination<Element>: @unchecked Sendable {
      let base: UnsafeMutablePointer<Element>
    }

    static func map<Element, Scratch>(
      count: Int,
      scratch makeScratch: @Sendable () -> Scratch,
      _ transform: @Sendable (Int, inout Scratch) -> Element
    ) -> [Element] {
      guard count > 0 else { return [] }
      let chunkCount = min(count, max(1, ProcessInfo.processInfo.activeProcessorCount * 8))
      return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
        guard let base = buffer.baseAddress else { return }
        let destination = Destination(base: base)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
          var scratch = makeScratch()
          let lower = count * chunk / chunkCount
          let upper = count * (chunk + 1) / chunkCount
          for index in lower..<upper {
            (destination.base + index).initialize(to: transform(index, &scratch))
          }
        }
        initialized = count
      }
    }

    static func map<Element>(count: Int, _ transform: @Sendable (Int) -> Element) -> [Element] {
      map(count: count, scratch: {}) { index, _ in transform(index) }
    }
  }
}
