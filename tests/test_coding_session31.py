"""Coding fixes found by the thirty-first session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first

pytestmark = pytest.mark.slow


# -- round one -------------------------------------------------------------------------------------


def test_a_mass_escape_from_a_prison_is_a_strategic_development(pipeline):
    ev = _first(pipeline, "More than 60 prisoners escaped from the central jail in Bunia before dawn on Tuesday after "
                          "cutting through the bars of their cells, the governor's office said.")
    assert ev.event_type == "Strategic developments"
    assert ev.sub_event_type == "Other"


def test_inmates_named_with_an_aside_breaking_out_of_a_prison_is_a_strategic_development(pipeline):
    ev = _first(pipeline, "On 2 May 2023, 31 inmates, among them two convicted gang leaders, broke out of the district "
                          "prison in Kenema (Kenema, Eastern) overnight. No injuries were reported.")
    assert ev.sub_event_type == "Other"


def test_cattle_rustled_with_nobody_hurt_is_looting(pipeline):
    ev = _first(pipeline, "On 3 March 2023, gunmen rustled about 70 goats from pastoralists near Garkida (Gombi, Adamawa). "
                          "Nobody was hurt in the raid.")
    assert ev.sub_event_type == "Looting/property destruction"
    assert ev.fatalities == 0


def test_cattle_rustlers_who_kill_attack(pipeline):
    ev = _first(pipeline, "On 8 June 2023, bandits killed three herders and rustled their cattle near Dansadau (Maru, Zamfara).")
    assert ev.sub_event_type == "Attack"
    assert ev.fatalities == 3


def test_militias_announcing_a_coalition_in_a_statement_change_their_activity(pipeline):
    ev = _first(pipeline, "On 5 April 2024, four Mai-Mai militias in Lubero territory (Lubero, Nord-Kivu) announced in a "
                          "joint statement the creation of a new coalition to fight the rebels.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_base_of_a_force_named_as_acled_names_it_captured_after_fighting_is_territory_taken(pipeline):
    ev = _first(pipeline, "On 2 February 2024, the Arakan Army (AA) captured a Military Forces of Myanmar (2021-) regional "
                          "operations camp near Kyauktaw (Kyauktaw, Rakhine) after four days of fighting.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_a_market_taking_a_beating_is_no_event(pipeline):
    assert not pipeline.extract("Latin American currencies took a beating on Wednesday as the dollar rallied, with Brazil's "
                                "real sliding 3 percent in what one dealer called a massacre for importers.").events


def test_party_activists_handing_out_leaflets_urging_a_boycott_protest(pipeline):
    ev = _first(pipeline, "On 4 January 2024, Jatiya Party activists handed out leaflets at the bus terminal in Bogra town "
                          "(Bogra) calling on people to boycott the polls.")
    assert ev.sub_event_type == "Peaceful protest"


def test_police_detaining_activists_handing_out_leaflets_intervene_in_a_protest(pipeline):
    ev = _first(pipeline, "On 28 December 2023, police detained six BNP activists who were handing out leaflets urging "
                          "voters to stay away from the election in Jessore town (Jessore).")
    assert ev.sub_event_type == "Protest with intervention"


def test_police_baton_charging_supporters_who_had_gathered_intervene_in_a_protest(pipeline):
    ev = _first(pipeline, "Police baton-charged supporters of the PTI party who had gathered on Jinnah Road on Sunday, "
                          "detaining several and injuring about ten, the party said.")
    assert ev.sub_event_type == "Protest with intervention"


def test_police_tear_gassing_people_who_had_assembled_intervene_in_a_protest(pipeline):
    ev = _first(pipeline, "Riot police tear-gassed traders who had assembled in front of the city hall in Mombasa on "
                          "Thursday, detaining several.")
    assert ev.sub_event_type == "Protest with intervention"


# -- round two -------------------------------------------------------------------------------------


def test_a_border_force_killing_a_national_with_the_other_side_s_guards_named_after_is_an_attack(pipeline):
    ev = _first(pipeline, "On 9 March 2023, BSF personnel shot dead a 30-year-old Bangladeshi near border pillar 912 at "
                          "Dhanipur in Haripur upazila (Thakurgaon). BGB called a flag meeting to get the body back.")
    assert ev.sub_event_type == "Attack"
    assert ev.actor2 == "Civilians (Bangladesh)"


def test_fighters_moving_in_without_meeting_resistance_is_a_peaceful_transfer(pipeline):
    ev = _first(pipeline, "Burundian troops pulled out of the Congolese village of Kitchanga on Thursday and M23 fighters "
                          "moved in hours later without meeting resistance, residents said.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_a_team_storming_into_the_semi_finals_is_no_event(pipeline):
    assert not pipeline.extract("Morocco stormed into the semi-finals on Saturday, beating Spain on penalties in Doha.").events
    assert not pipeline.extract("Ghana stormed into the last eight with a 3-0 rout of Egypt on Sunday, hammering their "
                                "defence for 90 minutes.").events


def test_condemning_what_someone_called_the_killing_of_civilians_is_no_event(pipeline):
    assert not pipeline.extract("The EU foreign policy chief on Friday condemned what she described as the 'systematic "
                                "killing' of civilians in Darfur and called for a ceasefire.").events


def test_party_men_beating_rivals_on_their_way_to_a_rally_attack_them(pipeline):
    ev = _first(pipeline, "On 9 December 2022, Jubo League men attacked BNP supporters travelling to the party's "
                          "divisional rally at Mawa (Munshiganj), beating at least six of them and vandalising a bus.")
    assert ev.sub_event_type == "Attack"


def test_party_supporters_heading_to_a_rally_who_fight_the_police_demonstrate(pipeline):
    ev = _first(pipeline, "On 12 December 2022, BNP supporters heading to the party's rally fought the police in "
                          "Naya Paltan (Dhaka), setting fire to a police box and two buses.")
    assert ev.sub_event_type == "Violent demonstration"


def test_crude_bombs_thrown_on_the_eve_of_a_hartal_are_a_bombing(pipeline):
    ev = _first(pipeline, "On 27 November 2023, unidentified men hurled two crude bombs at a police box near Kazir Dewri "
                          "in Chattogram city (Chittagong) on the eve of a hartal, injuring a passer-by. Police said they "
                          "suspected pro-hartal activists.")
    assert ev.sub_event_type == "Grenade"
    assert ev.actor1 == "Unidentified Armed Group (Bangladesh)"


def test_the_party_that_called_a_blockade_is_no_side_of_an_arson_by_unidentified_men(pipeline):
    ev = _first(pipeline, "On 21 November 2023, unidentified men set fire to a parked truck at Sitakunda (Chittagong) on "
                          "the eve of another blockade called by the BNP and Jamaat-e-Islami. No one was hurt.")
    assert ev.sub_event_type == "Looting/property destruction"
    assert ev.actor1 == "Unidentified Armed Group (Bangladesh)"
    assert ev.actor2 in (None, "Civilians (Bangladesh)")


def test_the_police_who_blame_strikers_for_an_arson_are_no_side_of_it(pipeline):
    ev = _first(pipeline, "On the night of 18 November 2023, unidentified men torched a truck parked near the Kanchpur "
                          "bridge in Narayanganj (Narayanganj). The truck's helper, who was asleep inside, burned to death. "
                          "Police blamed blockade supporters; BNP denied any involvement.")
    assert ev.sub_event_type == "Attack"
    assert ev.actor2 == "Civilians (Bangladesh)"


# -- round three -----------------------------------------------------------------------------------


def test_full_control_of_a_force_s_headquarters_named_as_acled_names_it_is_territory_taken(pipeline):
    ev = _first(pipeline, "On 4 March 2024, the Arakan Army took full control of a Military Forces of Myanmar (2021-) "
                          "brigade headquarters near Ponnagyun (Sittwe, Rakhine) after ten days of fighting.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_armed_robbers_who_targeted_a_shop_and_shot_a_guard_are_crime(pipeline):
    assert not pipeline.extract("On 2 March 2024, armed robbers targeted a watch shop inside a mall in Pretoria (Tshwane, "
                                "Gauteng). A security guard was shot dead.").events


def test_an_armed_group_announcing_the_end_of_its_ceasefire_changes_its_activity(pipeline):
    ev = _first(pipeline, "On 3 June 2024, the Karenni Nationalities Defence Force announced the end of its unilateral "
                          "ceasefire with the military in Loikaw (Loikaw, Kayah).")
    assert ev.sub_event_type == "Change to group/activity"


def test_people_pushed_across_a_border_are_a_strategic_development(pipeline):
    ev = _first(pipeline, "On 20 May 2025, the BSF pushed 41 people into Bangladesh through the Sonahat border "
                          "(Bhurungamari, Kurigram). BGB detained them.")
    assert ev.sub_event_type == "Other"


def test_a_regime_which_has_barred_people_from_crossing_is_no_force_against_a_sit_in(pipeline):
    ev = _first(pipeline, "On 8 February 2024, traders held a sit-in at the Taftan crossing (Chagai, Balochistan) against "
                          "a new permit rule, which has barred them from crossing into Iran.")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_trial_of_men_accused_of_planning_a_foiled_attack_is_no_event(pipeline):
    assert not pipeline.extract("A court in Vienna on Tuesday opened the trial of three men accused of helping prepare a "
                                "foiled attack on a Pride parade.").events


# -- round four ------------------------------------------------------------------------------------


def test_a_security_assistance_package_including_artillery_rounds_is_no_event(pipeline):
    assert not pipeline.extract("Germany announced a new security assistance package for Kyiv on Tuesday, including "
                                "howitzers and artillery shells.").events


def test_a_jet_named_at_length_that_dropped_bombs_is_an_air_strike(pipeline):
    ev = _first(pipeline, "On 2 March 2024, a fighter jet of the Military Forces of Myanmar (2021-) dropped three bombs on "
                          "Kanpetlet town (Mindat, Chin), destroying a school. Two civilians were killed.")
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.fatalities == 2


def test_forces_sending_a_column_of_reinforcements_change_their_activity(pipeline):
    ev = _first(pipeline, "On 2 September 2024, Military Forces of Mali (2021-) sent a long column of reinforcements from "
                          "Gao to Anefis (Tessalit, Kidal). No fighting was reported.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_minister_signing_a_loan_agreement_is_no_event(pipeline):
    assert not pipeline.extract("On 4 April 2024, the Foreign Minister of Korea visited Accra (Accra, Greater Accra) and "
                                "signed a grant agreement for water projects.").events


def test_barricades_the_army_put_up_are_no_violence_of_the_protesters(pipeline):
    ev = _first(pipeline, "On 3 November 2024, students gathered in front of the Secretariat in Dhaka (Dhaka) demanding "
                          "the removal of an adviser. Army personnel put up barricades and pushed back protesters who "
                          "tried to move forward. Several were injured. [size=several hundred]")
    assert ev.sub_event_type == "Protest with intervention"


def test_protesters_who_barricaded_roads_demonstrate_violently(pipeline):
    ev = _first(pipeline, "Demonstrators burned a police post and barricaded roads in Beira on Friday; police fired tear "
                          "gas to clear them.")
    assert ev.sub_event_type == "Violent demonstration"


# -- round five ------------------------------------------------------------------------------------


def test_leaders_of_a_party_who_later_visited_the_scene_are_no_side(pipeline):
    ev = _first(pipeline, "On 8 August 2024, a group of local men attacked several houses belonging to Hindu families in "
                          "Baliadangi upazila (Thakurgaon), looting valuables. Local BNP and Jamaat leaders later visited "
                          "the area. [size=no report]")
    assert ev.actor1 != "BNP: Bangladesh Nationalist Party"


def test_forces_moving_into_a_town_named_at_length_after_troops_withdrew_is_a_peaceful_transfer(pipeline):
    ev = _first(pipeline, "Houthi fighters moved into the district of Durayhimi in Yemen's Hodeidah province on Sunday "
                          "after coalition-backed troops withdrew overnight, residents said.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_factions_of_an_opposition_army_named_in_full_fight_an_armed_clash(pipeline):
    ev = _first(pipeline, "Rival factions of the SPLA-in Opposition fought near Ulang in South Sudan's Upper Nile state on "
                          "Sunday, leaving seven dead, a local official said.")
    assert ev.sub_event_type == "Armed clash"


def test_insurgents_capturing_the_centre_of_a_district_take_territory(pipeline):
    ev = _first(pipeline, "Taliban fighters captured the centre of Khwaja Ghar district in Takhar province on Thursday "
                          "after a night of fighting with police, who retreated to a nearby base, officials said.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_sanctions_over_a_crackdown_on_protesters_are_no_event(pipeline):
    assert not pipeline.extract("Canada imposed sanctions on six Iranian police commanders on Wednesday over the "
                                "crackdown on protesters, freezing their assets.").events


def test_a_group_announcing_it_is_leaving_a_coalition_changes_its_activity(pipeline):
    ev = _first(pipeline, "On 2 May 2024, the leadership of the 3R group announced from Bocaranga (Bocaranga, Ouham-Pende) "
                          "that the group was leaving the CPC coalition.")
    assert ev.sub_event_type == "Change to group/activity"


def test_militants_distributing_leaflets_ordering_residents_are_a_strategic_development(pipeline):
    ev = _first(pipeline, "On 6 June 2024, JNIM militants distributed leaflets in Diafarabe (Tenenkou, Mopti) ordering "
                          "residents to stop working with the army.")
    assert ev.sub_event_type == "Other"


# -- round six -------------------------------------------------------------------------------------


def test_forces_beating_back_an_assault_fight_an_armed_clash(pipeline):
    ev = _first(pipeline, "Ukrainian troops beat back a Russian armoured assault near Vuhledar overnight, the General "
                          "Staff said on Tuesday.")
    assert ev.sub_event_type == "Armed clash"


def test_a_rights_chief_horrified_in_quotes_by_reports_of_killings_is_no_event(pipeline):
    assert not pipeline.extract('The UN refugee chief said on Monday she was "horrified" by reports of killings of '
                                'civilians in eastern Chad.').events


def test_a_stern_protest_in_quotes_lodged_by_a_government_is_no_event(pipeline):
    assert not pipeline.extract('Seoul lodged a "strong protest" with Tokyo on Wednesday over a defence white paper, the '
                                'foreign ministry said.').events


def test_a_militia_that_would_merge_with_a_named_group_changes_its_activity(pipeline):
    ev = _first(pipeline, "On 9 April 2024, commanders of a Mai-Mai militia in Walikale (Walikale, Nord-Kivu) announced "
                          "that the group would merge with the Raia Mutomboki under one command.")
    assert ev.sub_event_type == "Change to group/activity"


def test_people_a_border_force_pushed_in_are_a_strategic_development(pipeline):
    ev = _first(pipeline, "On 29 May 2025, BSF pushed in 22 people, including children, through the Kalaroa border "
                          "(Satkhira). BGB detained them.")
    assert ev.sub_event_type == "Other"


def test_a_dead_man_s_story_told_in_a_clause_is_no_violence_of_his_family_s_sit_in(pipeline):
    ev = _first(pipeline, "On 4 December 2023, family members of Zubair Baloch, killed allegedly in an encounter by the "
                          "CTD, staged a sit-in with his body at Shahi Tump Chowk in Turbat (Kech, Balochistan) and "
                          "demanded a case against the officials. [size=thousands]")
    assert ev.sub_event_type == "Peaceful protest"


def test_traders_beating_to_death_a_man_they_caught_stealing_is_mob_violence(pipeline):
    ev = _first(pipeline, "On 3 October 2024, traders at a fish market in Savar (Dhaka) beat a man to death after catching "
                          "him allegedly stealing cash.")
    assert ev.sub_event_type == "Mob violence"
    assert ev.fatalities == 1


def test_an_army_s_leaflets_ordering_residents_out_of_a_war_zone_are_a_strategic_development(pipeline):
    ev = _first(pipeline, "On 12 May 2024, Military Forces of Israel (2022-) dropped leaflets over Jabalia (North Gaza, "
                          "North Gaza) ordering residents to move to the west.")
    assert ev.sub_event_type == "Other"


# -- round seven -----------------------------------------------------------------------------------


def test_a_militia_parading_in_a_show_of_force_is_a_strategic_development(pipeline):
    ev = _first(pipeline, "Fighters of a Zawiya militia drove through the centre of the town in dozens of pickup trucks "
                          "fitted with anti-aircraft guns on Friday in a show of force, residents said.")
    assert ev.sub_event_type == "Other"


def test_armies_drilling_in_a_show_of_force_are_no_event(pipeline):
    assert not pipeline.extract("Japanese and US forces staged joint drills off Okinawa on Tuesday, flying bombers in a "
                                "show of force, the defence ministry said.").events


def test_an_armed_group_forming_a_joint_command_changes_its_activity(pipeline):
    ev = _first(pipeline, "The Baloch Republican Army said on Monday it had formed a joint command with two other "
                          "separatist groups to coordinate their operations.")
    assert ev.sub_event_type == "Change to group/activity"


def test_youths_angry_over_a_police_shooting_who_wreck_demonstrate(pipeline):
    ev = _first(pipeline, "Youths angry over a police shooting smashed shop windows and set bins alight in Marseille "
                          "overnight, police said.")
    assert ev.sub_event_type == "Violent demonstration"
    assert ev.actor1 == "Rioters (France)"


def test_students_setting_up_an_encampment_demanding_divestment_protest(pipeline):
    ev = _first(pipeline, "On 2 May 2024, students set up an encampment on the campus of the University of Oregon in "
                          "Eugene (Lane, Oregon), demanding that the university cut ties with arms makers.")
    assert ev.sub_event_type == "Peaceful protest"


def test_exhuming_a_grave_of_the_spanish_civil_war_is_no_event(pipeline):
    assert not pipeline.extract("Forensic teams began exhuming a mass grave from the Spanish Civil War near Granada on "
                                "Tuesday believed to hold about 40 people shot by Franco's troops.").events


# -- round eight -----------------------------------------------------------------------------------


def test_talks_that_reached_no_agreement_are_no_event(pipeline):
    assert not pipeline.extract("The defence ministers of Armenia and Azerbaijan met in Brussels on Monday on border "
                                "demarcation but reached no agreement, diplomats said.").events


def test_guards_who_protested_a_killing_by_another_country_s_force_are_no_side(pipeline):
    ev = _first(pipeline, "On 4 November 2025, BSF fired on a group of Bangladeshi sand collectors near the Tamabil border "
                          "in Gowainghat upazila (Sylhet), killing one and injuring another. BGB protested the killing to BSF.")
    assert ev.sub_event_type == "Attack"
    assert ev.actor2 == "Civilians (Bangladesh)"


# -- round nine ------------------------------------------------------------------------------------


def test_armed_men_seizing_nuns_abduct_them(pipeline):
    ev = _first(pipeline, "Armed men seized two Catholic nuns and their driver in Croix-des-Bouquets on Friday, a church "
                          "spokesman said, blaming a local gang.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_a_rapper_detained_over_songs_supporting_protests_is_an_arrest(pipeline):
    ev = _first(pipeline, "Iranian authorities detained a popular singer in Shiraz over songs supporting the nationwide "
                          "protests, her lawyer said.")
    assert ev.sub_event_type == "Arrests"


def test_fighters_moving_into_a_town_hours_after_troops_pulled_out_is_a_peaceful_transfer(pipeline):
    ev = _first(pipeline, "Al-Shabaab fighters moved into the town of Halgan in central Somalia's Hiiraan region on "
                          "Monday, hours after Ethiopian troops pulled out of their base there, residents said.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_a_missile_fired_off_a_coast_in_a_string_of_launches_is_no_event(pipeline):
    assert not pipeline.extract("North Korea fired two short-range ballistic missiles off its west coast on Thursday, "
                                "Japan's defence ministry said, the latest in a string of launches.").events


def test_crude_bombs_thrown_by_unknown_men_on_a_day_of_a_blockade_from_2022_are_the_bombing(pipeline):
    ev = _first(pipeline, "On 9 November 2023, unidentified persons on a motorcycle hurled two crude bombs near a police "
                          "box at Motijheel (Dhaka) on the third day of the blockade. Nobody was injured.")
    assert ev.sub_event_type == "Grenade"


def test_crude_bombs_thrown_by_party_men_during_a_blockade_stay_their_violence(pipeline):
    ev = _first(pipeline, "On 9 November 2023, blockade supporters hurled crude bombs and set fire to a bus at Jatrabari "
                          "(Dhaka) during the blockade.")
    assert ev.sub_event_type != "Grenade"
