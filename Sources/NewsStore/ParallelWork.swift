import Foundation

/// Maps values on all cores, keeping their order, with a count of finished items.
enum ParallelWork {
  /// Results written by workers, each slot by exactly one.
  private final class Slots<Value>: @unchecked Sendable {
    var values: [Value?]
    let lock = NSLock()
    var finished = 0
    init(count: Int) { values = Array(repeating: nil, count: count) }
  }

  static func map<Input: Sendable, Output: Sendable>(
    _ inputs: [Input], _ transform: @Sendable (Input) -> Output, progress: @Sendable (Int) -> Void
  ) -> [Output] {
    let slots = Slots<Output>(count: inputs.count)
    DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
      let output = transform(inputs[index])
      let finished = slots.lock.withLock {
        slots.values[index] = output
        slots.finished += 1
        return slots.finished
      }
      progress(finished)
    }
    return slots.values.compactMap { $0 }
  }
}
