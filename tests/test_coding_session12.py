"""Coding fixes found by the twelfth session's fresh invented sets. Every text here is invented
for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first

pytestmark = pytest.mark.slow


# --- force against a protest --------------------------------------------------------------------


def test_without_warning_is_no_negation_of_the_shooting(pipeline):
    ev = _first(pipeline, "Without warning, troops fired rubber pellets and live bullets at a peaceful march of teachers "
                          "in Bogra town on 3 May 2023. One teacher died and twelve were hurt.")
    assert ev.sub_event_type == "Excessive force against protesters"


def test_live_ammunition_fired_with_an_aside_at_people_protesting(pipeline):
    ev = _first(pipeline, "On 4 June 2021, soldiers fired live ammunition, some of it from a water tower, at people "
                          "protesting outside the district office in Kassala. At least 9 people died.")
    assert ev.sub_event_type == "Excessive force against protesters"


def test_opening_fire_on_a_peaceful_gathering_is_force_against_it(pipeline):
    ev = _first(pipeline, "Hundreds of farmers assembled outside the sugar mill in Tando Adam on 8 January 2023 to demand "
                          "unpaid dues. Police opened fire on the peaceful gathering, killing two farmers.")
    assert ev.sub_event_type == "Excessive force against protesters"


def test_warning_shots_are_still_negated_by_a_real_warning():
    # the negation list keeps "warned": a threat is no event
    from eventatlas.eventtype import _NEGATED

    assert _NEGATED.search("the commander warned that troops ")
    assert not _NEGATED.search("Without warning, troops ")


# --- abductions ---------------------------------------------------------------------------------


def test_captives_marched_into_the_bush_are_no_march(pipeline):
    ev = _first(pipeline, "Bandits kidnapped 14 farmers from their fields near Gusau on Tuesday. Nobody was hurt; the "
                          "kidnappers marched the hostages towards the forest.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_took_fishermen_captive_is_an_abduction(pipeline):
    ev = _first(pipeline, "Pirates boarded a trawler near Siasi island (Siasi, Sulu) on 2 March 2020 and took five "
                          "crewmen captive.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_an_activist_snatched_as_he_left_a_protest_camp(pipeline):
    ev = _first(pipeline, "Unknown men in a van snatched a well-known student activist as he was leaving the protest "
                          "site in Basra on Thursday night, relatives said.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


# --- arrests and their background ---------------------------------------------------------------


def test_arrests_on_charges_called_a_pretext_are_political(pipeline):
    ev = _first(pipeline, "Police in Tashkent detained two bloggers on Friday on tax fraud charges that rights groups "
                          "called trumped-up.")
    assert ev is not None and ev.sub_event_type == "Arrests"


def test_ordinary_fraud_arrests_stay_no_event(pipeline):
    assert pipeline.extract("Police in Tashkent detained two bank clerks on Friday on tax fraud charges.").events == []


def test_an_opening_clause_of_what_came_before_is_background(pipeline):
    ev = _first(pipeline, "Two days after police broke up the teachers' sit-in, officers arrested the union's president "
                          "at his home in Sibi on 14 June 2023.")
    assert ev.sub_event_type == "Arrests"


def test_a_beating_told_as_days_earlier_is_background_of_arrests(pipeline):
    ev = _first(pipeline, "Police arrested 25 people, most of them Jubo League men, in Narsingdi on 3 March 2025 after "
                          "a college teacher was beaten at his home three days earlier.")
    assert ev.sub_event_type == "Arrests"


def test_grenades_recovered_in_a_raid_are_no_grenade_attack(pipeline):
    ev = _first(pipeline, "The CTD arrested two suspected militants of the banned Lashkar-e-Jhangvi in Quetta on Monday, "
                          "recovering four hand grenades and a pistol.")
    assert ev.sub_event_type == "Arrests"


# --- no event -----------------------------------------------------------------------------------


def test_a_cricket_report_with_a_clash_headline_is_no_event(pipeline):
    assert pipeline.extract("Sri Lanka crush Bangladesh in Asia Cup clash - two batsmen struck unbeaten centuries as "
                            "the hosts won by 150 runs in Kandy on Saturday.").events == []


def test_a_football_win_celebrated_without_incident_is_no_event(pipeline):
    assert pipeline.extract("Peru's national team beat Chile 2-0 on 5 June 2023, and fans celebrated in the streets of "
                            "Lima without incident.").events == []


def test_a_crowd_gathered_to_watch_a_final_is_no_protest(pipeline):
    assert pipeline.extract("Thousands of residents gathered in the main square of Tirana on Saturday to watch the final "
                            "on giant screens.").events == []
