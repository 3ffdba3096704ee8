"""Coding fixes found by the twelfth session's fresh invented sets. Every text here is invented
for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first

pytestmark = pytest.mark.slow


# --- force against a protest --------------------------------------------------------------------


def test_without_warning_is_no_negation_of_the_shooting(pipeline):
    ev = _first(pipeline, "Without warning, troops fired rubber pellets and live bullets at a peaceful march of teachers "
                          "in Bogra town on 3 May 2023. One teacher died and twelve were hurt.")
    assert ev.sub_event_type == "Excessive force against protesters"


def test_live_ammunition_fired_with_an_aside_at_people_protesting(pipeline):
    ev = _first(pipeline, "On 4 June 2021, soldiers fired live ammunition, some of it from a water tower, at people "
                          "protesting outside the district office in Kassala. At least 9 people died.")
    assert ev.sub_event_type == "Excessive force against protesters"


def test_opening_fire_on_a_peaceful_gathering_is_force_against_it(pipeline):
    ev = _first(pipeline, "Hundreds of farmers assembled outside the sugar mill in Tando Adam on 8 January 2023 to demand "
                          "unpaid dues. Police opened fire on the peaceful gathering, killing two farmers.")
    assert ev.sub_event_type == "Excessive force against protesters"


def test_warning_shots_are_still_negated_by_a_real_warning():
    # the negation list keeps "warned": a threat is no event
    from eventatlas.eventtype import _NEGATED

    assert _NEGATED.search("the commander warned that troops ")
    assert not _NEGATED.search("Without warning, troops ")


# --- abductions ---------------------------------------------------------------------------------


def test_captives_marched_into_the_bush_are_no_march(pipeline):
    ev = _first(pipeline, "Bandits kidnapped 14 farmers from their fields near Gusau on Tuesday. Nobody was hurt; the "
                          "kidnappers marched the hostages towards the forest.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_took_fishermen_captive_is_an_abduction(pipeline):
    ev = _first(pipeline, "Pirates boarded a trawler near Siasi island (Siasi, Sulu) on 2 March 2020 and took five "
                          "crewmen captive.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_an_activist_snatched_as_he_left_a_protest_camp(pipeline):
    ev = _first(pipeline, "Unknown men in a van snatched a well-known student activist as he was leaving the protest "
                          "site in Basra on Thursday night, relatives said.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


# --- arrests and their background ---------------------------------------------------------------


def test_arrests_on_charges_called_a_pretext_are_political(pipeline):
    ev = _first(pipeline, "Police in Tashkent detained two bloggers on Friday on tax fraud charges that rights groups "
                          "called trumped-up.")
    assert ev is not None and ev.sub_event_type == "Arrests"


def test_ordinary_fraud_arrests_stay_no_event(pipeline):
    assert pipeline.extract("Police in Tashkent detained two bank clerks on Friday on tax fraud charges.").events == []


def test_an_opening_clause_of_what_came_before_is_background(pipeline):
    ev = _first(pipeline, "Two days after police broke up the teachers' sit-in, officers arrested the union's president "
                          "at his home in Sibi on 14 June 2023.")
    assert ev.sub_event_type == "Arrests"


def test_a_beating_told_as_days_earlier_is_background_of_arrests(pipeline):
    ev = _first(pipeline, "Police arrested 25 people, most of them Jubo League men, in Narsingdi on 3 March 2025 after "
                          "a college teacher was beaten at his home three days earlier.")
    assert ev.sub_event_type == "Arrests"


def test_grenades_recovered_in_a_raid_are_no_grenade_attack(pipeline):
    ev = _first(pipeline, "The CTD arrested two suspected militants of the banned Lashkar-e-Jhangvi in Quetta on Monday, "
                          "recovering four hand grenades and a pistol.")
    assert ev.sub_event_type == "Arrests"


# --- no event -----------------------------------------------------------------------------------


def test_a_cricket_report_with_a_clash_headline_is_no_event(pipeline):
    assert pipeline.extract("Sri Lanka crush Bangladesh in Asia Cup clash - two batsmen struck unbeaten centuries as "
                            "the hosts won by 150 runs in Kandy on Saturday.").events == []


def test_a_football_win_celebrated_without_incident_is_no_event(pipeline):
    assert pipeline.extract("Peru's national team beat Chile 2-0 on 5 June 2023, and fans celebrated in the streets of "
                            "Lima without incident.").events == []


def test_a_crowd_gathered_to_watch_a_final_is_no_protest(pipeline):
    assert pipeline.extract("Thousands of residents gathered in the main square of Tirana on Saturday to watch the final "
                            "on giant screens.").events == []


# --- territory ----------------------------------------------------------------------------------


def test_troops_who_took_full_control_of_a_named_town_regain_territory(pipeline):
    ev = _first(pipeline, "Nigerien troops took full control of Tassia on 4 May 2021 after two days of fighting with "
                          "jihadists, who withdrew towards the border.")
    assert ev.sub_event_type == "Government regains territory"
    assert ev.actor1.startswith("Military Forces of Niger")


def test_rebels_who_took_control_of_neighbourhoods_overtake_territory(pipeline):
    ev = _first(pipeline, "On 3 March 2024, KNU fighters entered Myawaddy (Myawaddy, Kayin) and took control of most of "
                          "its neighbourhoods after clashes with junta troops. At least 7 soldiers were killed.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_a_flag_raised_over_a_residence_after_an_assault_is_territory_regained(pipeline):
    ev = _first(pipeline, "Chadian soldiers entered Faya on 9 June 2022 and raised the national flag over the prefect's "
                          "residence. The army said 11 rebels died in the assault.")
    assert ev.sub_event_type == "Government regains territory"


def test_territory_regained_with_air_support_outranks_the_strikes(pipeline):
    ev = _first(pipeline, "Backed by Russian airstrikes, government troops regained control of Kafr Nabl (Idleb) on "
                          "24 February 2020 after the opposition factions withdrew.")
    assert ev.sub_event_type == "Government regains territory"


# --- agreements and decisions -------------------------------------------------------------------


def test_a_truce_with_a_halt_to_offensive_operations_is_an_agreement(pipeline):
    ev = _first(pipeline, "The two warring parties agreed on 3 May 2023 to a week-long truce, including a halt to "
                          "offensive operations around the capital, the mediators announced.")
    assert ev.sub_event_type == "Agreement"


def test_ordering_fighters_to_carry_out_attacks_is_no_attack(pipeline):
    ev = _first(pipeline, "The NDFB faction on 9 April 2021 ended its unilateral ceasefire and ordered its cadres to "
                          "launch attacks on security forces.")
    assert ev.sub_event_type == "Change to group/activity"


def test_the_attack_a_statement_followed_is_its_cause(pipeline):
    ev = _first(pipeline, "Asaib Ahl al-Haq announced on 2 March 2024 that it was suspending operations against foreign "
                          "troops in Iraq. The announcement came days after a rocket attack killed two contractors.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_rally_protesting_deaths_in_police_firing_is_peaceful(pipeline):
    ev = _first(pipeline, "Thousands of Jamaat supporters held a rally in Khulna city on 4 March 2023, protesting the "
                          "deaths of two activists in police firing last month. The rally ended peacefully.")
    assert ev.sub_event_type == "Peaceful protest"


# --- the second round's fixes -------------------------------------------------------------------


def test_asking_for_intervention_is_no_force(pipeline):
    ev = _first(pipeline, "Pensioners rallied outside the governorate in Taiz on 3 May 2023 over unpaid dues, urging the "
                          "president to intervene. [size=around 80]")
    assert ev.sub_event_type == "Peaceful protest"


def test_rejecting_foreign_intervention_is_no_force(pipeline):
    ev = _first(pipeline, "Thousands gathered in Bamako on 4 August 2023 to back the junta and to reject any foreign "
                          "military intervention in Niger. [size=thousands]")
    assert ev.sub_event_type == "Peaceful protest"


def test_an_ambush_on_a_minibus_that_kills_civilians_is_an_attack(pipeline):
    ev = _first(pipeline, "Four passengers died when unknown gunmen ambushed a minibus on the Yei road on Saturday, "
                          "Central Equatoria police said.")
    assert ev.sub_event_type == "Attack"


def test_rockets_landing_during_an_offensive_are_shelling(pipeline):
    ev = _first(pipeline, "During the army's offensive on the city, Grad rockets landed in a residential area of "
                          "Misrata (Misrata) on 2 May 2019, killing 2 civilians.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


def test_fighters_locked_in_fighting_with_mortars_still_clash(pipeline):
    ev = _first(pipeline, "Rebels and militiamen were locked in fighting on Friday for the ridge above Masisi, "
                          "residents said, as stray mortar rounds fell near a camp.")
    assert ev.sub_event_type == "Armed clash"


def test_an_ied_dismantled_before_it_exploded_is_disrupted(pipeline):
    ev = _first(pipeline, "Police bomb experts dismantled an explosive device planted near the bus terminal in Mogadishu "
                          "on 3 June 2022 before it could go off.")
    assert ev.sub_event_type == "Disrupted weapons use"


def test_all_drones_shot_down_is_disrupted_but_some_downed_is_not(pipeline):
    ev = _first(pipeline, "All 12 drones launched at Odesa overnight were shot down by air defences, the regional "
                          "administration said on Tuesday; nobody was hurt.")
    assert ev.sub_event_type == "Disrupted weapons use"
    ev = _first(pipeline, "Drones struck a fuel depot in Bryansk on 3 April 2024, starting a fire; the governor said "
                          "several drones were shot down. No one was hurt.")
    assert ev.sub_event_type == "Air/drone strike"


def test_gunfire_exchanged_between_factions_is_an_armed_clash(pipeline):
    ev = _first(pipeline, "Gunfire was exchanged between two armed groups of Jubo League men in Sonagazi (Feni) on "
                          "4 May 2022 over a sand quarry; one man was killed.")
    assert ev.sub_event_type == "Armed clash"


def test_soldiers_who_occupied_a_village_do_not_protest(pipeline):
    ev = _first(pipeline, "Troops who occupied a village in Magway region for a week raped two women before leaving on "
                          "Sunday, residents said.")
    assert ev.sub_event_type == "Sexual violence"


def test_a_country_battling_floods_is_no_battle(pipeline):
    assert pipeline.extract("Assam battled the worst floods in a decade on Monday, with army units deployed to rescue "
                            "stranded villagers; 11 people had died since the rains began.").events == []


def test_a_village_back_in_government_hands_is_territory_regained(pipeline):
    ev = _first(pipeline, "Ukrainian troops raised a flag over Robotyne on 28 August 2023, confirming that the village "
                          "was back in Ukrainian hands, officials said.")
    assert ev.sub_event_type == "Government regains territory"


def test_arrests_in_connection_with_violence_at_a_past_rally(pipeline):
    ev = _first(pipeline, "Police detained 7 Jamaat leaders in raids in Sylhet city on 2 November 2023 in connection "
                          "with violence at the party's rally a day earlier.")
    assert ev.sub_event_type == "Arrests"


# --- gangs --------------------------------------------------------------------------------------


def test_gang_members_who_kill_residents_are_an_armed_group(pipeline):
    ev = _first(pipeline, "Members of the 5 Segonn gang raided Cite Soleil (Port-au-Prince, Ouest) on 8 July 2023, "
                          "killing at least 9 residents and burning several houses.")
    assert ev.sub_event_type == "Attack"
    assert ev.actor1.startswith("Unidentified Armed Group")


def test_police_fighting_gang_members_is_an_armed_clash(pipeline):
    ev = _first(pipeline, "National police units clashed with gang members in Croix-des-Bouquets (Ouest) on "
                          "3 March 2024; 4 gang members were killed.")
    assert ev.sub_event_type == "Armed clash"


def test_a_crowd_that_burns_suspected_gang_members_is_mob_violence(pipeline):
    ev = _first(pipeline, "Residents of Delmas stoned and burned four suspected gang members on 25 April 2023 after "
                          "police stopped their car, witnesses said.")
    assert ev.sub_event_type == "Mob violence"


def test_activists_of_an_armed_groups_affiliate_shot_by_a_gang_are_civilians(pipeline):
    ev = _first(pipeline, "On 3 June 2014, two activists of the Hill Students' Council, an organisation affiliated to "
                          "the UPDF, were shot and injured by an unidentified gang in Dighinala (Khagrachhari).")
    assert ev.sub_event_type == "Attack"


# --- the third round's fixes --------------------------------------------------------------------


def test_killing_a_named_student_coordinator_counts_one_death(pipeline):
    ev = _first(pipeline, "On 18 July 2024, police fired rubber bullets and shotgun rounds at students protesting in "
                          "Jatrabari (Dhaka), killing student coordinator Rafiq Hasan. [size=hundreds]")
    assert ev.fatalities == 1
    assert ev.sub_event_type == "Excessive force against protesters"


def test_a_town_seized_after_fighting_the_army_is_territory_even_when_people_died(pipeline):
    ev = _first(pipeline, "ADF-allied rebels seized the market town of Kanyabayonga after three days of fighting with "
                          "the army on Tuesday; at least nine people, including soldiers, were killed.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_kidnappers_who_march_passengers_from_buses_into_the_forest_abduct(pipeline):
    ev = _first(pipeline, "Bandits blocked the Kaduna-Zaria road on Sunday night and marched 15 passengers from a "
                          "commercial bus into the forest, police said. Nobody was killed.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_tear_gas_fired_at_protesters_in_the_passive_is_intervention(pipeline):
    ev = _first(pipeline, "Police said tear gas was fired at hundreds of protesters marching toward the parliament in "
                          "Freetown on Monday to disperse them.")
    assert ev.sub_event_type == "Protest with intervention"


def test_trading_mortar_and_machine_gun_fire_is_a_clash(pipeline):
    ev = _first(pipeline, "Government troops and rebels traded mortar and heavy machine-gun fire near Kalehe on "
                          "Friday; six fighters were killed.")
    assert ev.sub_event_type == "Armed clash"


def test_a_hard_fought_battle_at_the_polls_is_no_event(pipeline):
    assert pipeline.extract("The opposition candidate won the run-off on Sunday, beating the incumbent in a "
                            "hard-fought battle, the electoral commission announced.").events == []


def test_a_football_preview_with_police_deployed_is_no_event(pipeline):
    assert pipeline.extract("Boca and River clash on Saturday in a top-of-the-table derby, with police deploying "
                            "2,000 officers to keep rival fans apart.").events == []


def test_a_party_that_will_hold_a_march_has_not_marched(pipeline):
    assert pipeline.extract("Opposition leaders announced on 4 May 2024 that the party would hold a 'long' protest "
                            "march to the capital on 20 May.").events == []


def test_heirs_of_bombing_victims_who_gather_protest(pipeline):
    ev = _first(pipeline, "Families of victims of the 2 March suicide bombing in Sibi gathered outside the deputy "
                          "commissioner's office on 9 March 2019, demanding compensation. [size=dozens]")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_factory_fire_that_tore_through_is_no_event(pipeline):
    assert pipeline.extract("A fire that tore through a garment factory in Narayanganj on Friday killed 14 workers, "
                            "fire officials said.").events == []


def test_families_camped_outside_an_office_protest(pipeline):
    ev = _first(pipeline, "Displaced families camped outside the deputy commissioner's office in Dera Allah Yar on "
                          "3 October 2022, complaining that relief goods had been withheld. [size=around 100]")
    assert ev.sub_event_type == "Peaceful protest"


# --- bans, aftermath protests, party names ------------------------------------------------------


def test_a_party_banned_by_executive_order_is_a_change_of_activity(pipeline):
    ev = _first(pipeline, "The Hizb ut-Tahrir and its affiliates were banned by an executive order of the interior "
                          "ministry on 3 May 2022 under the Anti-Terrorism Act.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_ban_citing_attacks_on_protesters_is_no_attack(pipeline):
    ev = _first(pipeline, "The government issued a notification on 2 June 2024 banning the Jatiya Jubo League, the "
                          "ruling party's youth wing, citing the wing's alleged role in violent attacks on protesters.")
    assert ev.sub_event_type == "Change to group/activity"


def test_protests_a_rape_sparked_are_its_aftermath(pipeline):
    ev = _first(pipeline, "On 2 March 2023 a Chakma girl was raped by three men near Panchhari (Khagrachhari), "
                          "sparking weeks of protests by students.")
    assert ev.sub_event_type == "Sexual violence"


def test_a_party_called_a_rally_is_no_rally(pipeline):
    assert pipeline.extract("Results published on 4 July 2024 gave the National Rally 143 seats, ahead of the "
                            "left-wing alliance.").events == []


def test_a_murdered_teacher_named_by_role_only_is_no_named_victim(pipeline):
    # the role-then-name rule must not read "a murdered teacher on the Nal road" as a name
    ev = _first(pipeline, "Relatives placed the body of a murdered teacher on the Quetta-Karachi highway on 3 May "
                          "2023 and ended the blockade after talks. [size=dozens]")
    assert ev.sub_event_type == "Peaceful protest"


# --- the fourth round's fixes -------------------------------------------------------------------


def test_troops_entering_a_district_after_the_others_withdrew_is_a_peaceful_handover(pipeline):
    ev = _first(pipeline, "Ethiopian troops entered Raya district on 3 January 2023 following the withdrawal of "
                          "Tigrayan forces under the Pretoria agreement. No fighting was reported.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_a_camp_handed_over_is_a_peaceful_handover(pipeline):
    ev = _first(pipeline, "UN peacekeepers completed the handover of their camp in Tessalit to the national army on "
                          "2 October 2023 as the mission withdrew.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_men_in_civilian_clothes_who_take_an_activist_from_home_abduct_him(pipeline):
    ev = _first(pipeline, "Masked men in civilian clothes took a student leader from his home in Leon on Tuesday "
                          "night, his mother said; his whereabouts are unknown.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_worshippers_gathered_in_a_courtyard_to_chant_protest(pipeline):
    ev = _first(pipeline, "After Friday prayers on 3 November 2023, worshippers gathered in the courtyard of the "
                          "Umayyad Mosque in Damascus to chant in solidarity with Gaza. [size=hundreds]")
    assert ev.sub_event_type == "Peaceful protest"


def test_an_agreement_that_ends_a_march_is_an_agreement(pipeline):
    ev = _first(pipeline, "The government and the farmers' union reached an agreement on 9 December 2021, ending "
                          "the union's march on the capital, officials announced.")
    assert ev.sub_event_type == "Agreement"


def test_rescuers_battling_through_rubble_are_no_battle(pipeline):
    assert pipeline.extract("Rescuers battled through rubble on Monday in search of survivors of the earthquake, "
                            "which killed 40 people in the region.").events == []


def test_a_mock_camp_stormed_during_drills_is_no_event(pipeline):
    assert pipeline.extract("Special forces stormed a mock militant camp during joint exercises near Almaty on "
                            "Thursday, the defence ministry said.").events == []


def test_a_highway_blocked_by_its_code_with_a_victims_body_is_a_protest(pipeline):
    ev = _first(pipeline, "With the body of a shopkeeper shot dead overnight by robbers, traders blocked the N-25 at "
                          "Surab on 4 March 2023 and demanded the killers' arrest. [size=no report]")
    assert ev.sub_event_type == "Peaceful protest"
