import Foundation

// Runs every benchmark and prints a line of figures per benchmark. Build and run in
// release: swift build -c release --product LedeBench && .build/release/LedeBench
// Add benchmarks by appending to `benchmarks`.

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("lede-bench-\(getpid())")

let benchmarks: [Benchmark] = LoadBenchmarks.all(packageRoot: packageRoot, scratch: scratch) + AnalysisBenchmarks.all(packageRoot: packageRoot)
  + FrameBenchmarks.all()

print("lede-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores")
var failed = false
for benchmark in benchmarks {
  do {
    try benchmark.run()
  } catch {
    print("\(benchmark.name): failed: \(error)")
    failed = true
  }
}
try? FileManager.default.removeItem(at: scratch)
if failed { exit(1) }
