"""Coding fixes found by the tenth session's fresh invented sets (CASE-style snippets, ACLED-style
notes from around the world, Balochistan protest notes, Bangladesh notes of 2022-25). Every text
here is invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first, no_event as _none

pytestmark = pytest.mark.slow


# --- clashes between sides the actor list does not know ----------------------------------------


@pytest.mark.parametrize("text", [
    "Fierce fighting broke out in Misrata on 3 March 2024 between the 166 Infantry Battalion and the "
    "Martyrs Brigade over a checkpoint; the hospital counted 11 dead.",
    "KRF and GDF forces clashed near Akobo on 2 February 2025, each saying it had driven the other back; "
    "local officials said several combatants died.",
])
def test_units_and_forces_that_fight_clash_armed(pipeline, text):
    ev = _first(pipeline, text)
    assert ev.sub_event_type == "Armed clash"


def test_villagers_who_brawl_stay_a_mob(pipeline):
    ev = _first(pipeline, "Villagers of two hamlets clashed over a canal in Sadar upazila (Noakhali) on 4 April 2023, "
                          "leaving 15 hurt.")
    assert ev.sub_event_type == "Mob violence"


# --- dates ------------------------------------------------------------------------------------


def test_a_period_told_after_the_event_does_not_date_it(pipeline):
    ev = _first(pipeline, "Two wings of the local BNP fought at a bazaar in Shahjadpur upazila of Sirajganj on Monday. "
                          "Residents said the rivalry had been festering since March.")
    assert ev.event_date is None


def test_a_date_that_names_another_event_does_not_date_this_one(pipeline):
    ev = _first(pipeline, "Jamaat activists brought out a procession in Feni town on Sunday demanding the release of "
                          "men held ahead of the November 28 rally.")
    assert ev.sub_event_type == "Peaceful protest"
    assert ev.event_date is None


# --- crowds that wreck property -----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Groups of local men swept through a Christian quarter of Gojra (Toba Tek Singh) on 2 August 2023, breaking "
    "and looting homes and a church store.",
    "On 9 March 2025, a crowd converged on the house of a former union parishad chairman in Kalia "
    "(Narail). They carried away furniture and set the building ablaze.",
])
def test_crowds_that_loot_or_burn_homes_are_a_mob(pipeline, text):
    ev = _first(pipeline, text)
    assert ev.sub_event_type == "Mob violence"
    assert ev.actor1.startswith("Rioters")


def test_students_angered_by_results_who_wreck_offices_demonstrate(pipeline):
    ev = _first(pipeline, "On 4 May 2022, students angered by their examination results broke the windows of the "
                          "controller's office at a college in Khuzdar (Khuzdar, Balochistan) and burned a bike.")
    assert ev.event_type == "Riots"


def test_students_who_beat_an_accused_thief_to_death_riot(pipeline):
    ev = _first(pipeline, "On 2 October 2024, students of a hostel in Rajshahi city caught a vendor they accused of "
                          "stealing laptops and beat him for hours; he died on the way to hospital.")
    assert ev.sub_event_type == "Mob violence"
    assert ev.fatalities == 1


# --- police interventions ------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Police with batons broke up a Chhatra Dal human chain outside the Bogura press club on 2 April 2023 and took "
    "three participants away.",
    "About 40 Jubo League men brought out a flash march in Mirpur (Dhaka) on 3 June 2025. Officers chased them "
    "through the alleys and held four.",
    "On 8 March 2023, police stopped a BNP procession at a crossing in Dinajpur town, pushing the marchers back "
    "with shields.",
    "On 2 January 2023, police moved on the fishermen's sit-in in Pasni, pulling down the protest camp and taking "
    "several protesters into custody.",
    "Riot police removed activists of the movement who were blocking streets in Tbilisi (Tbilisi) on 3 May 2024 "
    "and held 40 people.",
])
def test_police_who_break_up_chase_or_remove_protesters_intervene(pipeline, text):
    ev = _first(pipeline, text)
    assert ev.sub_event_type == "Protest with intervention"


# --- no events ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Tens of thousands are expected to walk to the shrine outside Karbala on Friday to mark the Arbaeen, "
    "organisers said.",
    "The annual candlelight procession will set off from the old bridge on Saturday evening.",
    "A rights group said 2,910 civilians were killed in the fighting in 2022, the highest annual toll it has "
    "recorded.",
    "A Mi-17 helicopter made a hard landing in the hills during a supply flight on Monday, killing three crew "
    "members.",
    "Organisers dropped a march planned for Sunday, saying they would not expose students to arrest.",
    "A demining charity said its teams cleared more than 2,400 anti-tank mines in the province during 2019.",
    "Mourners gathered for the funeral on Wednesday of three police officers killed by a roadside bomb last week.",
    "A strike planned by dock workers was averted on Monday after the port and the union signed a new "
    "collective agreement.",
    "The navy signed a contract for two batteries of anti-ship missiles, the ministry said.",
    "North Korea test-fired two cruise missiles into the sea on Sunday, the South's military said.",
    "The union said its members would begin an indefinite strike and nationwide street protests from 3 June over "
    "pay.",
    "In a broadcast, the exiled leader called on the armed groups of the east to attack government convoys.",
])
def test_expected_marches_tallies_accidents_fears_demining_funerals_deals_tests_and_calls_are_no_events(pipeline, text):
    _none(pipeline, text)


def test_an_arms_test_does_not_hide_a_missile_strike(pipeline):
    ev = _first(pipeline, "A missile struck a market in Kharkiv on 3 May 2024, killing four people.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


def test_troops_who_destroy_a_few_mines_disrupt_weapons_use(pipeline):
    ev = _first(pipeline, "On 3 July 2022, army engineers found and destroyed 6 landmines laid by the FARC dissidents "
                          "near a school in Tame (Arauca).")
    assert ev.sub_event_type == "Disrupted weapons use"


# --- what a protest is about ----------------------------------------------------------------------


def test_relatives_who_block_a_highway_with_a_body_protest_a_killing_they_allege(pipeline):
    ev = _first(pipeline, "On 5 May 2022, relatives placed the body of a shopkeeper on the coastal highway near Pasni "
                          "(Gwadar, Balochistan) for hours, alleging he had been shot dead by a local gang.")
    assert ev.sub_event_type == "Peaceful protest"
    assert ev.fatalities == 0


def test_a_livelihood_cut_in_half_is_no_violence(pipeline):
    ev = _first(pipeline, "On 2 May 2023, fishermen parked their boats across the harbour mouth in Gwadar (Gwadar, "
                          "Balochistan) to protest trawling, which they said had cut their income in half.")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_march_for_trials_of_killers_is_a_protest(pipeline):
    ev = _first(pipeline, "Students marched through Rangpur city (Rangpur) on 3 March 2025 calling for trials of those "
                          "behind the August killings.")
    assert ev.sub_event_type == "Peaceful protest"


def test_protests_in_the_days_after_a_rape_do_not_replace_it(pipeline):
    ev = _first(pipeline, "On 4 July 2025, a local party man broke into the home of a woman in Daudkandi upazila "
                          "(Comilla) and raped her. Residents held rallies in the following days.")
    assert ev.sub_event_type == "Sexual violence"


# --- lexicon ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, sub", [
    ("A bomb planted beside the hill road was set off from a distance as a patrol passed near Thanchi "
     "(Bandarban) on 2 March 2025, wounding three soldiers.", "Remote explosive/landmine/IED"),
    ("On 3 December 2024, the government declared the student wing a proscribed organisation. It cited the "
     "wing's attacks on rivals.", "Change to group/activity"),
    ("Gunmen raided a boarding school in Kebbi on 6 June 2021 and took away 80 pupils.", "Abduction/forced disappearance"),
    ("Cartel gunmen engaged army and National Guard troops across the town of Aguililla (Michoacan) on "
     "3 April 2021; 5 were killed.", "Armed clash"),
    ("A helicopter dropped a gas cylinder on a housing block in Saraqib on 4 February 2018; 11 people choked.",
     "Chemical weapon"),
    ("Prosecutors announced on 2 August 2020 the discovery of a clandestine grave holding 30 bodies near Salvatierra.",
     "Other"),
    ("Allied militias looted shops in Tal Tamr on 3 November 2019, days after the Kurdish fighters pulled back "
     "under a Russian-brokered truce.", "Looting/property destruction"),
    ("Armed separatists seized a teacher from his classroom in Kumba on Monday. His body was found on Thursday.",
     "Attack"),
    ("Residents of two border villages threw stones at each other over a water point near Isfara; six were hurt "
     "and windows were broken.", "Mob violence"),
])
def test_lexicon_wordings(pipeline, text, sub):
    ev = _first(pipeline, text)
    assert ev.sub_event_type == sub


def test_drivers_who_occupy_a_rail_line_and_stone_a_train_demonstrate(pipeline):
    ev = _first(pipeline, "On 3 December 2024, auto-rickshaw drivers angry over a ban occupied the rail line at "
                          "Tejgaon (Dhaka) and stoned a passing train.")
    assert ev.event_type == "Riots"


def test_torchlight_is_no_arson(pipeline):
    ev = _first(pipeline, "Thousands held a torchlight march through Yerevan on 23 April 2024 demanding recognition.")
    assert ev.sub_event_type == "Peaceful protest"


# --- from the second round of the session ---------------------------------------------------------


@pytest.mark.parametrize("text, sub", [
    ("A woman wearing an explosive belt has blown herself up at a bus station in Kolofata on Friday, killing six "
     "people besides herself.", "Suicide bomb"),
    ("Army helicopters dropped at least three barrel bombs on a village near Hama on Monday, killing nine people.",
     "Air/drone strike"),
    ("Air force jets bombarded suspected militant hideouts in the Alagarno forest on Sunday, a spokesman said.",
     "Air/drone strike"),
    ("An armed drone believed to belong to the army struck a market in Bora (Tigray) on 3 February 2022, killing "
     "12 people.", "Air/drone strike"),
    ("After reconnaissance, a strike was carried out by two Rafale jets on a column of fighters near Menaka, "
     "killing about ten of them.", "Air/drone strike"),
    ("Riot police dragged out about 20 students who had occupied the dean's office in Kampala on Monday; "
     "a few were held briefly.", "Protest with intervention"),
    ("Police in Bukavu arrested nine activists of a youth movement on Friday as they stood with banners outside "
     "the provincial assembly to protest against power cuts.", "Protest with intervention"),
    ("Gendarmes formed a line and pushed back nurses and midwives trying to march to the ministry in Dakar on "
     "3 May 2023 to demand back pay.", "Protest with intervention"),
    ("At least seven members of a drug gang were killed on Friday in a confrontation with a rival group near "
     "Tepalcatepec, Michoacan.", "Armed clash"),
    ("Two men accused of stealing a goat were dragged out of the village chief's house in Kisii by a crowd of "
     "about 80 residents and beaten to death.", "Mob violence"),
    ("Gunmen blocked the Abuja-Lokoja road near Koton Karfe on 3 June 2021 and marched at least 15 passengers "
     "into the bush.", "Abduction/forced disappearance"),
    ("Supporters in their thousands filled Independence Square in Accra on Tuesday, waving flags to demand the "
     "release of the detained journalists.", "Peaceful protest"),
    ("Wives of the policemen held by the rebels since the Kidal battle blocked the road outside the ministry in "
     "Bamako on Monday, vowing to stay until the government negotiates their release.", "Peaceful protest"),
])
def test_second_round_wordings(pipeline, text, sub):
    ev = _first(pipeline, text)
    assert ev.sub_event_type == sub


@pytest.mark.parametrize("text", [
    "Fighters of the FPRC and the rival MPC militia clashed again near Ndele on Sunday; both sides reported dead.",
    "After a night-long barrage, enemy infantry tried to storm the brigade's positions east of Toretsk on "
    "3 March 2024 but were beaten back.",
])
def test_named_armed_sides_without_known_actors_clash(pipeline, text):
    assert _first(pipeline, text).sub_event_type == "Armed clash"


def test_freedom_fighters_in_a_land_brawl_are_no_armed_side(pipeline):
    ev = _first(pipeline, "On 4 March 2016, 10 people were injured in a clash between freedom fighters and land "
                          "grabbers over a plot at a bazaar in Sadar upazila (Jessore).")
    assert ev.sub_event_type == "Mob violence"


@pytest.mark.parametrize("text", [
    "Floodwaters from the Niger river have swept through villages in Kebbi state, killing at least 20 people.",
    "Transport unions called a nationwide stoppage for next Wednesday to protest against the new toll charges.",
    "Lahore police said street crime killings fell by nearly 30 percent in 2015 compared with the year before.",
    "A monitoring mission said 41 civilians had been killed in the east during 2020, the lowest annual figure "
    "since the war began.",
    "Thousands of riders and onlookers lined the streets of Katsina on Sunday for the Durbar procession marking "
    "the end of Ramadan.",
])
def test_more_non_events(pipeline, text):
    _none(pipeline, text)


def test_an_announced_lockdown_next_week_does_not_cancel_the_rally_held(pipeline):
    ev = _first(pipeline, "On 4 March 2025, clerks held a protest rally in Quetta (Quetta, Balochistan) over pay and "
                          "said they would shut offices across the province from next week.")
    assert ev.sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("text, sub", [
    ("Hundreds of people marched through Bamako on Friday in support of soldiers fighting jihadists in the "
     "centre of the country.", "Peaceful protest"),
    ("Carrying torches and flags, thousands of people walked from the cathedral to the parliament in Asuncion "
     "on Friday night, demanding an inquiry after the plundering of the pension fund.", "Peaceful protest"),
    ("On 5 June 2024, shopkeepers held a protest rally in Kharan (Kharan, Balochistan), a week after armed men "
     "robbed a bank and set fire to the market office.", "Peaceful protest"),
    ("Angry residents marched on the police station in Nushki (Nushki, Balochistan) on 3 May 2019 a day after a "
     "driver was shot dead, stoning the building and setting a police van on fire.", "Violent demonstration"),
    ("Traders gathered outside the customs office in Taftan (Chagai, Balochistan) on 2 June 2021 to demand the "
     "reopening of the border; FC personnel opened fire on the crowd, killing two people.",
     "Excessive force against protesters"),
    ("On 3 January 2024, relatives of a student killed in what police described as an encounter marched through "
     "Turbat (Kech, Balochistan). Marchers said he had been held for weeks before his body was found.",
     "Peaceful protest"),
    ("On 4 September 2024, a day after gunmen stopped a bus on the highway near Kalat and shot five passengers, "
     "residents held a protest in Kalat town (Kalat, Balochistan) demanding security.", "Peaceful protest"),
    ("Families of those killed in the hotel bombing marched from the press club to the high court in Quetta "
     "(Quetta, Balochistan) on 3 March 2024, demanding that the stalled trial resume.", "Peaceful protest"),
])
def test_what_protesters_are_about_and_what_they_do(pipeline, text, sub):
    assert _first(pipeline, text).sub_event_type == sub


@pytest.mark.parametrize("text, sub", [
    ("Police raided the opposition party's office in Batumi on 3 March 2022 and detained its regional leader "
     "over an unpaid fine.", "Arrests"),
    ("Police picked up a former state minister and a former MP at a ferry ghat in Barisal (Barisal) on "
     "3 September 2024 as they tried to leave the area.", "Arrests"),
    ("Intelligence agents detained a trade unionist at his home in Maracay (Aragua) on 4 August 2022, days after "
     "workers protested over unpaid bonuses.", "Arrests"),
    ("Twelve members of the rebel group surrendered to the army in Datu Piang on 3 April 2023, handing over "
     "15 rifles including 3 mortars.", "Change to group/activity"),
    ("On 3 July 2023, the two armed factions and the groups fighting them in the camp agreed to a ceasefire, "
     "ending four days of clashes.", "Agreement"),
    ("Two mortar shells fired from across the river, where the army was fighting rebels, landed in a village "
     "near Mae Sot on 3 May 2023.", "Shelling/artillery/missile attack"),
    ("The interior ministry banned the Islami Chhatra Front under the Anti-Terrorism Act on 3 August 2024; the "
     "government blamed it for violence during the student protests.", "Change to group/activity"),
])
def test_second_round_strategic_and_remote_wordings(pipeline, text, sub):
    assert _first(pipeline, text).sub_event_type == sub


def test_unidentified_arsonists_in_a_hartal_are_no_demonstrators(pipeline):
    ev = _first(pipeline, "On 3 December 2023, during the opposition blockade, unidentified persons set fire to an "
                          "empty truck parked at a depot in Bogura town. Nobody was hurt.")
    assert ev.sub_event_type == "Looting/property destruction"
    assert ev.actor1.startswith("Unidentified Armed Group")


def test_a_man_speared_to_death_is_a_death(pipeline):
    ev = _first(pipeline, "On 3 February 2022, two village groups fought with spears and brickbats over a char in "
                          "Raipura upazila (Narsingdi); a farmer was speared to death.")
    assert ev.fatalities == 1


# --- from the third round of the session ----------------------------------------------------------


@pytest.mark.parametrize("text, sub", [
    ("Police detained about 40 student union members who were trying to gherao the secretariat in Patna against "
     "a fee hike.", "Protest with intervention"),
    ("Police held dozens of people in Causeway Bay on 3 July 2020, where crowds had gathered to protest the new "
     "law.", "Protest with intervention"),
    ("Riot police fired tear gas to break up a crowd chanting slogans in Mahabad on Friday night.",
     "Protest with intervention"),
    ("Officers surrounded a crowd chanting slogans near the station on Sunday, then moved in and detained a dozen "
     "people.", "Protest with intervention"),
    ("Riot police used water cannon to clear about 200 students who had occupied Plaza Italia in Santiago; "
     "ten were arrested.", "Protest with intervention"),
    ("Pensioners again gathered in front of the provincial governorate building in Ahvaz on Sunday, demanding "
     "that their pensions keep up with inflation.", "Peaceful protest"),
    ("Minibus drivers in Cochabamba started on Tuesday a 48-hour strike over fuel shortages, parking across "
     "the main avenues.", "Peaceful protest"),
    ("Tens of thousands marched through Novi Sad on Saturday under the banner 'Stop the violence', their demand "
     "unchanged.", "Peaceful protest"),
    ("Villagers lined the Sylhet-Tamabil road on 3 October 2024, calling for justice for a boy shot dead at the "
     "border days earlier.", "Peaceful protest"),
    ("Garment workers in Gazipur (Gazipur) walked out on 3 October 2024 and gathered at the factory gates, "
     "demanding unpaid wages.", "Peaceful protest"),
    ("Indigenous groups camped outside the congress in Brasilia for a week in June 2023, singing against the "
     "land bill.", "Peaceful protest"),
    ("On 3 August 2024, police fired live rounds at students sitting peacefully on the highway at Savar (Dhaka), "
     "killing three.", "Excessive force against protesters"),
    ("Air force aircrafts bombarded villages in Paktika before dawn on Monday, killing 12 people.",
     "Air/drone strike"),
    ("The headman of a village near Dori was seized from his compound on Monday night by gunmen on motorcycles.",
     "Abduction/forced disappearance"),
    ("On 3 June 2025, the government announced a ban on all activities of the party under the Anti-Terrorism "
     "Act.", "Change to group/activity"),
])
def test_third_round_wordings(pipeline, text, sub):
    assert _first(pipeline, text).sub_event_type == sub


def test_a_crowd_that_burns_a_village_is_a_mob_without_named_actors(pipeline):
    ev = _first(pipeline, "Angered by a post online, a crowd descended on a Christian hamlet near Jaranwala late on "
                          "Sunday and set fire to at least 15 houses.")
    assert ev.sub_event_type == "Mob violence"


def test_an_earlier_arrest_told_in_the_pluperfect_is_no_event(pipeline):
    ev = _first(pipeline, "A crowd vandalised and looted some 15 Hindu shops in Pirganj (Rangpur) on 3 October 2024 "
                          "over a post, although police had already taken the youth into custody.")
    assert ev.sub_event_type == "Mob violence"


@pytest.mark.parametrize("text", [
    "Four armed men robbed a cash-in-transit van near Germiston on Monday, shooting a guard dead, police said.",
    "Bomb attacks on markets and schools killed or wounded more than 2,000 people between January 2022 and June "
    "2023, the UN mission said in a report.",
    "The general laid a wreath at the memorial in Tololing on Friday, paying tribute to soldiers killed in the "
    "1999 conflict.",
    "The defence council cleared the purchase of 31 drones for the navy, the ministry said.",
    "More than 8,000 people fled their homes in Niassa in March following insurgent raids, a UN agency said.",
    "A string of blasts hit an army depot in Lagos on Sunday; officials blamed the storage of ammunition in the "
    "heat.",
    "The navy signed a contract worth about $400 million with a foreign firm on Monday for four batteries of "
    "coastal anti-ship missiles.",
])
def test_third_round_non_events(pipeline, text):
    _none(pipeline, text)


def test_a_grievance_about_unstopped_attacks_is_no_attack(pipeline):
    ev = _first(pipeline, "Youths angered by the army's failure to stop militant attacks put up barricades of "
                          "burning tyres in Djibo on Saturday and hurled stones at a supply convoy.")
    assert ev.event_type == "Riots"


# --- the last round's world notes -----------------------------------------------------------------


@pytest.mark.parametrize("text, sub", [
    ("Rebel forces fired a missile at a market in Taiz (Taiz, Taiz) on 3 March 2022, killing 9 civilians. The "
     "strike came amid the rebels' weeks-long offensive on the city.", "Shelling/artillery/missile attack"),
    ("Plainclothes officers bundled a student leader into an unmarked van in Kitengela (Kajiado) on 3 July 2024; "
     "his family could not find him.", "Abduction/forced disappearance"),
    ("Soldiers found and dismantled two rocket launchers set to fire across the border near Khiam on 3 May 2023.",
     "Disrupted weapons use"),
    ("The dissident was detained at the airport in Moscow on 3 February 2021, on his return from Berlin where he "
     "had been treated for Novichok poisoning.", "Arrests"),
])
def test_last_round_world_wordings(pipeline, text, sub):
    assert _first(pipeline, text).sub_event_type == sub


@pytest.mark.parametrize("text", [
    "Police in Lisbon arrested 6 members of a pickpocketing gang on 3 July 2023 who had been robbing tourists on "
    "the trams.",
    "A bus collided with a lorry near Beledweyne on 3 June 2023, killing 9 passengers. Police blamed speeding. "
    "The injured were taken to the district hospital.",
    "Thousands of fans gathered at the airport in Nairobi on 3 September 2023 to welcome home the marathon team.",
    "The teachers' union announced on 3 May 2024 that its members would strike and march on 20 May; union leaders "
    "said rallies would be held in every province.",
])
def test_last_round_world_non_events(pipeline, text):
    _none(pipeline, text)
