import ReaderUI
import TOMLKit

extension SettingsParser {
  /// The narrowest text pane the width settings may leave with three panes.
  static let minimumTextColumns = 20

  /// `[layout]`: thresholds, pane widths and the panes shown.
  mutating func parseLayout(_ value: any TOMLValueConvertible, at path: [String]) {
    guard let table = value.table else {
      expected(path, "a table of layout settings", found: value)
      return
    }
    var layout = settings.layout
    for (name, entry) in entries(of: table, at: path) {
      let entryPath = path + [name]
      switch name {
      case "three-pane-columns":
        layout.threePaneMinimumColumns = columns(entry, at: entryPath) ?? layout.threePaneMinimumColumns
      case "two-pane-columns":
        layout.twoPaneMinimumColumns = columns(entry, at: entryPath) ?? layout.twoPaneMinimumColumns
      case "list-width": layout.listWidth = paneWidth(entry, at: entryPath, default: layout.listWidth)
      case "sidebar-width": layout.sidebarWidth = paneWidth(entry, at: entryPath, default: layout.sidebarWidth)
      case "two-pane-list-width":
        layout.twoPaneListWidth = paneWidth(entry, at: entryPath, default: layout.twoPaneListWidth)
      case "panes": layout.panes = panes(entry, at: entryPath) ?? layout.panes
      default:
        let known = "three-pane-columns, two-pane-columns, list-width, sidebar-width, two-pane-list-width, panes"
        report(entryPath, "unknown setting '\(name)' in [layout]; expected one of: \(known)")
      }
    }
    settings.layout = checked(layout, at: path)
  }

  /// The thresholds and widths must fit together; each pair that does not goes
  /// back to its defaults.
  private mutating func checked(_ layout: LayoutSettings, at path: [String]) -> LayoutSettings {
    var layout = layout
    let standard = LayoutSettings.standard
    if layout.twoPaneMinimumColumns > layout.threePaneMinimumColumns {
      report(
        path + ["two-pane-columns"],
        "layout: two-pane-columns (\(layout.twoPaneMinimumColumns)) is more than three-pane-columns "
          + "(\(layout.threePaneMinimumColumns)); using the defaults for both")
      layout.twoPaneMinimumColumns = standard.twoPaneMinimumColumns
      layout.threePaneMinimumColumns = standard.threePaneMinimumColumns
    }
    let columns = layout.threePaneMinimumColumns
    let text = columns - layout.listWidth.columns(of: columns) - layout.sidebarWidth.columns(of: columns) - 2
    if text < Self.minimumTextColumns || layout.listWidth.percent + layout.sidebarWidth.percent > 80 {
      report(
        path + ["list-width"],
        "layout: list-width and sidebar-width leave the text too little room (under \(Self.minimumTextColumns) "
          + "columns at \(columns), or over 80 percent together); using the defaults for both")
      layout.listWidth = standard.listWidth
      layout.sidebarWidth = standard.sidebarWidth
    }
    return layout
  }

  private mutating func columns(_ value: any TOMLValueConvertible, at path: [String]) -> Int? {
    let range = Layout.minimumSize.columns...1000
    guard let number = value.int, range.contains(number) else {
      expected(path, "a number of columns from \(range.lowerBound) to \(range.upperBound)", found: value)
      return nil
    }
    return number
  }

  /// `{ percent = 28, minimum = 34, maximum = 56 }`; parts left out keep `current`.
  private mutating func paneWidth(
    _ value: any TOMLValueConvertible, at path: [String], default current: LayoutSettings.PaneWidth
  ) -> LayoutSettings.PaneWidth {
    guard let table = value.table else {
      expected(path, "a table such as { percent = 28, minimum = 34, maximum = 56 }", found: value)
      return current
    }
    var width = current
    for (name, part) in entries(of: table, at: path) {
      let partPath = path + [name]
      let range = name == "percent" ? 5...90 : 10...500
      guard ["percent", "minimum", "maximum"].contains(name) else {
        report(partPath, "unknown field '\(name)' in layout.\(path[path.count - 1]); expected percent, minimum or maximum")
        continue
      }
      guard let number = part.int, range.contains(number) else {
        expected(partPath, "a whole number from \(range.lowerBound) to \(range.upperBound)", found: part)
        continue
      }
      switch name {
      case "percent": width.percent = number
      case "minimum": width.minimum = number
      default: width.maximum = number
      }
    }
    guard width.minimum <= width.maximum else {
      report(
        path,
        "\(path.joined(separator: ".")): minimum (\(width.minimum)) is more than maximum (\(width.maximum)); using the default")
      return current
    }
    return width
  }

  private mutating func panes(_ value: any TOMLValueConvertible, at path: [String]) -> Set<PaneID>? {
    let names = PaneID.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
    guard let texts = strings(value, at: path, expecting: "a list of panes from \(names)") else { return nil }
    var panes: Set<PaneID> = []
    for text in texts {
      guard let pane = PaneID(rawValue: text) else {
        report(path, "unknown pane '\(text)' in layout.panes; expected any of: \(names)")
        return nil
      }
      panes.insert(pane)
    }
    guard panes.contains(.text) else {
      report(path, "layout.panes: expected a list that includes \"text\", found \(texts)")
      return nil
    }
    return panes
  }
}
