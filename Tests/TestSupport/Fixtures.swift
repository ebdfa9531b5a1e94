import Foundation

/// Paths to the repository and its fixtures, found from this source file.
public enum Fixtures {
  /// The package root.
  public static let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url
  }()

  /// How much longer than usual a test may wait (`LEDE_TIMEOUT_SCALE`, which
  /// `make test-sanitize` raises: sanitized code runs several times slower).
  public static let timeoutScale: Double = {
    let value = ProcessInfo.processInfo.environment["LEDE_TIMEOUT_SCALE"].flatMap(Double.init) ?? 1
    return value > 0 ? value : 1
  }()

  /// `seeds/`.
  public static var seeds: URL { packageRoot.appendingPathComponent("seeds") }
}
