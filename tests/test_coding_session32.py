"""Coding fixes found by the thirty-second session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first

pytestmark = pytest.mark.slow


# -- round one -------------------------------------------------------------------------------------


def test_a_truce_that_new_clashes_may_undermine_is_no_agreement(pipeline):
    assert not pipeline.extract("Diplomats warned on Tuesday that new clashes in the north could undermine a shaky truce.").events


def test_a_crackdown_on_protests_years_ago_told_in_a_report_is_no_event(pipeline):
    assert not pipeline.extract("Amnesty International said in a report on Tuesday that soldiers shot dead dozens of "
                                "people during demonstrations three years ago and that no officer has been charged.").events


def test_militias_announcing_their_merger_with_the_aim_of_fighting_a_group_change_their_activity(pipeline):
    ev = _first(pipeline, "On 11 June 2024, three Mai-Mai groups in Masisi (Masisi, Nord-Kivu) announced their merger into "
                          "one movement, with the declared aim of fighting the ADF.")
    assert ev.sub_event_type == "Change to group/activity"


def test_two_cartels_named_as_acled_names_them_that_clash_fight_an_armed_clash(pipeline):
    ev = _first(pipeline, "On 2 March 2024, the Sinaloa Cartel and CJNG fought for control of the town of Tila "
                          "(Tila, Chiapas). 4 fatalities.")
    assert ev.sub_event_type == "Armed clash"
    assert ev.fatalities == 4


def test_an_attack_on_a_militias_checkpoint_is_a_battle(pipeline):
    ev = _first(pipeline, "On 4 August 2024, JNIM militants attacked a VDP checkpoint near Kaya (Kaya, Sanmatenga). "
                          "5 fatalities.")
    assert ev.sub_event_type == "Armed clash"


def test_deaths_on_both_sides_of_an_attack_on_a_militia_make_it_a_battle(pipeline):
    ev = _first(pipeline, "On 6 October 2024, JNIM militants attacked VDP members in Titao (Titao, Loroum). Local sources "
                          "said 7 people died on both sides. 7 fatalities.")
    assert ev.sub_event_type == "Armed clash"


def test_police_and_party_leaders_who_said_who_the_killers_were_are_no_side(pipeline):
    ev = _first(pipeline, "On 9 March 2023, gunmen shot dead a UPDF supporter at a tea stall in Dighinala (Khagrachhari). "
                          "Local police and UPDF leaders said the killers belonged to the PCJSS, which denied it.")
    assert ev.sub_event_type == "Attack"
    assert ev.event_type == "Violence against civilians"


def test_a_man_who_stabs_his_neighbour_in_a_quarrel_over_a_gate_is_crime(pipeline):
    assert not pipeline.extract("On 2 May 2024, a man stabbed his neighbour to death after an argument over a shared gate "
                                "in Mamelodi (Tshwane, Gauteng). Police arrested him.").events


def test_a_villager_who_kills_his_neighbour_over_a_land_dispute_stays_an_attack(pipeline):
    ev = _first(pipeline, "On 3 April 2023, a farmer killed his neighbour over a land dispute in Sadullapur upazila "
                          "(Gaibandha).")
    assert ev.sub_event_type == "Attack"


# -- round two -------------------------------------------------------------------------------------


def test_factions_that_would_merge_into_a_unified_command_change_their_activity(pipeline):
    ev = _first(pipeline, "Four armed factions in Daraa province said on Monday they would merge into a unified command "
                          "to coordinate their operations.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_deal_to_end_years_of_killings_sparked_by_raids_is_an_agreement(pipeline):
    ev = _first(pipeline, "Chiefs of rival Lou Nuer clans signed a pact on Friday aimed at ending years of reprisal "
                          "killings tied to cattle raids, local officials said.")
    assert ev.sub_event_type == "Agreement"


def test_bodies_found_after_gang_members_rampaged_through_a_district_are_an_attack(pipeline):
    ev = _first(pipeline, "Residents found the bodies of five people in Cite Soleil on Sunday after gang members "
                          "rampaged through the area overnight, local radio said.")
    assert ev.sub_event_type == "Attack"
    assert ev.fatalities == 5


def test_young_men_joining_a_militia_change_its_activity(pipeline):
    ev = _first(pipeline, "On 3 March 2024, about 150 young men joined the CODECO militia in Djugu territory "
                          "(Djugu, Ituri) after a recruitment drive, local sources said.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_mine_dating_from_earlier_fighting_is_no_clash(pipeline):
    ev = _first(pipeline, "On 5 May 2024, a shepherd was killed when he stepped on a landmine near Kupiansk (Kupiansk, "
                          "Kharkiv). The device probably dated from earlier fighting. 1 fatality.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert ev.fatalities == 1


def test_villagers_who_clash_over_a_church_procession_riot_and_do_not_demonstrate(pipeline):
    ev = _first(pipeline, "On 12 April 2024, two groups of residents clashed with stones over the route of a church "
                          "procession in Kottayam (Kottayam, Kerala). Five people were injured.")
    assert ev.sub_event_type == "Mob violence"


def test_party_men_who_clash_over_the_hanging_of_banners_riot_and_do_not_demonstrate(pipeline):
    ev = _first(pipeline, "On 2 September 2025, BNP and Jamaat activists clashed in Sherpur upazila (Bogra) over the "
                          "hanging of banners for an Eid reunion. Both sides fought with sticks, injuring 12 people.")
    assert ev.sub_event_type == "Mob violence"


# -- round three -----------------------------------------------------------------------------------


def test_dozo_hunters_who_fight_jihadists_fight_an_armed_clash(pipeline):
    ev = _first(pipeline, "Clashes between Donso hunters and suspected jihadists near Djibasso in western Burkina Faso left "
                          "five people dead on Thursday, a security source said.")
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor1.startswith("Dozo Communal Militia") or (ev.actor2 or "").startswith("Dozo Communal Militia")


def test_separatists_imposing_a_ghost_town_is_a_strategic_development(pipeline):
    ev = _first(pipeline, "Businesses in Kumba remained closed on Monday as Ambazonian separatists imposed a ghost town "
                          "across the South-West region, residents said.")
    assert ev.sub_event_type == "Other"


def test_militiamen_turning_back_a_food_convoy_is_a_strategic_development(pipeline):
    ev = _first(pipeline, "On 3 April 2024, militiamen halted a WFP food convoy at a roadblock outside Kadugli "
                          "(Kadugli, South Kordofan) and turned it back. No one was hurt.")
    assert ev.sub_event_type == "Other"


def test_an_arrest_on_suspicion_of_murder_after_a_stabbing_is_crime(pipeline):
    assert not pipeline.extract("Police arrested a 35-year-old woman on suspicion of murder after a man was found with "
                                "fatal stab wounds at a flat in Croydon, south London.").events


def test_a_player_walking_off_the_pitch_in_protest_is_no_event(pipeline):
    assert not pipeline.extract("The Ghanaian striker walked off the pitch in protest at a refereeing decision during "
                                "Sunday's league match in Kumasi, before team-mates persuaded him to return.").events


def test_sides_that_agreed_at_a_named_place_to_a_ceasefire_reach_an_agreement(pipeline):
    ev = _first(pipeline, "On 2 May 2024, delegates of the Government of Colombia and the ELN: National Liberation Army "
                          "agreed in Caracas (Libertador, Capital District) to a six-month ceasefire.")
    assert ev.sub_event_type == "Agreement"


def test_rioters_after_the_death_of_a_man_shot_by_police_demonstrate(pipeline):
    ev = _first(pipeline, "On 4 July 2023, Rioters (France) torched cars and hurled fireworks at police in Montreuil "
                          "(Montreuil, Seine-Saint-Denis) after the death of a young driver shot by police at a traffic stop.")
    assert ev.sub_event_type == "Violent demonstration"


def test_police_preventing_a_group_from_gathering_and_detaining_members_intervene_in_a_protest(pipeline):
    ev = _first(pipeline, "On 5 May 2024, police prevented relatives of missing persons from gathering in front of the "
                          "governor's office in Van (Tusba, Van) and detained 10 participants.")
    assert ev.sub_event_type == "Protest with intervention"


# -- round four ------------------------------------------------------------------------------------


def test_police_detaining_a_council_deputy_over_discrediting_the_army_is_an_arrest(pipeline):
    ev = _first(pipeline, "Police in St Petersburg detained a district council deputy on Tuesday on charges of "
                          "discrediting the armed forces, his lawyer said.")
    assert ev.sub_event_type == "Arrests"


def test_police_arresting_a_priest_is_an_arrest(pipeline):
    ev = _first(pipeline, "Police in Nicaragua arrested a Catholic priest in Matagalpa on Sunday, the diocese said, the "
                          "third detention of clergy this month.")
    assert ev.sub_event_type == "Arrests"


def test_settlers_uprooting_vines_destroy_property(pipeline):
    ev = _first(pipeline, "On 3 March 2024, Settlers (Israel) uprooted dozens of grape vines on a Palestinian farm near "
                          "Al Khader (Bethlehem, West Bank). No injuries were reported.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_inmates_at_a_jail_who_broke_out_are_a_strategic_development(pipeline):
    ev = _first(pipeline, "On 2 May 2024, inmates at the district jail in Koutiala (Koutiala, Sikasso) broke out before "
                          "dawn; 15 remained at large.")
    assert ev.sub_event_type == "Other"


def test_a_memorandum_on_railway_infrastructure_is_no_agreement_between_warring_sides(pipeline):
    assert not pipeline.extract("The presidents of Uganda and Rwanda met in Kigali on Friday and signed a memorandum on "
                                "railway infrastructure.").events


def test_youths_burning_a_police_station_after_a_death_in_custody_demonstrate_and_the_death_is_their_cause(pipeline):
    ev = _first(pipeline, "Angry youths burned a police station in Kisumu on Friday after a hawker arrested for "
                          "obstruction died in custody, residents said.")
    assert ev.event_type == "Riots"
    assert ev.fatalities == 0


def test_protesters_demanding_the_release_of_people_still_detained_protest_and_nobody_is_arrested(pipeline):
    ev = _first(pipeline, "On 10 March 2024, Protesters (Chile) gathered in Concepcion (Concepcion, Biobio) demanding "
                          "the release of students still detained in connection with the 2019 unrest. No incidents were reported.")
    assert ev.sub_event_type == "Peaceful protest"


# -- round five ------------------------------------------------------------------------------------


def test_the_army_deploying_an_additional_number_of_troops_to_curb_attacks_changes_its_activity(pipeline):
    ev = _first(pipeline, "The Malian army said on Tuesday it had deployed an additional 600 troops to the Segou region to stem "
                          "a spate of attacks on villages.")
    assert ev.sub_event_type == "Change to group/activity"


def test_sanctions_on_officers_accused_of_responsibility_for_missile_strikes_are_no_event(pipeline):
    assert not pipeline.extract("The EU froze the assets of three Russian generals it accuses of responsibility for "
                                "missile attacks on Kharkiv.").events


def test_supporters_arrested_where_they_had_gathered_ahead_of_a_planned_rally_are_arrests(pipeline):
    ev = _first(pipeline, "On 3 March 2024, Police Forces of Uganda (1986-) arrested 21 NUP supporters who had gathered at a "
                          "party office in Mukono (Mukono, Mukono) ahead of a planned march to parliament.")
    assert ev.sub_event_type == "Arrests"


def test_those_arrested_taken_to_an_unknown_place_stay_arrests(pipeline):
    ev = _first(pipeline, "On 8 May 2024, police arrested 15 opposition activists at a party office in Gulu (Gulu, Gulu). "
                          "Their lawyers said those detained were later taken to an unknown location.")
    assert ev.sub_event_type == "Arrests"


def test_a_bomb_that_exploded_and_hurt_children_is_the_event_beside_bombs_found_after(pipeline):
    ev = _first(pipeline, "On 3 March 2025, a crude bomb exploded while three boys were playing with it in a field in "
                          "Muksudpur (Gopalganj), injuring all three. Police later recovered two more crude bombs nearby.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_forces_that_launched_an_operation_afterwards_make_no_battle_of_an_attack_on_villagers(pipeline):
    ev = _first(pipeline, "On 4 June 2024, suspected KNF members opened fire on villagers working in a jhum field near "
                          "Rowangchhari (Bandarban), killing one man. Joint forces launched an operation in the area afterwards.")
    assert ev.sub_event_type == "Attack"


def test_an_active_verbs_count_and_their_driver_counts_one_more(pipeline):
    ev = _first(pipeline, "Insurgents detonated a roadside bomb under a police van near Pulwama on Monday, killing four "
                          "police personnel and their civilian driver.")
    assert ev.fatalities == 5


def test_an_officer_wounded_in_the_gunfight_who_later_died_adds_one(pipeline):
    ev = _first(pipeline, "Soldiers killed four gunmen in a shootout near Culiacan on Tuesday, officials said. A soldier "
                          "wounded in the shootout later died in hospital.")
    assert ev.fatalities == 5


# -- round six -------------------------------------------------------------------------------------


def test_fighters_of_a_named_group_and_soldiers_killed_in_one_fight_add_up(pipeline):
    ev = _first(pipeline, "Malian troops killed 11 JNIM fighters in clashes near Boni on Sunday, the army said. Three "
                          "soldiers also died in the fighting, a military source said.")
    assert ev.sub_event_type == "Armed clash"
    assert ev.fatalities == 14


def test_missiles_capable_of_hitting_targets_are_no_shelling(pipeline):
    assert not pipeline.extract("Japan approved funding on Friday for long-range missiles capable of striking enemy "
                                "bases.").events


def test_an_agency_alarmed_by_a_rise_in_killings_reports_no_event(pipeline):
    assert not pipeline.extract("The UN refugee agency said on Friday it was alarmed by a rise in killings of displaced "
                                "people in Ituri province and called for their protection.").events


def test_a_group_the_troops_were_hunting_is_no_side_of_their_killing_of_farmers(pipeline):
    ev = _first(pipeline, "On 2 May 2024, Military Forces of Myanmar (2021-) troops raided Kyee Pin village (Myaung, Sagaing) "
                          "during a hunt for PDF fighters and shot dead two farmers. 2 fatalities.")
    assert ev.sub_event_type == "Attack"


def test_a_forced_recruitment_campaign_changes_a_groups_activity(pipeline):
    ev = _first(pipeline, "On 5 March 2024, the TNLA began a forced recruitment campaign in villages around Namhsan "
                          "(Namhsan, Shan-North), ordering each household to provide one man.")
    assert ev.sub_event_type == "Change to group/activity"


def test_the_karenni_army_taking_a_town_overtakes_territory(pipeline):
    ev = _first(pipeline, "On 2 April 2024, the Karenni Army overran a junta outpost and took control of Hpasawng town "
                          "(Hpasawng, Kayah). 4 soldiers were killed.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"
    assert ev.actor1 == "KA: Karenni Army"


def test_a_man_taken_from_his_house_of_whom_there_is_no_news_is_disappeared(pipeline):
    ev = _first(pipeline, "On 9 March 2024, men in army fatigues took a blogger from his home in Bobo-Dioulasso "
                          "(Houet, Hauts-Bassins). His family has had no news of him since.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_balloons_carrying_rubbish_across_a_border_are_a_strategic_development(pipeline):
    ev = _first(pipeline, "On 2 June 2024, dozens of balloons carrying rubbish from North Korea landed in Cheorwon "
                          "(Cheorwon-gun, Gangwon-do). No one was hurt.")
    assert ev.sub_event_type == "Other"


def test_a_bus_that_overturned_after_a_tyre_burst_is_an_accident(pipeline):
    assert not pipeline.extract("On 3 August 2023, a minibus carrying traders from Mopti to Segou overturned after a tyre "
                                "burst near San (San, Segou). 9 people were killed.").events


def test_supporters_who_burn_an_office_after_results_were_announced_demonstrate(pipeline):
    ev = _first(pipeline, "On 5 July 2024, supporters of a defeated council candidate set fire to the returning officer's "
                          "office in Mendi (Mendi, Southern Highlands) after results were announced.")
    assert ev.sub_event_type == "Violent demonstration"


# -- round seven -----------------------------------------------------------------------------------


def test_a_leader_who_threatened_to_lead_a_long_march_reports_no_protest(pipeline):
    assert not pipeline.extract("The former prime minister threatened on Monday to lead a 'long march' to the capital if "
                                "the election commission did not resign.").events


def test_people_a_border_force_pushed_with_an_aside_into_a_country_are_a_strategic_development(pipeline):
    ev = _first(pipeline, "On 3 June 2025, BSF members pushed 25 people, among them several children, into Bangladesh "
                          "through the Panchagarh border (Panchagarh).")
    assert ev.sub_event_type == "Other"


def test_an_area_that_has_seen_frequent_clashes_is_the_scene_of_a_blast_not_a_clash(pipeline):
    ev = _first(pipeline, "On 2 July 2025, a crude bomb exploded in a field at Char Janajat (Madaripur), injuring two boys. "
                          "Residents said the area has seen frequent clashes between rival groups.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_residents_who_burn_suspected_members_of_a_named_gang_are_a_mob(pipeline):
    ev = _first(pipeline, "On 20 April 2023, residents of Canape-Vert (Port-au-Prince, Ouest) intercepted three "
                          "suspected members of the Grand Ravine gang, beat them and set them alight. 3 fatalities.")
    assert ev.sub_event_type == "Mob violence"


def test_men_on_motorbikes_who_beat_a_journalist_attack_him(pipeline):
    ev = _first(pipeline, "A journalist was beaten by men on motorbikes outside his home in Chittagong on Monday and "
                          "suffered a broken arm, his newspaper said.")
    assert ev.sub_event_type == "Attack"


def test_gunfire_and_mortar_exchanges_between_armed_groups_are_a_battle(pipeline):
    # (a guard: the past exchanges of fire the area "has seen" are dropped; the battle told first stays)
    ev = _first(pipeline, "On 3 May 2024, gunfire and mortar exchanges took place between armed Kuki and Meitei groups "
                          "near Moirang (Bishnupur, Manipur). The area has seen repeated exchanges of fire since 2023. "
                          "1 fatality.")
    assert ev.sub_event_type == "Armed clash"


# -- round eight -----------------------------------------------------------------------------------


def test_killings_that_could_amount_to_war_crimes_are_a_legal_reading_not_a_report(pipeline):
    assert not pipeline.extract("The UN human rights office said on Tuesday that killings of civilians in Tigray could "
                                "amount to war crimes and urged an inquiry.").events


def test_an_armed_group_that_would_cease_offensive_operations_changes_its_activity(pipeline):
    ev = _first(pipeline, "On 3 February 2025, the TNLA said it would halt offensive operations in northern Shan and join "
                          "talks in Kunming (Kunming, Yunnan).")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_named_march_that_was_held_is_a_protest(pipeline):
    ev = _first(pipeline, "On 8 March 2022, the Aurat March was held in Turbat (Kech, Balochistan), with participants "
                          "demanding an end to harassment at workplaces. [size=around 150]")
    assert ev.sub_event_type == "Peaceful protest"


def test_border_guards_who_say_they_will_send_a_protest_letter_hold_no_protest(pipeline):
    ev = _first(pipeline, "On 8 June 2023, BSF personnel opened fire on a group of Bangladeshis near the Rohanpur border in "
                          "Gomastapur upazila (Chapai Nawabganj), killing one man. The BGB said a protest letter would be "
                          "sent and a flag meeting sought.")
    assert ev.sub_event_type == "Attack"


# -- round nine ------------------------------------------------------------------------------------


def test_a_fire_that_broke_out_in_a_club_is_an_accident(pipeline):
    assert not pipeline.extract("A fire that broke out in a wedding hall in northern Iraq late on Tuesday killed more than "
                                "100 people, health officials said.").events


def test_a_proposed_hostage_deal_is_talks_not_an_abduction(pipeline):
    assert not pipeline.extract("Mediators from Qatar and Egypt met Israeli officials in Doha on Monday to discuss a truce "
                                "and hostage release deal.").events


def test_a_protest_vote_is_an_election_not_a_demonstration(pipeline):
    assert not pipeline.extract("Voters in Flanders cast a protest vote against the ruling parties in Sunday's regional "
                                "election, early results showed.").events


def test_a_gas_explosion_in_a_coal_mine_told_by_the_mines_department_is_an_accident(pipeline):
    assert not pipeline.extract("A gas explosion tore through a coal mine near Harnai on Friday, killing nine miners, the "
                                "mines department said.").events


def test_settlers_who_uprooted_and_cut_down_olive_trees_destroy_property(pipeline):
    ev = _first(pipeline, "On 3 October 2023, Israeli settlers uprooted and cut down dozens of olive trees on Palestinian "
                          "land near Qaryut (Nablus, West Bank). No injuries were reported.")
    assert ev.sub_event_type == "Looting/property destruction"
