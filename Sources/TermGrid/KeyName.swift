extension Key {
  /// The key a display name names: the inverse of ``displayName`` (`j`, `Ctrl-O`,
  /// `PgDn`, `F1`, `Space`, `Shift-Tab`). Names longer than one character ignore
  /// case (`ctrl-o`, `pgdn`) and a few common spellings are accepted too
  /// (`PageDown`, `Escape`, `Return`); a single character is that character, so
  /// `j` and `J` differ. Nil for anything else.
  public init?(displayName name: String) {
    if name.count == 1, let character = name.first {
      guard character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else { return nil }
      self = .character(character)
      return
    }
    let lowered = name.lowercased()
    if let key = Self.namedKeys[lowered] {
      self = key
    } else if lowered.hasPrefix("ctrl-"), lowered.count == 6, let letter = lowered.last, letter.isASCII, letter.isLetter {
      self = .control(letter)
    } else if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...63).contains(number),
      !lowered.dropFirst().hasPrefix("0"), !lowered.dropFirst().hasPrefix("+")
    {
      self = .function(number)
    } else {
      return nil
    }
  }

  /// Lowercased names of the keys that are no single character.
  private static let namedKeys: [String: Key] = [
    "space": .character(" "), "enter": .enter, "return": .enter, "tab": .tab, "shift-tab": .backTab,
    "backtab": .backTab, "backspace": .backspace, "esc": .escape, "escape": .escape, "delete": .delete,
    "del": .delete, "insert": .insert, "ins": .insert, "up": .up, "down": .down, "left": .left, "right": .right,
    "home": .home, "end": .end, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
  ]
}
