"""Coding fixes found by the thirty-sixth session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first

pytestmark = pytest.mark.slow


# -- rounds one and two (both first run on the session's starting code) ----------------------------


def test_a_numbered_quarter_of_a_town_is_in_that_town(pipeline):
    ev = _first(pipeline, "Separatist fighters ambushed a police patrol in the Mile 2 quarter of Bamenda on Monday, "
                          "wounding three officers, a regional official said.")
    assert ev.country == "Cameroon"


def test_a_homemade_bomb_set_off_in_a_town_is_an_ied(pipeline):
    ev = _first(pipeline, "Suspected separatists set off an improvised bomb in Kumba on Tuesday, wounding four "
                          "gendarmes, the defence ministry said.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_a_new_command_centre_is_a_base_established(pipeline):
    ev = _first(pipeline, "On 4 June 2024, the RSF established a forward command centre in Um Rawaba (Um Rawaba, "
                          "North Kordofan), bringing in pickup trucks and fighters from El Obeid's outskirts.")
    assert ev.sub_event_type == "Headquarters or base established"


def test_a_command_centre_set_up_for_relief_is_no_base(pipeline):
    assert not pipeline.extract("Authorities set up a command centre to coordinate flood relief in Kassala on "
                                "Monday, the state governor said.").events


def test_regional_special_forces_fighting_each_other_clash(pipeline):
    ev = _first(pipeline, "On 3 March 2024, Oromia regional special forces clashed with Amhara regional special "
                          "forces near Ataye (North Shewa, Amhara). 4 people were reported killed.")
    assert ev.sub_event_type == "Armed clash"


def test_factions_fighting_over_who_leads_a_procession_are_a_mob(pipeline):
    ev = _first(pipeline, "On 20 November 2023, two Jubo Dal factions clashed in Kotchandpur (Jhenaidah) over who "
                          "should lead a procession in favour of the hartal. The two sides used sticks and brickbats; "
                          "nine people were injured. [size=no report]")
    assert ev.sub_event_type == "Mob violence"


def test_an_arrest_for_allegedly_torching_a_vehicle_during_a_blockade_is_an_arrest(pipeline):
    ev = _first(pipeline, "On 6 November 2023, police arrested three Jubo Dal activists in Jatrabari (Dhaka) for "
                          "allegedly setting fire to a covered van on the second day of the ongoing blockade.")
    assert ev.sub_event_type == "Arrests"


def test_an_arrest_of_a_man_said_to_have_fired_on_protesters_last_year_is_an_arrest(pipeline):
    ev = _first(pipeline, "On 2 October 2025, police arrested a former Jubo League leader in Rajshahi city "
                          "(Rajshahi) with a revolver. Police said he had been involved in shooting at student "
                          "protesters in July 2024.")
    assert ev.sub_event_type == "Arrests"


def test_the_detention_of_a_civil_society_leader_is_an_arrest(pipeline):
    ev = _first(pipeline, "Malian gendarmes detained Moussa Traore, the head of a civil society coalition, at "
                          "his house in Bamako on Thursday, his lawyer said.")
    assert ev.sub_event_type == "Arrests"


def test_burning_tires_and_stones_at_police_are_a_violent_demonstration(pipeline):
    ev = _first(pipeline, "On 4 April 2025, residents of Delmas (Port-au-Prince, Ouest) blocked Route de Delmas "
                          "with burning tires and threw rocks at police patrols, denouncing insecurity. No injuries "
                          "were reported.")
    assert ev.sub_event_type == "Violent demonstration"


def test_gunmen_who_rob_a_jewellery_shop_are_crime(pipeline):
    assert not pipeline.extract("Two gunmen robbed a pawnshop in Hat Yai on Monday, firing a shot into the air before "
                                "escaping with gold, police said.").events


def test_a_documentary_about_fighters_is_no_event(pipeline):
    assert not pipeline.extract("A film about young Sudanese protesters who joined the resistance committees won an "
                                "award at a festival in Berlin on Saturday.").events


def test_a_quoted_vague_toll_is_counted(pipeline):
    ev = _first(pipeline, "The army said it had retaken Mawlaik after three days of fighting. State media said "
                          "\"dozens of insurgents\" were killed in the battle.")
    assert ev.fatalities == 12


def test_men_forcing_an_activist_into_a_car_abduct_him(pipeline):
    ev = _first(pipeline, "A Cambodian opposition activist living in Bangkok has been missing since Tuesday, when "
                          "witnesses saw three men force him into a white car near his apartment, his wife said.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_a_candidates_campaign_rally_is_no_protest(pipeline):
    assert not pipeline.extract("Thousands of supporters filled a football ground in Medan on Sunday for the closing "
                                "campaign rally of a governor candidate ahead of the regional elections.").events


def test_fighters_decommissioned_under_a_peace_deal_change_activity(pipeline):
    ev = _first(pipeline, "Some 300 fighters of the Moro National Liberation Front handed in their rifles and were "
                          "formally decommissioned in Cotabato City on Thursday under a peace agreement.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_post_captured_and_held_since_is_territory_taken(pipeline):
    ev = _first(pipeline, "Karenni Army fighters captured a hilltop camp near Loikaw on Wednesday and have held the "
                          "position since, the group said, adding that two soldiers died in the fighting.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_a_group_that_says_it_had_overrun_a_post_is_actor_one(pipeline):
    ev = _first(pipeline, "The Arakan Army said on Friday it had overrun a navy outpost near Kyaukphyu after a "
                          "three-day assault and that its fighters now controlled the base.")
    assert ev.actor1 == "AA: Arakan Army"


def test_a_stabbing_in_a_bar_brawl_is_crime(pipeline):
    assert not pipeline.extract("On 3 May 2025, a man was stabbed to death during a fight outside a bar in Soyapango "
                                "(Soyapango, San Salvador). Police detained a suspect.").events


def test_students_throwing_home_made_explosives_at_police_riot(pipeline):
    ev = _first(pipeline, "On 2 May 2025, masked students at the National University in Bogota (Bogota, D.C.) hurled "
                          "homemade explosives at riot police after blocking Avenida 30. Three officers were injured.")
    assert ev.sub_event_type == "Violent demonstration"


def test_a_blast_at_an_illegal_refining_site_is_no_event(pipeline):
    assert not pipeline.extract("A fire and explosion at an illegal refining site in Bayelsa State killed at least "
                                "nine people on Monday, the state emergency agency said.").events


def test_one_victim_and_an_apposition_is_one_death(pipeline):
    ev = _first(pipeline, "On 3 July 2025, ARSA and RSO members exchanged fire in Camp 8 in Ukhiya (Cox's Bazar). "
                          "One Rohingya youth, a madrasa student, was killed and two others were injured.")
    assert ev.fatalities == 1


def test_a_ruler_and_his_sons_killed_are_counted(pipeline):
    ev = _first(pipeline, "Gunmen killed a traditional ruler and his three sons in an attack on their house in "
                          "Kagarko, Kaduna State, on Monday night, police said.")
    assert ev.fatalities == 4


def test_men_beaten_and_left_dead_are_counted(pipeline):
    ev = _first(pipeline, "On 5 March 2023, villagers in Ullapara upazila (Sirajganj) caught and beat three "
                          "suspected cattle thieves, leaving them dead. [size=no report]")
    assert ev.fatalities == 3


def test_a_gangs_arson_of_empty_houses_is_property_destruction(pipeline):
    ev = _first(pipeline, "On 2 June 2025, gang members burned the deserted police station and dozens of houses in "
                          "Liancourt (Saint-Marc, Artibonite) after residents had fled. No casualties were reported.")
    assert ev.sub_event_type == "Looting/property destruction"


# -- rounds three and four (both first run on the round-two code) ---------------------------------


def test_aircraft_of_named_forces_that_struck_positions_are_an_air_strike(pipeline):
    ev = _first(pipeline, "On 3 June 2024, Sukhoi jets of the Military Forces of Democratic Republic of Congo (2019-) "
                          "struck M23 positions near Kibumba (Nyiragongo, Nord-Kivu). 3 fatalities.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_signed_commitment_to_cease_hostilities_is_an_agreement(pipeline):
    ev = _first(pipeline, "On 8 May 2024, leaders of two Twa and Luba militias signed a pledge to end hostilities "
                          "at a ceremony in Kalemie (Tanganyika, Tanganyika) organised by the governor.")
    assert ev.sub_event_type == "Agreement"


def test_a_gang_making_off_with_cash_is_crime(pipeline):
    assert not pipeline.extract("On 4 October 2024, an armed gang broke into a bureau in Beira (Beira, Sofala) and "
                                "made off with cash. Police said the robbers had struck twice before.").events


def test_a_soldier_killing_a_driver_over_money_is_an_attack(pipeline):
    ev = _first(pipeline, "On 2 July 2024, a soldier shot dead a truck driver in Beni (Beni, Nord-Kivu) after he "
                          "refused to hand over money at a roadblock. 1 fatality.")
    assert ev.sub_event_type == "Attack"


def test_militants_burning_a_church_and_houses_destroy_property(pipeline):
    ev = _first(pipeline, "On 9 May 2024, Islamic State (Mozambique) militants burned a mosque and 15 houses in "
                          "Ocua (Chiure, Cabo Delgado). The villagers had fled; no casualties were reported.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_an_attack_a_protest_is_linked_to_is_background(pipeline):
    ev = _first(pipeline, "On 3 June 2022, relatives of missing persons held a protest in Turbat (Kech, Balochistan) "
                          "after the detention of a teacher from his home, which they linked to the recent suicide "
                          "attack on a convoy in Karachi. [size=no report]")
    assert ev.sub_event_type == "Peaceful protest"


def test_the_bomber_who_died_is_counted_once(pipeline):
    ev = _first(pipeline, "A suicide bomber blew himself up near a police post in Nazran on Friday, officials said. "
                          "Three policemen were hurt; the attacker died on the spot.")
    assert ev.fatalities == 1


def test_killing_its_rider_is_one_death(pipeline):
    ev = _first(pipeline, "An Israeli drone struck a car near Tyre in south Lebanon on Sunday, killing its driver, "
                          "the state news agency said.")
    assert ev.fatalities == 1


def test_crowds_angered_by_an_arrest_who_burn_police_cars_riot(pipeline):
    ev = _first(pipeline, "Crowds angered by the arrest of a popular imam set fire to a police van and pelted the "
                          "police station with stones in Osh, in southern Kyrgyzstan.")
    assert ev.sub_event_type == "Violent demonstration"


def test_a_militia_merger_is_a_change_of_activity(pipeline):
    ev = _first(pipeline, "The Freedom of Russia Legion, a militia fighting on Ukraine's side, said on Tuesday it "
                          "had merged with two smaller units under one command.")
    assert ev.sub_event_type == "Change to group/activity"


def test_shooting_soldiers_who_surrendered_is_an_attack(pipeline):
    ev = _first(pipeline, "Russian troops shot dead three Ukrainian soldiers who came out of a trench with their "
                          "hands raised near Robotyne, Ukrainian prosecutors said on Friday.")
    assert ev.sub_event_type == "Attack"


def test_relatives_gathering_to_call_on_the_authorities_protest(pipeline):
    ev = _first(pipeline, "Wives of mobilised soldiers laid wreaths at a war memorial in Moscow on Sunday, demanding "
                          "that their husbands be demobilised.")
    assert ev.sub_event_type == "Peaceful protest"


def test_assaults_stepped_up_over_the_past_weeks_are_no_incident(pipeline):
    assert not pipeline.extract("Ukraine's army chief said on Monday that Russian forces had stepped up attacks "
                                "along the Kurakhove front over the past two weeks.").events


def test_a_new_province_announced_by_a_group_is_a_change_of_activity(pipeline):
    ev = _first(pipeline, "On 2 March 2024, TTP: Tehreek-i-Taliban Pakistan announced the formation of a new "
                          "'wilayat' for the Malakand division and named its shadow governor.")
    assert ev.sub_event_type == "Change to group/activity"


def test_police_who_stop_party_workers_marching_intervene(pipeline):
    ev = _first(pipeline, "On 5 September 2024, Police Forces of India (2014-) Jammu and Kashmir Police stopped "
                          "JKNC: Jammu and Kashmir National Conference workers marching from the party office towards "
                          "the assembly in Srinagar (Srinagar, Jammu and Kashmir) to protest power cuts, and briefly "
                          "detained several leaders.")
    assert ev.sub_event_type == "Protest with intervention"


def test_an_explosive_laden_quadcopter_is_a_drone_strike(pipeline):
    ev = _first(pipeline, "On 4 September 2024, an explosive-laden quadcopter flown by unidentified militants "
                          "struck a police post in Lakki Marwat (Lakki Marwat, Khyber Pakhtunkhwa), injuring two "
                          "policemen.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_court_award_for_old_torture_is_no_event(pipeline):
    assert not pipeline.extract("A court in Strasbourg ordered Turkey on Tuesday to pay 25,000 euros to a "
                                "journalist who was beaten in police custody in 2013.").events


def test_a_generals_past_command_is_no_battle(pipeline):
    assert not pipeline.extract("Syria's president named a new defence minister on Sunday, replacing a general "
                                "who had led the offensive against rebels in Idlib.").events


def test_an_arrest_after_a_speech_at_a_rally_is_an_arrest(pipeline):
    ev = _first(pipeline, "Egyptian police arrested an opposition politician at his home in Giza, his lawyer said, "
                          "after he criticised the president at a rally.")
    assert ev.sub_event_type == "Arrests"


def test_a_crush_after_a_cup_final_is_no_event(pipeline):
    assert not pipeline.extract("Thousands of fans stormed the pitch in Doha after Qatar beat Jordan in the Arab Cup "
                                "final, and one man died in a crush at the gates.").events


# -- rounds five and six (both first run on the round-four code) ----------------------------------


def test_a_states_air_strike_is_coded_to_its_air_force(pipeline):
    ev = _first(pipeline, "A Turkish airstrike hit a vehicle near Sinjar on Tuesday, killing three PKK fighters, "
                          "local officials said.")
    assert ev.actor1.startswith("Military Forces of Turkey")


def test_a_group_that_mourns_the_dead_as_its_fighter_is_the_target(pipeline):
    ev = _first(pipeline, "An Israeli drone struck a car near Nabatieh in south Lebanon on Monday, killing the "
                          "driver. Hezbollah later mourned him as one of its fighters.")
    assert ev.actor1.startswith("Military Forces of Israel")


def test_whose_area_was_bombed_is_not_who_bombed_it(pipeline):
    ev = _first(pipeline, "On 4 March 2024, warplanes of the Military Forces of Sudan (2019-) bombed a market in "
                          "Mellit (Mellit, North Darfur), a town controlled by the Rapid Support Forces. 9 fatalities.")
    assert ev.actor1.startswith("Military Forces of Sudan")


def test_a_group_suspending_its_drone_attacks_changes_activity(pipeline):
    ev = _first(pipeline, "On 2 July 2025, Kataib Hezbollah said in a statement that it was suspending drone attacks "
                          "on US forces in Syria, citing talks with the Iraqi government. Coded to Baghdad (Resafa, "
                          "Baghdad).")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_raid_on_a_town_left_before_withdrawing_is_property_destruction(pipeline):
    ev = _first(pipeline, "On 3 May 2024, JNIM militants entered Solenzo (Banwa, Boucle du Mouhoun) without "
                          "resistance, burned the town hall and looted shops before withdrawing. No casualties.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_a_concluded_local_deal_with_a_group_is_an_agreement(pipeline):
    ev = _first(pipeline, "On 2 July 2024, elders of villages around Diafarabe (Tenenkou, Mopti) concluded a local "
                          "pact with JNIM allowing herders to move cattle in exchange for the zakat. No fatalities.")
    assert ev.sub_event_type == "Agreement"


def test_militants_setting_up_checkpoints_is_other(pipeline):
    ev = _first(pipeline, "On 9 August 2024, JNIM militants set up checkpoints on the roads around Dioura "
                          "(Tenenkou, Mopti), turning back lorries. No casualties.")
    assert ev.sub_event_type == "Other"


def test_an_arrest_on_a_list_of_charges_is_an_arrest(pipeline):
    ev = _first(pipeline, "On 22 July 2024, police arrested 80 people in Gazipur (Gazipur) during the curfew on "
                          "charges of arson, vandalism and attacks on police stations, including several Jamaat activists.")
    assert ev.sub_event_type == "Arrests"


def test_an_arrest_over_an_earlier_weeks_arson_is_an_arrest(pipeline):
    ev = _first(pipeline, "On 28 July 2024, RAB detained 12 people, including a BNP ward leader, in Rupganj "
                          "(Narayanganj) over the torching of a toll plaza during the previous week's unrest.")
    assert ev.sub_event_type == "Arrests"


def test_arrests_over_a_riot_leave_the_riot(pipeline):
    ev = _first(pipeline, "Crowds attacked Afghan-owned shops and burned cars in Mashhad on Saturday night after "
                          "rumours spread online. Police said 40 people were detained over the unrest.")
    assert ev.sub_event_type == "Mob violence"


def test_police_removing_miners_who_had_blocked_a_road_intervene(pipeline):
    ev = _first(pipeline, "Bolivian police removed cooperative miners who had blocked a highway near Oruro for three "
                          "days to demand fuel supplies, reopening the route.")
    assert ev.sub_event_type == "Protest with intervention"


def test_villagers_whipping_accused_thieves_are_a_mob(pipeline):
    ev = _first(pipeline, "Villagers in Cotopaxi flogged three men accused of stealing cattle before handing them "
                          "over to police, who said the men needed hospital treatment.")
    assert ev.sub_event_type == "Mob violence"


def test_a_law_answering_a_wave_of_killings_is_no_event(pipeline):
    assert not pipeline.extract("Ecuador's assembly passed a law on Tuesday letting soldiers guard prisons, as "
                                "legislators reacted to a spate of gang killings.").events


def test_an_armed_commando_taking_men_from_a_house_abducts_them(pipeline):
    ev = _first(pipeline, "Three brothers have been missing since an armed commando took them from their home in "
                          "Celaya, Guanajuato, on Sunday, their mother said.")
    assert ev.sub_event_type == "Abduction/forced disappearance" and "Military" not in ev.actor1


def test_an_armed_strike_enforced_by_a_group_is_other(pipeline):
    ev = _first(pipeline, "Businesses closed and buses stopped running across Chocó on Monday as the ELN enforced an "
                          "armed strike announced in leaflets. No incidents were reported.")
    assert ev.sub_event_type == "Other"


def test_remains_of_victims_of_killings_years_ago_are_no_event(pipeline):
    assert not pipeline.extract("Investigators in Sucre recovered remains thought to belong to people killed by "
                                "paramilitaries between 1998 and 2004, the search unit said.").events


def test_a_raid_without_a_shot_fired_is_no_battle(pipeline):
    evs = pipeline.extract("Mexican soldiers arrested a regional leader of the Sinaloa Cartel in a raid in Culiacan "
                           "without firing a shot, the defence ministry said.").events
    assert not evs or evs[0].sub_event_type != "Armed clash"


def test_a_dismantled_rocket_launch_platform_is_disrupted(pipeline):
    ev = _first(pipeline, "On 3 January 2024, Iraqi police discovered and dismantled a rocket launch pad with two "
                          "Grad rockets on a timer near Taji (Taji, Baghdad). The rockets were aimed at a base.")
    assert ev.sub_event_type == "Disrupted weapons use"


def test_trees_cut_down_and_taken_away_are_property_destruction(pipeline):
    ev = _first(pipeline, "On 2 October 2022, fighters of the Hamza Division cut down and hauled off about 40 olive "
                          "trees owned by Kurdish families in Bulbul (Afrin, Aleppo). No one was hurt.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_a_killing_police_say_had_no_political_link_is_crime(pipeline):
    assert not pipeline.extract("On 4 July 2023, a man was stabbed to death by his nephews in Purnia (Purnia, Bihar). "
                                "Police said the murder had no political motive. 1 fatality.").events


def test_an_exchange_agreed_under_auspices_is_an_agreement(pipeline):
    ev = _first(pipeline, "On 2 May 2025, the Houthis and the government agreed, with mediation by Oman and the "
                          "ICRC, to swap about 90 prisoners held since 2016.")
    assert ev.sub_event_type == "Agreement"


def test_a_nepali_partys_cadres_are_an_actor(pipeline):
    ev = _first(pipeline, "A CPN-UML ward member was beaten by cadres of the Chand-led Communist Party of Nepal in "
                          "Dang on Sunday, police said.")
    assert ev.actor1.startswith("CPN (Chand)")


def test_shells_that_released_a_toxic_gas_are_a_chemical_weapon(pipeline):
    ev = _first(pipeline, "Medics in Idlib said nine fighters were treated for choking after army artillery rounds "
                          "that released a yellowish gas hit their positions on Sunday.")
    assert ev.sub_event_type == "Chemical weapon"


def test_one_dead_on_each_side_is_two(pipeline):
    ev = _first(pipeline, "Armed groups traded fire in Manipur's Kangpokpi district on Monday, leaving one fighter "
                          "from each side dead, police said.")
    assert ev.fatalities == 2


def test_a_warning_to_stay_away_from_rallies_is_no_protest(pipeline):
    assert not pipeline.extract("The Baloch Liberation Army warned on Saturday that it would target the offices of two "
                                "parties in Kech if their leaders kept backing military operations, and urged civilians "
                                "to stay away from their rallies.").events


def test_bail_in_a_case_over_old_protests_is_no_protest(pipeline):
    assert not pipeline.extract("The Lahore High Court on Monday granted bail to a former provincial minister in a "
                                "case linked to the violent protests of May 9.").events


def test_a_missile_training_launch_is_no_attack(pipeline):
    assert not pipeline.extract("India on Friday carried out a training launch of the Agni-Prime missile from an "
                                "island off Odisha, the defence ministry said.").events


# -- rounds seven and eight (both first run on the round-six code) --------------------------------


def test_youths_burning_a_post_during_a_demonstration_riot(pipeline):
    ev = _first(pipeline, "Young men in Kara set fire to a gendarmerie post on Sunday during a demonstration over "
                          "the death of a trader in custody, residents said.")
    assert ev.sub_event_type == "Violent demonstration"


def test_youths_accusing_peacekeepers_of_failing_to_protect_riot(pipeline):
    ev = _first(pipeline, "Youths in Beni stoned UN vehicles and set fire to a tyre depot near a MONUSCO base on "
                          "Tuesday, accusing the mission of failing to stop rebel killings.")
    assert ev.sub_event_type == "Violent demonstration"


def test_crude_bombs_exploded_on_the_first_morning_of_a_blockade_are_a_bombing(pipeline):
    ev = _first(pipeline, "On 13 November 2023, unidentified people exploded two crude bombs at Court Bazar in "
                          "Khulna city (Khulna) on the first morning of a new 72-hour blockade. No one was injured.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_a_lynched_suspects_alleged_victim_is_no_death_today(pipeline):
    ev = _first(pipeline, "A crowd broke into a police station in Kisumu on Monday and lynched a man held on "
                          "suspicion of killing a woman, police said.")
    assert ev.fatalities == 1


def test_an_unverified_claim_of_kills_is_not_added(pipeline):
    ev = _first(pipeline, "Somali troops fought al-Shabaab fighters near Jowhar on Friday. A local elder said at "
                          "least five people died, two of them soldiers; the army's claim to have killed 40 militants "
                          "could not be independently verified.")
    assert ev.fatalities == 5


def test_a_boast_beside_a_count_of_wounded_only_is_no_death(pipeline):
    ev = _first(pipeline, "On 3 March 2024, a roadside bomb hit a Taliban vehicle in Kunduz (Kunduz, Kunduz). Local "
                          "sources said 2 people were wounded; Islamic State Khorasan Province claimed that 6 Taliban "
                          "members were killed.")
    assert ev.fatalities == 0


def test_a_group_announcing_the_end_of_its_truce_changes_activity(pipeline):
    ev = _first(pipeline, "On 3 May 2024, the ETA splinter group issued a statement announcing that it was ending "
                          "the 'ceasefire' it had observed since 2018. No attacks were reported.")
    assert ev.sub_event_type == "Change to group/activity"


def test_factions_clashing_at_a_meeting_to_prepare_a_rally_are_a_mob(pipeline):
    ev = _first(pipeline, "On 4 December 2022, two factions of Jubo Dal clashed in Pabna town (Pabna) during a "
                          "preparatory meeting for the party's divisional rally. Six activists were injured. "
                          "[size=no report]")
    assert ev.sub_event_type == "Mob violence"


def test_a_football_result_in_points_is_no_event(pipeline):
    assert not pipeline.extract("The Essendon Bombers overran Carlton in the final quarter to win by 27 points at "
                                "Docklands on Friday night.").events


def test_anti_immigration_rioters_hurling_bricks_at_police_riot(pipeline):
    ev = _first(pipeline, "On 5 August 2024, anti-immigration rioters (United Kingdom) gathered outside a hotel in "
                          "Tamworth (Tamworth, England), hurling bricks at police and setting fire to bins. Ten "
                          "officers were injured.")
    assert ev.sub_event_type == "Violent demonstration"


def test_windows_smashed_at_a_closed_shop_are_property_destruction(pipeline):
    ev = _first(pipeline, "On 9 November 2023, unidentified individuals daubed swastikas on a Jewish bakery and "
                          "smashed its windows in Graz (Graz, Styria). The attack took place at night; the bakery was "
                          "closed at the time.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_protesters_severely_beaten_in_detention_suffer_excessive_force(pipeline):
    ev = _first(pipeline, "On 3 December 2024, Police Forces of Georgia (2012-) severely beat Protesters (Georgia) "
                          "as they were being detained near the Parliament in Tbilisi (Tbilisi). At least 15 needed "
                          "hospital treatment.")
    assert ev.sub_event_type == "Excessive force against protesters"


def test_a_mob_killing_a_man_accused_of_firing_on_protesters_is_mob_violence(pipeline):
    ev = _first(pipeline, "On 14 August 2024, a mob beat a local Jubo League leader to death in Chatkhil (Noakhali), "
                          "accusing him of firing on anti-government protesters in July.")
    assert ev.sub_event_type == "Mob violence"


# -- rounds nine and ten (both first run on the round-eight code) ---------------------------------


def test_a_veterans_march_after_a_memorial_service_is_no_protest(pipeline):
    assert not pipeline.extract("On 11 November 2024, hundreds attended the Remembrance Day service at the cenotaph "
                                "in Wellington (Wellington, Wellington), followed by a veterans' march through the "
                                "city centre. The event passed off peacefully.").events


def test_bombs_dropped_from_a_paramotor_are_an_air_strike(pipeline):
    ev = _first(pipeline, "On 2 March 2025, a Military Forces of Myanmar (2021-) paramotor dropped three bombs on a "
                          "village market in Kani (Kani, Sagaing), killing 8 civilians.")
    assert ev.sub_event_type == "Air/drone strike"


def test_territory_regained_after_fighting_and_airstrikes_is_regained(pipeline):
    ev = _first(pipeline, "On 4 July 2025, Military Forces of Myanmar (2021-) regained control of Hpapun town "
                          "(Hpapun, Kayin) after KNLA: Karen National Liberation Army forces withdrew following a week "
                          "of fighting and airstrikes.")
    assert ev.sub_event_type == "Government regains territory"


def test_a_group_that_will_call_itself_by_a_new_name_changes_activity(pipeline):
    ev = _first(pipeline, "The Segunda Marquetalia said on Tuesday that it would henceforth call itself the "
                          "Coordinadora Nacional Ejército Bolivariano.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_threat_against_any_group_that_attacks_is_no_event(pipeline):
    assert not pipeline.extract("Peru's interior minister said on Monday that police would crush any gang that "
                                "attacked transport workers, after meeting union leaders in Lima.").events


def test_students_throwing_molotovs_at_a_police_car_riot(pipeline):
    ev = _first(pipeline, "Masked students threw Molotov cocktails at a police car outside the Liceo de Aplicación "
                          "in Santiago on Tuesday, officials said.")
    assert ev.sub_event_type == "Violent demonstration" and ev.country == "Chile"


def test_a_riot_after_a_police_killing_counts_no_toll(pipeline):
    ev = _first(pipeline, "Youths burned cars and threw fireworks at police in Villeneuve for a second night on "
                          "Thursday, after a young man was shot dead by a police officer at a checkpoint.")
    assert ev.sub_event_type == "Violent demonstration" and ev.fatalities == 0


def test_police_removing_activists_glued_to_a_road_intervene(pipeline):
    ev = _first(pipeline, "Police in Munich removed about 30 climate activists who had glued themselves to a busy "
                          "junction on Tuesday, using solvent to free their hands.")
    assert ev.sub_event_type == "Protest with intervention"


def test_a_counted_range_replaces_a_word_of_quantity(pipeline):
    ev = _first(pipeline, "On 3 March 2024, JNIM militants raided Boni (Douentza, Mopti) and executed several men "
                          "they accused of informing the army. Local sources reported between 9 and 13 killed.")
    assert ev.fatalities == 9


def test_arrests_over_commemorative_gatherings_are_political(pipeline):
    ev = _first(pipeline, "On 30 September 2023, Police Forces of Iran (1989-) arrested at least 15 people in Khash "
                          "(Khash, Sistan and Baluchestan) in connection with gatherings marking a massacre's anniversary.")
    assert ev.sub_event_type == "Arrests"


def test_a_drone_attributed_to_forces_that_struck_is_a_drone_strike(pipeline):
    ev = _first(pipeline, "On 4 June 2024, a drone attributed to forces of the Government of National Unity struck a "
                          "smugglers' warehouse near Zuwara (Zuwara, An Nuqat al Khams). The strike caused a fire.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_shooting_over_an_inheritance_with_a_rifle_seized_is_crime(pipeline):
    assert not pipeline.extract("On 5 August 2024, a man shot dead his brother during a dispute over an inheritance "
                                "in Minya (Minya, Minya). Police arrested him and seized an unlicensed pistol.").events


def test_an_activist_taken_from_home_and_not_heard_of_is_abducted(pipeline):
    ev = _first(pipeline, "On 2 June 2024, armed men believed to belong to a security agency took journalist Ahmed "
                          "al-Sharif from his home in Sirte (Sirte, Surt) in an unmarked car. His family has had no news "
                          "of his whereabouts.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_an_arrest_for_a_page_critical_of_the_government_is_political(pipeline):
    ev = _first(pipeline, "On 6 April 2024, Egyptian security forces arrested five people in Tanta (Tanta, Gharbia) "
                          "for running a social network group critical of the government.")
    assert ev.sub_event_type == "Arrests"


def test_villagers_thrashing_suspected_child_kidnappers_are_a_mob(pipeline):
    ev = _first(pipeline, "Villagers in Odisha's Balasore district thrashed two men they suspected of being child "
                          "kidnappers on Monday before police rescued them.")
    assert ev.sub_event_type == "Mob violence"


def test_a_new_administrative_and_command_post_is_a_base(pipeline):
    ev = _first(pipeline, "M23 rebels have set up a new civil and command post in the town of Masisi, residents said, "
                          "with fighters moving into the former police building.")
    assert ev.sub_event_type == "Headquarters or base established"


def test_tractors_driven_into_a_capital_with_banners_against_a_law_protest(pipeline):
    ev = _first(pipeline, "Farmers drove hundreds of tractors into central Madrid on Wednesday, sounding horns and "
                          "waving banners against EU trade deals.")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_claim_to_have_killed_dozens_is_not_added_to_a_local_count(pipeline):
    ev = _first(pipeline, "On 3 March 2024, Military Forces of Sudan (2019-) regained control of the Banat "
                          "neighbourhood (Omdurman, Khartoum). Local sources reported 6 people killed; the army claimed "
                          "to have killed dozens of RSF fighters.")
    assert ev.fatalities == 6
