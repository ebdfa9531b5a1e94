import Foundation
import ReaderUI
import TOMLKit

/// What the settings file (`$XDG_CONFIG_HOME/lede/config.toml`) changes: keys,
/// colours, layout, the default collection, the size limit and the mouse.
public struct LedeSettings: Equatable, Sendable {
  /// The key table with the file's bindings applied.
  public var keyMap: KeyMap
  /// Changes to the theme's style per role (see ``theme(monochrome:)``).
  public var colours: [Role: StyleOverride]
  public var layout: LayoutSettings
  /// What `lede` opens when no path is given (`~` expanded); nil: the current folder.
  public var defaultPath: String?
  /// Refuse files larger than this many bytes; nil: the built-in limit.
  public var sizeLimit: Int?
  /// Whether clicks and the wheel work (off unless the file or `--mouse` says so).
  public var mouse: Bool

  public init(
    keyMap: KeyMap = .standard, colours: [Role: StyleOverride] = [:], layout: LayoutSettings = .standard,
    defaultPath: String? = nil, sizeLimit: Int? = nil, mouse: Bool = false
  ) {
    self.keyMap = keyMap
    self.colours = colours
    self.layout = layout
    self.defaultPath = defaultPath
    self.sizeLimit = sizeLimit
    self.mouse = mouse
  }

  /// Every setting at its default: what lede uses without a settings file.
  public static let standard = LedeSettings()

  /// The colour or monochrome theme with the file's colours applied.
  public func theme(monochrome: Bool) -> Theme {
    (monochrome ? Theme.monochrome : Theme.colour).applying(colours)
  }

  /// Reads the settings file. A missing file gives the defaults and no
  /// diagnostics; a file that cannot be read or is not TOML gives the defaults and
  /// one diagnostic; otherwise every mistake is reported and its entry keeps its
  /// default. Diagnostics come in line order.
  public static func load(from url: URL) -> (LedeSettings, [SettingsDiagnostic]) {
    let name = url.lastPathComponent
    guard FileManager.default.fileExists(atPath: url.path) else { return (.standard, []) }
    // Through a file handle: FileManager refuses devices, and `--config /dev/null`
    // is a fair way to ask for the defaults.
    guard let handle = FileHandle(forReadingAtPath: url.path), let data = try? handle.readToEnd() ?? Data() else {
      return (.standard, [SettingsDiagnostic(file: name, line: nil, message: "cannot read the settings; using the defaults")])
    }
    guard let text = String(data: data, encoding: .utf8) else {
      return (.standard, [SettingsDiagnostic(file: name, line: nil, message: "not UTF-8 text; using the default settings")])
    }
    return parse(text, fileName: name)
  }

  /// Parses settings text; `fileName` names the file in diagnostics.
  public static func parse(_ text: String, fileName: String = "config.toml") -> (LedeSettings, [SettingsDiagnostic]) {
    let root: TOMLTable
    do {
      root = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      let message = "not valid TOML: \(error.description); using the default settings"
      return (.standard, [SettingsDiagnostic(file: fileName, line: error.source.begin.line, message: message)])
    } catch {
      return (.standard, [SettingsDiagnostic(file: fileName, line: nil, message: "not valid TOML; using the default settings")])
    }
    var parser = SettingsParser(file: fileName, lines: SourceLines(text))
    parser.parse(root)
    let ordered = parser.diagnostics.enumerated().sorted {
      ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset)
    }
    return (parser.settings, ordered.map(\.element))
  }

  /// Where the settings file lives: `$XDG_CONFIG_HOME/lede/config.toml`, or
  /// `~/.config/lede/config.toml` when that variable is unset, empty or relative.
  public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
    let base: URL
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      base = URL(fileURLWithPath: config, isDirectory: true)
    } else {
      let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSHomeDirectory()
      base = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".config", isDirectory: true)
    }
    return base.appendingPathComponent("lede", isDirectory: true).appendingPathComponent("config.toml")
  }
}
