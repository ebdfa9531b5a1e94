import ArgumentParser
import Foundation
import NCursesTerminal
import NewsCore
import ReaderUI
import Settings
import TermGrid

/// `lede [PATH...]`: opens the interactive reader.
struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read",
    abstract: "Open the interactive reader on files and folders (the default command).",
    discussion: """
      With no path, reads the settings' default-path, or the current folder. Keys: press ? inside lede. \
      Settings: `lede config --default` prints a commented settings file.
      """
  )

  @Argument(help: "Article files or folders (default: the current folder).", completion: .file())
  var paths: [String] = []

  @OptionGroup var loading: LoadingOptions

  @Flag(name: .customLong("monochrome"), help: "Draw without colours (also when NO_COLOR is set).")
  var monochrome = false

  @Flag(
    inversion: .prefixedNo,
    help: "Turn the mouse on (click rows and panes, scroll with the wheel) or off; default: the settings' mouse, off.")
  var mouse: Bool?

  @OptionGroup var settingsOptions: SettingsOptions

  func run() throws {
    let (settings, diagnostics) = settingsOptions.load()
    let roots = paths.isEmpty ? [settings.defaultPath ?? "."] : paths
    let backend: NCursesBackend
    do {
      backend = try NCursesBackend.start(options: NCursesOptions(monochrome: monochrome, mouse: mouse ?? settings.mouse))
    } catch {
      FileHandle.standardError.write(Data("lede: \(error.description)\n".utf8))
      throw ExitCode(2)
    }
    var state = AppState(
      collectionName: CollectionName.of(roots), collection: AnalyzedCollection(articles: []), viewport: backend.size,
      keyMap: settings.keyMap)
    state.layoutSettings = settings.layout
    state.loading = LoadingState(phase: "Loading", done: 0, total: 0)
    if !diagnostics.isEmpty {
      let count = diagnostics.count
      let file = settingsOptions.url.lastPathComponent
      state.message = StatusMessage(
        text: "\(count) mistake\(count == 1 ? "" : "s") in \(file) (lede config --check lists them)", isWarning: true)
    }
    let inbox = ActionInbox()
    let loader = BackgroundLoader(roots: roots, options: loading.options(defaultSizeLimit: settings.sizeLimit))
    loader.start(inbox: inbox)
    let theme = settings.theme(monochrome: backend.isMonochrome)
    let reason = RunLoop(theme: theme, perform: loader.perform).run(&state, on: backend, inbox: inbox)
    backend.stop()
    switch reason {
    case .quit, .endOfInput: return
    case .signal(let signal): throw ExitCode(signal.exitStatus)
    }
  }
}

/// Options every command that loads articles shares.
struct LoadingOptions: ParsableArguments {
  @Option(
    name: .customLong("size-limit"),
    help: "Refuse files larger than this many bytes (default: \(LoadOptions().sizeLimit), or the settings' size-limit).")
  var sizeLimit: Int?

  /// The load options: `defaultSizeLimit` applies when `--size-limit` is not given.
  func options(defaultSizeLimit: Int? = nil) -> LoadOptions {
    var options = LoadOptions()
    if let limit = sizeLimit ?? defaultSizeLimit { options.sizeLimit = limit }
    return options
  }

  /// Loads the paths; on a terminal, large folders show progress on standard error.
  /// `defaultSizeLimit` applies when `--size-limit` is not given.
  func load(_ paths: [String], showProgress: Bool, defaultSizeLimit: Int? = nil) -> LoadReport {
    let options = options(defaultSizeLimit: defaultSizeLimit)
    let progress: (@Sendable (Int, Int) -> Void)? = showProgress ? ProgressLine.report : nil
    let report = ArticleLoader(options: options).load(paths: paths, progress: progress)
    if showProgress { ProgressLine.finish() }
    return report
  }
}

/// A one-line progress display on standard error for big folders.
enum ProgressLine {
  @Sendable static func report(done: Int, total: Int) {
    guard total >= 2000, done % 500 == 0 || done == total else { return }
    FileHandle.standardError.write(Data("\rlede: loading \(done)/\(total) files".utf8))
  }

  static func finish() {
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}

enum CollectionName {
  /// "seeds" for one folder, "3 paths" for several.
  static func of(_ paths: [String]) -> String {
    guard paths.count == 1, let path = paths.first else { return "\(paths.count) paths" }
    let url = URL(fileURLWithPath: path).standardizedFileURL
    return Sanitizer.displayString(url.lastPathComponent.isEmpty ? path : url.lastPathComponent)
  }
}

extension TerminalSignal {
  /// The conventional exit status for a process ended by this signal.
  var exitStatus: Int32 {
    switch self {
    case .interrupt: return 130
    case .terminate: return 143
    case .hangup: return 129
    }
  }
}
