import Foundation
import NewsCore
import Testing

@testable import NewsStore

#if canImport(Glibc)
  import Glibc
#endif

/// Several writers on one user data file: threads, instances, and other processes
/// (the `sqlite3` command-line shell), including one killed mid-write.
@Suite struct ConcurrentWriterTests {
  static let sqlite3 = "/usr/bin/sqlite3"
  static let hasSQLite3 = FileManager.default.isExecutableFile(atPath: sqlite3)
  /// One highlight row as another process writes it.
  static let insert = """
    INSERT INTO highlight (contentHash, articleID, path, articleTitle, quote, paragraph, start, "end", created) \
    VALUES ('cli', 'a', '/a.txt', 'A', 'from the shell', 0, 0, 5, 0);
    """

  let folder: TemporaryFolder
  let url: URL

  init() throws {
    folder = try TemporaryFolder()
    url = folder.file("user.sqlite")
  }

  static func highlight(_ number: Int) -> NewHighlight {
    var article = CacheFixtures.article("writer", ["Headline", "Body"])
    article.contentHash = UInt64(number)
    return NewHighlight(article: article, span: TextSpan(paragraph: 1, start: 0, end: 4), note: "n\(number)")
  }

  @Test func twoInstancesOnTwoThreads() throws {
    let stores = [try UserStore(url: url), try UserStore(url: url)]
    let failures = Failures()
    DispatchQueue.concurrentPerform(iterations: 2) { writer in
      for number in 0..<200 {
        do { try stores[writer].save(Self.highlight(writer * 1000 + number)) } catch { failures.add(error) }
      }
    }
    #expect(failures.all.isEmpty)
    let saved = try UserStore(url: url).highlights()
    #expect(saved.count == 400)
    #expect(Set(saved.map(\.id)).count == 400)
    #expect(Set(saved.compactMap(\.note)).count == 400)
  }

  @Test(.enabled(if: hasSQLite3)) func anotherProcessWritingAtTheSameTime() throws {
    let store = try UserStore(url: url)
    let script = folder.file("insert.sql")
    try Data((".timeout 5000\n" + String(repeating: Self.insert + "\n", count: 200)).utf8).write(to: script)
    let shell = Process()
    shell.executableURL = URL(fileURLWithPath: Self.sqlite3)
    shell.arguments = ["-bail", url.path]
    shell.standardInput = try FileHandle(forReadingFrom: script)
    try shell.run()
    for number in 0..<200 { try store.save(Self.highlight(number)) }
    shell.waitUntilExit()
    #expect(shell.terminationStatus == 0)
    let saved = try store.highlights()
    #expect(saved.count == 400)
    #expect(saved.filter { $0.contentHash == "cli" }.count == 200)
  }

  @Test(.enabled(if: hasSQLite3)) func killedWriterLeavesEveryCommittedRow() throws {
    let store = try UserStore(url: url)
    // Two rows per transaction, endlessly, until killed.
    let source = Process()
    source.executableURL = URL(fileURLWithPath: "/usr/bin/yes")
    source.arguments = ["BEGIN; \(Self.insert) \(Self.insert) COMMIT;"]
    let pipe = Pipe()
    source.standardOutput = pipe
    let shell = Process()
    shell.executableURL = URL(fileURLWithPath: Self.sqlite3)
    shell.arguments = ["-cmd", ".timeout 5000", url.path]
    shell.standardInput = pipe
    try source.run()
    try shell.run()
    var seen = 0
    let deadline = Date().addingTimeInterval(30)
    while seen < 500, Date() < deadline {
      usleep(2_000)  // polling another process: the one place a wait is needed
      seen = try store.highlights().count
    }
    kill(shell.processIdentifier, SIGKILL)
    shell.waitUntilExit()
    source.terminate()
    source.waitUntilExit()
    #expect(shell.terminationReason == .uncaughtSignal)
    #expect(seen >= 500)

    let reopened = try UserStore(url: url)
    #expect(try reopened.integrityCheck() == ["ok"])
    let rows = try reopened.highlights()
    #expect(rows.count >= seen)
    #expect(rows.count % 2 == 0)  // no transaction half-applied
    #expect(rows.map(\.id).max() == Int64(rows.count))  // and none lost in between
    try reopened.save(Self.highlight(1))
    #expect(try reopened.highlights().count == rows.count + 1)
  }
}

/// Errors collected from several threads.
private final class Failures: @unchecked Sendable {
  private var errors: [String] = []
  private let lock = NSLock()

  func add(_ error: any Error) {
    lock.lock()
    errors.append(String(describing: error))
    lock.unlock()
  }

  var all: [String] {
    lock.lock()
    defer { lock.unlock() }
    return errors
  }
}
