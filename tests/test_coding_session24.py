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


# -- round two: fatalities ----------------------------------------------------------------------------


def test_a_second_source_that_cites_a_toll_or_gives_a_figure_is_an_alternative(pipeline):
    ev = _first(pipeline, "An air strike hit a school bus at a market in the district on Thursday. The rebel-run health office "
                          "reported 37 killed, 20 of them pupils; a UN official cited a toll of 29 dead.")
    assert ev.fatalities == 29
    ev = _first(pipeline, "Gunmen opened fire on pilgrims travelling to a shrine near the town on Friday. The health ministry said "
                          "19 were killed, while the church gave a figure of 17.")
    assert ev.fatalities == 17


def test_a_body_found_by_the_family_and_a_named_pair_are_deaths():
    assert _killed("Militiamen seized a village elder from his home. His sons found his body three days later near the river.") == [1]
    assert _killed("Journalist Maria Lopez and her cameraman, Pedro Ruiz, were shot dead when gunmen fired on their car.") == [2]


def test_kin_listed_after_a_killing_verb_count_each():
    assert _killed("A mob beat to death a man, his wife and his son after accusing them of theft.") == [3]


def test_the_dead_of_what_an_incident_came_after_are_not_its_own(pipeline):
    ev = _first(pipeline, "On 4 May 2018, unknown men threw a grenade at a group of party members in the camp, killing one. The "
                          "incident came days after a truce ended a week of heavy fighting in the camp between two factions, in "
                          "which at least 9 people died.")
    assert ev.fatalities == 1


def test_attackers_killed_along_with_the_soldiers_are_added():
    assert sum(_killed("Army officials said six soldiers were killed, along with 11 of the attackers.")) == 17


def test_early_reports_are_replaced_by_the_toll(pipeline):
    ev = _first(pipeline, "A bomb ripped through a crowded tram in the city centre on Monday, killing 12 passengers. Officials said "
                          "the toll was final; early reports had put the toll at 8.")
    assert ev.fatalities == 12


def test_a_bomber_who_died_in_the_blast_is_a_suicide_bomber_and_counted(pipeline):
    ev = _first(pipeline, "An explosion tore through a bus in the capital, killing 9 passengers. Police said the bomber, a man in his "
                          "twenties, died in the blast.")
    assert (ev.sub_event_type, ev.fatalities) == ("Suicide bomb", 10)


def test_as_reported_is_no_source(pipeline):
    ev = _first(pipeline, "On 3 May 2019 (as reported), the army spokesman said Military Forces of Egypt killed five militants in a "
                          "gunfight near the border town. Three conscripts were also killed in the exchange.")
    assert ev.fatalities == 8


# -- round two: types ---------------------------------------------------------------------------------


def test_a_group_that_dissolves_itself_changes_and_its_campaigns_dead_are_not_the_events(pipeline):
    ev = _first(pipeline, "The rebel group said on Sunday it had decided at a meeting in the mountains to dissolve itself.")
    assert ev.sub_event_type == "Change to group/activity"
    ev = _first(pipeline, "The separatist group announced that it had completely dissolved all its structures, ending a campaign "
                          "that killed more than 300 people over three decades.")
    assert (ev.sub_event_type, ev.fatalities) == ("Change to group/activity", 0)


def test_unknown_arsonists_who_hurt_no_one_destroy_property(pipeline):
    ev = _first(pipeline, "Unidentified arsonists burned nine trucks and a bulldozer at a logging site overnight. Nobody was hurt, police said.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_marchers_led_through_a_city_protest(pipeline):
    ev = _first(pipeline, "The opposition leader led thousands of supporters through the capital on Saturday, demanding early elections. "
                          "Marchers waved flags and sang.")
    assert ev.sub_event_type == "Peaceful protest"


def test_attack_drones_launched_at_a_city_strike_from_the_air(pipeline):
    ev = _first(pipeline, "The army launched a wave of Shahed-type attack drones at the port city overnight, hitting a grain "
                          "warehouse. Two workers were killed, the governor said.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_town_controlled_by_a_day_after_an_assault_is_taken(pipeline):
    ev = _first(pipeline, "Gang members stormed the town overnight, freeing inmates from its jail. By Wednesday the gangs controlled "
                          "the town centre, the mayor said.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_a_bag_over_the_head_and_a_victim_taken_away_are_abductions(pipeline):
    ev = _first(pipeline, "Armed men put a bag over the head of the village chief and led him out of his house on Friday.")
    assert ev.sub_event_type == "Abduction/forced disappearance"
    ev = _first(pipeline, "Masked men stormed the house of a local councillor, shot her brother in the leg and took her away. Her party had "
                          "criticised the army offensive in the region.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_a_statement_signed_late_in_the_day_ending_fighting_is_an_agreement(pipeline):
    ev = _first(pipeline, "The two governments signed a statement late on Tuesday ending three weeks of fighting along their border.")
    assert ev.sub_event_type == "Agreement"


def test_troops_entering_a_city_after_the_other_side_withdrew_is_a_transfer(pipeline):
    ev = _first(pipeline, "Government troops entered the port city on Sunday to cheering crowds, hours after the rebels said they had "
                          "completed the withdrawal of their fighters.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_taking_a_town_from_rebels_regains_it(pipeline):
    ev = _first(pipeline, "Army units entered the town on Monday after days of fighting on its outskirts, taking the desert town from "
                          "separatist rebels, the general staff said.")
    assert ev.sub_event_type == "Government regains territory"


def test_houses_burned_when_no_one_was_hurt_are_property_destruction(pipeline):
    ev = _first(pipeline, "On 3 March 2023, soldiers set fire to about 80 houses in the village after residents had fled. No one was "
                        "reported killed or injured.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_fighting_civilians_fled_and_an_offensive_an_attack_was_part_of_are_no_battle(pipeline):
    ev = _first(pipeline, "On 2 June 2022, soldiers stopped villagers fleeing fighting near the river and shot dead 12 of them.")
    assert ev.sub_event_type == "Attack"
    ev = _first(pipeline, "On 9 May 2024, gunmen stopped buses on the highway and shot dead 11 passengers. The attack was part of a "
                          "coordinated offensive that included raids on two police stations.")
    assert ev.sub_event_type == "Attack"


def test_bombs_that_released_a_gas_are_a_chemical_weapon(pipeline):
    ev = _first(pipeline, "On 2 May 2024, army drones dropped bombs that released a yellowish, foul-smelling gas over rebel trenches near the "
                          "village. About ten fighters were treated for vomiting.")
    assert ev.sub_event_type == "Chemical weapon"


def test_landmines_that_kill_deminers_are_a_blast(pipeline):
    ev = _first(pipeline, "On 4 June 2020, three members of a demining team were killed when a landmine exploded as they cleared a "
                          "field near the town.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


# -- round two: background ------------------------------------------------------------------------------


def test_unrest_months_ago_an_attack_last_year_and_clashes_in_recent_months_are_past(pipeline):
    _none(pipeline, "The former mayor, who was freed from jail by supporters during unrest four months ago, won the election.")
    _none(pipeline, "The government expelled two diplomats, saying their country was behind an arson attack on a depot last year.")
    ev = _first(pipeline, "On 3 March 2025, RAB recovered 14 crude bombs from a bush in the upazila. Officials said the area had seen "
                          "clashes between rival groups in recent months.")
    assert ev.sub_event_type == "Disrupted weapons use"


def test_a_clash_elsewhere_that_day_and_earlier_that_day_are_other_events(pipeline):
    ev = _first(pipeline, "On 10 July 2024, police fired on students marching outside the university gate, killing one. Elsewhere that "
                          "day students and party activists clashed in two cities.")
    assert ev.sub_event_type == "Excessive force against protesters"
    ev = _first(pipeline, "On 17 October 2025, the commission and 20 parties signed the national charter in Dhaka. Earlier that day, a "
                          "group protesting near the venue clashed with police, who used tear gas.")
    assert ev.sub_event_type == "Agreement"


def test_protests_after_an_arrest_are_its_aftermath(pipeline):
    ev = _first(pipeline, "On 9 May 2023, paramilitary troops arrested the former premier at the court. His supporters went on to protest "
                        "across the country in the evening.")
    assert ev.sub_event_type == "Arrests"
    ev = _first(pipeline, "On 19 June 2025, police arrested 9 party activists in raids in the city in connection with a 'flash procession' "
                          "held the previous morning.")
    assert ev.sub_event_type == "Arrests"


def test_a_rumour_a_mob_acts_on_is_no_sexual_violence(pipeline):
    ev = _first(pipeline, "On 30 June 2024, hundreds of residents attacked migrant-owned shops and cars in the town after reports that a "
                          "migrant had sexually abused a child. Police dispersed the crowd and detained 40 people.")
    assert ev.sub_event_type == "Mob violence"


def test_force_at_earlier_protests_and_what_a_crackdown_came_after_are_other_days(pipeline):
    ev = _first(pipeline, "On 11 March 2023, about 40,000 people rallied in the city against the reform plan. The rally ended without "
                          "incident, unlike earlier protests in the capital where police used water cannon on marchers.")
    assert ev.sub_event_type == "Peaceful protest"
    ev = _first(pipeline, "On 28 November 2019, security forces fired live rounds at protesters holding a sit-in on the bridge, killing "
                          "at least 20. The crackdown came hours after demonstrators stormed and torched a consulate in another city.")
    assert ev.sub_event_type == "Excessive force against protesters"


def test_fighting_reported_the_day_before_is_no_battle(pipeline):
    ev = _first(pipeline, "On 24 December 2021, soldiers stopped cars carrying villagers near the bridge and killed them. At least 20 "
                          "died. Fighting between rebels and the army had been reported in the area the day before.")
    assert ev.sub_event_type == "Attack"


# -- round three: fatalities --------------------------------------------------------------------------


def test_a_revised_count_of_the_abducted_is_no_death_toll(pipeline):
    ev = _first(pipeline, "On 7 March 2024, gunmen abducted pupils from a school in the village. Local officials first said 240 "
                          "were taken, then revised the figure to 118. No one was reported killed.")
    assert ev.fatalities == 0


def test_the_buried_and_a_burial_count_as_the_dead(pipeline):
    ev = _first(pipeline, "On 3 December 2023, an army drone strike hit villagers gathered for a festival. State officials said 70 "
                          "people were buried; a rights group put the toll at more than 100.")
    assert ev.fatalities == 70
    ev = _first(pipeline, "On 28 November 2020, militants killed farmers in fields near the village. Officials attended the burial of "
                          "38 victims the following day; the UN said at least 90 civilians were killed.")
    assert ev.fatalities == 38


def test_a_toll_put_lower_or_risen_since(pipeline):
    ev = _first(pipeline, "Gunmen attacked the village overnight, killing at least 80 people, a rights group said. The state government "
                          "put the toll lower, at 52.")
    assert ev.fatalities == 52
    ev = _first(pipeline, "Troops fired on a sit-in on the bridge, killing at least 11, medics said. By Saturday the toll had risen to 16 "
                          "as several of the wounded died.")
    assert ev.fatalities == 16


def test_one_more_victim_told_later_is_added():
    assert sum(_killed("A drone strike killed a commander as he drove through the valley, officials said. Local officials said the "
                       "driver of the car, a farmer, also died.")) == 2
    assert sum(_killed("Four rebels died in a gunfight with troops, a spokesman said. The body of a fifth rebel was found by a patrol "
                       "the next day.")) == 5
    assert sum(_killed("One worker was killed by police gunfire and another was found dead inside a burned warehouse.")) == 2


def test_bodies_officials_confirmed_outweigh_people_who_died():
    assert _killed("People trapped inside died in the blaze. Officials confirmed 19 bodies, a police officer said.") == [19]


def test_dead_in_other_parts_or_a_separate_incident_are_not_the_events():
    assert _killed("At least 12 people were reported killed in other parts of the capital on the same day.") == []
    assert _killed("A soldier was killed in a separate incident elsewhere in the city overnight.") == []


def test_just_after_midnight_and_shortly_after_are_the_events_own_time():
    assert _killed("A grenade was thrown at a police post just after midnight, killing one officer.") == [1]
    assert _killed("A bomb went off at a market and a second exploded near a clinic shortly after, killing 14 people.") == [14]


def test_sources_told_with_a_clause_are_their_own_accounts(pipeline):
    ev = _first(pipeline, "Fighting between rebels and troops near the town raged through the night, with the rebels claiming that 20 "
                          "soldiers were killed. A local official, speaking on condition of anonymity, put the number of dead soldiers at six.")
    assert ev.fatalities == 6
    ev = _first(pipeline, "Two shells fired from rebel positions landed on a displacement camp on Sunday, killing at least seven people, "
                          "the army spokesman said. Other sources, including camp leaders, spoke of 11 dead.")
    assert ev.fatalities == 7


# -- round three: types and no event -------------------------------------------------------------------


def test_gas_station_blasts_tankers_and_hurricanes_are_no_event(pipeline):
    _none(pipeline, "A gas cylinder blast ripped through a hotel kitchen in the city, killing three people, police said, ruling out sabotage.")
    _none(pipeline, "An explosion at a gas refilling station in the capital killed four people and injured 80, officials said.")
    _none(pipeline, "A tanker truck exploded after overturning on the highway, killing 40 people who had rushed to collect fuel.")
    _none(pipeline, "On 3 October 2023, a hurricane made landfall near the port city. Authorities confirmed 30 deaths and widespread "
                    "damage to hotels and homes.")


def test_a_vehicle_loaded_with_explosives_driven_into_a_building_is_a_suicide_bombing(pipeline):
    ev = _first(pipeline, "On 9 March 2019, a rebel member drove a van loaded with 60 kg of explosives into a police academy and detonated it.")
    assert ev.sub_event_type == "Suicide bomb"


def test_a_village_taken_without_any_confrontation_is_a_transfer(pipeline):
    ev = _first(pipeline, "Around 2 May 2023, one armed group withdrew from the riverside village and fighters of a rival front moved in "
                          "and took control of the village without any confrontation, community sources said.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_bombs_releasing_toxic_smoke_are_chemical(pipeline):
    ev = _first(pipeline, "On 4 June 2016, government aircraft reportedly dropped bombs releasing toxic smoke on villages in the hills.")
    assert ev.sub_event_type == "Chemical weapon"


def test_a_camp_set_up_as_a_base_for_raids_is_a_base(pipeline):
    ev = _first(pipeline, "In early March 2024, insurgents set up camp in and around the coastal village, using it as a base for raids "
                          "along the coast, residents said.")
    assert ev.sub_event_type == "Headquarters or base established"


def test_an_arsenal_seized_is_disrupted_weapons_use(pipeline):
    ev = _first(pipeline, "On 2 December 2024, soldiers seized an arsenal including 40 assault rifles and 10 grenades at a ranch near the "
                          "city. No arrests were made.")
    assert ev.sub_event_type == "Disrupted weapons use"


def test_fighting_going_on_for_weeks_is_a_shellings_backdrop(pipeline):
    ev = _first(pipeline, "On 16 September 2022, a mortar shell fired from across the border landed in a camp, killing a youth. Heavy "
                          "fighting between the army and a rebel group had been going on across the border for weeks.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
