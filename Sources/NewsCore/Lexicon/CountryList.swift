// Countries and territories, one per line: the common English short name first, then
// aliases separated by "|".
// Source: compiled by the lede authors from general knowledge of the ISO 3166-1 country
// list (public domain facts). Licence: MIT, like the project.
extension LexiconData {
  static let countries = """
    Afghanistan
    Albania
    Algeria
    Andorra
    Angola
    Antigua and Barbuda
    Argentina
    Armenia
    Australia
    Austria
    Azerbaijan
    Bahamas|The Bahamas
    Bahrain
    Bangladesh
    Barbados
    Belarus
    Belgium
    Belize
    Benin
    Bhutan
    Bolivia
    Bosnia and Herzegovina|Bosnia|Bosnia-Herzegovina
    Botswana
    Brazil
    Brunei
    Bulgaria
    Burkina Faso
    Burundi
    Cambodia
    Cameroon
    Canada
    Cape Verde|Cabo Verde
    Central African Republic
    Chad
    Chile
    China|People's Republic of China|PRC|Mainland China
    Colombia
    Comoros
    Democratic Republic of Congo|DR Congo|DRC|Democratic Republic of the Congo|Congo-Kinshasa
    Republic of Congo|Congo-Brazzaville|Congo
    Costa Rica
    Ivory Coast|Cote d'Ivoire|Côte d'Ivoire
    Croatia
    Cuba
    Cyprus
    Czech Republic|Czechia
    Denmark
    Djibouti
    Dominica
    Dominican Republic
    East Timor|Timor-Leste
    Ecuador
    Egypt
    El Salvador
    Equatorial Guinea
    Eritrea
    Estonia
    Eswatini|Swaziland
    Ethiopia
    Fiji
    Finland
    France
    Gabon
    Gambia|The Gambia
    Georgia
    Germany
    Ghana
    Greece
    Grenada
    Guatemala
    Guinea
    Guinea-Bissau
    Guyana
    Haiti
    Honduras
    Hungary
    Iceland
    India
    Indonesia
    Iran|Islamic Republic of Iran
    Iraq
    Ireland|Republic of Ireland|Eire
    Israel
    Italy
    Jamaica
    Japan
    Jordan
    Kazakhstan
    Kenya
    Kiribati
    North Korea|DPRK|Democratic People's Republic of Korea
    South Korea|Republic of Korea|ROK
    Kosovo
    Kuwait
    Kyrgyzstan
    Laos
    Latvia
    Lebanon
    Lesotho
    Liberia
    Libya
    Liechtenstein
    Lithuania
    Luxembourg
    Madagascar
    Malawi
    Malaysia
    Maldives
    Mali
    Malta
    Marshall Islands
    Mauritania
    Mauritius
    Mexico
    Micronesia
    Moldova
    Monaco
    Mongolia
    Montenegro
    Morocco
    Mozambique
    Myanmar|Burma
    Namibia
    Nauru
    Nepal
    Netherlands|The Netherlands|Holland
    New Zealand
    Nicaragua
    Niger
    Nigeria
    North Macedonia|Macedonia
    Norway
    Oman
    Pakistan
    Palau
    Palestine|Palestinian Territories|State of Palestine
    Panama
    Papua New Guinea
    Paraguay
    Peru
    Philippines|The Philippines
    Poland
    Portugal
    Qatar
    Romania
    Russia|Russian Federation
    Rwanda
    Saint Kitts and Nevis
    Saint Lucia
    Saint Vincent and the Grenadines
    Samoa
    San Marino
    Sao Tome and Principe|São Tomé and Príncipe
    Saudi Arabia|Kingdom of Saudi Arabia|KSA
    Senegal
    Serbia
    Seychelles
    Sierra Leone
    Singapore
    Slovakia
    Slovenia
    Solomon Islands
    Somalia
    South Africa
    South Sudan
    Spain
    Sri Lanka
    Sudan
    Suriname
    Sweden
    Switzerland
    Syria|Syrian Arab Republic
    Taiwan|Republic of China
    Tajikistan
    Tanzania
    Thailand
    Togo
    Tonga
    Trinidad and Tobago
    Tunisia
    Turkey|Türkiye|Turkiye
    Turkmenistan
    Tuvalu
    Uganda
    Ukraine
    United Arab Emirates|UAE|the Emirates
    United Kingdom|UK|U.K.|Britain|Great Britain
    United States|US|U.S.|USA|U.S.A.|United States of America|America
    Uruguay
    Uzbekistan
    Vanuatu
    Vatican|Vatican City|Holy See
    Venezuela
    Vietnam|Viet Nam
    Yemen
    Zambia
    Zimbabwe
    Greenland
    Puerto Rico
    Hong Kong
    Macau|Macao
    Gibraltar
    Bermuda
    Western Sahara
    Northern Cyprus
    Abkhazia
    South Ossetia
    Transnistria
    Somaliland
    England
    Scotland
    Wales
    Northern Ireland
    Soviet Union|USSR
    Yugoslavia
    """
}
