import NewsCore
import Testing

@Suite struct SourceMapTests {
  /// Every scalar of every paragraph maps to the same scalar in the file, except
  /// joining spaces (which map to a line break or blank) and U+FFFD (which maps to
  /// the invalid bytes it replaced).
  func expectEveryScalarMaps(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws {
    let article = try parsed(bytes)
    for paragraph in article.paragraphs {
      let text = Array(paragraph.text.utf8)
      var offset = 0
      for scalar in paragraph.text.unicodeScalars {
        let encoded = Array(String(scalar).utf8)
        let file = paragraph.sourceMap.fileOffset(forTextOffset: offset)
        if scalar == "\u{FFFD}" {
          #expect(file < bytes.count && bytes[file] >= 0x80, sourceLocation: sourceLocation)
        } else if scalar == " ", bytes.indices.contains(file), bytes[file] != 0x20 {
          #expect(
            [0x0A, 0x0D, 0x09].contains(bytes[file]), "space at \(offset) maps to \(bytes[file])", sourceLocation: sourceLocation)
        } else {
          #expect(
            Array(bytes[file..<min(bytes.count, file + encoded.count)]) == encoded, "\(paragraph.text) at \(offset)",
            sourceLocation: sourceLocation)
        }
        offset += encoded.count
      }
      #expect(offset == text.count)
    }
  }

  @Test func plainParagraphHasOneBreakpoint() throws {
    let text = " date 2018-09-17 Title\n\nOne paragraph on one line.\n"
    let article = try parsed(text)
    #expect(article.paragraphs[1].sourceMap.breakpoints == [.init(text: 0, file: 24)])
    #expect(article.paragraphs[0].sourceMap.fileOffset(forTextOffset: 0) == 17)
  }

  @Test func spanMapsToTheSameTextInTheFile() throws {
    let text = " date 2018-09-17 Talks on Syria´s Idlib\n\nMoscow -Russian President\nVladimir Putin met Erdogan.\n"
    let article = try parsed(text)
    let body = article.paragraphs[1].text
    let start = try #require(body.utf8.firstIndex(of: UInt8(ascii: "V")))
    let offset = body.utf8.distance(from: body.utf8.startIndex, to: start)
    let span = TextSpan(paragraph: 1, start: offset, end: offset + "Vladimir Putin".utf8.count)
    let range = article.sourceRange(of: span)
    #expect(String(decoding: Array(text.utf8)[range], as: UTF8.self) == "Vladimir Putin")
    #expect(article.text(of: span) == "Vladimir Putin")
  }

  @Test func byteOrderMarkShiftsByThree() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(" date 2018-09-17 Title\n\nBody.".utf8)
    let article = try parsed(bytes)
    #expect(article.paragraphs[0].sourceMap.fileOffset(forTextOffset: 0) == 20)
    #expect(article.paragraphs[1].sourceMap.fileOffset(forTextOffset: 0) == 27)
    try expectEveryScalarMaps(bytes)
  }

  @Test func crlfLinesJoin() throws {
    let bytes = Array(" date 2018-09-17 Title\r\n\r\nfirst line\r\nsecond line\r\n".utf8)
    let article = try parsed(bytes)
    let map = article.paragraphs[1].sourceMap
    #expect(article.paragraphs[1].text == "first line second line")
    #expect(map.fileOffset(forTextOffset: 0) == 26)
    #expect(map.fileOffset(forTextOffset: 10) == 36)  // the space: the CR of the line break
    #expect(map.fileOffset(forTextOffset: 11) == 38)  // "second"
    try expectEveryScalarMaps(bytes)
  }

  @Test func invalidBytesAndEscapes() throws {
    // "ab" FF "c" ESC[31m "d" C2 85 "é" ESC]0;t BEL "f"
    let bytes: [UInt8] =
      Array(" date 2018-09-17 Title\n\nab".utf8) + [0xFF, 0x63, 0x1B, 0x5B, 0x33, 0x31, 0x6D, 0x64, 0xC2, 0x85, 0xC3, 0xA9]
      + Array("\u{1B}]0;t\u{07}f".utf8)
    let article = try parsed(bytes)
    let paragraph = article.paragraphs[1]
    #expect(paragraph.text == "ab\u{FFFD}cdéf")
    let start = 24
    let expected = [(0, start), (2, start + 2), (5, start + 3), (6, start + 9), (7, start + 12), (9, start + 20)]
    for (text, file) in expected {
      #expect(paragraph.sourceMap.fileOffset(forTextOffset: text) == file, "text offset \(text)")
    }
    try expectEveryScalarMaps(bytes)
  }

  @Test func subheadingAndDatelineMap() throws {
    let bytes = Array(" date 2018-09-17 Title\n\nMoscow -Body text.\n\n  - Fears grow -  \n\nMore.".utf8)
    let article = try parsed(bytes)
    #expect(article.paragraphs[2].sourceMap.fileOffset(forTextOffset: 0) == 48)  // the F of "Fears"
    let dateline = try #require(article.dateline)
    #expect(Array(bytes[article.sourceRange(of: dateline.span)]) == Array("Moscow -".utf8))
    try expectEveryScalarMaps(bytes)
  }

  @Test func randomDocumentsMapEveryScalar() throws {
    var generator = SplitMix64Stream(seed: 42)
    let pieces: [[UInt8]] = [
      Array("word ".utf8), Array("Idlib".utf8), [0x0D, 0x0A], [0x0A], [0x0A, 0x0A], [0x0D], [0x09], [0xFF], [0xC3, 0xA9],
      Array("\u{1B}[1m".utf8), Array("\u{1B}]52;c;x\u{07}".utf8), [0x9B, 0x32, 0x4A], [0xC2, 0x85], [0xE2, 0x80, 0x9C],
      Array("  ".utf8),
      Array("- Sub -".utf8), [0xE2, 0x82],
    ]
    for _ in 0..<300 {
      var bytes = Array(" date 2018-09-17 Title\n\n".utf8)
      for _ in 0..<Int(generator.next() % 40) { bytes += pieces[Int(generator.next() % UInt64(pieces.count))] }
      bytes += Array("end".utf8)
      try expectEveryScalarMaps(bytes)
    }
  }
}
