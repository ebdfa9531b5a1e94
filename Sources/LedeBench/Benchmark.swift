import Foundation

/// One benchmark: a name and a body that does the work once and returns the
/// figures worth printing (besides the time, which the runner measures).
struct Benchmark {
  /// What one run produced, for throughput figures.
  struct Work {
    var items: Int
    var itemName: String
    var bytes: Int

    init(items: Int, itemName: String, bytes: Int = 0) {
      self.items = items
      self.itemName = itemName
      self.bytes = bytes
    }
  }

  var name: String
  /// Runs before timing; not measured (such as writing fixture files).
  var setUp: () throws -> Void = {}
  var body: () throws -> Work
  var iterations = 3

  /// Runs the body `iterations` times and prints the best run.
  func run() throws {
    try setUp()
    var best = Double.infinity
    var work = Work(items: 0, itemName: "items")
    for _ in 0..<iterations {
      let start = DispatchTime.now().uptimeNanoseconds
      work = try body()
      best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    var line = "\(name.padding(toLength: 36, withPad: " ", startingAt: 0)) \(String(format: "%9.3f ms", best * 1000))"
    line += String(format: "  %10.0f %@/s", Double(work.items) / best, work.itemName)
    if work.bytes > 0 { line += String(format: "  %8.1f MB/s", Double(work.bytes) / best / 1e6) }
    print(line)
  }
}
