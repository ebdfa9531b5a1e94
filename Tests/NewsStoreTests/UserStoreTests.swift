import Foundation
import NewsCore
import TestSupport
import Testing

@testable import NewsStore

@Suite struct UserStoreTests {
  let folder: TemporaryFolder
  let store: UserStore
  let articles: [Article]

  init() throws {
    folder = try TemporaryFolder()
    store = try UserStore(url: folder.file("data/user.sqlite"))
    articles = SampleArticles.collection.enumerated().map { index, article in
      var article = article
      article.contentHash = 0xABC0 + UInt64(index)
      return article
    }
  }

  func quoteHighlight(note: String? = nil) -> NewHighlight {
    NewHighlight(
      article: articles[0], span: TextSpan(paragraph: 2, start: 1, end: 31), speaker: "Anna Kovacs", note: note)
  }

  @Test func savesAndListsNewestFirst() throws {
    let first = try store.save(quoteHighlight(), at: Date(timeIntervalSince1970: 1_000))
    let second = try store.save(
      NewHighlight(article: articles[1], span: TextSpan(paragraph: 0, start: 0, end: 20)),
      at: Date(timeIntervalSince1970: 2_000.123_9))
    #expect(first.quote == "We want an agreement this week")
    #expect(first.contentHash == "000000000000abc0")
    #expect(second.quote == "The river commission")
    #expect(try store.highlights() == [second, first])
    #expect(try store.highlights(forContentHash: "000000000000abc0") == [first])
    #expect(try store.highlights(forContentHash: "nope").isEmpty)
  }

  @Test func deletesAndUpdatesNotes() throws {
    let saved = try store.save(quoteHighlight(note: "first"))
    #expect(try store.updateNote(id: saved.id, note: "  check the date  "))
    #expect(try store.highlights().first?.note == "check the date")
    #expect(try store.updateNote(id: saved.id, note: " "))
    #expect(try store.highlights().first?.note == nil)
    #expect(try store.updateNote(id: saved.id + 100, note: "x") == false)
    #expect(try store.delete(id: saved.id))
    #expect(try store.delete(id: saved.id) == false)
    #expect(try store.highlights().isEmpty)
  }

  @Test func highlightsPersistAcrossReopen() throws {
    let saved = try store.save(quoteHighlight(note: "keep"))
    let reopened = try UserStore(url: store.url)
    #expect(try reopened.highlights() == [saved])
  }

  @Test func resolvesByContentHashAfterRenameThenPathThenID() throws {
    let saved = try store.save(quoteHighlight())
    var moved = articles
    moved[0].path = "/elsewhere/renamed.txt"
    moved[0].id = "renamed"
    moved.swapAt(0, 2)
    #expect(store.resolve(saved, in: moved) == 2)

    var edited = articles
    edited[0].contentHash = 1  // text changed, same path
    edited.reverse()
    #expect(store.resolve(saved, in: edited) == 2)

    var editedAndMoved = edited
    editedAndMoved[2].path = "/elsewhere/001_summit.txt"
    #expect(store.resolve(saved, in: editedAndMoved) == 2)
    editedAndMoved[2].id = "gone"
    #expect(store.resolve(saved, in: editedAndMoved) == nil)
  }

  @Test func readState() throws {
    #expect(try store.readHashes().isEmpty)
    try store.markRead([articles[0]])
    #expect(try store.readHashes() == ["000000000000abc0"])
    try store.markRead(articles)
    #expect(try store.readHashes() == Set(articles.map(\.contentHashHex)))
    try store.markUnread([articles[1]])
    #expect(try store.readHashes() == Set([articles[0], articles[2]].map(\.contentHashHex)))
  }

  @Test func historyIsCappedNewestFirst() throws {
    for step in 0..<(UserStore.historyLimit + 25) {
      try store.recordVisit(HistoryLocation(contentHash: "h\(step)", path: "/p", paragraph: step, offset: step * 2))
    }
    let recent = try store.recentLocations()
    #expect(recent.count == UserStore.historyLimit)
    #expect(recent.first == HistoryLocation(contentHash: "h224", path: "/p", paragraph: 224, offset: 448))
    #expect(recent.last?.paragraph == 25)
    #expect(try store.recentLocations(limit: 3).map(\.paragraph) == [224, 223, 222])
  }

  @Test func savedFilters() throws {
    try store.saveFilter(SavedFilter(name: "russia", query: "place:Moscow"))
    try store.saveFilter(SavedFilter(name: "merkel", query: "person:Merkel"))
    try store.saveFilter(SavedFilter(name: "russia", query: "place:Sochi"))
    #expect(
      try store.savedFilters() == [
        SavedFilter(name: "merkel", query: "person:Merkel"), SavedFilter(name: "russia", query: "place:Sochi"),
      ])
    #expect(try store.deleteFilter(named: "merkel"))
    #expect(try store.deleteFilter(named: "merkel") == false)
    #expect(try store.savedFilters().map(\.name) == ["russia"])
  }

  @Test func defaultURLFollowsXDG() {
    #expect(
      UserStore.defaultURL(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/a"]).path
        == "/x/data/lede/user.sqlite")
    #expect(UserStore.defaultURL(environment: ["HOME": "/home/a"]).path == "/home/a/.local/share/lede/user.sqlite")
    #expect(
      UserStore.defaultURL(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/a"]).path
        == "/home/a/.local/share/lede/user.sqlite")
  }

  @Test func damagedFileIsReportedNotDeleted() throws {
    let url = folder.file("garbage.sqlite")
    let garbage = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
    try garbage.write(to: url)
    #expect(throws: StoreError.self) { try UserStore(url: url) }
    #expect(try Data(contentsOf: url) == garbage)
  }

  @Test func unwritableFolderIsAStoreError() throws {
    let blocker = folder.file("blocker")
    try Data("file".utf8).write(to: blocker)
    #expect {
      try UserStore(url: blocker.appendingPathComponent("user.sqlite"))
    } throws: { error in
      (error as? StoreError)?.description.hasPrefix(blocker.path) == true
    }
  }
}
