import Foundation
import NewsCore
import Testing

/// A temporary folder, removed when the value is released.
final class TemporaryFolder {
  let url: URL
  var path: String { url.path }

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("lede-loader-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit {
    // Restore permissions first so removal works for non-root users.
    chmod(url.path, 0o755)
    try? FileManager.default.removeItem(at: url)
  }

  @discardableResult
  func write(_ relative: String, _ bytes: [UInt8]) throws -> String {
    let file = url.appendingPathComponent(relative)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
    return file.path
  }

  @discardableResult
  func write(_ relative: String, _ text: String) throws -> String { try write(relative, Array(text.utf8)) }
}

@Suite struct ArticleLoaderTests {
  let article = " date 2018-09-17 Talks in Vienna\n\nBody text.\n"

  func refusal(in report: LoadReport, named name: String) -> ArticleLoadError? {
    report.refused.first { $0.path.hasSuffix("/" + name) }
  }

  @Test func badFilesAreRefusedWhileTheRestLoads() throws {
    let folder = try TemporaryFolder()
    try folder.write("good.txt", article)
    try folder.write("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01])
    try folder.write("empty.txt", "")
    try folder.write("blank.txt", "  \n\t\n")
    try folder.write("large.txt", article + String(repeating: "x", count: 2000))
    #expect(mkfifo(folder.path + "/pipe.txt", 0o644) == 0)
    #expect(symlink("loop.txt", folder.path + "/loop.txt") == 0)
    #expect(symlink("nowhere.txt", folder.path + "/dangling.txt") == 0)
    let started = Date()
    let report = ArticleLoader(options: LoadOptions(sizeLimit: 1000)).load(paths: [folder.path])
    #expect(Date().timeIntervalSince(started) < 1)
    #expect(report.articles.map(\.id) == ["good"])
    #expect(refusal(in: report, named: "binary.txt") == .binary(path: folder.path + "/binary.txt", reason: "contains NUL bytes"))
    #expect(refusal(in: report, named: "empty.txt") == .empty(path: folder.path + "/empty.txt"))
    #expect(refusal(in: report, named: "blank.txt") == .empty(path: folder.path + "/blank.txt"))
    #expect(
      refusal(in: report, named: "large.txt")
        == .tooLarge(path: folder.path + "/large.txt", bytes: article.utf8.count + 2000, limit: 1000))
    #expect(refusal(in: report, named: "pipe.txt") == .notRegularFile(path: folder.path + "/pipe.txt", kind: "FIFO"))
    #expect(refusal(in: report, named: "loop.txt") == .symlinkLoop(path: folder.path + "/loop.txt"))
    #expect(refusal(in: report, named: "dangling.txt") == .notFound(path: folder.path + "/dangling.txt"))
    #expect(report.refused.count == 7)
    #expect(!report.isClean)
  }

  @Test func fifoGivenDirectlyDoesNotBlock() throws {
    let folder = try TemporaryFolder()
    let pipe = folder.path + "/pipe"
    #expect(mkfifo(pipe, 0o644) == 0)
    let report = ArticleLoader().load(paths: [pipe, "/dev/null", folder.path + "/missing.txt"])
    #expect(
      report.refused == [  // sorted by path
        .notRegularFile(path: "/dev/null", kind: "character device"), .notFound(path: folder.path + "/missing.txt"),
        .notRegularFile(path: pipe, kind: "FIFO"),
      ])
  }

  @Test func folderLinkLoopIsRefusedOnce() throws {
    let folder = try TemporaryFolder()
    try folder.write("a/story.txt", article)
    #expect(symlink("..", folder.path + "/a/up") == 0)
    let report = ArticleLoader().load(paths: [folder.path])
    #expect(report.articles.map(\.id) == ["story"])
    #expect(report.refused == [.symlinkLoop(path: folder.path + "/a/up")])
  }

  @Test func repairedFilesLoadWithWarnings() throws {
    let folder = try TemporaryFolder()
    try folder.write("crlf.txt", article.replacingOccurrences(of: "\n", with: "\r\n"))
    try folder.write("cr.txt", article.replacingOccurrences(of: "\n", with: "\r"))
    try folder.write("bom.txt", [0xEF, 0xBB, 0xBF] + Array(article.utf8))
    try folder.write("latin1.txt", Array(article.utf8) + [0x43, 0x61, 0x66, 0xE9, 0x0A])
    try folder.write("escapes.txt", article + "\u{1B}]52;c;aGk=\u{07}\u{1B}[2J\n")
    let report = ArticleLoader().load(paths: [folder.path])
    #expect(report.isClean)
    let warnings = Dictionary(uniqueKeysWithValues: report.articles.map { ($0.id, $0.warnings) })
    #expect(warnings["crlf"] == [.lineEndings(.crlf)])
    #expect(warnings["cr"] == [.lineEndings(.cr)])
    #expect(warnings["bom"] == [.byteOrderMark])
    #expect(warnings["latin1"] == [.invalidUTF8(count: 1)])
    #expect(warnings["escapes"] == [.escapeSequences(count: 2)])
    #expect(report.repaired.count == 5)
    #expect(report.articles.allSatisfy { $0.paragraphs.allSatisfy { Sanitizer.isSafe(Array($0.text.utf8)) } })
  }

  @Test func idClashesUseRelativePaths() throws {
    let folder = try TemporaryFolder()
    try folder.write("a/story.txt", article)
    try folder.write("b/story.txt", article)
    try folder.write("c/other", article)
    let report = ArticleLoader().load(paths: [folder.path])
    #expect(report.articles.map(\.id).sorted() == ["a/story", "b/story", "other"])
    #expect(report.articles.map(\.relativePath).sorted() == ["a/story.txt", "b/story.txt", "c/other"])
  }

  @Test func hiddenAndOtherExtensionsAreSkipped() throws {
    let folder = try TemporaryFolder()
    try folder.write("kept.txt", article)
    try folder.write("KEPT2.TXT", article)
    try folder.write("README", article)
    try folder.write("notes.md", article)
    try folder.write(".hidden.txt", article)
    try folder.write(".git/inside.txt", article)
    let defaults = ArticleLoader().load(paths: [folder.path])
    #expect(Set(defaults.articles.map(\.id)) == ["kept", "KEPT2", "README"])
    let markdown = ArticleLoader(options: LoadOptions(extensions: ["md"], includeExtensionless: false)).load(paths: [folder.path])
    #expect(markdown.articles.map(\.id) == ["notes"])
    // A file named directly loads whatever its name.
    let direct = ArticleLoader().load(paths: [folder.path + "/.hidden.txt", folder.path + "/notes.md"])
    #expect(Set(direct.articles.map(\.id)) == [".hidden", "notes"])
  }

  func setModificationTime(_ path: String, _ seconds: Int) {
    var times = [timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0)]
    #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
  }

  /// Files without a usable header date by their modification day.
  @Test func orderIsNewestFirstThenTitle() throws {
    let folder = try TemporaryFolder()
    try folder.write("old.txt", " date 2017-01-01 Zebra\n")
    try folder.write("new-b.txt", " date 2018-09-17 Beta\n")
    try folder.write("new-a.txt", " date 2018-09-17 Alpha\n")
    setModificationTime(try folder.write("bad.txt", " date 2018-02-30 Bad date\n"), 1_262_347_200)  // 2010-01-01
    setModificationTime(try folder.write("nodate.txt", "Filed\n"), 1_500_000_000)  // 2017-07-14
    let report = ArticleLoader().load(paths: [folder.path])
    #expect(report.articles.map(\.id) == ["new-a", "new-b", "nodate", "old", "bad"])
    let nodate = try #require(report.articles.first { $0.id == "nodate" })
    #expect(nodate.dateSource == .file)
    #expect(nodate.date?.year == 2017)
    #expect(report.articles.last?.warnings == [.invalidDate("2018-02-30")])
    #expect(report.articles.last?.dateSource == .file)
  }

  @Test func duplicatesAreLoadedOnce() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("story.txt", article)
    let report = ArticleLoader().load(paths: [folder.path, file])
    #expect(report.articles.count == 1)
  }

  @Test func progressReachesTheTotal() throws {
    let folder = try TemporaryFolder()
    for index in 0..<25 { try folder.write("s\(index).txt", article) }
    let seen = ProgressLog()
    let report = ArticleLoader().load(paths: [folder.path]) { done, total in seen.record(done, total) }
    #expect(report.articles.count == 25)
    #expect(seen.maximum == 25)
    #expect(seen.calls == 25)
  }

  /// Root reads anything, so a mode-000 file tests nothing then; /proc/self/mem
  /// is a regular file whose first page cannot be read, by anyone.
  @Test func unreadableFile() throws {
    let folder = try TemporaryFolder()
    let secret = try folder.write("secret.txt", article)
    if geteuid() != 0 {
      #expect(chmod(secret, 0) == 0)
      let report = ArticleLoader().load(paths: [secret])
      #expect(report.refused.first?.reason.hasPrefix("unreadable") == true)
    }
    #if os(Linux)
      let report = ArticleLoader().load(paths: ["/proc/self/mem"])
      #expect(report.refused == [.unreadable(path: "/proc/self/mem", reason: String(cString: strerror(EIO)))])
    #endif
  }

  @Test func unreadableFolderAsNonRoot() throws {
    let folder = try TemporaryFolder()
    try folder.write("inner/a.txt", article)
    #expect(chmod(folder.path + "/inner", 0) == 0)
    defer { chmod(folder.path + "/inner", 0o755) }
    let report = ArticleLoader().load(paths: [folder.path])
    if geteuid() == 0 {
      #expect(report.articles.count == 1)  // root reads the folder anyway
    } else {
      #expect(report.refused.first?.reason.hasPrefix("unreadable") == true)
    }
  }
}

final class ProgressLog: @unchecked Sendable {
  private let lock = NSLock()
  private(set) var calls = 0
  private(set) var maximum = 0
  func record(_ done: Int, _ total: Int) {
    lock.withLock {
      calls += 1
      maximum = max(maximum, done)
      #expect(total == 25)
    }
  }
}
