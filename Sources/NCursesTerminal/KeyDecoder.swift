import CNCurses
import TermGrid

/// Turns what `wget_wch` returns into a ``Key``. Pure, so it is tested without a
/// terminal.
enum KeyDecoder {
  /// The key for one value from `wget_wch`: a character when `isFunctionKey` is
  /// false, a `KEY_*` code when it returned `KEY_CODE_YES`. Returns nil for values
  /// that are no key lede knows (a stray control byte, `KEY_RESIZE`, mouse).
  static func decode(_ value: UInt32, isFunctionKey: Bool) -> Key? {
    isFunctionKey ? decodeFunctionKey(value) : decodeCharacter(value)
  }

  private static func decodeCharacter(_ value: UInt32) -> Key? {
    switch value {
    case 9: return .tab
    case 10, 13: return .enter
    case 8, 127: return .backspace
    case 27: return .escape
    case 1...26:
      guard let letter = Unicode.Scalar(value + 96) else { return nil }
      return .control(Character(letter))
    case 0..<32, 128..<160:
      return nil
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .character(Character(scalar))
    }
  }

  private static func decodeFunctionKey(_ value: UInt32) -> Key? {
    guard let code = Int32(exactly: value) else { return nil }
    if let key = namedKeys[code] { return key }
    let number = code - lede_key_f(0)
    if number >= 1 && number <= 63 { return .function(Int(number)) }
    return nil
  }

  /// `KEY_*` codes and what they mean. The keypad corners (A1, A3, C1, C3) are
  /// Home, PgUp, End and PgDn on keypads that send them.
  private static let namedKeys: [Int32: Key] = [
    KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
    KEY_HOME: .home, KEY_END: .end, KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
    KEY_A1: .home, KEY_C1: .end, KEY_A3: .pageUp, KEY_C3: .pageDown,
    KEY_ENTER: .enter, KEY_BACKSPACE: .backspace, KEY_DC: .delete, KEY_IC: .insert,
    KEY_BTAB: .backTab,
  ]
}
