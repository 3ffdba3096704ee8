"""Coding fixes found by the forty-sixth session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import no_event as _none

pytestmark = pytest.mark.slow


# -- rounds one and two (both first run on the session's starting code) ----------------------------


def test_a_rally_beside_markets_kept_shut_is_a_protest(pipeline):
    e = _first(pipeline, "Traders in Kharan kept their markets shut and held a rally on Monday against extortion calls "
                         "and a spate of attacks on shopkeepers.")
    assert e.sub_event_type == "Peaceful protest"


def test_a_vigil_stepped_up_by_troops_is_no_protest(pipeline):
    _none(pipeline, "A banned separatist outfit posted a video on Tuesday threatening to disrupt Independence Day events "
                    "in Jammu, prompting troops to intensify vigil along the highway, officials said.")


def test_protests_of_a_finished_span_of_years_are_no_protest(pipeline):
    _none(pipeline, "The state cabinet on Monday approved jobs for relatives of the workers who were killed in the "
                    "2011-12 mill protests in Kanpur.")


def test_a_strike_called_against_an_offensive_tells_no_battle(pipeline):
    _none(pipeline, "In a statement on Saturday, the rebels called for a general strike on Monday against the ongoing "
                    "military offensive in the hills and warned informers of punishment.")


def test_radars_installed_at_posts_during_a_drill_are_no_base(pipeline):
    _none(pipeline, "Coast guards held a drill off Okha on Thursday, simulating an infiltration by boat and testing new "
                    "radars installed at coastal posts.")


def test_a_people_of_manipur_named_like_a_japanese_town_is_no_place(pipeline):
    e = _first(pipeline, "Gunmen of a Kuki armed group fired on Meitei farmers near Phubala on Sunday, police said.")
    assert e.country != "Japan"
    assert "Japan" not in (e.actor1 or "") + (e.actor2 or "")


def test_villages_taken_over_after_fighting_and_fortified_are_taken(pipeline):
    e = _first(pipeline, "Fighters of an armed group took over a string of deserted villages near Moreh on Sunday after "
                         "clashes with village volunteers and have since dug trenches there.")
    assert e.sub_event_type == "Non-state actor overtakes territory"


def test_a_group_fighting_police_and_smashing_a_cinema_front_riots(pipeline):
    e = _first(pipeline, "Members of a Sikh organisation clashed with police outside a Ludhiana cinema on Friday, smashing "
                         "its glass facade and injuring three policemen.")
    assert e.sub_event_type == "Violent demonstration"


def test_party_men_storming_a_home_and_beating_its_owner_attack(pipeline):
    e = _first(pipeline, "On 3 February 2024, BNP supporters allegedly stormed the house of a local AL leader in Sonagazi "
                         "(Feni), beat him with iron rods and vandalised the furniture.")
    assert e.sub_event_type == "Attack"


def test_a_group_naming_someone_its_new_leader_changes(pipeline):
    e = _first(pipeline, "Islamic State's Sahel branch named Abu Omar al-Sahrawi as its new leader in a statement released "
                         "on Monday, weeks after his predecessor was killed.")
    assert e.sub_event_type == "Change to group/activity"


def test_a_faction_quitting_a_coalition_changes(pipeline):
    e = _first(pipeline, "A faction of the FPRC said on Tuesday it had quit the rebel coalition and would return to the "
                         "peace deal.")
    assert e.sub_event_type == "Change to group/activity"


def test_land_handed_over_to_a_border_service_is_a_transfer(pipeline):
    e = _first(pipeline, "On 2 July 2024, Kyrgyz border guards handed over stretches of land near Kara-Bulak (Batken) to "
                         "the Tajik border service as part of the demarcation process.")
    assert e.sub_event_type == "Non-violent transfer of territory"


def test_detentions_by_a_de_facto_authority_are_arrests(pipeline):
    e = _first(pipeline, "Taliban authorities have detained at least nine Afghan employees of aid groups in Kabul and Herat "
                         "in recent weeks, the UN mission said.")
    assert e.sub_event_type == "Arrests"


def test_suspects_arrested_over_recent_killings_are_arrests(pipeline):
    e = _first(pipeline, "On 9 June 2024, police arrested 11 suspects in Bokkos (Plateau) in connection with the recent "
                         "killings in the area.")
    assert e.sub_event_type == "Arrests"


def test_a_projectile_launched_across_the_border_is_shelling(pipeline):
    e = _first(pipeline, "A woman was killed in a border village in Israel's north when a projectile launched from Lebanon "
                         "struck her home, medics said.")
    assert e.sub_event_type == "Shelling/artillery/missile attack"


def test_missiles_counted_since_the_war_began_are_no_strike(pipeline):
    _none(pipeline, "A coalition spokesman said the rebels had fired more than 400 ballistic missiles and 850 drones at the "
                    "kingdom since the war began.")


def test_party_men_beating_marchers_with_sticks_attack(pipeline):
    e = _first(pipeline, "On 22 August 2022, AL activists attacked a BNP procession in Motihar (Rajshahi), beating six BNP "
                         "activists with sticks and iron rods. BNP said the procession was peaceful.")
    assert e.sub_event_type == "Attack"


# -- rounds three and four (both first run on 1fe1e95) ---------------------------------------------


def test_the_police_of_a_town_who_report_a_killing_are_no_side(pipeline):
    e = _first(pipeline, "Unidentified men stabbed to death a former rebel who had become a local organiser for a Tamil "
                         "party, police in Mullaitivu said on Tuesday.")
    assert e.sub_event_type == "Attack"


def test_a_claymore_ripping_through_a_jeep_is_a_remote_explosive(pipeline):
    e = _first(pipeline, "A claymore ripped through a police jeep near Trincomalee on Monday, killing three officers, the "
                         "military said.")
    assert e.sub_event_type == "Remote explosive/landmine/IED"


def test_a_party_named_morcha_merging_is_no_march(pipeline):
    e = _first(pipeline, "Two factions of the Gorkha Janmukti Morcha said on Monday that they had merged and named a new "
                         "joint leader.")
    assert e.sub_event_type == "Change to group/activity"


def test_a_central_bank_fighting_a_losing_battle_is_no_battle(pipeline):
    _none(pipeline, "Pakistan's central bank fought a losing battle to prop up the rupee on Monday as reserves fell to a "
                    "record low.")


def test_parties_trading_attacks_in_a_race_for_mayor_is_no_event(pipeline):
    _none(pipeline, "The two main parties traded fierce attacks on Monday as the battle for Lahore's mayoralty entered its "
                    "last week.")


def test_ambush_drills_in_a_named_joint_exercise_are_no_battle(pipeline):
    _none(pipeline, "Troops from India and Nepal practised ambush drills and hostage rescue near Pithoragarh this week as "
                    "part of the annual Surya Kiran joint military exercise.")


def test_a_tiger_that_drags_and_kills_a_farmer_is_no_attack(pipeline):
    _none(pipeline, "A tiger dragged a farmer from his field in Chitwan on Monday and killed him, forest officials said.")


def test_blasts_that_were_special_effects_for_a_film_are_no_event(pipeline):
    _none(pipeline, "Villagers in Batticaloa were alarmed on Sunday by blasts and gunfire that turned out to be special "
                    "effects for a film being shot at the lagoon.")


def test_rusted_mortar_bombs_from_a_past_war_are_no_event(pipeline):
    _none(pipeline, "Police in Mannar recovered 12 rusted mortar bombs from a disused well on Sunday, saying they were "
                    "believed to date from the war.")


def test_police_stopping_a_procession_from_setting_out_intervene(pipeline):
    e = _first(pipeline, "On 12 March 2023, police stopped Jamaat activists from taking out a procession in Jamalpur town "
                         "(Jamalpur) against price hikes. The activists then held a brief rally at the party office.")
    assert e.sub_event_type == "Protest with intervention"


def test_police_prising_campaigners_off_a_road_intervene(pipeline):
    e = _first(pipeline, "Police in Vienna prised eight climate campaigners off the Ringstrasse on Monday after they glued "
                         "themselves to the asphalt, and took them into custody.")
    assert e.sub_event_type == "Protest with intervention"


def test_people_held_for_organising_past_blockades_are_arrests(pipeline):
    e = _first(pipeline, "On 9 February 2025, police in Beira (Sofala) detained eight people accused of organising road "
                         "blockades during the post-election protests.")
    assert e.sub_event_type == "Arrests"


def test_a_rally_denouncing_the_previous_days_baton_charge_is_peaceful(pipeline):
    e = _first(pipeline, "On 2 August 2021, lawyers held a rally in front of the Turbat Press Club denouncing the previous "
                         "day's baton charge on protesters in Gwadar.")
    assert e.sub_event_type == "Peaceful protest"


def test_a_report_on_tear_gas_at_last_years_protests_is_no_event(pipeline):
    _none(pipeline, "Human Rights Watch accused Kenyan police of excessive use of tear gas and live rounds during last "
                    "year's tax protests in a report released on Monday.")


def test_a_bill_doubling_penalties_for_attacks_in_riots_is_no_riot(pipeline):
    _none(pipeline, "The Senate passed a bill on Wednesday that would double the penalty for attacking police officers "
                    "during riots.")


def test_fighters_who_occupy_a_village_and_stay_take_it(pipeline):
    e = _first(pipeline, "On 3 March 2025, ISM fighters attacked a militia post at Nangade (Cabo Delgado) and occupied the "
                         "village, where they stayed for two days. 3 militiamen were killed.")
    assert e.sub_event_type == "Non-state actor overtakes territory"


def test_a_crowd_fighting_the_garda_and_burning_a_car_riots(pipeline):
    e = _first(pipeline, "Hundreds of people clashed with gardaí in Dundalk on Saturday night, hurling bottles and setting "
                         "a patrol car on fire.")
    assert e.sub_event_type == "Violent demonstration"


def test_horn_blasts_for_strikers_are_no_explosion(pipeline):
    e = _first(pipeline, "Striking rail workers picketed outside Leeds station on Tuesday, waving banners as passing "
                         "drivers sounded long horn blasts in support.")
    assert e.sub_event_type == "Peaceful protest"


def test_a_group_standing_down_its_members_changes(pipeline):
    e = _first(pipeline, "A small dissident republican group said on Monday it was standing down its members and would "
                         "pursue its aims through peaceful means, ending a campaign police have linked to several pipe "
                         "bomb attacks.")
    assert e.sub_event_type == "Change to group/activity"


# -- rounds five and six (both first run on 7b79c2f) -----------------------------------------------


def test_villagers_beating_one_herder_to_death_are_a_mob(pipeline):
    e = _first(pipeline, "Villagers in Niger's Tillaberi region beat to death a herder they accused of letting his goats "
                         "eat their millet on Friday, officials said.")
    assert e.sub_event_type == "Mob violence"


def test_artillery_units_that_pound_positions_shell(pipeline):
    e = _first(pipeline, "Army artillery units pounded suspected ISWAP positions near Marte on Thursday, a military source "
                         "said.")
    assert e.sub_event_type == "Shelling/artillery/missile attack"


def test_troops_retaking_a_community_regain_it(pipeline):
    e = _first(pipeline, "Ecuadorian troops retook the community of Bellavista on Tuesday after a two-day offensive against "
                         "a gang that had controlled the area since March.")
    assert e.sub_event_type == "Government regains territory"


def test_a_note_of_protest_is_no_protest(pipeline):
    _none(pipeline, "On 4 April 2023, the Uzbek foreign ministry sent a note of protest to Kyrgyzstan over road "
                    "construction in a disputed border section near Sokh.")


def test_a_video_dismissed_as_fake_tells_no_attack(pipeline):
    _none(pipeline, "Police in Borno dismissed as fake a video shared on social media that claimed gunmen had attacked a "
                    "mosque in Konduga, saying the footage was from another country.")


def test_detentions_for_evading_national_service_are_arrests(pipeline):
    e = _first(pipeline, "On 5 May 2023, Eritrean soldiers detained dozens of young men in Keren markets on suspicion of "
                         "evading national service, relatives said.")
    assert e.sub_event_type == "Arrests"


def test_shops_kept_shut_in_a_strike_are_a_protest(pipeline):
    e = _first(pipeline, "On 16 September 2023, shopkeepers in Mahabad kept their shops shut in a strike marking the "
                         "anniversary of the death of Mahsa Amini.")
    assert e.sub_event_type == "Peaceful protest"


def test_men_accused_of_kidnapping_and_burned_by_a_crowd_are_its_victims(pipeline):
    e = _first(pipeline, "Two men accused of kidnapping a child were set on fire and killed by a crowd in Quito on Tuesday "
                         "night, police said.")
    assert e.sub_event_type == "Mob violence"


def test_police_evicting_families_who_occupied_a_building_intervene(pipeline):
    e = _first(pipeline, "Military police in Recife evicted some 80 families who had occupied an empty hotel downtown, using "
                         "shields and batons to push them out.")
    assert e.sub_event_type == "Protest with intervention"


def test_activists_attacked_on_their_way_back_from_a_meeting_are_attacked(pipeline):
    e = _first(pipeline, "On 9 November 2022, BNP activists returning from a preparatory meeting for the party's divisional "
                         "rally were attacked by AL men at Gobindaganj (Gaibandha). Four BNP activists were injured.")
    assert e.sub_event_type == "Attack"


def test_a_leader_held_for_forcing_people_to_protests_is_arrested(pipeline):
    e = _first(pipeline, "Argentine police detained the leader of a picketers' group in Quilmes on Friday, accusing him of "
                         "forcing welfare recipients to attend protests.")
    assert e.sub_event_type == "Arrests"


def test_supporters_arrested_trying_to_join_a_sit_in_meet_intervention(pipeline):
    e = _first(pipeline, "On 28 July 2024, participants continued their sit-in in Gwadar. Police arrested dozens of BYC "
                         "supporters attempting to join from Pasni.")
    assert e.sub_event_type == "Protest with intervention"


def test_a_price_rise_called_a_petrol_bomb_is_no_bomb(pipeline):
    _none(pipeline, "Nigerians woke up to another \"petrol bomb\" on Monday as pump prices jumped by nearly 40 percent "
                    "overnight.")


def test_a_checkpoint_overrun_and_roads_held_since_is_taken(pipeline):
    e = _first(pipeline, "Gunmen linked to illegal miners overran the police checkpoint at the entrance to the hamlet of "
                         "Vijus on Monday after a shootout in which one officer died. Local officials said the armed men "
                         "have controlled the access roads since.")
    assert e.sub_event_type == "Non-state actor overtakes territory"


def test_a_bank_looted_by_fighters_who_then_leave_is_looting(pipeline):
    e = _first(pipeline, "On 25 December 2023, Fano Militia entered Gunde Woyin town (Enebse Sar Midir, Misraq Gojam) and "
                         "looted the local branch of the Commercial Bank of Ethiopia, reportedly taking over 4 million "
                         "birr, before leaving without any confrontation.")
    assert e.sub_event_type == "Looting/property destruction"


def test_rioters_stoning_the_governors_office_demonstrate(pipeline):
    e = _first(pipeline, "On 11 November 2022, after Friday prayers, Rioters (Iran) in Khash (Sistan and Baluchestan) "
                         "threw stones at the governor's office and set fire to two police motorcycles. Security forces "
                         "responded with tear gas.")
    assert e.sub_event_type == "Violent demonstration"


# -- rounds seven and eight (both first run on 57de664) ---------------------------------------------


def test_a_former_prime_minister_arrested_over_graft_is_arrested(pipeline):
    e = _first(pipeline, "Guinean authorities arrested a former prime minister at his home in Conakry on Tuesday over "
                         "allegations of embezzlement, his lawyer said.")
    assert e.sub_event_type == "Arrests"


def test_dynamite_that_goes_off_prematurely_in_a_mine_is_an_accident(pipeline):
    _none(pipeline, "An explosion at an artisanal gold mine in Siguiri killed 9 miners on Friday after dynamite used to "
                    "break rock went off prematurely, officials said.")


def test_a_named_gang_seizing_a_town_police_left_takes_it(pipeline):
    e = _first(pipeline, "On 12 September 2024, Gran Grif members seized control of Liancourt (Saint-Marc, Artibonite) "
                         "after police abandoned the local commissariat, and have since set up roadblocks on the main road.")
    assert e.sub_event_type == "Non-state actor overtakes territory"
    assert e.actor1 == "Gran Grif Gang"


def test_an_armys_aircraft_destroying_a_convoy_is_an_air_strike(pipeline):
    e = _first(pipeline, "Burkina Faso's army said its aircraft destroyed a convoy of pickups belonging to JNIM fighters "
                         "near Djibo on Monday, killing 'dozens' of militants.")
    assert e.sub_event_type == "Air/drone strike"


def test_an_appeal_for_someone_kidnapped_years_ago_is_no_kidnapping(pipeline):
    _none(pipeline, "Relatives of an Italian priest kidnapped in Niger in 2018 made a new appeal for his release on "
                    "Sunday.")


def test_a_river_named_massacre_is_no_attack(pipeline):
    e = _first(pipeline, "On 1 October 2023, the government deployed 1,000 more soldiers along the border in Dajabon amid "
                         "tensions over a canal on the Massacre River. No incidents were reported.")
    assert e.sub_event_type != "Attack"


def test_an_officer_arrested_on_suspicion_of_torture_is_arrested(pipeline):
    e = _first(pipeline, "On 26 December 2024, the General Security Service arrested a former air force intelligence "
                         "officer in Jaramana, saying he was suspected of the torture of detainees at Saydnaya prison.")
    assert e.sub_event_type == "Arrests"


def test_a_faction_that_dissolves_into_an_army_changes(pipeline):
    e = _first(pipeline, "On 17 May 2025, the Hamza Division announced in Afrin that it had formally dissolved and that its "
                         "fighters would be absorbed into the new army.")
    assert e.sub_event_type == "Change to group/activity"


def test_crowds_gathered_for_official_celebrations_are_no_protest(pipeline):
    _none(pipeline, "On 8 December 2025, thousands of people gathered at Saadallah al-Jabiri Square in Aleppo for "
                    "official celebrations marking one year since the fall of the Assad government.")


def test_gunmen_affiliated_with_government_forces_who_kill_civilians_attack(pipeline):
    e = _first(pipeline, "On 16 July 2025, gunmen affiliated with government forces stormed a guesthouse in As-Sweida city "
                         "(As-Sweida, As-Sweida) and opened fire on a Druze family gathered inside. Local sources said "
                         "between 12 and 15 people were killed.")
    assert e.sub_event_type == "Attack"


def test_arrests_counted_over_months_are_no_arrest(pipeline):
    _none(pipeline, "The Cameroonian army said on Friday it had killed more than 200 separatist fighters and arrested 300 "
                    "suspects in the Northwest region over the past four months.")


def test_shotgun_pellets_that_wound_marchers_are_excessive_force(pipeline):
    e = _first(pipeline, "On 18 July 2024, police fired tear gas and shotgun pellets at students demonstrating for quota "
                         "reform in Satkhira town (Satkhira). Dozens were injured; the students had been blocking the road "
                         "peacefully.")
    assert e.sub_event_type == "Excessive force against protesters"


# -- rounds nine and ten (both first run on a812646) ------------------------------------------------


def test_fighters_who_overrun_a_post_and_hoist_their_flag_take_it(pipeline):
    e = _first(pipeline, "Resistance fighters overran a police post in Sagaing's Wetlet township early Friday and hoisted "
                         "their flag over the building, a PDF spokesman said. Two policemen were killed and nine captured.")
    assert e.sub_event_type == "Non-state actor overtakes territory"


def test_troops_recapturing_a_named_groups_camp_regain_it(pipeline):
    e = _first(pipeline, "On 11 July 2023, troops of the 6th Infantry Division recaptured a BIFF: Bangsamoro Islamic "
                         "Freedom Fighters camp near Datu Hoffer (Maguindanao del Sur) that the group had held for months. "
                         "Two BIFF fighters were killed during the final assault.")
    assert e.sub_event_type == "Government regains territory"


def test_helicopters_that_drop_explosives_strike_from_the_air(pipeline):
    e = _first(pipeline, "On 25 April 2021, church sources said army helicopters dropped explosives on hamlets near Ilaga "
                         "(Puncak, Papua). Houses were damaged and residents fled into the forest.")
    assert e.sub_event_type == "Air/drone strike"


def test_local_youths_attacking_refugees_are_a_mob(pipeline):
    e = _first(pipeline, "Local youths attacked Rohingya refugees who had left the camps to work on a farm in Teknaf on "
                         "Wednesday, injuring six, officials said.")
    assert e.sub_event_type == "Mob violence"


def test_an_honour_crime_arrest_is_domestic(pipeline):
    _none(pipeline, "Police in Erbil arrested a man suspected of killing his 20-year-old sister in what officials described "
                    "as a so-called honour crime.")


def test_a_killing_with_political_motive_ruled_out_is_no_event(pipeline):
    _none(pipeline, "Police said a man who was killed in Jessore last week died after a quarrel with his cousin over a land "
                    "dispute, ruling out any political motive.")


def test_burned_backhoes_are_property_destroyed(pipeline):
    e = _first(pipeline, "On 12 May 2021, suspected NPA members burned two backhoes and a dump truck belonging to a road "
                         "contractor in Catarman (Northern Samar). No injuries were reported.")
    assert e.sub_event_type == "Looting/property destruction"


def test_a_camp_turned_over_to_a_government_is_transferred(pipeline):
    e = _first(pipeline, "On 27 January 2022, the MILF formally turned over Camp Abubakar (Barira, Maguindanao) to the "
                         "Bangsamoro government as part of the normalisation process.")
    assert e.sub_event_type == "Non-violent transfer of territory"


def test_a_factions_break_from_its_leadership_changes(pipeline):
    e = _first(pipeline, "On 3 September 2016, a BIFF commander announced his faction's break from the main BIFF leadership "
                         "and its adoption of the Islamic State banner.")
    assert e.sub_event_type == "Change to group/activity"


def test_an_offensive_said_to_be_imminent_is_no_battle(pipeline):
    _none(pipeline, "The Arakan Army warned residents of Kyaukphyu on Wednesday to leave the town, saying a major "
                    "offensive was imminent.")


def test_people_killed_when_an_elephant_attacked_are_wildlife_victims(pipeline):
    _none(pipeline, "Two people were killed when a wild elephant attacked a hut on the edge of Balukhali camp on Tuesday "
                    "night, forest officials said.")


def test_a_stray_bullet_from_wedding_gunfire_is_no_attack(pipeline):
    _none(pipeline, "A 12-year-old girl was killed by a stray bullet in Basra on Friday as men fired into the air to "
                    "celebrate a wedding, police said.")


def test_fighters_marching_in_a_military_parade_do_not_protest(pipeline):
    _none(pipeline, "Thousands of PMF fighters marched with tanks in a military parade in Basra on Sunday to mark the "
                    "force's anniversary.")


def test_a_strike_against_killings_of_drivers_met_with_tear_gas_is_intervention(pipeline):
    e = _first(pipeline, "On 10 October 2024, bus drivers on strike against extortion and the killing of colleagues blocked "
                         "the Panamericana Sur in Lima. Police cleared the road with tear gas and detained four people.")
    assert e.sub_event_type == "Protest with intervention"


def test_weapons_a_group_says_were_planted_are_no_grenade_attack(pipeline):
    e = _first(pipeline, "On 5 March 2023, police raided the office of a farmers' group in Bacolod on a search warrant, "
                         "arresting 6 activists. The group said the guns and grenades presented were planted.")
    assert e.sub_event_type == "Arrests"


def test_a_bus_carrying_supporters_to_a_rally_that_crashes_is_no_event(pipeline):
    _none(pipeline, "At least five people were killed and 20 injured when a bus carrying BNP supporters to a rally plunged "
                    "into a roadside ditch in Madaripur on Friday.")


def test_a_girl_raped_in_custody_after_protests_is_sexual_violence(pipeline):
    e = _first(pipeline, "Rights groups said a 16-year-old girl detained during protests in Sanandaj was raped by security "
                         "agents while in custody last week.")
    assert e.sub_event_type == "Sexual violence"


def test_an_organiser_picked_up_by_unidentified_people_is_abducted(pipeline):
    e = _first(pipeline, "On 19 June 2025, unidentified people picked up an NCP upazila organiser in a microbus from Rajapur "
                         "bazar (Jhalokathi). His whereabouts remained unknown the next day, and NCP activists blocked the "
                         "highway demanding his return.")
    assert e.sub_event_type == "Abduction/forced disappearance"
