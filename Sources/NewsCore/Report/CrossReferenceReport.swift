/// `lede xref` and `lede related` output.
public enum CrossReferenceReport {
  /// What articles share: one line (or JSON object) per entity or event.
  public static func lines(_ overlap: CollectionOverlap, articles: [Article], json: Bool) -> [String] {
    func ids(_ indexes: [Int]) -> [String] { indexes.map { articles[$0].id } }
    var lines: [String] = []
    for entity in overlap.entities {
      if json {
        lines.append(
          JSONValue.object([
            ("kind", .string(entity.key.kind.rawValue)), ("name", .string(entity.name)),
            ("articles", .array(ids(entity.articles).map(JSONValue.string))),
          ]).text)
      } else {
        lines.append(
          fields([entity.key.kind.rawValue, entity.name, "\(entity.articles.count)", ids(entity.articles).joined(separator: " ")])
        )
      }
    }
    for event in overlap.events {
      if json {
        lines.append(
          JSONValue.object([
            ("kind", .string("event")), ("what", .string(event.key.what)),
            ("where", event.key.place.map(JSONValue.string) ?? .null),
            ("date", event.key.date.map { .string($0.iso) } ?? .null), ("name", .string(event.label)),
            ("articles", .array(ids(event.articles).map(JSONValue.string))),
          ]).text)
      } else {
        lines.append(fields(["event", event.label, "\(event.articles.count)", ids(event.articles).joined(separator: " ")]))
      }
    }
    return lines
  }

  /// Tab-separated fields, each made safe to print.
  public static func fields(_ values: [String]) -> String {
    values.map(Sanitizer.displayString).joined(separator: "\t")
  }

  /// Related articles, best first, with their score and what they share.
  public static func related(_ related: [RelatedArticle], articles: [Article], json: Bool) -> [String] {
    related.map { link in
      let other = articles[link.article]
      if json {
        let names = { (list: [String]) in JSONValue.array(list.map(JSONValue.string)) }
        return JSONValue.object([
          ("id", .string(other.id)), ("path", .string(other.path)), ("date", other.date.map { .string($0.iso) } ?? .null),
          ("title", .string(other.title)), ("score", .number(link.score)), ("similarity", .number(link.similarity)),
          ("people", names(link.sharedPeople)), ("events", names(link.sharedEvents)),
          ("places", names(link.sharedPlaces)), ("organizations", names(link.sharedOrganizations)),
        ]).text
      }
      let score = JSONValue.formatNumber(link.score)
      var lines = [fields([score, other.id, other.date?.iso ?? "----------", other.title])]
      let shared = link.sharedPeople + link.sharedEvents + link.sharedPlaces + link.sharedOrganizations
      if !shared.isEmpty { lines.append("\t" + Sanitizer.displayString("shares: " + shared.joined(separator: ", "))) }
      return lines.joined(separator: "\n")
    }
  }
}
