"""Coding fixes found by the fourteenth session's fresh invented sets. Every text here is invented
for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import no_event as _none

pytestmark = pytest.mark.slow


def test_a_police_answer_with_fire_extinguishers_is_no_exchange_of_fire(pipeline):
    ev = _first(pipeline, "Hundreds of protesters marched on the governor's office in Oaxaca on 2 June 2021 and threw "
                          "petrol bombs at the gate; police responded with fire extinguishers and pepper spray.")
    assert ev.sub_event_type == "Violent demonstration"


def test_captives_marched_into_the_forest_are_no_march(pipeline):
    ev = _first(pipeline, "Armed men kidnapped 40 farmers from a village near Gusau on 3 May 2022 and marched them "
                          "into the forest, residents said.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_a_town_taken_by_state_troops_backed_by_foreign_fighters_is_regained(pipeline):
    ev = _first(pipeline, "Burkinabe soldiers, backed by fighters of Russia's Africa Corps, took control of Djibo on "
                          "Friday, 6 September 2024, after three days of fighting with JNIM militants.")
    assert ev.sub_event_type == "Government regains territory" and ev.country == "Burkina Faso"
    assert ev.inter1 == 1


def test_a_drone_laden_with_explosives_is_a_drone_strike(pipeline):
    ev = _first(pipeline, "An explosive-laden attack drone launched by Houthi fighters hit an oil tanker off Hodeidah on "
                          "12 March 2024, damaging its hull; no crew were hurt.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_crowd_that_burns_a_man_to_death_is_a_mob(pipeline):
    ev = _first(pipeline, "A furious crowd pulled a man accused of desecrating a mosque out of a police lock-up in "
                          "Chiniot on 8 August 2023 and burned him to death.")
    assert ev.sub_event_type == "Mob violence"


def test_a_sit_in_held_despite_an_earlier_suicide_blast_is_the_event(pipeline):
    ev = _first(pipeline, "Party workers kept up their sit-in at Mastung on 5 May 2025, demanding the release of "
                          "detained activists, despite a suicide blast near the camp a week earlier. [size=hundreds]")
    assert ev.sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("text", [
    # a website hijacked is no person taken
    "Hackers hijacked the social media accounts of a ferry operator on Monday, posting fake ticket offers; the firm "
    "said no passengers were affected.",
    # stored chemicals blamed for a blast
    "A huge explosion ripped through a dockside warehouse in Tema on 3 June 2022, killing 13 people. Officials "
    "blamed hundreds of tonnes of fertiliser chemicals that had been stored there for years.",
    # a typhoon destroys homes
    "Typhoon Hagibis made landfall on the Izu Peninsula on 12 October 2019, destroying homes and flooding rivers "
    "across eastern Japan.",
    # a coach into a gorge
    "A coach carrying pilgrims fell into a deep gorge near Doda on 15 November 2023, killing 36 people; officials "
    "said the brakes failed.",
    # a neighbours' quarrel
    "A farmer was hacked to death by a neighbour during an argument over a field boundary in Sindhuli on 2 April "
    "2022; police detained the suspect.",
    # a strike announced for later
    "The transport union announced on Monday that it would begin an indefinite strike next week, with plans for a "
    "sit-in outside the ministry.",
    # a rugby report
    "The All Blacks laid siege to the Irish line in the final quarter, and a penalty sealed a 28-24 win in the Rugby "
    "World Cup quarter-final on Saturday.",
])
def test_no_political_event(pipeline, text):
    _none(pipeline, text)


def test_marchers_throwing_stones_at_police_who_fire_back_riot(pipeline):
    ev = _first(pipeline, "On 4 March 2021, villagers tried to force their way into a mine compound near Cajamarca, "
                          "throwing stones at police, who answered with tear gas and live rounds. Two protesters died.")
    assert ev.sub_event_type == "Violent demonstration"


def test_a_crowd_angered_by_a_deals_terms_that_storms_offices_demonstrates(pipeline):
    ev = _first(pipeline, "Hundreds of people angered by the terms of the border deal stormed the prime minister's "
                          "office in Bishkek on 6 October 2020, ransacking rooms and beating a deputy.")
    assert ev.sub_event_type == "Violent demonstration"


def test_youths_who_stone_gendarmes_as_anger_over_a_law_spills_over_demonstrate(pipeline):
    ev = _first(pipeline, "Youths set fire to cars and threw stones at gendarmes in Pointe-a-Pitre overnight into "
                          "Friday, 19 November 2021, as anger over a vaccine law spilled into the streets.")
    assert ev.sub_event_type == "Violent demonstration"


def test_police_who_regain_control_of_a_rioted_square_take_no_territory(pipeline):
    ev = _first(pipeline, "Supporters of the defeated candidate broke into the electoral commission in Kinshasa on "
                          "3 January 2019, smashing computers and furniture. Police regained control after two hours "
                          "and arrested 40 people.")
    assert ev.sub_event_type in {"Violent demonstration", "Mob violence"}


def test_detentions_as_they_tried_to_march_are_an_intervention(pipeline):
    ev = _first(pipeline, "Police in Nairobi detained six nurses on Tuesday, 14 March 2023, as they tried to march to "
                          "the health ministry, and removed their placards.")
    assert ev.sub_event_type == "Protest with intervention"


def test_a_crowd_the_writer_says_held_no_demonstration_is_a_mob(pipeline):
    ev = _first(pipeline, "A crowd in Larkana set fire to a power company office on 3 June 2019 after days of outages; "
                          "no protest preceded the attack and the staff escaped.")
    assert ev.sub_event_type == "Mob violence"


@pytest.mark.parametrize("text", [
    "Traders in Kalat shut their markets and rallied through the main bazaar on 9 May 2022 against extortion by "
    "armed men. [size=around 200]",
    "Residents gathered outside the district office in Hingol on 4 June 2021 against prolonged water shortages.",
    "Thousands of supporters of the jailed mayor filled the main square of Izmir on 2 April 2025, rallying in his "
    "defence.",
    "Students blocked two bridges over the Sava in Belgrade on 3 March 2025, demanding the resignation of the "
    "transport minister.",
])
def test_protests_in_plain_words(pipeline, text):
    assert _first(pipeline, text).sub_event_type == "Peaceful protest"


def test_people_who_gathered_to_protest_and_were_detained_met_intervention(pipeline):
    ev = _first(pipeline, "About 30 people who gathered in Yekaterinburg on Saturday to protest against the new "
                          "internet law were detained by police, a rights group said.")
    assert ev.sub_event_type == "Protest with intervention"


@pytest.mark.parametrize("text", [
    "An express train ploughed into a stationary freight train near Balasore on Friday, killing 12 passengers, "
    "railway officials said.",
    "Mount Semeru erupted on Saturday, spewing ash two kilometres high and killing three villagers, rescuers said.",
    "A blast of fertiliser stored in a port warehouse in Lattakia killed 14 people on 2 May 2021; officials said "
    "the material had been kept there for years.",
    "The teachers' union announced on Tuesday that a national strike would be held on 3 October to demand a pay "
    "rise.",
    "Police found the bodies of a couple in their flat in Graz on Sunday and are treating the deaths as a "
    "murder-suicide.",
])
def test_no_political_event_second_round(pipeline, text):
    _none(pipeline, text)


def test_a_bomb_on_forces_returning_from_an_operation_is_no_raid(pipeline):
    ev = _first(pipeline, "Six policemen were killed when Maoist rebels set off a landmine under their jeep in Dantewada "
                          "district on 3 April 2023; the team was returning from an anti-Maoist operation.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text", [
    "Armed men snatched an aid worker and her driver at gunpoint in the Haitian capital Port-au-Prince on Tuesday, "
    "21 March 2023, and demanded a ransom.",
    "Masked gunmen grabbed a student activist outside his home in Basra on Sunday, 5 June 2022, and drove off.",
])
def test_people_seized_at_gunpoint_or_outside_their_homes_are_abducted(pipeline, text):
    ev = _first(pipeline, text)
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_port_au_prince_is_one_name(pipeline):
    ev = _first(pipeline, "Armed men snatched an aid worker at gunpoint in Port-au-Prince on Tuesday, 21 March 2023.")
    assert ev.country == "Haiti"


@pytest.mark.parametrize("text", [
    "A court in Brussels handed prison terms of up to 20 years to six men on Monday over their roles in the 2016 "
    "airport bombings, which killed 32 people.",
    "Mourners gathered in Beslan on Friday to bury the remains of three newly identified victims of the 2004 school "
    "siege, on its 20th anniversary.",
    "A stabbing at a flat in Turin: police arrested a man who killed his former wife on Sunday after neighbours "
    "reported a quarrel.",
    "Forest fires spread into the hills above Patras on 12 August 2023, destroying dozens of homes and killing two "
    "people.",
    "A fire and explosion at the city's main fuel depot in Accra killed nine people on 2 May 2022 and damaged nearby "
    "homes.",
    "The opposition alliance announced on Monday that it would hold a third nationwide day of strikes and "
    "demonstrations against the budget on 20 May.",
])
def test_no_political_event_third_round(pipeline, text):
    _none(pipeline, text)


def test_violence_after_a_rally_marking_an_anniversary_is_this_days(pipeline):
    ev = _first(pipeline, "After a march in Valencia on 29 October 2025 marking one year since the floods, groups of masked "
                          "protesters threw bottles and stones at riot police and set fire to bins. Police fired tear gas.")
    assert ev.sub_event_type == "Violent demonstration"


def test_activists_who_threw_brick_chunks_as_police_dispersed_them_riot(pipeline):
    ev = _first(pipeline, "Police moved to disperse opposition activists gathered outside the party office in Khulna on "
                          "4 December 2022; activists threw brick chunks and police answered with tear gas and rubber "
                          "bullets. One activist died.")
    assert ev.sub_event_type == "Violent demonstration"


def test_a_chain_of_unindexed_quarters_down_to_the_city_is_one_place(pipeline):
    evs = pipeline.extract(
        "Rickshaw pullers protesting a ban blocked roads at Mohakhali, Banani, Dhaka (Dhaka) (19 November 2024). "
        "They threw stones at police and vandalised a bus; several people were injured."
    ).events
    assert len(evs) == 1 and evs[0].sub_event_type == "Violent demonstration"


def test_supporters_bundled_into_prison_vans_as_they_gathered_met_intervention(pipeline):
    ev = _first(pipeline, "Police in Karachi bundled 20 opposition workers into police vans on Sunday, 3 March 2024, as "
                          "they gathered outside the election office to protest against the results.")
    assert ev.sub_event_type == "Protest with intervention"


def test_militants_who_used_drones_to_drop_bombs_made_a_drone_strike(pipeline):
    ev = _first(pipeline, "Suspected militants used drones to drop bombs on Koutruk village in Imphal West on 1 September "
                          "2024, wounding two people.")
    assert ev.sub_event_type == "Air/drone strike"


def test_supporters_angered_by_the_arrest_of_their_leaders_who_stone_police_demonstrate(pipeline):
    ev = _first(pipeline, "On 2 January 2023, party supporters angered by the arrest of their leaders pelted police with "
                          "stones and set a police car on fire in Turbat. [size=no report]")
    assert ev.sub_event_type == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "The opposition leader launched a scathing attack on the finance minister's budget in the Senate on Thursday.",
    "The navy began large-scale drills in the strait on Monday, deploying destroyers to simulate a blockade of the "
    "island's ports.",
    "The defence ministry signed an agreement on Tuesday to buy 48 attack helicopters from an American firm.",
    "Organisers of the weekly anti-government marches in Belgrade said on Friday they would hold a larger rally next "
    "Saturday.",
    "Rights groups marked five years on Monday since the violent dispersal of the Khartoum sit-in, in which more than "
    "100 people were killed.",
    "Police arrested a farmer on Tuesday over the killing of his wife, whose body was found at their home.",
    "A blast at a coal mine in Zonguldak killed 12 miners on 3 May 2021. Officials attributed the explosion to a "
    "build-up of methane.",
])
def test_no_political_event_fourth_round(pipeline, text):
    _none(pipeline, text)


def test_a_protester_shot_dead_by_police_during_a_protest_met_excessive_force(pipeline):
    ev = _first(pipeline, "A college student was shot dead by police outside the district commissioner's office in "
                          "Bogura on 18 July 2024 as he stood unarmed in front of them during a quota reform protest.")
    assert ev.sub_event_type == "Excessive force against protesters"


def test_a_killing_by_police_during_a_protest_with_stones_thrown_stays_otherwise(pipeline):
    ev = _first(pipeline, "A youth was shot dead by police in Bogura on 18 July 2024 during a protest in which "
                          "demonstrators threw stones at the police station.")
    assert ev.sub_event_type != "Excessive force against protesters"
