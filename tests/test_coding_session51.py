"""Coding fixes found by the fifty-first session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import no_event as _none

pytestmark = pytest.mark.slow


# -- rounds one and two (both first run on the session's starting code, e1e4912) -------------------


def _sub(pipeline, text):
    return _first(pipeline, text).sub_event_type


def test_forces_who_shoot_as_a_crowd_marches_use_force_on_the_march(pipeline):
    assert _sub(pipeline, "A teenager was shot dead by soldiers in Montepuez on Sunday as a crowd marched peacefully "
                          "towards the district office, his family said.") == "Excessive force against protesters"


def test_a_customary_pact_pledging_to_end_raids_is_an_agreement(pipeline):
    assert _sub(pipeline, "Forty bandit chiefs in Atsimo-Andrefana signed a dina, a traditional covenant, with the "
                          "prefecture on Monday, promising to stop cattle raids in return for a pardon.") == "Agreement"


def test_fighters_still_on_the_island_days_later_took_it(pipeline):
    assert _sub(pipeline, "Insurgents have taken over Quirimba island, overpowering a small army post and killing "
                          "three soldiers, residents who fled said. A week later the insurgents remained on the island, "
                          "they said.") == "Non-state actor overtakes territory"


def test_militants_still_holding_buildings_by_nightfall_took_the_area(pipeline):
    assert _sub(pipeline, "Islamist gunmen seized the Hay area on the edge of the camp on Monday after rival fighters "
                          "pulled back. By nightfall the gunmen were still holding three school buildings. One rival "
                          "fighter was killed in the exchange of fire before the withdrawal.") == "Non-state actor overtakes territory"


def test_an_outbreak_called_a_battle_is_no_fight(pipeline):
    _none(pipeline, "Measles has killed 52 children in three provinces since March, the health minister said, "
                    "describing the epidemic as a battle the government must win.")


def test_aid_resumed_for_the_first_time_since_an_attack_is_no_attack(pipeline):
    _none(pipeline, "UNICEF reopened its clinic in Mocimboa on Tuesday for the first time since a rebel attack on the "
                    "port in March drove its staff out.")


def test_a_member_of_an_armed_faction_arrested_is_an_arrest(pipeline):
    assert _sub(pipeline, "Police in Nasiriyah arrested a member of an armed faction wanted over the killing of "
                          "protesters in Nasiriyah in 2019, a security official said on Monday.") == "Arrests"


def test_arrests_for_collecting_information_for_a_foreign_intelligence_service(pipeline):
    assert _sub(pipeline, "General Security said it had detained two men in Tyre on suspicion of gathering "
                          "information for Israeli intelligence.") == "Arrests"


def test_the_closure_of_a_groups_offices_ordered_days_after_clashes_is_a_change(pipeline):
    assert _sub(pipeline, "The cleric ordered the closure of all Kataib Sayyid offices in Dhi Qar on Monday, days "
                          "after deadly clashes between his men and a rival militia.") == "Change to group/activity"


def test_a_grave_excavated_of_past_killings_is_other(pipeline):
    assert _sub(pipeline, "Forensic teams began excavating a mass grave near Tikrit believed to hold the remains of "
                          "hundreds of cadets killed by militants in 2014.") == "Other"


def test_an_attack_by_quadcopters_is_a_drone_strike(pipeline):
    assert _sub(pipeline, "Explosions were heard in Tabriz overnight in what officials called an attack by small "
                          "quadcopters on a factory; one hit the roof and no one was hurt.") == "Air/drone strike"


def test_a_launcher_found_and_dismantled_is_disrupted_use(pipeline):
    assert _sub(pipeline, "Troops found and dismantled a launchpad with two Katyusha rockets primed to fire in "
                          "an open field near Balad on Sunday, the army said.") == "Disrupted weapons use"


def test_missing_since_armed_men_stopped_him_is_an_abduction(pipeline):
    assert _sub(pipeline, "A journalist from Amarah has been missing since Monday, when masked men in a pickup stopped "
                          "his car outside the city, his wife said.") == "Abduction/forced disappearance"


def test_a_groups_new_headquarters_against_infiltration_is_a_base(pipeline):
    assert _sub(pipeline, "A Border Guard Police brigade has set up a new headquarters near the Jordanian border, its "
                          "commander said, to secure the desert against infiltration.") == "Headquarters or base established"


def test_blocs_who_walked_out_of_a_session_are_no_protest(pipeline):
    _none(pipeline, "Parliament again failed to pick a speaker on Tuesday after rival blocs walked out of the "
                    "session before the second vote.")


def test_peacekeepers_beginning_to_withdraw_is_a_change(pipeline):
    assert _sub(pipeline, "On 3 May 2024, the Russian peacekeeping force began withdrawing from its positions near "
                          "Lachin (Lachin, Lachin), officials said.") == "Change to group/activity"


def test_wounded_soldiers_among_those_swapped_make_no_attack(pipeline):
    assert _sub(pipeline, "On 4 June 2024, Ukraine and Russia swapped 75 prisoners of war each near the border in "
                          "Chernihiv region. Among those returned were three wounded soldiers.") == "Agreement"


def test_rioters_met_with_warning_shots_demonstrate_violently(pipeline):
    assert _sub(pipeline, "On 9 June 2024, supporters of a losing candidate rioted in Mendi (Southern Highlands) after "
                          "the count, setting fire to the district office and two vehicles. Police fired warning "
                          "shots to disperse them.") == "Violent demonstration"


def test_tribesmen_who_ambush_a_mother_and_children_attack_them(pipeline):
    assert _sub(pipeline, "On 2 April 2024, armed tribesmen ambushed a woman and her three children on a garden track "
                          "near Wabag (Enga), killing all four, in what police called a revenge killing.") == "Attack"


def test_a_walk_calling_for_girls_education_is_a_protest(pipeline):
    assert _sub(pipeline, "On 8 March 2024, teachers and students marked Women's Day with a walk in Turbat (Kech, "
                          "Balochistan), calling for more schools for girls. [size=dozens]") == "Peaceful protest"


def test_idols_broken_and_a_protest_the_next_day_is_the_wrecking(pipeline):
    assert _sub(pipeline, "On 2 October 2023, miscreants smashed three idols at a temple in Kendua upazila (Netrokona) "
                          "at night. Devotees protested the following day.") == "Looting/property destruction"


def test_arrests_when_supporters_bring_out_a_procession_stop_it(pipeline):
    assert _sub(pipeline, "On 5 April 2025, police detained four people when about 30 AL supporters brought out a "
                          "sudden procession in Gouripur upazila (Mymensingh).") == "Protest with intervention"


def test_a_chain_demanding_the_arrest_of_those_who_defaced_a_monument_is_a_protest(pipeline):
    assert _sub(pipeline, "On 3 March 2022, freedom fighters formed a human chain at Rajbari Press Club (Rajbari), "
                          "demanding the arrest of those who defaced a martyrs' monument last week.") == "Peaceful protest"


# -- rounds three and four (both first run on 31eb461) ---------------------------------------------


def test_a_complaint_accusing_officers_of_rape_is_sexual_violence(pipeline):
    assert _sub(pipeline, "A 22-year-old woman has filed a complaint accusing two police officers of raping her in their "
                          "patrol car near Sousse after stopping her at a checkpoint, her lawyer said on Tuesday.") == "Sexual violence"


def test_rockets_fitted_with_chlorine_canisters_are_chemical_weapons(pipeline):
    assert _sub(pipeline, "Four policemen were treated for breathing problems after gunmen fired shells fitted with "
                          "chlorine canisters at a checkpoint near Rafah, a hospital source said.") == "Chemical weapon"


def test_a_cell_dismantled_and_suspects_arrested_is_an_arrest(pipeline):
    assert _sub(pipeline, "Moroccan police said they had dismantled an Islamic State-affiliated cell and arrested four "
                          "suspects in Fes and Meknes who were plotting attacks.") == "Arrests"


def test_positions_handed_to_tribal_fighters_without_a_fight_are_transferred(pipeline):
    assert _sub(pipeline, "Army units pulled out of two positions east of Arish on Tuesday and handed them over to "
                          "fighters of a tribal union, residents said. No shots were fired.") == "Non-violent transfer of territory"


def test_projectiles_fired_at_positions_are_shelling(pipeline):
    assert _sub(pipeline, "Separatist fighters fired several projectiles at army positions near Smara on Sunday; the "
                          "army said they landed in open ground.") == "Shelling/artillery/missile attack"


def test_a_man_seized_and_his_body_dumped_later_was_attacked(pipeline):
    assert _sub(pipeline, "Gunmen seized a village chief from his home near Rafah on Monday night. His body was dumped "
                          "by a main road three days later.") == "Attack"


def test_live_rounds_beside_rubber_bullets_at_a_protest_wounding_people_is_excessive_force(pipeline):
    assert _sub(pipeline, "Police fired rubber bullets and live rounds at villagers protesting against a gold mine in "
                          "Tamanrasset, wounding four, witnesses said.") == "Excessive force against protesters"


def test_troops_who_kill_two_armed_men_in_a_search_fight_them(pipeline):
    assert _sub(pipeline, "A Tunisian army unit killed three armed men during a sweep in the Chaambi mountains on "
                          "Monday, the defence ministry said.") == "Armed clash"


def test_wives_of_men_detained_who_gather_protest(pipeline):
    assert _sub(pipeline, "Scores of mothers and wives of men detained in Sheikh Zuweid gathered outside the governorate "
                          "office in Arish on Monday, holding photographs and asking officials where they were held.") == "Peaceful protest"


def test_arrests_that_fell_last_year_are_a_statistic(pipeline):
    _none(pipeline, "Algeria's interior ministry said terrorism-related arrests dropped by a quarter last year, crediting "
                    "intelligence sharing with European services.")


def test_a_state_curfew_after_a_mob_attack_leaves_the_mob_violence(pipeline):
    assert _sub(pipeline, "A mob of some 300 people attacked Muslim-owned homes in Ampara on Saturday after a brawl at "
                          "a restaurant, police said, imposing a curfew in the town.") == "Mob violence"


def test_a_ceasefire_a_group_pulls_out_of_is_a_change(pipeline):
    assert _sub(pipeline, "The ULFA faction said on Tuesday it was pulling out of its unilateral truce with the "
                          "government, citing army raids on its camps.") == "Change to group/activity"


def test_the_hallmarks_of_a_group_make_it_no_victim(pipeline):
    assert _sub(pipeline, "Gunmen shot dead a migrant labourer at a brick kiln in Tinsukia on Friday. Police said the "
                          "killing bore the hallmarks of the NSCN-K.") == "Attack"


def test_pamphlets_handed_out_ordering_a_tax_are_other(pipeline):
    assert _sub(pipeline, "Armed men in ULFA-I fatigues went from house to house in a village of Tinsukia on Monday, "
                          "handing out pamphlets ordering families to pay a yearly levy.") == "Other"


def test_a_market_fire_from_a_short_circuit_is_no_event(pipeline):
    _none(pipeline, "Two people died and 40 stalls were gutted when a fire tore through a market in Pokhara overnight; "
                    "firefighters blamed a short circuit.")


def test_a_trial_over_a_past_years_bombings_that_killed_is_no_attack(pipeline):
    _none(pipeline, "A High Court bench in Colombo on Monday fixed dates to hear evidence against 14 people accused of "
                    "involvement in the 2019 church bombings, which killed more than 250 people.")


def test_a_drone_reportedly_operated_by_a_gang_that_dropped_a_device_is_a_drone_strike(pipeline):
    assert _sub(pipeline, "On 3 May 2024, a drone reportedly operated by TCP: Third Pure Command dropped an explosive device "
                          "over an area held by CV: Red Command in Complexo da Mare (Rio de Janeiro). One resident was "
                          "hurt.") == "Air/drone strike"


def test_drones_shot_down_by_a_warship_are_disrupted(pipeline):
    assert _sub(pipeline, "On 2 March 2024, a French frigate shot down 4 Houthi one-way attack drones launched towards "
                          "shipping off Mukalla (Hadramawt). No damage was reported.") == "Disrupted weapons use"


def test_a_boat_seized_carrying_weapons_is_disrupted(pipeline):
    assert _sub(pipeline, "On 4 August 2025, the coast guard seized a fishing boat near Mocha (Al Mukha, Taizz) carrying "
                          "boxes of rifles and drone parts bound for the Houthis.") == "Disrupted weapons use"


# -- rounds five and six (both first run on 8f2ede2) -----------------------------------------------


def test_a_barrel_that_released_a_yellowish_cloud_is_a_chemical_weapon(pipeline):
    assert _sub(pipeline, "Villagers near Rufaa said a barrel dropped by a military plane released a yellow cloud that "
                          "left many coughing; a nurse said one child died.") == "Chemical weapon"


def test_arrests_for_smuggling_supplies_to_rebel_held_areas_are_political(pipeline):
    assert _sub(pipeline, "Police in Dilling arrested 25 truck drivers accused of smuggling flour and fuel to "
                          "RSF-held areas, state television said.") == "Arrests"


def test_soldiers_firing_in_the_air_to_scatter_protesters_intervene(pipeline):
    assert _sub(pipeline, "Troops fired into the air to scatter residents of Sennar who had gathered to protest the "
                          "shooting of a driver at a checkpoint, witnesses said.") == "Protest with intervention"


def test_a_quadcopter_carrying_a_charge_into_a_prison_yard_is_a_drone_strike(pipeline):
    assert _sub(pipeline, "A small drone carrying an improvised explosive charge was flown into the exercise yard of a "
                          "prison near Thessaloniki and detonated, killing one inmate, police said.") == "Air/drone strike"


def test_gunmen_who_took_a_station_and_were_still_holding_it_took_it(pipeline):
    assert _sub(pipeline, "Gunmen seized the police station in a gorge village on Monday after a brief firefight in "
                          "which one officer died, and were still holding the building by evening, residents said.") == "Non-state actor overtakes territory"


def test_fighters_reported_to_still_be_holding_the_area_took_it(pipeline):
    assert _sub(pipeline, "On 3 March 2025, Maoist cadres attacked a police camp at Gome (Narayanpur, Chhattisgarh). "
                          "After a long exchange of fire in which one jawan died, the police withdrew; the Maoists "
                          "occupied the camp and were reported to still be holding it two days later.") == "Non-state actor overtakes territory"


def test_police_removing_activists_who_had_chained_themselves_intervene(pipeline):
    assert _sub(pipeline, "Police began removing activists who had chained themselves to the gates of a coal plant "
                          "near Cottbus on Monday, carrying them away one by one.") == "Protest with intervention"


def test_workers_detained_who_tried_to_gherao_an_office_were_stopped(pipeline):
    assert _sub(pipeline, "On 3 March 2025, police detained about 30 Congress workers who tried to gherao the "
                          "collectorate in Cuttack (Cuttack, Odisha) over price rises.") == "Protest with intervention"


def test_plainclothes_officers_who_beat_a_peaceful_sit_in_use_force_on_it(pipeline):
    e = _first(pipeline, "Plainclothes officers with batons beat participants in a peaceful sit-in outside the "
                         "parliament in Belgrade on Tuesday night, doctors said.")
    assert e.sub_event_type in {"Protest with intervention", "Excessive force against protesters"}


def test_students_marching_peacefully_fired_on_with_live_rounds_is_excessive_force(pipeline):
    assert _sub(pipeline, "On 2 May 2024, students marching peacefully over unpaid stipends in Sokode (Tchaoudjo, "
                          "Centrale) were fired upon with live ammunition by Police Forces of Togo (2005-). One student "
                          "was killed.") == "Excessive force against protesters"


def test_an_armys_graduation_of_recruits_is_no_event(pipeline):
    _none(pipeline, "The army held a graduation ceremony for a new batch of recruits at a training camp in Kassala on "
                    "Monday, with live-fire drills staged for visiting officers.")


def test_families_returning_since_the_army_retook_a_city_is_no_event(pipeline):
    _none(pipeline, "Tens of thousands of people have returned to Sinja since the army retook the town, the UN "
                    "migration agency said.")


def test_a_threat_to_send_troops_if_people_were_attacked_is_no_attack(pipeline):
    _none(pipeline, "The president said he would deploy the army along the line if Serbs there were 'attacked', but "
                    "hoped it would not be necessary.")


def test_a_bail_order_to_surrender_a_passport_is_no_surrender(pipeline):
    _none(pipeline, "On 4 March 2025, a court in Patna (Patna, Bihar) granted bail to a former minister in a fraud "
                    "case and directed him to surrender his passport.")


def test_armed_men_who_loot_cash_from_a_bank_in_a_robbery_series_are_crime(pipeline):
    _none(pipeline, "On 2 June 2024, three armed men looted Rs 12 lakh from a bank branch in Jalandhar (Jalandhar, "
                    "Punjab). Police linked the gang to earlier robberies in the district.")


def test_arrests_with_looted_pistols_are_arrests(pipeline):
    assert _sub(pipeline, "On 2 September 2024, army personnel arrested three men with four looted pistols during a "
                          "drive in Kashimpur (Gazipur).") == "Arrests"


def test_an_activist_of_a_movement_that_has_led_protests_bundled_into_a_van_is_abducted(pipeline):
    assert _sub(pipeline, "A student of the movement that has led protests in Novi Sad was bundled into a car by "
                          "masked men on Monday and held for five hours, friends said.") == "Abduction/forced disappearance"


def test_a_corner_meeting_and_walk_to_mobilise_is_a_protest(pipeline):
    assert _sub(pipeline, "On 9 January 2025, BYC activists held a corner meeting and walk in Tump (Kech, "
                          "Balochistan) to mobilise residents for a rally in Turbat. [size=dozens]") == "Peaceful protest"


# -- rounds seven and eight (both first run on ae00f0d) --------------------------------------------


def test_a_complaint_to_a_committee_against_torture_names_no_torture(pipeline):
    assert _sub(pipeline, "Masked men in uniform took a young poet from his parents' flat in Nalchik on Sunday night and "
                          "drove off in an unmarked van, his mother told the Committee Against Torture. His whereabouts "
                          "are unknown.") == "Abduction/forced disappearance"


def test_the_body_of_a_man_abducted_last_week_found_is_an_attack(pipeline):
    assert _sub(pipeline, "The body of a Derbent shopkeeper who was kidnapped by gunmen last week has been found in a "
                          "river near Kaspiysk, police said. He had been shot.") == "Attack"


def test_police_detaining_women_taking_part_in_a_march_intervene(pipeline):
    assert _sub(pipeline, "Police in Osh detained about 15 women taking part in an unsanctioned International Women's "
                          "Day march on Friday, citing a court ban on rallies.") == "Protest with intervention"


def test_fans_storming_an_arena_floor_take_nothing(pipeline):
    _none(pipeline, "Dagestani lightweight Islam Saidov stopped his opponent in the first round in Makhachkala on "
                    "Friday, and delighted fans stormed the arena to celebrate.")


def test_a_law_on_protest_zones_is_no_protest(pipeline):
    _none(pipeline, "Uzbekistan's senate passed a law on Tuesday allowing gatherings after notice to the mayor, "
                    "though critics said the designated protest zones lie far outside cities.")


def test_hamlets_retaken_by_the_army_after_fighting_are_regained(pipeline):
    assert _sub(pipeline, "The army said on Monday it had retaken three hamlets in Ixchiguan that an armed group had "
                          "held since May, after a day of fighting in which one soldier died.") == "Government regains territory"


def test_no_mention_of_an_exchange_of_fire_reports_none(pipeline):
    assert _sub(pipeline, "Relatives of a farmer in El Cua say soldiers shot him dead at his home on Monday; the army "
                          "called him a criminal who resisted arrest but made no mention of an exchange of fire.") == "Attack"


def test_police_who_occupied_the_offices_of_a_group_and_carried_away_computers_loot(pipeline):
    assert _sub(pipeline, "Police occupied the offices of a human rights group in Leon on Monday and carried away "
                          "computers, files and two vehicles.") == "Looting/property destruction"


def test_veterans_who_march_to_demand_pensions_protest(pipeline):
    assert _sub(pipeline, "Army veterans marched through Tegucigalpa on Monday to demand the payment of pensions "
                          "owed for months.") == "Peaceful protest"


def test_residents_who_burn_a_police_station_after_an_arrest_demonstrate_violently(pipeline):
    assert _sub(pipeline, "Villagers in Coatepeque set fire to the police station on Sunday after officers detained a "
                          "local leader, and burned a patrol car, authorities said.") == "Violent demonstration"


def test_militants_dislodged_from_a_camp_they_had_controlled_lose_it(pipeline):
    assert _sub(pipeline, "On 3 June 2022, the army said it had dislodged ESN militants from a camp near Orsu (Orsu, "
                          "Imo), which the group had held for months. 3 militants were killed.") == "Government regains territory"


def test_a_mob_killing_men_found_with_a_pistol_is_mob_violence(pipeline):
    assert _sub(pipeline, "On 4 April 2023, a mob beat to death two men suspected of being robbers in Nnewi (Nnewi North, "
                          "Anambra). Police said the men had been found with a locally made pistol. 2 fatalities.") == "Mob violence"


def test_a_sit_at_home_suspended_is_a_change(pipeline):
    assert _sub(pipeline, "On 2 July 2023, IPOB said the weekly sit-at-home order had been suspended and asked "
                          "residents of Onitsha (Onitsha North, Anambra) to reopen their shops.") == "Change to group/activity"


def test_militants_who_drive_police_out_and_held_the_community_took_it(pipeline):
    assert _sub(pipeline, "On 2 March 2022, gunmen attacked the police post in Amaifeke (Orlu, Imo) and, after a short "
                          "gunfight in which one officer died, drove the police out and held the community for days. "
                          "1 fatality.") == "Non-state actor overtakes territory"


def test_gunmen_who_storm_a_funeral_and_shoot_mourners_attack_them(pipeline):
    assert _sub(pipeline, "On 3 October 2022, unknown gunmen stormed a burial ceremony at Amaigbo (Nwangele, Imo) and "
                          "shot dead three mourners, reportedly for defying an IPOB order. 3 fatalities.") == "Attack"


def test_fighters_who_overtook_villages_took_them(pipeline):
    assert _sub(pipeline, "On 29 November 2024, HTS fighters overtook Anadan (Jebel Saman, Aleppo) from regime forces "
                          "after heavy fighting. 8 fatalities.") == "Non-state actor overtakes territory"


def test_a_guided_shell_fired_at_a_car_is_shelling(pipeline):
    assert _sub(pipeline, "On 2 May 2024, regime forces fired a Krasnopol guided shell at a motorbike near Sarmin "
                          "(Idleb, Idleb), killing one civilian. 1 fatality.") == "Shelling/artillery/missile attack"


def test_a_vigil_for_an_earthquake_anniversary_is_no_protest(pipeline):
    _none(pipeline, "On 6 February 2024, families in Harim (Harim, Idleb) held a candlelit vigil to mark the first "
                    "anniversary of the earthquake, reading the names of the dead.")
