import NewsCore
import Testing

@Suite struct PlaceOrganizationTests {
  @Test(
    arguments: [
      ("Forces massed around Idlib province in recent weeks.", ["Idlib"]),
      ("The rebels hold the northern city of Kafranbel.", ["Kafranbel"]),
      ("Fighting spread to villages near Khan Sheikhoun.", ["Khan Sheikhoun"]),
      ("Ceasefire talks opened in Astana, Kazakhstan.", ["Astana", "Kazakhstan"]),
      ("Turkey-Syria border crossings were closed.", ["Turkey", "Syria"]),
      ("US-led coalition forces struck the Gulf of Aden coast.", ["United States", "Gulf of Aden"]),
      ("A Beirut-based group said the Strait of Hormuz was calm.", ["Beirut", "Strait of Hormuz"]),
      ("Idlib Province is held by rebels.", ["Idlib"]),
    ] as [(String, Set<String>)])
  func findsPlaces(_ text: String, _ places: Set<String>) {
    let analysis = analyze(text)
    let found = Set(analysis.places.map { NameNormalizer.key($0.name) })
    #expect(found.isSuperset(of: Set(places.map(NameNormalizer.key))), "found \(analysis.placeNames)")
    #expect(analysis.people.isEmpty, "people \(analysis.personNames)")
  }

  @Test(
    arguments: [
      ("The Syrian Observatory for Human Rights said 30 civilians died.", ["Syrian Observatory for Human Rights"]),
      ("Peskov told RIA Novosti news agency the talks would go ahead.", ["RIA Novosti"]),
      ("The United Nations and NATO called for calm.", ["United Nations", "NATO"]),
      (
        "Hayat Tahrir al-Sham (HTS), a former Al-Qaeda affiliate, controls the city. HTS denied it.",
        ["Hayat Tahrir al-Sham", "Al-Qaeda"]
      ),
      (
        "The Organisation for the Prohibition of Chemical Weapons sent inspectors.",
        ["Organisation for the Prohibition of Chemical Weapons"]
      ),
      ("Shares of Acme Holdings Ltd fell after the Bank of England raised rates.", ["Acme Holdings", "Bank of England"]),
      ("The White House and the Pentagon declined to comment, the Kremlin said.", ["White House", "Pentagon", "Kremlin"]),
      ("The Kyiv Independent and the Times of Israel reported the strike.", ["Kyiv Independent", "Times of Israel"]),
    ] as [(String, Set<String>)])
  func findsOrganizations(_ text: String, _ organizations: Set<String>) {
    let analysis = analyze(text)
    #expect(analysis.organizationNames.isSuperset(of: organizations), "found \(analysis.organizationNames)")
    #expect(analysis.personNames.isSubset(of: ["Peskov"]), "people \(analysis.personNames)")
  }

  @Test func acronymMentionsJoinTheFullName() throws {
    let analysis = analyze(["The UN warned of a bloodbath.", "United Nations envoys met in Geneva, the UN said."])
    let un = try #require(analysis.organizations.first { $0.name == "United Nations" })
    #expect(un.mentions.count == 3)
  }

  /// "Apple Inc" and "Apple" are one company: the suffix stays out of the name, so the
  /// name matches across articles that write it either way.
  @Test func companySuffixesJoinListedCompanies() throws {
    let analysis = analyze(["Apple Inc shares fell. Analysts at JPMorgan Chase & Co said Apple would recover."])
    #expect(analysis.organizationNames == ["Apple", "JPMorgan Chase"])
    #expect(analysis.organizations.first { $0.name == "Apple" }?.mentions.count == 2)
    #expect(analysis.people.isEmpty)
  }

  @Test func cuePlacesAreRecognisedEverywhere() throws {
    let analysis = analyze(["Troops entered the town of Kafranbel.", "Kafranbel had been shelled for weeks."])
    #expect(analysis.places.first { $0.name == "Kafranbel" }?.mentions.count == 2)
  }
}

@Suite struct NameNormalizerTests {
  @Test(arguments: [
    ("Erdoğan", "Erdogan"), ("UN", "United Nations"), ("U.N.", "the United Nations"), ("al-Qaida", "Al-Qaeda"),
    ("Mohammad bin Salman", "Mohammed bin Salman"), ("Putin’s", "Putin"), ("Kiev", "Kyiv"), ("HTS", "Hayat Tahrir al-Sham"),
    ("Çavuşoğlu", "Cavusoglu"), ("US", "United States"), ("Daesh", "Islamic State"),
  ])
  func matchesVariants(_ first: String, _ second: String) {
    #expect(NameNormalizer.key(first) == NameNormalizer.key(second))
  }

  @Test(arguments: [("Putin", "Peskov"), ("Iran", "Iraq"), ("Georgia", "Gambia")])
  func keepsDifferentNamesApart(_ first: String, _ second: String) {
    #expect(NameNormalizer.key(first) != NameNormalizer.key(second))
  }
}
