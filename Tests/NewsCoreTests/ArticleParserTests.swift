import NewsCore
import Testing

@Suite struct ArticleParserTests {
  static let headlines = [
    "Putin and Erdogan to hold talks on Syria´s rebel-held Idlib",
    "Is Idlib next?",
    "\"We will not back down,\" says Erdogan",
    "U.S. and Russia agree on Syria ceasefire",
    "Mr. Putin goes to Sochi",
    "Talks resume in Vienna: what we know...",
    "Exclusive: Kovacs to resign as foreign minister",
  ]

  @Test(arguments: headlines)
  func headlineFirstLine(_ headline: String) throws {
    let article = try parsed(" date 2018-09-17 \(headline)\n\nBody text here. More.\n")
    #expect(article.titleIsHeadline)
    #expect(article.title == headline)
    #expect(article.paragraphs.map(\.kind) == [.headline, .body])
    #expect(article.paragraphs[0].text == headline)
  }

  static let leads: [(String, String)] = [
    (
      "Moscow and Ankara must work out a “positive approach” to tackle the Idlib crisis in Syria, Turkish leader Recep Tayyip Erdogan said ahead of holding talks with President Vladimir Putin on Monday.",
      "Moscow and Ankara must work out a “positive approach” to tackle the Idlib…"
    ),
    ("Officials met on Monday.", "Officials met on Monday"),
    ("Officials met on Monday. They agreed on nothing", "Officials met on Monday"),
    ("Mr. Smith arrived in Vienna on Tuesday. Talks began soon after.", "Mr. Smith arrived in Vienna on Tuesday"),
    (
      "Ministers from both countries met again in Vienna on Monday to discuss the plan for a truce.",
      "Ministers from both countries met again in Vienna on Monday to discuss the plan…"
    ),
    (
      "The talks, which began in the U.S. capital on Monday and continued late into the night without any sign of a breakthrough between the two delegations, ended.",
      "The talks, which began in the U.S. capital on Monday and continued late into…"
    ),
    (
      "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone",
      "One two three four five six seven eight nine ten eleven twelve thirteen…"
    ),
  ]

  @Test(arguments: leads)
  func leadFirstLine(_ lead: String, _ title: String) throws {
    let article = try parsed(" date 2018-09-17 \(lead)\n\nSecond paragraph.\n")
    #expect(!article.titleIsHeadline)
    #expect(article.title == title)
    #expect(article.title.count <= 80)
    #expect(article.paragraphs.map(\.kind) == [.body, .body])
    #expect(article.paragraphs[0].text == lead)
  }

  @Test func linesOfAParagraphAreJoinedWithOneSpace() throws {
    let article = try parsed(" date 2018-09-17 Title here\n\nFirst line\n  second line \t\nthird\n\n\n\nNext paragraph\n")
    #expect(article.paragraphs.map(\.text) == ["Title here", "First line second line third", "Next paragraph"])
  }

  @Test func headerOnItsOwnLine() throws {
    let article = try parsed(" date 2018-09-17\nTalks end in Vienna\n\nBody.\n")
    #expect(article.date == day)
    #expect(article.title == "Talks end in Vienna")
    #expect(article.titleIsHeadline)
  }

  @Test(arguments: [
    ("- Mass exodus fears -", "Mass exodus fears"),
    ("-- Fears grow --", "Fears grow"),
    ("— What comes next —", "What comes next"),
    ("– Reaction –", "Reaction"),
  ])
  func subheadings(_ line: String, _ text: String) throws {
    let article = try parsed(" date 2018-09-17 Title\n\nBody one.\n\n\(line)\n\nBody two.\n")
    #expect(article.paragraphs.map(\.kind) == [.headline, .body, .subheading, .body])
    #expect(article.paragraphs[2].text == text)
  }

  @Test(arguments: [
    "- a list item",
    "- - -",
    "-not a subheading-",
    "- This line is far too long to be a subheading because it has many many words in it -",
  ])
  func notSubheadings(_ line: String) throws {
    let article = try parsed(" date 2018-09-17 Title\n\nBody one.\n\n\(line)\n")
    #expect(article.paragraphs.last?.kind == .body)
  }

  @Test(arguments: [
    ("Moscow -Russian President Vladimir Putin was set to meet.", "Moscow", 8),
    ("Moscow - Russian President Vladimir Putin was set to meet.", "Moscow", 8),
    ("MOSCOW (Reuters) - Russia said on Monday.", "MOSCOW (Reuters)", 18),
    ("PARIS, France — The talks began.", "PARIS, France", 17),
    ("Rio de Janeiro - \"We are ready,\" he said.", "Rio de Janeiro", 16),
    ("WASHINGTON—The White House said.", "WASHINGTON", 13),
    ("ST. LOUIS - Officials said.", "ST. LOUIS", 11),
    ("MOSCOW, Sept 17 (Reuters) - Russia said.", "MOSCOW, Sept 17 (Reuters)", 27),
  ])
  func datelines(_ paragraph: String, _ text: String, _ end: Int) throws {
    let article = try parsed(" date 2018-09-17 Title\n\n\(paragraph)\n")
    #expect(article.dateline?.text == text)
    #expect(article.dateline?.span == TextSpan(paragraph: 1, start: 0, end: end))
    #expect(article.paragraphs[1].text == paragraph)
  }

  @Test(arguments: [
    "Russia-backed forces of the Syrian regime have massed.",
    "Turkey - a NATO member - has objected.",
    "The Kremlin - Peskov said - was cautious.",
    "Erdogan and Putin met previously on September 7.",
    "\"The situation is acute,\" Peskov said.",
    "Moscow-based analysts disagree.",
    "He said - with a smile - nothing.",
    "1,000 people - mostly women - fled.",
  ])
  func notDatelines(_ paragraph: String) throws {
    let article = try parsed(" date 2018-09-17 Title\n\n\(paragraph)\n")
    #expect(article.dateline == nil)
  }

  @Test func noHeaderUsesFileDate() throws {
    let fileDate = CalendarDate(year: 2020, month: 1, day: 2)
    let article = try parsed("Vienna talks collapse\n\nBody.\n", modificationDate: fileDate)
    #expect(article.date == fileDate)
    #expect(article.dateSource == .file)
    #expect(article.warnings.contains(.noDateHeader))
    #expect(article.title == "Vienna talks collapse")
    #expect(article.titleIsHeadline)
  }

  @Test func noHeaderNoFileDate() throws {
    let article = try parsed("The ministers met in Vienna on Monday and agreed to meet again next month.\n")
    #expect(article.date == nil)
    #expect(article.dateSource == .unknown)
    #expect(!article.titleIsHeadline)
    #expect(article.title == "The ministers met in Vienna on Monday and agreed to meet again next month")
  }

  @Test(arguments: [
    ("2018-02-30", "2018-02-30"), ("2018-13-01", "2018-13-01"), ("18-09-17", "18-09-17"), ("2018/09/17", "2018/09/17"),
  ])
  func badDates(_ token: String, _ warning: String) throws {
    let article = try parsed(" date \(token) Talks in Vienna\n\nBody.\n")
    #expect(article.date == nil)
    #expect(article.warnings.contains(.invalidDate(warning)))
    #expect(article.title == "Talks in Vienna")
  }

  @Test func lenientDate() throws {
    let article = try parsed("date 2018-9-7 Talks in Vienna\n")
    #expect(article.date == CalendarDate(year: 2018, month: 9, day: 7))
    #expect(article.dateSource == .header)
    #expect(article.paragraphs.count == 1)
  }

  @Test func dateWordInAHeadlineIsNotAHeader() throws {
    let article = try parsed("date night is back in Paris\n\nBody.\n")
    #expect(article.warnings.contains(.noDateHeader))
    #expect(article.title == "date night is back in Paris")
  }

  @Test(arguments: [
    [UInt8](), Array("   \n\t\n\r\n".utf8), Array(" date 2018-09-17 \n\n".utf8), Array("\u{1B}[2J\u{1B}]0;x\u{07}\n".utf8),
  ])
  func emptyInputIsRefused(_ bytes: [UInt8]) {
    #expect(refusal(bytes) == .empty(path: "/x/a.txt"))
  }

  @Test func binaryInputIsRefused() {
    #expect(refusal(Array("text\u{0}more".utf8)) == .binary(path: "/x/a.txt", reason: "contains NUL bytes"))
    var generator = SplitMix64Stream(seed: 7)
    let noise = (0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) | 0x01 }
    if case .binary = refusal(noise) {} else { Issue.record("random bytes were not refused as binary") }
  }

  @Test func repairsAreWarnings() throws {
    let bytes: [UInt8] =
      [0xEF, 0xBB, 0xBF] + Array(" date 2018-09-17 T\u{1B}[31mitle\r\n\r\nBody".utf8) + [0xFF] + Array(" \u{7}end.\r\n".utf8)
    let article = try parsed(bytes)
    #expect(article.title == "Title")
    #expect(article.paragraphs[1].text == "Body\u{FFFD} end.")
    #expect(
      Set(article.warnings) == [
        .byteOrderMark, .lineEndings(.crlf), .invalidUTF8(count: 1), .escapeSequences(count: 1), .controlCharacters(count: 1),
      ])
  }

  @Test func wordsHashAndSize() throws {
    let text = " date 2018-09-17 Two words\n\nThree more words, 2018.\n"
    let article = try parsed(text)
    #expect(article.wordCount == 6)
    #expect(article.byteCount == text.utf8.count)
    let other = try parsed(text + " ")
    #expect(article.contentHash != other.contentHash)
    #expect(try parsed(text).contentHash == article.contentHash)
  }

  @Test func longLinesAndTabsLoad() throws {
    let long = String(repeating: "word ", count: 5000)
    let article = try parsed(" date 2018-09-17 Title\n\n\tIndented\ttext\n\n\(long)\n")
    #expect(article.warnings.contains(.longLines(count: 1)))
    #expect(article.paragraphs[1].text == "Indented\ttext")
    #expect(article.paragraphs[2].text.utf8.count == long.utf8.count - 1)
  }

  /// Any bytes: no crash, and what loads is safe and maps inside the file.
  @Test func randomBytesNeverCrash() {
    var generator = SplitMix64Stream(seed: 99)
    let pieces: [[UInt8]] = [
      Array(" date 2018-09-17 ".utf8), Array("Word. ".utf8), Array("Moscow -".utf8), Array("- Sub -".utf8), [0x0A], [0x0A, 0x0A],
      [0x0D], [0x1B, 0x5D], [0x1B, 0x5B], [0x9B], [0xC2], [0xEF, 0xBB, 0xBF], [0x22], Array("“”".utf8), [0x2E], [0x20], [0x09],
    ]
    for _ in 0..<1000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int(generator.next() % 30) {
        let roll = generator.next()
        bytes += roll % 4 == 0 ? [UInt8(truncatingIfNeeded: roll >> 8)] : pieces[Int((roll >> 8) % UInt64(pieces.count))]
      }
      guard
        case .success(let article) = ArticleParser.parse(
          bytes: bytes, path: "p", relativePath: "p", id: "p", modificationDate: nil)
      else { continue }
      #expect(Sanitizer.isSafe(Array(article.title.utf8)))
      for paragraph in article.paragraphs {
        #expect(!paragraph.text.isEmpty && Sanitizer.isSafe(Array(paragraph.text.utf8)))
        #expect(!paragraph.text.utf8.contains(0x0A))
        let end = paragraph.sourceMap.fileOffset(forTextOffset: paragraph.text.utf8.count)
        #expect(end <= bytes.count)
      }
    }
  }
}
