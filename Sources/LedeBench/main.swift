import Foundation

// Runs every benchmark and prints a line of figures per benchmark. Build and run in
// release: swift build -c release --product LedeBench && .build/release/LedeBench
// Add benchmarks by appending to `benchmarks`.

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("lede-bench-\(getpid())")

// `LedeBench collection cold|warm N FOLDER CACHE` is one size's child run (see CollectionBenchmarks);
// `LedeBench collection write N FOLDER` writes a generated folder to reuse.
if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "collection" {
  do {
    try CollectionBenchmarks.child(Array(CommandLine.arguments.dropFirst(2)))
    exit(0)
  } catch {
    print("collection benchmark failed: \(error)")
    exit(1)
  }
}

let benchmarks: [Benchmark] =
  LoadBenchmarks.all(packageRoot: packageRoot, scratch: scratch) + FrameBenchmarks.all()
  + AnalysisBenchmarks.all(packageRoot: packageRoot)
  + CollectionBenchmarks.all(scratch: scratch)

// `LedeBench WORD` runs only the benchmarks whose name contains WORD.
let selected = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : nil
print("lede-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores")
var failed = false
for benchmark in benchmarks where selected.map({ benchmark.name.contains($0) }) ?? true {
  do {
    try benchmark.run()
  } catch {
    print("\(benchmark.name): failed: \(error)")
    failed = true
  }
}
try? FileManager.default.removeItem(at: scratch)
if failed { exit(1) }
