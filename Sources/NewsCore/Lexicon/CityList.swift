// National capitals and major world cities, one per line, aliases after "|". Names that
// are also common English words (Nice, Split, Reading, Mobile) are left out on purpose.
// Source: compiled by the lede authors from general knowledge (public domain facts).
// Licence: MIT, like the project.
extension LexiconData {
  static let cities = """
    Kabul
    Tirana
    Algiers
    Luanda
    Buenos Aires
    Yerevan
    Canberra
    Sydney
    Melbourne
    Brisbane
    Perth
    Vienna
    Baku
    Manama
    Dhaka
    Minsk
    Brussels
    Antwerp
    Thimphu
    La Paz
    Sarajevo
    Gaborone
    Brasilia|Brasília
    Rio de Janeiro|Rio
    Sao Paulo|São Paulo
    Sofia
    Ouagadougou
    Phnom Penh
    Yaounde|Yaoundé
    Ottawa
    Toronto
    Montreal|Montréal
    Vancouver
    Bangui
    N'Djamena|Ndjamena
    Santiago
    Beijing|Peking
    Shanghai
    Hong Kong
    Guangzhou
    Shenzhen
    Wuhan
    Chongqing
    Tianjin
    Chengdu
    Bogota|Bogotá
    Medellin|Medellín
    Kinshasa
    Brazzaville
    Goma
    San Jose
    Abidjan
    Yamoussoukro
    Zagreb
    Havana
    Nicosia
    Prague
    Copenhagen
    Santo Domingo
    Quito
    Cairo
    Alexandria
    San Salvador
    Asmara
    Tallinn
    Addis Ababa
    Suva
    Helsinki
    Paris
    Marseille
    Lyon
    Strasbourg
    Libreville
    Banjul
    Tbilisi
    Berlin
    Munich
    Frankfurt
    Hamburg
    Cologne
    Bonn
    Accra
    Athens
    Thessaloniki
    Guatemala City
    Conakry
    Georgetown
    Port-au-Prince
    Tegucigalpa
    Budapest
    Reykjavik
    New Delhi|Delhi
    Mumbai|Bombay
    Kolkata|Calcutta
    Chennai|Madras
    Bangalore|Bengaluru
    Hyderabad
    Srinagar
    Jakarta
    Tehran|Teheran
    Isfahan
    Mashhad
    Baghdad
    Basra
    Mosul
    Erbil|Irbil
    Kirkuk
    Fallujah
    Dublin
    Belfast
    Jerusalem
    Tel Aviv
    Haifa
    Rome
    Milan
    Naples
    Venice
    Florence
    Turin
    Kingston
    Tokyo
    Osaka
    Kyoto
    Hiroshima
    Amman
    Astana|Nur-Sultan
    Almaty
    Nairobi
    Mombasa
    Pristina
    Kuwait City
    Bishkek
    Vientiane
    Riga
    Beirut
    Maseru
    Monrovia
    Tripoli
    Benghazi
    Misrata
    Vilnius
    Antananarivo
    Lilongwe
    Kuala Lumpur
    Bamako
    Timbuktu
    Valletta
    Nouakchott
    Port Louis
    Mexico City
    Guadalajara
    Monterrey
    Tijuana
    Chisinau
    Ulaanbaatar|Ulan Bator
    Podgorica
    Rabat
    Casablanca
    Marrakesh|Marrakech
    Maputo
    Naypyidaw|Naypyitaw
    Yangon|Rangoon
    Windhoek
    Kathmandu
    Amsterdam
    Rotterdam
    The Hague
    Wellington
    Auckland
    Managua
    Niamey
    Abuja
    Lagos
    Kano
    Pyongyang
    Skopje
    Oslo
    Muscat
    Islamabad
    Karachi
    Lahore
    Peshawar
    Quetta
    Ramallah
    Gaza City
    Hebron
    Panama City
    Port Moresby
    Asuncion|Asunción
    Lima
    Manila
    Warsaw
    Krakow|Kraków
    Lisbon
    Porto
    Doha
    Bucharest
    Moscow
    Saint Petersburg|St Petersburg|St. Petersburg
    Sochi
    Kazan
    Novosibirsk
    Yekaterinburg
    Vladivostok
    Kaliningrad
    Volgograd
    Grozny
    Kigali
    Riyadh
    Jeddah
    Mecca
    Medina
    Dakar
    Belgrade
    Freetown
    Bratislava
    Ljubljana
    Mogadishu
    Pretoria
    Johannesburg
    Cape Town
    Durban
    Seoul
    Busan
    Juba
    Madrid
    Barcelona
    Seville
    Valencia
    Colombo
    Khartoum
    Omdurman
    Paramaribo
    Stockholm
    Bern|Berne
    Geneva
    Zurich|Zürich
    Basel
    Lausanne
    Davos
    Damascus
    Aleppo
    Homs
    Hama
    Latakia
    Raqqa|Raqa
    Deir ez-Zor|Deir Ezzor|Deir al-Zor
    Palmyra
    Daraa|Deraa
    Kobani
    Afrin
    Manbij
    Douma
    Taipei
    Dushanbe
    Dar es Salaam
    Dodoma
    Bangkok
    Lome|Lomé
    Port of Spain
    Tunis
    Ankara
    Istanbul
    Izmir
    Antalya
    Gaziantep
    Diyarbakir|Diyarbakır
    Ashgabat
    Kampala
    Kiev|Kyiv
    Kharkiv|Kharkov
    Odessa|Odesa
    Donetsk
    Luhansk|Lugansk
    Mariupol
    Lviv
    Dnipro
    Sevastopol
    Simferopol
    Abu Dhabi
    Dubai
    Sharjah
    London
    Manchester
    Birmingham
    Liverpool
    Edinburgh
    Glasgow
    Cardiff
    Washington|Washington DC|Washington, D.C.
    New York|New York City|NYC
    Los Angeles
    Chicago
    Houston
    Philadelphia
    Phoenix
    San Antonio
    San Diego
    Dallas
    San Francisco
    Seattle
    Boston
    Miami
    Atlanta
    Detroit
    Denver
    Las Vegas
    New Orleans
    Baltimore
    Pittsburgh
    Minneapolis
    Cleveland
    Montevideo
    Tashkent
    Samarkand
    Caracas
    Hanoi
    Ho Chi Minh City|Saigon
    Sanaa|Sana'a
    Aden
    Hodeidah|Hudaydah
    Taiz
    Lusaka
    Harare
    Kandahar
    Herat
    Mazar-i-Sharif
    Jalalabad
    Kunduz
    Sirte
    Derna
    Gao
    Maiduguri
    Srebrenica
    Sderot
    Khan Younis
    Rafah
    Tyre
    Sidon
    Salisbury
    Davao
    Marawi
    Mandalay
    Lhasa
    Urumqi
    Macau
    Luxembourg City
    Monaco
    Vaduz
    Andorra la Vella
    San Marino
    Dresden
    Leipzig
    Stuttgart
    Dusseldorf|Düsseldorf
    Salzburg
    Gothenburg
    Malmo|Malmö
    Bergen
    Tromso
    Gdansk|Gdańsk
    Lodz
    Wroclaw|Wrocław
    Brno
    Debrecen
    Cluj-Napoca
    Plovdiv
    Mostar
    Tuzla
    Novi Sad
    Nis
    Ohrid
    Durres
    Batumi
    Ganja
    Stepanakert
    Nagorno-Karabakh
    Bukhara
    Osh
    Karaganda
    Ulan-Ude
    Irkutsk
    Murmansk
    Arkhangelsk
    Rostov-on-Don|Rostov
    Krasnodar
    Samara
    Nizhny Novgorod
    Omsk
    Chelyabinsk
    Ufa
    Voronezh
    Saratov
    Tomsk
    Yakutsk
    Khabarovsk
    Makhachkala
    Nalchik
    Vladikavkaz
    Tskhinvali
    Sukhumi
    Tiraspol
    """
}
