"""Coding fixes found by the thirty-fifth session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first

pytestmark = pytest.mark.slow


# -- rounds one and two (both first run on the session's starting code) ----------------------------


def test_arrests_for_arson_during_protests_are_arrests(pipeline):
    ev = _first(pipeline, "On 2 August 2024, police arrested 40 people in Khulna city (Khulna) in overnight raids, accusing "
                          "them of arson and vandalism during the quota protests.")
    assert ev.sub_event_type == "Arrests"


def test_arrests_for_allegedly_torching_a_bus_are_arrests(pipeline):
    ev = _first(pipeline, "On 12 November 2023, police detained 15 Jamaat activists in Rajshahi city (Rajshahi) for "
                          "allegedly torching a bus during the hartal.")
    assert ev.sub_event_type == "Arrests"


def test_a_gang_arrested_for_robberies_is_crime(pipeline):
    assert not pipeline.extract("Police in Basra said on Sunday they had arrested a gang accused of carrying out "
                                "robberies of jewellery shops in the city centre.").events


def test_a_smuggling_charge_called_retaliation_for_reporting_is_political(pipeline):
    ev = _first(pipeline, "On 3 March 2025, Police Forces of Azerbaijan (2003-) detained two editors of an independent "
                          "news website in Ganja (Ganja, Ganja) on charges of smuggling. Their lawyer said the case was "
                          "retaliation for the website's investigations.")
    assert ev.sub_event_type == "Arrests"


def test_a_mine_cave_in_is_no_event(pipeline):
    assert not pipeline.extract("On 2 May 2024, a cave-in at a gold mine near Nazca (Nazca, Ica) trapped and killed "
                                "three miners, according to the regional government.").events


def test_a_threat_to_paralyse_the_country_with_a_strike_and_protests_is_no_event(pipeline):
    assert not pipeline.extract("The Trades Union Congress gave the government 14 days to restore fuel subsidies, "
                                "threatening to paralyse the country with a nationwide strike and street protests.").events


def test_talks_on_a_proposal_for_a_truce_are_no_agreement(pipeline):
    assert not pipeline.extract("Qatari and Egyptian negotiators met in Doha on Tuesday to discuss a revised proposal "
                                "for a ceasefire and hostage release, a diplomat said.").events


def test_towns_under_siege_called_blockaded_are_no_protest(pipeline):
    assert not pipeline.extract("About 800,000 people remain trapped in Burkina Faso's blockaded towns, where food prices "
                                "have tripled, the World Food Programme said in a statement on Thursday.").events


def test_an_agreement_to_destroy_explosive_devices_is_an_agreement(pipeline):
    ev = _first(pipeline, "On 4 March 2025, the Government of Colombia and a dissident front signed an agreement in "
                          "Popayan (Popayan, Cauca) on the clearance of landmines and explosive devices in rural areas.")
    assert ev.sub_event_type == "Agreement"


def test_prisoners_captured_in_an_earlier_year_do_not_make_a_capture(pipeline):
    ev = _first(pipeline, "On 3 January 2025, Russia and Ukraine exchanged 150 prisoners of war each in a swap brokered "
                          "by Qatar. Among those returned were marines captured in 2022.")
    assert ev.sub_event_type == "Agreement"


def test_an_air_force_that_destroyed_a_convoy_struck_it_from_the_air(pipeline):
    ev = _first(pipeline, "Niger's air force destroyed a column of pickup trucks carrying militants near Tillaberi on "
                          "Sunday, killing several fighters, the defence ministry said.")
    assert ev.sub_event_type == "Air/drone strike"


def test_rebels_who_set_off_a_bomb_under_a_patrol_used_an_ied(pipeline):
    ev = _first(pipeline, "Separatist fighters set off an improvised bomb as an army patrol passed near Kumba on "
                          "Thursday, wounding three soldiers, a military source said.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_a_navy_that_opened_a_base_established_it(pipeline):
    ev = _first(pipeline, "On 5 May 2024, the Military Forces of Russia (2000-) officially opened a point of basing for "
                          "patrol boats at the port of Tartus (Tartus, Tartus), according to state media.")
    assert ev.sub_event_type == "Headquarters or base established"


def test_control_of_a_town_handed_to_the_army_under_a_deal_is_a_transfer(pipeline):
    ev = _first(pipeline, "Kurdish-led fighters handed control of the town of Tabqa to government troops on Sunday "
                          "under an agreement reached last month, with no clashes reported.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_fighters_who_moved_into_an_area_without_fighting_took_it_over_peacefully(pipeline):
    ev = _first(pipeline, "On 2 March 2025, ELN fighters withdrew from rural Tame (Arauca) following an internal split, "
                          "and FARC dissidents moved into the area without fighting, according to residents.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_a_unit_restructured_into_battalions_changes_the_group(pipeline):
    ev = _first(pipeline, "On 2 June 2024, the Georgian Legion, a unit of foreign volunteers fighting on the side of "
                          "Ukraine, announced that it had been restructured into three battalions in Kharkiv (Kharkivskyi, Kharkiv).")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_journalist_driven_away_by_gunmen_was_abducted(pipeline):
    ev = _first(pipeline, "A radio presenter has not been heard of since armed men stopped him outside his studio in "
                          "Tal Afar on Sunday and drove him away, colleagues said.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_a_detainee_whose_family_is_not_told_where_he_is_disappeared(pipeline):
    ev = _first(pipeline, "On 9 May 2024, Russian forces detained a teacher in Nova Kakhovka (Kakhovskyi, Kherson). "
                          "His family have not been told where he is being held.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_leaflets_dropped_from_aircraft_ordering_people_out_are_other(pipeline):
    ev = _first(pipeline, "Israeli planes dropped leaflets over eastern Khan Younis on Friday ordering residents to "
                          "leave their homes at once.")
    assert ev.sub_event_type == "Other"


def test_bodies_exhumed_from_a_grave_in_retaken_land_are_other(pipeline):
    ev = _first(pipeline, "On 2 October 2023, Police Forces of Ukraine (2019-) exhumed the bodies of six civilians from "
                          "a grave near Kupiansk (Kupianskyi, Kharkiv). Investigators said they had been shot.")
    assert ev.sub_event_type == "Other"


def test_arson_by_people_claiming_to_belong_to_a_group_is_property_destruction(pipeline):
    ev = _first(pipeline, "On 2 May 2024, hooded individuals claiming to belong to a group calling itself Frente Weichafe "
                          "Sur set fire to two harvesters near Lumaco (Malleco, Araucania). No one was injured.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_both_men_killed_in_a_car_are_two(pipeline):
    ev = _first(pipeline, "An Israeli drone struck a pickup near Nabatieh in south Lebanon on Monday, killing both men "
                          "in it, a security source said.")
    assert ev.fatalities == 2


def test_a_driver_and_his_passenger_who_died_are_two(pipeline):
    ev = _first(pipeline, "A taxi driver and his passenger died on Sunday when a roadside bomb exploded under their car "
                          "near Gao, local officials said.")
    assert ev.fatalities == 2


def test_a_death_in_custody_that_set_off_a_riot_is_its_cause(pipeline):
    ev = _first(pipeline, "On 3 April 2022, a crowd set fire to tyres and pelted a police station with stones in Dalbandin "
                          "(Chagai, Balochistan) after a young shopkeeper was found dead in police custody. Two constables "
                          "were hurt and a police van was set alight. [size=around 150]")
    assert ev.fatalities == 0


def test_both_women_and_children_is_no_count_of_two(pipeline):
    ev = _first(pipeline, "Militants fired mortars at a police post near Tank on Tuesday; one shell hit a house, killing "
                          "both women and children, officials said.")
    assert ev.fatalities != 2


def test_suspected_group_members_arrested_after_bank_robberies_are_arrests(pipeline):
    ev = _first(pipeline, "On 12 April 2024, the army arrested four suspected KNF members in Rowangchhari (Bandarban) "
                          "during an operation launched after the bank robberies in the district.")
    assert ev.sub_event_type == "Arrests"


def test_an_arrest_for_allegedly_raping_a_woman_reports_the_rape(pipeline):
    ev = _first(pipeline, "Police in Bogura arrested a local Chhatra Dal leader on 3 September 2024 for allegedly raping "
                          "a college student at her home the previous night.")
    assert ev.sub_event_type == "Sexual violence"


# -- rounds three and four (both first run on the round-two code) -----------------------------------


def test_crowds_marking_independence_day_addressed_by_the_president_are_no_protest(pipeline):
    assert not pipeline.extract("On 1 October 2024, crowds gathered at Eagle Square in Abuja (Abuja Municipal, Federal "
                                "Capital Territory) to mark the 64th anniversary of Nigeria's independence. The president "
                                "addressed the gathering and called for unity.").events


def test_a_commander_who_announced_his_defection_changes_sides(pipeline):
    ev = _first(pipeline, "On 3 February 2025, an SPLA-IO commander announced his defection to the SSPDF with 80 "
                          "fighters in Nasir (Nasir, Upper Nile), according to local officials.")
    assert ev.sub_event_type == "Change to group/activity"


def test_drones_that_set_a_depot_on_fire_struck_though_some_were_shot_down(pipeline):
    ev = _first(pipeline, "On 2 March 2025, the RSF launched drones at a fuel depot in Port Sudan (Port Sudan, Red Sea), "
                          "setting two storage tanks on fire. The army said its air defences shot down several drones.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_factory_fire_that_killed_workers_is_no_event(pipeline):
    assert not pipeline.extract("A fire that gutted a textile mill in Lahore's Sundar industrial estate killed nine workers, "
                                "most of whom were trapped inside, rescue officials said.").events


def test_sides_that_agreed_at_talks_to_reduce_violence_made_an_agreement(pipeline):
    ev = _first(pipeline, "The government and the rebel alliance agreed at talks in Addis Ababa on Friday to halt "
                          "hostilities in the region for a month, mediators said.")
    assert ev.sub_event_type == "Agreement"


def test_an_agreement_to_extend_a_ceasefire_and_end_kidnappings_is_an_agreement(pipeline):
    ev = _first(pipeline, "On 3 August 2024, the Government of Colombia and the ELN: National Liberation Army announced "
                          "in Caracas an agreement to extend the ceasefire and to end kidnappings for ransom.")
    assert ev.sub_event_type == "Agreement"


def test_a_journalist_detained_after_reporting_on_a_protest_is_arrested(pipeline):
    ev = _first(pipeline, "Police detained a reporter in Tbilisi on Monday after he filmed a student protest outside "
                          "parliament, his editor said.")
    assert ev.sub_event_type == "Arrests"


def test_drones_used_to_drop_bombs_on_a_post_are_a_drone_strike(pipeline):
    ev = _first(pipeline, "Resistance fighters used commercial drones to drop bombs on an army outpost in Sagaing "
                          "region on Friday, a spokesman said.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_gas_truck_that_exploded_and_destroyed_shops_is_no_event(pipeline):
    assert not pipeline.extract("On 4 March 2024, a lorry carrying cooking gas exploded on a highway near Eldoret (Eldoret, "
                                "Uasin Gishu), destroying shops and homes. Four people died.").events


def test_threatening_pamphlets_that_were_handed_out_are_other(pipeline):
    ev = _first(pipeline, "On 9 April 2024, threatening pamphlets signed by an armed group were handed out in Tame "
                          "(Tame, Arauca), ordering residents to stay indoors after 8 pm.")
    assert ev.sub_event_type == "Other"


def test_students_who_torched_a_bus_riot(pipeline):
    ev = _first(pipeline, "Students torched two buses and vandalised a police box in Chattogram on Sunday after a "
                          "schoolboy was run over, police said.")
    assert ev.sub_event_type == "Violent demonstration"


def test_the_head_of_an_opposition_leaders_office_detained_is_an_arrest(pipeline):
    ev = _first(pipeline, "Russian police detained the head of Ilya Yashin's campaign office in Omsk on Friday, his "
                          "colleagues said.")
    assert ev.sub_event_type == "Arrests"


def test_a_mass_grave_from_a_centuries_old_battle_is_no_event(pipeline):
    assert not pipeline.extract("Archaeologists in Belgium have found a mass grave holding the remains of soldiers killed in "
                                "an 18th-century battle near Namur.").events


def test_gunmen_who_seized_a_village_chief_and_beheaded_him_attacked(pipeline):
    ev = _first(pipeline, "Insurgents seized a village chief in Macomia district of Cabo Delgado on Tuesday and beheaded "
                          "him, local sources said.")
    assert ev.sub_event_type == "Attack"


# -- rounds five and six (both first run on the round-four code) -------------------------------------


def test_a_trial_of_commanders_charged_with_killings_is_no_event(pipeline):
    assert not pipeline.extract("A military tribunal in Goma opened the trial of 12 militia leaders charged with crimes "
                                "against humanity, including the killing of villagers in Ituri in 2022.").events


def test_lawmakers_who_walked_out_of_the_chamber_are_no_protest(pipeline):
    assert not pipeline.extract("Kenya's parliament approved the finance bill on Thursday after opposition MPs walked out "
                                "of the chamber in protest at the tax rises.").events


def test_a_conference_on_ways_to_end_a_war_is_no_event(pipeline):
    assert not pipeline.extract("Diplomats met in Geneva on Monday to discuss ways to end fighting that has killed "
                                "thousands of people in eastern Congo.").events


def test_a_right_to_respond_to_a_killing_is_no_event(pipeline):
    assert not pipeline.extract("On 21 August 2024, the Hezbollah spokesman reiterated at a press briefing in Beirut (Beirut, "
                                "Beirut) that the movement reserves the right to respond to the killing of its commander 'at "
                                "the appropriate time'.").events


def test_a_militia_halting_its_rocket_operations_changes_its_activity(pipeline):
    ev = _first(pipeline, "On 3 March 2025, Kataib Sayyid al-Shuhada announced in Baghdad (Baghdad, Baghdad) that it was "
                          "suspending its drone and rocket attacks on US forces until further notice.")
    assert ev.sub_event_type == "Change to group/activity"


def test_sides_that_agreed_to_reopen_a_road_made_an_agreement(pipeline):
    ev = _first(pipeline, "On 2 June 2024, Houthi and government officials agreed to reopen the main road between "
                          "Marib and Sanaa (Sanaa, Sanaa) after talks mediated by tribal elders.")
    assert ev.sub_event_type == "Agreement"


def test_a_day_marked_with_a_walk_demanding_rights_is_a_protest(pipeline):
    ev = _first(pipeline, "On 8 March 2023, nurses marked the day with a walk in Turbat (Kech, Balochistan), demanding "
                          "permanent contracts and security at hospitals. [size=around 60]")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_faction_that_rejoined_its_parent_group_changes(pipeline):
    ev = _first(pipeline, "On 4 May 2024, Hizb-ul-Ahrar said in a statement that it had rejoined TTP: Tehrik-i-Taliban "
                          "Pakistan.")
    assert ev.sub_event_type == "Change to group/activity"


def test_vice_police_detaining_women_over_the_hijab_arrest_them(pipeline):
    ev = _first(pipeline, "On 2 February 2024, officers of the Taliban's vice and virtue ministry detained several women "
                          "in Herat (Herat, Herat) for allegedly breaking hijab rules.")
    assert ev.sub_event_type == "Arrests"


def test_a_group_of_twenty_cow_vigilantes_who_beat_men_are_a_mob(pipeline):
    ev = _first(pipeline, "On 3 July 2024, a group of about 15 cow vigilantes beat three men transporting buffaloes near "
                          "Nuh (Nuh, Haryana). One of them died.")
    assert ev.sub_event_type == "Mob violence"


def test_militants_who_set_up_a_temporary_checkpoint_do_other(pipeline):
    ev = _first(pipeline, "On 5 May 2024, armed ISWAP fighters set up a temporary checkpoint on the Maiduguri-Damboa "
                          "road near Damboa (Damboa, Borno), searching vehicles before leaving. No one was hurt.")
    assert ev.sub_event_type == "Other"


def test_a_truce_secured_by_elders_is_an_agreement(pipeline):
    ev = _first(pipeline, "On 9 May 2024, a jirga brokered by the district administration secured a seven-day ceasefire "
                          "between two feuding tribes in Kurram (Kurram, Khyber Pakhtunkhwa), with both sides agreeing to "
                          "vacate trenches.")
    assert ev.sub_event_type == "Agreement"


def test_protesters_detained_from_their_sit_in_met_intervention(pipeline):
    ev = _first(pipeline, "On 3 February 2024, Police Forces of Pakistan (2022-2024) arrested 20 relatives of missing "
                          "persons from their sit-in outside the Sindh Assembly in Karachi (Karachi, Sindh).")
    assert ev.sub_event_type == "Protest with intervention"


def test_fans_who_threw_flares_onto_the_pitch_in_a_quarter_final_are_no_event(pipeline):
    assert not pipeline.extract("The Copa Sudamericana quarter-final between Alianza and Cristal in Lima was halted for 20 "
                                "minutes on Wednesday after home fans hurled flares and seats onto the pitch.").events


def test_rescuers_who_battled_floodwaters_fought_no_battle(pipeline):
    assert not pipeline.extract("Firefighters battled rising waters in Valencia on Wednesday as flash floods killed at "
                                "least eight people.").events


def test_protesters_who_threw_petrol_bombs_at_police_riot(pipeline):
    ev = _first(pipeline, "Protesters threw petrol bombs at riot police in Thessaloniki on Friday night during a march in "
                          "memory of a student shot dead by a police officer in 1985. Police responded with tear gas and "
                          "stun grenades.")
    assert ev.sub_event_type == "Violent demonstration"


def test_a_hiker_mistaken_for_a_boar_is_no_event(pipeline):
    assert not pipeline.extract("A mushroom picker was shot dead by a hunter in woods near Limoges on Saturday after being "
                                "mistaken for a wild boar, police said.").events


def test_a_law_making_road_blocking_at_protests_an_offence_is_no_event(pipeline):
    assert not pipeline.extract("Parliament passed a bill on Tuesday that makes blocking highways during protests a "
                                "criminal offence.").events


def test_burning_electricity_bills_at_a_protest_is_a_gesture(pipeline):
    ev = _first(pipeline, "On 4 September 2023, traders in Dera Allah Yar (Jaffarabad, Balochistan) protested against "
                          "high electricity prices and set fire to their bills outside the WAPDA office. [size=no report]")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_man_caught_by_a_crowd_and_beaten_to_death_was_lynched(pipeline):
    ev = _first(pipeline, "On 3 September 2024, a former AL councillor was caught by a crowd and beaten to death near "
                          "Shibganj bazaar (Bogra).")
    assert ev.sub_event_type == "Mob violence"


# -- rounds seven and eight (both first run on the round-six code) -----------------------------------


def test_an_army_that_re_established_a_garrison_in_the_town_regained_it(pipeline):
    ev = _first(pipeline, "On 3 February 2024, Military Forces of Mali (2021-) entered Ber (Timbuktu, Timbuktu) after "
                          "rebel fighters pulled out following clashes nearby. The army said it had re-established a "
                          "permanent garrison in the town.")
    assert ev.sub_event_type == "Government regains territory"


def test_a_group_that_announced_a_blockade_of_a_town_changes_its_activity(pipeline):
    ev = _first(pipeline, "On 4 April 2024, JNIM: Group for Support of Islam and Muslims announced through elders a "
                          "blockade of Djibo (Soum, Sahel), forbidding traders from bringing food into the town.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_base_set_up_in_a_town_under_a_blockade_is_a_base(pipeline):
    ev = _first(pipeline, "On 9 July 2024, Military Forces of Burkina Faso (2022-) established a new base in Diapaga "
                          "(Tapoa, Est), deploying a battalion to the town, which had been under a JNIM blockade for months.")
    assert ev.sub_event_type == "Headquarters or base established"


def test_an_air_force_that_carried_out_strikes_struck_from_the_air(pipeline):
    ev = _first(pipeline, "On 2 June 2024, the Air Force of Niger carried out strikes against an ISSP gathering near "
                          "Tillia (Tillia, Tahoua). The army said 20 militants were killed. 20 fatalities.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_faction_that_formally_joined_a_coalition_changes(pipeline):
    ev = _first(pipeline, "On 2 June 2024, the Nyatura CMC faction announced in Masisi (Masisi, Nord-Kivu) that it had "
                          "formally joined the Wazalendo coalition.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_football_rout_called_a_massacre_is_no_event(pipeline):
    assert not pipeline.extract("Arsenal demolished Chelsea 5-0 at the Emirates on Sunday in what their fans called a "
                                "massacre.").events


def test_a_militia_suspending_attacks_changes_its_activity(pipeline):
    ev = _first(pipeline, "An Iraqi armed faction said on Monday it was suspending attacks on foreign forces in the "
                          "country after mediation by political leaders.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_rally_demanding_leaders_be_tried_for_killings_is_a_protest(pipeline):
    ev = _first(pipeline, "On 4 March 2025, NCP activists held a rally in Rajshahi city (Rajshahi), calling for the party "
                          "to be banned and its leaders tried for the killings of July 2024. [size=around 200]")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_crowd_that_beat_men_accused_of_attempting_to_kidnap_is_a_mob(pipeline):
    ev = _first(pipeline, "On 3 May 2024, Rioters (Togo) in Kara (Kozah, Kara) beat to death a man accused of trying to "
                          "kidnap a child. 1 fatality.")
    assert ev.sub_event_type == "Mob violence"


def test_a_man_taken_from_his_home_and_shot_dead_was_attacked(pipeline):
    ev = _first(pipeline, "A former police officer was taken from his home in Kunduz province and shot dead by gunmen, "
                          "his relatives said.")
    assert ev.sub_event_type == "Attack"
    assert ev.fatalities == 1


def test_supporters_of_a_defeated_candidate_who_attack_the_winners_camp_are_no_riot_over_the_vote(pipeline):
    ev = _first(pipeline, "On 4 June 2021, supporters of a defeated UP member candidate attacked the houses of the winner's "
                          "supporters in a village of Homna upazila (Comilla), injuring six people.")
    assert ev.sub_event_type != "Violent demonstration"


def test_supporters_of_a_losing_candidate_who_burned_an_office_riot(pipeline):
    ev = _first(pipeline, "Supporters of a defeated mayoral candidate set fire to the municipal election office in Kisii "
                          "on Friday, police said.")
    assert ev.sub_event_type == "Violent demonstration"


# -- rounds nine and ten (both first run on the round-eight code) -------------------------------------


def test_police_who_removed_workers_blocking_a_road_intervened(pipeline):
    ev = _first(pipeline, "Police in Gazipur removed textile workers who had blocked the Dhaka-Mymensingh highway to "
                          "demand their arrears and detained three of their leaders, witnesses said.")
    assert ev.sub_event_type == "Protest with intervention"


def test_police_who_arrested_several_students_at_a_demonstration_intervened(pipeline):
    ev = _first(pipeline, "On 2 July 2020, students held a demonstration outside the Turbat Press Club (Kech, "
                          "Balochistan) against exam fees. Police arrested several students and released them in the "
                          "evening. [size=dozens]")
    assert ev.sub_event_type == "Protest with intervention"


def test_a_grenade_that_went_off_in_training_is_no_event(pipeline):
    assert not pipeline.extract("Three soldiers were killed when a grenade exploded accidentally during a training "
                                "exercise at a barracks near Gulu, the army said.").events


def test_drones_flown_over_a_post_that_dropped_mortar_rounds_struck_from_the_air(pipeline):
    ev = _first(pipeline, "Resistance fighters flew drones over an army camp in Sagaing region on Friday and dropped "
                          "modified mortar shells onto its trenches, the group said.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_poet_arrested_by_the_junta_is_an_arrest(pipeline):
    ev = _first(pipeline, "Myanmar's military authorities arrested a well-known poet at his home in Yangon on Sunday "
                          "night, his family said.")
    assert ev.sub_event_type == "Arrests"


def test_an_area_taken_over_under_a_border_delimitation_is_a_transfer(pipeline):
    ev = _first(pipeline, "On 2 June 2024, Armenian border guards withdrew from two villages near Berkaber (Ijevan, "
                          "Tavush) and Azerbaijani border troops took control of the area in line with the agreed "
                          "delimitation. No incidents were reported.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_the_discovery_of_a_mass_burial_site_is_other(pipeline):
    ev = _first(pipeline, "On 3 October 2022, Ukrainian police reported the discovery of a mass burial site with more "
                          "than 30 graves near Izium (Iziumskyi, Kharkiv), after Russian forces withdrew.")
    assert ev.sub_event_type == "Other"


def test_a_gunman_who_shot_dead_a_shopkeeper_in_a_robbery_is_crime(pipeline):
    assert not pipeline.extract("Two men shot dead a pharmacist during an armed robbery in Soweto on Saturday before "
                                "fleeing in a car.").events


def test_a_crowd_that_beat_robbers_caught_during_a_robbery_is_a_mob(pipeline):
    ev = _first(pipeline, "On 2 April 2024, villagers caught two suspected robbers during a robbery attempt in Durgapur "
                          "upazila (Rajshahi) and beat them to death.")
    assert ev.sub_event_type == "Mob violence"


# -- rounds eleven and twelve (both first run on the round-ten code) ---------------------------------


def test_an_air_force_bombing_raid_on_a_camp_is_an_air_strike(pipeline):
    ev = _first(pipeline, "On 2 May 2025, the Peruvian Air Force carried out a bombing raid against a camp of Shining "
                          "Path remnants in Vizcatan del Ene (Satipo, Junin). The army reported 4 militants killed.")
    assert ev.sub_event_type == "Air/drone strike"


def test_explosives_strapped_to_a_mans_body_that_he_detonated_are_a_suicide_bomb(pipeline):
    ev = _first(pipeline, "On 3 June 2025, a man with explosives strapped to his body detonated them as police approached "
                          "him at a checkpoint near Jamundi (Jamundi, Valle del Cauca). The attacker and a patrolman were "
                          "killed.")
    assert ev.sub_event_type == "Suicide bomb"


def test_a_signed_protocol_is_an_agreement(pipeline):
    ev = _first(pipeline, "On 2 April 2025, the government and the Comuneros del Sur signed a protocol in Pasto (Pasto, "
                          "Narino) for the group's fighters to hand in their weapons.")
    assert ev.sub_event_type == "Agreement"


def test_a_front_that_announced_it_was_leaving_its_bloc_changes(pipeline):
    ev = _first(pipeline, "On 9 June 2025, the 33rd Front announced in a video that it was leaving the bloc led by its "
                          "former commander and would act on its own in Catatumbo (Tibu, Norte de Santander).")
    assert ev.sub_event_type == "Change to group/activity"


def test_police_who_clashed_with_the_red_command_fought_an_armed_group(pipeline):
    ev = _first(pipeline, "On 3 March 2024, Police Forces of Brazil (2023-) clashed with members of the Red Command "
                          "in Complexo da Mare (Rio de Janeiro, Rio de Janeiro). Two suspects were killed.")
    assert ev.sub_event_type == "Armed clash"


def test_crude_bombs_exploded_by_unknown_men_during_a_blockade_are_no_demonstration(pipeline):
    ev = _first(pipeline, "On 6 November 2023, unidentified persons exploded two crude bombs near a fuel station in "
                          "Khulna city (Khulna) during the blockade. No one was injured.")
    assert ev.event_type == "Explosions/Remote violence"


def test_activists_arrested_with_petrol_bombs_they_planned_to_use_during_a_blockade_are_arrested(pipeline):
    ev = _first(pipeline, "On 21 December 2023, police arrested four BNP activists with 10 petrol bombs in Bogura town "
                          "(Bogra). Police said they had planned to torch buses during the blockade.")
    assert ev.sub_event_type == "Arrests"


# -- rounds thirteen and fourteen (both first run on the reviewed round-twelve code) -----------------


def test_a_post_taken_over_after_a_withdrawal_under_a_ceasefire_is_a_transfer(pipeline):
    ev = _first(pipeline, "On 2 July 2024, MNDAA fighters took control of Namtu town (Namtu, Shan-North) after Military "
                          "Forces of Myanmar (2021-) withdrew from their base there under a China-brokered ceasefire. No "
                          "fighting reported.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_a_protest_in_solidarity_with_miners_killed_elsewhere_is_a_protest(pipeline):
    ev = _first(pipeline, "On 5 January 2021, members of the Baloch Students Organization (BSO) held a protest in "
                          "Mastung (Mastung, Balochistan) in solidarity with the Hazara traders killed in Quetta. "
                          "[size=no report]")
    assert ev.sub_event_type == "Peaceful protest"


def test_ministers_meeting_to_discuss_militant_attacks_is_no_event(pipeline):
    assert not pipeline.extract("Iran's interior minister met his Pakistani counterpart in Tehran on Sunday to discuss "
                                "border trade and militant attacks.").events


def test_a_vow_to_bring_a_city_to_a_standstill_with_demonstrations_is_no_event(pipeline):
    assert not pipeline.extract("The opposition leader vowed on Monday to 'shut down the capital' with mass protests if "
                                "the vote count is not repeated.").events


def test_a_group_that_restructured_its_command_changes(pipeline):
    ev = _first(pipeline, "The Arakan Army said on Monday it had dismissed a senior officer and restructured its "
                          "northern command, according to a statement.")
    assert ev.sub_event_type == "Change to group/activity"


def test_factions_that_would_merge_their_fighters_change(pipeline):
    ev = _first(pipeline, "On 3 March 2023, two Baloch separatist factions announced in Kech (Kech, Balochistan) that "
                          "they would merge their fighters under one command.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_group_suspending_its_stay_at_home_order_changes_its_activity(pipeline):
    ev = _first(pipeline, "The separatist movement announced on Tuesday that it was suspending its weekly 'sit-at-home' "
                          "order in the southeast with immediate effect.")
    assert ev.sub_event_type == "Change to group/activity"


# -- rounds fifteen and sixteen (both first run on a799eae) ------------------------------------------


def test_rioters_angered_by_a_death_in_custody_count_no_toll(pipeline):
    ev = _first(pipeline, "On 4 March 2024, Rioters (India) angered by the death of a man in police custody torched a "
                          "police post in Purnia (Purnia, Bihar). Police fired in the air. No fatalities.")
    assert ev.fatalities == 0


def test_warships_practising_blockades_in_drills_are_no_protest(pipeline):
    assert not pipeline.extract("The navy began week-long drills off the coast on Tuesday, with destroyers practising "
                                "blockades and missile launches, state television said.").events


def test_remains_of_the_dictatorships_victims_exhumed_are_history(pipeline):
    assert not pipeline.extract("Investigators began exhuming the remains of students believed to have been killed by "
                                "soldiers during the 1980s military regime, officials said.").events


def test_a_drone_intercepted_over_the_sea_is_disrupted(pipeline):
    ev = _first(pipeline, "On 4 March 2024, Military Forces of Israel (2022-) intercepted over the Red Sea two drones "
                          "launched from Yemen towards Eilat (Eilat, Southern). No damage was reported.")
    assert ev.sub_event_type == "Disrupted weapons use"


def test_people_shot_dead_when_armed_robbers_raided_a_shop_is_crime(pipeline):
    assert not pipeline.extract("Three people were shot dead when armed robbers raided a jewellery shop in a Lima shopping "
                                "centre on Friday, police said. The gang escaped with an estimated 100,000 dollars in "
                                "gold.").events


def test_a_strike_whose_toll_was_not_said_kills_no_one_told(pipeline):
    ev = _first(pipeline, "The US military said it carried out an air strike against militants near Bu'ale on Monday. "
                          "It did not say how many fighters, if any, died.")
    assert ev.fatalities == 0
