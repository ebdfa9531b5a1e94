// Demonyms (adjectives of nationality), one per line: the adjective, then "|" and the
// country it refers to (a name from CountryList.swift).
// Source: compiled by the lede authors from general knowledge (public domain facts).
// Licence: MIT, like the project.
extension LexiconData {
  static let demonyms = """
    Afghan|Afghanistan
    Albanian|Albania
    Algerian|Algeria
    Angolan|Angola
    Argentine|Argentina
    Argentinian|Argentina
    Armenian|Armenia
    Australian|Australia
    Austrian|Austria
    Azerbaijani|Azerbaijan
    Azeri|Azerbaijan
    Bahraini|Bahrain
    Bangladeshi|Bangladesh
    Belarusian|Belarus
    Belgian|Belgium
    Beninese|Benin
    Bolivian|Bolivia
    Bosnian|Bosnia and Herzegovina
    Brazilian|Brazil
    British|United Kingdom
    Bulgarian|Bulgaria
    Burkinabe|Burkina Faso
    Burmese|Myanmar
    Burundian|Burundi
    Cambodian|Cambodia
    Cameroonian|Cameroon
    Canadian|Canada
    Chadian|Chad
    Chilean|Chile
    Chinese|China
    Colombian|Colombia
    Congolese|Democratic Republic of Congo
    Costa Rican|Costa Rica
    Croatian|Croatia
    Cuban|Cuba
    Cypriot|Cyprus
    Czech|Czech Republic
    Danish|Denmark
    Dutch|Netherlands
    Ecuadorian|Ecuador
    Egyptian|Egypt
    Emirati|United Arab Emirates
    English|England
    Eritrean|Eritrea
    Estonian|Estonia
    Ethiopian|Ethiopia
    Filipino|Philippines
    Finnish|Finland
    French|France
    Gabonese|Gabon
    Gambian|Gambia
    Georgian|Georgia
    German|Germany
    Ghanaian|Ghana
    Greek|Greece
    Guatemalan|Guatemala
    Guinean|Guinea
    Haitian|Haiti
    Honduran|Honduras
    Hungarian|Hungary
    Icelandic|Iceland
    Indian|India
    Indonesian|Indonesia
    Iranian|Iran
    Iraqi|Iraq
    Irish|Ireland
    Israeli|Israel
    Italian|Italy
    Ivorian|Ivory Coast
    Jamaican|Jamaica
    Japanese|Japan
    Jordanian|Jordan
    Kazakh|Kazakhstan
    Kenyan|Kenya
    Kosovar|Kosovo
    Kuwaiti|Kuwait
    Kyrgyz|Kyrgyzstan
    Lao|Laos
    Laotian|Laos
    Latvian|Latvia
    Lebanese|Lebanon
    Liberian|Liberia
    Libyan|Libya
    Lithuanian|Lithuania
    Luxembourgish|Luxembourg
    Macedonian|North Macedonia
    Malagasy|Madagascar
    Malawian|Malawi
    Malaysian|Malaysia
    Maldivian|Maldives
    Malian|Mali
    Maltese|Malta
    Mauritanian|Mauritania
    Mexican|Mexico
    Moldovan|Moldova
    Mongolian|Mongolia
    Montenegrin|Montenegro
    Moroccan|Morocco
    Mozambican|Mozambique
    Namibian|Namibia
    Nepalese|Nepal
    Nepali|Nepal
    New Zealander|New Zealand
    Nicaraguan|Nicaragua
    Nigerian|Nigeria
    Nigerien|Niger
    North Korean|North Korea
    Norwegian|Norway
    Omani|Oman
    Pakistani|Pakistan
    Palestinian|Palestine
    Panamanian|Panama
    Paraguayan|Paraguay
    Peruvian|Peru
    Polish|Poland
    Portuguese|Portugal
    Qatari|Qatar
    Romanian|Romania
    Russian|Russia
    Rwandan|Rwanda
    Salvadoran|El Salvador
    Saudi|Saudi Arabia
    Scottish|Scotland
    Senegalese|Senegal
    Serbian|Serbia
    Serb|Serbia
    Sierra Leonean|Sierra Leone
    Singaporean|Singapore
    Slovak|Slovakia
    Slovenian|Slovenia
    Somali|Somalia
    South African|South Africa
    South Korean|South Korea
    South Sudanese|South Sudan
    Soviet|Soviet Union
    Spanish|Spain
    Sri Lankan|Sri Lanka
    Sudanese|Sudan
    Swedish|Sweden
    Swiss|Switzerland
    Syrian|Syria
    Taiwanese|Taiwan
    Tajik|Tajikistan
    Tanzanian|Tanzania
    Thai|Thailand
    Togolese|Togo
    Tunisian|Tunisia
    Turkish|Turkey
    Turkmen|Turkmenistan
    Ugandan|Uganda
    Ukrainian|Ukraine
    Uruguayan|Uruguay
    American|United States
    Uzbek|Uzbekistan
    Venezuelan|Venezuela
    Vietnamese|Vietnam
    Welsh|Wales
    Yemeni|Yemen
    Zambian|Zambia
    Zimbabwean|Zimbabwe
    Korean|Korea
    Spaniard|Spain
    Briton|Britain
    Swede|Sweden
    Croat|Croatia
    Welshman|Wales
    Dutchman|Netherlands
    Frenchman|France
    """
}
