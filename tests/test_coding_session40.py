"""Coding fixes found by the fortieth session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import no_event as _none

pytestmark = pytest.mark.slow


# -- rounds one and two (both first run on the session's starting code) ----------------------------


def test_a_count_of_buses_set_on_fire_before_a_cause_clause_counts_no_dead(pipeline):
    ev = _first(pipeline, "On 2 May 2025, residents of Vila Kennedy (Rio de Janeiro, Rio de Janeiro) blocked Avenida "
                          "Santa Cruz and set three buses on fire after a teenager was reportedly shot dead by police "
                          "the previous night. Police used tear gas to clear the road.")
    assert ev.sub_event_type == "Violent demonstration"
    assert ev.fatalities == 0


def test_a_patrol_that_came_under_fire_is_a_battle_and_a_minister_under_fire_no_event(pipeline):
    ev = _first(pipeline, "Two Burkinabe soldiers died and a number of assailants were neutralised when a military "
                          "patrol came under heavy fire near Djibo on Saturday, the army said.")
    assert ev.sub_event_type == "Armed clash"
    _none(pipeline, "The defence minister came under fire from opposition lawmakers on Monday over the cost of "
                    "new troop carriers.")


def test_a_drone_unit_that_dropped_several_small_bombs_strikes_from_the_air(pipeline):
    ev = _first(pipeline, "On 3 May 2024, a drone team of the KNDF: Karenni Nationalities Defense Force dropped "
                          "several small bombs on an army camp in Loikaw (Loikaw, Kayah). Two soldiers were "
                          "wounded, the group said.")
    assert ev.sub_event_type == "Air/drone strike"


def test_men_rounded_up_and_forced_to_carry_supplies_are_abducted(pipeline):
    ev = _first(pipeline, "On 9 June 2024, Military Forces of Myanmar (2021-) soldiers rounded up about 15 villagers "
                          "from Kyun Taw (Salin, Minbu, Magway) and forced them to carry supplies for the column. "
                          "Relatives have heard nothing from them since.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_a_base_set_up_in_a_town_the_group_had_taken_earlier_is_a_base(pipeline):
    ev = _first(pipeline, "On 11 May 2024, the TNLA: Ta'ang National Liberation Army opened a new district command "
                          "headquarters in Namhsan town (Namhsan, Shan-North), which it had captured months earlier, "
                          "and moved its staff there. No fatalities.")
    assert ev.sub_event_type == "Headquarters or base established"


def test_an_unknown_group_named_as_acled_names_an_army_is_no_state_army(pipeline):
    ev = _first(pipeline, "On 2 June 2025, the ZRA: Zomi Revolutionary Army said it had seized the last army "
                          "position in Tonzang town (Tonzang, Chin) after days of fighting and now held the town. "
                          "Fatalities unknown.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"
    assert ev.actor1 == "ZRA: Zomi Revolutionary Army"


def test_men_posing_as_police_who_picked_up_a_trader_and_demanded_money_abducted_him(pipeline):
    ev = _first(pipeline, "On 4 March 2023, three men claiming to be RAB members picked up a rice wholesaler near "
                          "the bus stand in Kaliakair (Gazipur) and demanded Tk 3 lakh from his brother. He was found "
                          "tied up in a shed two days later.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_fighting_between_a_faction_and_militants_that_kills_is_a_battle(pipeline):
    ev = _first(pipeline, "Heavy fighting erupted between members of a local faction and jihadist militants in the "
                    "Rashidieh camp near Tyre on Friday, killing two faction members, camp officials said.")
    assert ev.sub_event_type == "Armed clash"


def test_a_blast_from_a_controlled_demolition_is_no_event(pipeline):
    _none(pipeline, "A heavy blast that shook central Mosul on Thursday was part of a controlled demolition of a "
                    "war-damaged hotel, the municipality said.")


def test_a_group_that_took_full_control_of_a_village_after_fighting_overtook_it(pipeline):
    ev = _first(pipeline, "On 8 February 2025, Clan del Golfo fighters took full control of the hamlet of La "
                          "Esperanza (Remedios, Antioquia) after driving out ELN: National Liberation Army units, "
                          "residents said. Three ELN fighters were killed. 3 fatalities.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_cartel_members_who_burned_vehicles_to_block_roads_destroy_property(pipeline):
    ev = _first(pipeline, "On 12 December 2024, suspected members of the Jalisco Cartel set fire to at least six trucks "
                          "at several points of Zapopan (Zapopan, Jalisco) to block roads after an army raid nearby. "
                          "No injuries were reported.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_an_occupied_office_to_demand_land_is_a_protest_the_police_ended(pipeline):
    ev = _first(pipeline, "On 3 April 2025, members of the Homeless Workers' Movement (MTST) occupied the "
                          "headquarters of the housing agency in Campinas (Campinas, Sao Paulo) to demand new housing "
                          "units. Federal police removed them the following day and detained three people.")
    assert ev.sub_event_type == "Protest with intervention"


def test_a_police_post_given_up_and_taken_by_a_gang_without_resistance_changes_hands(pipeline):
    ev = _first(pipeline, "On 9 May 2025, Police Forces of Haiti (2024-) evacuated their station in Mirebalais "
                          "(Mirebalais, Centre), saying no reinforcements had come. Canaan gang members occupied the "
                          "building that evening without resistance.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_protesters_arrested_after_they_tried_to_march_met_intervention(pipeline):
    ev = _first(pipeline, "On 14 May 2024, lady health workers staged a protest outside the Quetta Press Club "
                    "(Quetta, Balochistan) over unpaid stipends. Police arrested several health workers after they "
                    "attempted to head towards the Governor House. [size=around 100]")
    assert ev.sub_event_type == "Protest with intervention"


def test_commanders_who_agreed_at_a_flag_meeting_to_halt_work_reached_an_agreement(pipeline):
    ev = _first(pipeline, "On 3 February 2025, after a flag meeting at Tetulia (Panchagarh), BGB and BSF sector "
                          "commanders agreed to halt construction on the zero line pending further talks.")
    assert ev.sub_event_type == "Agreement"


def test_workers_stopped_from_blocking_a_highway_met_intervention(pipeline):
    ev = _first(pipeline, "On 21 August 2022, police stopped garment workers from blocking the Dhaka-Mymensingh "
                          "highway at Bhaluka (Mymensingh) as they protested over unpaid wages. [size=around 500]")
    assert ev.sub_event_type == "Protest with intervention"


def test_troops_who_forcibly_reopened_a_road_protesters_blocked_intervened(pipeline):
    ev = _first(pipeline, "Iraqi police forcibly cleared the main road at Nasiriyah on Monday after dozens of "
                          "graduates had blocked it with parked lorries, pushing protesters aside and detaining three.")
    assert ev.sub_event_type == "Protest with intervention"


def test_a_colleague_shot_and_wounded_before_a_riot_is_its_cause(pipeline):
    ev = _first(pipeline, "Youths in Kumba torched a gendarmerie post on Friday after a trader was shot and wounded by "
                          "a gendarme at a checkpoint.")
    assert ev.sub_event_type == "Violent demonstration"


def test_an_anti_personnel_mine_names_no_forces_raiding(pipeline):
    ev = _first(pipeline, "On 9 March 2025, a patrol of the Military Forces of Colombia (2022-) triggered an "
                          "anti-personnel mine on a clearance operation near El Tarra (El Tarra, Norte de Santander); "
                          "one soldier was killed. The army blamed FARC dissidents. 1 fatality.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


# -- rounds three and four (both first run on the round-two code) ----------------------------------


def test_a_group_that_formed_a_new_battalion_changes(pipeline):
    ev = _first(pipeline, "On 2 March 2024, the Siberian Battalion said it had formed a new assault company made up "
                          "of volunteers from Russia's regions to fight alongside Ukrainian forces.")
    assert ev.sub_event_type == "Change to group/activity"


def test_fighters_defecting_to_another_force_change(pipeline):
    ev = _first(pipeline, "A commander of a Darfur armed movement said on Friday that he and about 200 of his "
                          "fighters were defecting to the Sudanese army.")
    assert ev.sub_event_type == "Change to group/activity"


def test_machinery_removed_and_loaded_onto_trucks_is_looting(pipeline):
    ev = _first(pipeline, "On 4 October 2022, Russian forces took tractors and seed grain from a cooperative in "
                          "occupied Melitopol (Melitopolskyi, Zaporizhzhia), loading them onto lorries headed south, "
                          "farmers said.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_pamphlets_signed_by_a_group_that_order_a_curfew_are_other(pipeline):
    ev = _first(pipeline, "Pamphlets signed by the ELN: National Liberation Army and left in shops in Puerto Asis, Putumayo, "
                          "banned public gatherings after dark and told residents to stay home.")
    assert ev.sub_event_type == "Other"


def test_cylinders_packed_with_explosives_launched_at_a_post_are_shelling(pipeline):
    ev = _first(pipeline, "FARC dissidents fired gas cylinders stuffed with explosives at a police post in Suarez, "
                          "Cauca, on Sunday, damaging the building, police said.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


def test_a_border_crossing_reopened_to_trade_is_no_agreement_of_a_conflict(pipeline):
    _none(pipeline, "Kenya and Ethiopia agreed to reopen the Moyale crossing for traders on Friday after a "
                    "six-month closure, officials said.")


def test_students_who_threw_molotovs_at_carabineros_riot(pipeline):
    ev = _first(pipeline, "Masked students hurled Molotov cocktails at Carabineros outside a high school in Nunoa, "
                          "Santiago, on Thursday, police said.")
    assert ev.sub_event_type == "Violent demonstration"


def test_a_town_struck_with_a_swarm_of_drones_is_an_air_strike(pipeline):
    ev = _first(pipeline, "On 2 May 2025, Russian forces hit Kharkiv (Kharkivskyi, Kharkiv) with a swarm of Geran "
                          "drones overnight, damaging houses. Two people were killed.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_roadblock_set_up_by_supporters_that_police_cleared_met_intervention(pipeline):
    ev = _first(pipeline, "Peruvian police removed a roadblock set up by supporters of a jailed governor on the "
                    "Panamericana Sur near Ica on Monday, detaining nine people, the interior ministry said.")
    assert ev.sub_event_type == "Protest with intervention"


def test_a_base_that_holds_kidnapping_victims_is_a_base(pipeline):
    ev = _first(pipeline, "Gunmen of the 400 Mawozo gang have set up a base in a disused clinic in Ganthier, "
                          "residents said, using it to keep weapons and hold kidnapping victims.")
    assert ev.sub_event_type == "Headquarters or base established"


# -- rounds five and six (both first run on the round-four code) -----------------------------------


def test_fighters_who_accepted_an_amnesty_offer_change(pipeline):
    ev = _first(pipeline, "On 12 March 2025, an OLA: Oromo Liberation Army commander and about 150 of his fighters "
                          "accepted the government's amnesty offer and reported to a camp in Nekemte (Nekemte, East "
                          "Wellega, Oromia).")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_brigade_expanded_into_a_corps_changes(pipeline):
    ev = _first(pipeline, "On 4 May 2024, the 3rd Assault Brigade said it was being expanded into a corps and would "
                          "absorb two other brigades.")
    assert ev.sub_event_type == "Change to group/activity"


def test_marchers_pushed_back_on_their_way_met_intervention(pipeline):
    ev = _first(pipeline, "Police blocked and pushed back some 300 nurses marching towards the presidential palace in "
                          "Manila on Friday to demand higher pay.")
    assert ev.sub_event_type == "Protest with intervention"


def test_a_helicopter_that_opened_fire_on_a_ferry_struck_from_the_air(pipeline):
    ev = _first(pipeline, "An army helicopter opened fire on a ferry on the Kaladan River near Paletwa on Sunday, "
                          "killing three passengers, witnesses said.")
    assert ev.sub_event_type == "Air/drone strike"


def test_drones_that_set_fire_to_a_depot_struck_from_the_air(pipeline):
    ev = _first(pipeline, "Ukrainian drones set fire to a fuel depot in Russia's Kursk region overnight, the governor "
                          "said.")
    assert ev.sub_event_type == "Air/drone strike"


def test_an_attack_drone_that_killed_militants_struck_from_the_air(pipeline):
    ev = _first(pipeline, "A Turkish attack drone killed three PKK militants in northern Iraq's Metina region, "
                          "security sources said on Friday.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_killing_with_no_indication_of_a_political_motive_is_no_event(pipeline):
    _none(pipeline, "A 31-year-old man was shot dead outside a bar in Marseille after a quarrel, police said, adding "
                    "there was no indication of a political motive.")


def test_a_killing_with_no_political_dimension_is_no_event(pipeline):
    _none(pipeline, "On 2 May 2024, a man stabbed his cousin to death in a row over land in Al Rifai (Al Rifai, "
                    "Thi-Qar). Police said the killing had no political dimension.")


def test_one_man_who_threw_molotovs_at_an_office_destroyed_property(pipeline):
    ev = _first(pipeline, "A man threw Molotov cocktails at an army recruitment office in Kazan late on Friday, setting "
                          "its door on fire. Nobody was injured and police detained the man.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_a_documentary_about_a_crackdown_is_no_protest(pipeline):
    _none(pipeline, "A documentary about the 2014 army crackdown on Red Shirt protesters in Bangkok premiered to a "
                    "packed cinema on Friday at a festival in Chiang Mai.")


# -- rounds seven and eight (both first run on the round-six code) ---------------------------------


def test_a_quadcopter_used_to_drop_mortar_shells_strikes_from_the_air(pipeline):
    ev = _first(pipeline, "On 3 May 2025, militants used a quadcopter to drop three mortar bombs on a police post in "
                          "Lakki Marwat (Lakki Marwat, Khyber Pakhtunkhwa). One constable was wounded.")
    assert ev.sub_event_type == "Air/drone strike"


def test_workers_detained_marching_towards_parliament_met_intervention(pipeline):
    ev = _first(pipeline, "On 4 March 2025, Police Forces of India (2014-) detained about 40 farmers' union members "
                          "marching towards the state secretariat in Chandigarh (Chandigarh, Chandigarh) over crop prices.")
    assert ev.sub_event_type == "Protest with intervention"


def test_a_country_that_has_carried_out_no_execution_reports_none(pipeline):
    _none(pipeline, "A military tribunal in Uvira handed death sentences to five soldiers on Tuesday for abandoning "
                    "their posts. The DRC has not carried out an execution since 2003.")


def test_the_bomber_who_died_with_two_soldiers_is_counted(pipeline):
    ev = _first(pipeline, "An attacker drove an explosives-laden truck into the gate of a gendarmerie post near Tillia on "
                          "Monday. The ministry said the bomber and two gendarmes died and six others were wounded.")
    assert ev.sub_event_type == "Suicide bomb"
    assert ev.fatalities == 3


def test_armed_men_who_took_away_passengers_abducted_them(pipeline):
    ev = _first(pipeline, "On 3 January 2025, armed men stopped a minibus near San Fernando (San Fernando, Tamaulipas) "
                          "and took away 6 migrants from Guatemala, according to other passengers. Fatalities unknown.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_gunmen_who_burned_houses_destroyed_property(pipeline):
    ev = _first(pipeline, "On 14 July 2024, members of Los Tlacos burned at least ten houses and a truck in the "
                          "community of Xochitempa (Chilapa de Alvarez, Guerrero), which residents had fled. No "
                          "casualties reported.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_gang_members_who_escaped_from_prison_are_other(pipeline):
    ev = _first(pipeline, "On 2 March 2025, twelve inmates said to be Barrio 18 members escaped from the Izalco prison "
                          "(Izalco, Sonsonate) through a sewer. Guards raised the alarm at dawn.")
    assert ev.sub_event_type == "Other"


def test_a_law_passed_despite_protests_from_rights_groups_is_no_protest(pipeline):
    _none(pipeline, "Pakistan's senate approved the cybercrime amendment on Thursday despite protests from "
                    "journalists' unions, who say it will curb free speech.")


def test_a_bomb_fitted_to_a_motorbike_that_went_off_is_an_ied(pipeline):
    ev = _first(pipeline, "A bomb fitted to a parked bicycle went off as a Police Forces of Pakistan (2024-) patrol passed "
                          "through Wana bazaar (South Waziristan, Khyber Pakhtunkhwa) on 2 July 2024. Three policemen "
                          "were wounded. No deaths were reported.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_shells_that_released_choking_gas_are_a_chemical_weapon(pipeline):
    ev = _first(pipeline, "On 3 June 2025, residents of the Bagh area (Tirah, Khyber, Khyber Pakhtunkhwa) reported that "
                          "mortar rounds fired by Military Forces of Pakistan (2024-) released a greenish gas, causing "
                          "vomiting and breathing difficulties among 15 villagers. The military denied using any "
                          "chemical agent.")
    assert ev.sub_event_type == "Chemical weapon"


# -- rounds nine and ten (both first run on the round-eight code) ----------------------------------


def test_farc_dissidents_named_in_venezuela_are_the_group(pipeline):
    ev = _first(pipeline, "On 3 March 2025, FARC-EP dissidents left pamphlets in Guasdualito (Paez, Apure) announcing a "
                          "night curfew and threatening anyone found on the streets after 10pm.")
    assert ev.sub_event_type == "Other"
    assert ev.actor1 == "FARC Dissidents"


def test_a_faction_breaking_with_its_leadership_changes(pipeline):
    ev = _first(pipeline, "On 2 June 2024, a cell of Los Choneros in Manta (Manta, Manabi) said in a video that it was "
                          "breaking with the group's leadership and would act on its own.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_group_that_replaced_its_leader_changes(pipeline):
    ev = _first(pipeline, "The Zaire militia in Djugu said on Friday that it had replaced its leader after months of "
                          "infighting.")
    assert ev.sub_event_type == "Change to group/activity"


def test_an_armed_group_that_burned_trucks_destroyed_property(pipeline):
    ev = _first(pipeline, "On 9 March 2025, an armed group burned five trucks and a bulldozer belonging to a logging "
                          "company near Ercilla (Ercilla, Araucania). No injuries.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_gas_that_spread_after_a_bomb_fell_and_made_people_vomit_is_chemical(pipeline):
    ev = _first(pipeline, "Villagers near Tawila in North Darfur said a white gas spread after a bomb fell on their "
                          "market on Friday, leaving many people vomiting and unable to breathe.")
    assert ev.sub_event_type == "Chemical weapon"


def test_arrests_over_incitement_at_a_past_rally_are_arrests(pipeline):
    ev = _first(pipeline, "On 2 May 2024, Police Forces of Kenya (2022-) arrested two opposition county officials in "
                          "Kisumu (Kisumu Central, Kisumu) over alleged incitement during a rally the week before.")
    assert ev.sub_event_type == "Arrests"


# -- rounds eleven and twelve (both first run on the round-ten code) -------------------------------


def test_a_bus_that_overturned_is_no_event(pipeline):
    _none(pipeline, "On 3 June 2024, a bus carrying pilgrims and their luggage overturned on the Mongo-Abeche road "
                    "near Oum Hadjer (Batha). The gendarmerie reported 9 dead and 30 injured, blaming excessive speed.")


def test_progress_toward_a_ceasefire_is_no_agreement(pipeline):
    _none(pipeline, "Mediators in Doha reported progress toward a ceasefire in Gaza on Friday, but said the release "
                    "of hostages and the exchange of prisoners remained unresolved.")


def test_a_named_blast_investigation_is_no_bombing(pipeline):
    _none(pipeline, "The prosecutor leading the Beirut port blast investigation summoned two former ministers for "
                    "questioning on Wednesday.")


def test_cadres_of_an_acronym_named_group_held_with_extortion_notes_are_arrested(pipeline):
    ev = _first(pipeline, "On 2 June 2024, Police Forces of India (2014-) Manipur Police arrested three active cadres "
                          "of KYKL: Kanglei Yawol Kanna Lup in Thoubal (Thoubal, Manipur), seizing a pistol and "
                          "extortion letters.")
    assert ev.sub_event_type == "Arrests"


def test_a_rally_protesting_killings_in_police_action_met_no_force(pipeline):
    ev = _first(pipeline, "On 4 November 2022, BNP held a rally in Meherpur town (Meherpur) protesting the deaths of "
                          "two party activists in recent police action. [size=around 1500]")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_padayatra_that_police_blocked_met_intervention(pipeline):
    ev = _first(pipeline, "On 12 August 2023, police blocked a BNP padayatra in Sherpur town (Sherpur), citing a lack "
                          "of permission. When activists tried to push through, police charged with batons and "
                          "detained seven. [size=around 500]")
    assert ev.sub_event_type == "Protest with intervention"


def test_police_who_arrested_people_while_clearing_a_crowd_intervened(pipeline):
    ev = _first(pipeline, "Police in Seattle arrested nine people on Sunday while clearing a crowd of about 150 "
                          "protesting outside a federal building, saying they had blocked an entrance.")
    assert ev.sub_event_type == "Protest with intervention"


def test_a_group_that_declared_a_halt_to_offensive_operations_changes(pipeline):
    ev = _first(pipeline, "The ELN: National Liberation Army declared a unilateral 15-day halt to offensive operations "
                          "in Arauca on Sunday ahead of talks with the government.")
    assert ev.sub_event_type == "Change to group/activity"


def test_winning_the_battle_in_a_speech_is_no_battle(pipeline):
    _none(pipeline, "Chile's electoral service confirmed the runoff result on Tuesday; the winner told supporters "
                    "they had 'won the battle' but that the fight against crime was just beginning.")


def test_a_road_rage_shooting_is_no_event(pipeline):
    _none(pipeline, "A man was shot dead in a road-rage incident on a Dallas highway on Friday after a dispute over a "
                    "lane change, police said.")


def test_a_mock_hostage_rescue_is_a_drill(pipeline):
    _none(pipeline, "Police commandos staged a mock hostage rescue at Nairobi's main bus terminal on Wednesday, "
                    "firing blanks as part of a training programme with foreign instructors.")


# -- rounds thirteen and fourteen (both first run on the round-twelve code, before it landed) ------


def test_a_memorandum_on_a_development_project_is_no_agreement(pipeline):
    _none(pipeline, "On 3 May 2024, the prime ministers of Iraq and Jordan met in Amman. The two governments signed "
                    "a memorandum of understanding on an oil pipeline project and electricity trade.")


def test_police_who_beat_back_a_crowd_of_protesters_intervened(pipeline):
    ev = _first(pipeline, "Police in Hawassa beat back a crowd of traders protesting outside the city hall over new "
                          "market fees, using batons and injuring several of them, witnesses said.")
    assert ev.sub_event_type == "Protest with intervention"


def test_a_law_giving_police_powers_to_detain_is_no_arrest(pipeline):
    _none(pipeline, "Uganda's parliament on Tuesday approved a law giving the army powers to arrest and detain "
                    "civilians, despite fierce protests from opposition MPs.")


def test_a_faction_that_elected_a_new_chairman_changes(pipeline):
    ev = _first(pipeline, "A faction of the Oromo Liberation Front announced on Friday that it had elected a new "
                          "chairman and would resume armed struggle.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_tally_of_surrenders_since_a_year_is_no_event(pipeline):
    _none(pipeline, "On 2 February 2024, the army spokesman told reporters in Maiduguri (Maiduguri, Borno) that "
                    "more than 90,000 Boko Haram fighters and their families had surrendered since 2021.")


def test_youths_angered_by_a_killing_who_burned_a_patrol_car_riot(pipeline):
    ev = _first(pipeline, "On 5 March 2024, youths in Kaduna (Kaduna North, Kaduna) angered by the killing of a "
                          "trader by a policeman set up burning barricades, stoned a checkpoint and set a patrol car "
                          "on fire. No deaths were reported.")
    assert ev.sub_event_type == "Violent demonstration"


def test_a_tanker_that_lost_its_brakes_and_exploded_is_an_accident(pipeline):
    _none(pipeline, "On 2 April 2024, a fuel tanker lost its brakes and exploded near a market in Gombe (Gombe, "
                    "Gombe), setting several shops alight. The fire service said 5 people died.")


def test_missiles_a_country_will_send_are_no_strike(pipeline):
    _none(pipeline, "France will send three more air-defence systems and 200 additional missiles to Ukraine, the "
                    "armed forces ministry announced on Friday.")


def test_a_ruling_on_people_detained_years_ago_is_no_arrest(pipeline):
    _none(pipeline, "The European Court of Human Rights ruled on Thursday that Azerbaijan violated the rights of two "
                    "Armenian shepherds detained near the border in 2020 and ordered it to pay compensation.")


def test_a_battalion_pulling_its_fighters_out_of_a_front_changes(pipeline):
    ev = _first(pipeline, "The Dzhokhar Dudayev battalion said on Telegram that it was pulling its fighters out of the "
                          "Bakhmut front and moving them to the Kupiansk direction.")
    assert ev.sub_event_type == "Change to group/activity"


def test_explosive_charges_that_damaged_villas_are_an_ied(pipeline):
    ev = _first(pipeline, "Explosive charges damaged two empty holiday homes near Calvi in northern Corsica overnight, "
                          "prosecutors said. The letters FLNC had been painted on a wall nearby.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


# -- rounds fifteen and sixteen (both first run on the round-fourteen code) -------------------------


def test_workers_who_went_on_strike_demanding_pay_protest(pipeline):
    ev = _first(pipeline, "On 4 March 2024, about 1,500 workers at the Kafr el-Dawwar textile mill (Kafr el-Dawwar, "
                          "Beheira) went on strike, demanding the new minimum wage.")
    assert ev.sub_event_type == "Peaceful protest"


def test_the_torch_of_an_anniversary_is_no_arson(pipeline):
    _none(pipeline, "On 26 September 2024, officials in Taiz (Al Qahirah, Taiz) lit the torch of the revolution "
                    "anniversary at a ceremony attended by the governor.")


def test_a_suspect_who_handed_himself_over_to_police_is_no_group_change(pipeline):
    evs = pipeline.extract("On 5 March 2024, a man shot dead his cousin in a dispute over an inheritance of olive groves "
                           "in Gharyan (Gharyan, Al Jabal al Gharbi). The suspect handed himself over to police.").events
    assert all(e.sub_event_type != "Change to group/activity" for e in evs)


def test_forces_that_blew_up_a_house_destroyed_property(pipeline):
    ev = _first(pipeline, "On 3 June 2023, Houthi forces blew up the house of a tribal elder in Dhi Naim (Dhi Na'im, Al "
                          "Bayda), accusing him of siding with the government. No casualties reported.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_men_who_picked_up_a_trader_released_for_a_ransom_abducted_him(pipeline):
    ev = _first(pipeline, "On 5 January 2025, unknown men picked up a jute trader near his warehouse in Naogaon town "
                          "(Naogaon) in a private car. He was freed two days later after his family paid a ransom.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_a_nationwide_monthly_tally_is_no_event(pipeline):
    _none(pipeline, "The Nigerian army said on Friday its troops had 'neutralised' 95 terrorists and arrested 120 "
                    "suspects across the country in the past month.")


def test_explosive_cylinders_launched_at_a_station_are_shelling(pipeline):
    ev = _first(pipeline, "On 2 June 2024, FARC dissidents launched improvised explosive cylinders at the police "
                          "station of Morales (Morales, Cauca), damaging several houses. 1 fatality.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


def test_troops_who_located_and_destroyed_a_minefield_disrupted_it(pipeline):
    ev = _first(pipeline, "On 3 April 2024, Military Forces of Colombia (2022-) located and destroyed a minefield of "
                          "eight explosive devices near Teorama (Teorama, Norte de Santander).")
    assert ev.sub_event_type == "Disrupted weapons use"


def test_a_court_ruling_on_a_ban_on_demonstrations_is_no_protest(pipeline):
    _none(pipeline, "Uganda's Constitutional Court ruled on Monday that a police ban on demonstrations in Kampala "
                    "was unlawful.")


def test_tanks_that_fired_at_posts_shelled_them(pipeline):
    ev = _first(pipeline, "Israeli tanks fired at Hamas lookout posts east of Khan Younis on Monday in response to "
                          "incendiary balloons, the army said. There were no reports of injuries.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


def test_students_who_vandalised_vehicles_demanding_a_verdict_be_cancelled_riot(pipeline):
    ev = _first(pipeline, "On 2 December 2024, students of Khulna Polytechnic Institute blocked the Khulna-Jashore "
                          "highway in Khulna city (Khulna) and vandalised three buses, demanding cancellation of a "
                          "court verdict on their posts. [size=no report]")
    assert ev.sub_event_type == "Violent demonstration"
