// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for NewsCore, kept out of the main package so that the normal
// build and CI never see them. Build (from the repository root: `make fuzz`):
//   swift build --package-path Fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -O
// Each target's main calls LLVMFuzzerRunDriver (SwiftPM renames an executable's
// entry point, so libFuzzer's own `main` cannot be used); the targets link only
// with -sanitize=fuzzer.
let package = Package(
  name: "LedeFuzz",
  dependencies: [.package(name: "lede", path: "..")],
  targets: [
    .target(name: "CLibFuzzer"),
    .target(name: "FuzzSupport", dependencies: ["CLibFuzzer", .product(name: "NewsCore", package: "lede")]),
    .executableTarget(name: "FuzzParser", dependencies: ["FuzzSupport", .product(name: "NewsCore", package: "lede")]),
    .executableTarget(name: "FuzzSanitizer", dependencies: ["FuzzSupport", .product(name: "NewsCore", package: "lede")]),
    .executableTarget(name: "FuzzExtraction", dependencies: ["FuzzSupport", .product(name: "NewsCore", package: "lede")]),
    .executableTarget(name: "FuzzFilter", dependencies: ["FuzzSupport", .product(name: "NewsCore", package: "lede")]),
  ]
)
