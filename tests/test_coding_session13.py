"""Coding fixes found by the thirteenth session's fresh invented sets. Every text here is invented
for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import no_event as _none

pytestmark = pytest.mark.slow


# --- protests and the force used on them ---------------------------------------------------------


def test_a_later_sentence_that_tells_the_same_rally_back_is_no_later_protest(pipeline):
    ev = _first(pipeline, "Police opened fire on a teachers' rally in Sibi on 3 March 2022, killing one teacher and wounding "
                          "six. The rally had been called over unpaid salaries, which had been withheld since 10 January.")
    assert ev.sub_event_type == "Excessive force against protesters"


def test_the_death_a_sit_in_keeps_the_body_of_is_its_topic(pipeline):
    ev = _first(pipeline, "A sit-in by the family entered its third day outside the press club in Kharan on 9 May 2021, "
                          "with mourners keeping the coffin of a shopkeeper who they said was killed by unknown men. [size=dozens]")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_march_after_a_quoted_chant_is_not_inside_the_quote(pipeline):
    ev = _first(pipeline, 'Chanting "bread, freedom, dignity," several thousand people marched through Sfax on Friday, '
                          "3 March 2023. Police watched but did not step in.")
    assert ev.sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "Riot police detained dozens of people on Saturday as thousands marched through Tbilisi against the foreign agents bill.",
    "Officers detained more than 400 people in 20 cities on Sunday, 5 March 2023, at unauthorised rallies against the war, "
    "a monitoring group said.",
])
def test_detentions_at_a_march_are_force_against_it(pipeline, text):
    assert _first(pipeline, text).sub_event_type == "Protest with intervention"


@pytest.mark.parametrize("text", [
    "Nurses and residents marching peacefully towards the civil hospital in Narsingdi came under police fire on 20 July 2024. "
    "Three nurses were shot dead and 30 others were hurt.",
    "Rubber bullets and live rounds fired by police killed a tea worker in Sreemangal on 2 March 2023, as officers moved to "
    "clear labourers who had blocked the highway demanding higher pay.",
    "Soldiers fired at a convoy of opposition supporters heading to a rally near Kalat on 12 June 2024, wounding at least nine "
    "of them.",
])
def test_live_fire_on_a_peaceful_crowd_is_excessive_force(pipeline, text):
    assert _first(pipeline, text).sub_event_type == "Excessive force against protesters"


def test_party_men_who_fire_on_a_procession_attack_it(pipeline):
    # ACLED codes armed party men or gunmen who fire on a march as an attack, not as force by the state
    ev = _first(pipeline, "At least five students were killed on 3 August 2024 when armed ruling-party cadres opened fire on a "
                          "peaceful anti-quota student procession in Khulna town.")
    assert ev.sub_event_type == "Attack"


def test_a_crowd_that_wrecks_an_office_over_power_cuts_demonstrates(pipeline):
    ev = _first(pipeline, "Angry villagers of Usta Muhammad torched a WAPDA office and stoned police on 4 July 2022 after up to "
                          "16 hours of daily power cuts; two policemen were hurt.")
    assert ev.sub_event_type == "Violent demonstration"


# --- agreements and group changes -----------------------------------------------------------------


def test_prisoners_exchanged_are_an_agreement(pipeline):
    ev = _first(pipeline, "Armenia and Azerbaijan swapped 32 detainees on Thursday, 7 December 2023, at the border near "
                          "Ijevan, officials said; those freed included troops captured during the 2020 war.")
    assert ev.sub_event_type == "Agreement"


def test_suspension_of_operations_is_a_change_of_activity(pipeline):
    ev = _first(pipeline, "The Ansar Allah movement announced on 2 May 2024 the suspension of its military operations against "
                          "shipping in the Red Sea, citing the talks in Muscat.")
    assert ev.sub_event_type == "Change to group/activity"


@pytest.mark.parametrize("text", [
    "The government banned the Students' Federation under the Special Powers Act on 4 March 2025, blaming it for attacks "
    "on police during the unrest.",
    "Following weeks of sit-ins by opposition groups, the cabinet decided on 2 June 2025 to ban all activities of the "
    "ruling party's youth wing in Dhaka.",
    "The junta leader signed a decree in Niamey on 26 March 2025 dissolving all political parties, a month after pro-democracy "
    "rallies in the capital.",
])
def test_bans_and_dissolutions_are_changes_of_activity_not_their_causes(pipeline, text):
    assert _first(pipeline, text).sub_event_type == "Change to group/activity"


def test_an_outlawed_group_named_in_a_fight_gives_no_order(pipeline):
    ev = _first(pipeline, "On 2 May 2011, a leader of the outlawed Purba Banglar Communist Party was arrested after a gunfight "
                          "between his men and police at Dashuria in Ishwardi upazila, Pabna.")
    assert ev.sub_event_type == "Armed clash"


# --- territory -------------------------------------------------------------------------------------


def test_a_town_under_the_control_of_a_group_is_taken(pipeline):
    ev = _first(pipeline, "Ad-Damazin is now under the full control of the Rapid Support Forces, the group said on 4 June 2024, "
                          "after three days of fighting on the outskirts of the town.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_order_under_control_is_no_territory(pipeline):
    _none(pipeline, "The situation came under the control of the police by evening after a scuffle near the bazaar in "
                           "Peshawar on Monday.")


def test_a_palace_taken_without_resistance_is_a_non_violent_transfer(pipeline):
    ev = _first(pipeline, "On 9 December 2024, rebel fighters entered Hama city and took control of the governor's office "
                          "without serious resistance after government forces abandoned their posts.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_one_suspect_who_surrenders_in_a_city_is_no_transfer(pipeline):
    _none(pipeline, "Police seized 4 kilograms of heroin in a sting operation in Cebu City on 3 May 2022. The suspect "
                           "surrendered without resistance.")


# --- arrests -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Police arrested 21 Jamaat activists in night raids across Bogra town on 5 November 2023, accusing them of sabotage "
    "during the hartal.",
    "Dozens of men were detained by police in raids across Mirpur on 27 July 2024 on suspicion of involvement in arson "
    "attacks on metro stations during the student unrest.",
    "Detectives arrested the party's joint secretary at his home in Dhaka on 1 November 2023, a day after the opposition's "
    "grand rally in the city ended in clashes.",
])
def test_arrests_for_violence_during_a_past_protest_are_arrests(pipeline, text):
    assert _first(pipeline, text).sub_event_type == "Arrests"


# --- mobs ---------------------------------------------------------------------------------------------


def test_a_man_beaten_by_a_crowd_is_mob_violence_whoever_reported_it(pipeline):
    ev = _first(pipeline, "Two men accused of stealing a goat were caught and beaten by a crowd of villagers at a market near "
                          "Kisumu on Saturday, police said.")
    assert ev.sub_event_type == "Mob violence"


# --- no event ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # a protest called for, with the release of detained people as its demand
    "The teachers' union called on Monday, 4 March 2024, for a national strike and marches from the following week to demand "
    "the release of detained union leaders.",
    "Resistance committees called on 3 May for marches across Khartoum on 10 May to mark the anniversary of the sit-in massacre.",
    # battle, assault and attack used of no fight
    "Doctors in Sindh are fighting a losing battle against dengue, with 900 new cases recorded in a week, officials said.",
    "The Ghanaian boxer survived a fierce assault in the ninth round and won a unanimous decision to become champion.",
    "A ransomware attack took the port authority's systems offline on Tuesday, officials said.",
    # disasters
    "Mount Marapi erupted on Sunday, 3 December 2023, throwing lava and ash over hikers on its slopes and killing 11 of them.",
    "Fireworks set the curtains of a crowded hall alight during a wedding in Mosul on Saturday, killing 14 guests.",
    "A huge explosion tore through a warehouse district in Chittagong on Sunday. Officials said the blast was caused by "
    "chemicals stored unsafely in a container depot.",
    # parades, anniversaries, private crime
    "Egypt marked Armed Forces Day on 6 October 2023 with a parade in Cairo as marching cadets passed the president's stand.",
    "Residents laid flowers on 23 May 2024 to mark seven years since militants overran the town, triggering a siege that "
    "lasted five months.",
    "A man was stabbed outside a bar in Brighton on 2 June 2023. Police said the attack followed a personal dispute and "
    "arrested a 30-year-old.",
])
def test_no_event(pipeline, text):
    _none(pipeline, text)


def test_a_rally_answered_is_held(pipeline):
    ev = _first(pipeline, "Thousands answered a call for a 'long march' to Islamabad on 25 May 2022 and clashed with police at "
                          "Attock bridge, hurling stones at officers.")
    assert ev.sub_event_type == "Violent demonstration"


# --- background told around the event -----------------------------------------------------------------


def test_force_on_mourners_of_the_day_before_is_this_days_force(pipeline):
    ev = _first(pipeline, "Students trying to hold a vigil for classmates shot dead the previous day were met with tear gas and "
                          "rubber bullets fired by police outside the university in Sylhet on 18 July 2024. Nobody was badly hurt.")
    assert ev.sub_event_type == "Protest with intervention"


def test_old_mines_of_years_of_war_are_no_battle(pipeline):
    ev = _first(pipeline, "A landmine killed a shepherd near Taiz on Monday. Mines planted during years of fighting around the city "
                          "still kill civilians, a medic said.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_a_feared_offensive_is_no_battle(pipeline):
    _none(pipeline, "Residents of Tal Afar said convoys of militia reinforcements arrived overnight, raising fears of a new "
                    "offensive after a year of calm.")


def test_an_attack_that_dates_the_report_is_background(pipeline):
    ev = _first(pipeline, "As reported on 4 May 2022, ISWAP fighters had set up a camp on an island in Lake Chad near Kaiga, "
                          "according to fishermen. The report came after three soldiers were killed in an ambush near Baga on 28 April.")
    assert ev.sub_event_type == "Headquarters or base established"


def test_a_leader_picked_up_from_his_rented_flat_is_abducted(pipeline):
    ev = _first(pipeline, "Relatives said a Jubo Dal leader was picked up from his rented house in Khilgaon, Dhaka, on 3 January "
                          "2024 by men who said they were from the DB. Police denied holding him, and he has not been seen since.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


# --- second round ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Police in Tirana detained 61 people on Sunday as supporters of the opposition Democratic Party blocked the main boulevard.",
    "Riot police with shields moved in on about 50 nurses staging a sit-in outside the health ministry in Lusaka on Monday; nine were arrested.",
    "Hundreds of women took part in the weekly 'Mothers' March' in Caracas on 4 May 2019; guardsmen pulled participants "
    "out of the column and detained 20 of them.",
])
def test_force_on_a_named_or_blocking_crowd_is_intervention(pipeline, text):
    assert _first(pipeline, text).sub_event_type == "Protest with intervention"


def test_a_named_march_is_a_protest(pipeline):
    ev = _first(pipeline, "On 8 March 2023, garment workers held the annual Nari March in Dhaka city (Dhaka), calling for equal pay. "
                          "[size=about 1,500]")
    assert ev.sub_event_type == "Peaceful protest"


def test_arrests_before_a_rally_that_is_still_due_are_arrests(pipeline):
    ev = _first(pipeline, "At least 25 opposition workers were detained by police in overnight raids in Multan, the party said on "
                          "Friday, a day before it was due to hold a rally in the city.")
    assert ev.sub_event_type == "Arrests"


@pytest.mark.parametrize("text, sub", [
    ("Grenades dropped from drones by suspected cartel members hit two houses in Apatzingan on Tuesday, wounding a boy.",
     "Air/drone strike"),
    ("Several shells fired from rebel-held hills landed in a market in Sake on Thursday, killing five people.",
     "Shelling/artillery/missile attack"),
    ("British and US jets carried out a wave of airstrikes on Houthi radar sites near Hodeidah overnight, aimed at cutting "
     "supplies to the group; the Houthis said 12 people were killed.", "Air/drone strike"),
    ("Three soldiers were killed on Monday when Tajik units opened fire on Kyrgyz positions near Batken, the ministry said.",
     "Armed clash"),
])
def test_the_weapon_decides(pipeline, text, sub):
    assert _first(pipeline, text).sub_event_type == sub


@pytest.mark.parametrize("text, sub", [
    ("A Pakistani drone struck a car near Khost on 3 April 2024, killing two TTP commanders. The army and the TTP have "
     "clashed almost weekly since last summer.", "Air/drone strike"),
    ("On 2 February 2023, Russian forces shelled Kupiansk, killing three civilians. Ukrainian troops had retaken the town in "
     "September.", "Shelling/artillery/missile attack"),
    ("Following a week of clashes that killed 40 people, the two militias signed a ceasefire agreement in Tripoli on 5 May 2023.",
     "Agreement"),
    ("Ethiopian troops rolled into the town of Shire on 22 November 2022 after Tigrayan forces withdrew under the terms of the "
     "AU-brokered truce; residents said it was handed over without a shot fired.", "Non-violent transfer of territory"),
])
def test_background_of_another_time_is_not_the_event(pipeline, text, sub):
    assert _first(pipeline, text).sub_event_type == sub


@pytest.mark.parametrize("text", [
    "Men in plain clothes took him from his university hostel in Quetta on Tuesday night, his brother said; he has not been "
    "produced in court.",
    "Four fishermen were seized off Sulu by suspected Abu Sayyaf gunmen on Monday, the navy said; the kidnappers later "
    "demanded a ransom.",
])
def test_people_taken_away_are_abducted(pipeline, text):
    assert _first(pipeline, text).sub_event_type == "Abduction/forced disappearance"


@pytest.mark.parametrize("text, sub", [
    ("A mass grave with at least 12 bodies was found on Friday near a camp in Ituri, officials said, adding it was unclear "
     "who had killed them.", "Other"),
    ("Investigators recovered the remains of at least 14 people from a clandestine grave in Zapopan on Monday.", "Other"),
])
def test_graves_found_are_other(pipeline, text, sub):
    assert _first(pipeline, text).sub_event_type == sub


@pytest.mark.parametrize("text", [
    "The collapse of the Mwarazi dam flooded three villages on 3 April 2024, killing 17 people.",
    "Police in Lahore arrested a man on Friday for shooting dead his cousin in a dispute over their grandfather's inheritance.",
    "Kerala's footballers stormed into the national final with a 3-1 win over Goa on Sunday.",
    "A man with no known political affiliation stabbed two people at a station in Osaka on Monday; police said he had a "
    "personal grudge against the rail company.",
])
def test_no_event_round_two(pipeline, text):
    _none(pipeline, text)


def test_jihadists_who_attack_a_post_fight_no_riot(pipeline):
    ev = _first(pipeline, "On 3 March 2023, JNIM militants attacked a position of the army and VDP near Dori (Seno, Sahel). "
                          "The army said it repelled the assault; 4 VDP members died in the fighting.")
    assert ev.sub_event_type == "Armed clash"


# --- third round ------------------------------------------------------------------------------------------


def test_a_march_that_marks_a_past_bombing_is_peaceful(pipeline):
    ev = _first(pipeline, "Doctors marched through Peshawar on 16 December 2015, marking one year since the school attack that killed "
                          "more than 140 children, and demanded justice for the victims. [size=hundreds]")
    assert ev.sub_event_type == "Peaceful protest"
    assert ev.fatalities == 0


def test_a_procession_marking_a_founding_day_that_clashes_riots(pipeline):
    ev = _first(pipeline, "On 4 January 2013, Chhatra Dal activists brought out a procession marking the group's founding anniversary "
                          "and clashed with police in Sylhet city. Police detained nine activists.")
    assert ev.sub_event_type == "Violent demonstration"


def test_a_body_placed_on_a_road_with_demands_is_a_protest(pipeline):
    ev = _first(pipeline, "Relatives placed the body of a shopkeeper on the Quetta-Karachi highway near Khuzdar on 2 May 2021 and "
                          "demanded the arrest of his killers. [size=dozens]")
    assert ev.sub_event_type == "Peaceful protest"


def test_belongings_carried_away_are_looted(pipeline):
    ev = _first(pipeline, "Hours after the minister fled on 5 August 2024, crowds entered his residence in Dhaka and carried away "
                          "furniture, appliances and other belongings.")
    assert ev.sub_event_type == "Looting/property destruction"


@pytest.mark.parametrize("text", [
    "A freight train rammed into a stationary passenger train near Balasore on 2 June 2023, killing 12 people.",
    "Organisers of the Paris marches announced that a day of strikes would be held the following Tuesday, urging "
    "members to join rallies in Lyon and Marseille.",
])
def test_no_event_round_three(pipeline, text):
    _none(pipeline, text)


def test_unrest_of_another_time_is_the_marchers_topic(pipeline):
    ev = _first(pipeline, "Hundreds of mothers marched through La Paz on Monday, carrying portraits of sons killed in earlier "
                          "unrest. Police watched the march but did not intervene.")
    assert ev.sub_event_type == "Peaceful protest"


def test_activists_taken_into_custody_are_arrested(pipeline):
    ev = _first(pipeline, "Police raided the homes of PTM leaders in Zhob on 3 March 2024 and took eight activists, including a "
                          "district organiser, into custody under the public order law.")
    assert ev.sub_event_type == "Arrests"


def test_armed_robbers_whose_shooting_is_told_next_are_crime(pipeline):
    _none(pipeline, "Armed robbers held up a bank branch in Kumasi on Friday and escaped with cash. A guard was wounded by gunfire, "
                    "police said.")


def test_a_congregation_marched_into_the_bush_is_abducted(pipeline):
    ev = _first(pipeline, "Gunmen abducted about 20 worshippers from a church in Kogi state on Sunday and marched the congregation "
                          "into nearby hills, police said.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


@pytest.mark.parametrize("text", [
    "On 15 March 2019, pupils and teachers took part in the School Climate Strike in Wellington (Wellington, Wellington), "
    "calling for action on emissions. [size=thousands]",
    "Some 400 nurses marched to the health ministry in Accra on Monday to demand unpaid allowances. The march ended with a "
    "petition and dispersed by midday without incident.",
    "BNP activists from six districts attended a divisional rally in Khulna on 22 October 2022, protesting fuel prices, "
    "power cuts and the killing of party activists in police firing.",
])
def test_peaceful_protests_round_three(pipeline, text):
    assert _first(pipeline, text).sub_event_type == "Peaceful protest"


def test_a_hijacked_bus_set_alight_is_no_abduction(pipeline):
    ev = _first(pipeline, "Youths threw petrol bombs at police in Derry on Monday night, and a hijacked van was set alight at a "
                          "junction, police said. Two officers were hurt.")
    assert ev.sub_event_type != "Abduction/forced disappearance"


def test_mobs_with_sticks_that_loot_and_kill_riot(pipeline):
    ev = _first(pipeline, "Mobs armed with sticks and iron bars attacked and looted shops owned by migrants in Durban on Tuesday, "
                          "setting some alight. Police said three people were killed.")
    assert ev.sub_event_type == "Mob violence"


def test_gunfire_between_factions_is_a_clash(pipeline):
    ev = _first(pipeline, "Gunfire broke out between two Chhatra Dal factions in Bhairab upazila (Kishoreganj) on 3 March 2025 over "
                          "control of a bus stand. One activist was shot dead and four were hurt.")
    assert ev.sub_event_type == "Armed clash"


def test_a_blast_while_bombs_were_made_is_disrupted_use(pipeline):
    ev = _first(pipeline, "A blast while crude bombs were being assembled in a shed in Sirajganj on 2 June 2023 killed the man making "
                          "them, police said.")
    assert ev.sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize("text, sub", [
    ("Two men raped a Garo girl in Haluaghat (Mymensingh) on 4 April 2024 as she walked home. Students later formed a human "
     "chain demanding their arrest.", "Sexual violence"),
    ("Masked men abducted a Jubo Dal leader from his shop in Savar on 6 December 2023. Relatives held a press conference and "
     "a protest two days later.", "Abduction/forced disappearance"),
])
def test_the_deed_told_first_outranks_the_protest_it_sparked(pipeline, text, sub):
    assert _first(pipeline, text).sub_event_type == sub


def test_an_exchange_carried_out_in_several_places_is_one_agreement(pipeline):
    events = pipeline.extract("The two governments began swapping about 400 detainees on Sunday under a deal mediated by Qatar, with "
                              "buses moving between Kabul, Herat, Kandahar and Mashhad.").events
    assert [e.sub_event_type for e in events] == ["Agreement"]
