/// Something repaired while loading an article. The article still loads.
public enum LoadWarning: Hashable, Sendable {
  /// Invalid UTF-8 sequences were replaced with U+FFFD.
  case invalidUTF8(count: Int)
  /// A UTF-8 byte order mark was skipped.
  case byteOrderMark
  /// Lines ended in CRLF or CR and were normalised.
  case lineEndings(LineEnding)
  /// Control characters were removed (count).
  case controlCharacters(count: Int)
  /// Terminal escape sequences were removed (count).
  case escapeSequences(count: Int)
  /// No ` date YYYY-MM-DD ` header: the date is the file's modification date, if any.
  case noDateHeader
  /// The header had a date that does not exist (such as 2018-02-30).
  case invalidDate(String)
  /// Lines longer than the limit were found (still loaded, wrapped).
  case longLines(count: Int)

  public enum LineEnding: String, Hashable, Sendable { case crlf = "CRLF", cr = "CR", mixed }

  /// A short sentence for the load report and the sidebar.
  public var summary: String {
    switch self {
    case .invalidUTF8(let count): return "\(count) invalid UTF-8 sequence\(count == 1 ? "" : "s") replaced"
    case .byteOrderMark: return "byte order mark skipped"
    case .lineEndings(let ending): return "\(ending.rawValue) line endings normalised"
    case .controlCharacters(let count): return "\(count) control character\(count == 1 ? "" : "s") removed"
    case .escapeSequences(let count): return "\(count) escape sequence\(count == 1 ? "" : "s") removed"
    case .noDateHeader: return "no date header"
    case .invalidDate(let text): return "invalid date \(text) in header"
    case .longLines(let count): return "\(count) very long line\(count == 1 ? "" : "s")"
    }
  }
}

/// Why a file was not loaded. The rest of the collection loads regardless.
public enum ArticleLoadError: Error, Hashable, Sendable {
  case notFound(path: String)
  case unreadable(path: String, reason: String)
  case empty(path: String)
  case binary(path: String, reason: String)
  case tooLarge(path: String, bytes: Int, limit: Int)
  case notRegularFile(path: String, kind: String)
  case symlinkLoop(path: String)

  public var path: String {
    switch self {
    case .notFound(let path), .unreadable(let path, _), .empty(let path), .binary(let path, _),
      .tooLarge(let path, _, _), .notRegularFile(let path, _), .symlinkLoop(let path):
      return path
    }
  }

  /// A short user-readable reason, without the path.
  public var reason: String {
    switch self {
    case .notFound: return "no such file or folder"
    case .unreadable(_, let reason): return "unreadable: \(reason)"
    case .empty: return "empty file"
    case .binary(_, let reason): return "binary file (\(reason))"
    case .tooLarge(_, let bytes, let limit): return "too large: \(bytes) bytes, the limit is \(limit)"
    case .notRegularFile(_, let kind): return "not a regular file (\(kind))"
    case .symlinkLoop: return "symbolic link loop"
    }
  }
}

/// What loading a set of paths produced: the articles, newest first, and every
/// file that was refused, with why.
public struct LoadReport: Hashable, Sendable {
  public var articles: [Article]
  public var refused: [ArticleLoadError]

  public init(articles: [Article], refused: [ArticleLoadError]) {
    self.articles = articles
    self.refused = refused
  }

  /// Articles that loaded but needed repairs.
  public var repaired: [Article] { articles.filter { !$0.warnings.isEmpty } }

  /// True when nothing was refused.
  public var isClean: Bool { refused.isEmpty }
}
