// News agencies, newspapers, broadcasters and news websites, one per line, aliases after
// "|".
// Source: compiled by the lede authors from general knowledge (public domain facts).
// Licence: MIT, like the project.
extension LexiconData {
  static let newsOutlets = """
    Agence France-Presse|AFP|Agence France Presse
    Associated Press|AP
    Reuters|Thomson Reuters
    Bloomberg
    Dow Jones
    United Press International|UPI
    Deutsche Presse-Agentur|DPA|dpa
    ANSA
    EFE
    Kyodo|Kyodo News
    Yonhap
    Xinhua
    TASS|ITAR-TASS
    RIA Novosti|RIA
    Interfax
    Sputnik
    RT|Russia Today
    RBC
    Kommersant
    Vedomosti
    Izvestia
    Novaya Gazeta
    Anadolu Agency|Anadolu
    Daily Sabah
    Hurriyet|Hürriyet
    Milliyet
    Cumhuriyet
    Yeni Safak|Yeni Şafak
    TRT|TRT World
    IRNA
    ISNA
    Fars|Fars news agency
    Tasnim
    Mehr
    Press TV
    SANA
    Al Jazeera|Al-Jazeera|Aljazeera
    Al Arabiya|Al-Arabiya
    Al-Mayadeen|Al Mayadeen
    Asharq Al-Awsat
    Al-Ahram
    Al-Watan
    Arab News
    The National
    Gulf News
    Haaretz
    Times of Israel
    Jerusalem Post
    Ynet
    Times of India
    Hindustan Times
    The Hindu
    South China Morning Post|SCMP
    Global Times
    People's Daily
    China Daily
    CCTV
    CGTN
    NHK
    Asahi Shimbun
    Yomiuri Shimbun
    Nikkei
    Straits Times
    BBC|British Broadcasting Corporation
    Sky News
    ITV
    Channel 4
    The Guardian|Guardian
    The Times
    The Sunday Times
    Financial Times|FT
    The Economist|Economist
    The Telegraph|Daily Telegraph|Telegraph
    The Independent
    Daily Mail|Mail Online
    Daily Mirror
    The Sun
    Evening Standard
    The Observer
    New York Times|The New York Times|NYT
    Washington Post|The Washington Post
    Wall Street Journal|The Wall Street Journal|WSJ
    USA Today
    Los Angeles Times|LA Times
    Chicago Tribune
    Boston Globe
    Politico
    Axios
    The Hill
    Newsweek
    Time magazine
    The Atlantic
    The New Yorker
    CNN
    CNBC
    MSNBC
    Fox News
    NBC|NBC News
    ABC|ABC News
    CBS|CBS News
    NPR
    PBS
    Voice of America|VOA
    Radio Free Europe|Radio Free Europe/Radio Liberty|RFE/RL
    Deutsche Welle|DW
    Der Spiegel|Spiegel
    Die Zeit
    Bild
    Frankfurter Allgemeine Zeitung|FAZ
    Süddeutsche Zeitung|Suddeutsche Zeitung
    Le Monde
    Le Figaro
    Liberation|Libération
    France 24
    Le Parisien
    El Pais|El País
    El Mundo
    La Repubblica
    Corriere della Sera
    NRC Handelsblad
    Euronews
    Politico Europe
    Al-Monitor
    Middle East Eye
    The Moscow Times
    Meduza
    Kyiv Independent
    Ukrainska Pravda
    ABC News Australia
    Sydney Morning Herald
    The Australian
    CBC
    Globe and Mail
    Toronto Star
    Xinhua News Agency
    Kyodo News Agency
    Bernama
    Antara
    """
}
