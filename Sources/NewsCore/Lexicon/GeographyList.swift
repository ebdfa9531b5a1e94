// Seas, oceans, gulfs, straits, rivers, lakes, mountain ranges, deserts and islands, one
// per line, aliases after "|".
// Source: compiled by the lede authors from general knowledge (public domain facts).
// Licence: MIT, like the project.
extension LexiconData {
  static let geography = """
    Atlantic Ocean|Atlantic
    Pacific Ocean|Pacific
    Indian Ocean
    Arctic Ocean
    Southern Ocean
    Mediterranean Sea|Mediterranean
    Black Sea
    Caspian Sea
    Red Sea
    Dead Sea
    Baltic Sea|Baltic
    North Sea
    Aegean Sea|Aegean
    Adriatic Sea|Adriatic
    Ionian Sea
    Sea of Azov|Azov Sea
    Sea of Japan
    East China Sea
    South China Sea
    Yellow Sea
    Arabian Sea
    Caribbean Sea
    Barents Sea
    Bering Sea
    Sea of Okhotsk
    Tasman Sea
    Coral Sea
    Persian Gulf|Arabian Gulf|the Gulf
    Gulf of Aden
    Gulf of Oman
    Gulf of Mexico
    Gulf of Guinea
    Gulf of Finland
    Gulf of Aqaba
    Bay of Bengal
    Bay of Biscay
    Strait of Hormuz|Hormuz
    Bab el-Mandeb|Bab al-Mandab
    Bosphorus|Bosporus
    Dardanelles
    Strait of Gibraltar
    Kerch Strait
    Taiwan Strait
    Strait of Malacca|Malacca Strait
    English Channel
    Suez Canal
    Panama Canal
    Nile
    Euphrates
    Tigris
    Jordan River
    Danube
    Rhine
    Volga
    Dnieper|Dnipro River
    Don River
    Thames
    Seine
    Amazon River
    Mississippi River
    Rio Grande
    Yangtze
    Yellow River
    Mekong
    Ganges
    Indus
    Congo River
    Niger River
    Zambezi
    Orontes
    Lake Victoria
    Lake Chad
    Lake Baikal
    Lake Tanganyika
    Great Lakes
    Alps
    Pyrenees
    Carpathians|Carpathian Mountains
    Urals|Ural Mountains
    Himalayas
    Hindu Kush
    Andes
    Rocky Mountains|Rockies
    Atlas Mountains
    Zagros Mountains
    Qandil Mountains
    Mount Everest|Everest
    Mount Sinjar
    Sahara Desert
    Gobi Desert
    Negev Desert
    Kalahari
    Arabian Peninsula
    Korean Peninsula
    Iberian Peninsula
    Balkan Peninsula
    Crimean Peninsula
    Sinai Peninsula
    Anatolia
    Mesopotamia
    Scandinavian Peninsula
    Greenland
    Svalbard
    Falkland Islands|Falklands
    Canary Islands|Canaries
    Balearic Islands
    Spratly Islands|Spratlys
    Paracel Islands|Paracels
    Senkaku Islands|Diaoyu Islands
    Kuril Islands|Kurils
    Lesbos
    Lampedusa
    Cyprus
    Crete
    Rhodes
    Sicily
    Sardinia
    Malta
    Tasmania
    Hokkaido
    Honshu
    Java
    Sumatra
    Luzon
    Mindanao
    Madagascar
    Zanzibar
    Socotra
    Diego Garcia
    Guam
    Hawaii
    Galapagos Islands|Galapagos
    Easter Island
    Tierra del Fuego
    Cape of Good Hope
    Horn of Africa
    Gibraltar
    Bekaa Valley|Bekaa
    Jordan Valley
    Kashmir Valley
    Panjshir Valley|Panjshir
    Swat Valley
    Rift Valley
    Silicon Valley
    """
}
