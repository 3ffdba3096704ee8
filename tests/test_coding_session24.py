"""Coding fixes found by the twenty-fourth session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import killed_figures as _killed
from test_coding_support import no_event as _none

pytestmark = pytest.mark.slow


# -- fatalities: which figures count ---------------------------------------------------------------


def test_killing_both_of_a_pair_counts_two():
    assert _killed("A drone struck a pickup on the coast road, killing both occupants.") == [2]
    assert _killed("Fighting between both sides continued.") == []


def test_a_toll_from_an_attack_revised_or_raised_replaces_the_first():
    assert _killed("The death toll from Friday's bombing of the market was revised to 31 after officials had earlier "
                   "put it at 40.") == [31]
    assert _killed("Hospital staff first counted 7 dead; the health ministry later raised the toll to 15.") == [15]


def test_the_dead_on_both_sides_put_at_a_range():
    assert _killed("Fighting raged near the dam, with hospital sources putting the dead on both sides at between 9 and 12.") == [9]


def test_an_unspecified_number_is_no_count_but_the_groups_beside_it_are():
    assert _killed("The army said its troops had killed an unspecified number of gunmen near the border.") == []
    assert _killed("Three soldiers and an undisclosed number of insurgents were killed.") == [3]


def test_a_role_then_a_full_name_after_a_killing_verb_is_one_victim():
    assert _killed("Gunmen shot dead radio presenter Juan Carlos Pérez outside the station.") == [1]
    # "killed in West Kordofan" is a place, not a named victim
    assert _killed("Rebels shelled the town in revenge for the villagers killed in West Kordofan by the army.") == []


def test_bodies_burned_after_a_killing_are_no_count():
    assert _killed("Militiamen killed villagers through the night, burning some of the bodies.") == []


def test_a_second_source_with_an_acronym_or_a_relative_clause_is_its_own_account(pipeline):
    ev = _first(pipeline, "A military drone hit a crowd at a market in the village on Sunday. The State Emergency Management "
                          "Agency (SEMA) said 30 bodies had been buried, while village heads insisted that more than 50 died.")
    assert ev.fatalities == 30
    ev = _first(pipeline, "An air strike hit a detention centre in the city on Friday. Local authorities said 40 people were "
                          "killed; the Red Cross, which runs the district hospital, said it had counted 28 bodies.")
    assert ev.fatalities == 28


def test_a_first_account_is_replaced_by_a_later_count_from_another_source(pipeline):
    ev = _first(pipeline, "A bomb exploded at the bus terminal in the capital on Monday. Police initially said 12 people were "
                          "killed. The UN mission later documented 20 dead.")
    assert ev.fatalities == 20


def test_a_lone_bomber_told_dead_in_his_own_sentence_is_counted_once(pipeline):
    ev = _first(pipeline, "A suicide bomber rammed a car into the gate of the army base on Sunday. The bomber, a teenager from "
                          "the region, was killed and four guards were hurt.")
    assert (ev.sub_event_type, ev.fatalities) == ("Suicide bomb", 1)
    # left out of a toll in the same sentence, he is added to it
    ev = _first(pipeline, "A suicide bomber blew himself up at a police post on Sunday, killing 9 policemen; the bomber also died.")
    assert ev.fatalities == 10


def test_deaths_in_the_wider_area_are_not_the_events():
    assert _killed("Two people were killed in the wider Mirpur area during the day, but no deaths were reported at the rally.") == []


def test_arrests_at_several_places_carry_no_deaths(pipeline):
    events = pipeline.extract(
        "On 3 May 2023, police picked up two JCD leaders from their homes in Mirpur and Badda, Dhaka city (Dhaka), and showed "
        "them arrested in a case filed over the 1 May clash at the university campus, in which a student was killed.").events
    assert events and all(e.sub_event_type == "Arrests" and e.fatalities == 0 for e in events)


# -- protests and their grievances -------------------------------------------------------------------


def test_a_protest_held_after_a_killing_told_as_its_own_clause_has_no_dead(pipeline):
    ev = _first(pipeline, "On 2 June 2022, fuel traders staged a protest in Mand (Kech, Balochistan) after Levies personnel "
                          "allegedly opened fire on vehicles carrying fuel near the border, killing three drivers. The traders "
                          "burned tyres and pelted a Levies post with stones; the Levies responded with tear gas.")
    assert (ev.sub_event_type, ev.fatalities) == ("Violent demonstration", 0)


def test_encounter_victims_in_quotes_are_the_grievance(pipeline):
    ev = _first(pipeline, "On 4 April 2023, relatives of 'encounter' victims began a sit-in outside the press club in Turbat "
                          "(Kech, Balochistan); police later dispersed them with batons.")
    assert ev.sub_event_type == "Protest with intervention"


def test_stones_thrown_at_a_post_by_youths_angry_at_a_verdict_make_a_violent_demonstration(pipeline):
    ev = _first(pipeline, "Youths angry at the sentencing of the opposition leader burned tyres and stoned a police post in the "
                          "town on Friday; police fired tear gas, and one protester died.")
    assert ev.sub_event_type == "Violent demonstration"
    ev = _first(pipeline, "Dock workers demanding unpaid wages blocked the port road and stoned factories that stayed open; "
                          "troops fired to disperse them and one worker was killed.")
    assert ev.sub_event_type == "Violent demonstration"


# -- types ----------------------------------------------------------------------------------------------


def test_homes_burned_by_soldiers_are_property_destruction(pipeline):
    ev = _first(pipeline, "Dozens of homes were burned by soldiers in the village after its residents fled, a local militia said.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_a_drone_or_the_air_force_that_bombed_is_an_air_strike(pipeline):
    assert _first(pipeline, "A military drone hunting gunmen bombed a wedding party in the village on Saturday night.").sub_event_type == "Air/drone strike"
    ev = _first(pipeline, "The air force bombed a rebel camp in the hills on Monday; the minister said twelve rebels were killed and four captured.")
    assert ev.sub_event_type == "Air/drone strike"


def test_children_marched_into_the_forest_are_abducted(pipeline):
    ev = _first(pipeline, "Armed men stormed a boarding school at dawn and marched the schoolchildren into the forest.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_a_city_that_fell_to_a_named_group_is_taken(pipeline):
    ev = _first(pipeline, "The provincial capital fell to the Taliban on Friday after a week of fighting, officials said.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_troops_back_in_control_of_a_town_regain_it(pipeline):
    ev = _first(pipeline, "Government troops were back in control of Dessie on Monday, state media said.")
    assert ev.sub_event_type == "Government regains territory"


def test_a_headquarters_opened_in_a_town_held_since_before_is_the_event(pipeline):
    ev = _first(pipeline, "The rebels, who have controlled the town since March, have opened a new headquarters in the former district office.")
    assert ev.sub_event_type == "Headquarters or base established"


def test_a_seized_mayor_is_abducted(pipeline):
    ev = _first(pipeline, "On 2 April 2022, soldiers seized Kherson mayor Ivan Petrov at his office and drove him away.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_who_a_bomber_served_is_no_battle(pipeline):
    ev = _first(pipeline, "A suicide bomber struck a checkpoint in the capital on Monday, killing 3 guards. Officials blamed "
                          "militants fighting in Syria.")
    assert ev.sub_event_type == "Suicide bomb"


def test_fighting_in_an_earlier_year_is_an_agreements_past(pipeline):
    ev = _first(pipeline, "On 4 May 2024, the two governments signed a border treaty in Dushanbe, ending a dispute over a frontier "
                          "that saw deadly fighting in 2021, in which more than 50 people were killed.")
    assert (ev.sub_event_type, ev.fatalities) == ("Agreement", 0)


# -- no event ---------------------------------------------------------------------------------------------


def test_heatstroke_a_tanker_fire_and_mining_explosives_are_no_event(pipeline):
    _none(pipeline, "Heatstroke killed 40 people in the city over the weekend, hospitals said.")
    _none(pipeline, "A gas tanker lost control and exploded on the highway, setting a dozen cars ablaze and killing five people.")
    _none(pipeline, "Explosives used for gold mining blew up near a mining camp in the south, killing 20 people.")


def test_powers_to_detain_and_troops_sent_to_prevent_looting_are_no_event(pipeline):
    _none(pipeline, "The upper house passed the counter-terrorism bill on Thursday, giving security forces the power to detain "
                    "suspects without a warrant.")
    _none(pipeline, "After the floods, the government deployed troops to prevent looting in the city.")


def test_rockets_fired_as_an_exercise_ended_are_no_event(pipeline):
    _none(pipeline, "Troops fired rockets and artillery at a range near the coast as the annual Eagle Shield exercise ended.")
