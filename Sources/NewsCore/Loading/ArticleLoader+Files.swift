import Foundation

/// A file a walk found, with what tells whether it changed since it was last read.
public struct ArticleFile: Hashable, Sendable {
  /// The path as walked (under the argument it was found from).
  public var path: String
  /// The article ID the file gets in this collection (see ``Article/id``).
  public var id: String
  /// Relative to the folder argument it was found under.
  public var relativePath: String
  /// Size in bytes when walked.
  public var size: Int
  /// Modification time when walked, in nanoseconds since 1970.
  public var modified: Int64

  let candidate: FileCandidate

  public static func == (lhs: ArticleFile, rhs: ArticleFile) -> Bool {
    (lhs.path, lhs.id, lhs.relativePath, lhs.size, lhs.modified) == (rhs.path, rhs.id, rhs.relativePath, rhs.size, rhs.modified)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(path)
    hasher.combine(size)
    hasher.combine(modified)
  }
}

extension ArticleLoader {
  /// Walks `paths` without reading any file: the files that ``load(paths:progress:)`` would
  /// read, in the same order with the same IDs, and what the walk refused (missing paths,
  /// special files, loops).
  public func files(in paths: [String]) -> (files: [ArticleFile], refused: [ArticleLoadError]) {
    var walker = PathWalker(options: options)
    for path in paths { walker.add(argument: path) }
    let candidates = walker.candidates
    let ids = ArticleLoader.identifiers(for: candidates)
    let files = zip(candidates, ids).map { candidate, id in
      ArticleFile(
        path: candidate.path.display, id: id, relativePath: String(decoding: candidate.relativePath, as: UTF8.self),
        size: candidate.size, modified: candidate.modified, candidate: candidate)
    }
    return (files, walker.refused)
  }

  /// Reads and parses one file found by ``files(in:)``. Safe to call from several threads.
  public func load(file: ArticleFile) -> Result<Article, ArticleLoadError> {
    ArticleLoader.load(file.candidate, id: file.id, sizeLimit: options.sizeLimit)
  }
}
