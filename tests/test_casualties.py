"""Casualty mentions: numbers, qualifiers, victims, outcomes, sub-groups."""

from eventatlas.casualties import find_casualties, is_included
from eventatlas.text import make_document


def _found(text):
    return [(c.figure, c.qualifier, c.outcome, c.victim_kind) for c in find_casualties(make_document(text))]


def test_qualifiers_and_coordinated_groups():
    got = _found("Reports suggest that around 12 soldiers and three rebel fighters have been killed.")
    assert (12, "approximately", "killed", "military") in got
    assert (3, "exact", "killed", "rebel") in got


def test_more_than_is_at_least_one_more():
    (c,) = find_casualties(make_document("The group claimed that more than 12 soldiers have been killed."))
    assert (c.figure, c.low, c.high, c.qualifier) == (13, 13, None, "more_than")


def test_active_and_passive_forms_and_outcomes():
    got = _found("Militants killed three policemen and injured 12 civilians. A youth was hacked to death.")
    assert (3, "exact", "killed", "police") in got
    assert (12, "exact", "injured", "civilian") in got
    assert (1, "exact", "killed", "civilian") in got


def test_vague_words_follow_acled_conventions():
    (c,) = find_casualties(make_document("Dozens of people were wounded in the blast."))
    assert c.figure == 12 and c.outcome == "injured"


def test_included_subgroup_is_flagged():
    cs = find_casualties(make_document("Ten people were killed, including three children who were killed in the fire."))
    assert any(is_included(c) for c in cs)


def test_years_and_other_numbers_are_not_casualties():
    assert _found("In 2019, 2,000 people attended the rally and 30 vehicles were damaged.") == []
