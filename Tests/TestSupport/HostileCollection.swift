import Foundation
import NewsCore

/// A folder of everything a collection from anywhere may hold, built the same way
/// every time: bad encodings, escape sequences, special files, symbolic link
/// loops, odd names, deep nesting and thousands of tiny files.
///
/// Every entry records what the loader must do with it, so a test can check that
/// each file was loaded or refused with a reason and none was lost.
public final class HostileCollection {
  /// What the loader must do with an entry.
  public enum Outcome: Sendable {
    case loads
    case refused
    /// Either is right (a file that changes while loading; an unreadable file read by root).
    case loadsOrRefused
  }

  public let root: URL
  /// Paths (as the loader reports them: root path + "/" + relative) and outcomes.
  public private(set) var entries: [(path: [UInt8], outcome: Outcome)] = []
  /// Open Unix socket descriptors, closed on deinit.
  private var sockets: [Int32] = []

  /// Builds the collection in a new temporary folder.
  ///
  /// - Parameters:
  ///   - tinyFiles: how many tiny articles go under `many/` (10,000 by default).
  ///   - depth: how deep `deep/` nests (default: as deep as PATH_MAX allows).
  public init(tinyFiles: Int = 10_000, depth: Int? = nil) throws {
    let name = "lede-hostile-\(getpid())-\(UUID().uuidString.prefix(8))"
    root = FileManager.default.temporaryDirectory.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    try writeTextFiles()
    try writeEncodingFiles()
    try writeEscapeFiles()
    try writeOddNames()
    try writeSpecialFiles()
    try writeTinyFiles(tinyFiles)
    try writeDeepFolder(depth: depth ?? (4000 - root.path.utf8.count) / 2)
  }

  deinit {
    for descriptor in sockets { close(descriptor) }
    chmod(root.appendingPathComponent("locked").path, 0o755)
    try? FileManager.default.removeItem(at: root)
  }

  /// The full path of a relative name, as bytes.
  public func path(_ relative: [UInt8]) -> [UInt8] { Array(root.path.utf8) + [UInt8(ascii: "/")] + relative }

  /// Writes bytes at a relative path and records the outcome.
  public func write(_ relative: [UInt8], _ bytes: [UInt8], _ outcome: Outcome) throws {
    let full = path(relative)
    let descriptor = open(full.map { CChar(bitPattern: $0) } + [0], O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
    defer { close(descriptor) }
    var written = 0
    while written < bytes.count {
      let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      guard count > 0 else { throw CocoaError(.fileWriteUnknown) }
      written += count
    }
    entries.append((full, outcome))
  }

  public func write(_ relative: String, _ bytes: [UInt8], _ outcome: Outcome) throws {
    try write(Array(relative.utf8), bytes, outcome)
  }

  public func write(_ relative: String, _ text: String, _ outcome: Outcome = .loads) throws {
    try write(Array(relative.utf8), Array(text.utf8), outcome)
  }

  /// Records a path the builder made by other means (links, FIFOs, sockets).
  func record(_ relative: String, _ outcome: Outcome) {
    entries.append((path(Array(relative.utf8)), outcome))
  }

  func makeFolder(_ relative: String) throws {
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent(relative), withIntermediateDirectories: true)
  }
}

extension HostileCollection {
  private func writeTextFiles() throws {
    try write("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + Array(repeating: 0, count: 120), .refused)
    var random = SplitMix64(seed: 0x1ede)
    try write("noise.txt", (0..<4096).map { _ in UInt8(truncatingIfNeeded: random.next() | 1) }, .refused)
    try write("empty.txt", [], .refused)
    try write("whitespace.txt", " \t \n\n \r\n\u{0B}\u{0C}  \n", .refused)
    try write("nul.txt", Array(" date 2018-09-17 A NUL inside\n\nText".utf8) + [0] + Array(" more.\n".utf8), .refused)
    try write("header-only.txt", " date 2018-09-17 \n", .loadsOrRefused)
    try write("bad-date.txt", " date 2018-02-30 An impossible date\n\nText.\n")
    try write("long-word.txt", " date 2018-09-17 A long word\n\n" + String(repeating: "abcdefghij", count: 1000) + " end.\n")
    try write("many-lines.txt", " date 2018-09-17 Many lines\n\n" + String(repeating: "A line of text.\n\n", count: 20_000))
    try write(
      "rtl.txt",
      " date 2018-09-17 עיתון ערבית\n\nمرحبا بالعالم said the Minister Ahmad Khan. "
        + "\u{202E}txt.exe\u{202C} and \u{2067}isolate\u{2069} marks. שלום עולם.\n")
    try write(
      "combining.txt",
      " date 2018-09-17 Combining marks\n\nZ\u{0351}\u{036B}\u{0343}\u{036A}a\u{0302}\u{0308}\u{0301}l"
        + String(repeating: "\u{0301}", count: 500) + "go e\u{0301} Ame\u{0301}lie said \u{201C}n\u{0303}o\u{201D}.\n")
    try write(
      "emoji.txt",
      " date 2018-09-17 Emoji \u{2764}\u{FE0F} and families\n\n\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466} "
        + "\u{263A}\u{FE0E} \u{1F3F3}\u{FE0F}\u{200D}\u{1F308} \u{1F44D}\u{1F3FD} zero\u{200B}width\u{200C}joiner\u{200D}.\n")
    try write("wide.txt", " date 2018-09-17 北京会谈 東京\n\n中华人民共和国主席习近平在北京会见了普京。" + String(repeating: "漢", count: 3000) + "\n")
  }

  private func writeEncodingFiles() throws {
    let header = Array(" date 2018-09-16 Encoding ".utf8)
    try write(
      "invalid-utf8.txt", header + Array("bad\n\nBad ".utf8) + [0xC3, 0x28, 0xFF, 0xFE, 0x80, 0xE2, 0x82] + [0x0A], .loads)
    try write(
      "overlong.txt",
      header + Array("overlong\n\nSlash ".utf8) + [0xC0, 0xAF, 0xE0, 0x80, 0xAF, 0xF0, 0x80, 0x80, 0xAF]
        + [0xF8, 0x88, 0x80, 0x80, 0x80, 0xF4, 0x90, 0x80, 0x80, 0xC1, 0xBF] + Array(" end.\n".utf8), .loads)
    try write(
      "surrogates.txt",
      header + Array("surrogates\n\nLone ".utf8) + [0xED, 0xA0, 0x80, 0x20, 0xED, 0xBF, 0xBF]
        + Array(" pair ".utf8) + [0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80] + Array(".\n".utf8), .loads)
    try write("cr-only.txt", " date 2018-09-16 CR only\r\rFirst paragraph.\rSame paragraph.\r\rSecond.\r", .loads)
    try write("crlf.txt", " date 2018-09-16 CRLF\r\n\r\nFirst.\r\n\r\nSecond.\r\n", .loads)
    try write("mixed-endings.txt", " date 2018-09-16 Mixed\r\n\nOne.\r\rTwo.\n\r\nThree.\r", .loads)
    try write("bom-utf8.txt", [0xEF, 0xBB, 0xBF] + Array(" date 2018-09-16 With a BOM\n\nText.\n".utf8), .loads)
    try write("bom-only.txt", [0xEF, 0xBB, 0xBF], .loadsOrRefused)
    let utf16 = Array(" date 2018-09-16 UTF-16 text\n\nText.\n".utf16)
    try write("bom-utf16le.txt", [0xFF, 0xFE] + utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, .refused)
    try write("bom-utf16be.txt", [0xFE, 0xFF] + utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, .refused)
    try write("bom-utf32le.txt", [0xFF, 0xFE, 0, 0] + utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8), 0, 0] }, .refused)
  }

  private func writeEscapeFiles() throws {
    let esc = "\u{1B}"
    try write(
      "escapes.txt",
      " date 2018-09-15 \(esc)]0;PWNED\u{07}Escapes \(esc)[31mred\(esc)[0m\n\n"
        + "CSI \(esc)[2J\(esc)[H\(esc)[?1049l\(esc)[6n\(esc)[1;1'z cursor. OSC 52 \(esc)]52;c;ZXZpbA==\u{07} clipboard. "
        + "OSC 0 \(esc)]0;title\(esc)\\ title. OSC 8 \(esc)]8;;http://x\(esc)\\link\(esc)]8;;\(esc)\\. "
        + "DCS \(esc)P1$rEVIL\(esc)\\ SOS \(esc)Xs\(esc)\\ PM \(esc)^p\(esc)\\ APC \(esc)_a\(esc)\\ "
        + "two-byte \(esc)c\(esc)7\(esc)8\(esc)(0 nF \(esc)#8 keypad \(esc)= end.\n")
    try write(
      "c1.txt",
      Array(" date 2018-09-15 Eight-bit C1\n\nRaw ".utf8) + [0x9B, 0x33, 0x31, 0x6D] + Array(" OSC ".utf8)
        + [0x9D, 0x30, 0x3B, 0x78, 0x9C] + Array(" DCS ".utf8) + [0x90, 0x71, 0x9C] + Array(" encoded ".utf8)
        + [0xC2, 0x9B, 0x33, 0x31, 0x6D, 0xC2, 0x9D, 0x30, 0x3B, 0x78, 0x07, 0xC2, 0x85] + Array(" end.\n".utf8), .loads)
    try write(
      "unterminated.txt",
      " date 2018-09-15 Unterminated\n\nOSC \(esc)]0;" + String(repeating: "x", count: 10_000) + "\n\nCSI \(esc)["
        + String(repeating: "1;", count: 5000) + "\n\nEnd. \(esc)]52;c;")
    try write("only-escapes.txt", "\(esc)[2J\(esc)]0;x\u{07}\u{07}\u{08}\(esc)[H\n", .loadsOrRefused)
    try write(
      "controls.txt",
      " date 2018-09-15 Controls\u{08}\u{08}\u{08}\u{7F}\n\nBell\u{07} backspace\u{08} vertical tab\u{0B} form feed\u{0C} DEL\u{7F} \u{05}\u{1A}\u{1C}.\n"
    )
  }

  private func writeOddNames() throws {
    try write("new\nline.txt", " date 2018-09-14 A name with a newline\n\nText.\n")
    try write([0xFF, 0xFE, 0x2E, 0x74, 0x78, 0x74], Array(" date 2018-09-14 Invalid UTF-8 name\n\nText.\n".utf8), .loads)
    try write("\u{1B}]0;PWNED\u{07}\u{1B}[2J.txt", " date 2018-09-14 Escapes in the name\n\nText.\n")
    try write("tab\tand\u{9B}c1.txt", " date 2018-09-14 Tab and C1 in the name\n\nText.\n")
    try write("\u{202E}exe.txt", " date 2018-09-14 Right-to-left override in the name\n\nText.\n")
    try write(String(repeating: "n", count: 250) + ".txt", " date 2018-09-14 A long name\n\nText.\n")
    try write("skipped.bin", "not an article", .loadsOrRefused)
    try write(".hidden.txt", " date 2018-09-14 Hidden\n\nText.\n", .loadsOrRefused)
    entries.removeLast(2)  // neither is a candidate: wrong extension, hidden
  }

  private func writeSpecialFiles() throws {
    let fifo = root.appendingPathComponent("fifo.txt").path
    guard mkfifo(fifo, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
    record("fifo.txt", .refused)
    try bindSocket("socket.txt")
    record("socket.txt", .refused)
    for (name, target, outcome) in [
      ("loop.txt", "loop.txt", Outcome.refused), ("ping.txt", "pong.txt", .refused), ("pong.txt", "ping.txt", .refused),
      ("dangling.txt", "nowhere/at/all.txt", .refused), ("zero.txt", "/dev/zero", .refused),
      ("mem.txt", "/proc/self/mem", .refused), ("tty.txt", "/dev/tty", .refused), ("dirloop", ".", .refused),
      ("link-to-good.txt", "crlf.txt", .loadsOrRefused),
    ] {
      guard symlink(target, root.appendingPathComponent(name).path) == 0 else { throw CocoaError(.fileWriteUnknown) }
      record(name, outcome)
    }
    // The same file by two names is loaded once; either name may be reported.
    entries.removeLast()
    // Root reads these anyway; /proc/self/mem above is unreadable even for root.
    try write("unreadable.txt", " date 2018-09-13 Unreadable\n\nText.\n", .loadsOrRefused)
    chmod(root.appendingPathComponent("unreadable.txt").path, 0)
    try makeFolder("locked")
    try write("locked/secret.txt", " date 2018-09-13 Locked away\n\nText.\n", .loads)
    chmod(root.appendingPathComponent("locked").path, 0)
    if getuid() != 0 {
      entries.removeLast()
      record("locked", .refused)
    }
  }

  private func bindSocket(_ name: String) throws {
    let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
    sockets.append(descriptor)
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let path = Array(root.appendingPathComponent(name).path.utf8)
    guard path.count < MemoryLayout.size(ofValue: address.sun_path) else { throw CocoaError(.fileWriteUnknown) }
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      for (index, byte) in path.enumerated() { raw[index] = byte }
    }
    let result = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
    }
    guard result == 0 else { throw CocoaError(.fileWriteUnknown) }
  }

  private func writeTinyFiles(_ count: Int) throws {
    guard count > 0 else { return }
    try makeFolder("many")
    for index in 0..<count {
      let number = String(index).leftPadded(to: 5)
      let day = 1 + index % 28
      try write("many/t\(number).txt", " date 2018-03-\(day < 10 ? "0" : "")\(day) Tiny \(number)\n\nWord \(index).\n")
    }
  }

  /// Folders nested `depth` deep (one-letter names) with an article at the bottom.
  private func writeDeepFolder(depth: Int) throws {
    let relative = Array(repeating: "d", count: max(1, depth)).joined(separator: "/")
    try makeFolder(relative)
    try write(relative + "/bottom.txt", " date 2018-09-12 At the bottom\n\nDeep down.\n")
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
