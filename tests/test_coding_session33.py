"""Coding fixes found by the thirty-third session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first

pytestmark = pytest.mark.slow


# -- round one -------------------------------------------------------------------------------------


def test_party_supporters_dispersed_while_trying_to_reach_a_square_were_marching(pipeline):
    ev = _first(pipeline, "On 12 May 2024, police fired tear gas to disperse PML-N supporters attempting to reach "
                          "Liberty Chowk in Lahore (Lahore, Punjab).")
    assert ev.sub_event_type == "Protest with intervention"


def test_arrests_for_unrelated_offences_at_a_march_are_no_intervention(pipeline):
    ev = _first(pipeline, "On 3 March 2024, thousands of people marched through central Dublin (Dublin, Leinster) calling "
                          "for action on housing. Police said two men were arrested for unrelated offences.")
    assert ev.sub_event_type == "Peaceful protest"


def test_killing_a_man_and_his_bodyguard_is_two_deaths(pipeline):
    ev = _first(pipeline, "Gunmen ambushed the car of a local mayor near Acapulco on Monday, killing him and his bodyguard, "
                          "state prosecutors said.")
    assert ev.fatalities == 2


def test_the_bodies_of_several_fighters_found_after_a_battle_are_three(pipeline):
    ev = _first(pipeline, "Rival gangs fought for hours in the town of Petionville on Saturday, police said. "
                          "Officers said the bodies of several gang members were found in the streets afterwards.")
    assert ev.event_type == "Battles"
    assert ev.fatalities == 3


def test_volunteer_defence_auxiliaries_are_the_vdp(pipeline):
    ev = _first(pipeline, "Burkina Faso's army said volunteer defence auxiliaries fought off an assault by jihadists on the "
                          "town of Djibo on Tuesday, killing about twenty of the attackers.")
    assert ev.sub_event_type == "Armed clash"
    assert "VDP" in (ev.actor1 + " " + (ev.actor2 or ""))


def test_a_grave_of_victims_of_a_war_decades_ago_is_history(pipeline):
    assert not pipeline.extract("Investigators exhumed the remains of 14 people from a mass grave near Vukovar in Croatia, "
                                "believed to be victims of the 1991-95 war, officials said on Thursday.").events


def test_an_online_petition_protesting_a_plan_is_no_protest(pipeline):
    assert not pipeline.extract("More than 50,000 people have signed a petition protesting plans to close a children's "
                                "hospital in Leeds, campaigners said on Monday.").events


# -- round two -------------------------------------------------------------------------------------


def test_students_who_gathered_on_a_lawn_to_call_for_divestment_protest(pipeline):
    ev = _first(pipeline, "On 20 April 2024, about 150 students gathered on the main lawn of McGill University in Montreal "
                          "(Montreal, Quebec) to call for the university to cut ties with arms makers.")
    assert ev.sub_event_type == "Peaceful protest"


def test_looting_days_after_a_takeover_with_no_fighting_is_looting(pipeline):
    ev = _first(pipeline, "On 9 May 2024, Wagner-backed troops looted livestock and shops in Tin Essako (Tin-Essako, Kidal) "
                          "a week after taking over the town. No fighting was reported.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_inmates_escaping_after_guards_abandoned_their_posts_is_a_prison_break(pipeline):
    ev = _first(pipeline, "On 8 March 2024, more than 60 Prisoners (Haiti) escaped from the prison of Jacmel (Jacmel, Sud-Est) "
                          "after guards abandoned their posts over a pay dispute.")
    assert ev.sub_event_type == "Other"


def test_infighting_police_suspect_behind_a_shooting_is_its_motive_not_a_clash(pipeline):
    ev = _first(pipeline, "On 3 May 2025, unidentified gunmen shot dead a BNP ward leader outside a mosque in Rangpur city "
                          "(Rangpur). Police said they suspect internal infighting over local contracts.")
    assert ev.sub_event_type == "Attack"


def test_factions_that_say_they_will_merge_under_one_command_change_their_activity(pipeline):
    ev = _first(pipeline, "Three armed groups in eastern Congo said on Friday they would merge under a unified command, "
                          "according to a statement from their leaders.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_militias_graduation_ceremony_for_recruits_changes_its_activity(pipeline):
    ev = _first(pipeline, "On 2 September 2024, the Wagner-linked militia held a graduation parade for about 300 new recruits "
                          "in Bambari (Bambari, Ouaka) after a month of training.")
    assert ev.sub_event_type == "Change to group/activity"


# -- round three -----------------------------------------------------------------------------------


def test_a_faction_that_joined_a_coalition_changes_its_activity(pipeline):
    ev = _first(pipeline, "On 5 May 2024, a wing of the Raia Mutomboki militia said that it had joined the Wazalendo "
                          "alliance in Shabunda territory (Shabunda, Sud-Kivu).")
    assert ev.sub_event_type == "Change to group/activity"


def test_fighters_put_under_the_armys_command_change_the_groups_activity(pipeline):
    ev = _first(pipeline, "On 18 July 2024, the leaders of a Mai-Mai group in Lubero (Lubero, Nord-Kivu) agreed to place "
                          "their fighters under the command of the FARDC.")
    assert ev.sub_event_type == "Change to group/activity"


def test_an_attack_said_to_be_meant_to_stop_members_mobilising_is_no_intervention(pipeline):
    ev = _first(pipeline, "On 9 March 2023, Jubo League activists beat a Jubo Dal leader near the college gate in Bogura "
                          "town (Bogura), leaving him injured. Jubo Dal alleged that the attack was meant to prevent its "
                          "members from mobilising for the upcoming BNP rally.")
    assert ev.sub_event_type == "Attack"


def test_a_soldier_who_lost_his_life_adds_to_the_enemy_dead(pipeline):
    ev = _first(pipeline, "Malian troops fought off an attack by JNIM fighters on their base near Boni on Monday, killing "
                          "six of the attackers, the army said. One soldier lost his life in the exchange of fire.")
    assert ev.fatalities == 7


def test_a_bill_giving_police_powers_to_break_up_rallies_is_no_event(pipeline):
    assert not pipeline.extract("Lawmakers in Georgia approved a bill on Tuesday giving police wider powers to break up "
                                "rallies, a move opposition parties called an assault on free speech.").events


def test_a_man_who_shot_relatives_and_turned_the_gun_on_himself_is_a_family_crime(pipeline):
    assert not pipeline.extract("A man shot dead his two brothers and then turned the gun on himself at a farm near "
                                "Pretoria on Saturday, police said.").events


# -- round four ------------------------------------------------------------------------------------


def test_pledges_to_end_raids_told_after_a_peace_deal_are_no_attack(pipeline):
    ev = _first(pipeline, "On 3 March 2024, elders of the Dinka and Nuer communities signed a peace accord in Bor (Bor South, "
                          "Jonglei) brokered by church leaders. Both sides pledged to end cattle raids and revenge killings.")
    assert ev.sub_event_type == "Agreement"


def test_inmates_with_convicted_militants_among_them_who_escape_is_a_jailbreak(pipeline):
    ev = _first(pipeline, "On 7 June 2024, about 50 inmates, among them several men convicted of belonging to JNIM and "
                          "other armed groups, escaped from the prison in Kaya (Kaya, Sanmatenga) overnight.")
    assert ev.sub_event_type == "Other"


def test_a_veterans_march_past_at_a_ceremony_is_no_protest(pipeline):
    assert not pipeline.extract("On 11 November 2024, the President and army chiefs attended the Armistice Day ceremony at "
                                "the war memorial in Ottawa (Ottawa, Ontario), followed by a march past of veterans.").events


def test_troops_who_shot_dead_people_during_a_march_used_excessive_force(pipeline):
    ev = _first(pipeline, "Guinean security forces shot dead three people during a peaceful march against the junta in "
                          "Conakry on Wednesday, a rights group said.")
    assert ev.sub_event_type == "Excessive force against protesters"
    assert ev.fatalities == 3


# -- round five ------------------------------------------------------------------------------------


def test_gangs_that_would_join_forces_change_their_activity(pipeline):
    ev = _first(pipeline, "On 2 March 2024, the leaders of two rival gang alliances in Port-au-Prince (Port-au-Prince, "
                          "Ouest) said in a video that they would join forces against the government.")
    assert ev.sub_event_type == "Change to group/activity"


def test_men_said_by_locals_to_be_fighters_of_one_side_were_killed(pipeline):
    ev = _first(pipeline, "On 4 June 2023, two armed factions of the JSS exchanged fire in a forest of Bilaichhari "
                          "(Rangamati). Three men said by villagers to be JSS (Reformist) members were killed.")
    assert ev.sub_event_type == "Armed clash"
    assert ev.fatalities == 3


def test_supporters_who_set_tyres_and_ballot_papers_alight_demonstrate(pipeline):
    ev = _first(pipeline, "On 9 February 2024, supporters of a defeated candidate rioted outside the district election "
                          "office in Turbat (Kech, Balochistan), claiming the count was rigged. They set tyres and ballot "
                          "boxes on fire before police fired tear gas.")
    assert ev.sub_event_type == "Violent demonstration"


def test_guns_recovered_from_the_men_arrested_are_part_of_the_arrest(pipeline):
    ev = _first(pipeline, "On 3 May 2024, RAB arrested five suspected members of an outlawed party in Dumuria (Khulna). "
                          "Three pistols and 20 rounds of ammunition were recovered from them.")
    assert ev.sub_event_type == "Arrests"


# -- round six -------------------------------------------------------------------------------------


def test_a_drone_operated_by_a_named_force_that_dropped_a_grenade_is_a_drone_strike(pipeline):
    ev = _first(pipeline, "On 3 May 2025, a drone operated by Military Forces of Ukraine (2019-) dropped a grenade on a truck "
                          "in Oleshky (Khersonskyi, Kherson), killing its driver. 1 fatality.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_new_movement_vowing_to_protect_villages_from_attacks_changes_activity(pipeline):
    ev = _first(pipeline, "On 2 August 2024, armed men in a video announced the formation of a new armed movement in "
                          "Irumu territory (Irumu, Ituri), saying it would defend villages in the area from ADF attacks.")
    assert ev.sub_event_type == "Change to group/activity"


def test_the_arrest_of_a_clerk_for_embezzlement_is_no_event(pipeline):
    assert not pipeline.extract("On 4 June 2024, police arrested a council clerk in Kisumu (Kisumu Central, Kisumu) "
                                "suspected of embezzling public funds meant for road repairs.").events


def test_arrests_a_party_says_were_meant_to_obstruct_its_rally_are_arrests(pipeline):
    ev = _first(pipeline, "On 7 December 2022, police arrested 22 BNP activists in overnight raids across Khulna city "
                          "(Khulna) ahead of the party's divisional rally, in connection with arson cases. BNP claimed the "
                          "arrests were meant to obstruct the rally.")
    assert ev.sub_event_type == "Arrests"


def test_three_police_and_two_of_the_attackers_killed_in_an_exchange_of_fire_are_five(pipeline):
    ev = _first(pipeline, "Militants raided a police post in northern Burkina Faso on Sunday, starting an exchange of fire "
                          "that killed four gendarmes and two of the attackers, the army said.")
    assert ev.fatalities == 6


def test_a_long_battle_in_parliament_is_politics(pipeline):
    assert not pipeline.extract("The party chief told supporters on Sunday to prepare for a long battle in parliament "
                                "against the new tax law.").events


def test_threats_to_firms_supporting_an_offensive_are_no_battle(pipeline):
    assert not pipeline.extract("The ADF threatened in a statement on Tuesday to attack any contractor that supports the "
                                "army's offensive against its fighters.").events


def test_a_mine_blast_blamed_on_a_build_up_of_gas_is_an_accident(pipeline):
    assert not pipeline.extract("An explosion at a coal mine in Turkey's Zonguldak province killed five miners on Friday. "
                                "Officials suspect an accumulation of methane.").events


# -- round seven -----------------------------------------------------------------------------------


def test_a_crowd_that_took_captives_from_police_custody_and_burned_them_is_mob_violence(pipeline):
    ev = _first(pipeline, "On 2 May 2023, residents of Petion-Ville (Ouest) took four suspected gang members from police "
                          "custody and set them on fire with tyres. 4 people were killed.")
    assert ev.sub_event_type == "Mob violence"
    assert "Police" not in (ev.actor1 or "")


def test_an_armed_group_that_announced_a_blockade_of_a_city_changes_its_activity(pipeline):
    ev = _first(pipeline, "On 14 September 2023, JNIM: Group for Support of Islam and Muslims declared a blockade of "
                          "Gao city (Gao), warning traders not to bring goods into the town.")
    assert ev.sub_event_type == "Change to group/activity"


def test_troops_taking_over_a_base_after_peacekeepers_withdrew_is_a_handover(pipeline):
    ev = _first(pipeline, "Malian soldiers took control of the Aguelhok camp on Monday after UN peacekeepers completed "
                          "their withdrawal from the base, the army said.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_a_website_attack_by_hackers_is_no_political_violence(pipeline):
    assert not pipeline.extract("Hackers knocked several Polish ministry websites offline on Monday in what officials "
                                "described as a large attack, though no data was lost.").events


def test_an_inquiry_into_the_deaths_of_protesters_last_year_is_no_protest(pipeline):
    assert not pipeline.extract("Kenya's police oversight body opened an inquiry on Tuesday into the deaths of protesters "
                                "in Nairobi last June, summoning several commanders.").events


def test_youths_angered_by_a_death_in_a_police_chase_demonstrate_and_that_death_is_no_toll(pipeline):
    ev = _first(pipeline, "Youths set fire to cars and threw fireworks at a police station in the Brussels district of "
                          "Anderlecht overnight, angered by the death of a boy during a police chase, officials said.")
    assert ev.sub_event_type == "Violent demonstration"
    assert ev.fatalities == 0


def test_an_army_that_lost_two_soldiers_counts_them(pipeline):
    ev = _first(pipeline, "Burkina Faso's army said it had repelled an attack by jihadists near Djibo on Sunday and lost "
                          "three soldiers.")
    assert ev.fatalities == 3


# -- round eight -----------------------------------------------------------------------------------


def test_villagers_forming_a_vigilante_group_change_their_activity(pipeline):
    ev = _first(pipeline, "On 3 March 2024, farmers in Agatu (Agatu, Benue) formed a new vigilante group with the support "
                          "of the council chairman to guard their fields against bandit raids.")
    assert ev.sub_event_type == "Change to group/activity"


def test_soldiers_said_to_have_been_killed_are_counted(pipeline):
    ev = _first(pipeline, "Kachin rebels and Myanmar troops exchanged fire near Bhamo on Tuesday, local media reported. "
                          "Four soldiers were said to have been killed.")
    assert ev.fatalities == 4


def test_a_clash_a_border_saw_years_ago_told_in_a_relative_clause_is_no_event(pipeline):
    assert not pipeline.extract("Diplomats from Armenia and Azerbaijan met in Geneva on Friday to discuss the border, "
                                "where troops fought in 2022.").events


def test_a_factional_brawl_with_air_gun_pellets_is_mob_violence(pipeline):
    ev = _first(pipeline, "On 3 February 2025, followers of two BNP leaders clashed over a bus terminal in Sreepur "
                          "(Gazipur). Twelve people were hurt, four of them by pellets from air guns.")
    assert ev.sub_event_type == "Mob violence"


# -- round nine ------------------------------------------------------------------------------------


def test_soldiers_firing_into_the_air_to_demand_pay_is_a_mutiny_not_an_attack(pipeline):
    ev = _first(pipeline, "Soldiers at a barracks in the eastern town of Bouake fired into the air for several hours on "
                          "Monday to demand unpaid bonuses, residents said. No injuries were reported.")
    assert ev.sub_event_type == "Other"


def test_students_arrested_with_an_aside_who_were_protesting_outside_a_club_is_intervention(pipeline):
    ev = _first(pipeline, "On 3 March 2021, police arrested several students, including women, who were protesting outside "
                          "the Turbat Press Club (Kech, Balochistan) against the closure of hostels. They were released "
                          "later that evening.")
    assert ev.sub_event_type == "Protest with intervention"


# -- round ten -------------------------------------------------------------------------------------


def test_condemning_a_rise_in_attacks_on_reporters_is_no_event(pipeline):
    assert not pipeline.extract("The press freedom group on Tuesday condemned a rise in attacks on journalists in West "
                                "Africa and called on governments to protect reporters.").events


def test_a_law_giving_police_powers_to_break_up_unlicensed_rallies_is_no_event(pipeline):
    assert not pipeline.extract("Uganda's parliament passed a law on Thursday that would give police wider powers to "
                                "break up unlicensed demonstrations, drawing criticism from the opposition.").events


def test_mutinous_soldiers_who_occupied_the_state_radio_are_a_mutiny_not_a_battle(pipeline):
    ev = _first(pipeline, "On 3 May 2024, mutinous soldiers briefly occupied the state radio building in Niamey (Niamey, "
                          "Niamey) and read a statement against their officers before returning to barracks. No shots "
                          "were fired.")
    assert ev.sub_event_type == "Other"


def test_activists_who_tried_to_enter_an_office_demanding_removals_pushed_back_by_police(pipeline):
    ev = _first(pipeline, "On 5 November 2024, activists tried to enter the Upazila Nirbahi Officer's office in Sadar "
                          "(Bogura) demanding the removal of an official. Police pushed them back with batons.")
    assert ev.sub_event_type == "Protest with intervention"


def test_another_activist_who_died_of_his_injuries_adds_to_the_toll(pipeline):
    ev = _first(pipeline, "On 2 September 2022, police opened fire on BNP activists in Sadar (Bhola) when they tried to "
                          "bring out a procession. A Chhatra Dal activist was shot dead and another Jubo Dal activist died "
                          "of his injuries days later.")
    assert ev.fatalities == 2


def test_a_five_set_battle_at_wimbledon_is_sport(pipeline):
    assert not pipeline.extract("Novak Djokovic fought off a fierce assault from Jack Draper to win a five-set battle at "
                                "Wimbledon on Tuesday.").events
