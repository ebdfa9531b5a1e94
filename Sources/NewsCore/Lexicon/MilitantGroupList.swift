// Armed and militant groups, one per line, aliases and acronyms after "|".
// Source: compiled by the lede authors from general knowledge (public domain facts).
// Licence: MIT, like the project.
extension LexiconData {
  static let militantGroups = """
    Islamic State|IS|ISIS|ISIL|Daesh|Islamic State of Iraq and the Levant|Islamic State group|Islamic State of Iraq and Syria
    Al-Qaeda|Al Qaeda|al-Qaeda|al-Qaida|Al-Qaida|al Qaeda
    Al-Qaeda in the Arabian Peninsula|AQAP
    Al-Qaeda in the Islamic Maghreb|AQIM
    Hayat Tahrir al-Sham|HTS|Hayat Tahrir al Sham|Tahrir al-Sham|Hayat Tahrir ash-Sham
    Jabhat al-Nusra|Al-Nusra Front|Nusra Front|al-Nusra|Jabhat Fateh al-Sham
    Ahrar al-Sham
    Jaish al-Islam
    Jaish al-Izza
    Hurras al-Din|Hurras al-Deen
    Turkistan Islamic Party
    Nour al-Din al-Zenki
    Faylaq al-Rahman
    Hezbollah|Hizbollah|Hizbullah
    Hamas
    Islamic Jihad|Palestinian Islamic Jihad
    Al-Aqsa Martyrs' Brigades
    Houthis|Houthi|Ansar Allah|Huthis|Huthi
    Taliban
    Haqqani network
    Lashkar-e-Taiba|LeT
    Jaish-e-Mohammed|JeM
    Boko Haram
    Al-Shabaab|Al-Shabab|al-Shabaab|al-Shabab|Shabaab
    Ansar al-Sharia
    Ansar Dine
    Abu Sayyaf
    Jemaah Islamiyah
    FARC|Revolutionary Armed Forces of Colombia
    ELN|National Liberation Army
    Shining Path
    ETA
    IRA|Irish Republican Army
    Kataib Hezbollah
    Asaib Ahl al-Haq
    Badr Organisation|Badr Organization
    Lord's Resistance Army|LRA
    M23
    Janjaweed
    Rapid Support Forces
    Azov Battalion|Azov Regiment
    Jaysh al-Mahdi|Mahdi Army
    Tehrik-e-Taliban Pakistan
    Islamic Movement of Uzbekistan
    Sinai Province
    Islamic State West Africa Province|ISWAP
    Islamic State Khorasan Province|ISIS-K|IS-K
    Tigray People's Liberation Front|TPLF
    Polisario Front|Polisario
    Mujahedeen|Mujahideen
    """
}
