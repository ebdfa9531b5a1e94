/// Turns what the user typed into a safe FTS5 query.
///
/// The user's syntax: plain words (all must occur), `"a phrase"` (the words in that
/// order), and `word*` (any word starting with it). Everything else is text: every
/// term is emitted as an FTS5 string, so `AND`, `OR`, `NOT`, `(`, `:`, `^` and stray
/// quotes never reach FTS5 as syntax, and no input can make the query fail to parse.
/// An unclosed quote runs to the end of the input.
enum FullTextQuery {
  /// One term of the query: a word or phrase, maybe a prefix.
  struct Term: Hashable {
    var text: String
    var isPrefix: Bool
  }

  /// The FTS5 MATCH expression for `input`, or nil when it has nothing to search for.
  static func expression(for input: String) -> String? {
    let parts = terms(in: input).map { term in
      "\"" + term.text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" + (term.isPrefix ? "*" : "")
    }
    return parts.isEmpty ? nil : parts.joined(separator: " ")
  }

  /// The terms of `input`, leaving out those without a letter or digit (FTS5 would
  /// see no token in them).
  static func terms(in input: String) -> [Term] {
    var terms: [Term] = []
    var current = ""
    var inPhrase = false
    func finish(phrase: Bool) {
      var text = current
      var isPrefix = false
      if !phrase, text.hasSuffix("*") {
        while text.hasSuffix("*") { text.removeLast() }
        isPrefix = true
      }
      if text.contains(where: { $0.isLetter || $0.isNumber }) { terms.append(Term(text: text, isPrefix: isPrefix)) }
      current = ""
    }
    for character in input {
      if character == "\"" {
        finish(phrase: inPhrase)
        inPhrase.toggle()
      } else if !inPhrase, character.isWhitespace {
        finish(phrase: false)
      } else {
        current.append(character)
      }
    }
    finish(phrase: inPhrase)
    return terms
  }
}
