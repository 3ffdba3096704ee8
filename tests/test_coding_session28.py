"""Coding fixes found by the twenty-eighth session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import no_event as _none

pytestmark = pytest.mark.slow


# -- territory ---------------------------------------------------------------------------------------


def test_forces_and_their_allied_militia_retake_a_town(pipeline):
    ev = _first(pipeline, "On 3 March 2024, Military Forces of Somalia (2022-) and Ma'awisley militia recaptured Qeycad village "
                          "(Jowhar, Middle Shabelle) from Al Shabaab after brief fighting.")
    assert ev.sub_event_type == "Government regains territory"
    assert ev.actor1.startswith("Military Forces of Somalia")


def test_a_group_s_fighters_retaking_a_town_overtake_it(pipeline):
    ev = _first(pipeline, "Al-Shabaab fighters recaptured the town of Ceel Cali from government troops on Thursday, residents said.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"
    assert ev.actor1 == "Al Shabaab"


def test_a_group_and_its_allies_retaking_a_town_overtake_it(pipeline):
    ev = _first(pipeline, "Al-Shabaab and allied clan militias recaptured the town of Ceel Cali from government troops on Thursday.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_troops_and_allies_retaking_a_town_regain_it(pipeline):
    ev = _first(pipeline, "Somali troops and allied clan militias recaptured the town of Ceel Cali from Al-Shabaab on Thursday.")
    assert ev.sub_event_type == "Government regains territory"


# -- explosions, crowds, property ---------------------------------------------------------------------


def test_a_mine_left_from_old_fighting_is_a_mine_not_a_brawl(pipeline):
    ev = _first(pipeline, "On 2 May 2024, a harvester drove over a landmine left from earlier fighting on farmland near Kupiansk "
                          "(Kupianskyi, Kharkiv), killing its operator. 1 fatality.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert ev.fatalities == 1


def test_a_suspected_thief_beaten_to_death_by_bystanders_is_mob_violence(pipeline):
    ev = _first(pipeline, "On 4 June 2024, a man accused of snatching a phone was beaten to death by bystanders near Farmgate "
                          "(Dhaka - Tejgaon).")
    assert ev.sub_event_type == "Mob violence"


def test_a_gathering_held_to_demand_is_a_protest(pipeline):
    ev = _first(pipeline, "On 9 February 2021, members of the Hazara Democratic Party held a gathering in Quetta "
                          "(Quetta, Balochistan) demanding protection for coal miners. [size=no report]")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_gathering_with_no_demand_is_no_protest(pipeline):
    _none(pipeline, "Tribal elders held a gathering in Kalat on Sunday to discuss the sharing of water from a new dam.")


def test_gunmen_burning_granaries_destroy_property(pipeline):
    ev = _first(pipeline, "Armed raiders burned granaries and destroyed fields of millet in two villages near Goundi, "
                          "local officials said on Friday. Nobody was hurt.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_floods_destroying_crops_are_no_event(pipeline):
    _none(pipeline, "Floods destroyed crops and granaries in several villages near Goundi, local officials said on Friday.")


# -- no event ----------------------------------------------------------------------------------------


def test_a_staged_mock_attack_with_actors_playing_wounded_is_a_drill(pipeline):
    _none(pipeline, "Firefighters and police in Leeds staged a simulated bomb attack at the railway station on Sunday as part "
                    "of an emergency drill, with students playing wounded passengers.")


# -- round two ---------------------------------------------------------------------------------------


def test_troops_sent_to_a_border_are_a_change_to_the_group_s_activity(pipeline):
    ev = _first(pipeline, "Niger said on Friday it had deployed 800 additional soldiers to its western border with Mali to stop "
                          "raids by armed groups.")
    assert ev.sub_event_type == "Change to group/activity"
    assert ev.actor1.startswith("Military Forces of Niger")


def test_reinforcements_rushed_to_a_named_town(pipeline):
    ev = _first(pipeline, "On 2 March 2024, Military Forces of Ethiopia (2018-) rushed extra troops and armoured vehicles to Bati "
                          "(Oromia Special Zone, Amhara) ahead of an expected Fano offensive.")
    assert ev.sub_event_type == "Change to group/activity"


def test_forces_sent_in_after_a_deadly_clash_leave_the_clash_coded(pipeline):
    ev = _first(pipeline, "Villagers armed with spears clashed over grazing land near Marsabit on Sunday, leaving four people "
                          "dead. Police deployed additional officers to the area.")
    assert ev.sub_event_type != "Change to group/activity"


def test_a_protest_over_a_road_death_turned_violent_whatever_the_death_s_story(pipeline):
    ev = _first(pipeline, "On 3 May 2021, angry villagers in Hub (Lasbela, Balochistan) pelted a police post with stones and set "
                          "fire to a police van during a protest over the death of a boy whose motorbike overturned while police were chasing "
                          "him. [size=no report]")
    assert ev.sub_event_type == "Violent demonstration"


def test_a_tanker_that_overturned_and_exploded_is_no_event(pipeline):
    _none(pipeline, "A fuel tanker overturned and exploded on the highway near Kaduna on Monday, killing 12 people who had "
                    "gathered to collect fuel, officials said.")
