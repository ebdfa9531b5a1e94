import ArgumentParser
import Foundation
import Settings

/// `lede config`: the settings file's place, its default text, and a check.
struct ConfigCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config",
    abstract: "Print the default settings file, or check yours.",
    discussion: """
      Without options, prints where the settings file is read from. \
      `lede config --default > ~/.config/lede/config.toml` starts a settings file.
      """
  )

  @Flag(name: .customLong("default"), help: "Print a settings file with every setting at its default, commented.")
  var printDefault = false

  @Flag(name: .customLong("check"), help: "Report every mistake in the settings file; exit 1 when there is one.")
  var check = false

  @OptionGroup var settings: SettingsOptions

  func validate() throws {
    if printDefault && check { throw ValidationError("Use --default or --check, not both.") }
  }

  func run() throws {
    if printDefault {
      print(LedeSettings.defaultFileText(), terminator: "")
      return
    }
    let url = settings.url
    let exists = FileManager.default.fileExists(atPath: url.path)
    guard check else {
      print(url.path + (exists ? "" : " (not there: lede uses the defaults)"))
      return
    }
    let (_, diagnostics) = LedeSettings.load(from: url)
    for diagnostic in diagnostics { Console.error(diagnostic.description) }
    if !diagnostics.isEmpty { throw ExitCode(1) }
    print(exists ? "\(url.path): no mistakes" : "\(url.path) does not exist: lede uses the defaults")
  }
}

/// Where the settings come from, for every command that reads them.
struct SettingsOptions: ParsableArguments {
  @Option(
    name: .customLong("config"),
    help: ArgumentHelp(
      "The settings file (default: $XDG_CONFIG_HOME/lede/config.toml or ~/.config/lede/config.toml).",
      valueName: "file"),
    completion: .file(extensions: ["toml"]))
  var path: String?

  var url: URL { path.map { URL(fileURLWithPath: $0) } ?? LedeSettings.defaultURL() }

  /// The settings, with each mistake written to standard error.
  func load() -> (LedeSettings, [SettingsDiagnostic]) {
    let (settings, diagnostics) = LedeSettings.load(from: url)
    for diagnostic in diagnostics { Console.error(diagnostic.description) }
    return (settings, diagnostics)
  }
}
