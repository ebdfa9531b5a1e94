import Foundation

/// Where lede keeps its files, following the XDG base directory specification.
enum StoreLocation {
  /// `$XDG_DATA_HOME/lede`, or `~/.local/share/lede` when the variable is unset,
  /// empty or relative (the specification says to ignore relative paths).
  static func dataDirectory(environment: [String: String]) -> URL {
    directory(variable: "XDG_DATA_HOME", fallback: ".local/share", environment: environment)
  }

  /// `$XDG_CACHE_HOME/lede`, or `~/.cache/lede`.
  static func cacheDirectory(environment: [String: String]) -> URL {
    directory(variable: "XDG_CACHE_HOME", fallback: ".cache", environment: environment)
  }

  private static func directory(variable: String, fallback: String, environment: [String: String]) -> URL {
    if let value = environment[variable], value.hasPrefix("/") {
      return URL(fileURLWithPath: value, isDirectory: true).appendingPathComponent("lede", isDirectory: true)
    }
    let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSHomeDirectory()
    return URL(fileURLWithPath: home, isDirectory: true)
      .appendingPathComponent(fallback, isDirectory: true)
      .appendingPathComponent("lede", isDirectory: true)
  }

  /// Creates the folder that will hold `file`, with its parents.
  static func createFolder(for file: URL) throws(StoreError) {
    let folder = file.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw .cannotCreateFolder(path: folder.path, reason: describe(error))
    }
  }
}
