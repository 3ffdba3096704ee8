"""Coding fixes found by the fifteenth session's fresh invented sets. Every text here is invented
for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import no_event as _none

pytestmark = pytest.mark.slow


def test_shells_filled_with_a_chlorine_based_agent_are_a_chemical_weapon(pipeline):
    ev = _first(pipeline, "Syrian army spokesmen said on 4 May 2019 that rebels had fired artillery shells filled with a "
                          "chlorine-based compound at a checkpoint near Saraqib, leaving nine soldiers with breathing problems.")
    assert ev.sub_event_type == "Chemical weapon"


def test_a_riot_control_agent_dropped_on_trenches_is_no_riot(pipeline):
    ev = _first(pipeline, "Ukrainian commanders said on 3 March 2024 that Russian drones had dropped grenades carrying a "
                          "riot-control agent onto positions near Avdiivka; four soldiers were treated for choking.")
    assert ev.sub_event_type == "Chemical weapon"


def test_a_guided_aerial_bomb_is_an_air_strike(pipeline):
    ev = _first(pipeline, "A guided aerial bomb hit a printing house in Kharkiv on 23 May 2024, killing seven workers, "
                          "the regional governor said.")
    assert ev.sub_event_type == "Air/drone strike" and ev.fatalities == 7


def test_bombs_that_land_on_a_camp_with_no_aircraft_named_are_shelling(pipeline):
    ev = _first(pipeline, "Two bombs landed on the Lushagala displacement camp near Goma on 3 May 2024, killing five "
                          "people; the army blamed the M23 rebels.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


def test_a_group_that_will_dissolve_itself_changes_its_activity(pipeline):
    ev = _first(pipeline, "The Popular Front militia announced on 2 April 2023 that it would dissolve itself and hand its "
                          "weapons to the government, ending a ten-year insurgency in Kivu.")
    assert ev.sub_event_type == "Change to group/activity"


def test_gangs_forming_an_alliance_change_their_activity(pipeline):
    ev = _first(pipeline, "Two rival gang coalitions in Port-au-Prince said on 29 February 2024 that they were forming "
                          "an alliance against the government.")
    assert ev.sub_event_type == "Change to group/activity"


def test_the_exhumation_of_hundreds_of_graves_is_other(pipeline):
    ev = _first(pipeline, "Forensic teams began exhuming more than 200 graves in a pine forest outside Bucha on 8 April "
                          "2022, after the town was retaken.")
    assert ev.sub_event_type == "Other"


def test_rebels_overrunning_a_base_take_the_town(pipeline):
    evs = pipeline.extract("Rebel fighters of the Ta'ang army said on 6 January 2024 that they were overrunning the last "
                           "government post in Laukkai.").events
    assert evs and evs[0].sub_event_type in {"Non-state actor overtakes territory", "Armed clash"}


def test_a_suicide_bomber_a_drone_targeted_is_the_strike_s_target(pipeline):
    ev = _first(pipeline, "A US drone strike hit a house in Jalalabad on 2 September 2021, killing six people; officials "
                          "said the strike had targeted a would-be suicide bomber.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_suicide_bomber_killed_when_ramming_a_gate_is_still_a_suicide_bomb(pipeline):
    ev = _first(pipeline, "Twelve soldiers were killed when a suicide truck bomber rammed the gate of a base near Kismayo "
                          "on 4 May 2022.")
    assert ev.sub_event_type == "Suicide bomb"


def test_an_explosion_attributed_to_saboteurs_is_no_accident(pipeline):
    ev = _first(pipeline, "A blast damaged a railway bridge near Kursk on 14 May 2024, derailing nine wagons of a cargo "
                          "train. Russian officials blamed saboteurs.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_warplanes_that_strike_as_an_offensive_resumes_make_an_air_strike(pipeline):
    ev = _first(pipeline, "Israeli jets struck a school compound in Jabalia on 20 May 2024 as the army resumed its "
                          "offensive in the north, killing 11 people.")
    assert ev.sub_event_type == "Air/drone strike" and ev.fatalities == 11


def test_an_arrest_amid_protests_is_an_arrest(pipeline):
    ev = _first(pipeline, "Intelligence agents arrested opposition leader Maria Lopez in Valencia, Carabobo, on 5 August "
                          "2024 amid post-election protests, her party said.")
    assert ev.sub_event_type == "Arrests"


def test_a_protest_the_raids_were_meant_to_stop_did_not_take_place(pipeline):
    ev = _first(pipeline, "Police detained 12 student activists in night raids in Gilgit on 3 June 2023; the students said "
                          "the arrests were meant to prevent their march from taking place.")
    assert ev.sub_event_type == "Arrests"


def test_a_protest_called_for_in_a_leading_participle_was_held(pipeline):
    ev = _first(pipeline, "Calling for the reopening of the border crossing, traders staged a sit-in outside the deputy "
                          "commissioner's office in Chaman on 12 March 2024.")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_sit_in_with_bodies_kills_no_one(pipeline):
    ev = _first(pipeline, "Bringing the bodies of two brothers shot dead in Kech, relatives staged a sit-in outside the "
                          "Quetta press club on 3 April 2023, demanding the arrest of the killers.")
    assert ev.sub_event_type == "Peaceful protest" and ev.fatalities == 0


def test_an_activist_who_had_mobilised_protests_is_abducted(pipeline):
    ev = _first(pipeline, "Unidentified men seized a student leader who had helped organise the fuel-price protests from a "
                          "cafe in Nakuru on 4 July 2024 and drove away; his family has not heard from him.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_a_quoted_march_name_is_a_protest(pipeline):
    ev = _first(pipeline, "Police in Nairobi fired tear gas at hundreds of youths taking part in a 'March for Justice' on "
                          "9 July 2024 and detained 30 of them.")
    assert ev.sub_event_type == "Protest with intervention"


def test_people_detained_as_they_lay_flowers_are_a_protest_stopped(pipeline):
    ev = _first(pipeline, "Police in St Petersburg detained at least 25 people who had come to lay flowers at a memorial "
                          "to a jailed dissident on 3 March 2024, a monitoring group said.")
    assert ev.sub_event_type == "Protest with intervention"


def test_fatally_wounding_someone_counts_a_death(pipeline):
    ev = _first(pipeline, "Soldiers fired live bullets at demonstrators in Mandalay on 3 March 2021, fatally wounding a "
                          "19-year-old student.")
    assert ev.sub_event_type == "Excessive force against protesters" and ev.fatalities == 1


def test_a_protester_blinded_by_pellets_met_excessive_force(pipeline):
    ev = _first(pipeline, "Police fired rubber pellets at a peaceful march of teachers in Rajshahi on 9 May 2023, "
                          "wounding 14; one teacher was blinded in his right eye.")
    assert ev.sub_event_type == "Excessive force against protesters"


def test_a_demand_closed_by_a_comma_leaves_the_crowd_s_own_violence(pipeline):
    ev = _first(pipeline, "Students, demanding justice for two classmates shot dead the previous week, hurled stones at "
                          "police and set a police kiosk on fire in Savar on 4 August 2024; police fired back with live "
                          "rounds, killing three.")
    assert ev.sub_event_type == "Violent demonstration"


def test_a_government_s_fall_is_no_side_of_a_mob_attack(pipeline):
    ev = _first(pipeline, "After the fall of the Awami League government, a crowd ransacked and set fire to four houses "
                          "of Hindu families in Lalmonirhat Sadar on 7 August 2024.")
    assert ev.sub_event_type == "Mob violence"


def test_supporters_who_fight_with_sticks_are_a_mob(pipeline):
    ev = _first(pipeline, "A quarrel over a ferry ghat lease led supporters of two BNP leaders to fight with sticks and "
                          "bricks in Bhola Sadar on 3 January 2025, injuring 12.")
    assert ev.sub_event_type == "Mob violence"


def test_a_shrimp_farm_taken_over_and_fish_carted_away_is_looting(pipeline):
    ev = _first(pipeline, "Jubo Dal men took over a shrimp enclosure owned by an Awami League ward councillor in Paikgachha "
                          "(Khulna) on 15 August 2024, carting away fish worth Tk 4 lakh.")
    assert ev.sub_event_type == "Looting/property destruction"
    assert ev.actor1.startswith("BNP") or "Jubo" in ev.actor1


def test_border_guards_seizing_pistols_disrupt_weapons_use(pipeline):
    ev = _first(pipeline, "Border guards seized three foreign-made pistols and 40 bullets near the Benapole border in "
                          "Jessore on 2 May 2025; the carriers fled.")
    assert ev.sub_event_type == "Disrupted weapons use"


def test_forces_that_say_they_arrested_militants_made_the_arrest(pipeline):
    ev = _first(pipeline, "RAB said it arrested four suspected members of a militant outfit in Bandarban on 3 March "
                          "2023 who had allegedly trained at camps of the KNF.")
    assert ev.sub_event_type == "Arrests" and ev.inter1 == 1


def test_looting_after_the_fighting_had_ended_is_looting(pipeline):
    ev = _first(pipeline, "Armed men looted cars and computers from an abandoned militia base in Zawiya on 3 June 2025, "
                          "after the fighting there had ended.")
    assert ev.sub_event_type == "Looting/property destruction"


@pytest.mark.parametrize("text", [
    # a court rules on an arrest
    "Bangladesh's High Court on Monday declared the detention of a former minister illegal and ordered his release.",
    # a boxer's verdict
    "The champion retained his belt on a split decision in Manila on Saturday after a brutal 12-round war.",
    # soldiers taken earlier, paraded
    "Rebel fighters paraded hundreds of captured government soldiers through the streets of Mekelle on 2 July 2021.",
    # a leaking pipeline explodes
    "A leaking fuel pipeline exploded in a suburb of Lagos on 3 April 2022; six residents died.",
    # an explosion with no sign of sabotage
    "A blast tore through a factory in Gazipur on Monday, killing 4 workers; investigators found no evidence of sabotage "
    "and blamed a boiler.",
])
def test_no_event(pipeline, text):
    _none(pipeline, text)
