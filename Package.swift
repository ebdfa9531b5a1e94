// swift-tools-version:6.0
import PackageDescription

// Dependencies point one way (see docs/ARCHITECTURE.md):
//   lede -> ReaderUI -> NewsCore
//        -> NewsStore -> NewsCore, GRDB
//        -> NCursesTerminal -> TermGrid -> CSupport
//        -> Settings -> ReaderUI, NewsCore, TOMLKit (the settings file)
//   ReaderUI -> TermGrid
// `make build` passes --explicit-target-dependency-import-check error, so an
// undeclared import fails the build.
let package = Package(
  name: "lede",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "lede", targets: ["lede"]),
    // For the libFuzzer package in Fuzz/ (it depends on this one by path).
    .library(name: "NewsCore", targets: ["NewsCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
  ],
  targets: [
    .target(name: "CSupport"),
    .systemLibrary(name: "CNCurses"),
    .target(name: "NewsCore"),
    .target(
      name: "NewsStore",
      dependencies: ["NewsCore", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    .target(name: "TermGrid", dependencies: ["CSupport"]),
    .target(name: "ReaderUI", dependencies: ["NewsCore", "TermGrid"]),
    .target(name: "NCursesTerminal", dependencies: ["TermGrid", "CNCurses", "CSupport"]),
    .target(
      name: "Settings",
      dependencies: ["ReaderUI", "TermGrid", "NewsCore", .product(name: "TOMLKit", package: "TOMLKit")]
    ),
    .executableTarget(
      name: "lede",
      dependencies: [
        "NewsCore", "NewsStore", "TermGrid", "ReaderUI", "NCursesTerminal", "Settings",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "LedeBench",
      dependencies: ["NewsCore", "NewsStore", "TermGrid", "ReaderUI"]
    ),
    .target(
      name: "TestSupport",
      dependencies: ["NewsCore", "TermGrid", "ReaderUI"],
      path: "Tests/TestSupport"
    ),
    .testTarget(name: "NewsCoreTests", dependencies: ["NewsCore", "TestSupport"]),
    .testTarget(
      name: "NewsStoreTests",
      dependencies: ["NewsStore", "NewsCore", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    .testTarget(name: "TermGridTests", dependencies: ["TermGrid", "TestSupport"]),
    .testTarget(name: "ReaderUITests", dependencies: ["ReaderUI", "NewsCore", "TermGrid", "TestSupport"]),
    .testTarget(name: "SettingsTests", dependencies: ["Settings", "ReaderUI", "TermGrid", "TestSupport"]),
    .testTarget(name: "NCursesTerminalTests", dependencies: ["NCursesTerminal", "TermGrid"]),
    .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
  ]
)
