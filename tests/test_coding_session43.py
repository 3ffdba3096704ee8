"""Coding fixes found by the forty-third session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import no_event as _none

pytestmark = pytest.mark.slow


# -- rounds one and two (both first run on the session's starting code) ----------------------------


def test_a_shopkeeper_shot_by_robbers_in_the_passive_is_crime(pipeline):
    _none(pipeline, "A pharmacist was shot dead by armed robbers inside his shop in Tamale on Monday night. Police "
                    "said the attackers took cash and medicines before escaping on foot.")


def test_failed_rains_that_killed_livestock_are_no_attack(pipeline):
    _none(pipeline, "Officials in Wajir said on Thursday that three failed rainy seasons had killed thousands of goats "
                    "and camels and left herding families reliant on relief food.")


def test_a_film_that_bombed_at_the_box_office_is_no_bombing(pipeline):
    _none(pipeline, "The spy caper 'Blast Radius' bombed at the box office over the holiday weekend, taking in barely a "
                    "quarter of its budget, the studio said.")


def test_a_car_that_exploded_after_a_fuel_leak_is_an_accident(pipeline):
    _none(pipeline, "A minibus caught fire and exploded at a filling station in Kaduna on Sunday following a fuel leak, "
                    "injuring two passengers, emergency officials said.")


def test_a_funeral_for_a_victim_of_last_weeks_bombing_is_no_bombing(pipeline):
    _none(pipeline, "Hundreds of mourners attended the funeral in Herat on Sunday of a teacher killed in last week's "
                    "bombing, reciting prayers as the body was lowered into the grave.")


def test_arrests_tallied_in_an_annual_report_are_no_event(pipeline):
    _none(pipeline, "Police in Peru detained more than 900 people during last year's demonstrations, according to an "
                    "annual report published by the ombudsman's office on Tuesday.")


def test_organisers_of_a_yearly_vigil_arrested_at_home_are_arrests(pipeline):
    ev = _first(pipeline, "Police arrested three former organisers of a yearly candlelight vigil at their homes on "
                          "Wednesday on suspicion of sedition, officers said.")
    assert ev.sub_event_type == "Arrests"


def test_students_who_sat_in_on_a_highway_protest(pipeline):
    ev = _first(pipeline, "On 3 March 2024, members of a students' federation sat in on the Quetta-Sibi highway near "
                          "Mastung (Mastung, Balochistan), demanding the restoration of their hostel seats.")
    assert ev.sub_event_type == "Peaceful protest"


def test_clans_that_had_fought_and_now_sign_a_pact_make_an_agreement(pipeline):
    ev = _first(pipeline, "Elders of two clans that had fought over grazing land signed a peace accord in Beledweyne on "
                          "Friday, agreeing to pay compensation and pull back their gunmen.")
    assert ev.sub_event_type == "Agreement"


def test_militants_who_held_the_town_for_days_overtook_it(pipeline):
    ev = _first(pipeline, "On 4 June 2025, JNIM militants stormed an army post in Titao (Titao, Loroum), overrunning it "
                          "and carrying off weapons. The militants then held the town for three days, putting up "
                          "checkpoints on its roads.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_arrests_after_renewed_violence_with_guns_found_are_arrests(pipeline):
    ev = _first(pipeline, "On 3 March 2025, police arrested 17 suspects in Yendi (Yendi Municipal, Northern) following "
                          "renewed violence in the area. Police said guns and ammunition were recovered during the "
                          "operation.")
    assert ev.sub_event_type == "Arrests"


def test_arrests_over_cases_filed_during_a_blockade_are_arrests(pipeline):
    ev = _first(pipeline, "On 10 November 2023, police arrested eight BNP and Jubo Dal activists from different parts "
                          "of Khagrachhari town (Khagrachhari) in connection with sabotage cases filed during the "
                          "ongoing blockade.")
    assert ev.sub_event_type == "Arrests"


def test_a_raid_to_loot_a_market_that_hurt_no_one_is_looting(pipeline):
    ev = _first(pipeline, "On 2 May 2024, about 30 armed KNA members raided a market in Ruma (Bandarban), looted rice "
                          "and cash from the shops, fired several shots into the air and went back into the hills. "
                          "No one was injured.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_a_death_the_tension_followed_is_no_toll_of_the_clash(pipeline):
    ev = _first(pipeline, "On 5 October 2024, Bengali settlers and Pahari villagers attacked each other at Dighinala "
                          "bazar (Khagrachhari) amid anger following the lynching death of a Pahari youth. Dozens of "
                          "shops were burnt. At least nine people were injured.")
    assert ev.fatalities == 0


def test_fishermen_taken_across_the_border_were_abducted(pipeline):
    ev = _first(pipeline, "On 3 May 2025, Arakan Army men seized a fishing trawler near Saint Martin's Island, Teknaf "
                          "(Cox's Bazar), and took 9 Bangladeshi fishermen to Myanmar.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_the_fight_of_the_positions_shells_came_from_is_no_battle_here(pipeline):
    ev = _first(pipeline, "On 12 October 2022, three mortar shells fired from Myanmar landed in a paddy field at "
                          "Ghumdhum, Naikhongchhari (Bandarban). No one was injured. Villagers said the shells came from "
                          "Myanmar army positions battling the Arakan Army across the border.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


def test_a_bus_terminal_seized_and_looted_is_no_territory(pipeline):
    ev = _first(pipeline, "On 10 August 2024, BNP activists took control of a bus terminal formerly managed by an AL "
                          "leader in Savar (Dhaka) and looted fuel and spare parts from its depot. Nobody was hurt.")
    assert ev.sub_event_type == "Looting/property destruction"
