/// Builds paragraph texts from ranges of sanitized text, carrying the source map.
///
/// The sanitized text of a whole file comes with one ``SourceMap`` from its
/// offsets to file offsets; a paragraph is some of its line ranges joined with a
/// single space, and gets its own map, from paragraph offsets to file offsets.
struct TextAssembler {
  /// The sanitized bytes of the whole file.
  let bytes: [UInt8]
  /// Sanitized-text offsets to file offsets.
  let map: SourceMap

  /// The file offset of an offset in the sanitized text.
  func fileOffset(_ offset: Int) -> Int { map.fileOffset(forTextOffset: offset) }

  /// The segments joined with single spaces, and their map. A joining space maps
  /// to the line break (or trailing blank) that follows its segment in the file.
  func assemble(_ segments: [Range<Int>]) -> (text: String, map: SourceMap) {
    var text: [UInt8] = []
    text.reserveCapacity(segments.reduce(0) { $0 + $1.count + 1 })
    var paragraphMap = SourceMap(fileStart: fileOffset(segments.first?.lowerBound ?? 0))
    for (number, segment) in segments.enumerated() {
      if number > 0 {
        paragraphMap.add(text: text.count, file: fileOffset(segments[number - 1].upperBound))
        text.append(0x20)
      }
      paragraphMap.add(text: text.count, file: fileOffset(segment.lowerBound))
      for point in breakpoints(inside: segment) {
        paragraphMap.add(text: text.count + point.text - segment.lowerBound, file: point.file)
      }
      text.append(contentsOf: bytes[segment])
    }
    // The end maps exactly even when the last scalar is a U+FFFD of another length.
    if let last = segments.last { paragraphMap.add(text: text.count, file: fileOffset(last.upperBound)) }
    return (String(decoding: text, as: UTF8.self), paragraphMap)
  }

  /// The whole-file breakpoints strictly inside a range, in order.
  private func breakpoints(inside range: Range<Int>) -> ArraySlice<SourceMap.Breakpoint> {
    let points = map.breakpoints
    let low = points.partitionPoint { $0.text > range.lowerBound }
    var upper = low
    while upper < points.count, points[upper].text < range.upperBound { upper += 1 }
    return points[low..<upper]
  }
}
