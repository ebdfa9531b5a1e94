import ArgumentParser
import Foundation
import NewsCore

/// Writing to stderr and small checks on the command line's paths.
enum Console {
  /// Writes `lede: message` to standard error.
  static func error(_ message: String) {
    FileHandle.standardError.write(Data("lede: \(message)\n".utf8))
  }

  /// True when `path` names something that is not a folder.
  static func isFile(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
  }

  /// Lists refused files on stderr; fails when nothing loaded but something was refused.
  static func reportRefused(_ report: LoadReport) throws {
    try reportRefused(report.refused, loaded: report.articles.count)
  }

  /// ``reportRefused(_:)-(LoadReport)`` from the refused files and the count of articles loaded.
  static func reportRefused(_ refused: [ArticleLoadError], loaded: Int) throws {
    for file in refused {
      error("skipped \(Sanitizer.displayString(file.path)): \(file.reason)")
    }
    if loaded == 0, !refused.isEmpty { throw ExitCode(1) }
  }
}
