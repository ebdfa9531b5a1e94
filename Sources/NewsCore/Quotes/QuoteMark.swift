/// The quotation marks lede recognises, English, German and French style.
enum QuoteMark: Equatable {
  case straightDouble  // "
  case leftDouble  // “
  case rightDouble  // ”
  case lowDouble  // „
  case leftGuillemet  // «
  case rightGuillemet  // »
  case straightSingle  // '
  case leftSingle  // ‘
  case rightSingle  // ’
  case lowSingle  // ‚
  case leftSingleGuillemet  // ‹
  case rightSingleGuillemet  // ›

  init?(_ scalar: Unicode.Scalar) {
    switch scalar {
    case "\"": self = .straightDouble
    case "\u{201C}": self = .leftDouble
    case "\u{201D}": self = .rightDouble
    case "\u{201E}": self = .lowDouble
    case "\u{00AB}": self = .leftGuillemet
    case "\u{00BB}": self = .rightGuillemet
    case "'": self = .straightSingle
    case "\u{2018}": self = .leftSingle
    case "\u{2019}": self = .rightSingle
    case "\u{201A}": self = .lowSingle
    case "\u{2039}": self = .leftSingleGuillemet
    case "\u{203A}": self = .rightSingleGuillemet
    default: return nil
    }
  }

  var isDouble: Bool {
    switch self {
    case .straightDouble, .leftDouble, .rightDouble, .lowDouble, .leftGuillemet, .rightGuillemet: return true
    default: return false
    }
  }

  var isGuillemet: Bool { self == .leftGuillemet || self == .rightGuillemet }

  /// Single marks that may open a quotation (when not an apostrophe).
  var mayOpenSingle: Bool {
    self == .straightSingle || self == .leftSingle || self == .lowSingle || self == .leftSingleGuillemet
  }

  /// Single marks that may close a quotation (when not an apostrophe).
  var mayCloseSingle: Bool {
    self == .straightSingle || self == .rightSingle || self == .rightSingleGuillemet
  }
}

/// Where a mark stands relative to its neighbours, as in CommonMark's flanking rules.
enum Flanking {
  /// Followed by text and preceded by a space, the paragraph start, opening punctuation
  /// or another mark: the mark can open.
  static func canOpen(_ index: Int, in text: ScalarText) -> Bool {
    let previous = text[at: index - 1]
    let next = text[at: index + 1]
    guard next != nil, !ScalarClass.isSpace(next) else { return false }
    return previous == nil || ScalarClass.isSpace(previous) || ScalarClass.isOpeningPunctuation(previous)
      || ScalarClass.isQuoteMark(previous)
  }

  /// Preceded by text and followed by a space, the paragraph end, punctuation or
  /// another mark: the mark can close.
  static func canClose(_ index: Int, in text: ScalarText) -> Bool {
    let previous = text[at: index - 1]
    let next = text[at: index + 1]
    guard previous != nil, !ScalarClass.isSpace(previous) else { return false }
    return next == nil || ScalarClass.isSpace(next) || ScalarClass.isClosingPunctuation(next)
      || ScalarClass.isQuoteMark(next)
  }
}
