import ArgumentParser
import Foundation
import NCursesTerminal
import NewsCore
import ReaderUI
import TermGrid

/// `lede [PATH...]`: opens the interactive reader.
struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read",
    abstract: "Open the interactive reader on files and folders (the default command).",
    discussion: "With no path, reads the current folder. Keys: press ? inside lede."
  )

  @Argument(help: "Article files or folders (default: the current folder).", completion: .file())
  var paths: [String] = []

  @OptionGroup var loading: LoadingOptions

  @Flag(name: .customLong("monochrome"), help: "Draw without colours (also when NO_COLOR is set).")
  var monochrome = false

  func run() throws {
    let roots = paths.isEmpty ? ["."] : paths
    let report = loading.load(roots, showProgress: isatty(2) == 1)
    let backend: NCursesBackend
    do {
      backend = try NCursesBackend.start(options: NCursesOptions(monochrome: monochrome))
    } catch {
      FileHandle.standardError.write(Data("lede: \(error.description)\n".utf8))
      throw ExitCode(2)
    }
    var state = AppState(
      collectionName: CollectionName.of(roots), articles: report.articles, refused: report.refused,
      viewport: backend.size)
    let theme: Theme = backend.isMonochrome ? .monochrome : .colour
    let reason = RunLoop(theme: theme).run(&state, on: backend)
    backend.stop()
    switch reason {
    case .quit, .endOfInput: return
    case .signal(let signal): throw ExitCode(signal.exitStatus)
    }
  }
}

/// Options every command that loads articles shares.
struct LoadingOptions: ParsableArguments {
  @Option(name: .customLong("size-limit"), help: "Refuse files larger than this many bytes.")
  var sizeLimit: Int = LoadOptions().sizeLimit

  /// What the loader accepts, from these options.
  var options: LoadOptions {
    var options = LoadOptions()
    options.sizeLimit = sizeLimit
    return options
  }

  /// Loads the paths; on a terminal, large folders show progress on standard error.
  func load(_ paths: [String], showProgress: Bool) -> LoadReport {
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
