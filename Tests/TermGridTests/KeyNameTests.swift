import TermGrid
import Testing

@Suite struct KeyNameTests {
  static let keys: [Key] =
    [.enter, .tab, .backTab, .backspace, .escape, .delete, .insert, .up, .down, .left, .right, .home, .end]
    + [.pageUp, .pageDown, .function(1), .function(12), .function(63), .character(" "), .character("j")]
    + [.character("J"), .character("?"), .character("é"), .character("日"), .control("o"), .control("a")]

  @Test(arguments: keys)
  func displayNameRoundTrips(key: Key) {
    #expect(Key(displayName: key.displayName) == key)
  }

  @Test(arguments: [
    ("ctrl-o", Key.control("o")), ("CTRL-O", .control("o")), ("pgdn", .pageDown), ("PageDown", .pageDown),
    ("Escape", .escape), ("return", .enter), ("f5", .function(5)), ("F", .character("F")), ("space", .character(" ")),
  ])
  func otherSpellings(name: String, key: Key) {
    #expect(Key(displayName: name) == key)
  }

  @Test(arguments: ["", "jj", "Ctrl-", "Ctrl-OO", "Ctrl-1", "F0", "F64", "F+1", "F01", "Alt-x", "\u{7}", "\t"])
  func unknownNamesAreNil(name: String) {
    #expect(Key(displayName: name) == nil)
  }
}
