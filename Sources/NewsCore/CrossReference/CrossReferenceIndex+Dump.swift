extension CrossReferenceIndex {
  /// A deterministic text listing of the index for snapshot tests: entities and events
  /// shared by two or more articles, near-duplicate groups, and each article's related
  /// ranking with scores rounded to 3 decimals. Articles are named by `articles[i].id`
  /// (by index when `articles` does not match the index).
  public func dump(articles: [Article]) -> String {
    func name(_ index: Int) -> String { articles.count == articleCount ? articles[index].id : "#\(index)" }
    func list(_ indexes: [Int]) -> String { indexes.map(name).joined(separator: ", ") }
    let overlap = sharedAcrossCollection(minimumArticles: 2)
    var lines = ["articles: \(articleCount)", "entities shared by 2 or more articles:"]
    for entity in overlap.entities {
      lines.append("  \(entity.key.kind.rawValue) \(entity.name) [\(entity.key.key)]: \(list(entity.articles))")
    }
    lines.append("events shared by 2 or more articles:")
    for event in overlap.events { lines.append("  \(event.label): \(list(event.articles))") }
    lines.append("near-duplicate groups:")
    for group in duplicateGroups { lines.append("  \(list(group))") }
    lines.append("related:")
    for article in 0..<articleCount {
      lines.append("  \(name(article)):")
      for related in related(to: article, limit: RankingParameters.keptPerArticle) {
        var line = "    \(name(related.article)) score \(Self.rounded(related.score))"
        line += " similarity \(Self.rounded(related.similarity))"
        if let days = related.dayDistance { line += " days \(days)" }
        lines.append(line)
        let shared = [
          ("people", related.sharedPeople), ("events", related.sharedEvents), ("places", related.sharedPlaces),
          ("organizations", related.sharedOrganizations), ("duplicates", related.duplicates.map(name)),
        ]
        for (title, names) in shared where !names.isEmpty {
          lines.append("      \(title): \(names.joined(separator: ", "))")
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A non-negative value with exactly three decimals, without locale or float formatting.
  static func rounded(_ value: Double) -> String {
    let thousandths = Int((max(0, value) * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
  }
}
