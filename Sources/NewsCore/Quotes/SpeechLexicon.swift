/// The words attribution patterns are made of: speech verbs, pronouns, roles, titles,
/// and the small words that may stand between a speaker and a verb.
enum SpeechLexicon {
  /// How a speech verb may be used.
  enum VerbUse {
    /// Introduces or follows a quotation, and heads a sentence with a quoted phrase
    /// ("warned that ... a “bloodbath”").
    case speech
    /// Only right beside a quotation ("“We will win,” he vowed").
    case adjacentOnly
    /// Only for a quoted phrase in the verb's sentence ("called it a “bloodbath”").
    case sentenceOnly
  }

  /// Forms of each verb, as written. Forms that are mostly nouns ("state", "claims",
  /// "report", "note") are left out.
  private static let verbForms: [(use: VerbUse, forms: [String])] = [
    (.speech, ["say", "says", "said", "saying"]),
    (.speech, ["tell", "tells", "told", "telling"]),
    (.speech, ["add", "adds", "added", "adding"]),
    (.speech, ["concede", "concedes", "conceded", "conceding"]),
    (.speech, ["warn", "warns", "warned", "warning"]),
    (.speech, ["insist", "insists", "insisted", "insisting"]),
    (.speech, ["acknowledge", "acknowledges", "acknowledged", "acknowledging"]),
    (.speech, ["stressed", "stresses", "stressing"]),
    (.speech, ["noted", "notes", "noting"]),
    (.speech, ["assert", "asserts", "asserted", "asserting"]),
    (.speech, ["argue", "argues", "argued", "arguing"]),
    (.speech, ["explain", "explains", "explained", "explaining"]),
    (.speech, ["claimed", "claiming"]),
    (.speech, ["declare", "declares", "declared", "declaring"]),
    (.speech, ["announce", "announces", "announced", "announcing"]),
    (.speech, ["urge", "urges", "urged", "urging"]),
    (.speech, ["write", "writes", "wrote", "writing"]),
    (.speech, ["tweeted", "tweeting"]),
    (.speech, ["replied", "replies", "replying"]),
    (.speech, ["ask", "asks", "asked", "asking"]),
    (.speech, ["recall", "recalls", "recalled", "recalling"]),
    (.speech, ["emphasise", "emphasises", "emphasised", "emphasising"]),
    (.speech, ["emphasize", "emphasizes", "emphasized", "emphasizing"]),
    (.speech, ["admit", "admits", "admitted", "admitting"]),
    (.speech, ["deny", "denies", "denied", "denying"]),
    (.speech, ["suggest", "suggests", "suggested", "suggesting"]),
    (.speech, ["stated", "stating"]),
    (.speech, ["commented", "commenting"]),
    (.speech, ["remarked"]),
    (.speech, ["responded"]),
    (.speech, ["observed"]),
    (.speech, ["confirm", "confirms", "confirmed", "confirming"]),
    (.speech, ["predict", "predicts", "predicted", "predicting"]),
    (.speech, ["complain", "complains", "complained", "complaining"]),
    (.speech, ["reiterate", "reiterates", "reiterated", "reiterating"]),
    (.speech, ["allege", "alleges", "alleged", "alleging"]),
    (.speech, ["cautioned", "cautioning"]),
    (.speech, ["reported"]),
    (.speech, ["underlined", "underlining"]),
    (.adjacentOnly, ["continued", "continues"]),
    (.adjacentOnly, ["answered"]),
    (.adjacentOnly, ["agreed"]),
    (.adjacentOnly, ["countered"]),
    (.adjacentOnly, ["exclaimed", "shouted", "quipped", "joked", "boasted"]),
    (.adjacentOnly, ["vowed", "vows", "promised", "pledged", "threatened"]),
    (.sentenceOnly, ["call", "calls", "called", "calling"]),
    (.sentenceOnly, ["describe", "describes", "described", "describing"]),
    (.sentenceOnly, ["branded", "dubbed", "labelled", "labeled", "accused", "accusing"]),
  ]

  /// Verbs whose object is the listener ("told Congress"): never "told X" for "X told".
  static let addressVerbs: WordSet = ["tell", "tells", "told", "telling"]

  static let verbs: WordMap<VerbUse> = {
    var table: [String: VerbUse] = [:]
    for entry in verbForms { for form in entry.forms { table[form] = entry.use } }
    return WordMap(table)
  }()

  /// Words that may stand between a speaker and the verb: "Peskov also said",
  /// "the UN has repeatedly warned", "he was quoted as saying".
  static let betweenSubjectAndVerb: WordSet = [
    "also", "later", "then", "again", "further", "previously", "repeatedly", "reportedly", "recently",
    "once", "earlier", "has", "have", "had", "was", "were", "is", "are", "would", "will", "could", "quoted",
    "as", "publicly", "openly", "separately", "privately", "bluntly", "flatly", "firmly", "angrily", "simply",
    "even", "just", "last", "week", "month", "year", "this", "today", "yesterday", "tonight", "subsequently",
    "frequently", "often", "himself", "herself", "themselves", "however",
  ]

  static let weekdays: WordSet = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  /// Weekdays and months: capitalised, never part of a speaker's name.
  static let calendarWords: WordSet = weekdays.union([
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
  ])

  static let determiners: WordSet = ["the", "a", "an", "another", "one", "two", "three", "several", "some"]

  static let personPronouns: WordSet = ["he", "she"]
  static let groupPronouns: WordSet = ["they", "it"]

  /// Nouns naming someone by their role ("the spokesman", "a senior official").
  static let roles: WordSet = [
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials", "minister",
    "president", "leader", "secretary", "chancellor", "premier", "ambassador", "envoy", "diplomat", "diplomats",
    "source", "sources", "aide", "aides", "adviser", "advisor", "analyst", "analysts", "expert", "experts",
    "commander", "general", "governor", "mayor", "senator", "lawmaker", "lawmakers", "chief", "head", "director",
    "chairman", "chairwoman", "ceo", "founder", "prosecutor", "prosecutors", "judge", "lawyer", "attorney",
    "police", "officer", "witness", "witnesses", "resident", "residents", "activist", "activists", "monitor",
    "ministry", "statement", "counterpart", "king", "queen", "prince", "pope", "military", "army",
    "government", "administration", "office", "family", "negotiator", "representative", "deputy",
    "correspondent", "reporter", "journalist", "doctor", "colleague", "partner", "spokesmen", "people",
  ]

  /// Words of a title before a name ("Foreign Minister", "Mr"), lowercased.
  static let titles: WordSet = [
    "president", "minister", "prime", "foreign", "defence", "defense", "interior", "secretary", "spokesman",
    "spokeswoman", "spokesperson", "leader", "chancellor", "general", "gen", "gen.", "mr", "mr.", "mrs",
    "mrs.", "ms", "ms.", "dr", "dr.", "sen", "sen.", "senator", "rep", "rep.", "gov", "gov.", "governor",
    "mayor", "king", "queen", "prince", "princess", "pope", "sheikh", "ambassador", "envoy", "commander",
    "chief", "director", "chairman", "ceo", "judge", "counterpart", "deputy", "vice", "lieutenant",
    "colonel", "captain", "sergeant", "professor", "prof", "prof.", "rev", "rev.", "sir", "lord", "lady",
    "dame", "premier", "official", "adviser", "advisor", "aide", "head", "attorney",
  ]

  /// Spelling variants of one role, so "the spokeswoman" finds a "spokesperson".
  static func roleKey(_ word: String) -> String {
    switch word {
    case "spokesman", "spokeswoman", "spokesperson": return "spokesperson"
    case "advisor": return "adviser"
    default: return word
    }
  }
}
