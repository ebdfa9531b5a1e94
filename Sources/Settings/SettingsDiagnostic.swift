/// A mistake in the settings file: where it is and what was expected. The entry
/// it concerns keeps its default.
public struct SettingsDiagnostic: Equatable, Sendable, CustomStringConvertible {
  /// The file's name as the user knows it (its last path component).
  public var file: String
  /// The 1-based line, when the mistake has one.
  public var line: Int?
  /// What is wrong and what was expected.
  public var message: String

  public init(file: String, line: Int?, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// "config.toml:12: unknown command 'next-artcle' in [keys.list]; expected one of: ...".
  public var description: String {
    guard let line else { return "\(file): \(message)" }
    return "\(file):\(line): \(message)"
  }
}
