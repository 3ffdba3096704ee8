"""Coding fixes found by the forty-fifth session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import no_event as _none

pytestmark = pytest.mark.slow


# -- rounds one and two (both first run on the session's starting code) ----------------------------


def test_a_protest_law_amended_is_no_protest(pipeline):
    _none(pipeline, "Parliament in Amman passed changes to the protest law on Tuesday that double fines for unlicensed "
                    "marches, a move rights groups called a setback.")


def test_a_court_striking_down_a_police_directive_is_no_clash(pipeline):
    _none(pipeline, "A Lagos court on Monday struck down a police directive that banned rallies in the city centre, "
                    "saying it breached the right to assemble.")


def test_raids_a_law_would_help_curb_are_no_attack(pipeline):
    _none(pipeline, "Senators on Wednesday approved a bill to hire more forest rangers, saying the measure would help "
                    "curb poaching raids in the reserve.")


def test_a_rugby_comeback_from_a_points_deficit_is_sport(pipeline):
    _none(pipeline, "The Wallabies fought back from a 10-point deficit to beat Fiji 31-27 in a bruising clash in Sydney "
                    "on Saturday.")


def test_a_gas_explosion_inside_a_mine_is_an_accident(pipeline):
    _none(pipeline, "On 3 March 2023, a gas explosion inside a tin mine near Llallagua killed four miners, local "
                    "officials said.")


def test_an_arms_cache_found_is_disrupted_weapons_use(pipeline):
    e = _first(pipeline, "On 2 May 2023, soldiers found an arms cache hidden by the rebels near Kiwanja, including "
                         "machine guns and grenades.")
    assert e.sub_event_type == "Disrupted weapons use"


def test_detainees_held_without_trial_do_not_negate_the_rally(pipeline):
    e = _first(pipeline, "Families of prisoners held without trial rallied outside the courthouse in Misrata on Monday, "
                         "demanding hearings.")
    assert e.sub_event_type == "Peaceful protest"


def test_workers_who_sat_in_front_of_the_gate_to_demand_wages_protest(pipeline):
    e = _first(pipeline, "On 3 March 2025, around 200 workers of a jute mill in Khalishpur sat in front of the mill gate "
                         "to demand their unpaid wages.")
    assert e.sub_event_type == "Peaceful protest"


def test_a_movement_that_ends_its_independence_campaign_changes_its_activity(pipeline):
    e = _first(pipeline, "The movement announced on Monday that it was ending its campaign for the independence of the "
                         "region and would register as a political party.")
    assert e.sub_event_type == "Change to group/activity"


def test_troops_who_walk_into_a_town_without_fighting_take_it_peacefully(pipeline):
    e = _first(pipeline, "Government troops walked into Kibati without any fighting on Thursday after the rebels withdrew.")
    assert e.sub_event_type == "Non-violent transfer of territory"


def test_a_quadcopter_operated_by_a_named_group_drops_a_mortar_bomb(pipeline):
    e = _first(pipeline, "On 2 June 2025, a quadcopter operated by TTP: Tehreek-i-Taliban Pakistan fighters dropped a "
                         "mortar bomb on a police post in Lakki Marwat (Lakki Marwat, Khyber Pakhtunkhwa).")
    assert e.sub_event_type == "Air/drone strike"


def test_bottles_of_a_chemical_thrown_into_classrooms_are_a_chemical_attack(pipeline):
    e = _first(pipeline, "Militants threw bottles of a pesticide-like chemical into classrooms at a girls' school in "
                         "Takhar, sickening 30 pupils.")
    assert e.sub_event_type == "Chemical weapon"


def test_a_camp_used_to_launch_raids_is_the_base_not_a_raid(pipeline):
    e = _first(pipeline, "Rebels have set up a camp in the forest near Beni and are using it to launch raids on farms, "
                         "local officials said.")
    assert e.sub_event_type == "Headquarters or base established"


def test_an_attempt_to_march_broken_up_is_a_protest_with_intervention(pipeline):
    e = _first(pipeline, "Riot police broke up an attempt by opposition supporters to march on parliament in Tbilisi on "
                         "Saturday, detaining 15 people.")
    assert e.sub_event_type == "Protest with intervention"


def test_villagers_at_a_sit_in_over_a_grievance_who_were_fired_upon(pipeline):
    e = _first(pipeline, "On 3 June 2022, villagers holding a sit-in on the highway near Turbat over the shortage of water "
                         "were fired upon by FC personnel, killing two. [size=around 100]")
    assert (e.sub_event_type, e.fatalities) == ("Excessive force against protesters", 2)


def test_police_who_cleared_a_blocked_road_with_batons_intervene(pipeline):
    e = _first(pipeline, "On 2 March 2025, rickshaw pullers blocked the Dhaka-Aricha highway at Savar demanding the lifting "
                         "of a ban on battery-run rickshaws. Police cleared the road with batons after two hours. "
                         "[size=around 500]")
    assert e.sub_event_type == "Protest with intervention"


def test_people_gathered_at_a_place_who_beat_party_men_are_a_mob(pipeline):
    e = _first(pipeline, "On 16 August 2024, people gathered at the bus stand in Madhupur (Tangail) chased and beat five "
                         "AL activists. Two of them were hospitalised. [size=no report]")
    assert e.sub_event_type == "Mob violence"


def test_the_police_a_victim_was_handed_to_are_no_side(pipeline):
    e = _first(pipeline, "On 4 December 2024, BNP activists chased a Jubo League leader at Savar bazar (Dhaka) and beat "
                         "him before handing him to police.")
    assert e.sub_event_type != "Armed clash" and "Police" not in (e.actor2 or "")


def test_local_men_who_attack_foreign_traders_are_a_mob(pipeline):
    e = _first(pipeline, "A group of local men armed with machetes attacked foreign traders in a township east of "
                         "Johannesburg on Sunday, killing two Somali nationals, police said.")
    assert e.sub_event_type == "Mob violence"


def test_cylinder_bombs_fired_with_a_local_name_in_brackets_are_shelling(pipeline):
    e = _first(pipeline, "On 5 May 2024, ELN guerrillas fired several homemade cylinder bombs (locally called 'tatucos') "
                         "at a military base in Tame (Tame, Arauca).")
    assert e.sub_event_type == "Shelling/artillery/missile attack"


def test_groups_of_miners_fighting_with_machetes_are_a_mob(pipeline):
    e = _first(pipeline, "On 3 April 2024, two groups of artisanal miners armed with machetes and sticks fought each other "
                         "over a gold pit near Nazca (Nazca, Ica), leaving one dead.")
    assert e.sub_event_type == "Mob violence"


def test_homemade_explosives_thrown_by_rioting_students_are_a_riot(pipeline):
    e = _first(pipeline, "On 9 May 2024, hooded students rioted at the gate of the university in Tunja, throwing homemade "
                         "explosives ('papas bomba') and stones at riot police. Two officers were injured.")
    assert e.event_type == "Riots"
