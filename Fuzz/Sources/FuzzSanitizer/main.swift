import FuzzSupport
import NewsCore

/// The Sanitizer on any bytes: its output is safe, sanitizing it again changes
/// nothing, and the String forms agree.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = FuzzChecks.bytes(data, size)
  let (clean, _) = Sanitizer.sanitize(bytes)
  FuzzChecks.require(Sanitizer.isSafe(clean), "sanitized bytes are unsafe")
  FuzzChecks.require(Sanitizer.sanitize(clean).bytes == clean, "sanitizing is not idempotent")
  let text = Sanitizer.sanitize(String(decoding: bytes, as: UTF8.self))
  FuzzChecks.require(Sanitizer.isSafe(Array(text.utf8)), "sanitized string is unsafe")
  let display = Sanitizer.displayString(String(decoding: bytes, as: UTF8.self))
  FuzzChecks.require(Sanitizer.isSafe(Array(display.utf8)), "display string is unsafe")
  FuzzChecks.require(!display.utf8.contains(0x0A), "display string has a newline")
  return 0
}

FuzzDriver.run { fuzz($0, $1) }
