import NewsCore

/// One line of the sidebar.
public struct SidebarRow: Equatable, Sendable {
  public var label: String
  public var value: String
  public var role: Role

  public init(label: String = "", value: String, role: Role = .normal) {
    self.label = label
    self.value = value
    self.role = role
  }
}

/// A titled block of the sidebar. The sidebar is a list of sections; features add
/// their own (facts now; people, places, events and quotes later).
public struct SidebarSection: Equatable, Sendable {
  public var title: String
  public var rows: [SidebarRow]

  public init(title: String, rows: [SidebarRow]) {
    self.title = title
    self.rows = rows
  }
}

/// What the sidebar shows for the open article.
enum SidebarContent {
  static func sections(for state: AppState) -> [SidebarSection] {
    guard let article = state.openArticle else {
      return [SidebarSection(title: "Collection", rows: [SidebarRow(value: "No articles", role: .dim)])]
    }
    return [facts(of: article)]
  }

  /// Sections flattened into lines: a title line per section, its rows, a blank.
  static func rows(for state: AppState) -> [SidebarRow] {
    var rows: [SidebarRow] = []
    for section in sections(for: state) {
      if !rows.isEmpty { rows.append(SidebarRow(value: "")) }
      rows.append(SidebarRow(value: section.title, role: .heading))
      rows += section.rows
    }
    return rows
  }

  static func facts(of article: Article) -> SidebarSection {
    var rows: [SidebarRow] = []
    switch article.dateSource {
    case .header: rows.append(SidebarRow(label: "Date", value: article.date?.iso ?? "?", role: .date))
    case .file: rows.append(SidebarRow(label: "Date", value: "\(article.date?.iso ?? "?") (file date)", role: .dim))
    case .unknown: rows.append(SidebarRow(label: "Date", value: "unknown", role: .dim))
    }
    rows.append(SidebarRow(label: "Title", value: article.titleIsHeadline ? "headline" : "derived from the lead"))
    if let dateline = article.dateline { rows.append(SidebarRow(label: "Dateline", value: dateline.text)) }
    let body = article.paragraphs.filter { $0.kind == .body }.count
    rows.append(SidebarRow(label: "Words", value: String(article.wordCount)))
    rows.append(SidebarRow(label: "Paragraphs", value: String(body)))
    rows.append(SidebarRow(label: "Reading", value: "\(article.readingMinutes) min"))
    rows.append(SidebarRow(label: "File", value: article.relativePath, role: .dim))
    rows.append(SidebarRow(label: "Size", value: "\(article.byteCount) bytes", role: .dim))
    for warning in article.warnings {
      rows.append(SidebarRow(label: "Warning", value: warning.summary, role: .warning))
    }
    return SidebarSection(title: "Article", rows: rows)
  }
}
