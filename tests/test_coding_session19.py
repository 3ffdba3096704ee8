"""Coding fixes found by the nineteenth session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import no_event as _none

pytestmark = pytest.mark.slow


# -- fatalities given as a range ------------------------------------------------------------------


def test_a_range_of_dead_is_coded_at_its_lowest_bound(pipeline):
    ev = _first(pipeline, "Bandits stormed a market in Gusau on 3 June 2022, killing between eleven and fifteen traders, "
                          "a councillor said.")
    assert (ev.sub_event_type, ev.fatalities) == ("Attack", 11)


def test_a_hyphenated_range_of_dead_is_coded_at_its_lowest_bound(pipeline):
    ev = _first(pipeline, "Troops fired on a march against the junta in Sagaing on 9 April 2021, leaving 4-7 marchers dead, "
                          "witnesses said.")
    assert (ev.sub_event_type, ev.fatalities) == ("Excessive force against protesters", 4)


# -- places -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "KALEHE, Democratic Republic of Congo — Mai-Mai fighters attacked a health centre on 2 May 2023, killing three nurses.",
    "Mai-Mai fighters attacked a health centre in the Democratic Republic of the Congo on 2 May 2023, killing three nurses.",
    "Mai-Mai fighters attacked a health centre in DR Congo on 2 May 2023, killing three nurses.",
])
def test_the_drc_named_in_full_or_short_is_the_country(pipeline, text):
    assert _first(pipeline, text).country == "Democratic Republic of Congo"


def test_a_country_name_joined_by_of_is_one_name(pipeline):
    ev = _first(pipeline, "Police fired tear gas at striking dockers in the Republic of Korea on 5 March 2024.")
    assert ev.country == "South Korea"


# -- non-events -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # an industrial accident told as "a boiler exploded" with a fire set off
    "Explosion rips through textile mill near Faisalabad. A boiler exploded at the mill on Monday, 4 March 2024, setting "
    "off a blaze that gutted two sheds, rescue officials said.",
    # a yearly tally in a monitor's report
    "Landmines and explosive remnants killed or maimed 4,700 people in 2023, the highest toll in five years, "
    "campaigners said in Geneva on Wednesday.",
    # sanctions on the makers of weapons
    "Britain imposes sanctions on rocket makers. LONDON, 3 March 2024 - The government froze the assets of firms that "
    "sell rockets and drones to militias in the region, officials said.",
    # a reaction to reports, with no event
    "Rights chief troubled by reports of abuses. The UN rights chief said on Friday, 7 June 2024, he was troubled by "
    "reports of killings and abductions in the Kivu provinces.",
    # a race report
    "Kenyan runner Jane Cheruiyot launched a fierce attack on the final climb and beat the field to win the Tokyo "
    "Marathon on Sunday, breaking the course record.",
])
def test_accidents_tallies_trade_reactions_and_races_are_no_events(pipeline, text):
    _none(pipeline, text)


# -- protests -------------------------------------------------------------------------------------


def test_people_named_as_detained_earlier_make_no_arrest(pipeline):
    ev = _first(pipeline, "Hundreds of lawyers gathered outside the high court in Harare on 3 May 2022, chanting the "
                          "names of detained activists. They left peacefully after an hour.")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_crowd_gathered_chanting_is_a_protest(pipeline):
    ev = _first(pipeline, "About 300 people gathered on a boulevard in Minsk on 9 August 2021, chanting 'Freedom'. Riot "
                          "police detained more than 40 of them.")
    assert ev.sub_event_type == "Protest with intervention"


def test_a_crowds_violence_after_a_grievance_of_the_previous_day_is_its_own(pipeline):
    ev = _first(pipeline, "Dockworkers in Gwadar, protesting the drowning of a colleague the previous day, ransacked the "
                          "port office and set a truck on fire on 3 May 2023.")
    assert ev.sub_event_type == "Violent demonstration"


# -- abductions -------------------------------------------------------------------------------------


def test_a_man_forced_into_a_vehicle_is_abducted(pipeline):
    ev = _first(pipeline, "A union organiser in Bukavu has not come home since armed men forced him into a car on 2 "
                          "February 2023, his wife said.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_boats_seized_with_their_crews_are_an_abduction(pipeline):
    ev = _first(pipeline, "Pirates seized two dhows with 11 crew members off Eyl (Nugaal) on 6 January 2024 and sailed "
                          "them towards the coast.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


# -- strategic developments -----------------------------------------------------------------------


def test_a_ban_on_a_party_that_cites_its_role_in_killings_is_a_change_to_group(pipeline):
    ev = _first(pipeline, "Citing the movement's role in killings during the unrest, the interior ministry issued a "
                          "notification on 3 May 2023 banning the Youth Front under the Anti-Terrorism Act.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_ban_that_accuses_the_party_of_protests_is_a_change_to_group(pipeline):
    ev = _first(pipeline, "The interior ministry banned the Popular Front, its youth wing and other affiliated groups "
                          "through an executive order on 2 June 2022, accusing them of instigating the violence surrounding "
                          "the July protests.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_faction_splitting_from_its_movement_is_a_change_to_group(pipeline):
    ev = _first(pipeline, "On 4 March 2024, commanders of the Segunda Marquetalia in Narino said they were splitting "
                          "from the group's leadership to negotiate with the government on their own.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_town_handed_over_by_departing_rebels_is_a_non_violent_transfer(pipeline):
    ev = _first(pipeline, "Ugandan troops took over Rumangabo, north of Goma, on 3 March 2023, after the rebels handed "
                          "the camp over at a ceremony.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_rebels_who_take_an_army_headquarters_overtake_territory(pipeline):
    ev = _first(pipeline, "The Ta'ang National Liberation Army said on 25 June 2024 that it had taken the army's "
                          "regional garrison in Kyaukme after a week of fighting.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_rebels_consolidating_control_after_a_capture_overtake_territory(pipeline):
    ev = _first(pipeline, "On 2 February 2024, the Kachin Independence Army captured the army camp at Bhamo after days of "
                          "fighting, consolidating its control over the town. Five soldiers were killed.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_soldiers_announcing_a_president_s_removal_is_other(pipeline):
    ev = _first(pipeline, "Officers appeared on state television in Libreville on 30 August 2023 to announce the removal "
                          "of President Ali Bongo and the dissolution of the constitution's institutions.")
    assert ev.sub_event_type == "Other"


def test_a_base_set_up_after_foreign_troops_left_is_a_base(pipeline):
    ev = _first(pipeline, "On 2 March 2022, Malian soldiers set up a base at Menaka airfield, shortly after French "
                          "troops withdrew from their camp in the town.")
    assert ev.sub_event_type == "Headquarters or base established"


# -- battles and background -----------------------------------------------------------------------


def test_police_regaining_control_of_a_prison_wing_is_no_territory(pipeline):
    ev = _first(pipeline, "Inmates of rival gangs fought with guns inside the Tocoron prison in Aragua on 3 May 2023. "
                          "Police regained control of the cell block hours later. Nine inmates were killed.")
    assert ev.sub_event_type == "Armed clash"


def test_a_lynching_after_police_seized_weapons_stays_a_lynching(pipeline):
    ev = _first(pipeline, "A crowd in Petion-Ville beat and burned three suspected gang members on 5 May 2023, after police "
                          "stopped their car and seized two rifles.")
    assert ev.sub_event_type == "Mob violence"


def test_an_arrest_after_unrest_that_erupted_earlier_is_an_arrest(pipeline):
    ev = _first(pipeline, "Police arrested a former minister at his home in Lahore on 12 May 2023 as part of a crackdown "
                          "on party leaders following the unrest that erupted after the party chief's arrest. Two other "
                          "party leaders were detained in separate raids the same day.")
    assert ev.sub_event_type == "Arrests"


def test_gangs_that_shot_it_out_clash(pipeline):
    ev = _first(pipeline, "Five gunmen died on 2 March 2024 when two drug gangs shot it out near Culiacan in Sinaloa, "
                          "prosecutors said.")
    assert ev.sub_event_type == "Armed clash"


def test_rebels_whose_name_ends_in_forces_raid_a_village_as_attackers(pipeline):
    ev = _first(pipeline, "Suspected Allied Democratic Forces fighters raided the village of Mukondi near Beni on 9 "
                          "March 2023, killing 17 civilians.")
    assert ev.sub_event_type == "Attack"


def test_bombs_that_slam_into_a_camp_are_shelling(pipeline):
    ev = _first(pipeline, "Three bombs slammed into a camp for displaced people near Sake on 2 April 2024, killing nine "
                          "people, aid workers said.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


def test_a_rally_whose_demands_name_attacks_is_the_event(pipeline):
    ev = _first(pipeline, "Several thousand Christians attended a rally at the cathedral square in Jos on 4 May 2024, "
                          "pressing demands that included compensation and trials for attacks on churches since January.")
    assert ev.sub_event_type == "Peaceful protest"


def test_an_article_and_a_people_s_name_at_a_sentence_start_is_no_place(pipeline):
    ev = _first(pipeline, "An Ahmadi youth was beaten to death in Kushtia on 8 March 2024.")
    assert (ev.country, ev.admin2) == ("Bangladesh", "Kushtia")


# -- round two ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # a film about a siege, at a festival
    "A Syrian director's war drama about the siege of Aleppo, filmed in the old souk with former fighters as extras, "
    "opened the Cairo film festival on Friday to a standing ovation.",
    # a novel about a shelled city, shortlisted for a prize
    "A Bosnian novelist's new book, which follows a family torn apart by the shelling of Sarajevo in the 1990s, was "
    "shortlisted on Monday for a European literary prize.",
    # a country marking the anniversary of a massacre
    "Rwanda marked the 30th anniversary of the Nyarubuye massacre on Sunday with a ceremony at the church, where "
    "survivors laid flowers for the thousands of villagers killed by militiamen in April 1994.",
])
def test_films_books_and_anniversaries_are_no_events(pipeline, text):
    _none(pipeline, text)


def test_suicide_bombings_in_the_plural_are_suicide_bombs(pipeline):
    ev = _first(pipeline, "Two suicide bombings hit a crowded bus station in Maiduguri on 3 May 2021, killing 14 people.")
    assert ev.sub_event_type == "Suicide bomb"


def test_a_mine_that_kills_is_no_demining_because_a_mine_action_agency_reports_it(pipeline):
    ev = _first(pipeline, "A tractor hit an old anti-tank mine near Kupiansk on 4 May 2024, killing the driver, the "
                          "regional mine action centre said.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_troops_rolling_into_a_district_as_the_other_side_withdraws_take_it_without_fighting(pipeline):
    ev = _first(pipeline, "Ethiopian troops rolled into the town of Shire on 24 November 2022 as Tigrayan forces "
                          "completed their withdrawal under the peace deal.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_kidnappers_who_take_passengers_into_the_bush_abduct_them(pipeline):
    ev = _first(pipeline, "Gunmen stopped a bus near Birnin Gwari (Kaduna) on 4 May 2022 and took 19 passengers into the "
                          "forest.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_a_head_of_government_who_resigns_and_flees_is_other(pipeline):
    ev = _first(pipeline, "President Gotabaya Rajapaksa resigned and fled the country on 13 July 2022, the speaker of "
                          "parliament in Colombo said.")
    assert ev.sub_event_type == "Other"


def test_bandits_who_hand_themselves_over_change_their_activity(pipeline):
    ev = _first(pipeline, "Twelve members of a forest pirate gang handed themselves over to RAB at Shyamnagar (Satkhira) "
                          "on 2 May 2023, surrendering nine guns.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_strike_held_as_workers_march_is_no_arrest(pipeline):
    ev = _first(pipeline, "The main union held a day-long general strike in Santiago on 3 May 2024 as thousands of workers "
                          "marched to the palace. The march passed off calmly.")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_protest_march_with_a_capital_m_is_a_protest(pipeline):
    ev = _first(pipeline, "Marching from the college gate to the press club (Barishal) on 3 May 2024, students demanded "
                          "the removal of the vice-chancellor.")
    assert ev.sub_event_type == "Peaceful protest"


def test_residents_who_kill_men_accused_of_robberies_are_a_mob(pipeline):
    ev = _first(pipeline, "Community members in Khayelitsha (Cape Town) beat to death three men they accused of a spate "
                          "of robberies on 9 May 2023, police said.")
    assert ev.sub_event_type == "Mob violence"


def test_a_crowd_against_a_convention_that_fights_police_and_attacks_homes_is_a_mob(pipeline):
    ev = _first(pipeline, "After Friday prayers on 8 March 2024, a crowd opposed to the annual Jalsa Salana clashed with "
                          "police and BGB and attacked Ahmadi homes and shops in Sundarban and Jamtoli (Kushtia Sadar, "
                          "Kushtia). An Ahmadi man was hacked to death and a shopkeeper was killed during the clashes; many "
                          "houses were set on fire.")
    assert ev.sub_event_type == "Mob violence"


def test_people_arrested_holding_signs_supporting_a_banned_group_are_a_protest_met_with_force(pipeline):
    ev = _first(pipeline, "More than 90 people were arrested in George Square, Glasgow, on 6 August 2025 after holding up "
                          "cardboard signs supporting the banned group.")
    assert ev.sub_event_type == "Protest with intervention"


def test_demonstrators_who_then_attack_others_demonstrate_violently(pipeline):
    ev = _first(pipeline, "Ansar members demonstrating for higher pay surrounded the ministry in Dhaka on 3 May 2025 and "
                          "then attacked students who came to confront them, using sticks. About 20 people were injured "
                          "before police intervened.")
    assert ev.sub_event_type == "Violent demonstration"


def test_forces_who_shoot_dead_men_taking_part_in_a_march_use_excessive_force(pipeline):
    ev = _first(pipeline, "Malian soldiers shot dead three young men taking part in a peaceful march against power cuts "
                          "in Kayes on 4 May 2023, the organisers said.")
    assert ev.sub_event_type == "Excessive force against protesters"


def test_detentions_after_an_attack_are_arrests(pipeline):
    ev = _first(pipeline, "Joint forces launched a drive in Narsingdi on 9 February 2025, detaining at least 25 people, "
                          "most of them Jubo League activists, after an attack on students at a college.")
    assert ev.sub_event_type == "Arrests"


def test_arrests_whose_detainees_are_named_political_in_the_next_sentence_are_arrests(pipeline):
    ev = _first(pipeline, "Police arrested 38 people across Bogura district on 12 February 2025. Most were Awami League "
                          "and Jubo League activists accused of involvement in attacks on protesters last year.")
    assert ev.sub_event_type == "Arrests"


def test_a_tagged_crowd_that_stones_soldiers_before_they_fire_demonstrates_violently(pipeline):
    ev = _first(pipeline, "Supporters of the jailed mayor tried to storm the courthouse in Cusco on 3 May 2023, throwing "
                          "stones at soldiers guarding it. The soldiers opened fire and at least 4 people were killed. "
                          "[size=thousands]")
    assert ev.sub_event_type == "Violent demonstration"


# -- round three ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # a memoir named before its noun
    "In 'Sand and Steel', published on Monday, a retired army sniper recounts his tours of duty and the firefights that "
    "still haunt him, in a memoir his publisher calls unflinching.",
    # a tanker that overturned and exploded
    "A fuel tanker overturned and exploded in Dutsin-Ma in Katsina State on Sunday night as residents scooped up spilled "
    "petrol, killing at least 40 people, police said. Many of the injured were taken to hospitals in Katsina.",
    # a shooter game's new season
    "A new season of the hit battle royale shooter drew a record 5 million players in its first weekend, its developer "
    "said on Monday.",
    # a bomb scare
    "Flights were suspended for two hours at Oslo Airport on Monday after a suspicious package was found in the arrivals "
    "hall. Army bomb disposal experts later declared it harmless.",
    # a metaphor in a debate
    "Opposition members attacked the budget minister in parliament on Tuesday, accusing him of 'bombing' small "
    "businesses with new taxes.",
])
def test_memoirs_tanker_blasts_games_scares_and_metaphors_are_no_events(pipeline, text):
    _none(pipeline, text)


def test_a_ban_over_a_group_s_role_in_attacks_on_protesters_is_a_change_to_group(pipeline):
    ev = _first(pipeline, "The government banned the Youth Front on 3 May 2024, declaring it a terrorist organisation "
                          "under the Anti-Terrorism Act over its role in attacks on protesters last year.")
    assert ev.sub_event_type == "Change to group/activity"
