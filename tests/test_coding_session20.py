"""Coding fixes found by the twentieth session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import no_event as _none

pytestmark = pytest.mark.slow


# -- places -----------------------------------------------------------------------------------------


def test_the_word_after_a_capitals_dateline_is_no_quarter_of_the_city(pipeline):
    ev = _first(pipeline, "NAIROBI - Youths looted and burned stalls in Kibera on Tuesday, 4 July 2023, police said.")
    assert ev.location != "Youths"
    assert ev.admin1 == "Nairobi"


# -- riots --------------------------------------------------------------------------------------------


def test_a_crowd_with_sticks_that_loots_and_kills_riots(pipeline):
    ev = _first(pipeline, "DURBAN - A crowd carrying sticks and iron bars looted and torched spaza shops run by Somali "
                          "nationals in Umlazi on Thursday, 9 May 2024, and three people died, police said. Officers fired "
                          "rubber bullets to scatter the looters.")
    assert (ev.sub_event_type, ev.fatalities) == ("Mob violence", 3)


# -- crime --------------------------------------------------------------------------------------------


def test_the_arrest_for_a_family_killing_with_no_gang_link_is_no_event(pipeline):
    _none(pipeline, "Police in Cebu detained a farmer on 14 June 2022 for hacking his uncle to death in a family "
                           "feud over a rice field; the suspect was not linked to any gang, police said.")


# -- abductions ---------------------------------------------------------------------------------------


def test_a_man_picked_up_from_a_room_by_plainclothes_men_is_abducted(pipeline):
    ev = _first(pipeline, "Relatives of a Sindhi poet said he was picked up from a guest house in Hyderabad on Friday, "
                          "3 May 2024, by men in plain clothes who came in a white car. His whereabouts are not known.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


# -- background -------------------------------------------------------------------------------------


def test_a_place_named_by_what_happened_there_months_before_is_no_event(pipeline):
    _none(pipeline, "The defence minister said in Manila on 8 September 2023 that more troops would go to Sulu, where "
                           "two engineers had been kidnapped in March, but gave no figures.")


def test_a_place_in_brackets_after_a_capitals_dateline_keeps_it_a_dateline(pipeline):
    ev = _first(pipeline, "NIAMEY (Niger) — Gunmen on motorbikes attacked the village of Zarkadji in Niger's Tillaberi "
                          "region on Sunday, 5 March 2023, killing nine farmers, local officials said.")
    assert ev.admin1 == "Tillaberi"


# -- sides and types ----------------------------------------------------------------------------------


def test_a_group_said_only_to_be_active_in_the_area_is_no_side(pipeline):
    ev = _first(pipeline, "Gunmen opened fire on worshippers at a mosque in Tahoua region on Friday, 2 June 2023, killing "
                          "14 people, officials said. No one claimed the killings, but Islamic State Sahel Province "
                          "fighters are active in the region.")
    assert (ev.sub_event_type, ev.actor1) == ("Attack", "Unidentified Armed Group (Niger)")


def test_opening_fire_on_residents_is_violence(pipeline):
    ev = _first(pipeline, "Gunmen on motorbikes stormed the village of Dinangourou in central Mali's Mopti region at dawn on "
                          "9 May 2022, opening fire on residents and setting granaries alight. A local official put the "
                          "toll at 11 dead.")
    assert (ev.sub_event_type, ev.fatalities) == ("Attack", 11)


def test_gunfighting_between_two_armed_groups_is_a_clash(pipeline):
    ev = _first(pipeline, "Gunfighting broke out between armed cadres of the KNF and the PCJSS at Ruma upazila (Bandarban) "
                          "on 4 April 2023; two KNF men were killed, police said.")
    assert ev.sub_event_type == "Armed clash"


def test_forces_who_cordon_off_the_scene_and_search_do_not_make_a_grenade_attack_a_battle(pipeline):
    ev = _first(pipeline, "Suspected militants threw a grenade at a bus stand in Anantnag on Monday, 6 May 2024, wounding "
                          "nine passengers, police said. Troops cordoned off the town and began a search for the attackers.")
    assert ev.sub_event_type == "Grenade"


def test_captors_marching_children_into_the_bush_is_no_march(pipeline):
    ev = _first(pipeline, "Armed men abducted 30 students from a seminary in Gusau on Tuesday night, 5 March 2024, climbing "
                          "the wall and marching the students into the bush, police said. Nobody was hurt.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


# -- mob justice --------------------------------------------------------------------------------------


def test_a_crowd_that_burns_suspected_thieves_riots_though_police_open_cases(pipeline):
    ev = _first(pipeline, "Residents of Mamelodi (City of Tshwane, Gauteng) beat three men accused of a string of "
                          "robberies and set them alight on 12 August 2022; the men died. Police opened murder cases.")
    assert (ev.sub_event_type, ev.actor2) == ("Mob violence", "Civilians (South Africa)")


# -- protests -----------------------------------------------------------------------------------------


def test_police_who_move_to_stop_a_banned_march_intervene(pipeline):
    ev = _first(pipeline, "Police detained more than 200 people in Ankara on Saturday, 1 July 2023, as they moved to stop a "
                          "banned women's march from reaching Kizilay Square. Officers pushed marchers into side streets.")
    assert ev.sub_event_type == "Protest with intervention"


def test_a_call_to_gather_for_a_rally_on_a_later_day_is_no_event(pipeline):
    _none(pipeline, "The opposition alliance urged supporters to gather in central Yerevan on Sunday for what it called a "
                    "decisive rally against the border deal, its leaders told reporters on Thursday, 9 May 2024.")


def test_a_strike_threatened_unless_a_demand_is_met_is_no_event(pipeline):
    _none(pipeline, "The national teachers' union said on Monday, 4 March 2024, that members would close every public "
                    "school with an indefinite general strike from 11 March unless the government paid arrears.")
