import Foundation
import NewsCore
import ReaderUI
import TermGrid
import TestSupport
import Testing

/// Random key sequences on random collections: the reducer never crashes, the
/// state stays consistent after every step, and every frame fits the screen.
@Suite struct InterfacePropertyTests {
  init() { _ = DisplayWidth.prepareLocale() }

  /// Steps per seed; four seeds make 100,000 keys.
  static let steps = 25_000
  /// Every this many steps the frame is rendered and checked.
  static let renderEvery = 50

  @Test(arguments: [UInt64(1), 2, 3, 4])
  func randomKeysKeepTheStateConsistent(seed: UInt64) throws {
    var random = SplitMix64(seed: seed)
    let articles = RandomCollection.articles(&random)
    var state = AppState(
      collectionName: "random-\(seed)", articles: articles, viewport: Size(columns: 120, rows: 40))
    var recent: [String] = []
    for step in 0..<Self.steps {
      let next = RandomInput.next(&random, state: state)
      recent = Array((recent + [next.description]).suffix(12))
      _ = reduce(&state, next.action(in: state))
      state.isRunning = true
      let broken = StateInvariants.violations(in: state)
      if !broken.isEmpty {
        Issue.record("seed \(seed), step \(step), after \(recent): \(broken)")
        return
      }
      if step % Self.renderEvery == 0 || next.isResize {
        let frame = FrameInvariants.violations(in: render(state), viewport: state.viewport)
        if !frame.isEmpty {
          Issue.record("seed \(seed), step \(step), after \(recent): \(frame)")
          return
        }
      }
    }
  }
}

/// Checks that the parts of the state that index into others stay in range.
enum StateInvariants {
  static func violations(in state: AppState) -> [String] {
    var found: [String] = []
    let list = state.list
    let listRows = rows(of: .list, in: state)
    if list.rows.isEmpty {
      if list.selected != 0 || list.top != 0 { found.append("empty list: selected \(list.selected), top \(list.top)") }
    } else {
      if !list.rows.indices.contains(list.selected) { found.append("list.selected \(list.selected) of \(list.rows.count)") }
      if list.top < 0 || list.top > max(0, list.rows.count - 1) { found.append("list.top \(list.top) of \(list.rows.count)") }
      if list.selected < list.top || list.selected >= list.top + listRows {
        found.append("selected row \(list.selected) not visible from \(list.top) in \(listRows) rows")
      }
    }
    if !list.rows.allSatisfy(state.articles.indices.contains) { found.append("list row outside the articles") }
    let reader = state.reader
    if let index = reader.articleIndex, !state.articles.indices.contains(index) { found.append("reader.articleIndex \(index)") }
    if reader.layout.articleID != state.openArticle?.id {
      found.append("layout of \(String(describing: reader.layout.articleID))")
    }
    if reader.top < 0 || reader.top > max(0, reader.layout.lines.count - 1) {
      found.append("reader.top \(reader.top) of \(reader.layout.lines.count) lines")
    }
    if let mention = reader.selectedMention, !reader.decorations.mentions.indices.contains(mention) {
      found.append("selectedMention \(mention) of \(reader.decorations.mentions.count)")
    }
    let sidebar = state.sidebar
    if let selected = sidebar.selected, !sidebar.rows.indices.contains(selected) || sidebar.rows[selected].target == nil {
      found.append("sidebar.selected \(selected) of \(sidebar.rows.count) without a target")
    }
    if sidebar.top < 0 || sidebar.top > max(0, sidebar.rows.count - 1) {
      found.append("sidebar.top \(sidebar.top) of \(sidebar.rows.count)")
    }
    if let help = state.help {
      let total = HelpContent.lines(for: state.keyMap).count
      if help.top < 0 || help.top > max(0, total - 1) { found.append("help.top \(help.top) of \(total)") }
    }
    if let find = state.find, let current = find.current, !find.matches.indices.contains(current) {
      found.append("find.current \(current) of \(find.matches.count)")
    }
    if state.history.back.count > History.limit || state.history.forward.count > History.limit {
      found.append("history \(state.history.back.count)/\(state.history.forward.count)")
    }
    return found
  }

  /// Content rows of a pane (below its title), as the reducer counts them.
  static func rows(of pane: PaneID, in state: AppState) -> Int {
    let rect = state.layout.rect(of: pane) ?? Layout.compute(size: state.viewport, focus: pane).rect(of: pane)
    return max(1, (rect?.rows ?? 1) - 1)
  }
}

/// One random input: a key or a resize.
enum RandomInput: CustomStringConvertible {
  case key(Key)
  case resize(Size)

  var isResize: Bool {
    if case .resize = self { return true }
    return false
  }

  var description: String {
    switch self {
    case .key(let key): return key.displayName
    case .resize(let size): return "resize \(size)"
    }
  }

  func action(in state: AppState) -> Action {
    switch self {
    case .key(let key): return ReaderUI.action(for: key, in: state)
    case .resize(let size): return .resize(size)
    }
  }

  /// Bound keys most of the time; text while the prompt is open; sometimes any
  /// key at all, and now and then a resize.
  static func next(_ random: inout SplitMix64, state: AppState) -> RandomInput {
    let roll = random.next() % 1000
    if roll < 8 { return .resize(randomSize(&random)) }
    if state.prompt != nil, roll < 600 { return .key(.character(random.pick(typed))) }
    if roll < 850 { return .key(random.pick(bound)) }
    return .key(random.pick(other))
  }

  static func randomSize(_ random: inout SplitMix64) -> Size {
    switch random.next() % 4 {
    case 0: return Size(columns: 1 + Int(random.next() % 40), rows: 1 + Int(random.next() % 12))
    case 1: return Size(columns: 1 + Int(random.next() % 500), rows: 1 + Int(random.next() % 200))
    default: return Size(columns: 30 + Int(random.next() % 150), rows: 8 + Int(random.next() % 50))
    }
  }

  static let bound: [Key] = Array(Set(KeyMap.standard.bindings.flatMap(\.keys)))
    .sorted { $0.displayName < $1.displayName }
  static let typed: [Character] = Array("aeinorstPutinMoscowé漢👍🏽\u{200D} .-'\"") + ["e\u{301}", "\u{1F468}\u{200D}\u{1F469}"]
  static let other: [Key] =
    [.enter, .escape, .backspace, .tab, .backTab, .delete, .insert, .left, .right, .up, .down, .home, .end]
    + (1...12).map { .function($0) } + "abcdefghijklmnopqrstuvwxyz".map { .control($0) }
    + "xyzAZ019!@#%&*()=+é漢\u{FE0F}".map { .character($0) }
}

extension SplitMix64 {
  mutating func pick<Element>(_ array: [Element]) -> Element {
    array[Int(next() % UInt64(array.count))]
  }
}

/// Random collections: synthetic news (shared people and events, so following
/// and sharing have targets), sometimes none at all, plus hostile texts.
enum RandomCollection {
  static func articles(_ random: inout SplitMix64) -> [Article] {
    let count = [0, 1, 3, 12, 40][Int(random.next() % 5)]
    let generated = CorpusGenerator(seed: random.next()).generate(count: count)
    var articles = generated.enumerated().compactMap { index, file in
      parse(Array(file.text.utf8), id: "g\(index)")
    }
    if random.next() % 2 == 0 {
      articles += hostileTexts.enumerated().compactMap { parse($1, id: "h\($0)") }
    }
    return articles
  }

  static func parse(_ bytes: [UInt8], id: String) -> Article? {
    try? ArticleParser.parse(
      bytes: bytes, path: "/random/\(id).txt", relativePath: "\(id).txt", id: id, modificationDate: nil
    ).get()
  }

  static let hostileTexts: [[UInt8]] = [
    Array(" date 2018-09-15 \u{1B}]0;PWNED\u{07}Escapes\n\nCSI \u{1B}[2J OSC 52 \u{1B}]52;c;ZXZpbA==\u{07} said Putin.\n".utf8),
    Array(" date 2018-09-14 Wide 漢字 and emoji 👨‍👩‍👧‍👦\n\n".utf8) + Array(String(repeating: "漢", count: 4000).utf8),
    Array("no header, one long word ".utf8) + Array(repeating: 0x61, count: 12_000),
    Array(" date 2018-09-13 RTL\n\nمرحبا said \u{202E}Ahmad\u{202C} “quote” e\u{301}\u{301}\u{301}.\n".utf8),
    [0xEF, 0xBB, 0xBF, 0xC3, 0x28, 0x0D, 0x0D, 0xED, 0xA0, 0x80, 0x9B, 0x33, 0x31, 0x6D, 0x0D, 0x0A, 0x41],
  ]
}
