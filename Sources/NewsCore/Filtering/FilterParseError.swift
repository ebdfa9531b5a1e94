/// Why a filter did not parse, and where: `expected a value after person: at column 8`.
public struct FilterParseError: Error, Hashable, Sendable, CustomStringConvertible {
  /// 1-based, in characters of the input, where the problem is (one past the end for
  /// something missing at the end).
  public var column: Int
  /// What is wrong, without the column.
  public var message: String

  public init(column: Int, message: String) {
    self.column = column
    self.message = message
  }

  /// The message with its column.
  public var description: String { "\(message) at column \(column)" }

  /// An error at a UTF-8 byte offset of `input`, counted in characters.
  static func at(_ offset: Int, in input: [UInt8], _ message: String) -> FilterParseError {
    let prefix = input[..<min(max(0, offset), input.count)]
    return FilterParseError(column: String(decoding: prefix, as: UTF8.self).count + 1, message: message)
  }
}
