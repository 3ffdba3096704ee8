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


# second round

def test_a_curfew_to_contain_protests_is_the_measure(pipeline):
    ev = _first(pipeline, "The interior ministry imposed a curfew across Karachi on 9 May 2023 and deployed Rangers to "
                          "contain the protests over the former prime minister's arrest.")
    assert ev.sub_event_type == "Change to group/activity"


def test_an_arrest_on_the_day_of_a_strike_is_an_arrest(pipeline):
    ev = _first(pipeline, "Police picked up the party's general secretary from his home in Chittagong on 5 January 2024, "
                          "the day of an opposition-called hartal, and later showed him arrested.")
    assert ev.sub_event_type == "Arrests"


def test_protests_an_arrest_sparked_come_after_it(pipeline):
    ev = _first(pipeline, "Police detained the popular mayor of Izmir at his office on 2 April 2025 over a tender probe; "
                          "the detention sparked protests in several cities.")
    assert ev.sub_event_type == "Arrests"


def test_stones_between_communities_at_a_festival_procession_are_a_mob(pipeline):
    ev = _first(pipeline, "Stone pelting broke out between two communities during a Hanuman Jayanti procession in "
                          "Jahangirpuri, Delhi, on 16 April 2022, and several vehicles were set on fire.")
    assert ev.event_type != "Protests"


def test_a_town_that_stayed_in_army_hands_changed_no_hands(pipeline):
    ev = _first(pipeline, "KNDF fighters attacked an army camp near Loikaw on 12 November 2023 and fought soldiers for "
                          "hours; the camp remained under military control, local media said.")
    assert ev.sub_event_type == "Armed clash"


def test_a_war_s_toll_is_no_event_beside_a_ceasefire(pipeline):
    ev = _first(pipeline, "Sudan's army and the RSF agreed to a week-long ceasefire in Jeddah on 20 May 2023, a month into "
                          "a war that has killed hundreds of civilians, mediators said.")
    assert ev.sub_event_type == "Agreement"


def test_a_murder_case_is_the_charge_of_an_arrest(pipeline):
    ev = _first(pipeline, "Police arrested a former state minister in Dhaka's Uttara on 20 August 2024 and showed him "
                          "arrested in a murder case filed over the July protests.")
    assert ev.sub_event_type == "Arrests"


def test_a_death_in_police_custody_is_an_attack_by_the_police(pipeline):
    ev = _first(pipeline, "A young van driver died in police custody at Kotwali police station in Jessore on 4 June "
                          "2021, hours after he was detained; his family alleged torture.")
    assert ev.sub_event_type == "Attack" and ev.inter1 == 1 and ev.fatalities == 1


def test_gunshots_exchanged_by_factions_make_an_armed_clash(pipeline):
    ev = _first(pipeline, "Gunshots were exchanged between two factions of the Chhatra League at Rajshahi University on "
                          "4 March 2023 over hall seats; five activists were injured.")
    assert ev.sub_event_type == "Armed clash"


def test_a_base_set_up_in_an_abandoned_post_is_a_base(pipeline):
    ev = _first(pipeline, "JNIM fighters set up a base in an abandoned police post near Djibo on 2 March 2023 and began "
                          "patrolling nearby villages, residents said.")
    assert ev.sub_event_type == "Headquarters or base established"


def test_a_checkpoint_established_with_blast_walls_is_a_post(pipeline):
    ev = _first(pipeline, "Turkish troops established a checkpoint on the M4 highway near Ariha on 3 March 2020, bringing "
                          "in concrete blast walls and armoured vehicles.")
    assert ev.sub_event_type == "Headquarters or base established"


def test_a_depot_hit_by_a_drone_is_an_air_strike(pipeline):
    ev = _first(pipeline, "A fuel depot in Russia's Kursk region caught fire on 3 March 2024 after it was hit by a Ukrainian "
                          "drone, the governor said; nobody was hurt.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_reporter_s_arrest_is_political(pipeline):
    ev = _first(pipeline, "Security agents arrested a reporter for a Tehran daily at her home on 3 May 2023 without giving "
                          "a reason, her editor said.")
    assert ev.sub_event_type == "Arrests"


def test_police_who_physically_remove_road_blockers_intervene(pipeline):
    ev = _first(pipeline, "Police in Novi Sad removed students who were blocking a bridge over the Danube on 1 February "
                          "2025 and briefly detained two of them.")
    assert ev.sub_event_type == "Protest with intervention"


def test_a_bombing_that_activists_report_is_no_party_riot(pipeline):
    ev = _first(pipeline, "An explosive device planted under his car killed a former opposition commander in Jasim, Daraa province, on "
                          "4 May 2022, local activists said.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_youths_firing_fireworks_at_police_riot(pipeline):
    ev = _first(pipeline, "Youths set cars alight and fired fireworks at police in Lyon overnight on 30 June 2023.")
    assert ev.sub_event_type in {"Mob violence", "Violent demonstration"}


@pytest.mark.parametrize("text", [
    # a court's verdict, with the crimes listed
    "The Special Tribunal on Monday found a former militia commander guilty of 20 counts, including murder, rape and "
    "abduction, committed in Ituri in 2003.",
    # rescuers battle floods
    "Floods have killed 40 people in Kenya this week, officials said on Tuesday, as rescuers battled to reach villages cut "
    "off by the Tana River.",
    # the cause of a port blast
    "A huge blast shook the port of Tianjin on Wednesday, killing 50 people; officials said it was caused by chemicals "
    "stored in a warehouse.",
])
def test_no_event_second_round(pipeline, text):
    _none(pipeline, text)


# third round

def test_property_seized_under_control_is_looting_not_territory(pipeline):
    ev = _first(pipeline, "Jubo Dal men took control of a fish pond owned by a local Awami League leader in Dacope "
                          "(Khulna) on 9 August 2024, carting away fish worth Tk 2 lakh.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_bombs_recovered_during_a_blockade_are_disrupted_weapons_use(pipeline):
    ev = _first(pipeline, "Police recovered 12 crude bombs from a bamboo grove in Kaliganj (Gazipur) on 2 November 2023 "
                          "during the opposition's road blockade and detained one Chhatra Dal activist.")
    assert ev.sub_event_type == "Disrupted weapons use"


def test_a_man_held_with_no_trace_for_days_was_disappeared(pipeline):
    ev = _first(pipeline, "Plain-clothes men who said they were police picked up a student leader from his home in Khulna "
                          "on 3 December 2023; his family could not trace him for a week until he was produced in court.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_a_rape_whose_arrests_spark_protests_is_the_event(pipeline):
    ev = _first(pipeline, "Two men raped a college student in a field near Sylhet on 25 September 2020. Police arrested "
                          "both the next day, sparking protests across the city.")
    assert ev.sub_event_type == "Sexual violence"


def test_chlorine_fired_during_an_offensive_is_a_chemical_weapon(pipeline):
    ev = _first(pipeline, "Government forces fired rockets carrying chlorine at rebel trenches near Kabani on 12 June 2019 "
                          "during their offensive in the mountains; six fighters were treated for choking.")
    assert ev.sub_event_type == "Chemical weapon"


def test_drones_that_hit_a_refinery_strike_though_others_are_downed(pipeline):
    ev = _first(pipeline, "Ukrainian drones hit an oil depot in Russia's Tambov region on 3 February 2025, starting a fire; "
                          "the defence ministry said it had destroyed nine other drones.")
    assert ev.sub_event_type == "Air/drone strike"


def test_shells_on_a_city_under_a_long_siege_are_shelling(pipeline):
    ev = _first(pipeline, "Militia fighters fired mortar shells at a market in Babanusa on 3 March 2024, a town they have "
                          "besieged since January, killing four traders.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


def test_the_handover_of_a_district_is_a_non_violent_transfer(pipeline):
    ev = _first(pipeline, "Elders negotiated the handover of Ghormach district to the Taliban on 4 July 2021; soldiers were "
                          "allowed to leave with their rifles and there was no fighting.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_a_bomb_planted_under_a_car_is_an_ied(pipeline):
    ev = _first(pipeline, "A retired general was killed when a bomb planted under his car exploded in Donetsk on 3 February "
                          "2023; he had commanded artillery units.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_people_accused_of_joining_protests_are_arrested(pipeline):
    ev = _first(pipeline, "Police raided homes in Alexandria on 25 September 2019 and detained 20 men accused of joining "
                          "the street protests of the previous week.")
    assert ev.sub_event_type == "Arrests"


@pytest.mark.parametrize("text", [
    # a cash machine blown open by thieves
    "Thieves blew open a cash machine with explosives in a village near Utrecht early on Sunday and fled; the blast "
    "damaged the shop front.",
    # a figure of speech
    "Stocks slumped on Monday as fears of a currency war exploded across Asian markets.",
    # a marines' beach landing drill
    "Marines stormed a beach near Subic on Tuesday in a mock assault, part of an annual joint exercise with the US.",
    # a cylinder blast with bomb disposal experts on site
    "A leaking gas cylinder exploded in a hotel kitchen in Quetta on Friday, killing two cooks; bomb disposal experts "
    "ruled out sabotage.",
    # a memorial mass at a church hit years ago
    "Hundreds attended a Mass on the anniversary of the Easter bombings at a church in Negombo, one of those targeted in "
    "2019.",
])
def test_no_event_third_round(pipeline, text):
    _none(pipeline, text)
