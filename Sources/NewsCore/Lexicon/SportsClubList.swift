// Sports clubs and teams, one per line, aliases after "|". A club whose name is also a
// listed place ("Liverpool", "Monaco") is read as the club only in an article about
// sport (see `sportsWords`) and not after "in"; the others are always organisations.
// Source: compiled by the lede authors from general knowledge (public domain facts).
// Licence: MIT, like the project.
extension LexiconData {
  static let sportsClubs = """
    Arsenal
    Aston Villa
    Bournemouth|AFC Bournemouth
    Brentford
    Brighton & Hove Albion|Brighton and Hove Albion|Brighton
    Burnley
    Chelsea
    Crystal Palace
    Everton
    Fulham
    Leeds United|Leeds
    Leicester City|Leicester
    Liverpool
    Manchester City|Man City
    Manchester United|Man United|Man Utd
    Newcastle United|Newcastle
    Nottingham Forest
    Southampton
    Tottenham Hotspur|Tottenham
    West Ham United|West Ham
    Wolverhampton Wanderers
    Real Madrid
    Atletico Madrid|Atlético Madrid|Atletico
    Barcelona|Barca|Barça|FC Barcelona
    Sevilla
    Valencia
    Villarreal
    Athletic Bilbao
    Real Sociedad
    Bayern Munich|Bayern|Bayern München|FC Bayern
    Borussia Dortmund|Dortmund
    RB Leipzig
    Bayer Leverkusen|Leverkusen
    Schalke
    Eintracht Frankfurt
    Juventus
    AC Milan
    Inter Milan|Internazionale
    Napoli
    AS Roma|Roma
    Lazio
    Atalanta
    Fiorentina
    Paris St Germain|Paris Saint-Germain|PSG
    Marseille|Olympique de Marseille
    Lyon|Olympique Lyonnais
    Monaco|AS Monaco
    Lille
    Ajax|Ajax Amsterdam
    PSV Eindhoven|PSV
    Feyenoord
    PEC Zwolle
    AZ Alkmaar
    Benfica
    Porto|FC Porto
    Sporting Lisbon
    Galatasaray
    Fenerbahce|Fenerbahçe
    Besiktas|Beşiktaş
    Flamengo
    Boca Juniors
    River Plate
    Al Nassr|Al-Nassr
    Al Hilal|Al-Hilal
    Inter Miami
    LA Galaxy
    Mercedes|Mercedes-Benz
    Red Bull|Red Bull Racing
    Ferrari
    McLaren
    Los Angeles Lakers|Lakers
    Golden State Warriors
    Boston Celtics
    Chicago Bulls
    New York Yankees|Yankees
    Dallas Cowboys
    Kansas City Chiefs
    New England Patriots
    All Blacks
    """

  /// Words of sports reporting; three or more different ones make an article one about
  /// sport, where a club named like a city is the club.
  static let sportsWords = """
    football
    soccer
    striker
    midfielder
    defender
    goalkeeper
    winger
    manager
    coach
    league
    goal
    goals
    scored
    match
    season
    signing
    transfer
    squad
    stadium
    fixture
    cup
    tournament
    prix
    lap
    podium
    championship
    penalty
    derby
    relegation
    pre-season
    friendly
    club
    fans
    supporters
    kit
    pitch
    """
}
