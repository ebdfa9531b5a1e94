/// The words the synthetic corpus is made of.
enum SyntheticVocabulary {
  static let firstNames = [
    "Anna", "Sergei", "Maria", "Ahmed", "Li", "Fatima", "John", "Elena", "Mehmet", "Olga", "Carlos", "Amina",
    "Pierre", "Yuki", "Ivan", "Sofia", "Hassan", "Ingrid", "Kwame", "Priya", "Lars", "Nadia", "Tomas", "Leila",
    "Viktor", "Grace", "Omar", "Helena", "Rafael", "Mei",
  ]
  static let lastNames = [
    "Kovacs", "Petrov", "Haddad", "Nakamura", "Okafor", "Lindqvist", "Moreau", "Novak", "Yilmaz", "Fischer",
    "Rahman", "Castillo", "Ivanova", "Mensah", "Larsen", "Dubois", "Sato", "Hosseini", "Brennan", "Walczak",
    "Osei", "Bauer", "Demir", "Rossi", "Kaplan", "Silva", "Varga", "Horvat", "Aziz", "Morozov",
  ]
  static let roles = [
    "Foreign Minister", "President", "Prime Minister", "Defence Minister", "Energy Minister", "Finance Minister",
    "Interior Minister", "Trade Minister", "Ambassador", "Secretary-General",
  ]
  /// Country, capital, adjective.
  static let countries: [(name: String, capital: String, adjective: String)] = [
    ("Austria", "Vienna", "Austrian"), ("Turkey", "Ankara", "Turkish"), ("Russia", "Moscow", "Russian"),
    ("France", "Paris", "French"), ("Germany", "Berlin", "German"), ("Egypt", "Cairo", "Egyptian"),
    ("Japan", "Tokyo", "Japanese"), ("Brazil", "Brasilia", "Brazilian"), ("Kenya", "Nairobi", "Kenyan"),
    ("Norway", "Oslo", "Norwegian"), ("Qatar", "Doha", "Qatari"), ("Poland", "Warsaw", "Polish"),
    ("Ghana", "Accra", "Ghanaian"), ("Hungary", "Budapest", "Hungarian"), ("Iran", "Tehran", "Iranian"),
    ("Italy", "Rome", "Italian"),
  ]
  static let venues = ["Geneva", "Vienna", "Sochi", "Doha", "Helsinki", "Astana", "Brussels", "Istanbul", "Oslo", "Nairobi"]
  static let organizations = [
    "United Nations", "European Union", "African Union", "World Bank", "Red Cross", "NATO",
    "International Energy Agency", "World Health Organization", "Arab League", "OPEC",
  ]
  static let agencies = ["Reuters", "AFP", "AP", "dpa"]
  static let events = ["talks", "summit", "meeting", "conference", "negotiations"]
  static let topics = [
    "a ceasefire", "gas supplies", "a trade agreement", "the refugee crisis", "border security", "grain exports",
    "sanctions relief", "a prisoner exchange", "nuclear inspections", "water rights", "debt relief", "fishing quotas",
  ]
  static let speechVerbs = ["said", "told reporters", "said in a statement", "added", "told state television", "warned"]
  static let quotes = [
    "We are ready to work with anyone who wants peace", "The situation remains very difficult",
    "There are certain differences in our approaches", "Nobody wants another winter like the last one",
    "We expect concrete results, not more promises", "This is a first step, but an important one",
    "Our position has not changed", "Time is running out for the people on the ground",
    "We will not accept any deal that ignores our interests", "The door to dialogue remains open",
  ]
  static let subheadings = [
    "Fears of escalation", "Deep divisions", "Economic stakes", "Next steps", "A fragile truce",
    "Pressure at home", "Regional reactions", "Old rivals",
  ]
  static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
  static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]
}
