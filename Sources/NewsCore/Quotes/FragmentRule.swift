/// Tells a short quoted phrase ("bloodbath", a “positive approach”) from a statement.
///
/// A quotation is a statement when it spans paragraphs or parts, holds a sentence end,
/// runs to eight words or more, is introduced by a speech verb or colon with three
/// words or more ("He conceded “there are ...”"), or opens its sentence and stands
/// alone or before a comma or an attribution (“No,” he said). Anything else is a phrase embedded in a sentence: a fragment, even
/// when attributed (the situation is “complicated,” Peskov said).
enum FragmentRule {
  static let statementWords = 8

  static func isFragment(
    text: String, partCount: Int, startsSentence: Bool, endsSentence: Bool, followedByComma: Bool,
    match: AttributionMatch?
  ) -> Bool {
    if partCount > 1 || hasSentenceEnd(text) { return false }
    let words = wordCount(text)
    if words >= statementWords { return false }
    if let match, match.introducesQuote, words >= 3 { return false }
    guard startsSentence else { return true }
    let attributedAfter = match?.source == .after || match?.source == .accordingTo
    return !(endsSentence || attributedAfter || (words >= 2 && text.hasSuffix(",")) || followedByComma)
  }

  static func wordCount(_ text: String) -> Int {
    var count = 0
    var inWord = false
    for scalar in text.unicodeScalars {
      let isWordScalar = ScalarClass.isAlphanumeric(scalar)
      if isWordScalar && !inWord { count += 1 }
      inWord = isWordScalar || (inWord && ScalarClass.isApostrophe(scalar))
    }
    return count
  }

  /// Ends with . ! ? or has one inside after a lowercase word, before a space.
  static func hasSentenceEnd(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    var last = scalars.count - 1
    while last >= 0, ScalarClass.isSpace(scalars[last]) || ScalarClass.isQuoteMark(scalars[last]) { last -= 1 }
    guard last >= 0 else { return false }
    if "!?".unicodeScalars.contains(scalars[last]) { return true }
    if scalars[last] == "." { return last == 0 || !ScalarClass.isUppercase(scalars[last - 1]) }
    for index in 1..<max(1, last) where "!?.".unicodeScalars.contains(scalars[index]) {
      let before = scalars[index - 1]
      let isAfterWord = ScalarClass.isLetter(before) && !ScalarClass.isUppercase(before) || ScalarClass.isDigit(before)
      if isAfterWord && ScalarClass.isSpace(scalars[index + 1]) { return true }
    }
    return false
  }
}
