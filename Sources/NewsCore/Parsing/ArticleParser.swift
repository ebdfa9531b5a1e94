/// Turns the bytes of one file into an ``Article``. Pure: no I/O, so tests and
/// fuzzers can call it with any bytes.
public enum ArticleParser {
  /// Parses a file's bytes.
  ///
  /// Refuses binary, empty and whitespace-only input; repairs the rest (BOM, CRLF,
  /// invalid UTF-8, control characters, escape sequences) and lists each repair in
  /// ``Article/warnings``. `modificationDate` dates a file without a header.
  /// Complexity: O(n) in the number of bytes.
  public static func parse(
    bytes: [UInt8], path: String, relativePath: String, id: String, modificationDate: CalendarDate?
  ) -> Result<Article, ArticleLoadError> {
    if bytes.isEmpty { return .failure(.empty(path: path)) }
    if let reason = BinaryDetector.reason(bytes) { return .failure(.binary(path: path, reason: reason)) }
    let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    var output = MappedOutput(capacity: bytes.count, start: hasBOM ? 3 : 0)
    let counts = bytes.withUnsafeBufferPointer { Sanitizer.scan($0, from: hasBOM ? 3 : 0, into: &output) }
    output.map.add(text: output.bytes.count, file: bytes.count)  // the end, after a last U+FFFD too
    let layout = LineLayout(output.bytes)
    var groups = layout.paragraphs
    var warnings = repairWarnings(counts: counts, hasBOM: hasBOM, longLines: layout.longLines)

    var date: CalendarDate?
    var dateSource = DateSource.header
    if let firstLine = groups.first?.first, let header = DateHeader(output.bytes, line: firstLine) {
      date = header.date
      if header.date == nil { warnings.append(.invalidDate(header.token)) }
      groups[0][0] = header.restStart..<firstLine.upperBound
      if groups[0][0].isEmpty { groups[0].removeFirst() }
      if groups[0].isEmpty { groups.removeFirst() }
    } else {
      warnings.append(.noDateHeader)
    }
    if date == nil {
      date = modificationDate
      dateSource = modificationDate == nil ? .unknown : .file
    }
    guard !groups.isEmpty else { return .failure(.empty(path: path)) }

    let assembler = TextAssembler(bytes: output.bytes, map: output.map)
    var paragraphs = groups.enumerated().map { number, lines in
      paragraph(lines, assembler: assembler, mayBeSubheading: number > 0)
    }
    let titleIsHeadline = TitleRules.isHeadline(paragraphs[0].text)
    var title: String
    if titleIsHeadline {
      paragraphs[0].kind = .headline
      title = paragraphs[0].text
    } else {
      title = TitleRules.derivedTitle(fromLead: paragraphs[0].text)
    }
    title = title.replacingTabs()
    let article = Article(
      id: id, path: path, relativePath: relativePath, date: date, dateSource: dateSource, title: title,
      titleIsHeadline: titleIsHeadline, dateline: dateline(in: paragraphs), paragraphs: paragraphs,
      warnings: warnings, byteCount: bytes.count, contentHash: fnv1a(bytes),
      wordCount: paragraphs.reduce(0) { $0 + WordCounter.count($1.text) })
    return .success(article)
  }

  private static func repairWarnings(counts: Sanitizer.Counts, hasBOM: Bool, longLines: Int) -> [LoadWarning] {
    var warnings: [LoadWarning] = []
    if hasBOM { warnings.append(.byteOrderMark) }
    if counts.invalidUTF8 > 0 { warnings.append(.invalidUTF8(count: counts.invalidUTF8)) }
    switch (counts.crlf > 0, counts.cr > 0) {
    case (true, true): warnings.append(.lineEndings(.mixed))
    case (true, false): warnings.append(.lineEndings(.crlf))
    case (false, true): warnings.append(.lineEndings(.cr))
    case (false, false): break
    }
    if counts.escapeSequences > 0 { warnings.append(.escapeSequences(count: counts.escapeSequences)) }
    if counts.controlCharacters > 0 { warnings.append(.controlCharacters(count: counts.controlCharacters)) }
    if longLines > 0 { warnings.append(.longLines(count: longLines)) }
    return warnings
  }

  /// A body paragraph, or a subheading when it is one line like `- Mass exodus fears -`.
  private static func paragraph(_ lines: [Range<Int>], assembler: TextAssembler, mayBeSubheading: Bool) -> Paragraph {
    if mayBeSubheading, lines.count == 1, let inner = subheadingText(assembler.bytes, lines[0]) {
      let (text, map) = assembler.assemble([inner])
      return Paragraph(kind: .subheading, text: text, sourceMap: map)
    }
    let (text, map) = assembler.assemble(lines)
    return Paragraph(kind: .body, text: text, sourceMap: map)
  }

  /// The most words a subheading may have.
  static let maximumSubheadingWords = 12

  /// The text between the dashes of `- Text -` (also `–`, `—`, `--`): short, with
  /// a blank inside each dash and at least one letter or digit.
  static func subheadingText(_ bytes: [UInt8], _ line: Range<Int>) -> Range<Int>? {
    let slice = bytes[line]
    guard let open = dashes.first(where: { slice.starts(with: $0) }),
      let close = dashes.first(where: { slice.reversed().starts(with: $0.reversed()) }),
      open.count + close.count < slice.count
    else { return nil }
    let innerStart = line.lowerBound + open.count
    let innerEnd = line.upperBound - close.count
    guard LineLayout.isBlank(bytes[innerStart]), LineLayout.isBlank(bytes[innerEnd - 1]) else { return nil }
    let inner = LineLayout.trimmed(bytes, innerStart..<innerEnd)
    guard bytes[inner].contains(where: { $0.isLetterByte || (0x30...0x39).contains($0) }),
      bytes[inner].split(separator: 0x20).count <= maximumSubheadingWords
    else { return nil }
    return inner
  }

  /// Em dash, en dash, double and single hyphen, longest first.
  private static let dashes: [[UInt8]] = [[0xE2, 0x80, 0x94], [0xE2, 0x80, 0x93], [0x2D, 0x2D], [0x2D]]

  private static func dateline(in paragraphs: [Paragraph]) -> Dateline? {
    guard let index = paragraphs.firstIndex(where: { $0.kind == .body }),
      let found = DatelineDetector.detect(in: paragraphs[index].text)
    else { return nil }
    return Dateline(text: found.text, span: TextSpan(paragraph: index, start: 0, end: found.end))
  }

  /// 64-bit FNV-1a.
  static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01B3
    }
    return hash
  }
}
