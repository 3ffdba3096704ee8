"""Coding fixes found by the thirtieth session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first

pytestmark = pytest.mark.slow


# -- strategic developments --------------------------------------------------------------------------


def test_fighters_moving_in_on_a_weekday_without_fighting_is_a_peaceful_transfer(pipeline):
    ev = _first(pipeline, "Army units left the town of Tillia overnight and jihadist fighters moved in on Saturday "
                          "without any fighting, local elders said.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


# -- demonstrations ------------------------------------------------------------------------------------


def test_a_named_road_blocked_to_demand_something_is_a_protest(pipeline):
    ev = _first(pipeline, "On 2 March 2024, coca growers blocked the Ruta Siete near Chimore (Carrasco, Cochabamba) "
                          "to demand the release of their leader.")
    assert ev.event_type == "Protests"
    assert ev.sub_event_type == "Peaceful protest"


def test_a_named_road_blocked_to_demand_with_a_fire_set_is_a_violent_demonstration(pipeline):
    ev = _first(pipeline, "On 9 October 2023, cane cutters blocked the Carretera Central near Jatibonico (Sancti Spiritus) "
                          "demanding unpaid wages and set fire to a police kiosk.")
    assert ev.sub_event_type == "Violent demonstration"


def test_people_lined_up_along_a_river_bank_demanding_protest(pipeline):
    ev = _first(pipeline, "On 4 February 2025, hundreds of fishermen lined up along the bank of the Padma in Char Bhadrasan "
                          "upazila (Faridpur), demanding a ban on sand dredging.")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_crowd_that_burns_a_police_post_over_a_death_in_custody_demonstrates(pipeline):
    ev = _first(pipeline, "Youths burned a police post in Kitale on Tuesday and threw stones at officers after a hawker "
                          "died in police custody, witnesses said.")
    assert ev.sub_event_type == "Violent demonstration"


def test_rioters_angered_by_a_police_killing_demonstrate(pipeline):
    ev = _first(pipeline, "Rioters set cars alight and attacked a police station in Lyon overnight, angered by the police "
                          "killing of a young delivery rider.")
    assert ev.sub_event_type == "Violent demonstration"


# -- round two -------------------------------------------------------------------------------------


def test_rioters_after_a_youth_was_shot_by_a_police_officer_demonstrate(pipeline):
    ev = _first(pipeline, "Rioters burned buses and attacked a police station in Villiers overnight after a young man was "
                          "shot by a police officer at a checkpoint, the prefecture said.")
    assert ev.sub_event_type == "Violent demonstration"


def test_a_barrel_packed_with_chlorine_is_a_chemical_weapon(pipeline):
    ev = _first(pipeline, "A helicopter dropped a barrel packed with chlorine cylinders on the town of Latamina in Syria's Hama "
                          "province on Sunday, killing three people, medics said.")
    assert ev.sub_event_type == "Chemical weapon"


def test_a_group_freeing_hostages_is_a_strategic_development(pipeline):
    ev = _first(pipeline, "FARC dissidents released four hostages, among them a soldier, to a Red Cross mission in Colombia's "
                          "Cauca department on Sunday, the ombudsman said.")
    assert ev.sub_event_type == "Other"


def test_an_armed_group_s_ultimatum_to_leave_is_a_strategic_development(pipeline):
    ev = _first(pipeline, "On 2 May 2024, ISWAP fighters gave the residents of Kirawa (Gwoza, Borno) an ultimatum to leave "
                          "within 48 hours. Hundreds of families fled towards Pulka.")
    assert ev.sub_event_type == "Other"
    ev = _first(pipeline, "On 9 June 2024, Al Shabaab militants ordered villagers of Buq Aqable (Bulo Burto, Hiraan) to leave "
                          "their homes within a week.")
    assert ev.sub_event_type == "Other"


def test_a_government_s_order_to_evacuate_is_no_event(pipeline):
    assert not pipeline.extract("The authorities ordered residents of low-lying coastal villages to evacuate on Friday "
                                "ahead of the cyclone.").events


def test_a_militia_destroying_a_plantation_and_a_roof_destroys_property(pipeline):
    ev = _first(pipeline, "On 7 April 2024, Imbonerakure members destroyed the coffee plantation of an opposition activist in "
                          "Rugombo (Rugombo, Cibitoke) and damaged the roof of his house.")
    assert ev.sub_event_type == "Looting/property destruction"
    assert ev.actor1 == "Imbonerakure"  # the ruling party's youth wing, named as ACLED names it


def test_elephants_destroying_crops_is_no_event(pipeline):
    assert not pipeline.extract("Wild elephants destroyed crops in four villages of Jhenaigati on Monday night, "
                                "farmers said.").events


def test_a_force_s_outpost_named_as_acled_names_it_captured_is_territory_taken(pipeline):
    ev = _first(pipeline, "On 3 February 2024, the AA: Arakan Army captured a Military Forces of Myanmar (2021-) outpost near "
                          "Kyauktaw (Kyauktaw, Rakhine) after three days of fighting. 4 soldiers were killed.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


# -- round three -----------------------------------------------------------------------------------


def test_a_reimposed_curfew_is_a_government_s_change_of_activity(pipeline):
    ev = _first(pipeline, "On 12 June 2024, the district administration reimposed a total curfew in Jiribam (Jiribam, Manipur) "
                          "after fresh arson attacks.")
    assert ev.sub_event_type == "Change to group/activity"


def test_munitions_containing_chemical_irritants_are_a_chemical_weapon(pipeline):
    ev = _first(pipeline, "On 2 June 2024, Military Forces of Russia (2000-) dropped grenades containing chemical irritants on "
                          "Ukrainian trenches near Chasiv Yar (Bakhmutskyi, Donetsk). Two soldiers were poisoned.")
    assert ev.sub_event_type == "Chemical weapon"


def test_activists_arrested_walking_to_deliver_a_petition_is_an_intervened_protest(pipeline):
    ev = _first(pipeline, "Police in Harare detained eight nurses on Wednesday as they walked towards the health ministry "
                          "in the city centre to deliver a petition over unpaid allowances.")
    assert ev.sub_event_type == "Protest with intervention"


def test_communal_militias_named_as_acled_names_them_fight_an_armed_clash(pipeline):
    ev = _first(pipeline, "On 4 March 2024, Lou Nuer Communal Militia (South Sudan) raided cattle camps of Murle Ethnic Militia "
                          "(South Sudan) near Pibor (Pibor, Jonglei). The fighting lasted two days and 23 people were killed.")
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor1 == "Lou Nuer Communal Militia (South Sudan)"
    assert ev.inter1 == 4


def test_a_truck_bomb_followed_by_an_assault_on_troops_is_an_armed_clash(pipeline):
    ev = _first(pipeline, "On 2 July 2024, militants rammed an explosives-laden car into a Military Forces of Niger (2023-) "
                          "checkpoint in Tassia (Filingue, Tillaberi), followed by an armed assault. 9 soldiers and 11 attackers "
                          "were killed.")
    assert ev.sub_event_type == "Armed clash"


def test_a_suicide_bombing_followed_by_gunmen_killing_guests_stays_a_suicide_bombing(pipeline):
    ev = _first(pipeline, "On 6 May 2024, a suicide bomber blew himself up at the gate of a restaurant in Baidoa, followed "
                          "by an armed assault by gunmen who killed six diners.")
    assert ev.sub_event_type == "Suicide bomb"


def test_border_guards_picking_up_farmers_abduct_them(pipeline):
    ev = _first(pipeline, "On 9 May 2024, BSF personnel picked up three Bangladeshi fishermen from the Ichamati river near the "
                          "border in Kalaroa upazila (Satkhira).")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_an_appeal_to_release_detained_staff_is_no_event(pipeline):
    assert not pipeline.extract("The UN human rights chief on Friday called for the release of detained aid workers "
                                "held by the authorities in Sanaa.").events


def test_a_court_s_verdict_on_a_protester_s_killing_is_no_event(pipeline):
    assert not pipeline.extract("A Nairobi court on Thursday convicted a police constable of killing a protester during "
                                "demonstrations in 2017 and ordered him held in custody until sentencing.").events


def test_a_strike_announced_for_later_in_the_month_is_no_event(pipeline):
    assert not pipeline.extract("Nigeria's main labour union announced on Monday a nationwide general strike for later this "
                                "month over the fuel price rise.").events


def test_an_arrest_after_a_man_s_wife_was_killed_is_crime(pipeline):
    assert not pipeline.extract("Police in Durban arrested a man on Sunday after his wife was found stabbed to death in "
                                "their flat, a spokesman said.").events


def test_a_market_report_on_the_risk_of_attacks_is_no_event(pipeline):
    assert not pipeline.extract("Oil prices climbed 2% on Tuesday as traders weighed the risk of supply disruptions from "
                                "attacks on tankers in the Gulf of Oman.").events


# -- round four ------------------------------------------------------------------------------------


def test_a_count_beside_an_unknown_number_of_dead_stands(pipeline):
    ev = _first(pipeline, "Insurgents and troops fought for hours near Menaka in eastern Mali on Friday, leaving nine soldiers "
                          "and an unknown number of insurgents dead, an army source said.")
    assert ev.fatalities == 9


def test_people_lynched_and_set_on_fire_are_counted(pipeline):
    ev = _first(pipeline, "Residents of Carrefour lynched and set on fire at least seven suspected kidnappers on Sunday after "
                          "stopping their car at a roadblock, a local radio said.")
    assert ev.fatalities == 7


def test_the_group_s_own_claim_is_a_perpetrator_s_claim(pipeline):
    ev = _first(pipeline, "JNIM fighters attacked an army post at Boni in central Mali on Sunday, sparking a gunbattle that "
                          "killed four soldiers and nine attackers, a military source said. The group said in a statement "
                          "it had killed 30 soldiers.")
    assert ev.fatalities == 13
    claim = next(c for c in ev.claims if c.figure == 30)
    assert claim.stance == "perpetrator_claim"


def test_people_laying_flowers_in_memory_and_detained_is_an_intervened_protest(pipeline):
    ev = _first(pipeline, "On 18 February 2024, residents of Perm (Perm, Perm) laid flowers at a memorial stone in memory of "
                          "Alexei Navalny. Police Forces of Russia (2000-) detained 3 of them.")
    assert ev.sub_event_type == "Protest with intervention"


def test_a_president_laying_flowers_is_no_event(pipeline):
    assert not pipeline.extract("The president laid flowers in memory of the victims of the 1988 earthquake at a ceremony "
                                "in Gyumri on Thursday.").events


def test_arrests_on_suspicion_of_membership_in_an_armed_group_are_arrests(pipeline):
    ev = _first(pipeline, "On 3 May 2024, Police Forces of Turkey (2016-) detained 14 people in dawn raids in Konya (Selcuklu, "
                          "Konya) on suspicion of membership in al-Qaeda.")
    assert ev.sub_event_type == "Arrests"


def test_an_armed_group_releasing_detainees_is_a_strategic_development(pipeline):
    ev = _first(pipeline, "On 2 March 2024, the Houthis released 40 detainees in Taiz (Al Qahirah, Taizz) and handed them over "
                          "to the Red Cross.")
    assert ev.sub_event_type == "Other"


def test_a_government_s_amnesty_release_is_no_event(pipeline):
    assert not pipeline.extract("The government released 300 prisoners on Monday under a presidential amnesty in "
                                "Naypyidaw.").events


def test_soldiers_deployed_in_a_rounded_number_change_the_force_s_activity(pipeline):
    ev = _first(pipeline, "On 11 January 2024, Military Forces of Ecuador (2023-) deployed about 800 soldiers to the port city "
                          "of Esmeraldas (Esmeraldas, Esmeraldas) to take over security from the police.")
    assert ev.sub_event_type == "Change to group/activity"


def test_people_detained_at_a_march_named_with_a_possessive_is_an_intervened_protest(pipeline):
    ev = _first(pipeline, "Riot police in Tbilisi detained dozens of people at a students' march on Sunday, a rights group said.")
    assert ev.sub_event_type == "Protest with intervention"


def test_compensation_for_last_month_s_dead_is_no_event(pipeline):
    assert not pipeline.extract("Nigeria's government said on Friday it would compensate families of those killed in last "
                                "month's market attack in Borno.").events


def test_talks_to_defuse_tensions_are_no_event(pipeline):
    assert not pipeline.extract("Armenian and Azerbaijani envoys met in Geneva on Tuesday for talks aimed at defusing tensions "
                                "on the border, but no deal was reached.").events


# -- round five ------------------------------------------------------------------------------------


def test_a_mine_gallery_collapse_is_no_event(pipeline):
    assert not pipeline.extract("On 3 March 2024, the collapse of a gallery at an artisanal gold mine near Kangaba (Kangaba, "
                                "Koulikoro) killed at least 15 miners, local officials said.").events


def test_a_strike_with_no_demonstration_reported_is_no_event(pipeline):
    assert not pipeline.extract("On 2 May 2024, junior doctors in public hospitals in Nairobi (Nairobi, Nairobi) began an "
                                "indefinite strike over delayed pay. No protests were reported.").events


def test_rival_clans_clashing_fight_an_armed_clash(pipeline):
    ev = _first(pipeline, "Fighting between two rival clans over a water point in Somalia's Galmudug state left nine people "
                          "dead, elders said on Sunday.")
    assert ev.sub_event_type == "Armed clash"


def test_a_call_for_the_culprits_to_be_arrested_is_no_arrest(pipeline):
    ev = _first(pipeline, "On 14 October 2024, unidentified people broke into a temple in Sreepur upazila (Gazipur) at night "
                          "and damaged three idols. Local leaders called for the culprits to be arrested.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_a_rumoured_death_is_not_counted(pipeline):
    ev = _first(pipeline, "On 3 December 2024, workers of a garment factory in Gazipur (Gazipur) vandalised vehicles and threw "
                          "brickbats at the factory gate following a rumour that a colleague had died after a beating by a "
                          "supervisor. [size=hundreds]")
    assert ev.fatalities == 0


def test_a_burning_told_as_the_latest_in_a_string_of_attacks_is_property_destruction(pipeline):
    ev = _first(pipeline, "Unknown people set fire to a health centre in Cameroon's South-West region on Tuesday night, the "
                          "latest in a series of attacks on public buildings. Nobody was hurt.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_kidnappers_releasing_people_abducted_earlier_is_a_strategic_development(pipeline):
    ev = _first(pipeline, "Gunmen released 14 farmers abducted last week from their fields in Zamfara state, a police "
                          "spokesman said on Saturday.")
    assert ev.sub_event_type == "Other"


# -- round six -------------------------------------------------------------------------------------


def test_a_group_quitting_a_peace_agreement_changes_its_activity(pipeline):
    ev = _first(pipeline, "On 2 March 2024, the FLA, a coalition of armed groups in northern Mali, announced in Kidal (Kidal) "
                          "that it was pulling out of the 2015 peace agreement.")
    assert ev.sub_event_type == "Change to group/activity"


def test_people_detained_including_some_during_a_vigil_is_an_intervened_protest(pipeline):
    ev = _first(pipeline, "On 2 September 2023, Police Forces of Turkey (2016-) detained 22 people, including two lawyers, "
                          "during the weekly silent vigil at Galatasaray Square (Beyoglu, Istanbul).")
    assert ev.sub_event_type == "Protest with intervention"


def test_armed_herders_ordering_residents_to_vacate_is_a_strategic_development(pipeline):
    ev = _first(pipeline, "On 3 March 2024, armed herders sent a message to the chief of Dogo Nahawa (Jos South, Plateau) "
                          "ordering residents to leave the village within a week.")
    assert ev.sub_event_type == "Other"


def test_houses_belonging_to_a_minority_vandalised_by_a_crowd_is_mob_violence(pipeline):
    ev = _first(pipeline, "On 3 August 2022, a crowd of about 300 people vandalised several houses belonging to Hindu families "
                          "in Sahapara village, Lohagara (Narail), over a Facebook post. Police fired blank rounds to disperse "
                          "them. [size=hundreds]")
    assert ev.sub_event_type == "Mob violence"


def test_a_pipeline_blown_up_is_an_explosive_attack(pipeline):
    ev = _first(pipeline, "Insurgents blew up a section of an oil pipeline near Kirkuk in northern Iraq overnight, police said. "
                          "No one was hurt.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_an_arrest_on_charges_of_attempting_a_procession_is_an_arrest(pipeline):
    ev = _first(pipeline, "On 4 December 2024, police arrested nine activists of the banned Chhatra League in Tungipara "
                          "(Gopalganj) in overnight drives, on charges of attempting to bring out a flash procession.")
    assert ev.sub_event_type == "Arrests"


def test_factions_of_a_rebel_coalition_fighting_is_an_armed_clash(pipeline):
    ev = _first(pipeline, "Fighting between two rival factions of a former rebel coalition in the town of Birao has killed at "
                          "least eight people, a UN spokesman said on Tuesday.")
    assert ev.sub_event_type == "Armed clash"


# -- round seven -----------------------------------------------------------------------------------


def test_lawmakers_clashing_in_a_parliamentary_battle_is_no_event(pipeline):
    assert not pipeline.extract("Senators clashed over the pension reform in a bitter parliamentary battle in Paris, with "
                                "the left promising to fight on.").events


def test_a_vote_on_rules_for_demonstrations_is_no_event(pipeline):
    assert not pipeline.extract("Austria's parliament voted on Wednesday to tighten rules on demonstrations outside "
                                "hospitals, a measure critics called an attack on free assembly.").events


def test_party_men_fighting_police_over_a_stage_set_up_ahead_of_a_rally_demonstrate(pipeline):
    ev = _first(pipeline, "On 3 November 2022, BNP activists clashed with police in Barisal city (Barisal) after police "
                          "tried to take down a gate built ahead of the party's divisional rally. Activists threw bricks "
                          "and police fired tear gas. At least 12 people were injured.")
    assert ev.sub_event_type == "Violent demonstration"
