"""Coding fixes found by the thirtieth session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first

pytestmark = pytest.mark.slow


# -- strategic developments --------------------------------------------------------------------------


def test_fighters_moving_in_on_a_weekday_without_fighting_is_a_peaceful_transfer(pipeline):
    ev = _first(pipeline, "Army units left the town of Tillia overnight and jihadist fighters moved in on Saturday "
                          "without any fighting, local elders said.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


# -- demonstrations ------------------------------------------------------------------------------------


def test_a_named_road_blocked_to_demand_something_is_a_protest(pipeline):
    ev = _first(pipeline, "On 2 March 2024, coca growers blocked the Ruta Siete near Chimore (Carrasco, Cochabamba) "
                          "to demand the release of their leader.")
    assert ev.event_type == "Protests"
    assert ev.sub_event_type == "Peaceful protest"


def test_a_named_road_blocked_to_demand_with_a_fire_set_is_a_violent_demonstration(pipeline):
    ev = _first(pipeline, "On 9 October 2023, cane cutters blocked the Carretera Central near Jatibonico (Sancti Spiritus) "
                          "demanding unpaid wages and set fire to a police kiosk.")
    assert ev.sub_event_type == "Violent demonstration"


def test_people_lined_up_along_a_river_bank_demanding_protest(pipeline):
    ev = _first(pipeline, "On 4 February 2025, hundreds of fishermen lined up along the bank of the Padma in Char Bhadrasan "
                          "upazila (Faridpur), demanding a ban on sand dredging.")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_crowd_that_burns_a_police_post_over_a_death_in_custody_demonstrates(pipeline):
    ev = _first(pipeline, "Youths burned a police post in Kitale on Tuesday and threw stones at officers after a hawker "
                          "died in police custody, witnesses said.")
    assert ev.sub_event_type == "Violent demonstration"


def test_rioters_angered_by_a_police_killing_demonstrate(pipeline):
    ev = _first(pipeline, "Rioters set cars alight and attacked a police station in Lyon overnight, angered by the police "
                          "killing of a young delivery rider.")
    assert ev.sub_event_type == "Violent demonstration"
