import Foundation

/// Writes batches of encoded entries to a cache on a thread of its own, one batch at a
/// time, so that storing a batch overlaps analysing the next: the caller hands over a
/// batch and goes on; handing over the next one waits until the last is written.
///
/// The first failure is kept and thrown by the next ``write(_:)`` or by ``finish()``;
/// batches after a failure are dropped.
final class BatchWriter: @unchecked Sendable {
  private let cache: IndexCache
  private let queue = DispatchQueue(label: "lede.index-writer")
  private let idle = DispatchSemaphore(value: 1)
  /// Set on the writer's queue, read after `idle` is taken: the semaphore orders them.
  private var failure: StoreError?

  init(cache: IndexCache) {
    self.cache = cache
  }

  /// Waits for the batch before to be written, then starts writing `entries`.
  ///
  /// - Throws: the error of an earlier batch.
  func write(_ entries: [EncodedEntry]) throws(StoreError) {
    idle.wait()
    if let failure {
      idle.signal()
      throw failure
    }
    queue.async { [self] in
      do throws(StoreError) {
        try cache.store(entries)
      } catch {
        failure = error
      }
      idle.signal()
    }
  }

  /// Waits for the last batch to be written.
  ///
  /// - Throws: the first error of any batch.
  func finish() throws(StoreError) {
    idle.wait()
    defer { idle.signal() }
    if let failure { throw failure }
  }
}
