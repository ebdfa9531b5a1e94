import Foundation

/// Paths to the repository and its fixtures, found from this source file.
public enum Fixtures {
  /// The package root.
  public static let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url
  }()

  /// `seeds/`.
  public static var seeds: URL { packageRoot.appendingPathComponent("seeds") }
}
