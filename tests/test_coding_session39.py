"""Coding fixes found by the thirty-ninth session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import no_event as _none

pytestmark = pytest.mark.slow


# -- rounds one and two (both first run on the session's starting code) ----------------------------


def test_troops_who_fired_at_named_protesters_killing_one_used_excessive_force(pipeline):
    ev = _first(pipeline, "On 30 July 2024, Military Forces of Venezuela (2013-) National Guard fired at Protesters "
                          "(Venezuela) in Valencia (Valencia, Carabobo). A 17-year-old boy died of a gunshot wound "
                          "to the head.")
    assert ev.sub_event_type == "Excessive force against protesters"


def test_residents_who_captured_and_beat_suspected_thieves_are_a_mob(pipeline):
    ev = _first(pipeline, "On 14 May 2024, residents of Huanta (Huanta, Ayacucho) captured three men accused of "
                          "stealing motorcycles and beat them with sticks. Police Forces of Peru (2022-) later "
                          "intervened and took the men away.")
    assert ev.sub_event_type == "Mob violence"


def test_an_official_held_over_alleged_links_to_a_named_cartel_is_arrested(pipeline):
    ev = _first(pipeline, "On 2 June 2024, state investigators detained the mayor of Tepalcatepec (Tepalcatepec, "
                          "Michoacan) on an extortion warrant over her alleged links to Carteles Unidos.")
    assert ev.sub_event_type == "Arrests"


def test_molotov_cocktails_at_a_march_are_no_bombs_of_its_setting(pipeline):
    ev = _first(pipeline, "On 8 March 2024, during the march for International Women's Day in Mexico City "
                          "(Cuauhtemoc, Ciudad de Mexico), hooded Rioters (Mexico) threw Molotov cocktails and "
                          "hammers at Police Forces of Mexico (2018-2024) guarding the National Palace.")
    assert ev.sub_event_type == "Violent demonstration"


def test_a_base_inaugurated_by_the_army_is_established(pipeline):
    ev = _first(pipeline, "On 9 May 2024, Military Forces of Peru (2022-) inaugurated a new counter-insurgency "
                          "base in Llochegua (Huanta, Ayacucho), in a valley where remnants of the Shining Path operate.")
    assert ev.sub_event_type == "Headquarters or base established"


def test_a_group_that_announced_it_had_left_a_coalition_changed(pipeline):
    ev = _first(pipeline, "On 4 July 2024, the Frente Comuneros del Sur said in a communique issued in Pasto "
                          "(Pasto, Narino) that it had quit the ELN and would negotiate with the government on its own.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_group_announcing_an_alliance_with_another_changed(pipeline):
    ev = _first(pipeline, "On 11 April 2025, messages signed by La Nueva Familia Michoacana in Ciudad Altamirano "
                          "(Pungarabato, Guerrero) announced the cartel's alliance with Los Tlacos against rival gangs.")
    assert ev.sub_event_type == "Change to group/activity"


def test_commanders_who_agreed_at_a_meeting_to_reopen_a_crossing_made_an_agreement(pipeline):
    ev = _first(pipeline, "On 2 March 2024, border commanders of Military Forces of Afghanistan (2021-) and "
                          "Military Forces of Pakistan (2018-2024) agreed at a meeting in Chaman (Chaman, "
                          "Balochistan) to remove the new fence and reopen the crossing after a week of tension.")
    assert ev.sub_event_type == "Agreement"


def test_captives_a_group_handed_over_are_released_not_abducted(pipeline):
    ev = _first(pipeline, "On 20 June 2024, FARC-EMC dissidents handed over three policemen they had captured to "
                          "a delegation of the Red Cross near Suarez (Suarez, Cauca).")
    assert ev.sub_event_type == "Other"


def test_a_rights_groups_accusation_of_a_counted_killing_reports_it(pipeline):
    ev = _first(pipeline, "Rights groups accused Burkinabe soldiers of killing at least 30 villagers in a hamlet "
                          "near Djibo last month.")
    assert ev.sub_event_type == "Attack"


def test_a_critic_taken_away_and_held_by_the_intelligence_services_is_arrested(pipeline):
    ev = _first(pipeline, "A Nigerien journalist who criticised the junta was taken away by men in plain clothes "
                          "in Niamey on Friday and is being held by the intelligence services, his union said.")
    assert ev.sub_event_type == "Arrests"


def test_grenades_recovered_from_the_arrested_were_not_thrown(pipeline):
    ev = _first(pipeline, "On 3 March 2025, Police Forces of India (2014-) Jammu and Kashmir Police arrested two "
                          "suspected JeM: Jaish-e-Mohammad militants in Sopore (Baramulla, Jammu and Kashmir). A "
                          "rifle and three grenades were seized from them.")
    assert ev.sub_event_type == "Arrests"


def test_a_quadcopter_that_dropped_an_explosive_struck_from_the_air(pipeline):
    ev = _first(pipeline, "On 4 October 2024, a quadcopter dropped a mortar bomb on a market in Bannu (Bannu, "
                          "Khyber Pakhtunkhwa), wounding five shoppers.")
    assert ev.sub_event_type == "Air/drone strike"


def test_fighters_who_raised_their_flag_over_hilltops_after_fighting_took_territory(pipeline):
    ev = _first(pipeline, "Al-Shabaab fighters took two hilltops outside Mahaday on Thursday after a day of "
                          "fighting with clan militia. The militants have since raised their flag over the hilltops, "
                          "residents said.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_an_aftershock_that_killed_people_is_no_event(pipeline):
    _none(pipeline, "A strong aftershock rattled southern Turkey on Tuesday, toppling a damaged block in Antakya "
                    "and killing three people, rescue teams said.")


def test_an_attack_on_a_rally_preparation_meeting_is_an_attack(pipeline):
    ev = _first(pipeline, "On 12 October 2022, Jubo League men attacked a BNP rally preparation meeting at a "
                          "community centre in Gangni (Meherpur), beating those present with iron rods. Nine BNP "
                          "activists were injured.")
    assert ev.sub_event_type == "Attack"


def test_arrests_during_a_blockade_on_charges_of_arson_are_arrests(pipeline):
    ev = _first(pipeline, "On 6 November 2023, police arrested 31 BNP activists in Pabna (Pabna) during the "
                          "blockade on charges of arson and sabotage.")
    assert ev.sub_event_type == "Arrests"


def test_a_law_giving_owners_months_to_surrender_weapons_is_no_event(pipeline):
    _none(pipeline, "Libya's parliament passed a law on Wednesday regulating firearms held by civilians, giving "
                    "owners three months to declare or surrender them.")
