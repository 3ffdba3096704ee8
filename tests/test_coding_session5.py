"""Coding fixes found by the fifth session's fresh invented sets (Balochistan protest notes,
CASE-style snippets, Bangladesh notes of 2022-25). Every text here is invented for the test."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _first(pipeline, text):
    events = pipeline.extract(text).events
    assert events, text
    return events[0]


@pytest.mark.parametrize("text", [
    "On 2 May 2024, members of a students' union held a rally in Khuzdar against fee increases and dispersed peacefully after an hour.",
    "On 9 June 2024, traders staged a protest in Nushki over power cuts. The protesters dispersed in the evening after talks with the deputy commissioner.",
])
def test_protesters_who_disperse_by_themselves_protest_peacefully(pipeline, text):
    assert _first(pipeline, text).sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "On 2 May 2024, police dispersed the students who had gathered in Khuzdar to protest fee increases.",
    "On 2 May 2024, students protesting fee increases in Khuzdar were dispersed by the police.",
])
def test_protesters_dispersed_by_the_police_meet_intervention(pipeline, text):
    assert _first(pipeline, text).sub_event_type == "Protest with intervention"


def test_engaged_in_a_trade_is_no_fight(pipeline):
    ev = _first(pipeline, "On 3 May 2024, truck drivers engaged in the cross-border trade blocked the highway near Dalbandin against a new permit system.")
    assert ev.sub_event_type == "Peaceful protest"


def test_engaged_in_chasing_is_a_fight(pipeline):
    ev = _first(pipeline, "Activists of two rival student groups engaged in chasing and counter chasing on the campus in Barisal, and both sides used sharp weapons.")
    assert ev.event_type in {"Battles", "Riots"}


def test_a_death_alleged_as_the_cause_of_a_sit_in_is_background(pipeline):
    ev = _first(pipeline, "On 4 March 2025, relatives of a labourer staged a sit-in on the main road in Mand (Kech district), alleging that he had been killed in a fake encounter by security forces two days earlier.")
    assert ev.sub_event_type == "Peaceful protest"
    assert ev.fatalities == 0


def test_protesters_who_clash_with_troops_unarmed_riot(pipeline):
    ev = _first(pipeline, "On 8 July 2024, protesters clashed with Frontier Corps personnel in Chaman and pelted them with stones.")
    assert ev.sub_event_type == "Violent demonstration"
    assert ev.inter1 == 5


def test_a_crowd_that_storms_a_party_office_riots(pipeline):
    ev = _first(pipeline, "On 6 August 2024, a crowd stormed the district office of a ruling party in Jessore, vandalised it and set the building on fire.")
    assert ev.sub_event_type == "Mob violence"


def test_militants_who_storm_a_town_still_take_it(pipeline):
    ev = _first(pipeline, "Militants stormed the town of Kolofata and took control of it after government troops withdrew.")
    assert ev.event_type == "Battles" or ev.sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.parametrize(("text", "dead"), [
    ("On 1 April 2025, one of the suspects, aged 35, died in hospital after a crowd beat him in Sylhet on suspicion of theft.", 1),
    ("On 2 April 2025, police fired on striking workers in Gazipur; one worker, aged 22, was killed.", 1),
])
def test_an_age_after_aged_is_no_toll(pipeline, text, dead):
    assert _first(pipeline, text).fatalities == dead


def test_villagers_who_beat_men_suspected_of_theft_are_a_mob(pipeline):
    ev = _first(pipeline, "Villagers in Kulaura upazila of Moulvibazar caught two men they suspected of stealing goats on 3 April 2025 and beat them with sticks. One of them died; the other is being treated under police guard.")
    assert ev.sub_event_type == "Mob violence"
    assert ev.actor1 == "Rioters (Bangladesh)"
