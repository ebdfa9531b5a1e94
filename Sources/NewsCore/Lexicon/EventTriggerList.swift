// Event trigger words, one per line: the word as written (lower case), then "|" and
// the normalised event name, then "|" and its class: `meeting` (talks, summits; held in
// a city), `conflict` (attacks, offensives; aimed at a place), `disaster` (no
// participants), `other`. Lines with the
// class `verb` are verbs that report a meeting ("met", "discussed") and only add place,
// date and participants to a meeting named elsewhere.
// Source: compiled by the lede authors from general knowledge. Licence: MIT, like the
// project.
extension LexiconData {
  static let eventTriggers = """
    talks|talks|meeting
    negotiations|negotiations|meeting
    summit|summit|meeting
    summits|summit|meeting
    meeting|meeting|meeting
    meetings|meeting|meeting
    visit|visit|meeting
    conference|conference|meeting
    congress|congress|meeting
    forum|forum|meeting
    offensive|offensive|conflict
    attack|attack|conflict
    attacks|attack|conflict
    assault|assault|conflict
    strike|strike|conflict
    strikes|strike|conflict
    airstrike|airstrike|conflict
    airstrikes|airstrike|conflict
    air-strike|airstrike|conflict
    air-strikes|airstrike|conflict
    raid|raid|conflict
    raids|raid|conflict
    bombing|bombing|conflict
    bombings|bombing|conflict
    bombardment|bombardment|conflict
    shelling|shelling|conflict
    clashes|clashes|conflict
    battle|battle|conflict
    invasion|invasion|conflict
    incursion|incursion|conflict
    ambush|ambush|conflict
    explosion|explosion|conflict
    blast|blast|conflict
    shooting|shooting|conflict
    massacre|massacre|conflict
    siege|siege|conflict
    coup|coup|conflict
    ceasefire|ceasefire|other
    cease-fire|ceasefire|other
    truce|truce|other
    election|election|other
    elections|election|other
    vote|vote|other
    referendum|referendum|other
    protest|protest|other
    protests|protest|other
    demonstration|demonstration|other
    demonstrations|demonstration|other
    rally|rally|other
    trial|trial|other
    hearing|hearing|other
    earthquake|earthquake|disaster
    quake|earthquake|disaster
    flood|flood|disaster
    floods|flood|disaster
    flooding|flood|disaster
    hurricane|hurricane|disaster
    cyclone|cyclone|disaster
    typhoon|typhoon|disaster
    wildfire|wildfire|disaster
    wildfires|wildfire|disaster
    tsunami|tsunami|disaster
    eruption|eruption|disaster
    crash|crash|disaster
    funeral|funeral|other
    inauguration|inauguration|other
    ceremony|ceremony|other
    meet|meeting|verb
    meets|meeting|verb
    met|meeting|verb
    discuss|meeting|verb
    discussed|meeting|verb
    discusses|meeting|verb
    hosted|meeting|verb
    hosts|meeting|verb
    """
}
