import Foundation
import TestSupport

/// Where the built `lede` executable is: `$LEDE_BINARY`, else `.build/debug/lede`
/// under the package root. End-to-end tests skip when it is missing.
enum LedeBinary {
  static var url: URL? {
    if let path = ProcessInfo.processInfo.environment["LEDE_BINARY"], !path.isEmpty {
      return FileManager.default.isExecutableFile(atPath: path) ? URL(fileURLWithPath: path) : nil
    }
    let built = Fixtures.packageRoot.appendingPathComponent(".build/debug/lede")
    return FileManager.default.isExecutableFile(atPath: built.path) ? built : nil
  }

  /// A shell command line that runs lede with `arguments` (each quoted).
  static func commandLine(_ arguments: [String]) -> String? {
    guard let url else { return nil }
    return ([url.path] + arguments).map(TmuxSession.quoted).joined(separator: " ")
  }
}
