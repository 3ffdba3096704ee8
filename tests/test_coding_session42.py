"""Coding fixes found by the forty-second session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import no_event as _none

pytestmark = pytest.mark.slow


# -- rounds one and two (both first run on the session's starting code) ----------------------------


def test_a_deal_both_sides_hope_to_reach_is_no_agreement(pipeline):
    _none(pipeline, "Rebel and government envoys met again in Doha on Tuesday, and both delegations said they "
                    "hoped to secure a truce deal within weeks.")


def test_a_drill_that_simulates_retaking_a_town_is_no_event(pipeline):
    _none(pipeline, "Paratroopers staged mock assaults near the frontier on Thursday as part of a joint exercise "
                    "simulating the recapture of a mountain town from an imaginary enemy.")


def test_a_team_that_stormed_back_to_win_is_sport(pipeline):
    _none(pipeline, "Kerala Blasters FC stormed back to beat Bengaluru 2-1 in a bruising clash at the Kochi "
                    "stadium on Sunday night.")


def test_drugs_seized_from_a_truck_are_no_abduction(pipeline):
    _none(pipeline, "Assam Rifles jawans seized brown sugar and cannabis from a parked vehicle in Ukhrul district "
                    "and took a man into custody.")


def test_the_linkmen_of_an_armed_group_arrested_with_a_pistol_are_arrests(pipeline):
    ev = _first(pipeline, "Manipur police arrested two suspected linkmen of PREPAK in Thoubal district and recovered "
                          "extortion letters and a revolver, an officer said on Friday.")
    assert ev.sub_event_type == "Arrests"


def test_small_weapons_seized_in_the_sentence_after_an_arrest_are_its_yield(pipeline):
    ev = _first(pipeline, "On 4 December 2023, police detained seven Shibir men from a house in Kulaura upazila "
                          "(Moulvibazar), saying they had met to plan violence during the opposition's road blockade. "
                          "Some books and several sharp weapons were seized, the officer-in-charge said.")
    assert ev.sub_event_type == "Arrests"


def test_a_motorcycle_laden_with_explosives_rammed_into_a_convoy_is_a_suicide_bomb(pipeline):
    ev = _first(pipeline, "An assailant rammed an explosives-laden motorbike into a police van near Tank on Sunday, "
                          "killing two policemen, officials said.")
    assert ev.sub_event_type == "Suicide bomb"


def test_a_bomber_who_died_on_the_spot_is_a_suicide_bomb(pipeline):
    ev = _first(pipeline, "A militant drove a car into the gate of a Levies post in Khyber district on Tuesday and it "
                          "blew apart, wounding three guards. The bomber died on the spot.")
    assert ev.sub_event_type == "Suicide bomb"


def test_an_air_force_named_in_brackets_that_struck_hideouts_is_an_air_strike(pipeline):
    ev = _first(pipeline, "On 9 May 2024, the Nigerien air force (Military Forces of Niger (2023-)) struck suspected "
                          "ISWAP camps near Diffa (Diffa, Diffa). Officials said many fighters died.")
    assert ev.sub_event_type == "Air/drone strike"


def test_rioters_who_loot_shops_of_foreign_traders_are_mob_violence(pipeline):
    ev = _first(pipeline, "On 5 March 2024, Rioters (Ghana) attacked and looted shops owned by Nigerian traders in "
                          "Kumasi (Kumasi, Ashanti), in reaction to reports of Ghanaians being killed in Nigeria. 1 trader "
                          "was killed.")
    assert ev.sub_event_type == "Mob violence"


def test_gunmen_who_stop_traffic_and_burn_trucks_destroy_property(pipeline):
    ev = _first(pipeline, "Gunmen halted traffic on the road to Jamundi, Valle del Cauca, on Saturday and torched "
                          "three buses before escaping. No injuries were reported.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_a_spokesman_for_a_named_group_arrested_on_incitement_charges_is_an_arrest(pipeline):
    ev = _first(pipeline, "Police in Temuco detained a spokesman for the Resistencia Mapuche Lafkenche on Thursday on "
                          "charges of inciting violence and cattle theft, prosecutors said.")
    assert ev.sub_event_type == "Arrests"


def test_killing_both_before_police_arrived_is_two_dead(pipeline):
    ev = _first(pipeline, "Villagers in Oaxaca state beat two men accused of stealing a car and doused them with "
                          "petrol, killing both before police arrived, officials said on Monday.")
    assert ev.fatalities == 2


def test_an_officials_lower_count_beside_relatives_count_is_the_fatalities(pipeline):
    ev = _first(pipeline, "On 4 May 2025, police opened fire on villagers protesting against a dam near Khuzdar "
                          "(Khuzdar, Balochistan). Families said three protesters were killed, while the deputy "
                          "commissioner confirmed two deaths.")
    assert ev.fatalities == 2


def test_a_faction_breaking_with_its_parent_under_a_new_name_changes(pipeline):
    ev = _first(pipeline, "Dissidents of the FARC's 33rd Front in Norte de Santander said in a video on Friday that "
                          "they were breaking with the Segunda Marquetalia and would operate under a new name.")
    assert ev.sub_event_type == "Change to group/activity"


def test_militants_affiliated_with_a_larger_group_who_kill_a_herder_attack(pipeline):
    ev = _first(pipeline, "On 4 April 2021, fighters from Katibat Okba, affiliated with al-Qaeda, killed a herder "
                          "on Mount Chambi (Kasserine, Kasserine). 1 fatality.")
    assert ev.sub_event_type == "Attack"


def test_a_dated_accusation_of_chemical_shells_is_a_chemical_weapon(pipeline):
    ev = _first(pipeline, "On 5 June 2020, the Government of National Accord accused the LNA of firing shells "
                          "containing a poison gas at its positions south of Tripoli (Tripoli, Tripoli). Nine fighters "
                          "were treated for breathing problems.")
    assert ev.sub_event_type == "Chemical weapon"


def test_troops_who_retook_it_from_militants_regain_territory(pipeline):
    ev = _first(pipeline, "On 3 March 2023, Military Forces of Egypt (2014-) advanced on the hamlet of Al-Gora "
                          "(Sheikh Zuweid, North Sinai) and retook it from Islamic State (Sinai) after heavy fighting.")
    assert ev.sub_event_type == "Government regains territory"


def test_foreign_troops_who_set_up_a_presence_at_an_air_base_establish_a_base(pipeline):
    ev = _first(pipeline, "On 2 June 2024, Military Forces of Turkey (2016-) were reported to have set up a presence "
                          "at the Al-Watiya air base (Al Jmail, Nuqat al Khams), according to satellite images.")
    assert ev.sub_event_type == "Headquarters or base established"


# -- rounds three and four (both first run on the round-two code) ----------------------------------


def test_a_yearly_report_of_last_years_killings_at_protests_is_no_event(pipeline):
    _none(pipeline, "Police shot dead more than 150 people at demonstrations and in raids last year, a rights group "
                    "said in its annual report released on Thursday.")


def test_photographs_of_missing_and_killed_people_at_a_gathering_are_a_protest(pipeline):
    ev = _first(pipeline, "On 12 August 2024, the BYC held 'Martyrs Day' gatherings in Nushki (Nushki, Balochistan), where "
                          "women carried photographs of missing and killed persons. [size=around 200]")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_man_picked_up_from_home_who_remained_missing_is_abducted(pipeline):
    ev = _first(pipeline, "On 9 May 2023, men in plain clothes who said they were from RAB picked up a Chhatra Dal leader "
                          "from his home in Sirajganj town (Sirajganj). His brother said he remained missing a week later.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_militants_killed_in_quotation_marks_are_counted(pipeline):
    ev = _first(pipeline, "Burkina Faso's army said its soldiers had killed \"dozens of terrorists\" near Djibo on "
                          "Friday. Three soldiers died in the fighting, the army said.")
    assert ev.fatalities == 15


def test_members_arrested_as_they_gathered_for_a_meeting_are_arrests(pipeline):
    ev = _first(pipeline, "Police in Conakry arrested nine leaders of the FNDC movement as they gathered for a meeting "
                          "at a private house on Saturday, a lawyer said.")
    assert ev.sub_event_type == "Arrests"


def test_a_film_epic_with_battle_scenes_is_no_event(pipeline):
    _none(pipeline, "A three-hour epic about the 1967 war, with battle scenes shot near Onitsha, premiered in Abuja "
                    "on Saturday before a sold-out audience.")


def test_banning_opposition_coalitions_changes_them(pipeline):
    ev = _first(pipeline, "Chad's interior minister on Monday banned three opposition coalitions, calling them "
                          "illegal groupings.")
    assert ev.sub_event_type == "Change to group/activity"


def test_police_who_block_students_from_marching_intervene(pipeline):
    ev = _first(pipeline, "On 2 May 2024, police stopped about 40 students and teachers from marching to the provincial "
                          "hall in Pattani (Mueang Pattani, Pattani) to demand the release of detained activists.")
    assert ev.sub_event_type == "Protest with intervention"


def test_troops_who_took_a_camp_militants_had_held_regain_territory(pipeline):
    ev = _first(pipeline, "On 4 March 2024, Military Forces of the Philippines (2022-) took control of an Abu Sayyaf camp "
                          "near Patikul (Patikul, Sulu) that the militants had held for years, after a week of operations.")
    assert ev.sub_event_type == "Government regains territory"


def test_a_ceasefire_with_a_group_that_has_attacked_pipelines_is_an_agreement(pipeline):
    ev = _first(pipeline, "Chad's government and the FACT, a rebel movement that has attacked army posts in the north, "
                          "signed a ceasefire agreement in Doha on Monday.")
    assert ev.sub_event_type == "Agreement"


def test_a_peace_covenant_ending_a_clan_feud_is_an_agreement(pipeline):
    ev = _first(pipeline, "On 2 May 2024, two village chiefs in Pikit (Pikit, Cotabato) signed a peace covenant ending a "
                          "land feud between their clans.")
    assert ev.sub_event_type == "Agreement"


def test_youths_arrested_for_anti_regime_pictures_are_arrests(pipeline):
    ev = _first(pipeline, "On 3 May 2024, Police Forces of Myanmar (2021-) arrested 5 young men at a checkpoint in "
                          "Mandalay (Mandalay, Mandalay) after finding anti-junta images on their phones.")
    assert ev.sub_event_type == "Arrests"


def test_relatives_laying_flowers_and_demanding_demobilisation_protest(pipeline):
    ev = _first(pipeline, "On 2 March 2024, a group of soldiers' wives laid carnations at a war memorial in Samara (Samara, "
                          "Samara), demanding the demobilisation of their husbands.")
    assert ev.sub_event_type == "Peaceful protest"


def test_missiles_claimed_intercepted_but_that_did_damage_are_missile_attacks(pipeline):
    ev = _first(pipeline, "On 5 May 2024, Military Forces of Ukraine (2019-) fired missiles at the Belbek airbase (Sevastopol, "
                          "Crimea). Russia said all missiles were intercepted, but later photographs showed damage to two jets.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


def test_a_crowd_accusing_peacekeepers_of_failing_during_an_offensive_protests(pipeline):
    ev = _first(pipeline, "On 21 September 2023, about 300 people gathered outside the government building in Yerevan "
                          "(Yerevan, Yerevan), accusing the authorities of failing to protect civilians during the "
                          "Azerbaijani offensive.")
    assert ev.sub_event_type == "Peaceful protest"


def test_people_with_flags_detained_at_a_memorial_met_intervention(pipeline):
    ev = _first(pipeline, "On 25 March 2024, about 15 people gathered with white-red-white flags at a memorial in Grodno "
                          "(Grodno, Grodno). Police Forces of Belarus (1994-) detained 4 of them.")
    assert ev.sub_event_type == "Protest with intervention"


def test_a_regiment_reorganised_into_a_battalion_changes(pipeline):
    ev = _first(pipeline, "On 4 April 2025, a volunteer unit of Georgian fighters in Ukraine said in Kyiv (Kyiv, Kyiv City) "
                          "that it had been reorganised into a battalion of the Ukrainian army.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_sit_in_over_a_man_missing_after_being_detained_is_peaceful(pipeline):
    ev = _first(pipeline, "On 4 April 2020, relatives of a fisherman who went missing after being detained at a "
                          "checkpoint staged a sit-in near Pasni (Gwadar, Balochistan). [size=around 50]")
    assert ev.sub_event_type == "Peaceful protest"


# -- rounds five and six (both first run on the round-four code) -----------------------------------


def test_arrests_the_party_says_were_to_scare_people_from_a_rally_are_arrests(pipeline):
    ev = _first(pipeline, "On 2 December 2022, police arrested 31 leaders and activists of BNP in several raids across "
                          "Rangpur city (Rangpur) ahead of the BNP divisional rally. BNP called the drive an attempt to "
                          "frighten people away from the rally.")
    assert ev.sub_event_type == "Arrests"


def test_sides_that_agreed_to_swap_prisoners_reached_an_agreement(pipeline):
    ev = _first(pipeline, "Sudan's army and the RSF agreed at talks in Jeddah on Monday to exchange about 300 prisoners, "
                          "the mediators said.")
    assert ev.sub_event_type == "Agreement"


def test_a_hill_and_a_nearby_hamlet_captured_by_rebels_is_territory(pipeline):
    ev = _first(pipeline, "Houthi fighters seized the Jabal Hailan ridge and the nearby hamlet of Al-Mashjah after fierce "
                          "clashes with government forces on Monday, local sources said.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_a_city_destroyed_in_a_past_battle_is_no_event(pipeline):
    _none(pipeline, "The government on Monday approved funds to rebuild the old quarter of Raqqa, which was largely "
                    "ruined in the battle to expel Islamic State.")


def test_bodies_recovered_from_a_building_struck_months_ago_are_no_new_strike(pipeline):
    _none(pipeline, "Rescue teams in Khan Younis said they had pulled 14 bodies from the rubble of a house that was "
                    "destroyed by an air strike in January.")


def test_a_group_suspending_attacks_after_a_spate_of_attacks_changes(pipeline):
    ev = _first(pipeline, "Kataib Hezbollah said on Sunday it was halting attacks on US troops in Syria, days after Baghdad "
                          "came under pressure from Washington over a spate of drone attacks.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_naval_blockade_is_no_protest(pipeline):
    _none(pipeline, "A Houthi spokesman said on Friday the group would widen its naval blockade to ships of any "
                    "company dealing with Israeli ports.")


def test_a_death_the_day_before_a_beating_is_no_toll_of_it(pipeline):
    ev = _first(pipeline, "Youths beat Sudanese workers and wrecked their shops in the town of Zahle overnight, a day "
                          "after a local councillor was found dead, residents said.")
    assert ev.fatalities == 0


def test_an_officials_acknowledged_count_is_read(pipeline):
    ev = _first(pipeline, "On 3 May 2025, JNIM overran a military camp near Djibo (Djibo, Soum). The group claimed to have "
                          "killed 40 soldiers; a regional official acknowledged that 9 soldiers died.")
    assert ev.fatalities == 9


def test_looting_with_no_clashes_reported_is_looting(pipeline):
    ev = _first(pipeline, "On 4 April 2024, gang members looted a pharmacy and two shops in Petion-Ville (Petion-Ville, "
                          "Ouest), loading the goods onto trucks. No police presence or clashes were reported.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_bricks_thrown_after_a_protest_turned_violent_are_a_violent_demonstration(pipeline):
    ev = _first(pipeline, "Masked men threw bricks and bottles at police outside a hotel earmarked for asylum seekers in "
                          "Leeds on Saturday night after a protest against the plan turned violent.")
    assert ev.sub_event_type == "Violent demonstration"


def test_flowers_laid_in_memory_of_a_man_who_died_in_prison_count_no_dead(pipeline):
    ev = _first(pipeline, "Police in St Petersburg detained at least 25 people who had gathered at a monument to lay flowers "
                          "in memory of an activist who died in a prison camp, a monitoring group said.")
    assert ev.fatalities == 0


def test_a_law_drawing_protests_from_rights_groups_is_no_protest(pipeline):
    _none(pipeline, "Slovakia's parliament passed a law on Wednesday restricting foreign-funded charities, drawing "
                    "protests from rights groups and the EU.")


def test_a_report_on_police_force_in_many_countries_is_no_event(pipeline):
    _none(pipeline, "A report published on Monday by a rights group said police in 14 European countries had used "
                    "excessive force against climate protesters.")


def test_sanctions_over_a_crackdown_on_protesters_are_no_protest(pipeline):
    _none(pipeline, "Britain imposed sanctions on five Iranian officials on Tuesday over what it called the brutal "
                    "repression of protesters.")


def test_a_grave_holding_the_remains_of_several_people_is_other(pipeline):
    ev = _first(pipeline, "Searchers in Sonora said on Friday they had located a clandestine grave containing at least six "
                          "bodies on a ranch outside Hermosillo. The date and cause of the killings are unknown.")
    assert ev.sub_event_type == "Other"


def test_a_pact_ending_a_dispute_that_had_led_to_attacks_is_an_agreement(pipeline):
    ev = _first(pipeline, "On 5 May 2024, authorities of two Chiapas municipalities signed a non-aggression pact, aimed at "
                          "ending a border dispute that had led to repeated armed attacks.")
    assert ev.sub_event_type == "Agreement"


def test_both_sides_agreeing_that_a_group_would_halt_operations_is_an_agreement(pipeline):
    ev = _first(pipeline, "On 2 June 2023, KNF and a peace committee met in Ruma upazila (Bandarban), and the two sides "
                          "agreed that the KNF would stop armed operations during the talks.")
    assert ev.sub_event_type == "Agreement"


def test_a_procession_alleging_an_attack_on_a_candidate_is_a_protest(pipeline):
    ev = _first(pipeline, "On 14 June 2023, leaders and activists of Jatiya Party staged a protest procession in Rangpur "
                          "city (Rangpur), rejecting the results of the city election and alleging vote rigging and an "
                          "attack on their mayoral candidate in Gazipur. [size=around 300]")
    assert ev.sub_event_type == "Peaceful protest"


def test_residents_attacking_migrants_with_sticks_are_mob_violence(pipeline):
    ev = _first(pipeline, "On 3 October 2024, residents of Galkayo (Galkacyo, Mudug) attacked Ethiopian migrants in a "
                          "market with sticks and stones after rumours that a migrant had stabbed a shopkeeper. Several "
                          "migrants were hurt.")
    assert ev.sub_event_type == "Mob violence"


# -- rounds seven and eight (both first run on the round-six code) ---------------------------------


def test_inflation_that_exploded_is_no_blast(pipeline):
    _none(pipeline, "Peru's central bank said on Thursday that inflation \"exploded\" in April on higher food and fuel "
                    "prices, and hinted at a rate rise.")


def test_a_deal_to_lift_a_blockade_is_an_agreement(pipeline):
    ev = _first(pipeline, "Ecuador's government and indigenous federations signed an agreement on Sunday to lift a "
                          "ten-day road blockade in Cotopaxi after officials agreed to cut fuel prices.")
    assert ev.sub_event_type == "Agreement"


def test_the_leader_of_a_protest_committee_arrested_for_past_blockades_is_an_arrest(pipeline):
    ev = _first(pipeline, "Bolivian police arrested the head of a civic protest committee in Santa Cruz on Friday, "
                          "accusing him of organizing road blockades last year.")
    assert ev.sub_event_type == "Arrests"


def test_a_custodial_death_a_sit_in_protests_is_no_toll_of_it(pipeline):
    ev = _first(pipeline, "Police fired on villagers holding a sit-in outside the district police office in Rautahat on "
                          "Monday over the custodial death of a young farmer, killing one man and wounding five, "
                          "officials said.")
    assert ev.fatalities == 1


def test_the_recovery_of_looted_weapons_is_no_looting(pipeline):
    _none(pipeline, "The High Court on Tuesday sought a report on the recovery of rifles looted from police stations "
                    "during the ethnic violence.")


def test_a_law_said_to_have_been_used_to_detain_people_is_no_arrest(pipeline):
    _none(pipeline, "Parliament debated a bill on Wednesday to repeal the security act, which critics say has been "
                    "used to detain journalists without trial.")


def test_a_web_series_praised_for_battle_scenes_is_no_event(pipeline):
    _none(pipeline, "A new web series about an insurgent raid in Jharkhand has won praise for its battle scenes, "
                    "though reviewers say it ignores the villagers caught in the crossfire.")


def test_a_faction_that_said_it_was_leaving_a_coalition_changes(pipeline):
    ev = _first(pipeline, "On 2 May 2025, a wing of the MPC: Patriotic Movement for Central Africa said in a statement "
                          "from Kaga-Bandoro (Kaga-Bandoro, Nana-Grebizi) that it was leaving the CPC: Coalition of "
                          "Patriots for Change.")
    assert ev.sub_event_type == "Change to group/activity"


def test_an_official_taken_away_whom_the_family_cannot_locate_is_abducted(pipeline):
    ev = _first(pipeline, "On 3 March 2025, men in plain clothes took away a CNL: National Congress for Freedom youth "
                          "leader from his home in Gitega (Gitega, Gitega). His wife has not been able to find him since.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_a_helicopter_operated_by_a_group_that_fired_is_an_air_strike(pipeline):
    ev = _first(pipeline, "On 5 May 2024, a helicopter operated by Wagner Group fired on suspected rebels near Kabo "
                          "(Kabo, Ouham). Local sources said three people were killed.")
    assert ev.sub_event_type == "Air/drone strike"


def test_rioters_after_a_rumoured_stabbing_are_a_mob(pipeline):
    ev = _first(pipeline, "On 2 March 2025, Rioters (Turkey) attacked shops and homes belonging to Afghan migrants in "
                          "Kayseri (Kayseri) after rumours spread that an Afghan man had stabbed a local boy. Police "
                          "detained 20 people.")
    assert ev.sub_event_type == "Mob violence"


# -- rounds nine and ten (both first run on cb8de65) --------------------------------


def test_villagers_who_beat_alleged_robbers_to_death_are_a_mob(pipeline):
    ev = _first(pipeline, "On 4 March 2025, villagers in Kasba (Brahmanbaria) caught three alleged robbers breaking into "
                          "a shop and beat them to death. Police later recovered the bodies and a locally made pistol.")
    assert ev.sub_event_type == "Mob violence"


def test_residents_who_beat_suspected_members_of_a_group_are_a_mob(pipeline):
    ev = _first(pipeline, "On 5 June 2024, Rohingya residents of Camp 15, Ukhiya (Cox's Bazar) caught two men they "
                          "suspected of being members of an armed group and beat them. One died in hospital; the other "
                          "was handed to APBn.")
    assert ev.sub_event_type == "Mob violence"


def test_bombs_and_books_seized_after_an_arrest_are_no_bombing(pipeline):
    ev = _first(pipeline, "On 3 December 2023, RAB arrested four Shibir activists from a mess in Sonagazi (Feni), "
                          "claiming they had been planning sabotage. Officials said 9 crude bombs and some books were "
                          "seized.")
    assert ev.sub_event_type == "Disrupted weapons use"


def test_militants_who_stayed_in_the_town_they_overran_took_it(pipeline):
    ev = _first(pipeline, "On 2 March 2025, JNIM militants overran the police post at Kompienga (Kompienga, Est) after a "
                          "brief fight. The officers withdrew, and the militants stayed in the town for several days. "
                          "3 fatalities.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_troops_who_re_entered_a_town_under_militant_control_regain_it(pipeline):
    ev = _first(pipeline, "On 3 May 2025, Military Forces of Burkina Faso (2022-), supported by VDP, re-entered the town of "
                          "Sebba (Sebba, Yagha, Sahel), which had been under militant control for months. Troops clashed "
                          "briefly with JNIM fighters, killing 4. 4 fatalities.")
    assert ev.sub_event_type == "Government regains territory"


def test_gunmen_who_took_drivers_away_abducted_them(pipeline):
    ev = _first(pipeline, "On 2 June 2025, an Unidentified Armed Group (Niger) stopped a bus near Ouallam (Ouallam, "
                          "Tillaberi) and took three passengers away. Their families have had no news.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_a_couple_killed_with_their_children_counts_two_for_the_couple(pipeline):
    ev = _first(pipeline, "Gunmen killed a couple and their two sons inside their house in Irapuato, Guanajuato, on "
                          "Saturday, prosecutors said.")
    assert ev.fatalities == 4


def test_a_camp_set_up_following_a_series_of_attacks_is_a_base(pipeline):
    ev = _first(pipeline, "On 2 October 2024, Military Forces of Pakistan (2024-) established a new camp at Chinar "
                          "(Mamund, Bajaur, Khyber Pakhtunkhwa) following a series of attacks on police posts.")
    assert ev.sub_event_type == "Headquarters or base established"


def test_a_quadcopter_used_to_drop_an_explosive_device_is_an_air_strike(pipeline):
    ev = _first(pipeline, "On 4 February 2025, militants used a quadcopter to drop an explosive device on a police post "
                          "in Lakki Marwat (Lakki Marwat, Khyber Pakhtunkhwa). Two policemen were injured.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_vehicle_packed_with_explosives_intercepted_is_a_disruption(pipeline):
    ev = _first(pipeline, "On 2 August 2024, the Counter-Terrorism Department intercepted a van packed with around 30 kg "
                          "of explosives at a checkpoint near Tank (Tank, Khyber Pakhtunkhwa) and arrested the driver.")
    assert ev.sub_event_type == "Disrupted weapons use"


def test_virtual_kidnapping_calls_are_no_abduction(pipeline):
    _none(pipeline, "Police in Guadalajara warned families about virtual kidnapping calls, in which callers claim to have "
                    "abducted a child and demand money within minutes.")


def test_explosive_filled_gas_cylinders_launched_at_a_station_are_shelling(pipeline):
    ev = _first(pipeline, "FARC dissidents launched explosives-filled gas cylinders at the police station in Suarez, "
                          "Cauca, on Sunday, wounding two officers, authorities said.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


# -- rounds eleven and twelve (both first run on 49d5a34) -------------------------------------------


def test_party_workers_baton_charged_on_their_way_to_a_press_club_met_intervention(pipeline):
    ev = _first(pipeline, "Police baton-charged PML-N workers trying to reach the Karachi Press Club on Friday and "
                          "detained several of them, the party said.")
    assert ev.sub_event_type == "Protest with intervention"


def test_villagers_camping_to_oppose_a_dam_who_were_removed_met_intervention(pipeline):
    ev = _first(pipeline, "Police removed about 40 farmers who had been camping outside the governor's office in Khon Kaen "
                          "to oppose a planned reservoir on Monday, detaining six of them.")
    assert ev.sub_event_type == "Protest with intervention"


def test_a_volcano_that_erupted_and_killed_villagers_is_no_event(pipeline):
    _none(pipeline, "Mount Semeru erupted on Saturday in East Java, burying homes under ash and killing at least five "
                    "people, officials said.")


def test_a_furnace_that_blew_up_at_a_smelter_is_an_accident(pipeline):
    _none(pipeline, "An explosion at a nickel smelter in Konawe, Southeast Sulawesi, killed seven workers on Friday, the "
                    "company said, adding that a furnace had blown up during repairs.")


def test_a_riot_control_drill_with_officers_posing_as_protesters_is_no_event(pipeline):
    _none(pipeline, "Police in Manila staged a crowd control drill on Tuesday ahead of the vote count, firing water "
                    "cannon at officers posing as protesters.")


def test_an_air_force_strike_targeting_insurgents_is_an_air_strike(pipeline):
    ev = _first(pipeline, "On 3 March 2024, a Nigerian Air Force (Military Forces of Nigeria (2023-)) strike targeting "
                          "ISWAP fighters hit a market at Kukawa (Kukawa, Borno), killing at least 6 people. 6 fatalities.")
    assert ev.sub_event_type == "Air/drone strike"


def test_fighters_who_overran_a_post_and_remained_on_an_island_took_it(pipeline):
    ev = _first(pipeline, "On 3 May 2024, Boko Haram (JAS) fighters overran an army post on Kinasserom island (Fouli, Lac), "
                          "killing 3 soldiers, and remained on the island for a week, local sources said. 3 fatalities.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_a_group_that_would_not_agree_to_extend_a_truce_reached_no_agreement(pipeline):
    _none(pipeline, "On 2 August 2022, a Houthi negotiator said the group would not agree to extend the UN-brokered "
                    "truce unless salaries were paid. No related incidents were reported.")


def test_rockets_dismantled_before_launch_are_a_disruption(pipeline):
    ev = _first(pipeline, "On 5 October 2022, Lebanese army engineers dismantled 2 rockets found in an orchard near "
                          "Marjayoun (Marjayoun, Nabatieh) before they could be fired, the army said.")
    assert ev.sub_event_type == "Disrupted weapons use"
