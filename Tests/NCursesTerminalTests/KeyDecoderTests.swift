import CNCurses
import TermGrid
import Testing

@testable import NCursesTerminal

@Suite struct KeyDecoderTests {
  @Test(arguments: [
    (UInt32(0x6A), Key.character("j")),
    (0x20, .character(" ")),
    (0xE9, .character("é")),
    (0x4E16, .character("世")),
    (0x1F600, .character("😀")),
    (9, .tab),
    (13, .enter),
    (10, .enter),
    (8, .backspace),
    (127, .backspace),
    (27, .escape),
    (1, .control("a")),
    (15, .control("o")),
    (26, .control("z")),
  ])
  func characters(value: UInt32, expected: Key) {
    #expect(KeyDecoder.decode(value, isFunctionKey: false) == expected)
  }

  @Test(arguments: [UInt32(0), 28, 31, 0x80, 0x9F, 0xD800])
  func nonKeysAreDropped(value: UInt32) {
    #expect(KeyDecoder.decode(value, isFunctionKey: false) == nil)
  }

  @Test(arguments: [
    (KEY_UP, Key.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
    (KEY_HOME, .home), (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown),
    (KEY_BACKSPACE, .backspace), (KEY_ENTER, .enter), (KEY_DC, .delete), (KEY_IC, .insert),
    (KEY_BTAB, .backTab), (KEY_A1, .home), (KEY_C3, .pageDown),
    (lede_key_f(1), .function(1)), (lede_key_f(12), .function(12)),
  ])
  func functionKeys(code: Int32, expected: Key) {
    #expect(KeyDecoder.decode(UInt32(code), isFunctionKey: true) == expected)
  }

  @Test func resizeAndMouseAreNoKeys() {
    #expect(KeyDecoder.decode(UInt32(KEY_RESIZE), isFunctionKey: true) == nil)
    #expect(KeyDecoder.decode(UInt32(KEY_MOUSE), isFunctionKey: true) == nil)
  }

  @Test func aKeyCodeIsNotReadAsACharacter() {
    // KEY_UP is 259 (U+0103 "ă" as a character): the flag decides.
    #expect(KeyDecoder.decode(UInt32(KEY_UP), isFunctionKey: false) == .character("ă"))
    #expect(KeyDecoder.decode(UInt32(KEY_UP), isFunctionKey: true) == .up)
  }
}
