"""Coding fixes found by the twenty-sixth session's fresh invented sets and its look at the
Wikipedia places. Every text here is invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import killed_figures as _killed
from test_coding_support import no_event as _none

pytestmark = pytest.mark.slow


# -- a count of none is no deed ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "sub"), [
    ("On 4 May 2021, residents marched to the district office in Arua (Arua, West Nile) against land grabbing. "
     "0 killed.", "Peaceful protest"),
    ("On 9 June 2020, soldiers burned some 40 huts in Kebbe village (Kebbe, Sokoto) after the villagers had "
     "left. 0 killed.", "Looting/property destruction"),
    ("On 2 March 2019, police fired tear gas to break up a march of traders in Bangui (Bangui, Bangui) "
     "against new market taxes. 0 killed.", "Protest with intervention"),
])
def test_a_closing_zero_count_is_no_killing(pipeline, text, sub):
    ev = _first(pipeline, text)
    assert (ev.sub_event_type, ev.fatalities) == (sub, 0)


def test_ten_killed_is_still_a_killing(pipeline):
    ev = _first(pipeline, "On 9 June 2020, gunmen raided Kebbe village (Kebbe, Sokoto) and shot residents. 10 killed.")
    assert (ev.sub_event_type, ev.fatalities) == ("Attack", 10)


# -- sub-types -----------------------------------------------------------------------------------


def test_a_drone_of_forces_named_with_their_period_is_a_drone_strike(pipeline):
    ev = _first(pipeline, "On 5 May 2023, a drone of the Military Forces of Sudan (2019-) struck a market in Kutum "
                          "(Kutum, North Darfur), killing nine traders.")
    assert ev.sub_event_type == "Air/drone strike"
    ev = _first(pipeline, "On 8 July 2024, the army hit suspected militant hideouts with armed drones near Wana "
                          "(South Waziristan, Khyber Pakhtunkhwa); officials said six militants died.")
    assert ev.sub_event_type == "Air/drone strike"


def test_forcibly_disappeared_is_an_abduction(pipeline):
    ev = _first(pipeline, "On 3 April 2022, state forces forcibly disappeared a young tailor from his shop in Gwadar "
                          "(Gwadar, Balochistan), his brother said.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_gunmen_who_seize_a_candidate_abduct_him(pipeline):
    ev = _first(pipeline, "Armed men seized a local council candidate as he left his campaign office in Uruapan on "
                          "Friday; his party says he has not been heard of since.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_retaking_blocks_or_a_compound_is_regaining_territory(pipeline):
    ev = _first(pipeline, "On 12 May 2017, Iraqi troops retook the remaining ISIS-held blocks of the western "
                          "quarter of Tal Afar (Tal Afar, Ninewa) after heavy fighting.")
    assert ev.sub_event_type == "Government regains territory"
    ev = _first(pipeline, "On 3 June 2016, Afghan commandos drove the Taliban out of Tarinkot (Tarinkot, Uruzgan), "
                          "recapturing the governor's compound.")
    assert ev.sub_event_type == "Government regains territory"


def test_a_mine_laid_by_a_group_is_a_landmine(pipeline):
    ev = _first(pipeline, "Two police officers died when a mine left by guerrillas went off as they walked along a "
                          "trail near Tame, Arauca, the governor said.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_a_siege_told_since_when_is_no_protest(pipeline):
    ev = _first(pipeline, "On 2 August 2022, a bus hit a landmine on the road between Djibo and Namsiguia (Djibo, "
                          "Soum). Nine passengers were killed and several others wounded. No group claimed "
                          "responsibility, though JNIM has planted mines on this road since blockading Djibo.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_a_gas_cylinder_blast_with_an_attack_ruled_out_is_an_accident(pipeline):
    _none(pipeline, "MOSUL - An LPG cylinder exploded in a bakery on Sunday, killing three workers, the fire "
                    "brigade said, ruling out an attack.")


# -- fatalities: sources that count different victims ------------------------------------------------


def test_two_sources_on_two_sides_add_up_beside_the_notes_own_count(pipeline):
    ev = _first(pipeline, "On 9 March 2021, Al-Shabaab fighters stormed an army post in Bulo Marer (Marka, Lower "
                          "Shabelle). The army said 11 militants were neutralised; a local elder said three soldiers "
                          "also died. 14 killed.")
    assert ev.fatalities == 14
    claims = {(c.figure, c.claimant) for c in ev.claims}
    assert {(11, "army"), (3, "local elder"), (14, "the report")} <= claims  # the closing count is the note's own


# -- places ----------------------------------------------------------------------------------------


def test_the_office_holder_after_a_town_is_no_part_of_its_name(pipeline):
    ev = _first(pipeline, "The deputy governor of Kunduz Abdul Wahid Omarkhel was killed when a bomb hit his car.")
    assert (ev.country, ev.location) == ("Afghanistan", "Kunduz")


def test_a_village_the_gazetteer_lacks_is_kept_as_written(pipeline):
    ev = _first(pipeline, "Gunmen on motorbikes killed nine people in the village of Zurgumbo on Sunday.")
    assert ev.location == "Zurgumbo" and ev.latitude is None
    ev = _first(pipeline, "A suicide bomber blew himself up outside a mosque in the town of Qaratepa, killing six.")
    assert ev.location == "Qaratepa"



# -- second round --------------------------------------------------------------------------------


def test_full_control_of_a_town_written_with_its_article(pipeline):
    ev = _first(pipeline, "On 9 May 2017, Iraqi army units took full control of al-Shura, south of Mosul (Ninewa), after "
                          "a dawn assault; 12 militants were killed.")
    assert ev.sub_event_type == "Government regains territory"


def test_a_group_that_moves_its_command_centre_or_sets_up_posts(pipeline):
    ev = _first(pipeline, "The Arakan Army has moved its command centre to Paletwa, according to local sources.")
    assert ev.sub_event_type == "Headquarters or base established"
    ev = _first(pipeline, "Turkish troops set up three new observation posts around Saraqib, the defence ministry said.")
    assert ev.sub_event_type == "Headquarters or base established"


def test_an_exploding_oxygen_tank_is_an_accident(pipeline):
    _none(pipeline, "On 4 June 2021, a fire caused by an exploding oxygen tank tore through a clinic in Basra (Basra, "
                    "Basra). At least 12 killed.")


def test_a_gathering_to_mark_years_since_a_massacre_is_no_protest(pipeline):
    _none(pipeline, "Relatives gathered in Peshawar on Friday to mark five years since the school massacre, saying the "
                    "victims would never be forgotten.")


def test_arrests_over_attacks_on_a_minority_are_arrests(pipeline):
    ev = _first(pipeline, "On 2 May 2023, police arrested nine men in Abhaynagar upazila (Jessore) over the attacks on "
                          "Hindu homes last week.")
    assert ev.sub_event_type == "Arrests"


def test_a_group_of_students_that_beats_a_man_to_death_is_a_mob(pipeline):
    ev = _first(pipeline, "A group of students beat a suspected pickpocket to death in a university hostel in Rajshahi "
                          "on Tuesday night.")
    assert ev.sub_event_type == "Mob violence" and ev.actor1.startswith("Rioters")


def test_a_gang_taking_over_a_neighbourhood_it_holds(pipeline):
    ev = _first(pipeline, "Gang members advanced into Solino in the capital, taking over the neighbourhood after a "
                          "gunfight with police; they still hold it.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


# -- after the rounds ------------------------------------------------------------------------------


def test_both_died_after_a_beating_is_two(pipeline):
    ev = _first(pipeline, "Villagers caught two suspected cattle thieves, tied them to a tree and beat them. Both died.")
    assert ev.fatalities == 2
