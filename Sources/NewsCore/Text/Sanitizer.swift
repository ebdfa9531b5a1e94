/// The one place where text from files is made safe for a terminal.
///
/// Every byte of article text, every title and every file name that reaches the
/// screen passes through here. Works on UTF-8 bytes in one linear pass:
///
/// - control characters are removed: C0 except tab and newline, DEL, and C1
///   (U+0080–U+009F) both UTF-8 encoded and as raw 8-bit bytes;
/// - escape sequences are removed whole: CSI (`ESC [` … final byte), OSC
///   (`ESC ]` … BEL or ST), DCS, SOS, PM and APC strings (`ESC P`, `ESC X`,
///   `ESC ^`, `ESC _` … ST), two-byte and `nF` ESC sequences, and the 8-bit
///   introducers CSI `0x9B`, OSC `0x9D`, DCS `0x90`, SOS `0x98`, PM `0x9E`, APC `0x9F`;
/// - CRLF and lone CR become LF (a CR would move the cursor);
/// - invalid UTF-8 becomes U+FFFD, one per maximal invalid subpart.
///
/// An unterminated string sequence ends at the end of its line, at the next ESC or
/// after ``maximumSequenceLength`` bytes, so it never swallows unbounded text.
/// Whatever is not removed is still scanned, so text can never move the cursor,
/// change colours, set the window title or write the clipboard (OSC 52).
public enum Sanitizer {
  /// The longest escape sequence removed whole; longer ones end there.
  public static let maximumSequenceLength = 4096

  /// What a sanitizing pass removed or repaired.
  public struct Counts: Hashable, Sendable {
    public var controlCharacters = 0
    public var escapeSequences = 0
    public var invalidUTF8 = 0
    /// CRLF pairs turned into LF.
    public var crlf = 0
    /// Lone CRs turned into LF.
    public var cr = 0

    public init() {}
  }

  /// Sanitized bytes and what was removed.
  public static func sanitize(_ bytes: [UInt8]) -> (bytes: [UInt8], counts: Counts) {
    var output = ByteOutput()
    output.bytes.reserveCapacity(bytes.count)
    let counts = bytes.withUnsafeBufferPointer { scan($0, from: 0, into: &output) }
    return (output.bytes, counts)
  }

  /// The text with escape sequences, control characters (but tab and newline) and
  /// carriage returns removed.
  public static func sanitize(_ text: String) -> String {
    var copy = text
    let clean = copy.withUTF8 { buffer -> String? in
      guard buffer.contains(where: { $0 < 0x20 || $0 >= 0x7F }) else { return nil }
      var output = ByteOutput()
      output.bytes.reserveCapacity(buffer.count)
      _ = scan(buffer, from: 0, into: &output)
      return String(decoding: output.bytes, as: UTF8.self)
    }
    return clean ?? text
  }

  /// True when the bytes hold nothing a terminal would act on: no C0 control but
  /// tab and newline, no DEL, no C1 (encoded or raw), and valid UTF-8.
  public static func isSafe(_ bytes: some Sequence<UInt8>) -> Bool {
    var previous: UInt8 = 0
    for byte in bytes {
      if byte < 0x20, byte != 0x09, byte != 0x0A { return false }
      if byte == 0x7F { return false }
      if previous == 0xC2, (0x80...0x9F).contains(byte) { return false }
      previous = byte
    }
    return String(validating: Array(bytes), as: UTF8.self) != nil
  }

  /// A one-line form of a name for display: control characters become visible
  /// placeholders (`^[` for ESC, `^J` for newline, `^?` for DEL, `�` for C1)
  /// instead of vanishing, so a file name stays recognisable but inert.
  public static func displayString(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 < 0x20 || $0 >= 0x7F }) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x00..<0x20:
        result.append("^")
        result.append(Unicode.Scalar(UInt8(scalar.value) + 0x40))
      case 0x7F:
        result.append(contentsOf: "^?".unicodeScalars)
      case 0x80...0x9F:
        result.append("\u{FFFD}")
      default:
        result.append(scalar)
      }
    }
    return String(result)
  }
}

/// Receives the bytes a sanitizing pass keeps, with their offsets in the input.
protocol SanitizedOutput {
  mutating func append(_ byte: UInt8, source: Int)
}

/// Collects kept bytes only.
struct ByteOutput: SanitizedOutput {
  var bytes: [UInt8] = []
  mutating func append(_ byte: UInt8, source: Int) { bytes.append(byte) }
}

/// Collects kept bytes and a map from their offsets back to input offsets.
struct MappedOutput: SanitizedOutput {
  var bytes: [UInt8] = []
  var map: SourceMap

  init(capacity: Int, start: Int) {
    bytes.reserveCapacity(capacity)
    map = SourceMap(fileStart: start)
  }

  mutating func append(_ byte: UInt8, source: Int) {
    // Breakpoints only at scalar starts: offsets inside a scalar mean nothing.
    if byte & 0xC0 != 0x80 { map.add(text: bytes.count, file: source) }
    bytes.append(byte)
  }
}
