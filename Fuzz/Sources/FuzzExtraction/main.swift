import FuzzSupport
import NewsCore

/// Entity and quote extraction on whatever the parser makes of any bytes: every
/// span they report lies inside its paragraph and maps inside the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard case .success(let article) = FuzzChecks.parse(FuzzChecks.bytes(data, size)) else { return 0 }
  let analysis = ArticleAnalyzer.analyze(article)
  var spans: [TextSpan] = []
  for entity in analysis.people + analysis.places + analysis.organizations {
    FuzzChecks.require(!entity.name.isEmpty, "an entity without a name")
    spans += entity.mentions
  }
  spans += analysis.dates.map(\.span) + analysis.events.map(\.span)
  for quote in analysis.quotes {
    spans += quote.spans + [quote.speakerSpan, quote.verbSpan].compactMap { $0 }
    FuzzChecks.require(quote.confidence >= 0 && quote.confidence <= 1, "confidence outside 0...1")
  }
  for span in spans { FuzzChecks.check(span, in: article, fileSize: size) }
  return 0
}

FuzzDriver.run { fuzz($0, $1) }
