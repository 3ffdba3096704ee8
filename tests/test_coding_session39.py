"""Coding fixes found by the thirty-ninth session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import no_event as _none

pytestmark = pytest.mark.slow


# -- rounds one and two (both first run on the session's starting code) ----------------------------


def test_troops_who_fired_at_named_protesters_killing_one_used_excessive_force(pipeline):
    ev = _first(pipeline, "On 30 July 2024, Military Forces of Venezuela (2013-) National Guard fired at Protesters "
                          "(Venezuela) in Valencia (Valencia, Carabobo). A 17-year-old boy died of a gunshot wound "
                          "to the head.")
    assert ev.sub_event_type == "Excessive force against protesters"


def test_residents_who_captured_and_beat_suspected_thieves_are_a_mob(pipeline):
    ev = _first(pipeline, "On 14 May 2024, residents of Huanta (Huanta, Ayacucho) captured three men accused of "
                          "stealing motorcycles and beat them with sticks. Police Forces of Peru (2022-) later "
                          "intervened and took the men away.")
    assert ev.sub_event_type == "Mob violence"


def test_an_official_held_over_alleged_links_to_a_named_cartel_is_arrested(pipeline):
    ev = _first(pipeline, "On 2 June 2024, state investigators detained the mayor of Tepalcatepec (Tepalcatepec, "
                          "Michoacan) on an extortion warrant over her alleged links to Carteles Unidos.")
    assert ev.sub_event_type == "Arrests"


def test_molotov_cocktails_at_a_march_are_no_bombs_of_its_setting(pipeline):
    ev = _first(pipeline, "On 8 March 2024, during the march for International Women's Day in Mexico City "
                          "(Cuauhtemoc, Ciudad de Mexico), hooded Rioters (Mexico) threw Molotov cocktails and "
                          "hammers at Police Forces of Mexico (2018-2024) guarding the National Palace.")
    assert ev.sub_event_type == "Violent demonstration"


def test_a_base_inaugurated_by_the_army_is_established(pipeline):
    ev = _first(pipeline, "On 9 May 2024, Military Forces of Peru (2022-) inaugurated a new counter-insurgency "
                          "base in Llochegua (Huanta, Ayacucho), in a valley where remnants of the Shining Path operate.")
    assert ev.sub_event_type == "Headquarters or base established"


def test_a_group_that_announced_it_had_left_a_coalition_changed(pipeline):
    ev = _first(pipeline, "On 4 July 2024, the Frente Comuneros del Sur said in a communique issued in Pasto "
                          "(Pasto, Narino) that it had quit the ELN and would negotiate with the government on its own.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_group_announcing_an_alliance_with_another_changed(pipeline):
    ev = _first(pipeline, "On 11 April 2025, messages signed by La Nueva Familia Michoacana in Ciudad Altamirano "
                          "(Pungarabato, Guerrero) announced the cartel's alliance with Los Tlacos against rival gangs.")
    assert ev.sub_event_type == "Change to group/activity"


def test_commanders_who_agreed_at_a_meeting_to_reopen_a_crossing_made_an_agreement(pipeline):
    ev = _first(pipeline, "On 2 March 2024, border commanders of Military Forces of Afghanistan (2021-) and "
                          "Military Forces of Pakistan (2018-2024) agreed at a meeting in Chaman (Chaman, "
                          "Balochistan) to remove the new fence and reopen the crossing after a week of tension.")
    assert ev.sub_event_type == "Agreement"


def test_captives_a_group_handed_over_are_released_not_abducted(pipeline):
    ev = _first(pipeline, "On 20 June 2024, FARC-EMC dissidents handed over three policemen they had captured to "
                          "a delegation of the Red Cross near Suarez (Suarez, Cauca).")
    assert ev.sub_event_type == "Other"


def test_a_rights_groups_accusation_of_a_counted_killing_reports_it(pipeline):
    ev = _first(pipeline, "Rights groups accused Burkinabe soldiers of killing at least 30 villagers in a hamlet "
                          "near Djibo last month.")
    assert ev.sub_event_type == "Attack"


def test_a_critic_taken_away_and_held_by_the_intelligence_services_is_arrested(pipeline):
    ev = _first(pipeline, "A Nigerien journalist who criticised the junta was taken away by men in plain clothes "
                          "in Niamey on Friday and is being held by the intelligence services, his union said.")
    assert ev.sub_event_type == "Arrests"


def test_grenades_recovered_from_the_arrested_were_not_thrown(pipeline):
    ev = _first(pipeline, "On 3 March 2025, Police Forces of India (2014-) Jammu and Kashmir Police arrested two "
                          "suspected JeM: Jaish-e-Mohammad militants in Sopore (Baramulla, Jammu and Kashmir). A "
                          "rifle and three grenades were seized from them.")
    assert ev.sub_event_type == "Arrests"


def test_a_quadcopter_that_dropped_an_explosive_struck_from_the_air(pipeline):
    ev = _first(pipeline, "On 4 October 2024, a quadcopter dropped a mortar bomb on a market in Bannu (Bannu, "
                          "Khyber Pakhtunkhwa), wounding five shoppers.")
    assert ev.sub_event_type == "Air/drone strike"


def test_fighters_who_raised_their_flag_over_hilltops_after_fighting_took_territory(pipeline):
    ev = _first(pipeline, "Al-Shabaab fighters took two hilltops outside Mahaday on Thursday after a day of "
                          "fighting with clan militia. The militants have since raised their flag over the hilltops, "
                          "residents said.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_an_aftershock_that_killed_people_is_no_event(pipeline):
    _none(pipeline, "A strong aftershock rattled southern Turkey on Tuesday, toppling a damaged block in Antakya "
                    "and killing three people, rescue teams said.")


def test_an_attack_on_a_rally_preparation_meeting_is_an_attack(pipeline):
    ev = _first(pipeline, "On 12 October 2022, Jubo League men attacked a BNP rally preparation meeting at a "
                          "community centre in Gangni (Meherpur), beating those present with iron rods. Nine BNP "
                          "activists were injured.")
    assert ev.sub_event_type == "Attack"


def test_arrests_during_a_blockade_on_charges_of_arson_are_arrests(pipeline):
    ev = _first(pipeline, "On 6 November 2023, police arrested 31 BNP activists in Pabna (Pabna) during the "
                          "blockade on charges of arson and sabotage.")
    assert ev.sub_event_type == "Arrests"


def test_a_law_giving_owners_months_to_surrender_weapons_is_no_event(pipeline):
    _none(pipeline, "Libya's parliament passed a law on Wednesday regulating firearms held by civilians, giving "
                    "owners three months to declare or surrender them.")


# -- rounds three and four (both first run on the round-two code) -----------------------------------


def test_a_rumoured_stabbing_arms_no_crowd_that_beats_migrants(pipeline):
    ev = _first(pipeline, "On 4 May 2024, a crowd of residents in Kayseri (Kayseri) attacked shops run by Syrians "
                          "after rumours spread that a Syrian man had stabbed a local boy. Rioters (Turkey) beat three "
                          "Syrian men and smashed windows before police dispersed them.")
    assert ev.sub_event_type == "Mob violence"


def test_captured_servicemen_returned_in_an_exchange_are_an_agreement(pipeline):
    ev = _first(pipeline, "On 2 October 2023, the Government of Russia (2000-) and the Government of Ukraine "
                          "(2019-) carried out a prisoner exchange brokered by Qatar, each side returning 40 captured "
                          "soldiers, at the border in Sumy (Sumy).")
    assert ev.sub_event_type == "Agreement"


def test_a_killing_prosecutors_say_had_no_political_motive_is_no_event(pipeline):
    _none(pipeline, "On 3 April 2024, a 52-year-old man was shot dead by a neighbour after a quarrel over a "
                    "parking space in Marseille (Marseille, Provence-Alpes-Cote d'Azur). Prosecutors said there "
                    "was no link to drug trafficking or any political motive.")


def test_a_group_that_said_its_units_would_halt_armed_actions_changed(pipeline):
    ev = _first(pipeline, "On 2 March 2025, the PKK: Kurdistan Workers Party said in a statement published in "
                          "Sulaymaniyah that its fighters would halt all armed actions while the peace process went on.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_party_that_ordered_its_army_to_halt_offensive_operations_changed(pipeline):
    ev = _first(pipeline, "The Communist Party of the Philippines ordered its guerrillas to halt offensive operations "
                          "for ten days over the New Year, it said on Monday.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_mass_grave_found_after_troops_retook_an_area_is_the_find(pipeline):
    ev = _first(pipeline, "On 16 September 2022, a mass grave with the bodies of 440 people, some bearing signs of "
                          "torture, was found in a forest near Izium (Izium, Kharkiv) after Ukrainian troops retook "
                          "the town.")
    assert ev.sub_event_type == "Other"


def test_relatives_of_people_killed_in_an_uprising_who_form_a_human_chain_protest(pipeline):
    ev = _first(pipeline, "On 9 January 2025, family members of people killed during the uprising formed a human "
                          "chain in front of the National Press Club (Dhaka), demanding the trial of AL leaders and "
                          "police officers accused in the murder cases. [size=around 60]")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_womens_race_won_with_a_late_attack_is_no_event(pipeline):
    _none(pipeline, "Uganda's Joyce Akello held off a late attack from Ethiopia's Tigist Alemu to win the women's "
                    "5,000 metres in Kampala on Sunday after a tactical race.")


def test_bodies_of_fighters_brought_to_a_hospital_are_counted(pipeline):
    ev = _first(pipeline, "Fano fighters and federal troops fought for hours near Bahir Dar on Tuesday, residents "
                          "said. A doctor said the bodies of at least nine fighters had been brought to the hospital.")
    assert ev.fatalities == 9


def test_militiamen_who_fought_alongside_the_army_are_no_battle(pipeline):
    _none(pipeline, "Mozambique's cabinet approved a plan on Tuesday to integrate some 2,000 local militia members "
                      "who fought alongside the army against insurgents into the police.")


def test_a_figure_in_quotation_marks_is_counted(pipeline):
    ev = _first(pipeline, 'An air strike killed "more than 30" al-Shabaab fighters near Jilib, the Somali defence '
                          'ministry said on Friday.')
    assert ev.fatalities >= 30


def test_a_shelling_told_as_fighting_intensified_is_a_shelling(pipeline):
    ev = _first(pipeline, "Government troops shelled villages near Gondar on Monday as fighting with Fano "
                          "militiamen escalated, residents said, adding that three civilians were killed.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


def test_trucks_of_food_blocked_by_an_armed_group_are_other(pipeline):
    ev = _first(pipeline, "Al-Shabaab has blocked lorries carrying food from reaching Baidoa for two weeks, traders "
                          "said on Sunday.")
    assert ev.sub_event_type == "Other"


def test_bombs_fired_from_a_groups_positions_are_shelling(pipeline):
    ev = _first(pipeline, "On 3 March 2024, bombs fired from M23: March 23 Movement positions hit a camp for "
                          "displaced people in Sake (Masisi, Nord-Kivu), killing two women.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


def test_bombs_a_group_fired_on_a_town_are_shelling(pipeline):
    ev = _first(pipeline, "On 7 March 2024, M23: March 23 Movement fired two bombs on Kitshanga (Masisi, Nord-Kivu), "
                          "killing a teacher. There was no fighting in the town that day.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


def test_a_mock_drill_simulating_an_attack_is_no_event(pipeline):
    _none(pipeline, "Police commandos carried out a mock drill simulating a terror attack at a Chennai shopping "
                    "mall on Saturday to test emergency response.")


def test_a_transformer_blast_with_sabotage_ruled_out_is_no_event(pipeline):
    _none(pipeline, "A loud explosion that woke residents of Karachi's Clifton area on Friday was caused by an "
                    "exploding transformer, officials said, ruling out any act of sabotage.")


# -- rounds five and six (both first run on the round-four code) ------------------------------------


def test_arrests_of_men_accused_in_vandalism_cases_are_arrests(pipeline):
    ev = _first(pipeline, "On 20 October 2022, police arrested 22 BNP activists in Narsingdi (Narsingdi) in overnight "
                          "raids. Police said they were accused in arson and vandalism cases, while BNP said the raids "
                          "were meant to stop activists from joining the rally.")
    assert ev.sub_event_type == "Arrests"


def test_arrests_of_men_who_planned_sabotage_during_a_hartal_and_blockade_are_arrests(pipeline):
    ev = _first(pipeline, "On 10 November 2023, RAB arrested four Jamaat activists with petrol and six crude bombs in "
                          "Sadar (Joypurhat). RAB said they had planned to torch buses during the hartal and blockade.")
    assert ev.sub_event_type == "Arrests"


def test_supporters_attacked_on_their_way_to_a_rally_are_not_a_violent_demonstration(pipeline):
    ev = _first(pipeline, "On 3 December 2022, Chhatra League activists attacked a group of BNP supporters at "
                          "Bhanga bus stand (Faridpur) as they were travelling to the BNP divisional rally. The "
                          "attackers beat them with sticks; ten were injured. [size=no report]")
    assert ev.sub_event_type != "Violent demonstration"


def test_a_group_of_local_youths_who_attacked_a_puja_mandap_are_a_mob(pipeline):
    ev = _first(pipeline, "On 12 October 2024, a group of local youths attacked a Durga Puja mandap in Tarash "
                          "(Sirajganj), smashing an idol and injuring two devotees.")
    assert ev.sub_event_type == "Mob violence"


def test_a_march_demanding_that_a_party_be_banned_is_peaceful(pipeline):
    ev = _first(pipeline, "On 2 May 2025, NCP activists marched in Rangpur city (Rangpur), demanding that AL be "
                          "banned and its leaders barred from the next election. [size=around 300]")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_crowd_that_wrecked_the_house_of_a_hindu_youth_is_a_mob(pipeline):
    ev = _first(pipeline, "On 3 January 2025, hundreds of people attacked and vandalised the house of a Hindu "
                          "teenager in Mithamain (Kishoreganj) after he allegedly posted a derogatory comment about "
                          "Islam on Facebook. A shop was also damaged before army and police brought the situation "
                          "under control. [size=several hundred]")
    assert ev.sub_event_type == "Mob violence"


def test_a_defection_from_one_force_to_another_is_a_change(pipeline):
    ev = _first(pipeline, "On 4 March 2024, an RSF field commander announced his defection from the Rapid Support "
                          "Forces (RSF) to the Military Forces of Sudan (2019-) with 200 fighters in Shendi (Shendi, "
                          "River Nile).")
    assert ev.sub_event_type == "Change to group/activity"


def test_looting_after_taking_over_a_town_is_looting(pipeline):
    ev = _first(pipeline, "On 8 January 2024, RSF members looted shops, motorbikes and livestock in Tamboul (East "
                          "Gezira, Al Jazirah) after taking over the town; no clashes or killings were reported that day.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_detainees_released_and_handed_to_the_red_cross_are_other(pipeline):
    ev = _first(pipeline, "On 5 May 2024, Military Forces of Sudan (2019-) released 120 detained RSF fighters in Port "
                          "Sudan (Port Sudan, Red Sea), handing them to the ICRC.")
    assert ev.sub_event_type == "Other"


def test_battalions_to_be_merged_into_a_new_division_change(pipeline):
    ev = _first(pipeline, "On 3 June 2024, the NUG Ministry of Defense said that four PDF: People's Defense Force "
                          "battalions in Sagaing would be merged into a new brigade under one command.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_stabbing_police_describe_as_a_personal_quarrel_is_no_event(pipeline):
    _none(pipeline, "On 2 August 2024, police in Phuket (Mueang Phuket, Phuket) arrested a man after a guest "
                    "house worker was stabbed to death. Police described the case as a personal dispute.")


def test_a_motorised_paraglider_of_a_named_army_that_dropped_bombs_struck_from_the_air(pipeline):
    ev = _first(pipeline, "On 9 March 2025, a motorised paraglider of the Military Forces of Myanmar (2021-) dropped "
                          "two bombs on Kyauk Sein village (Myaung, Sagaing), killing four people.")
    assert ev.sub_event_type == "Air/drone strike"


def test_leaflets_urging_fighters_to_surrender_are_other(pipeline):
    ev = _first(pipeline, "On 2 March 2025, a Military Forces of Myanmar (2021-) aircraft dropped leaflets over "
                          "Lashio (Lashio, Shan-North) urging TNLA: Ta'ang National Liberation Army members to "
                          "surrender.")
    assert ev.sub_event_type == "Other"


def test_a_bomb_on_a_road_where_the_area_has_seen_months_of_fighting_is_the_bomb(pipeline):
    ev = _first(pipeline, "Two soldiers were killed when their truck hit a roadside bomb near Aguililla, Michoacan, "
                          "on Sunday, the army said. The area has seen months of fighting between rival cartels.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_a_series_about_a_war_featuring_bombings_is_no_event(pipeline):
    _none(pipeline, "A new television series about the cartel wars of the 1990s, featuring car bombs and "
                    "shootouts recreated on the streets of Cali, has drawn criticism from victims' families.")


def test_a_memorandum_to_step_up_cooperation_is_no_agreement(pipeline):
    _none(pipeline, "Peru's foreign minister and his Ecuadorian counterpart signed a memorandum to step up "
                    "cooperation against drug trafficking in Lima on Monday.")


def test_gas_cylinder_bombs_launched_at_a_base_are_shelling(pipeline):
    ev = _first(pipeline, "FARC dissidents launched gas-cylinder bombs at a police station in Jamundi, Valle del "
                          "Cauca, on Sunday night, wounding two officers, police said.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


def test_a_report_that_forces_killed_protesters_years_ago_is_no_protest(pipeline):
    _none(pipeline, "Amnesty International said in a report on Tuesday that soldiers killed scores of protesters "
                    "during the 2021 crackdown and urged an independent inquiry.")


def test_arms_melted_down_in_a_ceremony_are_no_seizure(pipeline):
    _none(pipeline, "Peru's army melted down 3,000 seized weapons at a foundry in Lima on Thursday in a ceremony "
                    "attended by the president.")


def test_a_family_of_five_killed_is_five_dead(pipeline):
    ev = _first(pipeline, "Gunmen killed a family of five at their home in a village near Celaya, Guanajuato, on "
                          "Sunday, prosecutors said.")
    assert ev.fatalities == 5


def test_a_shootout_that_left_four_and_one_more_dead_counts_five(pipeline):
    ev = _first(pipeline, "A raid on a gang hideout in Salvador, Bahia, on Friday sparked a shootout that left three "
                          "suspects and a police officer dead, officials said.")
    assert ev.fatalities == 4


# -- rounds seven and eight (both first run on the round-six code) ----------------------------------


def test_suspects_lynched_and_set_fire_to_are_counted_dead(pipeline):
    ev = _first(pipeline, "Residents of Carrefour in Port-au-Prince lynched and set fire to three suspected gang "
                          "members caught at a roadblock on Sunday, a local radio station reported.")
    assert ev.fatalities == 3


def test_victims_named_in_quotation_marks_are_counted(pipeline):
    ev = _first(pipeline, "Burkinabe troops clashed with JNIM fighters near Djibo on Tuesday. The army said some "
                          "thirty \u201cterrorists\u201d were neutralised.")
    assert ev.fatalities == 30


def test_a_police_station_attacked_is_no_victim_beside_a_constable_killed(pipeline):
    ev = _first(pipeline, "On 3 May 2023, protesters in Turbat (Kech, Balochistan) set fire to a police van and "
                          "attacked a police station, and a police constable was killed in the clashes. "
                          "[size=thousands]")
    assert ev.fatalities == 1


def test_a_man_hacked_and_shot_to_death_is_one_dead(pipeline):
    ev = _first(pipeline, "On 3 March 2023, unidentified armed men hacked and shot a Rohingya volunteer, Abdul "
                          "Karim (35), to death inside Camp 4 in Ukhiya (Cox's Bazar).")
    assert ev.fatalities == 1


def test_a_surveillance_drone_that_crashed_on_a_test_flight_is_no_event(pipeline):
    _none(pipeline, "A military surveillance drone crashed into a wheat field near Kayseri during a test flight on "
                    "Monday. Officials said nobody was hurt.")


def test_a_drone_missile_at_people_gathered_is_a_drone_strike(pipeline):
    ev = _first(pipeline, "On 5 April 2024, a Military Forces of Israel (2022-) drone fired a missile at a group of "
                          "people gathered outside a bakery in Deir al-Balah (Deir al-Balah, Gaza Strip), killing 4.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_cooperation_roadmap_signed_at_a_trade_meeting_is_no_agreement(pipeline):
    _none(pipeline, "On 4 June 2024, Japan and Nigeria held trade talks in Abuja, where both sides signed a "
                    "cooperation roadmap on renewable energy.")


def test_an_armed_groups_checkpoint_where_it_levied_taxes_is_other(pipeline):
    ev = _first(pipeline, "On 2 August 2024, armed men of the Fano militia set up a checkpoint on the road near "
                          "Bahir Dar (Bahir Dar, Amhara) and levied illegal taxes on lorry drivers for several hours.")
    assert ev.sub_event_type == "Other"


def test_about_thirty_people_taken_from_a_church_are_abducted(pipeline):
    ev = _first(pipeline, "Gunmen took about 40 people, including a pastor, from a church in Kajuru on Sunday, "
                          "residents said.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_containers_of_a_chemical_substance_hurled_at_a_camp_are_a_chemical_weapon(pipeline):
    ev = _first(pipeline, "Militiamen hurled containers of an unidentified chemical substance into a camp for "
                          "displaced people near Bunia on Monday, leaving six people with burns, health officials said.")
    assert ev.sub_event_type == "Chemical weapon"


# -- rounds nine and ten (both first run on the round-eight code) -----------------------------------


def test_militants_still_controlling_a_village_after_overrunning_a_post_took_territory(pipeline):
    ev = _first(pipeline, "On 2 May 2024, JNIM militants attacked the army post at Dioura (Tenenkou, Mopti); after a "
                          "short exchange of fire, the soldiers withdrew. JNIM fighters occupied the post and were "
                          "still controlling the village two days later. 3 soldiers killed.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_letters_ordering_residents_who_joined_a_militia_to_leave_are_other(pipeline):
    ev = _first(pipeline, "On 3 June 2024, JNIM militants left letters at the mosque of a village near Djibo (Djibo, "
                          "Soum), ordering residents who had joined the VDP to leave within a week.")
    assert ev.sub_event_type == "Other"


def test_militants_who_flew_a_quadcopter_and_dropped_explosives_struck_from_the_air(pipeline):
    ev = _first(pipeline, "On 2 November 2024, TTP: Tehreek-i-Taliban Pakistan militants flew a quadcopter over a "
                          "police post in Bannu (Bannu, Khyber Pakhtunkhwa) and dropped three explosive devices on it, "
                          "wounding a constable.")
    assert ev.sub_event_type == "Air/drone strike"


def test_posters_warning_contractors_are_other(pipeline):
    ev = _first(pipeline, "On 2 December 2024, CPI (Maoist) cadres put up posters along a road in Bijapur "
                          "(Bijapur, Chhattisgarh) warning contractors to stop work on a new bridge.")
    assert ev.sub_event_type == "Other"


def test_guards_who_took_up_positions_after_troops_withdrew_took_territory_without_a_fight(pipeline):
    ev = _first(pipeline, "Armenian border guards took up positions near the village of Voskepar on Monday after "
                          "Azerbaijani troops withdrew under the delimitation agreement, officials said.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_troops_who_moved_into_positions_west_of_a_town_vacated_by_a_militia_took_it_without_a_fight(pipeline):
    ev = _first(pipeline, "Iraqi troops moved into positions north of Sinjar vacated by the YBS on Friday under a "
                          "deal brokered by Baghdad, the army said.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_the_family_of_a_man_picked_up_by_forces_who_stage_a_sit_in_protest(pipeline):
    ev = _first(pipeline, "On 4 April 2022, the family of a young man from Buleda (Kech, Balochistan) picked up by "
                          "security forces during a raid last week staged a sit-in on the main road, demanding his "
                          "release.")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_man_bundled_into_a_minivan_by_unknown_men_is_abducted(pipeline):
    ev = _first(pipeline, "An Uzbek blogger vanished in Istanbul after unidentified men bundled him into a minivan "
                    "outside his flat, his wife said.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_people_detained_for_laying_flowers_at_a_memorial_met_intervention(pipeline):
    ev = _first(pipeline, "Police in St Petersburg detained at least 12 people who laid flowers at a memorial to "
                          "victims of repression on Sunday, OVD-Info said.")
    assert ev.sub_event_type == "Protest with intervention"


def test_a_round_that_exploded_prematurely_during_training_is_no_event(pipeline):
    _none(pipeline, "A Latvian soldier was killed when an artillery shell exploded prematurely during training at "
                    "the Adazi base, the army said.")


def test_fighters_setting_up_a_field_camp_establish_a_base(pipeline):
    ev = _first(pipeline, "Wagner fighters were setting up a tent camp near Kolpino on Monday, the regional "
                          "governor confirmed.")
    assert ev.sub_event_type == "Headquarters or base established"


def test_bodies_exhumed_near_a_recently_recaptured_village_are_the_find(pipeline):
    ev = _first(pipeline, "Ukrainian investigators exhumed the bodies of nine people, some with their hands tied, "
                          "from a mass grave near a recently liberated village in Kharkiv region, police said.")
    assert ev.sub_event_type == "Other"


def test_troops_who_drove_forces_out_of_a_village_and_now_hold_it_regained_it(pipeline):
    ev = _first(pipeline, "Ukraine's army said on Monday its soldiers had driven Russian troops out of the village "
                          "of Robotyne after a week of fighting and now controlled the settlement.")
    assert ev.sub_event_type == "Government regains territory"


def test_threats_to_call_protests_are_no_protest(pipeline):
    _none(pipeline, "Uganda's parliament passed a bill raising fuel taxes on Thursday, despite opposition threats "
                    "to call mass protests.")


def test_men_detained_by_soldiers_whose_bodies_were_found_bound_were_killed(pipeline):
    ev = _first(pipeline, "Villagers said junta troops raided Ywar Thit in Sagaing region and detained three men, "
                          "whose bodies were found the following morning with their hands tied.")
    assert ev.sub_event_type == "Attack"


def test_activists_arrested_as_they_set_off_on_a_march_met_intervention(pipeline):
    ev = _first(pipeline, "Police in Nairobi arrested 15 activists who set off on a march to State House to protest "
                    "police killings, stopping them before they reached the gate.")
    assert ev.sub_event_type == "Protest with intervention"


def test_militants_who_entered_a_town_meeting_no_resistance_took_it_without_a_fight(pipeline):
    ev = _first(pipeline, "On 2 May 2025, Military Forces of Niger (2023-) evacuated their post at Tillia (Tillia, "
                          "Tahoua) and withdrew towards Tahoua. ISSP: Islamic State Sahel Province militants entered "
                          "the town the next day and set up checkpoints, meeting no resistance.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_each_sides_count_of_its_own_dead_adds_up(pipeline):
    ev = _first(pipeline, "Armenia said three of its soldiers were killed when Azerbaijani forces shelled its "
                          "positions near Jermuk overnight. Azerbaijan said two of its servicemen were killed.")
    assert ev.fatalities == 5


def test_a_bomber_killing_himself_is_counted_once(pipeline):
    ev = _first(pipeline, "A suicide bomber blew himself up at a police checkpoint in Nazran on Monday, killing "
                          "himself and wounding two officers, officials said.")
    assert ev.fatalities == 1


def test_students_who_blocked_intersections_demanding_accountability_protest(pipeline):
    ev = _first(pipeline, "Students blocked major intersections in Kragujevac for 15 minutes of silence on Monday "
                          "to mourn the victims and demand that officials be held to account.")
    assert ev.sub_event_type == "Peaceful protest"


# -- rounds eleven and twelve (both first run on the round-ten code) --------------------------------


def test_members_of_a_group_named_with_its_acronym_and_colon_are_counted(pipeline):
    ev = _first(pipeline, "On 9 May 2024, a drone of the Military Forces of Turkey (2016-) struck a pickup near "
                          "Derik (Al-Malikiyah, Al-Hasakeh). Three members of the YPG: People's Protection Units "
                          "inside the vehicle were killed.")
    assert ev.fatalities == 3


def test_a_new_commander_replacing_one_killed_earlier_is_a_change(pipeline):
    ev = _first(pipeline, "On 2 June 2024, TTP: Tehreek-i-Taliban Pakistan announced the appointment of a new "
                          "commander for its Khyber chapter (Khyber, Khyber Pakhtunkhwa), replacing his predecessor, "
                          "who was killed in a security operation in May.")
    assert ev.sub_event_type == "Change to group/activity"


def test_houses_demolished_in_an_earlier_year_than_the_note_are_no_event(pipeline):
    _none(pipeline, "On 3 June 2024, a court in Abuja (Abuja Municipal, Federal Capital Territory) ordered the "
                    "city authority to compensate 25 families whose homes were demolished without notice in 2022.")


def test_a_student_picked_up_from_his_hostel_and_never_produced_in_court_disappeared(pipeline):
    ev = _first(pipeline, "On 2 June 2024, men in plain clothes picked up a Baloch student from his hostel in Quetta "
                          "(Quetta, Balochistan). His family said he had not been produced before any court.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_farmers_who_set_fire_to_bales_and_pelted_police_riot(pipeline):
    ev = _first(pipeline, "Farmers set fire to tyres and pelted police with eggs and firecrackers outside the "
                          "agriculture ministry in Paris on Tuesday.")
    assert ev.event_type == "Riots"


def test_a_drone_operated_by_a_force_named_at_length_struck_from_the_air(pipeline):
    ev = _first(pipeline, "On 2 April 2024, a drone reportedly operated by Military Forces of Turkey (2002-) in "
                          "support of Somali National Army troops struck a house near Kunturwarey (Kurtunwarey, "
                          "Lower Shabelle), killing 4.")
    assert ev.sub_event_type == "Air/drone strike"


def test_fighters_who_overran_a_position_raising_their_flag_over_it_took_territory(pipeline):
    ev = _first(pipeline, "On 3 June 2024, Islamic State (Mozambique) fighters overran a Military Forces of "
                          "Mozambique (2015-) position at Mucojo (Macomia, Cabo Delgado) after an exchange of fire, "
                          "raising their flag over the post. 2 soldiers were killed.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_an_armed_groups_public_execution_by_firing_squad_is_an_attack(pipeline):
    ev = _first(pipeline, "On 4 August 2024, Al Shabaab publicly executed two men by firing squad in Kunya Barrow "
                          "(Marka, Lower Shabelle) after its court convicted them of spying. 2 fatalities.")
    assert ev.sub_event_type == "Attack"


def test_a_militia_suspending_its_part_in_an_offensive_changes(pipeline):
    ev = _first(pipeline, "On 3 May 2024, Macawisley militia fighters announced they were suspending their "
                          "participation in the offensive against Al Shabaab in Adale (Adale, Middle Shabelle), "
                          "citing unpaid allowances.")
    assert ev.sub_event_type == "Change to group/activity"


def test_crude_bombs_during_the_second_phase_of_a_blockade_are_the_bombing(pipeline):
    ev = _first(pipeline, "On 8 November 2023, unidentified persons hurled two crude bombs near the Shibbari "
                          "intersection in Khulna city (Khulna) at night, during the third phase of the opposition "
                          "blockade. No one was hurt.")
    assert ev.event_type == "Explosions/Remote violence"


def test_a_group_that_vandalised_and_set_fire_to_a_mazar_is_a_mob(pipeline):
    ev = _first(pipeline, "On 3 October 2024, a group calling itself Tawhidi Janata vandalised and set fire to a "
                          "mazar in Dimla (Nilphamari), saying un-Islamic rites were held there. "
                          "Devotees of the shrine were chased away. [size=around 80]")
    assert ev.sub_event_type == "Mob violence"


def test_fighters_who_made_a_building_their_headquarters_under_their_flag_set_up_a_base(pipeline):
    ev = _first(pipeline, "Residents of Menaka said ISSP fighters moved into the former customs office on Sunday and "
                          "made it their headquarters, raising their flag over the building.")
    assert ev.sub_event_type == "Headquarters or base established"


# -- rounds thirteen and fourteen (both first run on the reviewed round-twelve code) ----------------


def test_a_student_picked_up_whose_family_was_given_no_information_disappeared(pipeline):
    ev = _first(pipeline, "On 3 May 2024, CTD personnel and men in plain clothes picked up a Baloch student from "
                          "his hostel in Khuzdar (Khuzdar, Balochistan). His family said they had been given no "
                          "information on his whereabouts.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_posts_militants_took_and_still_held_the_next_day_are_taken_territory(pipeline):
    ev = _first(pipeline, "On 4 October 2025, TTP: Tehreek-i-Taliban Pakistan militants attacked an FC checkpost "
                          "in Tirah (Khyber, Khyber Pakhtunkhwa). After hours of fighting the FC withdrew and the "
                          "militants took over the post, which they still held the next day. 2 FC killed.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_a_group_that_dissolved_two_brigades_changed(pipeline):
    ev = _first(pipeline, "Jaish al-Izza said on Monday it had dissolved two affiliated brigades and folded their "
                          "fighters into a newly formed military council in Hama.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_drone_operated_by_a_long_named_task_force_that_dropped_explosives_struck_from_the_air(pipeline):
    ev = _first(pipeline, "On 2 May 2025, a drone operated by a task force attached to the Office of the Prime "
                          "Minister of Haiti dropped explosives on a gang base in Cite Soleil (Port-au-Prince, Ouest), "
                          "killing 2 gang members.")
    assert ev.sub_event_type == "Air/drone strike"


def test_an_explosive_drone_brought_down_before_it_struck_is_disrupted(pipeline):
    ev = _first(pipeline, "On 3 June 2025, Military Forces of Colombia (2022-) used jammers to bring down a drone "
                          "loaded with explosives that FARC dissidents had launched at a base in Suarez (Suarez, Cauca).")
    assert ev.sub_event_type == "Disrupted weapons use"


def test_a_gang_formally_joining_a_coalition_changed(pipeline):
    ev = _first(pipeline, "On 2 August 2025, the leader of the 400 Mawozo gang said in a video that his group was "
                          "formally joining the Viv Ansanm coalition in Croix-des-Bouquets (Croix-des-Bouquets, Ouest).")
    assert ev.sub_event_type == "Change to group/activity"


def test_activists_arrested_for_preparing_to_hold_a_procession_are_arrested(pipeline):
    ev = _first(pipeline, "On 14 May 2025, police arrested nine AL activists in Bogura town (Bogura), alleging they "
                          "were preparing to hold a flash procession after the ban on AL activities.")
    assert ev.sub_event_type == "Arrests"


def test_the_remaining_captives_released_are_other(pipeline):
    ev = _first(pipeline, "On 2 November 2025, TTP: Tehreek-i-Taliban Pakistan released the remaining 3 polio "
                          "workers abducted in Bannu (Bannu, Khyber Pakhtunkhwa) after mediation by elders.")
    assert ev.sub_event_type == "Other"
