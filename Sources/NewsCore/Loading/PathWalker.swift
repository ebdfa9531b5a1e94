import Foundation

/// A file found under a path argument, not yet read.
struct FileCandidate: Sendable {
  var path: FilePath
  /// Relative to the folder argument it was found under; the name for a file
  /// given directly.
  var relativePath: [UInt8]
  /// Size and modification time (nanoseconds since 1970) when the walk saw it.
  var size: Int
  var modified: Int64
}

/// Expands path arguments into the files to load, in a deterministic order:
/// arguments in order, folder entries sorted by name, recursively. Hidden files
/// and folders are skipped inside folders; nothing is opened but folders.
struct PathWalker {
  let options: LoadOptions
  private(set) var candidates: [FileCandidate] = []
  private(set) var refused: [ArticleLoadError] = []
  private var seenFiles: Set<FileIdentity> = []
  /// The folders being walked, to recognise a symbolic link back to one of them.
  private var ancestors: Set<FileIdentity> = []

  init(options: LoadOptions) { self.options = options }

  mutating func add(argument: String) {
    let path = FilePath(argument)
    switch FileStatus(path: path) {
    case .regular(let size, let modified, let identity):
      addFile(FileCandidate(path: path, relativePath: path.name, size: size, modified: modified), identity: identity)
    case .directory(let identity):
      walk(path, relativePath: [], identity: identity)
    case .special(let kind):
      refused.append(.notRegularFile(path: argument, kind: kind))
    case .failure(let error):
      refused.append(error)
    }
  }

  private mutating func addFile(_ candidate: FileCandidate, identity: FileIdentity) {
    guard seenFiles.insert(identity).inserted else { return }
    candidates.append(candidate)
  }

  private mutating func walk(_ folder: FilePath, relativePath: [UInt8], identity: FileIdentity) {
    guard ancestors.insert(identity).inserted else {
      refused.append(.symlinkLoop(path: folder.display))
      return
    }
    defer { ancestors.remove(identity) }
    let names: [[UInt8]]
    switch PathWalker.entries(of: folder) {
    case .success(let found): names = found
    case .failure(let error):
      refused.append(error)
      return
    }
    for name in names where name.first != UInt8(ascii: ".") {
      let path = folder.appending(name)
      let relative = relativePath.isEmpty ? name : relativePath + [UInt8(ascii: "/")] + name
      let status = FileStatus(path: path)
      if case .directory(let identity) = status {
        walk(path, relativePath: relative, identity: identity)
      } else if isIncluded(name) {
        switch status {
        case .regular(let size, let modified, let identity):
          addFile(FileCandidate(path: path, relativePath: relative, size: size, modified: modified), identity: identity)
        case .special(let kind): refused.append(.notRegularFile(path: path.display, kind: kind))
        case .failure(let error): refused.append(error)
        case .directory: break
        }
      }
    }
  }

  /// True when a name inside a folder has a loadable extension.
  func isIncluded(_ name: [UInt8]) -> Bool {
    guard let fileExtension = name.fileExtension else { return options.includeExtensionless }
    return options.extensions.contains { $0.lowercased() == fileExtension }
  }

  /// The names in a folder, sorted bytewise, without "." and "..".
  static func entries(of folder: FilePath) -> Result<[[UInt8]], ArticleLoadError> {
    guard let stream = folder.withCString({ opendir($0) }) else {
      return .failure(FileStatus.error(errno, path: folder.display))
    }
    defer { closedir(stream) }
    var names: [[UInt8]] = []
    let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 0
    while let entry = readdir(stream) {
      // Read the name in place, up to its NUL: glibc allocates each record only as
      // long as its name, so copying the whole 256-byte d_name reads past it (ASan).
      let start = UnsafeRawPointer(entry) + nameOffset
      let name = Array(UnsafeRawBufferPointer(start: start, count: strlen(start.assumingMemoryBound(to: CChar.self))))
      if name == [0x2E] || name == [0x2E, 0x2E] { continue }
      names.append(name)
    }
    names.sort { $0.lexicographicallyPrecedes($1) }
    return .success(names)
  }
}
