"""ACLED typing: triggers and the codebook's precedence rules."""

from eventatlas.eventtype import EVENT_TYPES, TypingInput, classify, disorder_type, find_triggers
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
