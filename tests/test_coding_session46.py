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
