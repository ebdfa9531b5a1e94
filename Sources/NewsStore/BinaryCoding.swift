/// Appends values to a compact byte buffer: LEB128 varints (zigzag for signed
/// values), strings as a length and their UTF-8 bytes.
///
/// The cache stores articles this way rather than as JSON: it is several times
/// smaller and faster to decode (see docs/DECISIONS.md).
struct BinaryWriter {
  private(set) var bytes: [UInt8] = []

  init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

  mutating func write(_ value: UInt64) {
    var value = value
    while value >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
      value >>= 7
    }
    bytes.append(UInt8(value))
  }

  mutating func write(_ value: Int) {
    let signed = Int64(value)
    write(UInt64(bitPattern: (signed << 1) ^ (signed >> 63)))
  }

  mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

  mutating func write(_ value: String) {
    var value = value
    value.withUTF8 { utf8 in
      write(utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }

  mutating func write(_ value: Double) { write(value.bitPattern) }

  /// A presence byte, then the value when there is one.
  mutating func write<T>(_ value: T?, _ body: (inout BinaryWriter, T) -> Void) {
    write(value != nil)
    if let value { body(&self, value) }
  }

  /// A count, then each element.
  mutating func write<T>(_ values: [T], _ body: (inout BinaryWriter, T) -> Void) {
    write(values.count)
    for value in values { body(&self, value) }
  }
}

/// Why a stored blob could not be decoded: the entry is treated as missing.
struct BinaryDecodingError: Error, Hashable {
  var reason: String
}

/// Reads what ``BinaryWriter`` wrote, checking every bound: a damaged blob throws,
/// it never crashes.
struct BinaryReader {
  private let bytes: UnsafeRawBufferPointer
  private var position = 0

  init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

  var isAtEnd: Bool { position == bytes.count }

  mutating func readUInt64() throws -> UInt64 {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard position < bytes.count, shift < 64 else { throw BinaryDecodingError(reason: "bad varint at \(position)") }
      let byte = bytes[position]
      position += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
  }

  mutating func readInt() throws -> Int {
    let raw = try readUInt64()
    return Int(Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
  }

  /// A non-negative count no larger than the bytes left (each element takes at least one).
  mutating func readCount() throws -> Int {
    let count = try readInt()
    guard count >= 0, count <= bytes.count - position else { throw BinaryDecodingError(reason: "bad count \(count)") }
    return count
  }

  mutating func readBool() throws -> Bool {
    guard position < bytes.count else { throw BinaryDecodingError(reason: "truncated") }
    position += 1
    switch bytes[position - 1] {
    case 0: return false
    case 1: return true
    default: throw BinaryDecodingError(reason: "bad flag at \(position - 1)")
    }
  }

  mutating func readString() throws -> String {
    let count = try readCount()
    let slice = UnsafeRawBufferPointer(rebasing: bytes[position..<position + count])
    position += count
    return String(decoding: slice, as: UTF8.self)
  }

  mutating func readDouble() throws -> Double { Double(bitPattern: try readUInt64()) }

  mutating func readOptional<T>(_ body: (inout BinaryReader) throws -> T) throws -> T? {
    try readBool() ? body(&self) : nil
  }

  mutating func readArray<T>(_ body: (inout BinaryReader) throws -> T) throws -> [T] {
    let count = try readCount()
    var values: [T] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try body(&self)) }
    return values
  }

  /// A raw value of an enum stored as its `rawValue` string.
  mutating func readEnum<T: RawRepresentable>(_ type: T.Type) throws -> T where T.RawValue == String {
    let raw = try readString()
    guard let value = T(rawValue: raw) else { throw BinaryDecodingError(reason: "unknown \(T.self) \(raw)") }
    return value
  }
}
