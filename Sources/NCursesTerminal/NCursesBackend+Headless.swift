import CNCurses
import Glibc
import TermGrid

/// A backend on `/dev/null` for tests: real curses drawing, no terminal, no
/// signal handlers, standard error untouched. ncurses state is per process, so
/// tests that use it must be serialized.
extension NCursesBackend {
  static func startHeadless(
    size: Size, terminalType: String = "xterm-256color", monochrome: Bool = false
  ) throws(TerminalError) -> NCursesBackend {
    guard active == nil else { throw .alreadyStarted }
    guard DisplayWidth.prepareLocale() else { throw .noUTF8Locale }
    guard let output = fopen("/dev/null", "w") else { throw .notATerminal(.output) }
    guard let input = fopen("/dev/null", "r") else {
      fclose(output)
      throw .notATerminal(.input)
    }
    guard let screen = newterm(terminalType, output, input) else {
      fclose(output)
      fclose(input)
      throw .unknownTerminal(type: terminalType)
    }
    let backend = NCursesBackend(screen: screen, monochrome: monochrome, headlessFiles: (input, output))
    _ = resizeterm(Int32(size.rows), Int32(size.columns))
    TerminalSetup.configureModes(escapeDelayMilliseconds: 25)
    return backend
  }

  /// What curses holds for one row, as text (wide characters once).
  func screenText(row: Int) -> String {
    let window = lede_stdscr()
    let columns = Int(getmaxx(window))
    var characters = [wchar_t](repeating: 0, count: columns * 4 + 1)
    let count = mvwinnwstr(window, Int32(row), 0, &characters, Int32(characters.count - 1))
    guard count != ERR else { return "" }
    let scalars = characters.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
    return String(String.UnicodeScalarView(scalars))
  }

  /// The attributes and colour pair curses holds for one cell.
  func cursesLook(row: Int, column: Int) -> (attributes: attr_t, pair: Int16) {
    let window = lede_stdscr()
    var cell = cchar_t()
    guard mvwin_wch(window, Int32(row), Int32(column), &cell) != ERR else { return (0, -1) }
    var characters = [wchar_t](repeating: 0, count: 8)
    var attributes: attr_t = 0
    var pair: Int16 = 0
    _ = getcchar(&cell, &characters, &attributes, &pair, nil)
    return (attributes, pair)
  }
}
