"""Coding fixes found by the twenty-first session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import no_event as _none

from eventatlas.casualties import find_casualties
from eventatlas.text import make_document

pytestmark = pytest.mark.slow


def _killed(text: str) -> list[int]:
    return [c.figure for c in find_casualties(make_document(text)) if c.outcome == "killed"]


# -- fatalities ---------------------------------------------------------------------------------------


def test_a_second_group_without_a_figure_joins_the_first():
    assert _killed("An army spokesman said 14 soldiers and militiamen were killed in the raid.") == [14]
    assert _killed("Officials said 9 gendarmes and VDP died in the assault on the post.") == [9]


def test_the_one_named_after_a_group_counts_once_more():
    assert _killed("Six policemen and the civilian cook were killed when the mine went off.") == [7]


def test_a_lone_second_group_of_another_kind_is_no_new_figure():
    # the first group of two is a figure of its own; "the bodies of" is what was handed back
    assert _killed("The sides swapped 12 prisoners and the bodies of 30 fighters near the river.") == []
    assert _killed("Rescuers said 5 women and children were killed in the strike.") == [5]


def test_a_breakdown_after_the_figure_keeps_the_figure():
    assert _killed("Doctors said 31 people, two nurses among them, died in the shelling of the market.") == [31]


def test_how_many_is_no_figure():
    assert _killed("The ministry said the blast hit a patrol but would not say how many were killed.") == []


def test_the_last_time_so_many_died_is_a_comparison():
    assert _killed("Four people were killed on Monday; the last time more than 200 soldiers and police lost their "
                   "lives in one week was in 2014.") == [4]


def test_captives_seized_and_then_beheaded_are_an_attack_with_their_toll(pipeline):
    ev = _first(pipeline, "On 9 March 2022, al Shabaab fighters seized 4 herders near Buulo Fulaay (Baidoa, Bay) and "
                          "beheaded them the next morning, elders said.")
    assert (ev.sub_event_type, ev.fatalities) == ("Attack", 4)


# -- remote violence -----------------------------------------------------------------------------------


def test_a_drone_loaded_with_explosives_is_a_drone_strike(pipeline):
    ev = _first(pipeline, "Aguililla, Michoacán - A drone loaded with explosives hit a ranch house on Sunday, injuring "
                          "a farmhand; police blamed a criminal group fighting for the area.")
    assert ev.sub_event_type == "Air/drone strike"


def test_canisters_of_gas_released_over_a_camp_are_a_chemical_weapon(pipeline):
    ev = _first(pipeline, "A rebel group in Kayah said a military helicopter dropped canisters of a greenish gas over "
                          "its training camp on Tuesday, leaving nine fighters vomiting and short of breath.")
    assert ev.sub_event_type == "Chemical weapon"


# -- strategic developments ------------------------------------------------------------------------------


def test_a_camp_installed_by_rebels_is_a_base(pipeline):
    ev = _first(pipeline, "Farmers said ELN fighters installed a camp on a cattle estate near Tame, Arauca, last month "
                          "and now hold meetings there.")
    assert ev.sub_event_type == "Headquarters or base established"


def test_a_post_occupied_unopposed_is_a_non_violent_transfer(pipeline):
    ev = _first(pipeline, "Soldiers left the Kpendjal barracks on Friday night and fighters of an armed group took it "
                          "over unopposed on Saturday, residents said.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_a_prisoner_handed_over_to_a_prosecutors_office_is_no_transfer_of_territory(pipeline):
    report = pipeline.extract("Marines arrested a commander of the Sinaloa Cartel in Culiacán without a shot being "
                              "fired and handed him over to the state Prosecutor's Office, officials said.")
    assert all(e.sub_event_type != "Non-violent transfer of territory" for e in report.events)


def test_armed_men_blocking_roads_with_burning_cars_is_property_destruction(pipeline):
    # (a guard for the rule that a road "blocked" by gunmen is no demonstration)
    ev = _first(pipeline, "Gunmen torched at least eight trucks and a pharmacy in Irapuato, Guanajuato, on Friday "
                          "night, blocking highways with the burning vehicles; nobody was hurt, officials said.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_an_armed_group_announcing_it_leaves_a_country_changes_its_activity(pipeline):
    ev = _first(pipeline, "On 3 March 2025, the Wagner Group announced it was leaving Libya, and its men were seen "
                          "boarding planes at the Al Khadim airbase (Al Marj, Al Marj).")
    assert ev.sub_event_type == "Change to group/activity"


def test_an_arrest_raid_by_a_foreign_army_is_an_arrest_by_that_army(pipeline):
    ev = _first(pipeline, "On 8 August 2023, Israeli forces raided Tubas (Tubas, West Bank) overnight and arrested "
                          "11 Palestinians. No confrontations were reported.")
    assert (ev.sub_event_type, ev.actor1) == ("Arrests", "Military Forces of Israel (2022-)")


def test_the_side_that_vacated_positions_is_not_the_one_that_took_them(pipeline):
    ev = _first(pipeline, "On 12 October 2019, Syrian government forces deployed to Tal Tamr (Ras al Ain, Al-Hasakeh) "
                          "and took over posts vacated by US troops, without any fighting.")
    assert ev.actor1.startswith("Military Forces of Syria")


# -- abductions ---------------------------------------------------------------------------------------


def test_a_detention_nobody_acknowledges_is_a_disappearance(pipeline):
    ev = _first(pipeline, "On 9 May 2024, men who said they were state security officers took a blogger from his flat "
                          "in Niamey (Niamey, Niamey). His relatives have been unable to find out where he is held, and "
                          "the authorities have not acknowledged his arrest.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_a_named_man_seized_by_plainclothes_men_is_no_territory(pipeline):
    ev = _first(pipeline, "On 4 January 2025, plainclothes men seized Peter Kamau, a young man who had mocked the "
                          "governor online, outside a cafe in Nyeri town (Nyeri) and drove off; he has not been seen since.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


# -- protests told as the background of another deed --------------------------------------------------------


def test_a_blockade_named_as_when_a_man_went_into_hiding_is_no_protest(pipeline):
    ev = _first(pipeline, "A schoolgirl was raped in Sonaimuri (Noakhali) on 8 November 2023 by two Chhatra League "
                          "men searching for her father, a BNP activist who had fled since the hartal began; police "
                          "detained one of them.")
    assert ev.sub_event_type == "Sexual violence"


def test_a_rally_of_an_earlier_month_behind_an_arrest_is_no_protest(pipeline):
    ev = _first(pipeline, "Police detained a Hefazat leader at his home in Hathazari (Chittagong) on 3 December 2024 over "
                          "a speech he had given at a September rally.")
    assert ev.sub_event_type == "Arrests"


def test_sit_ins_that_had_been_staged_before_a_ban_are_its_background(pipeline):
    ev = _first(pipeline, "For a week, student groups had staged sit-ins outside the secretariat demanding that the "
                          "party be outlawed. On 12 June 2025, the home ministry in Dhaka banned all activities of the "
                          "Chhatra League under the Anti-Terrorism Act.")
    assert ev.sub_event_type == "Change to group/activity"


def test_marchers_who_had_staged_a_sit_in_and_are_dragged_out_still_protest(pipeline):
    # (a guard: the rule above leaves a sit-in told in a "who had" clause of the intervention itself)
    ev = _first(pipeline, "Police dragged out about 40 teachers who had staged a sit-in inside the education ministry in "
                          "Kathmandu on Monday. Several were detained for a few hours.")
    assert ev.sub_event_type == "Protest with intervention"


# -- property destruction and crime ----------------------------------------------------------------------


def test_an_office_demolished_by_unidentified_people_is_property_destruction(pipeline):
    ev = _first(pipeline, "On the night of 2 March 2025, unidentified people demolished the BNP's locked ward office "
                          "in Gafargaon (Mymensingh); nobody was there at the time.")
    assert (ev.sub_event_type, ev.actor2) == ("Looting/property destruction", "BNP: Bangladesh Nationalist Party")


def test_a_killer_captured_after_a_brawl_over_money_is_no_event(pipeline):
    _none(pipeline, "MEDELLÍN - A man was stabbed to death during an argument over money he owed in the Robledo "
                    "neighbourhood, according to police, who captured the suspected attacker minutes later.")


def test_residents_who_burn_suspects_after_police_seized_their_guns_riot(pipeline):
    ev = _first(pipeline, "A crowd in Delmas beat and set fire to nine suspected gang members after officers halted their "
                          "pickup and seized their rifles, witnesses said.")
    assert ev.sub_event_type == "Mob violence"


def test_regime_security_personnel_firing_on_a_peaceful_march_is_excessive_force(pipeline):
    ev = _first(pipeline, "On 3 March 2024, peaceful demonstrators in Shahba (Shahba, As-Sweida) were shot at by regime "
                          "security personnel guarding the town hall. One protester was killed, activists said.")
    assert ev.sub_event_type == "Excessive force against protesters"
