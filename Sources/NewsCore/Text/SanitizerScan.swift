// The scanning core of ``Sanitizer``: one forward pass over UTF-8 bytes.

extension Sanitizer {
  /// Scans `input[start...]`, appending what is kept to `output`.
  /// Complexity: O(n); every byte is looked at a bounded number of times.
  static func scan<Output: SanitizedOutput>(
    _ input: UnsafeBufferPointer<UInt8>, from start: Int, into output: inout Output
  ) -> Counts {
    var counts = Counts()
    var index = start
    let end = input.count
    while index < end {
      let byte = input[index]
      if byte >= 0x20, byte < 0x7F {
        output.append(byte, source: index)
        index += 1
        continue
      }
      switch byte {
      case 0x09, 0x0A:
        output.append(byte, source: index)
        index += 1
      case 0x0D:
        output.append(0x0A, source: index)
        if index + 1 < end, input[index + 1] == 0x0A {
          counts.crlf += 1
          index += 2
        } else {
          counts.cr += 1
          index += 1
        }
      case 0x1B:
        counts.escapeSequences += 1
        index = endOfEscape(input, at: index)
      case 0x00..<0x20, 0x7F:
        counts.controlCharacters += 1
        index += 1
      case 0x80...0x9F:
        // A raw 8-bit C1 control: not part of any valid UTF-8 sequence here.
        index = skipControl(byte, input, after: index + 1, counts: &counts)
      default:
        let length = validSequenceLength(input, at: index)
        if length > 0 {
          if byte == 0xC2, input[index + 1] <= 0x9F {
            index = skipControl(input[index + 1], input, after: index + 2, counts: &counts)
          } else {
            for offset in index..<(index + length) { output.append(input[offset], source: offset) }
            index += length
          }
        } else {
          counts.invalidUTF8 += 1
          for replacement: UInt8 in [0xEF, 0xBF, 0xBD] { output.append(replacement, source: index) }
          index += max(1, -length)
        }
      }
    }
    return counts
  }

  /// Skips a C1 control (`0x80...0x9F`) whose encoding ends before `next`,
  /// with the sequence it introduces, if any. Returns where scanning resumes.
  private static func skipControl(
    _ control: UInt8, _ input: UnsafeBufferPointer<UInt8>, after next: Int, counts: inout Counts
  ) -> Int {
    switch control {
    case 0x9B:
      counts.escapeSequences += 1
      return endOfControlSequence(input, from: next)
    case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
      counts.escapeSequences += 1
      return endOfControlString(input, from: next)
    default:
      counts.controlCharacters += 1
      return next
    }
  }

  /// Where the escape sequence starting with the ESC at `index` ends.
  private static func endOfEscape(_ input: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let next = index + 1
    guard next < input.count else { return next }
    switch input[next] {
    case UInt8(ascii: "["):
      return endOfControlSequence(input, from: next + 1)
    case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_"):
      return endOfControlString(input, from: next + 1)
    case 0x20...0x2F:
      // nF: intermediates, then one final byte.
      var cursor = next
      let limit = min(input.count, index + maximumSequenceLength)
      while cursor < limit, (0x20...0x2F).contains(input[cursor]) { cursor += 1 }
      if cursor < limit, (0x30...0x7E).contains(input[cursor]) { cursor += 1 }
      return cursor
    case 0x30...0x7E:
      return next + 1
    default:
      return next  // a lone ESC: drop it, keep what follows
    }
  }

  /// The end of a CSI sequence whose parameters start at `start`: parameter bytes,
  /// intermediate bytes, one final byte. A malformed sequence ends before the
  /// offending byte, which is then scanned as usual.
  private static func endOfControlSequence(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    let limit = min(input.count, start + maximumSequenceLength)
    var cursor = start
    while cursor < limit, (0x30...0x3F).contains(input[cursor]) { cursor += 1 }
    while cursor < limit, (0x20...0x2F).contains(input[cursor]) { cursor += 1 }
    if cursor < limit, (0x40...0x7E).contains(input[cursor]) { cursor += 1 }
    return cursor
  }

  /// The end of an OSC, DCS, SOS, PM or APC string whose payload starts at `start`.
  ///
  /// Ends after BEL, ST (`ESC \`, `0x9C`, `C2 9C`), CAN or SUB; before a line
  /// break or another ESC; or after ``maximumSequenceLength`` bytes.
  private static func endOfControlString(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    let limit = min(input.count, start + maximumSequenceLength)
    var cursor = start
    while cursor < limit {
      switch input[cursor] {
      case 0x07, 0x18, 0x1A, 0x9C:
        return cursor + 1
      case 0x0A, 0x0D:
        return cursor
      case 0x1B:
        if cursor + 1 < input.count, input[cursor + 1] == UInt8(ascii: "\\") { return cursor + 2 }
        return cursor
      case 0xC2 where cursor + 1 < input.count && input[cursor + 1] == 0x9C:
        return cursor + 2
      default:
        cursor += 1
      }
    }
    return cursor
  }

  /// The length of the valid UTF-8 sequence at `index` (lead byte `0xC0...0xFF`),
  /// or minus the length of its maximal invalid subpart (at least 1).
  static func validSequenceLength(_ input: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let lead = input[index]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: length = 3; low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: length = 3; high = 0x9F
    case 0xF0: length = 4; low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4: length = 4; high = 0x8F
    default: return -1
    }
    for position in 1..<length {
      let offset = index + position
      guard offset < input.count, (low...high).contains(input[offset]) else { return -position }
      low = 0x80
      high = 0xBF
    }
    return length
  }
}
