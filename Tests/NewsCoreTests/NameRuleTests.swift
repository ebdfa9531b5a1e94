import NewsCore
import TestSupport
import Testing

/// One table per rule of the name finder, each with several real-looking sentences:
/// who must be found as a person, organisation or place, and what must not.
@Suite struct NameRuleTests {
  struct Case: CustomStringConvertible, Sendable {
    var paragraphs: [String]
    var people: Set<String> = []
    var organizations: Set<String> = []
    var places: Set<String> = []
    /// Names that must be no entity of any kind.
    var nothing: Set<String> = []
    var description: String { paragraphs.joined(separator: " / ") }
  }

  static let organizationBeforeTitle: [Case] = [
    Case(
      paragraphs: ["Federal Reserve Chair Jerome Powell said rates would stay low."], people: ["Jerome Powell"],
      organizations: ["Federal Reserve"]),
    Case(
      paragraphs: ["Goldman Sachs analyst Jan Hatzius cut his forecast."], people: ["Jan Hatzius"],
      organizations: ["Goldman Sachs"]),
    Case(paragraphs: ["Apple CEO Tim Cook met suppliers in Shenzhen."], people: ["Tim Cook"], organizations: ["Apple"]),
    Case(paragraphs: ["NATO chief Jens Stoltenberg arrived in Vilnius."], people: ["Jens Stoltenberg"], organizations: ["NATO"]),
    Case(
      paragraphs: ["Republican Senate leader Mitch McConnell blocked the bill."], people: ["Mitch McConnell"],
      organizations: ["Senate"], nothing: ["Republican Senate"]),
    Case(paragraphs: ["Kansas City Fed President Esther George dissented."], people: ["Esther George"]),
  ]

  static let titlesStripped: [Case] = [
    Case(paragraphs: ["Manager Juergen Klopp said he was happy with the deal."], people: ["Juergen Klopp"]),
    Case(paragraphs: ["Chief Financial Officer Luca Maestri said revenue hit a record."], people: ["Luca Maestri"]),
    Case(paragraphs: ["Detective Chief Superintendent Lee Griffin said the sentence was fair."], people: ["Lee Griffin"]),
    Case(paragraphs: ["Chief Cabinet Secretary Yoshimasa Hayashi said the government would act."], people: ["Yoshimasa Hayashi"]),
    Case(paragraphs: ["House Speaker Nancy Pelosi introduced the bill."], people: ["Nancy Pelosi"]),
    Case(
      paragraphs: ["Theresa May will serve as a backbench MP for Maidenhead."], people: ["Theresa May"], nothing: ["Maidenhead"]),
  ]

  static let nameShapes: [Case] = [
    Case(
      paragraphs: [
        "Liverpool signed Dutch teenager Sepp van den Berg on Friday.", "Van den Berg becomes the club's second signing.",
      ], people: ["Sepp van den Berg"]),
    Case(
      paragraphs: ["Former President George W. Bush attended the funeral."], people: ["George W. Bush"], nothing: ["George W"]),
    Case(
      paragraphs: ["\"India is on the moon,\" agency chairman S. Somanath announced."], people: ["S. Somanath"], nothing: ["S"]),
    Case(paragraphs: ["South Korean President Moon Jae-in met Ban Ki-moon in Seoul."], people: ["Moon Jae-in", "Ban Ki-moon"]),
    Case(
      paragraphs: ["North Korean leader Kim Jong Un inspected the missile."], people: ["Kim Jong Un"],
      nothing: ["United Nations", "Un"]),
    Case(
      paragraphs: ["Russia-backed forces and Kremlin-controlled media denied it."],
      nothing: ["Russia-backed", "Kremlin-controlled"]),
    Case(
      paragraphs: ["Vinicius Junior beat the goalkeeper to deny Mohamed Salah and Sadio Mane."],
      people: ["Vinicius Junior", "Mohamed Salah", "Sadio Mane"]),
    Case(paragraphs: ["Naomi Osaka withdrew from the tournament in Paris."], people: ["Naomi Osaka"]),
    Case(paragraphs: ["The novelist Jack London wrote about the Klondike."], people: ["Jack London"], nothing: ["London"]),
    Case(
      paragraphs: ["The shortlist included Richard Powers, Anuk Arudpragasam and Nadifa Mohamed."],
      people: ["Richard Powers", "Anuk Arudpragasam", "Nadifa Mohamed"]),
  ]

  static let organizations: [Case] = [
    Case(
      paragraphs: ["Former Food and Drug Administration Commissioner David Kessler joined the panel."], people: ["David Kessler"],
      organizations: ["Food and Drug Administration"], nothing: ["Drug Administration"]),
    Case(
      paragraphs: ["The Centers for Disease Control and Prevention expanded testing."],
      organizations: ["Centers for Disease Control and Prevention"]),
    Case(
      paragraphs: ["The Tigray People's Liberation Front rejected the plan."],
      organizations: ["Tigray People's Liberation Front"], nothing: ["Liberation Front"]),
    Case(paragraphs: ["Lula's Workers' Party will hold ten ministries."], organizations: ["Workers' Party"]),
    Case(
      paragraphs: ["Turkey's Supreme Election Council announced the result."], organizations: ["Supreme Election Council"],
      places: ["Turkey"]),
    Case(
      paragraphs: ["BANK OF JAPAN ENDS NEGATIVE RATES IN HISTORIC SHIFT"], organizations: ["Bank of Japan"],
      nothing: ["BANK OF JAPAN ENDS NEGATIVE RATES IN HISTORIC SHIFT"]),
    Case(paragraphs: ["Shares of Kenvue fell 6% on Wednesday."], organizations: ["Kenvue"]),
    Case(paragraphs: ["Rowling's publisher, Hachette, declined to comment."], organizations: ["Hachette"]),
    Case(
      paragraphs: ["\"The Fed will act,\" said Mohamed El-Erian, chief economic adviser at Allianz."],
      people: ["Mohamed El-Erian"], organizations: ["Allianz"]),
    Case(
      paragraphs: ["Johnson & Johnson and Ernst & Young declined to comment."],
      organizations: ["Johnson & Johnson", "Ernst & Young"]),
    Case(paragraphs: ["Shares of Pfizer Inc rose while Tesla Inc fell."], organizations: ["Pfizer", "Tesla"]),
  ]

  static let clubsAndPlaces: [Case] = [
    Case(
      paragraphs: [
        "Liverpool have signed the striker from Fulham, the Premier League club said.",
        "The manager praised his goals this season.",
      ], organizations: ["Liverpool", "Fulham", "Premier League"], nothing: ["Liverpool"]),
    Case(
      paragraphs: [
        "He had been linked with Bayern Munich and Ajax before the transfer.", "The club said the coach wanted a new striker.",
      ], organizations: ["Bayern Munich", "Ajax"], nothing: ["Munich"]),
    Case(paragraphs: ["Flooding closed roads in Liverpool and Manchester on Monday."], places: ["Liverpool", "Manchester"]),
    Case(paragraphs: ["WOODSIDE, California (Reuters) - The leaders met on Wednesday."], places: ["Woodside", "California"]),
    Case(paragraphs: ["The company is based in Cupertino, California."], places: ["Cupertino", "California"]),
  ]

  @Test(arguments: organizationBeforeTitle + titlesStripped + nameShapes + organizations + clubsAndPlaces)
  func findsNames(_ example: Case) {
    let analysis = analyze(example.paragraphs)
    #expect(analysis.personNames.isSuperset(of: example.people), "people \(analysis.personNames)")
    #expect(analysis.organizationNames.isSuperset(of: example.organizations), "organisations \(analysis.organizationNames)")
    #expect(analysis.placeNames.isSuperset(of: example.places), "places \(analysis.placeNames)")
    #expect(analysis.personNames.isDisjoint(with: example.nothing.subtracting(example.people)))
    #expect(analysis.organizationNames.isDisjoint(with: example.nothing.subtracting(example.organizations)))
    #expect(analysis.placeNames.isDisjoint(with: example.nothing.subtracting(example.places)))
    let others = analysis.personNames.subtracting(example.people)
    #expect(others.isEmpty, "people outside the table: \(others)")
  }

  @Test func aGivenNameAloneIsThePerson() throws {
    let analysis = analyze(["WHO chief Tedros Adhanom Ghebreyesus urged action.", "\"Share the doses,\" Tedros told reporters."])
    let tedros = try #require(analysis.people.first)
    #expect(analysis.people.count == 1)
    #expect(tedros.name == "Tedros Adhanom Ghebreyesus")
    #expect(tedros.mentions.count == 2)
  }
}
