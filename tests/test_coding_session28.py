"""Coding fixes found by the twenty-eighth session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import no_event as _none

pytestmark = pytest.mark.slow


# -- territory ---------------------------------------------------------------------------------------


def test_forces_and_their_allied_militia_retake_a_town(pipeline):
    ev = _first(pipeline, "On 3 March 2024, Military Forces of Somalia (2022-) and Ma'awisley militia recaptured Qeycad village "
                          "(Jowhar, Middle Shabelle) from Al Shabaab after brief fighting.")
    assert ev.sub_event_type == "Government regains territory"
    assert ev.actor1.startswith("Military Forces of Somalia")


def test_a_group_s_fighters_retaking_a_town_overtake_it(pipeline):
    ev = _first(pipeline, "Al-Shabaab fighters recaptured the town of Ceel Cali from government troops on Thursday, residents said.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"
    assert ev.actor1 == "Al Shabaab"


def test_a_group_and_its_allies_retaking_a_town_overtake_it(pipeline):
    ev = _first(pipeline, "Al-Shabaab and allied clan militias recaptured the town of Ceel Cali from government troops on Thursday.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_troops_and_allies_retaking_a_town_regain_it(pipeline):
    ev = _first(pipeline, "Somali troops and allied clan militias recaptured the town of Ceel Cali from Al-Shabaab on Thursday.")
    assert ev.sub_event_type == "Government regains territory"


# -- explosions, crowds, property ---------------------------------------------------------------------


def test_a_mine_left_from_old_fighting_is_a_mine_not_a_brawl(pipeline):
    ev = _first(pipeline, "On 2 May 2024, a harvester drove over a landmine left from earlier fighting on farmland near Kupiansk "
                          "(Kupianskyi, Kharkiv), killing its operator. 1 fatality.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert ev.fatalities == 1


def test_a_suspected_thief_beaten_to_death_by_bystanders_is_mob_violence(pipeline):
    ev = _first(pipeline, "On 4 June 2024, a man accused of snatching a phone was beaten to death by bystanders near Farmgate "
                          "(Dhaka - Tejgaon).")
    assert ev.sub_event_type == "Mob violence"


def test_a_gathering_held_to_demand_is_a_protest(pipeline):
    ev = _first(pipeline, "On 9 February 2021, members of the Hazara Democratic Party held a gathering in Quetta "
                          "(Quetta, Balochistan) demanding protection for coal miners. [size=no report]")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_gathering_with_no_demand_is_no_protest(pipeline):
    _none(pipeline, "Tribal elders held a gathering in Kalat on Sunday to discuss the sharing of water from a new dam.")


def test_gunmen_burning_granaries_destroy_property(pipeline):
    ev = _first(pipeline, "Armed raiders burned granaries and destroyed fields of millet in two villages near Goundi, "
                          "local officials said on Friday. Nobody was hurt.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_floods_destroying_crops_are_no_event(pipeline):
    _none(pipeline, "Floods destroyed crops and granaries in several villages near Goundi, local officials said on Friday.")


# -- no event ----------------------------------------------------------------------------------------


def test_a_staged_mock_attack_with_actors_playing_wounded_is_a_drill(pipeline):
    _none(pipeline, "Firefighters and police in Leeds staged a simulated bomb attack at the railway station on Sunday as part "
                    "of an emergency drill, with students playing wounded passengers.")


# -- round two ---------------------------------------------------------------------------------------


def test_troops_sent_to_a_border_are_a_change_to_the_group_s_activity(pipeline):
    ev = _first(pipeline, "Niger said on Friday it had deployed 800 additional soldiers to its western border with Mali to stop "
                          "raids by armed groups.")
    assert ev.sub_event_type == "Change to group/activity"
    assert ev.actor1.startswith("Military Forces of Niger")


def test_reinforcements_rushed_to_a_named_town(pipeline):
    ev = _first(pipeline, "On 2 March 2024, Military Forces of Ethiopia (2018-) rushed extra troops and armoured vehicles to Bati "
                          "(Oromia Special Zone, Amhara) ahead of an expected Fano offensive.")
    assert ev.sub_event_type == "Change to group/activity"


def test_forces_sent_in_after_a_deadly_clash_leave_the_clash_coded(pipeline):
    ev = _first(pipeline, "Villagers armed with spears clashed over grazing land near Marsabit on Sunday, leaving four people "
                          "dead. Police deployed additional officers to the area.")
    assert ev.sub_event_type != "Change to group/activity"


def test_a_protest_over_a_road_death_turned_violent_whatever_the_death_s_story(pipeline):
    ev = _first(pipeline, "On 3 May 2021, angry villagers in Hub (Lasbela, Balochistan) pelted a police post with stones and set "
                          "fire to a police van during a protest over the death of a boy whose motorbike overturned while police were chasing "
                          "him. [size=no report]")
    assert ev.sub_event_type == "Violent demonstration"


def test_a_tanker_that_overturned_and_exploded_is_no_event(pipeline):
    _none(pipeline, "A fuel tanker overturned and exploded on the highway near Kaduna on Monday, killing 12 people who had "
                    "gathered to collect fuel, officials said.")


# -- round three -------------------------------------------------------------------------------------


def test_a_year_after_a_possessive_is_no_count(pipeline):
    ev = _first(pipeline, "An activist who took part in Sudan's 2019 protest movement was shot dead outside his home in "
                          "Omdurman late on Monday by gunmen.")
    assert ev.fatalities == 1


def test_bodies_found_after_a_fight_are_its_dead(pipeline):
    ev = _first(pipeline, "On 4 June 2023, Clan del Golfo gunmen clashed with ELN fighters near Riosucio (Riosucio, Choco). "
                          "Police later reported discovering the bodies of 3 fighters in the area.")
    assert ev.fatalities == 3


def test_a_quoted_approximate_toll_is_a_count(pipeline):
    ev = _first(pipeline, "Gunmen attacked a wedding party near Bankass on Saturday. A youth association put the death toll "
                          "at 31; the prefect said \"about twenty\" people had been killed.")
    assert ev.fatalities == 20


def test_a_side_s_quoted_boast_is_still_no_count(pipeline):
    ev = _first(pipeline, "Fighting broke out on Monday between Al-Shabaab and the army near Jowhar. A village elder said "
                          "at least four people died, while the army claimed 'more than 40' militants were killed.")
    assert ev.fatalities == 4


def test_troops_who_neutralised_a_number_killed_them(pipeline):
    ev = _first(pipeline, "On 3 July 2024, ISWAP fighters attacked an army post in Damasak (Mobbar, Borno), sparking a "
                          "gunfight with Military Forces of Nigeria (2023-). The army said its troops neutralised 6 terrorists.")
    assert ev.fatalities == 6


def test_an_armed_group_s_roadblock_is_no_protest(pipeline):
    ev = _first(pipeline, "On 9 April 2024, an armed group (Unidentified Armed Group (Nigeria)) blocked the Lokoja-Abuja road near Koton Karfe (Kogi) and kidnapped "
                          "nine travellers from a bus. No fatalities reported.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_a_gathering_at_a_genocide_memorial_is_a_commemoration(pipeline):
    _none(pipeline, "On 7 April 2024, thousands of people gathered at the memorial in Murambi (Nyamagabe, Southern) to "
                    "commemorate the victims of the genocide against the Tutsi, laying wreaths.")


def test_mourning_for_those_killed_in_a_past_year_is_no_event(pipeline):
    _none(pipeline, "Bosnians lit candles at the Potocari memorial on Thursday, opening days of mourning for the 8,000 men "
                    "and boys killed in 1995.")


def test_a_bill_on_demonstrations_is_no_protest(pipeline):
    _none(pipeline, "Uganda's parliament passed a bill on Tuesday requiring organisers of public demonstrations to obtain "
                    "police permission and restricting protest marches near state buildings.")


def test_students_marching_against_a_bill_on_protests_protest(pipeline):
    ev = _first(pipeline, "Hundreds of students marched to parliament in Kampala on Tuesday against a bill restricting "
                          "protests near state buildings.")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_merger_announced_at_a_meeting(pipeline):
    ev = _first(pipeline, "On 5 May 2024, three Mai-Mai groups announced at a gathering in Uvira (Uvira, South Kivu) their "
                          "merger into one movement under a single leader.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_bomb_that_released_a_gas_is_a_chemical_weapon(pipeline):
    ev = _first(pipeline, "Medics in Darfur said a bomb dropped by a military plane near Kutum on Friday released a greenish "
                    "gas, killing three people and leaving many struggling to breathe.")
    assert ev.sub_event_type == "Chemical weapon"


# -- round four --------------------------------------------------------------------------------------


def test_drones_mostly_intercepted_but_one_hitting_are_a_strike(pipeline):
    for told in ("the majority of the drones; a substation", "most of the drones; a grain silo"):
        ev = _first(pipeline, "On 3 August 2024, Russian forces launched Shahed-type drones at the port of Izmail "
                              f"(Izmailskyi, Odesa). Air defence intercepted {told} was damaged.")
        assert ev.sub_event_type == "Air/drone strike"


def test_troops_entering_a_town_without_resistance_take_it_peacefully(pipeline):
    ev = _first(pipeline, "JNIM fighters left the town of Boni overnight and Malian troops entered it on Sunday without "
                          "encountering resistance, a local official said.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_a_death_in_custody_that_set_off_a_riot_is_its_cause(pipeline):
    ev = _first(pipeline, "Angry youths torched a police post in Kenya's Migori county on Monday after a detainee died in a "
                          "cell, police said. Officers fired in the air to scatter the crowd.")
    assert ev.fatalities == 0


def test_killing_both_is_two(pipeline):
    ev = _first(pipeline, "A drone strike hit a motorbike carrying two suspected militants near Jaar in Yemen's Abyan province "
                          "on Sunday, killing both, tribal sources said.")
    assert ev.fatalities == 2


def test_party_men_who_fired_shots_fought_an_armed_clash(pipeline):
    ev = _first(pipeline, "On 9 January 2024, supporters of the AL candidate and of an independent candidate clashed near a "
                          "polling centre in Shibchar (Madaripur). Both groups fired several shots; one man was killed.")
    assert ev.sub_event_type == "Armed clash"


def test_a_road_blocked_to_demand_the_rescue_of_someone_abducted_earlier_is_a_protest(pipeline):
    for road in ("Ukhia-Teknaf", "Cox's Bazar-Teknaf"):  # (a name with an apostrophe in it too)
        ev = _first(pipeline, f"On 2 March 2023, villagers of Ukhia (Cox's Bazar) blocked the {road} road demanding the "
                              "rescue of a farmer kidnapped three days earlier. [size=around 150]")
        assert ev.sub_event_type == "Peaceful protest"


# -- round five --------------------------------------------------------------------------------------


def test_an_accusation_of_a_chemical_attack_on_a_day_is_coded(pipeline):
    ev = _first(pipeline, "Activists accused regime forces of dropping chlorine-filled barrel bombs on the town of Latamneh "
                          "on Tuesday, saying scores of people were treated for suffocation.")
    assert ev.sub_event_type == "Chemical weapon"


def test_factions_that_agree_to_merge_into_one_group_change_their_activity(pipeline):
    ev = _first(pipeline, "Three armed factions in Idlib said on Sunday that they had decided to merge into a unified military "
                          "group under one commander.")
    assert ev.sub_event_type == "Change to group/activity"


def test_arrests_on_suspicion_of_supporting_an_armed_movement_are_political(pipeline):
    ev = _first(pipeline, "Soldiers arrested nine villagers in Sagaing on suspicion of aiding local resistance fighters, state "
                          "television reported on Friday.")
    assert ev.sub_event_type == "Arrests"


def test_crude_bombs_thrown_by_unknown_men_during_a_recent_blockade_are_the_bombing(pipeline):
    ev = _first(pipeline, "On 5 November 2023, unidentified men on a motorcycle threw two crude bombs at a police box in "
                          "Sherpur (Bogra) during the opposition blockade. One exploded, injuring a policeman.")
    assert ev.sub_event_type == "Grenade"


def test_crude_bombs_thrown_by_blockaders_stay_a_violent_demonstration(pipeline):
    ev = _first(pipeline, "On 5 November 2023, BNP activists threw two crude bombs at a police box in Sherpur (Bogra) "
                          "during the opposition blockade. One exploded, injuring a policeman.")
    assert ev.sub_event_type == "Violent demonstration"


def test_party_men_with_locally_made_weapons_and_no_guns_riot_from_2022(pipeline):
    ev = _first(pipeline, "On 9 May 2023, supporters of two AL leaders clashed with spears and locally made weapons over a "
                          "ferry lease in Nabinagar (Brahmanbaria). One man died and 20 were injured.")
    assert ev.sub_event_type == "Mob violence"


# -- round six ---------------------------------------------------------------------------------------


def test_riot_gas_munitions_dropped_from_drones_are_a_chemical_weapon(pipeline):
    ev = _first(pipeline, "On 4 March 2024, Military Forces of Russia (2000-) dropped munitions containing CS riot control gas from "
                          "drones onto Ukrainian trenches near Avdiivka (Pokrovskyi, Donetsk). No fatalities reported.")
    assert ev.sub_event_type == "Chemical weapon"


def test_police_who_stopped_a_march_intervened(pipeline):
    ev = _first(pipeline, "On 2 June 2022, relatives of missing persons marched towards the assembly in Quetta (Quetta, "
                          "Balochistan). Police stopped the marchers near Zarghoon Road. [size=no report]")
    assert ev.sub_event_type == "Protest with intervention"


def test_arrests_days_before_a_rally_are_arrests(pipeline):
    ev = _first(pipeline, "On 2 December 2022, police detained 15 activists of BNP in raids across Sylhet city (Sylhet) two days "
                          "before the party's divisional rally. BNP said the raids were meant to disrupt the rally.")
    assert ev.sub_event_type == "Arrests"


def test_a_group_ending_its_ceasefire_changes_its_activity(pipeline):
    ev = _first(pipeline, "The FARC dissidents announced on Tuesday they were ending their truce with the army and told units to "
                          "resume operations.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_camp_taken_over_after_peacekeepers_left_it_is_a_peaceful_transfer(pipeline):
    ev = _first(pipeline, "The Malian army took over a base in Aguelhok on Monday after it was vacated by UN peacekeepers, "
                          "officials said.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_a_convoy_of_civilian_trucks_ambushed_is_an_attack(pipeline):
    ev = _first(pipeline, "Gunmen ambushed a convoy of civilian trucks near Arbinda in Burkina Faso on Sunday, killing five "
                          "drivers, security sources said.")
    assert ev.sub_event_type == "Attack"


def test_supporters_of_a_jailed_leader_rioting_demonstrate(pipeline):
    ev = _first(pipeline, "Supporters of a detained opposition leader clashed with police in Conakry on Thursday, torching cars "
                          "and ransacking shops, the ministry said.")
    assert ev.sub_event_type == "Violent demonstration"


def test_markets_that_explode_higher_are_no_event(pipeline):
    _none(pipeline, "Shares in arms makers exploded higher on Monday as traders battled to price in the new tariffs.")


# -- after round seven (measured) --------------------------------------------------------------------


def test_a_commander_and_his_bodyguards_killed_are_all_counted(pipeline):
    ev = _first(pipeline, "A drone strike killed a senior al Shabaab commander and two of his bodyguards near Kismayo late on "
                          "Monday, officials said.")
    assert ev.fatalities == 3


def test_supporters_of_a_jailed_former_minister_who_riot_demonstrate(pipeline):
    ev = _first(pipeline, "Supporters of jailed former prime minister Sheikh Daud torched buses and stormed a governor's office "
                          "in Lahore on Wednesday, police said.")
    assert ev.sub_event_type == "Violent demonstration"


def test_a_vague_count_of_two_groups_named_with_several_words_is_counted(pipeline):
    ev = _first(pipeline, "Several soldiers and civilian defence volunteers were killed when jihadists overran an army post "
                          "near Diapaga on Tuesday, security sources said.")
    assert ev.fatalities == 3


def test_a_second_group_with_its_own_approximate_figure_keeps_it(pipeline):
    ev = _first(pipeline, "On 2 April 2024, ISGS militants ambushed an army patrol near Tera (Tera, Tillaberi), sparking a "
                          "firefight. The ministry said 12 soldiers and around 20 assailants were killed.")
    assert ev.fatalities == 32
