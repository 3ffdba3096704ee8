"""Coding fixes found by the twenty-seventh session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import no_event as _none

pytestmark = pytest.mark.slow


# -- fatalities: which figure, whose ------------------------------------------------------------------


def test_a_quoted_vague_count_is_a_count(pipeline):
    ev = _first(pipeline, "Gunmen raided a village near Djibo on Sunday. A resident said more than 40 people died. "
                          "An aid worker spoke of 'dozens' of dead.")
    assert ev.fatalities == 12


def test_a_toll_on_both_sides_is_the_fight_s_total(pipeline):
    ev = _first(pipeline, "Troops and rebels fought near Beni on Tuesday. The army said 14 rebels were killed, while "
                          "villagers said at least nine people were killed on both sides.")
    assert ev.fatalities == 9


def test_a_group_claiming_in_a_statement_is_the_group(pipeline):
    ev = _first(pipeline, "A bomb hit a police truck near Kismayo on Monday, killing three officers, a police official said. "
                          "Al-Shabaab, in a statement on its radio station, claimed 12 policemen were killed.")
    assert (ev.fatalities, ev.fatalities_high) == (3, 12)


def test_a_source_that_spoke_to_survivors_first_gives_its_own_toll(pipeline):
    ev = _first(pipeline, "Soldiers opened fire on a market in Kutum on Friday. Residents said at least 25 people were killed. "
                          "Human Rights Watch, after interviewing survivors, put the toll at 17.")
    assert ev.fatalities == 17


def test_a_toll_of_one_side_put_by_officials(pipeline):
    ev = _first(pipeline, "Troops repelled an attack on a base in Diffa on Sunday. Local officials put the rebel death toll at six.")
    assert ev.fatalities == 6


def test_the_driver_killed_and_others_hurt(pipeline):
    ev = _first(pipeline, "Gunmen fired on a minibus near Kaduna on Thursday, killing the driver and wounding two passengers.")
    assert ev.fatalities == 1


# -- sub-types and sides ------------------------------------------------------------------------------


def test_a_cordon_after_a_grenade_is_no_raid(pipeline):
    ev = _first(pipeline, "On 2 May 2024, suspected militants hurled a grenade towards a police checkpoint in Sopore "
                          "(Baramulla, Jammu and Kashmir). The grenade exploded on the roadside, wounding two passers-by. "
                          "Police cordoned off the area.")
    assert ev.sub_event_type == "Grenade"
    assert ev.actor1.startswith("Unidentified Armed Group")


@pytest.mark.parametrize("text", [
    "On 3 March 2023, traders held a rally in Turbat (Kech, Balochistan), chanting slogans against the use of force "
    "on fishermen at the jetty. [size=no report]",
    "On 5 May 2023, families of miners killed in the Harnai coal field attack staged a sit-in in front of the press club "
    "in Quetta (Quetta, Balochistan) demanding compensation. [size=dozens]",
])
def test_the_grievance_of_a_protest_is_no_deed(pipeline, text):
    assert _first(pipeline, text).sub_event_type == "Peaceful protest"


def test_a_mob_killing_told_with_past_protests_stays_mob_violence(pipeline):
    ev = _first(pipeline, "On 12 August 2024, villagers caught a former Jubo League leader in Chatkhil upazila (Noakhali), "
                          "accused him of attacking students during the July protests, and beat him to death. [size=no report]")
    assert ev.sub_event_type == "Mob violence"


def test_youths_who_stone_soldiers_riot(pipeline):
    ev = _first(pipeline, "Angry youths torched a police car and stoned officers in Onitsha on Tuesday after a bus driver "
                          "was crushed by a patrol van.")
    assert ev.event_type == "Riots"


def test_demining_in_an_agreement_is_no_blast(pipeline):
    ev = _first(pipeline, "On 2 June 2024, the government and the rebels signed an agreement in Quibdó (Chocó) on a joint "
                          "programme for removing landmines from rural areas.")
    assert ev.sub_event_type == "Agreement"


def test_soldiers_seizing_goods_loot(pipeline):
    ev = _first(pipeline, "On 4 March 2022, soldiers seized tractors and livestock from a farm near Nova Kakhovka "
                          "(Kakhovka, Kherson) and took them across the river.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_fighters_who_move_in_without_a_fight(pipeline):
    ev = _first(pipeline, "On 9 March 2024, government troops pulled out of their base at Mong Ko (Muse, Shan-North) and "
                          "MNDAA fighters moved in later that day without any fighting.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


# -- no event -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Pyongyang fired two short-range missiles into the waters off its west coast on Sunday, its latest missile test this year.",
    "An independent inquiry into the Hyde Park bombing said on Monday that the police had ignored warnings.",
    "On 3 August 2023, a mudflow hit the village of Shovi (Racha, Racha-Lechkhumi), destroying four houses. "
    "5 people were reported missing.",
])
def test_tests_inquiries_and_mudflows_are_no_events(pipeline, text):
    _none(pipeline, text)


def test_party_men_who_wreck_a_rally_until_police_fire_riot(pipeline):
    ev = _first(pipeline, "On 3 May 2025, BNP supporters attacked a Jamaat meeting in Sadar upazila (Feni) and vandalised the "
                          "stage and several motorbikes; police fired on the crowd and one man was killed. [size=no report]")
    assert ev.sub_event_type == "Violent demonstration"


def test_forces_fighting_a_group_name_who_struck_not_a_battle(pipeline):
    ev = _first(pipeline, "At least nine people died when an air strike hit a bus station in a town in Sudan's North Kordofan "
                          "on Monday, witnesses said, blaming army forces fighting the RSF in the area.")
    assert ev.sub_event_type == "Air/drone strike"
