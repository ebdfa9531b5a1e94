import CSupport

/// The one display-width function in lede. It is backed by libc `wcwidth`, the same
/// function ncursesw uses under a UTF-8 locale, so the grid and the terminal never
/// disagree about where a character ends. Call ``DisplayWidth/prepareLocale()`` once
/// at start-up (the executable and the tests do).
public enum DisplayWidth {
  /// Sets a UTF-8 `LC_CTYPE` when the environment has none (LANG unset in CI, cron,
  /// `env -i`). Without it ncursesw drops every non-ASCII character and `wcwidth`
  /// returns -1. Returns false when no UTF-8 locale exists on the machine.
  @discardableResult
  public static func prepareLocale() -> Bool {
    lede_ensure_utf8_locale() == 1
  }

  /// Columns one scalar takes: 0 for combining marks and zero-width characters,
  /// 2 for wide (CJK, most emoji), 1 otherwise, and -1 for control characters.
  @inlinable
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return 1 }
    if value < 0x20 || value == 0x7F { return -1 }
    return Int(lede_wcwidth(value))
  }

  /// Columns a string takes when drawn by ``Grid/write(_:row:column:limit:style:)``.
  /// Control characters count as one column (they are drawn as a placeholder).
  public static func of<S: StringProtocol>(_ text: S) -> Int {
    var total = 0
    for scalar in text.unicodeScalars {
      total += columns(for: scalar)
    }
    return total
  }

  /// The columns a scalar occupies in the grid: like `of(_:)` but a control
  /// character or unknown scalar counts as a one-column placeholder, and the
  /// emoji variation selector U+FE0F is dropped (glibc and tmux say 1 column,
  /// many terminals 2).
  @inlinable
  public static func columns(for scalar: Unicode.Scalar) -> Int {
    let width = of(scalar)
    if width >= 0 { return width }
    return 1
  }

  /// The longest prefix of `text` that fits in `limit` columns, and its width.
  public static func prefix(of text: Substring, fitting limit: Int) -> (Substring, Int) {
    var used = 0
    var end = text.unicodeScalars.startIndex
    var index = end
    let scalars = text.unicodeScalars
    while index < scalars.endIndex {
      let width = columns(for: scalars[index])
      if used + width > limit { break }
      used += width
      index = scalars.index(after: index)
      end = index
    }
    return (Substring(scalars[scalars.startIndex..<end]), used)
  }
}
