"""Coding fixes found by the twenty-third session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import killed_figures as _killed
from test_coding_support import no_event as _none

pytestmark = pytest.mark.slow


# -- fatalities: who died, told without a figure -------------------------------------------------------


def test_both_of_two_victims_count():
    assert _killed("Both women died before the ambulance arrived.") == [2]
    assert _killed("Both of them were hacked to death in the orchard.") == [2]
    # "fighters from both sides died" counts the sides' dead, not two
    assert _killed("At least eleven fighters from both sides died, a nurse said.") != [2]


def test_the_other_who_died_is_a_second_victim():
    assert sum(_killed("One died at the scene and the other died at the district hospital that night.")) == 2


def test_named_victims_who_died_after_a_semicolon_or_and_count_each():
    assert _killed("Jubo Dal leader Karim Sheikh died at the scene; student activist Rubel Mia died two days later.") == [1, 1]
    assert _killed("Habib Ullah died the same evening and Kamal Hossain died in a Dhaka hospital a week later.") == [1, 1]


def test_two_people_named_as_the_killed_count_two():
    assert _killed("Rickshaw puller Alamgir Hossain and vendor Shafiq Mia were killed and 30 others hurt.") == [2]


def test_a_victim_dragged_away_and_killed_and_one_burned_to_death_count():
    assert _killed("In the melee a lawyer was pulled from his car and beaten to death.") == [1]
    assert _killed("The bus driver, asleep on the back seat, burned to death.") == [1]


def test_a_victims_companion_after_and_their_counts_one_more():
    assert _killed("Six troopers of the Special Task Force and their cook were killed when the mine went off.") == [7]
    # "their families" is no one more counted
    assert _killed("Two policemen and their families were killed.") != [3]


def test_a_body_found_long_after_its_noun_is_a_death():
    assert _killed("The body of a union organiser who was taken from his farm in rural Caquetá by armed men on Tuesday "
                   "was found in a river three days later, the mayor's office said.") == [1]


def test_a_role_then_a_name_after_a_killing_verb_is_a_named_victim():
    assert _killed("A crowd beat to death student Ibrahim Musa over a post on social media.") == [1]


def test_a_toll_that_retells_a_first_wrong_account_keeps_the_correction():
    assert _killed("Officials first said more than 60 people had died, then revised the toll to 45.") == [45]
    assert _killed("The army at first said three people died in crossfire; after an inquiry it acknowledged that 11 villagers "
                   "had been killed.") == [11]


def test_two_verbs_before_to_death_are_one_outcome():
    assert _killed("At least nine guards were beaten or burned to death.") == [9]


def test_a_second_sources_name_is_no_victim_phrase():
    # "some ... spoke of" is no figure of "some"
    assert _killed("Police said 14 bodies had been recovered; some village elders spoke of 'more than 40' dead.") == [14]


def test_people_brought_dead_to_a_hospital_are_dead():
    assert _killed("Medics said 19 people were brought dead to the district hospital.") == [19]


# -- fatalities: sources and bombers -------------------------------------------------------------------


def test_a_second_source_after_a_semicolon_with_a_long_subject_is_an_alternative(pipeline):
    ev = _first(pipeline, "On 4 May 2023, gunmen attacked the village of Garin Dau (Zamfara). State police said 16 people were killed; "
                          "a local rights group and community leaders later reported at least 40 dead.")
    assert ev.fatalities == 16
    ev = _first(pipeline, "On 2 June 2021, soldiers fired on a sit-in in Kassala. Doctors said 30 were killed; the interior ministry "
                          "acknowledged 12 deaths.")
    assert ev.fatalities == 12


def test_a_sides_boast_about_other_victims_is_not_added_to_a_credible_count(pipeline):
    ev = _first(pipeline, "On 3 March 2024, the army and a militia fought in the north of Tawila (North Darfur). MSF said 12 people "
                          "were brought dead to its clinic; a militia spokesman claimed 80 soldiers had been killed, which the army "
                          "dismissed.")
    assert ev.fatalities == 12


def test_an_attacker_left_out_of_the_toll_is_added_in_a_suicide_bombing(pipeline):
    ev = _first(pipeline, "On 9 May 2022, a suicide bomber blew himself up in a market in Jalalabad. Officials said 14 people "
                          "were killed, not counting the attacker.")
    assert ev.fatalities == 15
    ev = _first(pipeline, "On 9 May 2022, a suicide bomber struck a wedding in Kunduz, and 20 guests were killed along with the bomber.")
    assert ev.fatalities == 21


def test_the_two_bombers_who_died_count_once(pipeline):
    ev = _first(pipeline, "On 8 July 2023, two suicide bombers blew themselves up at a checkpoint in Mora, killing four "
                          "vigilantes. Both bombers died in the blasts.")
    assert ev.fatalities == 6
    ev = _first(pipeline, "On 8 July 2023, two suicide bombers blew themselves up at a church gate in Medan. Only the two "
                          "attackers died; 14 worshippers were hurt.")
    assert ev.fatalities == 2


def test_a_gunman_who_detonated_an_explosive_vest_is_a_bomber_counted(pipeline):
    ev = _first(pipeline, "On 5 April 2025, a gunman opened fire in a mosque in Homs and then detonated an explosive vest. "
                          "The health ministry said 17 people were killed, not counting the attacker.")
    assert ev.fatalities == 18


def test_an_arrest_carries_no_deaths_told_as_its_case(pipeline):
    ev = _first(pipeline, "On 2 November 2023, police arrested BNP leader Abdul Awal in Dhaka in a case over the previous "
                          "week's clashes, in which a constable and a Chhatra Dal activist died.")
    assert ev.sub_event_type == "Arrests" and ev.fatalities == 0


# -- types ---------------------------------------------------------------------------------------------


def test_munitions_with_a_mustard_agent_and_a_gas_cylinder_dropped_are_chemical(pipeline):
    ev = _first(pipeline, "Militants fired mortar shells carrying what doctors believe was a mustard agent at the village of "
                          "Bashir, south of Kirkuk, on Friday.")
    assert ev.sub_event_type == "Chemical weapon"
    ev = _first(pipeline, "On 3 May 2017, government helicopters dropped at least two gas cylinders on homes in Saraqib (Idlib).")
    assert ev.sub_event_type == "Chemical weapon"


def test_a_mine_left_over_from_a_war_that_kills_is_a_landmine_blast(pipeline):
    ev = _first(pipeline, "A farmer was killed when a mine left over from the war exploded under his tractor near Marib, "
                          "local officials said.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    # a Second World War bomb made safe is still no event
    _none(pipeline, "Sappers defused a bomb left over from the Second World War found on a building site in Cologne.")


def test_a_group_suspending_operations_or_calling_off_a_truce_changes_its_activity(pipeline):
    ev = _first(pipeline, "The Sinai Province group said on Friday it was suspending 'military operations' against the army "
                          "during the holy month.")
    assert ev.sub_event_type == "Change to group/activity"
    ev = _first(pipeline, "The ELN said on Monday it was calling off the truce it agreed in August and ordered attacks on troops.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_drug_smuggling_attempt_foiled_is_no_event(pipeline):
    _none(pipeline, "Jordanian border guards foiled an attempt to smuggle 3 million amphetamine pills from Syria; "
                           "four people were detained.")


def test_a_blast_of_gunpowder_stored_without_permits_is_an_accident(pipeline):
    _none(pipeline, "A workshop exploded in Dhamtari, killing four workers. Police said gunpowder stored in the back "
                           "room set off the blast.")


def test_a_goal_in_a_numbered_minute_is_sport(pipeline):
    _none(pipeline, "Dinamo Zagreb stormed back to beat Ajax 2-1 in Amsterdam, with Petkovic scoring in the 88th minute.")


def test_a_law_that_allows_detention_is_no_arrest(pipeline):
    _none(pipeline, "The Sri Lankan parliament passed an anti-terrorism bill that allows suspects to be detained for up to a "
                    "year without trial.")


def test_an_arrest_of_a_member_of_a_peoples_army_is_political(pipeline):
    ev = _first(pipeline, "Troops arrested a man they said was a courier of the Karen National Liberation Army at a "
                          "checkpoint in Hpa-an on Friday.")
    assert ev.sub_event_type == "Arrests"


def test_party_men_tearing_down_portraits_destroy_property(pipeline):
    ev = _first(pipeline, "On 6 August 2024, BNP activists entered the AL office in Nandigram upazila (Bogura), tore down "
                          "portraits of the party's leaders and carried away chairs. No one was there.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_an_operation_that_followed_an_attack_is_the_arrests(pipeline):
    ev = _first(pipeline, "On 3 March 2025, police and RAB detained 25 people in Tongi (Gazipur), most of them Jubo League "
                          "activists. The drive followed an attack on a student rally a day earlier in which nine were hurt.")
    assert ev.sub_event_type == "Arrests"


def test_a_grenade_after_which_the_area_was_cordoned_off_for_searches_is_a_grenade(pipeline):
    ev = _first(pipeline, "On 4 May 2021, militants threw a grenade at a police vehicle in Baramulla (Jammu and Kashmir). "
                          "It went off on the roadside; no one was hurt and police cordoned off the area for searches.")
    assert ev.sub_event_type == "Grenade"


def test_bombs_hurled_by_unknown_men_injuring_party_men_are_a_grenade_attack_by_them(pipeline):
    ev = _first(pipeline, "On 3 December 2023, unidentified men on a motorbike threw two crude bombs at the AL office in "
                          "Bagha upazila (Rajshahi). One went off, injuring two AL activists and a rickshaw puller; the second was "
                          "recovered and defused by police.")
    assert ev.sub_event_type == "Grenade"
    assert ev.actor1.startswith("Unidentified Armed Group")


def test_forces_taking_over_a_vacated_camp_or_ordered_out_or_entering_under_a_deal_transfer_it(pipeline):
    ev = _first(pipeline, "On 2 May 2024, after UN troops left their base in Tessit, JNIM fighters moved in and took over the camp.")
    assert ev.sub_event_type == "Non-violent transfer of territory"
    ev = _first(pipeline, "The defence minister ordered troops to withdraw from the town of Lyman on Saturday, citing the risk "
                          "of encirclement.")
    assert ev.sub_event_type == "Non-violent transfer of territory"
    ev = _first(pipeline, "Turkish troops entered Tal Tamr district on Tuesday under the ceasefire deal with the SDF.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_a_camp_seized_and_held_or_a_city_claimed_is_taken_but_a_denied_claim_or_no_control_is_not(pipeline):
    ev = _first(pipeline, "On 3 June 2024, JNIM fighters seized the army camp at Djibo after a night of fighting; residents "
                          "said the militants were in control of the town by dawn.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"
    ev = _first(pipeline, "On 9 March 2025, M23 fighters entered Walikale after brief clashes and claimed control of the town.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"
    ev = _first(pipeline, "On 9 March 2025, M23 and FARDC troops fought near Walikale. M23 claimed control of the airport, which "
                          "the army denied.")
    assert ev.sub_event_type == "Armed clash"
    ev = _first(pipeline, "On 9 March 2025, M23 and Wazalendo fighters fought all day near Rubaya; neither side was in full "
                          "control of the hills at nightfall.")
    assert ev.sub_event_type == "Armed clash"


def test_people_gathered_at_a_named_place_against_a_measure_protest(pipeline):
    ev = _first(pipeline, "On 3 October 2022, several hundred people gathered on Nevsky Prospekt in Saint Petersburg (Saint "
                          "Petersburg) against the call-up. Police detained dozens.")
    assert ev.sub_event_type == "Protest with intervention"


def test_barricades_put_up_by_police_or_a_disproved_claim_of_stones_make_no_violent_demonstration(pipeline):
    ev = _first(pipeline, "On 9 August 2022, students marched towards the press club in Chattogram (Chattogram) against the fare "
                          "hike. Police put up barricades on the road and charged with batons; six students were hurt.")
    assert ev.sub_event_type == "Protest with intervention"
    ev = _first(pipeline, "On 18 July 2024, police opened fire on unarmed students marching in Savar (Dhaka), killing one. Police "
                          "claimed he was hit by stones thrown by other protesters, a claim contradicted by witnesses.")
    assert ev.sub_event_type == "Excessive force against protesters"


def test_a_ban_decreed_after_sit_ins_is_the_ban(pipeline):
    ev = _first(pipeline, "On 10 May 2025, the government banned all activities of the Jatiya Party in Dhaka (Dhaka) under the "
                          "Anti-Terrorism Act. The decision had been announced two days earlier, following sit-ins by student groups.")
    assert ev.sub_event_type == "Change to group/activity"


# -- round two ----------------------------------------------------------------------------------------


def test_victims_who_die_after_the_toll_add_to_it(pipeline):
    ev = _first(pipeline, "On 6 May 2023, police fired live rounds at marchers in Omdurman, killing one, a doctors' union said. "
                          "A second protester hit in the neck died in hospital that night.")
    assert ev.fatalities == 2
    ev = _first(pipeline, "On 2 March 2022, soldiers and rebels fought near Catubig, leaving three rebels dead, the army said. "
                          "One of the four soldiers wounded in the fight died on Thursday.")
    assert ev.fatalities == 4
    ev = _first(pipeline, "On 9 April 2024, shells hit a market in Mellit, killing eight civilians, a local committee said. "
                          "A nurse said three more of the wounded died overnight.")
    assert ev.fatalities == 11


def test_some_of_the_dead_named_by_another_source_are_a_part_not_a_count(pipeline):
    ev = _first(pipeline, "On 5 May 2023, a drone strike killed four militants near Bu'aale, the army said. Villagers said two of "
                          "the dead were herders.")
    assert ev.fatalities == 4


def test_the_number_of_dead_soldiers_put_at_a_figure_is_a_toll():
    assert _killed("A security source put the number of dead soldiers at about 25.") == [25]


def test_a_ministry_that_blames_a_group_and_gives_a_toll_is_the_source(pipeline):
    ev = _first(pipeline, "On 3 June 2021, a car bomb exploded at a market in Azaz (Aleppo). The Turkish Defence Ministry blamed "
                          "the PKK and said 18 people were killed; a monitoring group reported 25 dead.")
    assert ev.fatalities == 18


def test_stored_dynamite_blamed_and_a_belly_landing_are_accidents(pipeline):
    _none(pipeline, "A series of explosions ripped through a military barracks in Bata on Sunday, killing at least 60 people. "
                    "The president blamed careless handling of dynamite stored at the barracks.")
    _none(pipeline, "A passenger jet belly-landed and struck an embankment at Sochi airport; 12 of the 80 people on board died.")


def test_a_would_be_bomber_shot_before_he_blew_himself_up_is_a_disrupted_attack(pipeline):
    ev = _first(pipeline, "Police shot dead a would-be suicide bomber at the gate of a church in Maiduguri before he could set off "
                          "his vest, officials said.")
    assert ev.sub_event_type == "Disrupted weapons use"


def test_the_bodies_of_some_of_the_abducted_found_count_each():
    assert _killed("The bodies of three of the five traders seized by armed men on the highway last Monday were found "
                   "in a ravine, police said.") == [3]


def test_a_toll_from_an_attack_that_rose_is_its_figure():
    assert _killed("The death toll from a suspected chlorine attack on the town of Saraqib rose to 21 on Monday.") == [21]


def test_a_wars_estimated_toll_told_beside_an_accord_is_its_past(pipeline):
    ev = _first(pipeline, "The government and the rebels signed a peace accord in Juba, ending a war analysts estimate killed "
                          "tens of thousands.")
    assert ev.sub_event_type == "Agreement" and ev.fatalities == 0


def test_the_deadliest_year_on_record_is_a_tally(pipeline):
    _none(pipeline, "Rights monitors said 2024 was the deadliest year on record for journalists, with 124 killed worldwide.")


def test_troops_that_took_back_a_named_town_regained_it(pipeline):
    ev = _first(pipeline, "Government troops have taken back Palma, the coastal town held by insurgents for months, the army said "
                          "on Sunday.")
    assert ev.sub_event_type == "Government regains territory"


def test_grenades_filled_with_tear_gas_dropped_on_trenches_are_chemical(pipeline):
    ev = _first(pipeline, "Russian drones dropped grenades filled with CS riot-control gas on Ukrainian positions near Bakhmut, "
                          "sending three soldiers to hospital.")
    assert ev.sub_event_type == "Chemical weapon"


def test_a_deed_dated_before_a_protest_note_is_its_past(pipeline):
    ev = _first(pipeline, "On 9 May 2019, journalists staged a rally outside the press club in Turbat (Kech, Balochistan) "
                          "against threats to reporters, recalling the March 2017 bombing that killed two of their colleagues. "
                          "[size=no report]")
    assert ev.sub_event_type == "Peaceful protest"
    ev = _first(pipeline, "On 18 August 2019, traders staged a sit-in in Khuzdar (Khuzdar, Balochistan) demanding the arrest of "
                          "those behind the 12 August bombing of the main bazaar. The blast killed four shopkeepers. "
                          "[size=no report]")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_drone_carrying_mortar_rounds_strikes_from_the_air(pipeline):
    ev = _first(pipeline, "On 3 May 2023, PDF fighters flew a drone carrying three mortar rounds over an army post in Kani "
                          "(Sagaing) and dropped them on the barracks.")
    assert ev.sub_event_type == "Air/drone strike"


def test_forces_that_declared_control_of_a_named_town_regained_it(pipeline):
    ev = _first(pipeline, "On 31 August 2017, Iraqi army units declared full control of central Hawija (Kirkuk) after a "
                          "ten-day offensive against Islamic State.")
    assert ev.sub_event_type == "Government regains territory"


# -- round three --------------------------------------------------------------------------------------


def test_a_second_named_victim_told_after_the_first_died_counts(pipeline):
    ev = _first(pipeline, "On 2 May 2023, gunmen on a motorbike fired on the car of Jubo League leader Rafiqul Islam in Mirpur, "
                          "Dhaka city (Dhaka). Rafiqul died at the scene. Nusrat Jahan Mim, a schoolgirl who was walking past, was hit "
                          "and killed as well.")
    assert ev.fatalities == 2


def test_a_killing_before_a_protest_held_the_next_day_is_the_event(pipeline):
    ev = _first(pipeline, "On 4 March 2023, unidentified men stabbed to death Gopal Das, 52, a Hindu grocer, at his shop in Kalia "
                          "upazila (Narail). Local people formed a human chain the next day demanding the killers' arrest.")
    assert ev.sub_event_type == "Attack" and ev.fatalities == 1


def test_arrested_activists_involved_in_an_earlier_days_attacks_are_the_arrests(pipeline):
    ev = _first(pipeline, "On 18 July 2025, police arrested 30 people in raids in Tungipara upazila (Gopalganj). Officers said most "
                          "of them were Chhatra League activists involved in the previous day's attacks on a student rally and the "
                          "clashes that followed, in which four people were killed.")
    assert ev.sub_event_type == "Arrests" and ev.fatalities == 0


def test_a_year_before_a_noun_is_no_figure():
    assert _killed("A former rebel who had signed the 2016 peace deal was shot dead near Mesetas.") == [1]


def test_mortar_rounds_carrying_chlorine_and_people_who_suffocated_after_a_canister_are_chemical(pipeline):
    ev = _first(pipeline, "Islamic State fighters fired rockets containing a chlorine agent at troops in west Raqqa, injuring four.")
    assert ev.sub_event_type == "Chemical weapon"
    ev = _first(pipeline, "Doctors in Saqba said 15 people suffocated after a canister was dropped on a basement shelter.")
    assert ev.sub_event_type == "Chemical weapon"


def test_a_car_packed_with_explosives_driven_into_a_gate_is_a_suicide_bombing(pipeline):
    ev = _first(pipeline, "A minibus packed with explosives was driven into the gate of a police academy in Mogadishu and "
                          "detonated, killing six people including the driver.")
    assert ev.sub_event_type == "Suicide bomb"


def test_a_crash_with_no_sign_of_a_shooting_is_no_event(pipeline):
    _none(pipeline, "An army helicopter crashed in fog in the hills of Cauca, killing five soldiers. Officials said there was "
                    "no indication it had been shot down.")


def test_a_named_victim_with_an_age_beaten_to_death_counts():
    assert _killed("A mob beat Rokeya Khatun, 35, to death outside a school in Badda after rumours she was a child lifter.") == [1]


def test_the_number_killed_put_at_a_figure_is_a_toll():
    assert _killed("Police put the number killed at 9; a local radio station said 11.") == [9]


def test_deaths_in_other_places_are_no_part_of_this_event(pipeline):
    ev = _first(pipeline, "On 7 July 2023, police fired tear gas to disperse opposition supporters gathering for a rally at "
                          "Kamukunji grounds in Nairobi (Nairobi). Four people were reported killed in unrest in other counties "
                          "the same day.")
    assert ev.fatalities == 0
    ev = _first(pipeline, "On 18 July 2024, police fired on students protesting at the gate of a university in Sylhet city "
                          "(Sylhet), killing one. Three other people were killed in clashes in Khulna the same day.")
    assert ev.fatalities == 1


def test_riots_set_off_by_an_arrest_in_the_following_days_are_later_events(pipeline):
    ev = _first(pipeline, "On 3 March 2021, police arrested opposition leader Ousmane Sonko in Dakar (Dakar). His arrest set off "
                          "riots over the following three days in which at least ten people were killed.")
    assert ev.sub_event_type == "Arrests" and ev.fatalities == 0


def test_a_blown_transformer_reported_as_a_bomb_is_an_accident(pipeline):
    ev = pipeline.extract("On 26 June 2023, Kaduna State police dismissed social-media reports of a bomb blast at Bakin Ruwa "
                          "market in Kaduna (Kaduna North, Kaduna), saying a power transformer had exploded, injuring three "
                          "traders. No one was killed.").events
    assert not any(e.sub_event_type == "Remote explosive/landmine/IED" for e in ev)


def test_a_base_handed_over_and_a_new_phase_of_armed_struggle(pipeline):
    ev = _first(pipeline, "On 2 May 2022, the last French troops left the Menaka base (Menaka), handing the base in Menaka over to "
                          "the Malian army.")
    assert ev.sub_event_type == "Non-violent transfer of territory"
    ev = _first(pipeline, "On 9 March 2021, a dissident commander announced in a video a new phase of armed struggle against the "
                          "state.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_leader_taken_from_his_home_in_a_wave_of_arrests_is_arrested(pipeline):
    ev = _first(pipeline, "On 4 May 2022, police detained 40 members of the banned group in raids across Kerala; in Kannur, "
                          "its secretary was taken from his home.")
    assert ev.sub_event_type == "Arrests"


def test_someone_critically_injured_who_died_is_dead():
    assert _killed("A Chhatra Dal leader was shot and died in hospital, and a Jubo Dal activist who was critically injured "
                   "died in Dhaka on Friday.") == [1, 1]


# -- round four ---------------------------------------------------------------------------------------


def test_the_source_after_a_toll_is_no_second_group_of_victims():
    assert _killed("A drone struck a market in Kabkabiya on Sunday, killing 31 people, two local officials told AFP.") == [31]


def test_some_of_the_victims_named_after_a_toll_are_a_part():
    assert _killed("Soldiers rounded up and killed nine villagers, some of them children, in Ywathit on Monday.") == [9]


def test_a_toll_including_the_bomber_counts_him_once(pipeline):
    ev = _first(pipeline, "A suicide bomber blew himself up at a mosque in Pul-i-Khumri during Friday prayers, killing at least 33 "
                          "people including himself, officials said.")
    assert ev.fatalities == 33


def test_arrests_over_protests_of_an_earlier_year_are_the_arrests(pipeline):
    ev = _first(pipeline, "Police detained 40 people, including two former mayors, in raids across five provinces on Tuesday over "
                          "violent protests in 2019, state media reported.")
    assert ev.sub_event_type == "Arrests"


def test_a_group_with_its_breakdown_set_off_joins_the_next_group():
    assert sum(_killed("The army said 9 militants, including two commanders, and 4 soldiers were killed.")) == 13
