import FuzzSupport
import NewsCore

/// ArticleParser on any bytes: it refuses or parses, and a parsed article keeps
/// its invariants (safe text, spans inside the file).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = FuzzChecks.bytes(data, size)
  if case .success(let article) = FuzzChecks.parse(bytes) {
    FuzzChecks.check(article, fileSize: size)
    let plain = ArticleListing.plainText(article)
    FuzzChecks.require(Sanitizer.isSafe(Array(plain.utf8)), "plain text is unsafe")
    _ = ArticleListing.json(article)
  }
  return 0
}

FuzzDriver.run { fuzz($0, $1) }
