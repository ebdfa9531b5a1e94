import Foundation

/// The entities of one article as they are found: each record collects its mentions
/// and the forms it was written in; `owner` says which record a token belongs to, so a
/// token is never claimed twice.
struct EntityTable {
  struct Record {
    var kind: EntityKind
    var placeType: PlaceType?
    /// The list's canonical name, for entries from the shipped lists.
    var listName: String?
    /// Every form used, with its token count; the fullest becomes the name.
    var forms: [(text: String, tokens: Int, capitals: Bool)] = []
    var mentions: [TextSpan] = []
  }

  private(set) var records: [Record] = []
  private var byKey: [String: Int] = [:]
  /// Per paragraph, per token: the record index, or -1.
  private(set) var owner: [[Int32]]

  init(_ article: ParsedArticle) {
    owner = article.paragraphs.map { [Int32](repeating: -1, count: $0.tokens.count) }
  }

  func record(forKey key: String) -> Int? { byKey[key] }

  func isFree(_ paragraph: Int, _ first: Int, _ last: Int) -> Bool {
    (first...last).allSatisfy { owner[paragraph][$0] < 0 }
  }

  func ownerOf(_ paragraph: Int, _ token: Int) -> Int? {
    let value = owner[paragraph][token]
    return value < 0 ? nil : Int(value)
  }

  /// The record for `key`, created with `kind` when new.
  mutating func recordIndex(key: String, kind: EntityKind, placeType: PlaceType?, listName: String? = nil) -> Int {
    if let index = byKey[key] { return index }
    records.append(Record(kind: kind, placeType: placeType, listName: listName))
    byKey[key] = records.count - 1
    return records.count - 1
  }

  /// Makes `key` another name of record `index`.
  mutating func alias(_ key: String, to index: Int) {
    if byKey[key] == nil { byKey[key] = index }
  }

  /// Adds a mention of record `index` covering tokens `first...last` (or `span` when the
  /// name is only part of a token, as "Russia" in "Russia-backed").
  mutating func add(
    _ index: Int, in article: ParsedArticle, paragraph: Int, _ first: Int, _ last: Int, span: TextSpan? = nil
  ) {
    guard isFree(paragraph, first, last) else { return }
    for token in first...last { owner[paragraph][token] = Int32(index) }
    let mentionSpan = span ?? article.span(paragraph, first, last)
    let text = String(article.paragraphs[paragraph].bytes[mentionSpan.start..<mentionSpan.end].decodedUTF8)
    let capitals = (first...last).allSatisfy { article.paragraphs[paragraph].tokens[$0].flags.contains(.allCaps) }
    records[index].forms.append((text, last - first + 1, capitals && text.count > 4))
    records[index].mentions.append(mentionSpan)
  }

  /// Adds a mention that is part of token `index`, which may hold several ("Turkey-Syria").
  mutating func addPart(_ index: Int, in article: ParsedArticle, paragraph: Int, _ token: Int, span: TextSpan) {
    owner[paragraph][token] = Int32(index)
    let text = String(article.paragraphs[paragraph].bytes[span.start..<span.end].decodedUTF8)
    records[index].forms.append((text, 1, false))
    records[index].mentions.append(span)
  }

  /// The finished entities of one kind, in order of first mention.
  func entities(of kind: EntityKind) -> [Entity] {
    records.filter { $0.kind == kind && !$0.mentions.isEmpty }
      .map { record in Entity(kind: kind, name: EntityTable.name(of: record), mentions: record.mentions.sorted()) }
      .sorted {
        ($0.mentions.first ?? TextSpan(paragraph: 0, start: 0, end: 0))
          < ($1.mentions.first ?? TextSpan(paragraph: 0, start: 0, end: 0))
      }
  }

  /// The fullest form used: most tokens, then not written in capitals, then longest,
  /// then first used. A list entry only ever written in capitals ("WASHINGTON") takes
  /// the list's name; another such name is title-cased ("WOODSIDE" is "Woodside").
  static func name(of record: Record) -> String {
    guard var best = record.forms.first else { return record.listName ?? "" }
    for form in record.forms.dropFirst() {
      if (form.tokens, form.capitals ? 0 : 1, form.text.utf8.count) > (best.tokens, best.capitals ? 0 : 1, best.text.utf8.count) {
        best = form
      }
    }
    return best.capitals ? record.listName ?? best.text.capitalized : best.text
  }
}

extension ArraySlice where Element == UInt8 {
  var decodedUTF8: String { String(decoding: self, as: UTF8.self) }
}
