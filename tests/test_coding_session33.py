"""Coding fixes found by the thirty-third session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first

pytestmark = pytest.mark.slow


# -- round one -------------------------------------------------------------------------------------


def test_party_supporters_dispersed_while_trying_to_reach_a_square_were_marching(pipeline):
    ev = _first(pipeline, "On 12 May 2024, police fired tear gas to disperse PML-N supporters attempting to reach "
                          "Liberty Chowk in Lahore (Lahore, Punjab).")
    assert ev.sub_event_type == "Protest with intervention"


def test_arrests_for_unrelated_offences_at_a_march_are_no_intervention(pipeline):
    ev = _first(pipeline, "On 3 March 2024, thousands of people marched through central Dublin (Dublin, Leinster) calling "
                          "for action on housing. Police said two men were arrested for unrelated offences.")
    assert ev.sub_event_type == "Peaceful protest"


def test_killing_a_man_and_his_bodyguard_is_two_deaths(pipeline):
    ev = _first(pipeline, "Gunmen ambushed the car of a local mayor near Acapulco on Monday, killing him and his bodyguard, "
                          "state prosecutors said.")
    assert ev.fatalities == 2


def test_the_bodies_of_several_fighters_found_after_a_battle_are_three(pipeline):
    ev = _first(pipeline, "Rival gangs fought for hours in the town of Petionville on Saturday, police said. "
                          "Officers said the bodies of several gang members were found in the streets afterwards.")
    assert ev.event_type == "Battles"
    assert ev.fatalities == 3


def test_volunteer_defence_auxiliaries_are_the_vdp(pipeline):
    ev = _first(pipeline, "Burkina Faso's army said volunteer defence auxiliaries fought off an assault by jihadists on the "
                          "town of Djibo on Tuesday, killing about twenty of the attackers.")
    assert ev.sub_event_type == "Armed clash"
    assert "VDP" in (ev.actor1 + " " + (ev.actor2 or ""))


def test_a_grave_of_victims_of_a_war_decades_ago_is_history(pipeline):
    assert not pipeline.extract("Investigators exhumed the remains of 14 people from a mass grave near Vukovar in Croatia, "
                                "believed to be victims of the 1991-95 war, officials said on Thursday.").events


def test_an_online_petition_protesting_a_plan_is_no_protest(pipeline):
    assert not pipeline.extract("More than 50,000 people have signed a petition protesting plans to close a children's "
                                "hospital in Leeds, campaigners said on Monday.").events


# -- round two -------------------------------------------------------------------------------------


def test_students_who_gathered_on_a_lawn_to_call_for_divestment_protest(pipeline):
    ev = _first(pipeline, "On 20 April 2024, about 150 students gathered on the main lawn of McGill University in Montreal "
                          "(Montreal, Quebec) to call for the university to cut ties with arms makers.")
    assert ev.sub_event_type == "Peaceful protest"


def test_looting_days_after_a_takeover_with_no_fighting_is_looting(pipeline):
    ev = _first(pipeline, "On 9 May 2024, Wagner-backed troops looted livestock and shops in Tin Essako (Tin-Essako, Kidal) "
                          "a week after taking over the town. No fighting was reported.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_inmates_escaping_after_guards_abandoned_their_posts_is_a_prison_break(pipeline):
    ev = _first(pipeline, "On 8 March 2024, more than 60 Prisoners (Haiti) escaped from the prison of Jacmel (Jacmel, Sud-Est) "
                          "after guards abandoned their posts over a pay dispute.")
    assert ev.sub_event_type == "Other"


def test_infighting_police_suspect_behind_a_shooting_is_its_motive_not_a_clash(pipeline):
    ev = _first(pipeline, "On 3 May 2025, unidentified gunmen shot dead a BNP ward leader outside a mosque in Rangpur city "
                          "(Rangpur). Police said they suspect internal infighting over local contracts.")
    assert ev.sub_event_type == "Attack"


def test_factions_that_say_they_will_merge_under_one_command_change_their_activity(pipeline):
    ev = _first(pipeline, "Three armed groups in eastern Congo said on Friday they would merge under a unified command, "
                          "according to a statement from their leaders.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_militias_graduation_ceremony_for_recruits_changes_its_activity(pipeline):
    ev = _first(pipeline, "On 2 September 2024, the Wagner-linked militia held a graduation parade for about 300 new recruits "
                          "in Bambari (Bambari, Ouaka) after a month of training.")
    assert ev.sub_event_type == "Change to group/activity"


# -- round three -----------------------------------------------------------------------------------


def test_a_faction_that_joined_a_coalition_changes_its_activity(pipeline):
    ev = _first(pipeline, "On 5 May 2024, a wing of the Raia Mutomboki militia said that it had joined the Wazalendo "
                          "alliance in Shabunda territory (Shabunda, Sud-Kivu).")
    assert ev.sub_event_type == "Change to group/activity"


def test_fighters_put_under_the_armys_command_change_the_groups_activity(pipeline):
    ev = _first(pipeline, "On 18 July 2024, the leaders of a Mai-Mai group in Lubero (Lubero, Nord-Kivu) agreed to place "
                          "their fighters under the command of the FARDC.")
    assert ev.sub_event_type == "Change to group/activity"


def test_an_attack_said_to_be_meant_to_stop_members_mobilising_is_no_intervention(pipeline):
    ev = _first(pipeline, "On 9 March 2023, Jubo League activists beat a Jubo Dal leader near the college gate in Bogura "
                          "town (Bogura), leaving him injured. Jubo Dal alleged that the attack was meant to prevent its "
                          "members from mobilising for the upcoming BNP rally.")
    assert ev.sub_event_type == "Attack"


def test_a_soldier_who_lost_his_life_adds_to_the_enemy_dead(pipeline):
    ev = _first(pipeline, "Malian troops fought off an attack by JNIM fighters on their base near Boni on Monday, killing "
                          "six of the attackers, the army said. One soldier lost his life in the exchange of fire.")
    assert ev.fatalities == 7


def test_a_bill_giving_police_powers_to_break_up_rallies_is_no_event(pipeline):
    assert not pipeline.extract("Lawmakers in Georgia approved a bill on Tuesday giving police wider powers to break up "
                                "rallies, a move opposition parties called an assault on free speech.").events


def test_a_man_who_shot_relatives_and_turned_the_gun_on_himself_is_a_family_crime(pipeline):
    assert not pipeline.extract("A man shot dead his two brothers and then turned the gun on himself at a farm near "
                                "Pretoria on Saturday, police said.").events


# -- round four ------------------------------------------------------------------------------------


def test_pledges_to_end_raids_told_after_a_peace_deal_are_no_attack(pipeline):
    ev = _first(pipeline, "On 3 March 2024, elders of the Dinka and Nuer communities signed a peace accord in Bor (Bor South, "
                          "Jonglei) brokered by church leaders. Both sides pledged to end cattle raids and revenge killings.")
    assert ev.sub_event_type == "Agreement"


def test_inmates_with_convicted_militants_among_them_who_escape_is_a_jailbreak(pipeline):
    ev = _first(pipeline, "On 7 June 2024, about 50 inmates, among them several men convicted of belonging to JNIM and "
                          "other armed groups, escaped from the prison in Kaya (Kaya, Sanmatenga) overnight.")
    assert ev.sub_event_type == "Other"


def test_a_veterans_march_past_at_a_ceremony_is_no_protest(pipeline):
    assert not pipeline.extract("On 11 November 2024, the President and army chiefs attended the Armistice Day ceremony at "
                                "the war memorial in Ottawa (Ottawa, Ontario), followed by a march past of veterans.").events


def test_troops_who_shot_dead_people_during_a_march_used_excessive_force(pipeline):
    ev = _first(pipeline, "Guinean security forces shot dead three people during a peaceful march against the junta in "
                          "Conakry on Wednesday, a rights group said.")
    assert ev.sub_event_type == "Excessive force against protesters"
    assert ev.fatalities == 3
