import Foundation
import NewsCore

/// A folder of generated articles (``CorpusGenerator``) on disk, for end-to-end tests.
public enum GeneratedFolder {
  /// Writes `count` articles generated from `seed` into a new temporary folder.
  public static func make(count: Int, seed: UInt64) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-generated-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let generator = CorpusGenerator(seed: seed)
    let stories = max(1, count / max(1, generator.articlesPerStory))
    for index in 0..<count {
      let (name, text) = generator.article(at: index, storyCount: stories)
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
    return folder
  }
}
