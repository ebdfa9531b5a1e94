import Foundation

/// A folder of bad inputs for the end-to-end tests.
enum HostileFolder {
  /// Text that must never reach the terminal: the payloads of `escapes.txt`.
  static let payloadMarkers = ["]0;PWNED", "]52;c;", "P1$rEVIL", "[31mRED", "[2J", "]8;;http"]

  static func make() throws -> URL {
    let name = "lede-hostile-\(getpid())-\(UUID().uuidString.prefix(8))"
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    func write(_ name: String, _ bytes: [UInt8]) throws {
      try Data(bytes).write(to: folder.appendingPathComponent(name))
    }
    try write("good.txt", Array(" date 2018-09-17 A perfectly normal headline\n\nA normal paragraph about talks.\n".utf8))
    try write("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 3] + Array(repeating: 0, count: 64))
    try write("empty.txt", [])
    try write(
      "invalid.txt",
      Array(" date 2018-09-16 Invalid bytes inside\n\nBad ".utf8) + [0xC3, 0x28, 0xFF, 0xFE] + Array(" bytes here.\n".utf8))
    try write("crlf.txt", Array(" date 2018-09-15 Windows line endings\r\n\r\nFirst paragraph.\r\n\r\nSecond.\r\n".utf8))
    let escape = "\u{1B}"
    let escapes =
      " date 2018-09-14 escapes headline\n\nTitle \(escape)]0;PWNED\u{07} clipboard \(escape)]52;c;ZXZpbA==\u{07} "
      + "dcs \(escape)P1$rEVIL\(escape)\\ colour \(escape)[31mRED\(escape)[0m clear \(escape)[2J\(escape)[H "
      + "link \(escape)]8;;http://x\(escape)\\ c1 \u{9B}31m end.\n"
    try write("escapes.txt", Array(escapes.utf8))
    let fifo = folder.appendingPathComponent("fifo.txt").path
    guard mkfifo(fifo, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
    return folder
  }
}
