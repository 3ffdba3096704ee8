"""Coding fixes found by the eighteenth session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import no_event as _none

pytestmark = pytest.mark.slow


# -- fatalities: sources after a semicolon, tolls that someone "put at", beheadings --------------


def test_two_sources_joined_by_a_semicolon_are_alternatives_not_a_sum(pipeline):
    ev = _first(pipeline, "Gunmen raided a village near Djibo on 4 May 2023. The army counted 21 dead; a local "
                          "association said 26 people were killed.")
    assert ev.fatalities == 21


def test_a_figure_before_a_sourced_clause_is_the_report_s_own(pipeline):
    ev = _first(pipeline, "Militiamen attacked a camp for displaced people near Bunia on 2 February 2022, killing 60 "
                          "people; aid workers said 62 had died.")
    assert ev.fatalities == 60


def test_a_toll_a_ministry_put_at_a_figure_is_counted(pipeline):
    ev = _first(pipeline, "Soldiers opened fire on mourners in Bamenda on 8 October 2021. The regional health "
                          "office put the death toll at 7, while opposition groups spoke of more.")
    assert ev.fatalities == 7


def test_the_number_of_dead_put_at_a_figure_is_counted(pipeline):
    ev = _first(pipeline, "Gunmen attacked a mosque in Ouallam on 12 August 2022. Local officials put the number of dead at 16.")
    assert ev.fatalities == 16


def test_abducted_victims_who_are_beheaded_make_an_attack(pipeline):
    ev = _first(pipeline, "Fighters of Al-Shabaab seized four truck drivers near Mandera on 1 July 2021 and beheaded two of "
                          "them the next morning.")
    assert ev.sub_event_type == "Attack" and ev.fatalities == 2


def test_police_who_counted_the_dead_are_no_side(pipeline):
    ev = _first(pipeline, "Bandits raided a market in Zurmi on 14 March 2022. Police counted 9 dead.")
    assert ev.sub_event_type == "Attack" and not ev.actor2.startswith("Police")


# -- places: datelines with a dash, party names, where someone fled ------------------------------


def test_a_dateline_with_a_dash_names_the_city(pipeline):
    ev = _first(pipeline, "LIMA — Riot police detained 20 teachers who blocked an avenue on Thursday to demand higher pay.")
    assert ev.country == "Peru"


def test_a_hyphenated_dateline_in_capitals_names_the_city(pipeline):
    ev = _first(pipeline, "PORT-AU-PRINCE — Gang members shot dead four people at a bus stop on Tuesday, witnesses said.")
    assert ev.country == "Haiti"


def test_the_last_word_of_a_party_s_name_is_no_town(pipeline):
    ev = _first(pipeline, "Ruling-party youths set fire to the house of a Movement for Democratic Change official "
                          "in Chitungwiza, Zimbabwe, on 2 August 2018.")
    assert ev.country == "Zimbabwe"


def test_the_country_a_leader_fled_to_is_not_where_the_crowd_rioted(pipeline):
    ev = _first(pipeline, "Hours after the president fled to India on 9 July 2022, crowds stormed his residence in Colombo "
                          "and set parts of it on fire.")
    assert ev.country == "Sri Lanka"


# -- actors --------------------------------------------------------------------------------------


def test_a_country_named_as_the_striker_is_its_military(pipeline):
    ev = _first(pipeline, "Russia launched a barrage of missiles at Kharkiv on 15 May 2024, damaging a power plant and "
                          "wounding three workers.")
    assert ev.actor1.startswith("Military Forces of Russia")


def test_an_ally_named_after_the_army_is_not_the_first_side(pipeline):
    ev = _first(pipeline, "Malian soldiers, supported by Wagner Group mercenaries, took control of a town near Kidal "
                          "on 9 October 2023 after the rebels withdrew.")
    assert ev.actor1.startswith("Military Forces of Mali")


def test_a_national_army_named_by_its_acronym_is_the_state(pipeline):
    ev = _first(pipeline, "FARDC soldiers shot dead five civilians at a roadblock near Beni on 6 June 2023, local "
                          "officials said.")
    assert ev.actor1.startswith("Military Forces of Democratic Republic of Congo")


# -- developments --------------------------------------------------------------------------------


def test_a_foreign_armed_group_ending_its_mission_changes_its_activity(pipeline):
    ev = _first(pipeline, "The Wagner Group said on 2 March 2025 that it was ending its deployment in the Central African "
                          "Republic, and its men would hand their bases to government troops.")
    assert ev.sub_event_type == "Change to group/activity"


def test_rebels_laying_down_arms_before_police_change_their_activity(pipeline):
    ev = _first(pipeline, "Twenty-six Maoist guerrillas laid down their weapons before the district police chief in "
                          "Sukma on 9 January 2024 under a rehabilitation scheme.")
    assert ev.sub_event_type == "Change to group/activity"


def test_the_army_taking_power_is_a_strategic_development(pipeline):
    ev = _first(pipeline, "Officers went on state television in Niamey on 26 July 2023 to say the army was taking power and "
                          "had closed the borders.")
    assert ev.event_type == "Strategic developments"


def test_seized_weapons_taken_from_the_police_are_no_disrupted_weapons_use(pipeline):
    ev = _first(pipeline, "Dozens of rebels raided a police post in Kalehe on 4 April 2022, seized rifles from the officers "
                          "and abducted the post commander.")
    assert ev.sub_event_type != "Disrupted weapons use"


def test_drones_that_partly_get_through_are_an_air_strike(pipeline):
    ev = _first(pipeline, "Russian forces sent some 40 drones against the Kyiv region overnight into 12 June 2023; air "
                          "defences downed most of them, but several got through and set a warehouse on fire.")
    assert ev.sub_event_type == "Air/drone strike"


def test_drones_all_downed_over_a_city_are_disrupted(pipeline):
    ev = _first(pipeline, "Air defences shot down 18 drones over Dnipro overnight into 4 July 2023; falling debris damaged a "
                          "garage.")
    assert ev.sub_event_type == "Disrupted weapons use"


# -- protests ------------------------------------------------------------------------------------


def test_marchers_of_whom_dozens_were_arrested_met_intervention(pipeline):
    ev = _first(pipeline, "Students marched on the education ministry in Nairobi on 5 May 2022 over fee rises, and dozens "
                          "of them were arrested.")
    assert ev.sub_event_type == "Protest with intervention"


def test_activists_carried_off_a_road_by_police_met_intervention(pipeline):
    ev = _first(pipeline, "Climate activists who sat on a motorway near Munich on 4 April 2023 were carried off the road by "
                          "police and their glue removed.")
    assert ev.sub_event_type == "Protest with intervention"


def test_activists_detained_after_chanting_for_the_release_of_prisoners(pipeline):
    ev = _first(pipeline, "Plain-clothes police detained six women outside the courthouse in Minsk on 2 May 2021 after they "
                          "chanted for the release of political prisoners.")
    assert ev.sub_event_type == "Protest with intervention"


def test_forces_who_burn_a_protest_camp_do_not_make_the_crowd_violent(pipeline):
    ev = _first(pipeline, "Security forces cleared a sit-in outside the governorate in Basra on 4 October 2019, firing tear "
                          "gas and setting the protesters' tents on fire.")
    assert ev.sub_event_type == "Protest with intervention"


def test_a_crowd_that_burns_a_police_post_after_police_fired_stays_violent(pipeline):
    ev = _first(pipeline, "Demonstrators attacked the police post in Ikot Ekpene on 3 May 2021 after officers fired on the crowd, "
                          "setting the building ablaze.")
    assert ev.sub_event_type == "Violent demonstration"


def test_a_protester_shot_dead_where_students_were_demonstrating_is_excessive_force(pipeline):
    ev = _first(pipeline, "A student leader was shot dead by police on 2 August 2024 outside the campus in Sylhet city, "
                          "where students were demonstrating against the government.")
    assert ev.sub_event_type == "Excessive force against protesters" and ev.fatalities == 1


def test_a_killing_a_rally_mourns_is_no_force_against_it(pipeline):
    ev = _first(pipeline, "Relatives of a fisherman shot dead by coastguards in Gwadar in May held a rally in Gwadar on "
                          "4 July 2021 demanding justice.")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_procession_answering_a_call_was_held(pipeline):
    ev = _first(pipeline, "Answering calls for a 'long march' against the verdict, thousands of supporters marched to the "
                          "court in Lahore on 9 May 2023 and set fire to police vans.")
    assert ev.sub_event_type == "Violent demonstration"


def test_a_crowd_that_smashes_statues_is_violent(pipeline):
    ev = _first(pipeline, "Chanting slogans against the mayor, a crowd smashed two bronze statues in the town square of "
                          "Gyumri on 6 March 2022.")
    assert ev.sub_event_type in {"Violent demonstration", "Mob violence"}


def test_a_long_arson_object_still_makes_the_march_violent(pipeline):
    ev = _first(pipeline, "Marchers poured into the compound in Colombo on 9 July 2022, setting parts of the Prime Minister's "
                          "official residence on fire.")
    assert ev.sub_event_type == "Violent demonstration"


# -- crowds --------------------------------------------------------------------------------------


def test_residents_who_pull_suspects_from_a_police_van_and_burn_them_riot(pipeline):
    ev = _first(pipeline, "Residents of Carrefour-Feuilles pulled three suspected kidnappers from a police pick-up truck on "
                          "3 May 2023 and burned them alive.")
    assert ev.sub_event_type == "Mob violence" and ev.actor1.startswith("Rioters")


def test_a_victim_forced_to_chant_slogans_is_no_protester(pipeline):
    ev = _first(pipeline, "A cattle trader died after being beaten by a crowd in Alwar district on suspicion of smuggling cows, "
                          "police said on Monday. He had been made to chant religious slogans.")
    assert ev.sub_event_type == "Mob violence"


def test_mobs_with_machetes_are_still_mobs(pipeline):
    ev = _first(pipeline, "Mobs of young men armed with machetes attacked residents and burned shops in Ambo on 1 July "
                          "2020; at least 9 people were killed.")
    assert ev.sub_event_type == "Mob violence"


def test_a_group_of_fifty_people_that_loots_homes_is_a_crowd(pipeline):
    ev = _first(pipeline, "A group of about 60 people vandalised and looted six houses of a religious minority in Gaibandha "
                          "on 7 August 2024. Nobody was hurt.")
    assert ev.sub_event_type == "Mob violence"


def test_villagers_who_fight_over_a_quarrel_at_a_football_match_riot(pipeline):
    ev = _first(pipeline, "Residents of two neighbouring villages fought with sticks and spears in Nabinagar on 3 June 2023 "
                          "over a row between boys at a football match. One man died and 20 were injured.")
    assert ev.sub_event_type == "Mob violence"


def test_journalists_punched_and_kicked_are_attacked(pipeline):
    ev = _first(pipeline, "Two reporters were punched and kicked by youth wing activists outside the election office in "
                          "Bogura on 2 January 2024.")
    assert ev.sub_event_type == "Attack"


def test_soldiers_who_execute_civilians_a_day_after_a_battle_attack_them(pipeline):
    ev = _first(pipeline, "Soldiers searched homes in Bahir Dar on 5 August 2023, a day after fighting militiamen there, and "
                          "shot dead 12 civilians they accused of helping them.")
    assert ev.sub_event_type == "Attack"


# -- no events -----------------------------------------------------------------------------------


def test_a_fraud_ring_that_targeted_pensioners_is_no_attack(pipeline):
    _none(pipeline, "Police in Lyon arrested four people on 3 May 2023 suspected of a phone fraud ring that targeted "
                    "elderly savers.")


def test_a_jeweller_raided_by_armed_men_is_crime(pipeline):
    _none(pipeline, "Two men armed with a revolver raided a jeweller's shop in Antwerp on Monday and escaped with watches "
                    "and rings, police said. Nobody was hurt.")


def test_a_court_that_finds_men_guilty_of_murder_reports_no_event(pipeline):
    _none(pipeline, "A court in The Hague on 3 March 2023 found three men guilty of murder for downing a passenger jet over "
                    "eastern Ukraine in 2014.")


def test_war_games_against_a_hypothetical_attack_are_no_event(pipeline):
    _none(pipeline, "NATO forces launch large war games in Poland on Monday, rehearsing the defence of the alliance against a "
                    "hypothetical attack from the east.")


def test_a_stabbing_with_no_political_motive_over_parking_is_no_event(pipeline):
    _none(pipeline, "A man stabbed a neighbour to death after an argument over a parking space in Porto Alegre on 9 May "
                    "2023. Police said no political or gang motive was suspected.")


def test_a_cricket_win_by_wickets_is_no_event(pipeline):
    _none(pipeline, "Sri Lanka's national cricket team beat Ireland by 9 wickets in Galle on 3 April 2023 in front of a "
                    "full house.")


def test_a_film_review_of_a_revenge_saga_is_no_event(pipeline):
    _none(pipeline, "'Red Harvest' is a gory revenge saga whose climax is a machine-gun massacre at a wedding, and it leaves "
                    "the viewer exhausted.")


# -- round two -----------------------------------------------------------------------------------


def test_drones_loaded_with_bombs_flown_over_a_village_are_an_air_strike(pipeline):
    ev = _first(pipeline, "Gunmen of a criminal group flew drones loaded with homemade bombs over a hamlet near Tepalcatepec "
                          "on 9 May 2024, wounding two farmers and damaging a church.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_military_bombing_raid_on_a_camp_is_an_air_strike(pipeline):
    ev = _first(pipeline, "The defence ministry said on 4 March 2024 that a military bombing raid on a guerrilla camp in "
                          "Caqueta had killed five fighters.")
    assert ev.sub_event_type == "Air/drone strike"


def test_bodies_found_in_clandestine_graves_are_another_development(pipeline):
    ev = _first(pipeline, "Searchers said on 2 June 2023 they had found 14 bodies in secret graves on a farm outside Tlajomulco; "
                          "prosecutors confirmed the find.")
    assert ev.sub_event_type == "Other"


def test_drivers_who_pelt_police_with_stones_demonstrate_violently(pipeline):
    ev = _first(pipeline, "Truck drivers angered by a new toll blocked the highway and pelted police with stones at Savar "
                          "(Dhaka) on 4 March 2025, injuring three officers.")
    assert ev.sub_event_type == "Violent demonstration"


def test_a_stabbing_over_unpaid_wages_is_crime(pipeline):
    _none(pipeline, "A shop owner was stabbed to death by a former worker in a row over unpaid wages in Mombasa on Friday, "
                    "police said, adding that the suspect was held.")


def test_a_match_report_with_shots_and_strikers_is_no_event(pipeline):
    _none(pipeline, "The strikers fired three shots at goal in the first half before the visitors won the derby 1-0.")


def test_rescuers_who_battled_freezing_rain_are_no_fight(pipeline):
    _none(pipeline, "A strong earthquake struck eastern Anatolia on Monday, killing more than 300 people, officials said, as "
                    "rescuers battled freezing rain to reach survivors.")


def test_a_war_told_around_a_strike_is_its_setting(pipeline):
    ev = _first(pipeline, "An air strike hit a market in a town of Sagaing region on Friday, killing 12 people, residents said, "
                          "as the army fights resistance forces in the region.")
    assert ev.sub_event_type == "Air/drone strike"


def test_landless_families_who_occupy_an_estate_demanding_land_protest(pipeline):
    ev = _first(pipeline, "About 200 families from a landless workers' movement occupied a disused cattle ranch in Para on "
                          "Monday, demanding that it be handed over for land reform.")
    assert ev.sub_event_type == "Peaceful protest"


def test_party_factions_that_set_off_crude_bombs_riot(pipeline):
    ev = _first(pipeline, "Followers of two Jubo Dal leaders clashed with sticks and set off several crude bombs over a "
                          "market lease in Shibganj (Bogura) on 3 February 2025. Twelve people were injured.")
    assert ev.sub_event_type == "Mob violence"


def test_unknown_men_who_smash_a_party_office_s_windows_destroy_property(pipeline):
    ev = _first(pipeline, "Unknown persons smashed the windows of a Green party office in Dresden overnight into 4 May 2024 "
                          "and sprayed slogans on its door.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_a_town_taken_back_with_no_fighting_changes_hands_peacefully(pipeline):
    ev = _first(pipeline, "Government troops took back the town of Hpakant on 5 May 2024 after the rebels withdrew under a "
                          "local truce; no fighting was reported.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


# -- round three ---------------------------------------------------------------------------------


def test_attack_drones_launched_in_waves_are_an_air_strike(pipeline):
    ev = _first(pipeline, "Russia launched waves of Shahed attack drones at Zaporizhzhia overnight into 3 August 2023, "
                          "hitting a depot and killing a watchman. Air defences downed 9 of the 12 drones.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_dateline_with_the_country_after_the_city_names_the_city(pipeline):
    ev = _first(pipeline, "KHERSON, Ukraine — Shelling hit a bus stop on Monday, killing two passers-by, officials said.")
    assert ev.location == "Kherson"


def test_clans_that_had_been_fighting_sign_a_peace_deal(pipeline):
    ev = _first(pipeline, "Elders of two clans that had been fighting in the Lagaip valley signed a peace agreement in "
                          "Laiagam on 9 September 2023 before provincial officials.")
    assert ev.sub_event_type == "Agreement"


def test_beaten_protesters_with_fractures_suffered_excessive_force(pipeline):
    ev = _first(pipeline, "Riot police beat peaceful marchers with truncheons in Tbilisi on 1 December 2024, leaving many "
                          "with fractures, a rights group said.")
    assert ev.sub_event_type == "Excessive force against protesters"


def test_a_bombing_an_official_calls_an_ambush_is_no_clash(pipeline):
    ev = _first(pipeline, "A roadside bomb killed three soldiers near Aguililla on 2 May 2023, the governor said, calling it "
                          "a cowardly ambush.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_soldiers_who_seize_a_mayor_abduct_him(pipeline):
    ev = _first(pipeline, "Soldiers seized the mayor of Kherson on 20 March 2022 and drove him away to an unknown place, "
                          "his deputy said.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_raiders_who_take_a_manager_away_abduct_him(pipeline):
    ev = _first(pipeline, "KNF fighters raided a bank branch in Thanchi (Bandarban) on 3 April 2024, looting cash, and took "
                          "the cashier away with them.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_arrests_of_a_network_plotting_to_overthrow_the_government_are_political(pipeline):
    ev = _first(pipeline, "Police detained 14 people in raids in Bavaria on 2 March 2023, accusing them of a plot to "
                          "overthrow the government.")
    assert ev.sub_event_type == "Arrests"


def test_a_day_of_remembrance_for_old_bombings_is_no_event(pipeline):
    _none(pipeline, "London fell silent on Sunday to remember the 52 people killed in the 2005 bus and train bombings, as "
                    "survivors laid wreaths at a memorial.")


def test_a_faction_announcing_it_is_disbanding_changes_activity(pipeline):
    ev = _first(pipeline, "A splinter faction of a Mindanao rebel front said on 4 June 2024 that it was disbanding, with its "
                          "fighters to join a government programme.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_memoir_that_recounts_marches_and_beatings_is_no_event(pipeline):
    _none(pipeline, "A new memoir by a former child soldier recounts forced marches and beatings in the bush of northern "
                    "Uganda two decades ago.")


def test_a_ban_that_followed_sit_ins_is_the_event(pipeline):
    ev = _first(pipeline, "The interim cabinet decided on 3 April 2025 to ban all activities of a student party. The decision "
                          "followed three days of sit-ins by rival groups.")
    assert ev.sub_event_type == "Change to group/activity"


def test_marchers_who_came_under_fire_from_police_suffered_excessive_force(pipeline):
    ev = _first(pipeline, "Students marching in Rangpur city on 4 August 2024 came under fire from police; two of them died "
                          "of bullet wounds.")
    assert ev.sub_event_type == "Excessive force against protesters"


def test_an_arrest_over_the_previous_day_s_clashes_is_an_arrest(pipeline):
    ev = _first(pipeline, "Police picked up a party leader from his home in Dhaka on 30 October 2023 in a case over the "
                          "previous day's clashes.")
    assert ev.sub_event_type == "Arrests"


def test_a_strike_that_cut_the_city_off_is_no_violence(pipeline):
    ev = _first(pipeline, "Despite a bus strike that cut the city off, party supporters held a rally in Rajshahi on 3 "
                          "December 2022, protesting the deaths of activists in police action.")
    assert ev.sub_event_type == "Peaceful protest"


def test_people_who_took_part_in_a_rally_protested(pipeline):
    ev = _first(pipeline, "Hundreds of people took part in a rally in Kalat on 3 February 2021 demanding that the highway be "
                          "reopened, after snow had cut off the town for a week.")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_toll_another_source_put_higher_is_an_alternative(pipeline):
    ev = _first(pipeline, "Troops fired on a sit-in in Mandalay on 3 March 2021, killing at least five people, according to a "
                          "rights group, while local media put the toll at 9.")
    assert ev.fatalities == 5


def test_a_later_toll_of_more_than_a_figure_is_an_alternative_not_an_addition(pipeline):
    ev = _first(pipeline, "Gunmen killed at least 14 villagers in Djibasso on 3 May 2024, the governor said. Survivors who "
                          "reached Nouna put the toll at more than 30.")
    assert ev.fatalities == 14


def test_a_toll_given_after_while_is_another_account(pipeline):
    ev = _first(pipeline, "Rebels raided a village near Butembo on 2 June 2024. A rights group put the death toll at 16, "
                          "while the local administrator gave a toll of 11 civilians killed.")
    assert ev.fatalities == 11


def test_police_who_shoot_dead_marchers_when_they_open_fire_on_a_long_named_march(pipeline):
    ev = _first(pipeline, "Police in Malawi shot dead at least two people in Lilongwe on 3 March 2022 when they opened fire on "
                          "a peaceful anti-corruption march, a hospital source said.")
    assert ev.sub_event_type == "Excessive force against protesters"


# -- round four ----------------------------------------------------------------------------------


def test_a_rally_calling_for_a_ban_is_no_ban(pipeline):
    ev = _first(pipeline, "Thousands of Hefazat supporters assembled at the Shahid Minar in Rajshahi city on 4 October 2025, "
                          "calling for a ban on a rival party. No clashes were reported.")
    assert ev.sub_event_type == "Peaceful protest"


def test_marchers_who_lost_sight_in_one_eye_met_excessive_force(pipeline):
    ev = _first(pipeline, "A peaceful student procession in Kushtia town was met with rubber bullets by police on 3 January "
                          "2023; one student lost sight in one eye.")
    assert ev.sub_event_type == "Excessive force against protesters"
