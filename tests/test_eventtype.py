"""ACLED typing: triggers and the codebook's precedence rules."""

from eventatlas.eventtype import EVENT_TYPES, TypingInput, classify, disorder_type, filter_triggers, find_triggers
from eventatlas.text import make_document


def _classify(text, killed=0, injured=False, kinds=(), two_sided=False, civ=False, protesters_killed=False):
    trig = find_triggers(make_document(text))
    return classify(TypingInput(trig, killed, injured, frozenset(kinds), two_sided, civ, protesters_killed))


def test_all_25_sub_types_and_6_types():
    assert len(EVENT_TYPES) == 25
    assert len(set(EVENT_TYPES.values())) == 6


def test_battle_outranks_suicide_bomb():
    text = "A suicide bomber struck the camp and troops clashed with the attackers for hours."
    assert _classify(text, kinds={"rebel", "state_military"}, two_sided=True) == "Armed clash"
    assert _classify("A suicide bomber blew himself up at the gate of the camp.") == "Suicide bomb"


def test_abduction_becomes_attack_when_someone_is_killed():
    assert _classify("Gunmen abducted a trader.", civ=True) == "Abduction/forced disappearance"
    assert _classify("Gunmen abducted a trader and later killed him.", killed=1, civ=True) == "Attack"


def test_protest_variants():
    assert _classify("Workers staged a protest demanding unpaid wages.") == "Peaceful protest"
    assert _classify("Police fired tear gas to disperse the protesters.") == "Protest with intervention"
    assert _classify("Police opened fire on the protesters, killing two.", killed=2, protesters_killed=True) == "Excessive force against protesters"
    assert _classify("Protesters vandalised shops and torched vehicles during the demonstration.") == "Violent demonstration"


def test_strategic_developments_only_outside_violence():
    assert _classify("Police recovered five bombs from a bamboo cluster.") == "Disrupted weapons use"
    assert _classify("Police arrested 25 activists at a hotel.") == "Arrests"
    assert _classify("Unidentified men set fire to seven shops.") == "Looting/property destruction"


def test_no_trigger_no_event():
    assert _classify("The cabinet approved the budget for schools.") is None


def test_disorder_types():
    assert disorder_type("Battles", "Armed clash") == "Political violence"
    assert disorder_type("Protests", "Peaceful protest") == "Demonstrations"
    assert disorder_type("Strategic developments", "Arrests") == "Strategic developments"


def _kept(text):
    doc = make_document(text)
    return {t.sub_event_type for t in filter_triggers(doc, find_triggers(doc))}


def test_vehicle_accidents_are_not_attacks():
    assert _kept("A minibus plunged into a gorge in the hills, killing 14 passengers.") == set()
    assert _kept("Eleven pilgrims were killed when their truck overturned on the highway.") == set()
    # an attack on a bus is still an attack
    assert "_violence" in _kept("Gunmen attacked a bus on the highway, killing 14 passengers.")


def test_appeals_to_respect_a_truce_and_its_breach_are_no_agreement():
    assert "Agreement" not in _kept("The envoy urged both sides in the conflict to honour the truce.")
    assert "Agreement" not in _kept("The two militias accused each other of violating the ceasefire agreement.")
    assert "Agreement" in _kept("The two militias signed a ceasefire agreement in the capital.")


def test_territory_taken_back_and_held():
    assert _classify("Troops have taken back control of the district after the rebels fled.") == "Government regains territory"
    assert _classify("Soldiers recaptured the commune after a two-day offensive.", kinds={"state_military"}) == "Government regains territory"
    text = "Insurgents stormed the army post and have held the town ever since."
    assert _classify(text, kinds={"rebel"}) == "Non-state actor overtakes territory"


def test_force_against_people_who_were_protesting():
    text = "Police detained 30 nurses who were holding a sit-in outside the ministry."
    assert _classify(text) == "Protest with intervention"
    text = "Soldiers shot at unarmed protesters blocking the bridge, killing two."
    assert _classify(text, killed=2, protesters_killed=True) == "Excessive force against protesters"
    text = "Police fired tear gas at participants of the farmers' gathering in the town square."
    assert _classify(text) == "Protest with intervention"


def test_denials_appeals_and_diplomatic_protests_report_no_event():
    assert _kept("The rebels denied any role in the bombing of the bridge.") == set()
    assert _kept("Lawyers urged the authorities to investigate the killing of a colleague.") == set()
    assert "_protest" not in _kept("The ministry summoned the ambassador to protest against the border incursion.")
    assert "_protest" not in _kept("Delhi lodged a strong protest with Dhaka over the remarks.")
    # a protest by people stays one
    assert "_protest" in _kept("Traders staged a protest against the new toll in the town.")


def test_industrial_explosions_and_gang_arrests_are_no_events():
    assert _kept("A fireworks factory explosion killed nine workers on Monday.") == set()
    assert "Arrests" not in _kept("Police arrested a gangster wanted for extortion in the port city.")
    assert "Arrests" in _kept("Police arrested a leader of the banned group in the port city.")
