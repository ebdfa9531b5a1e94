import NewsCore
import TestSupport
import Testing

@Suite struct PeopleExtractionTests {
  struct Case: CustomStringConvertible, Sendable {
    var text: String
    var people: Set<String>
    var notPeople: Set<String> = []
    var description: String { text }
  }

  static let titles: [Case] = [
    Case(
      text: "Russian President Vladimir Putin met Turkish counterpart Recep Tayyip Erdogan.",
      people: ["Vladimir Putin", "Recep Tayyip Erdogan"]),
    Case(
      text: "\"We are ready,\" Kremlin spokesman Dmitry Peskov told reporters.", people: ["Dmitry Peskov"], notPeople: ["Kremlin"]
    ),
    Case(text: "The decision was welcomed by Foreign Minister Sergei Lavrov in Moscow.", people: ["Sergei Lavrov"]),
    Case(text: "Prime Minister Theresa May said the deal was dead.", people: ["Theresa May"]),
    Case(text: "Former President Barack Obama spoke at the event.", people: ["Barack Obama"]),
    Case(
      text: "The visit was confirmed by State Department spokeswoman Heather Nauert.", people: ["Heather Nauert"],
      notPeople: ["State Department"]),
    Case(text: "Acting Defence Secretary Patrick Shanahan toured the base.", people: ["Patrick Shanahan"]),
    Case(text: "Gen. Qassem Soleimani was killed in a drone strike.", people: ["Qassem Soleimani"]),
    Case(text: "The report was written by Dr Anthony Fauci and his team.", people: ["Anthony Fauci"]),
    Case(text: "Supreme Leader Ayatollah Ali Khamenei addressed the crowd.", people: ["Ali Khamenei"]),
    Case(text: "The company's founder, Elon Musk, said the launch had been delayed.", people: ["Elon Musk"]),
    Case(text: "Mr Zuckerberg appeared before Congress.", people: ["Zuckerberg"], notPeople: ["Congress"]),
    Case(text: "UN Secretary-General Antonio Guterres urged restraint.", people: ["Antonio Guterres"], notPeople: ["UN"]),
    Case(text: "Opposition leader Alexei Navalny was detained at the airport.", people: ["Alexei Navalny"]),
  ]

  static let particles: [Case] = [
    Case(text: "Syrian President Bashar al-Assad visited the front line.", people: ["Bashar al-Assad"]),
    Case(text: "Crown Prince Mohammed bin Salman denied any involvement.", people: ["Mohammed bin Salman"]),
    Case(text: "General Charles de Gaulle returned to Paris in 1944.", people: ["Charles de Gaulle"]),
    Case(text: "Commission President Ursula von der Leyen said Europe would respond.", people: ["Ursula von der Leyen"]),
    Case(text: "Austrian President Alexander Van der Bellen signed the law.", people: ["Alexander Van der Bellen"]),
    Case(text: "Egyptian President Abdel Fattah el-Sisi received the delegation.", people: ["Abdel Fattah el-Sisi"]),
  ]

  static let evidence: [Case] = [
    Case(text: "The plan is flawed, John Smith said on Tuesday.", people: ["John Smith"]),
    Case(text: "Angela Merkel and Emmanuel Macron held a joint news conference.", people: ["Angela Merkel", "Emmanuel Macron"]),
    Case(text: "\"It is over,\" said Maria Zakharova, the ministry's spokeswoman.", people: ["Maria Zakharova"]),
    Case(text: "Vladimir Putin was re-elected. Putin's victory was expected.", people: ["Vladimir Putin"]),
    Case(text: "“We hope [Putin] will help,” Recep Tayyip Erdogan said.", people: ["Recep Tayyip Erdogan"]),
  ]

  static let negatives: [Case] = [
    Case(
      text: "The talks ended. Furthermore, Bombardment has slowed since Monday.", people: [],
      notPeople: ["Furthermore", "Bombardment", "Monday", "The"]),
    Case(
      text: "Russia-backed forces of the Syrian regime have massed around Idlib province.", people: [],
      notPeople: ["Russia-backed", "Russia", "Idlib"]),
    Case(
      text: "Idlib is held by Hayat Tahrir al-Sham, the Daily Sabah reported.", people: [],
      notPeople: ["Hayat Tahrir al-Sham", "Daily Sabah", "Hayat Tahrir", "Sabah"]),
    Case(
      text: "The ship crossed the Black Sea to Sochi in September.", people: [], notPeople: ["Black Sea", "Sochi", "September"]),
    Case(
      text: "Officials said the Syrian Observatory for Human Rights counted 30 dead.", people: [],
      notPeople: ["Officials", "Syrian Observatory for Human Rights"]),
    Case(
      text: "On Friday, Human Rights Watch said the strikes hit a school.", people: [],
      notPeople: ["Human Rights Watch", "Friday"]),
    Case(
      text: "In March, May and June the Islamic State lost ground.", people: [],
      notPeople: ["March", "May", "June", "Islamic State"]),
    Case(
      text: "Goldman Sachs said growth would slow, and Morgan Stanley agreed.", people: [],
      notPeople: ["Goldman Sachs", "Morgan Stanley"]),
    Case(text: "The Foreign Ministry said it would summon the ambassador.", people: [], notPeople: ["Foreign Ministry"]),
    Case(
      text: "Police said Mass was held at the Church of the Nativity.", people: [],
      notPeople: ["Police", "Mass", "Church of the Nativity"]),
  ]

  @Test(arguments: titles + particles + evidence + negatives)
  func findsPeople(_ example: Case) {
    let found = analyze(example.text).personNames
    #expect(found.isSuperset(of: example.people), "found \(found)")
    #expect(found.isDisjoint(with: example.notPeople), "found \(found)")
    if example.people.isEmpty { #expect(found.isEmpty, "found \(found)") }
  }

  @Test func mergesShortFormsIntoTheFullestName() throws {
    let analysis = analyze([
      "Putin and Erdogan to meet.",
      "Russian President Vladimir Putin will host Recep Tayyip Erdogan. Mr Putin said the talks mattered.",
      "“I hope [Putin] will listen,” Erdogan said of Putin´s plan and Putin’s team.",
    ])
    let putin = try #require(analysis.people.first { $0.name == "Vladimir Putin" })
    #expect(putin.mentions.count == 6)
    #expect(analysis.people.count == 2)
  }

  @Test func mergesMrSmithWithJohnSmith() throws {
    let analysis = analyze(["John Smith, a lawyer, filed the case.", "Mr Smith said he would appeal. Smith's client agreed."])
    #expect(analysis.personNames == ["John Smith"])
    #expect(analysis.people.first?.mentions.count == 3)
  }

  @Test func readsAllCapsAndTitleCaseHeadlines() {
    let caps = analyze(["Vladimir Putin and Recep Tayyip Erdogan met in Sochi."], headline: "PUTIN AND ERDOGAN MEET IN SOCHI")
    #expect(caps.people.first { $0.name == "Vladimir Putin" }?.mentions.first?.paragraph == 0)
    let titled = analyze(["The president spoke."], headline: "Furthermore Talks Begin In Earnest")
    #expect(titled.people.isEmpty)
  }

  @Test func spansCoverTheNameOnly() throws {
    let article = TestArticles.make(["Syrian President Bashar al-Assad´s regime."], date: nil)
    let analysis = EntityExtractor.analyze(article)
    let assad = try #require(analysis.people.first)
    #expect(assad.mentions.map { String(article.text(of: $0)) } == ["Bashar al-Assad"])
  }
}
