// Spelling variants of the same name across outlets and transliterations, one group per
// line, the preferred spelling first: `NameNormalizer` maps each word of a name to the
// first of its group, so "Muhammad bin Salman" and "Mohammed bin Salman" match.
// Source: compiled by the lede authors from general knowledge. Licence: MIT, like the
// project.
extension LexiconData {
  static let transliterations = """
    mohammed|muhammad|mohammad|mohamed|muhammed|mohamad|mohammod
    ahmed|ahmad|ahmet
    hussein|husain|hussain|houssein|husayn
    hassan|hasan
    mahmoud|mahmud|mahmood
    youssef|yousef|yusuf|yousuf|youssouf
    omar|umar
    osama|usama
    abdullah|abdallah|abdulla
    abdel|abdul|abd
    qaeda|qaida
    gaddafi|qaddafi|kadhafi|gadhafi|qadhafi|kaddafi
    erdogan|erdoğan
    cavusoglu|çavuşoğlu
    assad|asad
    rouhani|rohani
    khamenei|khamenei
    nasrallah|nasrallah
    zelensky|zelenskyy|zelenskiy|zelenskii
    navalny|navalni
    dmitry|dmitri|dmitriy
    sergei|sergey
    alexei|alexey|aleksei
    andrei|andrey
    yuri|yury|yurii
    yevgeny|evgeny|yevgeniy
    nikolai|nikolay
    kyiv|kiev
    kharkiv|kharkov
    odesa|odessa
    luhansk|lugansk
    hezbollah|hizbollah|hizbullah
    houthis|huthis|houthi|huthi
    sanaa|sana'a
    beijing|peking
    mumbai|bombay
    myanmar|burma
    turkey|turkiye
    """
}
