// Provinces, states, governorates and historical or political regions, one per line,
// aliases after "|".
// Source: compiled by the lede authors from general knowledge (public domain facts).
// Licence: MIT, like the project.
extension LexiconData {
  static let regions = """
    Idlib
    Hasakeh|Hasakah|al-Hasakah
    Quneitra
    Sweida|Suwayda
    Eastern Ghouta|Ghouta
    Golan Heights|Golan
    Kurdistan
    Iraqi Kurdistan
    Anbar
    Nineveh
    Diyala
    Sinjar
    Helmand
    Kunar
    Nangarhar
    Waziristan
    Balochistan|Baluchistan
    Khyber Pakhtunkhwa
    Punjab
    Sindh
    Kashmir
    Jammu and Kashmir
    Xinjiang
    Tibet
    Inner Mongolia
    Guangdong
    Hubei
    Sichuan
    Yunnan
    Fujian
    Zhejiang
    Jiangsu
    Kerala
    Tamil Nadu
    Maharashtra
    Gujarat
    Uttar Pradesh
    Bihar
    West Bengal
    Assam
    Manipur
    Rakhine
    Shan
    Kachin
    Aceh
    Papua
    Bali
    Java
    Sumatra
    Borneo
    Mindanao
    Crimea
    Donbas|Donbass
    Chechnya
    Dagestan
    Ingushetia
    Siberia
    Tatarstan
    Bashkortostan
    Karelia
    Chukotka
    Kamchatka
    Transcaucasia
    Caucasus|North Caucasus
    Central Asia
    Middle East
    Near East
    Far East
    Gulf region
    Maghreb
    Levant
    Sahel
    Sahara
    Horn of Africa
    West Africa
    East Africa
    North Africa
    Southern Africa
    Sub-Saharan Africa
    Latin America
    South America
    North America
    Central America
    Caribbean
    Scandinavia
    Balkans|Western Balkans
    Baltics|Baltic states
    Eastern Europe
    Western Europe
    Central Europe
    Europe
    Asia
    Africa
    Oceania
    Antarctica
    Arctic
    Asia-Pacific
    Southeast Asia
    South Asia
    East Asia
    Gaza|Gaza Strip
    West Bank
    East Jerusalem
    Sinai
    Darfur
    Kordofan
    Blue Nile
    Tigray
    Amhara
    Oromia
    Ogaden
    Puntland
    Jubaland
    Katanga
    Kivu|North Kivu|South Kivu
    Ituri
    Kasai
    Cabo Delgado
    Borno
    Casamance
    Cyrenaica
    Tripolitania
    Fezzan
    Kabylie
    Catalonia
    Basque Country
    Andalusia
    Galicia
    Bavaria
    Saxony
    Lombardy
    Sicily
    Sardinia
    Corsica
    Brittany
    Normandy
    Alsace
    Flanders
    Wallonia
    Transylvania
    Silesia
    Dalmatia
    Bosnia
    Herzegovina
    Vojvodina
    Ulster
    Quebec
    Ontario
    British Columbia
    Alberta
    Manitoba
    Nova Scotia
    Alabama
    Alaska
    Arizona
    Arkansas
    California
    Colorado
    Connecticut
    Delaware
    Florida
    Hawaii
    Idaho
    Illinois
    Indiana
    Iowa
    Kansas
    Kentucky
    Louisiana
    Maine
    Maryland
    Massachusetts
    Michigan
    Minnesota
    Mississippi
    Missouri
    Montana
    Nebraska
    Nevada
    New Hampshire
    New Jersey
    New Mexico
    North Carolina
    North Dakota
    Ohio
    Oklahoma
    Oregon
    Pennsylvania
    Rhode Island
    South Carolina
    South Dakota
    Tennessee
    Texas
    Utah
    Vermont
    Virginia
    Washington State
    West Virginia
    Wisconsin
    Wyoming
    Queensland
    New South Wales
    Tasmania
    Western Australia
    Patagonia
    Amazonia
    Chiapas
    Sinaloa
    Chihuahua
    Michoacan|Michoacán
    Yucatan|Yucatán
    Hokkaido
    Okinawa
    Fukushima
    Jeju
    Kurdistan Region
    Rojava
    Khuzestan
    Sistan and Baluchestan
    Hadramawt|Hadramout
    Marib
    Saada
    Dhofar
    Eastern Province
    Hejaz
    Nejd
    Galilee
    Negev
    Judea and Samaria
    Nagorno Karabakh
    Abkhazia
    Adjara
    Ferghana Valley
    Pamir
    """
}
