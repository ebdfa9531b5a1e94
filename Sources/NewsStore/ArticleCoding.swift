import NewsCore

/// Stores an ``Article`` in three parts: its title and its paragraphs' text joined
/// with newlines (plain columns, which the full-text index reads), and everything
/// else as a compact binary blob. Paragraph text never holds a newline (the loader
/// sanitizes it); should one ever do, the blob carries the texts itself.
enum ArticleCoding {
  /// Bumped whenever the blob layout changes; the cache's format version includes it.
  static let version: UInt64 = 1

  /// The stored parts of `article`.
  static func encode(_ article: Article) -> (title: String, body: String, blob: [UInt8]) {
    let body = article.paragraphs.map(\.text).joined(separator: "\n")
    let textsInline = article.paragraphs.contains { $0.text.utf8.contains(UInt8(ascii: "\n")) }
    var writer = BinaryWriter(capacity: 64 + article.paragraphs.count * 8)
    writer.write(version)
    writer.write(textsInline)
    writer.write(article.id)
    writer.write(article.path)
    writer.write(article.relativePath)
    writer.write(article.date) { $0.write($1.daysSinceEpoch) }
    writer.write(code(article.dateSource))
    writer.write(article.titleIsHeadline)
    writer.write(article.dateline) { writer, dateline in
      writer.write(dateline.text)
      writer.write(dateline.span)
    }
    writer.write(article.paragraphs) { writer, paragraph in
      writer.write(code(paragraph.kind))
      if textsInline { writer.write(paragraph.text) }
      writer.write(paragraph.sourceMap.breakpoints) { writer, point in
        writer.write(point.text)
        writer.write(point.file)
      }
    }
    writer.write(article.warnings) { $0.write($1) }
    writer.write(article.byteCount)
    writer.write(article.contentHash)
    writer.write(article.wordCount)
    return (article.title, body, writer.bytes)
  }

  /// The article stored as `title`, `body` and `blob`.
  static func decode(title: String, body: String, blob: UnsafeRawBufferPointer) throws -> Article {
    var reader = BinaryReader(blob)
    guard try reader.readUInt64() == version else { throw BinaryDecodingError(reason: "article format") }
    let textsInline = try reader.readBool()
    let id = try reader.readString()
    let path = try reader.readString()
    let relativePath = try reader.readString()
    let date = try reader.readOptional { CalendarDate(daysSinceEpoch: try $0.readInt()) }
    let dateSource = try dateSource(try reader.readInt())
    let titleIsHeadline = try reader.readBool()
    let dateline = try reader.readOptional { reader in Dateline(text: try reader.readString(), span: try reader.readSpan()) }
    let paragraphs = try readParagraphs(&reader, texts: textsInline ? nil : lines(of: body))
    let warnings = try reader.readArray { try $0.readWarning() }
    let byteCount = try reader.readInt()
    let contentHash = try reader.readUInt64()
    let wordCount = try reader.readInt()
    guard reader.isAtEnd else { throw BinaryDecodingError(reason: "trailing bytes") }
    return Article(
      id: id, path: path, relativePath: relativePath, date: date, dateSource: dateSource, title: title,
      titleIsHeadline: titleIsHeadline, dateline: dateline, paragraphs: paragraphs, warnings: warnings,
      byteCount: byteCount, contentHash: contentHash, wordCount: wordCount)
  }

  /// The paragraphs, with their texts from `texts` (the body's lines), or from the
  /// blob when `texts` is nil.
  private static func readParagraphs(_ reader: inout BinaryReader, texts: [String]?) throws -> [Paragraph] {
    var index = 0
    let paragraphs = try reader.readArray { reader in
      let kind = try kind(try reader.readInt())
      let text: String
      if let texts {
        guard index < texts.count else { throw BinaryDecodingError(reason: "paragraph count") }
        text = texts[index]
      } else {
        text = try reader.readString()
      }
      index += 1
      let breakpoints = try reader.readArray { reader in (try reader.readInt(), try reader.readInt()) }
      guard let first = breakpoints.first, first.0 == 0 else { throw BinaryDecodingError(reason: "source map") }
      var map = SourceMap(fileStart: first.1)
      for point in breakpoints.dropFirst() { map.add(text: point.0, file: point.1) }
      return Paragraph(kind: kind, text: text, sourceMap: map)
    }
    // An article without paragraphs stores an empty body, which is one empty line.
    guard let texts, !paragraphs.isEmpty else { return paragraphs }
    guard index == texts.count else { throw BinaryDecodingError(reason: "paragraph count") }
    return paragraphs
  }

  /// `text` split at every newline, working on UTF-8 bytes.
  private static func lines(of text: String) -> [String] {
    var text = text
    return text.withUTF8 { bytes in
      var lines: [String] = []
      var start = 0
      for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
        lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self))
        start = offset + 1
      }
      lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
      return lines
    }
  }

  private static func code(_ kind: Paragraph.Kind) -> Int {
    switch kind {
    case .body: return 0
    case .headline: return 1
    case .subheading: return 2
    }
  }

  private static func kind(_ code: Int) throws -> Paragraph.Kind {
    switch code {
    case 0: return .body
    case 1: return .headline
    case 2: return .subheading
    default: throw BinaryDecodingError(reason: "paragraph kind \(code)")
    }
  }

  static func code(_ source: DateSource) -> Int {
    switch source {
    case .header: return 0
    case .file: return 1
    case .unknown: return 2
    }
  }

  static func dateSource(_ code: Int) throws -> DateSource {
    switch code {
    case 0: return .header
    case 1: return .file
    case 2: return .unknown
    default: throw BinaryDecodingError(reason: "date source \(code)")
    }
  }
}

extension BinaryWriter {
  mutating func write(_ span: TextSpan) {
    write(span.paragraph)
    write(span.start)
    write(span.end - span.start)
  }

  mutating func write(_ warning: LoadWarning) {
    switch warning {
    case .invalidUTF8(let count): write(0); write(count)
    case .byteOrderMark: write(1)
    case .lineEndings(let ending): write(2); write(ending.rawValue)
    case .controlCharacters(let count): write(3); write(count)
    case .escapeSequences(let count): write(4); write(count)
    case .noDateHeader: write(5)
    case .invalidDate(let text): write(6); write(text)
    case .longLines(let count): write(7); write(count)
    }
  }
}

extension BinaryReader {
  mutating func readSpan() throws -> TextSpan {
    let paragraph = try readInt()
    let start = try readInt()
    return TextSpan(paragraph: paragraph, start: start, end: start + (try readInt()))
  }

  mutating func readWarning() throws -> LoadWarning {
    let tag = try readInt()
    switch tag {
    case 0: return .invalidUTF8(count: try readInt())
    case 1: return .byteOrderMark
    case 2: return .lineEndings(try readEnum(LoadWarning.LineEnding.self))
    case 3: return .controlCharacters(count: try readInt())
    case 4: return .escapeSequences(count: try readInt())
    case 5: return .noDateHeader
    case 6: return .invalidDate(try readString())
    case 7: return .longLines(count: try readInt())
    default: throw BinaryDecodingError(reason: "warning \(tag)")
    }
  }
}
