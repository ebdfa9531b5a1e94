import NewsCore

/// Stores an ``ArticleAnalysis`` as a compact binary blob (see ``BinaryWriter``).
enum AnalysisCoding {
  /// Bumped whenever the blob layout changes; the cache's format version includes it.
  static let version: UInt64 = 1

  static func encode(_ analysis: ArticleAnalysis) -> [UInt8] {
    var writer = BinaryWriter(capacity: 512)
    writer.write(version)
    for entities in [analysis.people, analysis.places, analysis.organizations] {
      writer.write(entities) { writer, entity in
        writer.write(entity.kind.rawValue)
        writer.write(entity.name)
        writer.write(entity.mentions) { $0.write($1) }
      }
    }
    writer.write(analysis.dates) { writer, mention in
      writer.write(mention.text)
      writer.write(mention.value)
      writer.write(mention.span)
    }
    writer.write(analysis.events) { writer, event in
      writer.write(event.what)
      writer.write(event.place) { $0.write($1) }
      writer.write(event.date) { $0.write($1) }
      writer.write(event.participants) { $0.write($1) }
      writer.write(event.span)
    }
    writer.write(analysis.quotes) { $0.write($1) }
    return writer.bytes
  }

  static func decode(_ blob: UnsafeRawBufferPointer) throws -> ArticleAnalysis {
    var reader = BinaryReader(blob)
    guard try reader.readUInt64() == version else { throw BinaryDecodingError(reason: "analysis format") }
    var lists: [[Entity]] = []
    for _ in 0..<3 {
      lists.append(
        try reader.readArray { reader in
          Entity(
            kind: try reader.readEnum(EntityKind.self), name: try reader.readString(),
            mentions: try reader.readArray { try $0.readSpan() })
        })
    }
    let dates = try reader.readArray { reader in
      DateMention(text: try reader.readString(), value: try reader.readDateValue(), span: try reader.readSpan())
    }
    let events = try reader.readArray { reader in
      Event(
        what: try reader.readString(), place: try reader.readOptional { try $0.readString() },
        date: try reader.readOptional { try $0.readDateValue() }, participants: try reader.readArray { try $0.readString() },
        span: try reader.readSpan())
    }
    let quotes = try reader.readArray { try $0.readQuote() }
    guard reader.isAtEnd else { throw BinaryDecodingError(reason: "trailing bytes") }
    return ArticleAnalysis(
      people: lists[0], places: lists[1], organizations: lists[2], dates: dates, events: events, quotes: quotes)
  }
}

extension BinaryWriter {
  mutating func write(_ value: DateValue) {
    write(value.year)
    write(value.month) { $0.write($1) }
    write(value.day) { $0.write($1) }
  }

  mutating func write(_ quote: Quote) {
    write(quote.text)
    write(quote.spans) { $0.write($1) }
    write(quote.speaker) { $0.write($1) }
    write(quote.speakerKind) { $0.write($1.rawValue) }
    write(quote.speakerSpan) { $0.write($1) }
    write(quote.verb) { $0.write($1) }
    write(quote.verbSpan) { $0.write($1) }
    write(quote.isFragment)
    write(quote.confidence)
  }
}

extension BinaryReader {
  mutating func readDateValue() throws -> DateValue {
    DateValue(year: try readInt(), month: try readOptional { try $0.readInt() }, day: try readOptional { try $0.readInt() })
  }

  mutating func readQuote() throws -> Quote {
    Quote(
      text: try readString(), spans: try readArray { try $0.readSpan() }, speaker: try readOptional { try $0.readString() },
      speakerKind: try readOptional { try $0.readEnum(EntityKind.self) }, speakerSpan: try readOptional { try $0.readSpan() },
      verb: try readOptional { try $0.readString() }, verbSpan: try readOptional { try $0.readSpan() },
      isFragment: try readBool(), confidence: try readDouble())
  }
}
