extension CrossReferenceIndex {
  /// English function words and news boilerplate that carry no topic; text similarity
  /// ignores them.
  enum StopWords {
    static let hashes: HashTable = words.reduce(into: HashTable(minimumCapacity: words.count)) { table, word in
      table.set(1, for: WordScanner.hash(Array(word.utf8)))
    }

    static let words: [String] = [
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
      "around", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but",
      "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from",
      "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
      "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "last", "like", "made",
      "make", "many", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "new", "no",
      "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours",
      "ourselves", "out", "over", "own", "per", "said", "same", "says", "say", "she", "should", "since",
      "so", "some", "still", "such", "than", "that", "the", "their", "theirs", "them", "themselves",
      "then", "there", "these", "they", "this", "those", "though", "through", "to", "told", "too", "two",
      "under", "until", "up", "upon", "us", "very", "was", "we", "were", "what", "when", "where", "whether",
      "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "year",
      "years", "yet", "you", "your", "yours", "yourself", "yourselves", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "week", "weeks", "day", "days", "according", "including",
      "three", "four", "five", "first", "second", "another", "even", "ago", "next", "well", "however",
    ]
  }
}
