"""Coding fixes found by the ninth session's fresh invented sets (CASE-style snippets, ACLED-style
notes from around the world, Balochistan protest notes, Bangladesh notes of 2022-25). Every text
here is invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first, no_event as _none

pytestmark = pytest.mark.slow


# --- datelines --------------------------------------------------------------------------------


@pytest.mark.parametrize("text, district", [
    ("KOHLU: Shopkeepers pulled down their shutters on Monday (3 June 2024) against long power cuts and "
     "rallied to the deputy commissioner's office.", "Kohlu"),
    ("ZIARAT: Fruit growers staged a sit-in outside the district council on Friday (6 September 2024) "
     "over unpaid compensation for frost damage.", "Ziarat"),
    ("TURBAT, Nov 4 (APP) - Relatives of missing students held a rally on Saturday, 4 November 2023, "
     "demanding their release.", "Kech"),
])
def test_a_dateline_in_capitals_places_a_report_that_names_no_other_town(pipeline, text, district):
    ev = _first(pipeline, text)
    assert ev.sub_event_type == "Peaceful protest"
    assert ev.country == "Pakistan" and ev.admin2 == district


def test_a_word_in_capitals_before_a_colon_is_no_town_when_the_gazetteer_lacks_it(pipeline):
    ev = _first(pipeline, "UPDATE: Teachers rallied in Quetta on Monday (3 June 2024) over unpaid salaries.")
    assert ev.location == "Quetta"


# --- party and faction fights -----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "On 9 May 2024, backers of two Awami League aspirants for the upazila chair fought with sticks, "
    "ramdaos and a shotgun in Nandail upazila (Mymensingh); one man was killed.",
    "Shooting broke out in Hathazari upazila (Chittagong) on 2 March 2025 between men loyal to two rival "
    "local BNP leaders; a Jubo Dal activist died of bullet wounds.",
])
def test_party_men_who_fight_with_guns_clash_armed(pipeline, text):
    ev = _first(pipeline, text)
    assert ev.sub_event_type == "Armed clash"
    assert ev.inter1 == 3


# --- crowds that wreck property ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "On 12 August 2024, several thousand people stormed the house of a former Awami League MP in "
    "Bogra town (Bogra), set it on fire and took away furniture.",
    "Several hundred people broke into the office of a local upazila chairman in Sirajganj town (Sirajganj) "
    "on 7 August 2024 and tore down its gate.",
    "Angry crowds set a rural bank's branch on fire in Kaliganj upazila (Gazipur) on 18 August 2024.",
])
def test_a_large_crowd_wrecking_property_is_a_mob(pipeline, text):
    ev = _first(pipeline, text)
    assert ev.sub_event_type == "Mob violence"
    assert ev.actor1 == "Rioters (Bangladesh)"


@pytest.mark.parametrize("text", [
    "On 6 August 2024, a crowd enraged by rumours about a Facebook comment attacked Hindu houses in "
    "a village of Pirganj upazila (Rangpur) and damaged idols; police fired blank shots to disperse them.",
    "A crowd that came in a procession chanting slogans looted Hindu shops and vandalised a temple in "
    "Sadar upazila (Dinajpur) on 7 August 2024.",
    "On 3 May 2023, a crowd opposed to an Ahmadi convention attacked Ahmadi houses in Sadar upazila "
    "(Panchagarh), setting some ablaze, and demanded that the event be stopped.",
])
def test_a_crowd_that_attacks_a_faiths_homes_or_temples_is_a_mob(pipeline, text):
    assert _first(pipeline, text).sub_event_type == "Mob violence"


def test_a_crowd_protesting_at_a_roadside_shrine_stays_a_demonstration(pipeline):
    # a place named after a shrine is no attack on a faith
    ev = _first(pipeline, "On 3 March 2021, a mob of supporters of a by-poll candidate set fire to a bus near "
                          "Shah Ali Mazar in Mirpur (Dhaka), protesting alleged vote rigging.")
    assert ev.sub_event_type == "Violent demonstration"


# --- demonstrators who fight the forces --------------------------------------------------------


@pytest.mark.parametrize("text", [
    "On 2 November 2023, knitwear workers demanding higher wages blocked a highway at Kashimpur (Gazipur) "
    "and fought running battles with police; one worker died of a bullet wound.",
    "During the countrywide shutdown on 19 July 2024, students and local people fought police and BGB in "
    "Mirpur (Dhaka), throwing brickbats; police fired tear gas and live rounds and two men died.",
    "On 28 October 2023, party supporters attending the BNP's rally at Naya Paltan (Dhaka) clashed with "
    "police, throwing stones and setting buses on fire.",
])
def test_demonstrators_who_fight_the_police_riot(pipeline, text):
    ev = _first(pipeline, text)
    assert ev.sub_event_type == "Violent demonstration"
    assert ev.actor1 == "Rioters (Bangladesh)"


def test_activists_with_lethal_weapons_who_fight_police_still_clash(pipeline):
    ev = _first(pipeline, "On 5 September 2013, Shibir activists attacked police with lethal weapons during the hartal "
                          "in Sadar upazila (Satkhira) and police fired back; two activists were killed.")
    assert ev.sub_event_type == "Armed clash"


# --- words that are no violence -----------------------------------------------------------------


def test_arriving_early_to_beat_a_strike_is_no_beating(pipeline):
    ev = _first(pipeline, "Party workers arrived a day early to beat a bus strike, and thousands joined the BNP's "
                          "rally in Khulna city (Khulna) on 22 October 2022. The rally ended peacefully.")
    assert ev.sub_event_type == "Peaceful protest"


# --- fatalities -------------------------------------------------------------------------------


@pytest.mark.parametrize("text, dead", [
    ("Villagers in Senbagh upazila (Noakhali) cornered three men they took for cattle thieves on 9 June 2023 "
     "and beat them to death.", 3),
    ("On 9 June 2023, locals in Senbagh upazila (Noakhali) caught two suspected robbers and lynched them.", 2),
    ("A crowd torched a hotel owned by an Awami League leader in Satkhira town (Satkhira) on 5 August 2024. "
     "At least 11 people, many trapped on the top floor, died in the fire.", 11),
])
def test_deaths_told_of_them_or_past_an_aside_are_counted(pipeline, text, dead):
    assert _first(pipeline, text).fatalities == dead


def test_men_beaten_but_not_to_death_are_no_deaths(pipeline):
    ev = _first(pipeline, "On 9 June 2023, villagers in Senbagh upazila (Noakhali) caught three suspected robbers "
                          "and beat them before handing them to police.")
    assert ev.fatalities == 0


# --- arrests ------------------------------------------------------------------------------------


def test_an_arrest_in_a_case_over_past_protests_is_an_arrest(pipeline):
    ev = _first(pipeline, "On 20 August 2024, police arrested a former state minister at a checkpoint in Uttara (Dhaka). "
                          "He was shown arrested in a case related to the killings during the July protests.")
    assert ev.sub_event_type == "Arrests"
    assert ev.actor1 == "Police Forces of Bangladesh (2024-)"


def test_detectives_who_pick_up_a_party_secretary_arrest_him(pipeline):
    ev = _first(pipeline, "On 30 October 2023, detectives picked up a BNP joint secretary general from his home in "
                          "Uttara (Dhaka) and later showed him arrested in an arson case, his lawyer said.")
    assert ev.sub_event_type == "Arrests"


# --- round two: protest notes ---------------------------------------------------------------------


def test_police_who_disperse_named_protesters_intervene(pipeline):
    ev = _first(pipeline, "On 4 May 2024, police dispersed PTM protesters who had camped overnight outside the press club "
                          "in Zhob (Zhob, Balochistan) and detained six of them. [size=no report]")
    assert ev.sub_event_type == "Protest with intervention"


def test_dead_of_the_day_before_are_not_the_dispersals_dead(pipeline):
    ev = _first(pipeline, "On 9 May 2024, police dispersed protesters sitting in with the bodies of two men killed the day "
                          "before on the highway near Kalat (Kalat, Balochistan). [size=no report]")
    assert ev.sub_event_type == "Protest with intervention" and ev.fatalities == 0


@pytest.mark.parametrize("text", [
    "On 6 June 2023, students and relatives staged a sit-in at Press Club Chowk in Panjgur (Panjgur, Balochistan) "
    "for a third day. The coffin of a youth, shot dead in what the CTD described as a shoot-out with militants, "
    "was kept on the road. [size=hundreds]",
    "On 6 June 2023, a sit-in against the killing of two students continued in Panjgur (Panjgur, Balochistan). "
    "They were killed by the CTD in what it said was an encounter, which the families reject. [size=hundreds]",
])
def test_a_killing_told_in_the_words_of_an_official_account_is_the_protests_grievance(pipeline, text):
    ev = _first(pipeline, text)
    assert ev.sub_event_type == "Peaceful protest" and ev.fatalities == 0


def test_speakers_who_attack_the_government_make_no_attack(pipeline):
    ev = _first(pipeline, "On 2 February 2024, the PPP held an election rally at Sadiq Shaheed ground in Quetta (Quetta, "
                          "Balochistan). Speakers attacked the caretaker government over load-shedding. [size=thousands]")
    assert ev.sub_event_type == "Peaceful protest"


def test_an_arrest_in_cases_filed_after_unrest_is_an_arrest(pipeline):
    ev = _first(pipeline, "On 3 March 2023, police arrested a trade union leader in Hub (Lasbela, Balochistan) in cases "
                          "filed after the February unrest, including the torching of a police van.")
    assert ev.sub_event_type == "Arrests"


def test_activists_arrested_for_sit_ins_they_had_joined_are_arrests(pipeline):
    ev = _first(pipeline, "On 5 August 2024, CTD personnel raided homes in Nushki (Nushki, Balochistan) and arrested three "
                          "BYC activists who had taken part in the Gwadar sit-in.")
    assert ev.sub_event_type == "Arrests"


def test_a_crowd_that_wrecks_a_power_office_in_anger_at_outages_demonstrates(pipeline):
    ev = _first(pipeline, "On 14 June 2022, residents of Usta Muhammad (Jaffarabad, Balochistan), angered by long power "
                          "cuts, stormed the QESCO office, smashing windows and setting chairs alight. [size=no report]")
    assert ev.sub_event_type == "Violent demonstration"


def test_refusing_to_disperse_is_no_force_and_an_earlier_dated_blast_is_background(pipeline):
    ev = _first(pipeline, "On 20 February 2023, families kept up their sit-in in Quetta (Quetta, Balochistan) for a third "
                          "day, refusing to disperse until the killers were caught, after the 17 February blast at a "
                          "mosque that killed 9 worshippers. [size=hundreds]")
    assert ev.sub_event_type == "Peaceful protest" and ev.fatalities == 0


def test_arrests_as_people_tried_to_gather_are_an_intervention(pipeline):
    ev = _first(pipeline, "Police in Tbilisi detained about 40 people on Saturday as opposition supporters tried to gather "
                          "outside parliament.")
    assert ev.sub_event_type == "Protest with intervention"


def test_organisers_who_disperse_their_own_crowd_are_no_intervention(pipeline):
    ev = _first(pipeline, "Thousands rallied in Nairobi on Sunday demanding lower fuel prices. The organisers dispersed the "
                          "crowd themselves at dusk.")
    assert ev.sub_event_type == "Peaceful protest"


def test_supporters_who_attack_police_after_their_leaders_arrest_riot(pipeline):
    ev = _first(pipeline, "Supporters of a religious party blocked roads in Karachi and attacked police with stones on "
                          "Tuesday, hours after their leader was detained; a policeman was killed.")
    assert ev.sub_event_type == "Violent demonstration"


# --- round two: no events -----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Bomb disposal experts defused a Second World War aerial bomb found at a building site in Cologne on Sunday, after "
    "5,000 residents were evacuated.",
    "Some 300 people were killed and 500 wounded in attacks in the first half of a year, the UN mission said in its "
    "mid-year report.",
    "Thousands are expected to set off from Tuzla on Friday on a march to Srebrenica ahead of the anniversary.",
    "Peace talks in Doha ended without a ceasefire agreement on Monday, mediators said.",
])
def test_no_event_in_wartime_ordnance_tallies_expected_marches_or_failed_talks(pipeline, text):
    _none(pipeline, text)


def test_a_sticky_bomb_is_a_remote_explosive(pipeline):
    assert _first(pipeline, "A sticky bomb attached to a pickup went off in Jalalabad on Monday, wounding two "
                            "Taliban fighters.").sub_event_type == "Remote explosive/landmine/IED"


def test_announcing_an_armed_groups_formation_is_a_change_to_group(pipeline):
    ev = _first(pipeline, "Farmers in Michoacan announced on 3 March 2022 the formation of a community self-defence group, "
                          "saying it would protect the villages from attacks by cartel gunmen.")
    assert ev.sub_event_type == "Change to group/activity"


# --- round two: Bangladesh ------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Police halted a lantern procession of student bodies against rising fares in Rajshahi city (Rajshahi) on "
    "3 September 2022 and took two organisers to the police station.",
    "JCD activists attempting a march to the vice-chancellor's office in Comilla (Comilla) on 12 March 2023 were "
    "pushed back by police.",
])
def test_a_procession_stopped_or_pushed_back_by_police_is_an_intervention(pipeline, text):
    assert _first(pipeline, text).sub_event_type == "Protest with intervention"


def test_activists_who_throw_brick_chunks_at_police_riot(pipeline):
    ev = _first(pipeline, "On 4 December 2022, BNP activists on their way to a rally threw brick chunks at police in "
                          "Sadar upazila (Feni); police fired tear gas and ten people were hurt.")
    assert ev.sub_event_type == "Violent demonstration"


def test_several_hundred_men_who_demolish_a_shrine_are_a_mob(pipeline):
    ev = _first(pipeline, "On 20 September 2024, several hundred men marched from a mosque and demolished a mazar in "
                          "Sadar upazila (Narsingdi).")
    assert ev.sub_event_type == "Mob violence"


def test_raids_that_net_activists_are_arrests(pipeline):
    ev = _first(pipeline, "Night-long police raids in Bogra (Bogra) on 8 November 2023 netted 22 BNP activists.")
    assert ev.sub_event_type == "Arrests"


def test_breaking_the_heads_off_idols_is_property_destruction(pipeline):
    ev = _first(pipeline, "On 14 October 2023, unidentified people broke the hands off two Kali idols at a temple in "
                          "Sadar upazila (Jhenaidah).")
    assert ev.sub_event_type == "Looting/property destruction"


# --- round three ----------------------------------------------------------------------------------


def test_party_factions_with_blades_and_no_firearms_riot_from_2022(pipeline):
    ev = _first(pipeline, "On 2 April 2025, in Begumganj (Noakhali), followers of two BNP leaders clashed with sticks and "
                          "ramdaos over a bus stand; 15 were hurt and no firearms were used.")
    assert ev.sub_event_type == "Mob violence"


def test_villagers_who_surround_and_attack_a_police_team_are_a_mob(pipeline):
    ev = _first(pipeline, "Villagers in Daudkandi (Comilla) surrounded a police team on 2 October 2024 after it detained a "
                          "gambling suspect, beat two constables with sticks and freed the man.")
    assert ev.sub_event_type == "Mob violence"
    assert ev.actor1 == "Rioters (Bangladesh)"


def test_residents_who_stone_an_office_and_break_its_windows_over_outages_demonstrate(pipeline):
    ev = _first(pipeline, "On 8 June 2023, in Shahjadpur (Sirajganj), residents angered by load-shedding stoned the Palli "
                          "Bidyut office and broke its windows. Police fired tear gas to disperse them.")
    assert ev.sub_event_type == "Violent demonstration"


def test_police_who_push_marching_students_back_with_batons_intervene(pipeline):
    ev = _first(pipeline, "On 12 July 2024, in Sadar upazila (Bogra), police stopped students marching towards the highway "
                          "and pushed them back with batons.")
    assert ev.sub_event_type == "Protest with intervention"


def test_detaining_members_who_were_staging_a_sit_in_is_an_intervention(pipeline):
    ev = _first(pipeline, "On 3 June 2022, police detained 9 members of the BSO who were staging a sit-in at the gate of "
                          "the university in Khuzdar (Khuzdar, Balochistan). [size=no report]")
    assert ev.sub_event_type == "Protest with intervention"


def test_arresting_an_organiser_of_past_protests_is_an_arrest(pipeline):
    ev = _first(pipeline, "On 2 October 2024, CTD personnel arrested a BYC organiser in Kharan (Kharan, Balochistan) who "
                          "had been organising the group's protest rallies.")
    assert ev.sub_event_type == "Arrests"


@pytest.mark.parametrize("text", [
    "Police in Lima arrested two men on 3 May 2022 suspected of stealing phones from bus passengers.",
    "The TTP warned traders in Swat to pay up or face attacks, in a pamphlet distributed on 2 May 2023.",
    "In a speech on 3 May 2024, the interior minister accused opposition parties of financing the student "
    "blockades and said the government would not step down.",
])
def test_no_event_in_thefts_threats_or_accusations_about_protests(pipeline, text):
    _none(pipeline, text)


def test_a_crowd_gathered_outside_parliament_protests(pipeline):
    ev = _first(pipeline, "Hundreds gathered outside parliament in Yerevan on 5 May 2024 to oppose the handover of border "
                        "villages. [size=hundreds]")
    assert ev.sub_event_type == "Peaceful protest"


# --- after round three ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Climate activists glued themselves to a busy road in Munich on 4 May 2023 to demand a speed limit.",
    "Hundreds turned out in Niamey on Sunday in support of the ruling junta, waving flags.",
    "Mothers of missing people walked through central Guadalajara on Sunday carrying photographs of their children.",
])
def test_wordings_of_peaceful_protest(pipeline, text):
    assert _first(pipeline, text).sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "Police cleared a student encampment at the university in Austin on 29 April 2024, arresting 40 people.",
    "Police in Baku detained a dozen journalists taking part in a silent vigil on Monday.",
])
def test_clearing_a_camp_or_detaining_participants_is_an_intervention(pipeline, text):
    assert _first(pipeline, text).sub_event_type == "Protest with intervention"


@pytest.mark.parametrize("text", [
    "Thousands of pilgrims will set off from Tuzla on Friday on the annual peace march.",
    "Unions announced a general strike for 19 January, with marches planned in every big city.",
    "Sappers in Quang Binh destroyed an artillery shell dating from the Vietnam War that a farmer had found.",
    "The death toll from last week's bus bombing in Quetta rose to 14 after two of the injured died, officials said.",
])
def test_no_event_in_future_marches_legacy_ordnance_or_an_earlier_tolls_rise(pipeline, text):
    _none(pipeline, text)
