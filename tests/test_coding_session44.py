"""Coding fixes found by the forty-fourth session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import no_event as _none

pytestmark = pytest.mark.slow


# -- rounds one and two (both first run on the session's starting code) ----------------------------


def test_prices_that_exploded_in_a_market_are_no_bombing(pipeline):
    _none(pipeline, "Fuel prices at filling stations across Kano have exploded since the subsidy ended, with a litre "
                    "now costing three times as much, motorists said on Friday.")


def test_a_rifles_regiment_named_beside_a_brawl_is_no_weapon(pipeline):
    e = _first(pipeline, "On 3 May 2023, rioters from two villages fought with sticks and stones at Moirang "
                         "(Bishnupur, Manipur) over a grazing dispute; one man died before Assam Rifles personnel "
                         "separated the two sides.")
    assert (e.sub_event_type, e.fatalities) == ("Mob violence", 1)


def test_rival_factions_of_a_rebellion_are_armed_men(pipeline):
    e = _first(pipeline, "Rival factions of the old Anti-balaka rebellion fought over the town of Bambari on Friday, "
                         "leaving six fighters dead.")
    assert (e.event_type, e.sub_event_type, e.fatalities) == ("Battles", "Armed clash", 6)
    assert e.actor1 == "Unidentified Armed Group (Central African Republic)"  # no villagers' militia of Bambari


def test_explosive_packed_gas_cylinders_launched_at_a_base_are_shelling(pipeline):
    e = _first(pipeline, "FARC dissidents launched explosive-packed gas cylinders at a police station in Suarez on "
                         "Saturday night, damaging the roof; no one was hurt, officials said.")
    assert e.sub_event_type == "Shelling/artillery/missile attack"


def test_a_shop_owner_killed_by_party_men_is_a_civilian_victim(pipeline):
    e = _first(pipeline, "On 9 March 2025, Chhatra Dal activists stabbed a hardware shop owner to death at Kanchpur in "
                         "Narayanganj (Narayanganj) after he refused to pay them. Police detained two suspects.")
    assert (e.sub_event_type, e.actor2, e.fatalities) == ("Attack", "Civilians (Bangladesh)", 1)


def test_a_lynched_man_accused_of_firing_on_protesters_is_mob_violence(pipeline):
    e = _first(pipeline, "On 9 August 2024, a mob beat to death a former ward councillor of the AL in Debidwar "
                         "(Comilla). He was accused by residents of being involved in the firing on protesters on 4 August.")
    assert e.sub_event_type == "Mob violence"


def test_relatives_of_a_patient_who_died_who_beat_doctors_riot_and_kill_no_one(pipeline):
    e = _first(pipeline, "On 2 March 2023, relatives of a woman who died at a private clinic in Bogura town (Bogura) "
                         "assaulted a doctor and a nurse and smashed furniture, alleging wrong treatment.")
    assert (e.sub_event_type, e.fatalities) == ("Mob violence", 0)


def test_angry_youths_who_burn_a_police_post_after_a_shooting_riot(pipeline):
    e = _first(pipeline, "Irate youths set fire to a police post in Ughelli on Friday after a bus driver was allegedly "
                         "shot dead by a constable at a checkpoint.")
    assert e.event_type == "Riots"


def test_beating_him_to_death_is_one_killed(pipeline):
    e = _first(pipeline, "Villagers in Bauchi seized a man they accused of stealing a goat, beating him to death "
                         "before police arrived on Sunday.")
    assert (e.sub_event_type, e.fatalities) == ("Mob violence", 1)


def test_bare_troops_in_gaza_are_israeli_forces(pipeline):
    e = _first(pipeline, "On 5 July 2025, troops fired on a crowd waiting for flour trucks near Khan Younis (Khan "
                         "Younis, Gaza Strip), killing four Palestinians, the health ministry said.")
    assert (e.actor1, e.inter1) == ("Military Forces of Israel (2022-)", 8)


def test_a_theft_in_which_a_shop_owner_was_shot_is_crime(pipeline):
    _none(pipeline, "Detectives in Fortaleza said on Sunday that a pharmacy owner was wounded during a motorcycle theft "
                    "outside his shop; they said the motive was robbery.")


def test_youths_stoning_foreign_troops_who_fire_rubber_coated_bullets_riot(pipeline):
    e = _first(pipeline, "On 2 April 2024, Palestinian youths threw stones and Molotov cocktails at Military Forces of "
                         "Israel (2022-) troops at the main gate of Beit Ummar (Hebron, West Bank). Israeli forces fired "
                         "rubber-coated bullets and tear gas; medics said nine people were injured. [size=no report]")
    assert (e.sub_event_type, e.actor2) == ("Violent demonstration", "Military Forces of Israel (2022-)")
