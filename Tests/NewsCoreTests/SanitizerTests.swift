import NewsCore
import Testing

@Suite struct SanitizerTests {
  static let cases: [(String, [UInt8], String, Int, Int)] = [
    // name, input, expected output, escape sequences, control characters
    ("plain", Array("Hello, wörld\tok\n".utf8), "Hello, wörld\tok\n", 0, 0),
    ("CSI colour", Array("a\u{1B}[31;1mred\u{1B}[0m b".utf8), "ared b", 2, 0),
    ("CSI cursor move", Array("x\u{1B}[2J\u{1B}[10;5Hy".utf8), "xy", 2, 0),
    ("CSI private mode", Array("\u{1B}[?1049hz".utf8), "z", 1, 0),
    ("OSC title BEL", Array("\u{1B}]0;evil title\u{07}after".utf8), "after", 1, 0),
    ("OSC title ST", Array("\u{1B}]2;evil\u{1B}\\after".utf8), "after", 1, 0),
    ("OSC 52 clipboard", Array("\u{1B}]52;c;ZXZpbA==\u{07}safe".utf8), "safe", 1, 0),
    ("OSC 8 hyperlink", Array("\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\".utf8), "link", 2, 0),
    ("DCS", Array("\u{1B}Pq#0;2;0;0;0\u{1B}\\done".utf8), "done", 1, 0),
    ("SOS PM APC", Array("\u{1B}Xsos\u{1B}\\\u{1B}^pm\u{1B}\\\u{1B}_apc\u{1B}\\end".utf8), "end", 3, 0),
    ("two-byte ESC", Array("a\u{1B}7b\u{1B}8c\u{1B}Md".utf8), "abcd", 3, 0),
    ("nF charset", Array("a\u{1B}(0b\u{1B}(Bc".utf8), "abc", 2, 0),
    ("lone ESC at end", Array("abc\u{1B}".utf8), "abc", 1, 0),
    ("8-bit CSI", [0x61, 0x9B, 0x33, 0x31, 0x6D, 0x62], "ab", 1, 0),
    ("8-bit OSC", [0x61, 0x9D] + Array("0;title".utf8) + [0x9C, 0x62], "ab", 1, 0),
    ("8-bit DCS", [0x61, 0x90] + Array("payload".utf8) + [0x1B, 0x5C, 0x62], "ab", 1, 0),
    ("UTF-8 encoded CSI", [0x61, 0xC2, 0x9B, 0x32, 0x4A, 0x62], "ab", 1, 0),
    ("UTF-8 encoded OSC", [0x61, 0xC2, 0x9D] + Array("52;c;eA==".utf8) + [0x07, 0x62], "ab", 1, 0),
    ("UTF-8 encoded C1", [0x61, 0xC2, 0x85, 0x62], "ab", 0, 1),
    ("raw C1", [0x61, 0x85, 0x62], "ab", 0, 1),
    ("C0 and DEL", Array("a\u{0}b\u{7}c\u{8}d\u{7F}e\u{0C}f".utf8), "abcdef", 0, 5),
    ("CRLF", Array("a\r\nb\rc".utf8), "a\nb\nc", 0, 0),
    ("unterminated OSC ends at line end", Array("a\u{1B}]0;title\nnext line".utf8), "a\nnext line", 1, 0),
    ("unterminated CSI", Array("a\u{1B}[12;".utf8), "a", 1, 0),
    ("CSI cut by a newline", Array("a\u{1B}[12\nb".utf8), "a\nb", 1, 0),
    ("OSC cut by ESC", Array("\u{1B}]0;t\u{1B}[1mx".utf8), "x", 2, 0),
    ("valid C2 letters kept", Array("£ © ½".utf8), "£ © ½", 0, 0),
    ("continuation byte 0x9B inside a letter", Array("Û›".utf8), "Û›", 0, 0),
  ]

  @Test(arguments: cases)
  func removes(_ name: String, _ input: [UInt8], _ expected: String, _ escapes: Int, _ controls: Int) {
    let (output, counts) = Sanitizer.sanitize(input)
    #expect(String(decoding: output, as: UTF8.self) == expected, "\(name)")
    #expect(counts.escapeSequences == escapes, "\(name)")
    #expect(counts.controlCharacters == controls, "\(name)")
    #expect(Sanitizer.isSafe(output), "\(name)")
  }

  @Test func invalidUTF8BecomesReplacementCharacters() {
    let input: [UInt8] = [0x61, 0xFF, 0x62, 0xE2, 0x82, 0x63, 0xC0, 0xAF, 0xED, 0xA0, 0x80, 0xF0, 0x9F, 0x98]
    let (output, counts) = Sanitizer.sanitize(input)
    // 0xFF; E2 82 (truncated); C0; AF; ED (surrogate lead: subpart of 1); A0; 80 (raw C1 removed);
    // F0 9F 98 (truncated at end).
    #expect(String(decoding: output, as: UTF8.self) == "a\u{FFFD}b\u{FFFD}c\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}")
    #expect(counts.invalidUTF8 == 7)
    #expect(counts.controlCharacters == 1)
  }

  @Test func unterminatedStringIsCapped() {
    let payload = String(repeating: "x", count: Sanitizer.maximumSequenceLength * 3)
    let (output, counts) = Sanitizer.sanitize(Array("\u{1B}]0;\(payload)".utf8))
    #expect(counts.escapeSequences == 1)
    // The sequence swallows at most maximumSequenceLength bytes; the rest is plain text.
    #expect(output.count == payload.utf8.count + 2 - Sanitizer.maximumSequenceLength)
  }

  @Test func stringSanitizerKeepsCleanTextIdentical() {
    let text = "Putin and Erdogan to hold talks on Syria´s rebel-held Idlib"
    #expect(Sanitizer.sanitize(text) == text)
    #expect(Sanitizer.sanitize("t\u{1B}]2;owned\u{07}itle\r") == "title\n")
  }

  @Test(arguments: [
    ("plain.txt", "plain.txt"),
    ("new\nline.txt", "new^Jline.txt"),
    ("\u{1B}[31mred", "^[[31mred"),
    ("del\u{7F}", "del^?"),
    ("c1\u{9B}x", "c1\u{FFFD}x"),
    ("tab\there", "tab^Ihere"),
  ])
  func displayStringMakesControlsVisible(_ input: String, _ expected: String) {
    #expect(Sanitizer.displayString(input) == expected)
    #expect(Sanitizer.isSafe(Array(Sanitizer.displayString(input).utf8)))
  }

  /// Random bytes biased towards ESC, C1, brackets and UTF-8 leads: nothing unsafe survives.
  @Test func randomInputNeverLeavesControls() {
    var generator = SplitMix64Stream(seed: 0x5EED)
    let alphabet: [UInt8] = [
      0x1B, 0x9B, 0x9D, 0x90, 0x9C, 0xC2, 0x07, 0x5B, 0x5D, 0x5C, 0x50, 0x0D, 0x0A, 0x09, 0x00, 0x7F, 0xE2, 0x80, 0xF0, 0x41,
      0x33, 0x3B, 0x6D,
    ]
    for _ in 0..<2000 {
      let length = Int(generator.next() % 200)
      let input = (0..<length).map { _ -> UInt8 in
        let roll = generator.next()
        return roll % 3 == 0 ? UInt8(truncatingIfNeeded: roll >> 8) : alphabet[Int((roll >> 8) % UInt64(alphabet.count))]
      }
      let (output, _) = Sanitizer.sanitize(input)
      #expect(Sanitizer.isSafe(output), "\(input)")
      #expect(!output.contains(0x1B))
      #expect(output.count <= input.count * 3)
    }
  }
}

/// A tiny seeded generator for property tests.
struct SplitMix64Stream {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
