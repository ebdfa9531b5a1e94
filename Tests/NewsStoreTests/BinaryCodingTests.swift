import NewsCore
import Testing

@testable import NewsStore

@Suite struct BinaryCodingTests {
  @Test(arguments: [0, 1, 63, 64, -64, -65, 127, 128, 300, Int.max, Int.min])
  func integersRoundTrip(value: Int) throws {
    var writer = BinaryWriter()
    writer.write(value)
    writer.write(UInt64(bitPattern: Int64(value)))
    let read = try writer.bytes.withUnsafeBytes { bytes in
      var reader = BinaryReader(bytes)
      return (try reader.readInt(), try reader.readUInt64(), reader.isAtEnd)
    }
    #expect(read == (value, UInt64(bitPattern: Int64(value)), true))
  }

  /// Every truncation and many single-byte changes of real blobs must throw or decode
  /// to something, never trap: a damaged cache row is a miss.
  @Test func damagedBlobsNeverTrap() throws {
    let entry = CacheFixtures.richEntry
    let (title, body, blob) = ArticleCoding.encode(entry.article)
    let analysis = AnalysisCoding.encode(entry.analysis ?? ArticleAnalysis())
    #expect(try decodeArticle(blob, title: title, body: body) == entry.article)
    var failures = 0
    for original in [blob, analysis] {
      for length in 0..<original.count {
        var damaged = Array(original.prefix(length))
        failures += decodes(damaged, title: title, body: body) ? 0 : 1
        damaged = original
        damaged[length] ^= 0x5A
        _ = decodes(damaged, title: title, body: body)
      }
    }
    #expect(failures == blob.count + analysis.count)  // no proper prefix decodes
  }

  private func decodeArticle(_ blob: [UInt8], title: String, body: String) throws -> Article {
    try blob.withUnsafeBytes { try ArticleCoding.decode(title: title, body: body, blob: $0) }
  }

  private func decodes(_ bytes: [UInt8], title: String, body: String) -> Bool {
    bytes.withUnsafeBytes { raw in
      (try? ArticleCoding.decode(title: title, body: body, blob: raw)) != nil || (try? AnalysisCoding.decode(raw)) != nil
    }
  }

  @Test func bodyWithWrongParagraphCountIsRejected() throws {
    let article = CacheFixtures.article("x", ["Headline", "one", "two"])
    let (title, body, blob) = ArticleCoding.encode(article)
    #expect(body == "Headline\none\ntwo")
    #expect(throws: BinaryDecodingError.self) { try decodeArticle(blob, title: title, body: "Headline\none") }
    #expect(throws: BinaryDecodingError.self) { try decodeArticle(blob, title: title, body: body + "\nthree") }
  }

  @Test func highlightMarkersGiveSpansPerParagraph() {
    #expect(
      HighlightMarkers.spans(in: "ab \u{1}cd\u{2} x\nef") == [TextSpan(paragraph: 0, start: 3, end: 5)])
    #expect(
      HighlightMarkers.spans(in: "ab \u{1}cd\nef\u{2} g\n\u{1}é\u{2}")
        == [
          TextSpan(paragraph: 0, start: 3, end: 5), TextSpan(paragraph: 1, start: 0, end: 2),
          TextSpan(paragraph: 2, start: 0, end: 2),
        ])
  }

  @Test(
    arguments: [
      ("talks", "\"talks\""), ("Sochi talks", "\"Sochi\" \"talks\""), ("krem*", "\"krem\"*"), ("\"a b\" c", "\"a b\" \"c\""),
      ("\"open phrase", "\"open phrase\""), ("say \"x\"\"y\"", "\"say\" \"x\" \"y\""), ("col:x", "\"col:x\""),
      ("AND ( OR", "\"AND\" \"OR\""), ("* \" ( ) :", nil), ("", nil), ("\"quoted*\"", "\"quoted*\""),
    ] as [(String, String?)])
  func queryExpressions(input: String, expected: String?) {
    #expect(FullTextQuery.expression(for: input) == expected)
  }
}
