import FuzzSupport
import NewsCore

/// The filter parser on any text: it never crashes, and whatever parses prints
/// back to a filter that parses to the same expression.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = String(decoding: FuzzChecks.bytes(data, size), as: UTF8.self)
  guard case .success(let expression) = FilterQuery.parse(text) else { return 0 }
  guard case .success(let again) = FilterQuery.parse(expression.description) else {
    FuzzChecks.require(false, "a parsed filter does not print back to a valid one")
    return 0
  }
  FuzzChecks.require(again == expression, "printing and parsing a filter changes it")
  return 0
}

FuzzDriver.run { fuzz($0, $1) }
