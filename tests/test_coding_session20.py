"""Coding fixes found by the twentieth session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import no_event as _none

pytestmark = pytest.mark.slow


# -- places -----------------------------------------------------------------------------------------


def test_the_word_after_a_capitals_dateline_is_no_quarter_of_the_city(pipeline):
    ev = _first(pipeline, "NAIROBI - Youths looted and burned stalls in Kibera on Tuesday, 4 July 2023, police said.")
    assert ev.location != "Youths"
    assert ev.admin1 == "Nairobi"


# -- riots --------------------------------------------------------------------------------------------


def test_a_crowd_with_sticks_that_loots_and_kills_riots(pipeline):
    ev = _first(pipeline, "DURBAN - A crowd carrying sticks and iron bars looted and torched spaza shops run by Somali "
                          "nationals in Umlazi on Thursday, 9 May 2024, and three people died, police said. Officers fired "
                          "rubber bullets to scatter the looters.")
    assert (ev.sub_event_type, ev.fatalities) == ("Mob violence", 3)


# -- crime --------------------------------------------------------------------------------------------


def test_the_arrest_for_a_family_killing_with_no_gang_link_is_no_event(pipeline):
    _none(pipeline, "Police in Cebu detained a farmer on 14 June 2022 for hacking his uncle to death in a family "
                           "feud over a rice field; the suspect was not linked to any gang, police said.")


# -- abductions ---------------------------------------------------------------------------------------


def test_a_man_picked_up_from_a_room_by_plainclothes_men_is_abducted(pipeline):
    ev = _first(pipeline, "Relatives of a Sindhi poet said he was picked up from a guest house in Hyderabad on Friday, "
                          "3 May 2024, by men in plain clothes who came in a white car. His whereabouts are not known.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


# -- background -------------------------------------------------------------------------------------


def test_a_place_named_by_what_happened_there_months_before_is_no_event(pipeline):
    _none(pipeline, "The defence minister said in Manila on 8 September 2023 that more troops would go to Sulu, where "
                           "two engineers had been kidnapped in March, but gave no figures.")


def test_a_place_in_brackets_after_a_capitals_dateline_keeps_it_a_dateline(pipeline):
    ev = _first(pipeline, "NIAMEY (Niger) — Gunmen on motorbikes attacked the village of Zarkadji in Niger's Tillaberi "
                          "region on Sunday, 5 March 2023, killing nine farmers, local officials said.")
    assert ev.admin1 == "Tillaberi"


# -- sides and types ----------------------------------------------------------------------------------


def test_a_group_said_only_to_be_active_in_the_area_is_no_side(pipeline):
    ev = _first(pipeline, "Gunmen opened fire on worshippers at a mosque in Tahoua region on Friday, 2 June 2023, killing "
                          "14 people, officials said. No one claimed the killings, but Islamic State Sahel Province "
                          "fighters are active in the region.")
    assert (ev.sub_event_type, ev.actor1) == ("Attack", "Unidentified Armed Group (Niger)")


def test_opening_fire_on_residents_is_violence(pipeline):
    ev = _first(pipeline, "Gunmen on motorbikes stormed the village of Dinangourou in central Mali's Mopti region at dawn on "
                          "9 May 2022, opening fire on residents and setting granaries alight. A local official put the "
                          "toll at 11 dead.")
    assert (ev.sub_event_type, ev.fatalities) == ("Attack", 11)


def test_gunfighting_between_two_armed_groups_is_a_clash(pipeline):
    ev = _first(pipeline, "Gunfighting broke out between armed cadres of the KNF and the PCJSS at Ruma upazila (Bandarban) "
                          "on 4 April 2023; two KNF men were killed, police said.")
    assert ev.sub_event_type == "Armed clash"


def test_forces_who_cordon_off_the_scene_and_search_do_not_make_a_grenade_attack_a_battle(pipeline):
    ev = _first(pipeline, "Suspected militants threw a grenade at a bus stand in Anantnag on Monday, 6 May 2024, wounding "
                          "nine passengers, police said. Troops cordoned off the town and began a search for the attackers.")
    assert ev.sub_event_type == "Grenade"


def test_captors_marching_children_into_the_bush_is_no_march(pipeline):
    ev = _first(pipeline, "Armed men abducted 30 students from a seminary in Gusau on Tuesday night, 5 March 2024, climbing "
                          "the wall and marching the students into the bush, police said. Nobody was hurt.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


# -- mob justice --------------------------------------------------------------------------------------


def test_a_crowd_that_burns_suspected_thieves_riots_though_police_open_cases(pipeline):
    ev = _first(pipeline, "Residents of Mamelodi (City of Tshwane, Gauteng) beat three men accused of a string of "
                          "robberies and set them alight on 12 August 2022; the men died. Police opened murder cases.")
    assert (ev.sub_event_type, ev.actor2) == ("Mob violence", "Civilians (South Africa)")


# -- protests -----------------------------------------------------------------------------------------


def test_police_who_move_to_stop_a_banned_march_intervene(pipeline):
    ev = _first(pipeline, "Police detained more than 200 people in Ankara on Saturday, 1 July 2023, as they moved to stop a "
                          "banned women's march from reaching Kizilay Square. Officers pushed marchers into side streets.")
    assert ev.sub_event_type == "Protest with intervention"


def test_a_call_to_gather_for_a_rally_on_a_later_day_is_no_event(pipeline):
    _none(pipeline, "The opposition alliance urged supporters to gather in central Yerevan on Sunday for what it called a "
                    "decisive rally against the border deal, its leaders told reporters on Thursday, 9 May 2024.")


def test_a_strike_threatened_unless_a_demand_is_met_is_no_event(pipeline):
    _none(pipeline, "The national teachers' union said on Monday, 4 March 2024, that members would close every public "
                    "school with an indefinite general strike from 11 March unless the government paid arrears.")


def test_protesters_camped_and_chanting_protest(pipeline):
    ev = _first(pipeline, "Hundreds of nurses camped for a fifth straight night outside the health ministry in Nairobi on "
                          "Friday, 5 May 2023, chanting 'pay us now' over months of unpaid wages.")
    assert ev.sub_event_type == "Peaceful protest"


# -- arrests ------------------------------------------------------------------------------------------


def test_a_former_head_of_state_arrested_on_an_international_warrant_is_an_arrest(pipeline):
    ev = _first(pipeline, "Former Sudanese president Omar al-Bashir was arrested in Khartoum on 11 April 2019 on a warrant "
                          "from the International Criminal Court over killings during the anti-drug and counter-insurgency "
                          "campaigns.")
    assert ev.sub_event_type == "Arrests"


# -- types ----------------------------------------------------------------------------------------------


def test_a_group_described_as_fighting_for_control_is_no_battle(pipeline):
    ev = _first(pipeline, "Four villagers in Guerrero were treated for vomiting on Tuesday, 6 June 2023, after a drone dropped "
                          "canisters of toxic gas on their homes, officials said. They blamed a cartel fighting for control "
                          "of the sierra.")
    assert ev.sub_event_type == "Chemical weapon"


def test_a_ceasefire_taking_effect_is_an_agreement(pipeline):
    ev = _first(pipeline, "A 90-day ceasefire between the Philippine government and the communist New People's Army took effect "
                          "on Monday, 1 January 2024, officials said.")
    assert ev.sub_event_type == "Agreement"


def test_a_town_recaptured_by_troops_in_the_passive_is_regained(pipeline):
    ev = _first(pipeline, "Mahas (Hiraan) was recaptured on 3 September 2022 by Somali army troops and clan militias after brief "
                          "fighting with al Shabaab on the outskirts; four militants were killed.")
    assert ev.sub_event_type == "Government regains territory"


def test_a_camp_overrun_and_still_held_is_territory_taken(pipeline):
    ev = _first(pipeline, "ISWAP fighters overran the Nigerian army base at Mainok (Borno) on Friday, 26 April 2024, and were "
                          "still holding the base on Sunday, residents said. About 20 soldiers were killed.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_a_marcher_who_dies_in_the_sentence_after_police_fire_is_a_death_of_excessive_force(pipeline):
    ev = _first(pipeline, "BNP activists staging a procession in Patuakhali Sadar (Patuakhali) against fuel price hikes on 2 "
                          "August 2022 came under police fire. A Jubo Dal activist died on the spot and a Chhatra Dal leader "
                          "succumbed to bullet wounds on 6 August; around 25 others were injured.")
    # (twenty-second session: the leader who "succumbed" counts too, as the set note this test was
    # written from, bd101-11, codes it; the test had kept the coder's count of the time, 1)
    assert (ev.sub_event_type, ev.fatalities) == ("Excessive force against protesters", 2)


def test_a_besieged_town_named_as_a_destination_is_no_battle(pipeline):
    ev = _first(pipeline, "A lorry carrying flour to the besieged town of Arbinda struck a landmine near Gorgadji on Tuesday, "
                          "14 June 2022, killing 11 passengers, the governor said.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_a_national_army_strike_on_a_car_is_an_air_strike(pipeline):
    ev = _first(pipeline, "A Turkish strike on a vehicle near Qamishli on Friday, 3 March 2023 killed three SDF fighters, a "
                          "war monitor said.")
    assert ev.sub_event_type == "Air/drone strike"


def test_police_who_only_report_a_killing_with_others_are_no_side(pipeline):
    ev = _first(pipeline, "Gunmen on a motorbike shot dead a prominent organiser of anti-government rallies outside his home "
                          "in Basra early on Monday, 4 July 2022, police and fellow activists said.")
    assert ev.sub_event_type == "Attack"


def test_soldiers_captured_in_a_city_years_ago_are_no_capture_in_a_swap(pipeline):
    ev = _first(pipeline, "Russia and Ukraine swapped 75 prisoners each on Friday, 9 August 2024, officials said. Among the "
                          "Ukrainians returned were marines captured in Bakhmut in 2023.")
    assert ev.sub_event_type == "Agreement"


def test_gunning_down_villagers_is_an_attack(pipeline):
    ev = _first(pipeline, "Suspected jihadists stormed a hamlet in Burkina Faso's Centre-Nord region late on Thursday, 4 May "
                          "2023, gunning down at least 17 civilians, local officials said. Soldiers arrived after the "
                          "attackers had left.")
    assert ev.sub_event_type == "Attack"


def test_an_attack_named_by_its_year_in_a_trial_report_is_no_event(pipeline):
    _none(pipeline, "The trial of three men accused of planning the 2016 gun attack on a beach resort opened in Abidjan on "
                    "Tuesday, 6 December 2022, six years after the assault that killed 19 people.")


def test_lava_destroying_homes_is_no_event(pipeline):
    _none(pipeline, "Lava from Mount Merapi reached villages on its slopes overnight, destroying dozens of homes and killing "
                    "six people, Indonesian officials said on Sunday, 5 March 2023.")


def test_troops_entering_a_town_a_force_agreed_to_hand_over_is_a_transfer(pipeline):
    ev = _first(pipeline, "Government troops entered the town of Kobani on Wednesday, 16 October 2019, after Kurdish forces "
                          "agreed to hand over border posts under a Russian-brokered deal. No clashes were reported.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_foreign_troops_handing_over_a_base_to_the_army_is_a_transfer(pipeline):
    ev = _first(pipeline, "German troops left Mali on 12 December 2023, handing over their camp in Gao (Gao, Gao) to the Malian "
                          "armed forces. The departure took place without incident.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_mobs_attacking_shops_weeks_after_bombings_riot(pipeline):
    ev = _first(pipeline, "Anti-Christian mobs attacked church buildings and homes in Jaranwala (Faisalabad, Punjab) on 17 "
                          "August 2023, two weeks after the market bombings in the province. Police imposed a curfew; no "
                          "deaths were reported.")
    assert ev.sub_event_type == "Mob violence"


def test_a_ban_citing_the_group_s_attacks_at_the_end_of_a_long_list_is_a_ban(pipeline):
    ev = _first(pipeline, "The home ministry banned the Jubo League under the Anti-Terrorism Act on 2 March 2025, citing the "
                          "wing's involvement in killings, land grabbing, extortion and tender manipulation over the past "
                          "decade and its attacks on students during the uprising.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_rally_named_as_the_day_before_an_arrest_is_no_protest(pipeline):
    ev = _first(pipeline, "Detectives picked up BNP joint secretary general Ruhul Kabir Rizvi from his home in Nayapaltan "
                          "(Dhaka) on 3 November 2023, the day after the clashes at the party's rally; he was later shown "
                          "arrested in an arson case.")
    assert ev.sub_event_type == "Arrests"


def test_artillery_deployed_along_a_line_is_no_shelling(pipeline):
    _none(pipeline, "Azerbaijani forces moved additional troops, artillery and tanks toward the border with Armenia around 9 "
                    "March 2024, Armenian officials said, weeks after a gunfight near Nerkin Hand. Baku denied any build-up.")


# -- riots in Bangladesh ----------------------------------------------------------------------------


def test_party_men_who_fight_the_troops_sent_to_restore_order_riot(pipeline):
    ev = _first(pipeline, "Jubo League supporters armed with sticks and crude bombs attacked a Gono Odhikar Parishad rally in "
                          "Madaripur Sadar (Madaripur) on 3 August 2025, torching motorcycles, then fought army personnel "
                          "sent to escort the speakers out. Troops opened fire and two people were killed.")
    assert ev.event_type == "Riots"


def test_supporters_of_a_banned_party_are_no_ban():
    from eventatlas.eventtype import filter_triggers, find_triggers
    from eventatlas.text import make_document

    doc = make_document("Supporters of the banned Awami League attacked an NCP rally in Gopalganj Sadar (Gopalganj) on 16 "
                        "July 2025, throwing crude bombs and torching vehicles.")
    kept = filter_triggers(doc, find_triggers(doc))
    assert not [t for t in kept if t.sub_event_type == "Change to group/activity"]
    assert any(t.sub_event_type == "Grenade" for t in kept)


def test_followers_who_clash_with_police_after_bail_is_refused_demonstrate(pipeline):
    ev = _first(pipeline, "Followers of Hindu monk Krishna Das surrounded the prison van outside the court in Kotwali, "
                          "Chattogram city (Chattogram) on 26 November 2024 after he was denied bail, and clashed with police "
                          "and lawyers; a prosecutor was hacked to death near the court.")
    assert ev.sub_event_type == "Violent demonstration"


def test_a_brawl_between_two_parties_supporters_with_sticks_riots(pipeline):
    ev = _first(pipeline, "A row over a ferry ghat lease turned into a brawl between BNP and Jamaat supporters in Beanibazar "
                          "(Sylhet) on 2 May 2025, with both sides wielding sticks and throwing brickbats. Twelve people were "
                          "injured.")
    assert ev.sub_event_type == "Mob violence"


def test_a_war_told_as_months_of_fighting_does_not_make_a_drone_strike_a_battle(pipeline):
    ev = _first(pipeline, "A drone strike hit a market in the Amhara town of Dembecha on Sunday, 4 February 2024, killing at "
                          "least 12 people, a doctor said. Government troops have been fighting Fano militiamen in the zone "
                          "for months.")
    assert ev.sub_event_type == "Air/drone strike"


# -- round three --------------------------------------------------------------------------------------


def test_protesters_the_police_arrest_in_the_next_sentence_meet_intervention(pipeline):
    ev = _first(pipeline, "On 3 August 2021, a small group of protesters, including a well-known poet, held placards calling "
                          "for the release of political prisoners in Mbare, Harare (Harare, Harare). Police arrested them and "
                          "charged them with incitement to public violence.")
    assert ev.sub_event_type == "Protest with intervention"


def test_fighters_who_walk_out_of_the_hills_to_surrender_are_no_walkout(pipeline):
    ev = _first(pipeline, "Nine members of the Bangsamoro Islamic Freedom Fighters walked out of the marshland of Datu "
                          "Saudi Ampatuan and surrendered to army troops on 2 June 2022, handing over eight rifles, the army "
                          "said.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_port_blast_from_unsafely_stored_chemicals_is_no_event_despite_a_simile(pipeline):
    _none(pipeline, "Explosion rocks harbour\nA huge explosion tore through the port of Tianjin on Wednesday, 12 August "
                    "2015, killing 50 people, after a fire ignited some 800 tonnes of ammonium nitrate that officials said "
                    "had been stored unsafely in a warehouse. 'It was like an atomic bomb,' a worker said.")


def test_blasts_at_a_fireworks_workshop_are_no_event(pipeline):
    _none(pipeline, "A chain of explosions at an illegal fireworks workshop in Sivakasi killed four workers and damaged "
                    "several nearby houses on Monday, 9 October 2023, fire officials said.")


def test_a_drone_that_slams_into_a_building_is_a_drone_strike(pipeline):
    ev = _first(pipeline, "KHARKIV, May 3, 2024 — Russia sent a swarm of Iranian-made 'kamikaze' drones over the city during "
                          "the night, one of which slammed into an apartment block in the centre, killing three people, "
                          "officials said.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_district_handed_back_by_forces_is_a_transfer(pipeline):
    ev = _first(pipeline, "Azerbaijani troops entered the Kalbajar district on Wednesday, 25 November 2020, the second of the "
                          "districts handed back by Armenian forces under the ceasefire deal. No shots were fired.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_a_crowd_that_storms_a_police_station_after_police_fired_on_it_demonstrates(pipeline):
    ev = _first(pipeline, "A crowd of thousands enforcing the shutdown programme stormed the Raiganj police station (Sirajganj) "
                          "on 4 August 2024 after police fired on them, set it on fire and beat six policemen to death.")
    assert ev.sub_event_type == "Violent demonstration"


def test_groups_of_men_attacking_minority_homes_are_a_mob(pipeline):
    ev = _first(pipeline, "After the fall of the government, groups of men attacked and vandalised 12 Hindu homes in a village "
                          "of Pirganj upazila (Rangpur) on 7 August 2024, beating two residents. Local BNP leaders later "
                          "guarded the area.")
    assert ev.sub_event_type == "Mob violence"


def test_a_siege_told_as_months_of_blockade_is_no_protest(pipeline):
    ev = _first(pipeline, "On 2 November 2024, the Burkinabe army set up a new base in Djibo (Soum, Sahel) to secure the road "
                          "after months of a JNIM blockade of the town.")
    assert ev.sub_event_type != "Peaceful protest"


def test_a_sentence_for_a_previously_detained_activist_is_no_arrest(pipeline):
    _none(pipeline, "A court in Baku sentenced a previously detained opposition journalist to nine years in prison on 20 "
                    "June 2024.")


def test_workers_gathered_outside_the_factory_gate_against_dismissals_protest(pipeline):
    ev = _first(pipeline, "Workers of a textile mill in the Hub industrial area (Lasbela, Balochistan) gathered outside the "
                          "mill gate on 4 March 2020 against the sacking of 40 colleagues and unpaid wages. [size=about 150]")
    assert ev.sub_event_type == "Peaceful protest"
