// International organisations, government bodies, political parties and well-known
// companies, one per line, aliases and acronyms after "|".
// Source: compiled by the lede authors from general knowledge (public domain facts).
// Licence: MIT, like the project.
extension LexiconData {
  static let organizations = """
    United Nations|UN|U.N.
    UN Security Council|Security Council|United Nations Security Council|UNSC
    UN General Assembly|General Assembly|United Nations General Assembly|UNGA
    UN Human Rights Council|Human Rights Council
    UNHCR|UN refugee agency|United Nations High Commissioner for Refugees
    UNICEF|United Nations Children's Fund
    UNESCO
    World Food Programme|WFP|World Food Program
    World Health Organization|WHO|World Health Organisation
    International Atomic Energy Agency|IAEA
    Organisation for the Prohibition of Chemical Weapons|OPCW|Organization for the Prohibition of Chemical Weapons
    International Criminal Court|ICC
    International Court of Justice|ICJ
    International Monetary Fund|IMF
    World Bank
    World Trade Organization|WTO|World Trade Organisation
    OCHA|UN Office for the Coordination of Humanitarian Affairs
    UNRWA
    International Committee of the Red Cross|ICRC|Red Cross
    Red Crescent|Syrian Arab Red Crescent|Turkish Red Crescent
    Doctors Without Borders|Medecins Sans Frontieres|Médecins Sans Frontières|MSF
    Amnesty International|Amnesty
    Human Rights Watch|HRW
    Syrian Observatory for Human Rights|SOHR
    White Helmets
    Save the Children
    Oxfam
    Greenpeace
    Transparency International
    Reporters Without Borders|RSF
    Committee to Protect Journalists|CPJ
    NATO|North Atlantic Treaty Organization|Nato
    European Union|EU|E.U.
    European Commission
    European Parliament
    European Council
    Council of Europe
    European Central Bank|ECB
    European Court of Human Rights|ECHR
    European Court of Justice
    Eurogroup
    OSCE|Organization for Security and Co-operation in Europe
    African Union|AU
    Arab League
    Gulf Cooperation Council|GCC
    ASEAN|Association of Southeast Asian Nations
    OPEC|Organization of the Petroleum Exporting Countries
    G7|Group of Seven
    G20|Group of 20
    BRICS
    Shanghai Cooperation Organisation|SCO
    Collective Security Treaty Organization|CSTO
    Commonwealth of Independent States|CIS
    Eurasian Economic Union
    Organisation of Islamic Cooperation|OIC
    ECOWAS
    Interpol
    Europol
    Frontex
    Kremlin
    White House
    Pentagon
    State Department|US State Department
    Congress|US Congress
    Senate|US Senate
    House of Representatives
    Supreme Court|US Supreme Court
    Federal Reserve|Fed
    CIA|Central Intelligence Agency
    FBI|Federal Bureau of Investigation
    NSA|National Security Agency
    Department of Homeland Security|DHS
    Department of Justice|Justice Department|DOJ
    Treasury|US Treasury
    Downing Street
    Foreign Office|Foreign and Commonwealth Office
    Home Office
    House of Commons
    House of Lords
    Parliament
    Bundestag
    Bundeswehr
    Elysee|Elysée|Élysée Palace|Elysee Palace
    Quai d'Orsay
    Duma|State Duma
    Federation Council
    FSB
    GRU
    SVR
    Knesset
    Mossad
    Shin Bet
    Israel Defense Forces|IDF
    Majlis
    Revolutionary Guards|Islamic Revolutionary Guard Corps|IRGC|Revolutionary Guard
    Quds Force
    Basij
    Grand National Assembly
    MIT
    Pakistani Taliban|Tehreek-e-Taliban Pakistan|TTP
    ISI
    Lok Sabha
    Rajya Sabha
    National People's Congress
    Politburo
    Chinese Communist Party|Communist Party of China|CCP|CPC
    People's Liberation Army|PLA
    Zhongnanhai
    Blue House
    Vatican
    Syrian Democratic Forces|SDF
    Free Syrian Army|FSA
    Syrian Arab Army
    National Liberation Front|NLF
    Syrian National Coalition
    Syrian Interim Government
    People's Protection Units|YPG
    Women's Protection Units|YPJ
    Kurdistan Workers' Party|PKK|Kurdistan Workers Party
    Democratic Union Party|PYD
    Peshmerga
    Popular Mobilization Forces|PMF|Hashed al-Shaabi|Hashd al-Shaabi
    Wagner Group|Wagner
    Justice and Development Party|AKP|AK Party
    Republican People's Party|CHP
    Nationalist Movement Party|MHP
    Peoples' Democratic Party|HDP
    United Russia
    Communist Party
    Republican Party|GOP
    Democratic Party
    Conservative Party|Tory party
    Labour Party|Labour
    Liberal Democrats|Lib Dems
    Scottish National Party|SNP
    Christian Democratic Union|CDU
    Social Democratic Party|SPD
    Alternative for Germany|AfD
    National Rally|National Front
    Likud
    Fatah
    Palestinian Authority
    Palestine Liberation Organization|PLO
    Muslim Brotherhood
    Ennahda
    African National Congress|ANC
    Indian National Congress
    Bharatiya Janata Party|BJP
    Apple
    Google|Alphabet
    Microsoft
    Amazon
    Facebook|Meta
    Twitter
    Instagram
    YouTube
    WhatsApp
    Telegram
    TikTok
    Tesla
    Samsung
    Huawei
    Gazprom
    Rosneft
    Lukoil
    Rosatom
    Aeroflot
    Saudi Aramco|Aramco
    ExxonMobil|Exxon
    Chevron
    BP
    Shell|Royal Dutch Shell
    TotalEnergies
    Boeing
    Airbus
    Lockheed Martin
    Raytheon
    Goldman Sachs
    JPMorgan|JPMorgan Chase|JP Morgan
    Morgan Stanley
    Citigroup|Citi
    HSBC
    Deutsche Bank
    Barclays
    BlackRock
    Volkswagen|VW
    Toyota|Toyota Motor
    General Motors|GM
    Siemens
    Nestle|Nestlé
    Pfizer
    Moderna
    AstraZeneca
    Johnson & Johnson
    Novartis
    Sony|Sony Group
    Nokia
    Ericsson
    Alibaba
    Tencent
    Baidu
    Netflix
    Uber
    Nvidia
    Intel
    IBM
    Oracle
    Walmart
    Coca-Cola
    PepsiCo
    McDonald's
    Nike
    Turkish Airlines
    Emirates
    Qatar Airways
    Lufthansa
    Bank of England
    Bank of Japan
    People's Bank of China
    Central Bank of Russia|Bank of Russia
    SpaceX
    NASA
    Roscosmos
    Olympic Committee|International Olympic Committee|IOC
    FIFA
    UEFA
    Food and Drug Administration|FDA|U.S. Food and Drug Administration|US Food and Drug Administration
    Centers for Disease Control and Prevention|CDC|Centers for Disease Control
    Department of Health and Human Services|Health and Human Services|HHS
    National Institutes of Health|NIH
    Medicines and Healthcare products Regulatory Agency|MHRA
    European Medicines Agency|EMA
    Securities and Exchange Commission|SEC
    Federal Trade Commission|FTC
    Federal Communications Commission|FCC
    Environmental Protection Agency|EPA
    Internal Revenue Service|IRS
    Drug Enforcement Administration|DEA
    Immigration and Customs Enforcement|ICE
    Federal Aviation Administration|FAA
    National Transportation Safety Board|NTSB
    Crown Prosecution Service|CPS
    Metropolitan Police|Met Police|Scotland Yard
    Met Office
    National Health Service|NHS
    Office for National Statistics|ONS
    Financial Conduct Authority|FCA
    Competition and Markets Authority|CMA
    Grant Thornton
    Wedbush Securities|Wedbush
    Foxconn|Hon Hai
    Warner Bros|Warner Bros.|Warner Brothers|Warner Bros Discovery
    Walt Disney|Disney
    Hachette
    Penguin Random House
    HarperCollins
    Harvard University|Harvard
    Stanford University|Stanford
    Yale University|Yale
    Oxford University|University of Oxford
    Cambridge University|University of Cambridge
    Massachusetts Institute of Technology
    Unilever
    Procter & Gamble|P&G
    Allianz
    AXA
    Philip Morris International|Philip Morris
    British American Tobacco
    Ernst & Young|EY
    Deloitte
    KPMG
    PricewaterhouseCoopers|PwC
    McKinsey|McKinsey & Company
    UBS|UBS Securities
    Credit Suisse
    BNP Paribas
    Societe Generale|Société Générale
    Santander
    Wells Fargo
    Bank of America
    Berkshire Hathaway
    Verizon
    AT&T
    Comcast
    OpenAI
    BioNTech
    Ben & Jerry's
    Zoom Video Communications|Zoom
    Nissan
    Hyundai
    Stellantis
    Ford Motor|Ford Motor Company
    Renault
    BMW
    Mercedes-Benz Group
    Daimler
    Spotify
    Airbnb
    PayPal
    Mastercard
    Qualcomm
    Broadcom
    AMD|Advanced Micro Devices
    TSMC|Taiwan Semiconductor Manufacturing Company
    ASML
    SoftBank
    Rio Tinto
    BHP
    Glencore
    Petrobras
    Pemex
    Equinor
    ArcelorMittal
    Maersk
    FedEx
    UPS
    Starbucks
    Adidas
    LVMH
    Louis Vuitton
    """
}
