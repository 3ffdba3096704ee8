"""Coding fixes found by the twenty-second session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import killed_figures as _killed
from test_coding_support import no_event as _none

from eventatlas.casualties import find_casualties
from eventatlas.text import make_document

pytestmark = pytest.mark.slow


# -- fatalities ---------------------------------------------------------------------------------------


def test_a_named_victim_and_the_others_listed_after_count_each():
    assert _killed("The strike hit a pick-up, killing militia commander Omar Haddad and his driver near the bridge.") == [2]
    assert _killed("Gunmen killed district chief Ali Rahimi, council member Nasir Wali and six others outside the mosque.") == [8]
    assert _killed("A sniper killed union leader Pablo Ortiz, his brother Luis Ortiz and their cousin in Cali.") == [3]


def test_a_name_set_off_by_a_comma_is_who_the_listed_one_is():
    # "the escort, Hamid Noor": one man named twice; "a well-known cleric": who the first one was
    assert _killed("A bomb killed tribal leader Gul Zaman and the escort, Hamid Noor, on the Wana road.") == [2]
    assert _killed("Attackers killed Yusuf Barre, a well-known cleric, as he left the market.") == [1]


def test_a_second_victim_who_died_counts():
    assert _killed("A traffic constable was stabbed to death and a shopkeeper died of his wounds the next day.") == [1, 1]
    assert _killed("One ranger died and two others were injured in the ambush.") == [1]
    # "an unknown number ... died" is no figure
    assert _killed("Nine troops were killed; an unknown number of the raiders also died.") == [9]


def test_a_breakdown_set_off_before_lost_their_lives_is_no_new_figure():
    assert _killed("Seven people, six police officers and a cook, lost their lives when the device went off.") == [7]


def test_bodies_found_dead_and_a_confirmed_count_are_figures():
    assert _killed("Three cattle thieves were found dead in the forest on Monday.") == [3]
    assert _killed("A hospital official confirmed 21 deaths after the raid.") == [21]
    # "found beheaded" is no death when it is idols that were found so
    assert _killed("Many of the statues were found beheaded the next morning.") == []


def test_neutralised_counts_unless_a_side_claims_it_or_gives_no_figure():
    assert _killed("A military source said twelve attackers were 'neutralised' in the counter-attack.") == [12]
    assert _killed("The army claimed 60 assailants neutralised, a figure no one else gave.") == []
    assert _killed("The ministry said numerous terrorists were neutralised.") == []


def test_a_second_source_that_confirms_a_lower_count_is_an_alternative(pipeline):
    ev = _first(pipeline, "Gunmen raided the village of Kiru on Sunday. Residents said at least 14 people were killed, "
                          "while the district commissioner confirmed only nine bodies.")
    assert ev.fatalities == 9


def test_an_agreement_kills_no_one(pipeline):
    ev = _first(pipeline, "On 2 June 2019, the two militias signed a truce in Zawiya, which came after months of fighting "
                          "in which at least 40 fighters were killed.")
    assert (ev.sub_event_type, ev.fatalities) == ("Agreement", 0)


# -- event types ------------------------------------------------------------------------------------


def test_a_vehicle_loaded_with_explosives_is_a_bomb(pipeline):
    ev = _first(pipeline, "A pick-up truck loaded with explosives blew up near the municipal building in Tumaco on Friday, "
                          "wounding four passers-by.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_a_canister_filled_with_gas_and_smoke_that_blisters_are_chemical(pipeline):
    ev = _first(pipeline, "Medics in Saraqib said a canister filled with gas landed near a clinic on Tuesday, and "
                          "eleven people were treated for choking.")
    assert ev.sub_event_type == "Chemical weapon"
    ev = _first(pipeline, "Residents of Golo said shells fired by government artillery that released a greenish smoke fell "
                          "on the village. Dozens later suffered vomiting and blistered hands.")
    assert ev.sub_event_type == "Chemical weapon"


def test_days_of_fighting_the_report_tells_are_the_event(pipeline):
    ev = _first(pipeline, "Hundreds of families are staying in a church in Tame after three days of fighting between "
                          "ELN guerrillas and FARC dissidents. The ombudsman's office counted five dead.")
    assert ev.sub_event_type == "Armed clash"
    # a truce that ends them is the news
    ev = _first(pipeline, "A truce was signed in Tame after three days of fighting between ELN guerrillas and FARC dissidents.")
    assert ev.sub_event_type == "Agreement"


def test_fire_exchanged_with_listed_weapons_is_a_clash(pipeline):
    ev = _first(pipeline, "On 3 May 2016, government troops and rebels exchanged mortar, sniper and grenade-launcher fire "
                          "near the airport of Luhansk (Luhansk). One soldier was killed.")
    assert ev.sub_event_type == "Armed clash"


def test_an_offensive_announced_is_no_fight(pipeline):
    ev = _first(pipeline, "Rockets fired from rebel-held districts struck a bus station in Kherson on Monday, killing six "
                          "civilians. A rebel commander had announced an offensive on the city the day before.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


def test_a_group_that_takes_a_new_name_changes(pipeline):
    ev = _first(pipeline, "On 4 April 2018, the leader of the Ansar Brigade said in an audio message from Derna (Derna) "
                          "that the group would henceforth be known as Derna Protection Force.")
    assert ev.sub_event_type == "Change to group/activity"


def test_party_men_wrecking_an_empty_office_from_2022_destroy_property(pipeline):
    ev = _first(pipeline, "On 14 March 2023, Jubo League activists vandalised the BNP ward office in Kotalipara upazila "
                          "(Gopalganj) at night and set its signboard on fire. Nobody was there and no one was hurt.")
    assert ev.sub_event_type == "Looting/property destruction"
    # before 2022 (the dev notes of 2010-19) such wreckers are rioters
    ev = _first(pipeline, "On 14 March 2016, Jubo League activists vandalised the BNP ward office in Kotalipara upazila "
                          "(Gopalganj) at night and set its signboard on fire. Nobody was there and no one was hurt.")
    assert ev.sub_event_type == "Mob violence"


# -- not political violence -------------------------------------------------------------------------


def test_a_vehicle_fault_makes_a_fire_an_accident(pipeline):
    _none(pipeline, "On 2 March 2019, a minibus carrying seasonal workers caught fire near Kyzylorda (Kyzylorda), killing "
                    "eleven passengers. Police said a fault in the vehicle's wiring was the likely cause.")


def test_the_arrest_of_a_man_who_killed_over_a_debt_is_crime(pipeline):
    _none(pipeline, "On 5 May 2020, a farmer armed with a rifle killed a shopkeeper and wounded his son in a dispute "
                    "over an unpaid debt in Karaganda (Karaganda). Police said the gunman, a retired teacher with no known "
                    "links to any group, was detained two hours later.")


def test_veterans_who_fought_in_a_war_are_no_fight(pipeline):
    _none(pipeline, "On 9 May 2021, soldiers laid wreaths at the war memorial in Minsk (Minsk), honouring comrades who "
                    "had fought in the war against Germany.")


# -- round two --------------------------------------------------------------------------------------


def test_killing_n_of_them_after_a_fight_is_their_toll():
    found = find_casualties(make_document("Troops stormed a farmhouse where gunmen were hiding near Bannu, killing three "
                                          "of them, officials said. One soldier also died."))
    assert [(c.figure, c.victims.startswith("(included)")) for c in found] == [(3, False), (1, False)]
    # a count told before in the sentence makes "of them" a part of it
    found = find_casualties(make_document("Villagers seized three of the thieves and killed two of them."))
    assert [(c.figure, c.victims.startswith("(included)")) for c in found] == [(2, True)]


def test_a_list_that_names_who_the_others_were_is_no_new_figure():
    assert _killed("A bomber blew himself up at the checkpoint, killing himself and four others, two guards and two "
                   "traders.") == [4]


def test_killing_oneself_and_others_counts_the_others():
    assert _killed("The attacker detonated his vest in the crowd, killing himself and at least 9 worshippers.") == [9]


def test_a_people_named_before_its_noun_is_no_person():
    # "killed Fulani herders": no one named, no count; the later toll is the one there is
    ev_killed = _killed("Gunmen killed Fulani herders in two hamlets near Bokkos.")
    assert ev_killed == []


def test_tolls_given_and_doctors_who_declared_him_dead():
    assert _killed("The district administration gave a toll of 14.") == [14]
    assert _killed("He was rushed to the district hospital, where doctors declared him dead.") == [1]
    assert _killed("Border guards shot dead 16-year-old Rina Begum near the fence.") == [1]
    assert _killed("A military source put the dead at twelve fighters.") == [12]


def test_a_source_who_spoke_of_or_confirmed_another_toll_is_an_alternative(pipeline):
    ev = _first(pipeline, "On 5 May 2023, rebels and soldiers clashed near Rutshuru (Nord-Kivu). Local sources reported 4 "
                          "fighters killed, while a chief spoke of 10 dead.")
    assert ev.fatalities == 4
    ev = _first(pipeline, "On 5 May 2023, two armed groups exchanged fire in Camp 4 in Ukhia (Cox's Bazar). Camp leaders said "
                          "six people were killed; police confirmed two bodies.")
    assert ev.fatalities == 2


def test_a_protest_still_to_come_is_no_protest(pipeline):
    ev = _first(pipeline, "On 3 June 2023, police detained 20 Jamaat activists in Sylhet city (Sylhet), a day before the "
                          "party's planned march to the divisional commissioner's office.")
    assert ev.sub_event_type == "Arrests"
    ev = _first(pipeline, "Police arrested opposition leader Ana Mwale at her home in Lusaka hours before she was due to "
                          "address a rally in the city centre.")
    assert ev.sub_event_type == "Arrests"
    ev = _first(pipeline, "On 8 May 2024, AL and BNP activists clashed with firearms over a market lease in Tala upazila "
                          "(Satkhira), and one man was shot dead. BNP called a protest rally for the next day.")
    assert ev.sub_event_type == "Armed clash"


def test_a_planted_device_in_a_blockade_is_a_bomb(pipeline):
    ev = _first(pipeline, "On 20 November 2023, a crude bomb hidden in a tea stall in Feni town (Feni) went off in the "
                          "morning, injuring the owner. Police said the device had been planted at night, during the "
                          "opposition's blockade.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_supporters_who_scuffled_are_in_a_fight(pipeline):
    ev = _first(pipeline, "On 11 July 2023, BNP and AL supporters scuffled with bamboo sticks over a banner in Gabtali "
                          "upazila (Bogra); 9 people were injured.")
    assert ev.sub_event_type == "Mob violence"


def test_security_restored_to_a_town_and_a_town_entered_by_leave_are_territory(pipeline):
    ev = _first(pipeline, "State television said troops had restored security and stability to Tal Rifaat after clashes "
                          "with rebel fighters on Saturday.")
    assert ev.sub_event_type == "Government regains territory"
    ev = _first(pipeline, "Government troops entered Ain Issa on Sunday after the Kurdish-led militia agreed to let the "
                          "army deploy along the front, state media said.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_a_ceasefire_that_enters_into_force_is_an_agreement(pipeline):
    ev = _first(pipeline, "On 1 March 2022, a three-month ceasefire agreed between the government and the FLM rebels entered "
                          "into force in Gao (Gao).")
    assert ev.sub_event_type == "Agreement"


def test_relatives_seized_and_men_taken_from_a_house_are_abducted(pipeline):
    ev = _first(pipeline, "On 4 May 2022, FARC dissidents seized the father of a local mayor at his farm in Suarez "
                          "(Cauca).")
    assert ev.sub_event_type == "Abduction/forced disappearance"
    ev = _first(pipeline, "On 9 June 2022, gunmen believed to be cartel members took four teenagers from a party in "
                          "Celaya (Guanajuato).")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_a_city_besieged_for_months_and_houses_burned_after_earlier_attacks(pipeline):
    ev = _first(pipeline, "Shells struck the main market in El Obeid on Tuesday, killing 12 people. The RSF, which has "
                          "besieged the town since May 2024, denied it.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    ev = _first(pipeline, "On 6 May 2023, CODECO fighters burned about 30 huts in a village near Djugu (Ituri) that "
                          "residents had left after repeated attacks. No one was hurt.")
    assert ev.sub_event_type == "Looting/property destruction"


# -- round three ------------------------------------------------------------------------------------


def test_no_one_died_is_no_death():
    assert _killed("Some 40 people were hurt in the brawl; no one died.") == []


def test_people_named_as_the_ones_who_died_count_each():
    assert _killed("Jubo Dal activist Karim Uddin was stabbed and died at the upazila health complex, while student "
                   "Rafiq Islam, hit by a brick, died in Dhaka two days later.") == [1, 1]
    assert _killed("Farmer Abdul Halim was hit in the chest and died on the spot. Day labourer Sujon Mia, beaten "
                   "with rods, died on 4 May.") == [1, 1]


def test_a_mother_and_her_daughter_and_one_death():
    assert _killed("A mortar round hit a house in Baidoa, killing a mother and her young son.") == [1, 1]
    assert _killed("Hospital staff reported one death.") == [1]
    assert _killed("He had received a death threat a week before.") == []


def test_beaten_to_death_or_shot_dead_a_named_man():
    assert _killed("A crowd of workers beat to death Sunil Perera, the manager of a tea estate near Kandy.") == [1]
    assert _killed("Police shot dead Ram Prasad Yadav during the raid.") == [1]


def test_bodies_pulled_from_rubble_hit_by_a_missile():
    assert _killed("Rescuers pulled 23 bodies from a block of flats in Odesa hit by a Russian missile overnight.") == [23]
    # a bus that hits a man is still an accident
    assert _killed("Two pedestrians died after being hit by a speeding bus.") == []


def test_a_second_source_after_though_or_acknowledged(pipeline):
    ev = _first(pipeline, "Four soldiers and two rebels were killed when a patrol ran into guerrillas near Catarman, the army "
                          "said, though the rebels claimed nine soldiers had died.")
    assert ev.fatalities == 6
    ev = _first(pipeline, "Police fired live rounds at marchers in Conakry on Monday. An opposition group said three marchers "
                          "were killed, while the government acknowledged one death.")
    assert ev.fatalities == 1


def test_a_toll_told_as_earlier_that_morning_is_another_event():
    assert _killed("Earlier that day, a roadside bomb in Kirkuk killed four policemen.") == []


def test_an_other_event_has_no_fatalities(pipeline):
    ev = _first(pipeline, "Forensic teams began exhuming about 60 bodies from a mass grave near Bucha on 8 April 2022.")
    assert (ev.sub_event_type, ev.fatalities) == ("Other", 0)


def test_tear_gas_grenades_dropped_from_drones_on_troops_are_chemical(pipeline):
    ev = _first(pipeline, "Russian troops dropped K-51 tear gas grenades from drones onto Ukrainian trenches near Bakhmut, "
                          "and two soldiers were evacuated with breathing problems, a brigade said.")
    assert ev.sub_event_type == "Chemical weapon"


def test_hit_from_the_air_is_an_air_strike(pipeline):
    ev = _first(pipeline, "Rebels said 14 villagers died when a market near Hpakant was hit from the air on Friday.")
    assert ev.sub_event_type == "Air/drone strike"


def test_control_handed_to_another_army_is_a_transfer(pipeline):
    ev = _first(pipeline, "Armenian forces handed control of Lachin district to Azerbaijan under the truce terms.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_a_mayor_driven_to_an_unknown_location_disappears(pipeline):
    ev = _first(pipeline, "Officials said soldiers detained the mayor of Kherson at his office and drove him to an unknown "
                          "location on 10 March 2022.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_a_pilot_seized_is_abducted(pipeline):
    ev = _first(pipeline, "Rebels in Puncak burned a small cargo plane on the airstrip and seized its pilot on 3 May 2023.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_forces_shooting_people_at_rallies_against_a_coup_use_excessive_force(pipeline):
    ev = _first(pipeline, "Soldiers shot dead at least 12 people at anti-junta rallies in three cities on Saturday, a "
                          "monitoring group said.")
    assert ev.sub_event_type == "Excessive force against protesters"


def test_an_assault_on_working_families_is_a_figure_of_speech(pipeline):
    _none(pipeline, "The opposition leader called the new tax 'an assault on ordinary families' during the debate.")
