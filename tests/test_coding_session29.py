"""Coding fixes found by the twenty-ninth session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import no_event as _none

pytestmark = pytest.mark.slow


# -- strategic developments --------------------------------------------------------------------------


def test_troops_taking_a_camp_the_peacekeepers_handed_over_is_a_peaceful_transfer(pipeline):
    ev = _first(pipeline, "Chadian soldiers took over the former UN base at Kidal on Monday after the blue helmets "
                          "had handed it over under the withdrawal plan, officials said.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_a_group_collecting_zakat_from_villagers_is_a_strategic_development(pipeline):
    ev = _first(pipeline, "On 12 May 2024, Al Shabaab militants went round Dhanaane village (Marka, Lower Shabelle) "
                          "collecting camels and goats from herders as 'zakat', elders said.")
    assert ev.sub_event_type == "Other"
    assert ev.event_type == "Strategic developments"


def test_a_group_s_base_where_it_levies_zakat_is_still_a_base(pipeline):
    ev = _first(pipeline, "On 3 June 2024, JNIM militants set up a camp in the bush near Solenzo (Banwa, Boucle du Mouhoun), "
                          "from which they levy zakat on the herders around.")
    assert ev.sub_event_type == "Headquarters or base established"


def test_elders_abducted_for_refusing_zakat_is_an_abduction(pipeline):
    ev = _first(pipeline, "On 8 June 2024, Al Shabaab abducted four elders in Mahas (Mahas, Hiraan) after they refused to pay "
                          "zakat on their harvest. Their fate is unknown.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_a_tax_authority_named_for_zakat_is_no_event(pipeline):
    _none(pipeline, "The General Authority of Zakat and Tax said on Monday that revenue rose 8% in the third quarter.")


# -- no event ------------------------------------------------------------------------------------------


def test_a_threat_to_resume_attacks_is_no_event(pipeline):
    _none(pipeline, "A commander of the rebel movement threatened on Tuesday to resume raids on army convoys unless the "
                    "talks restarted within a week.")


def test_a_gun_control_bill_after_shootings_is_no_event(pipeline):
    _none(pipeline, "Parliament passed a new law on Wednesday that will restrict sales of semi-automatic rifles after a "
                    "wave of mass shootings in the country.")


def test_a_football_report_with_a_score_and_goals_is_no_event(pipeline):
    _none(pipeline, "Liverpool's front line ran riot as they hammered Leeds 4-0 on Saturday, Salah scoring twice in a "
                    "feisty clash at Anfield.")


def test_a_new_group_that_says_it_will_join_the_fighting_announces_itself(pipeline):
    ev = _first(pipeline, "On 2 May 2024, a new militia calling itself the 'Lomera Defence Front' announced its creation in "
                          "Walikale territory (North Kivu) in an audio message, saying it would join other Wazalendo "
                          "groups in fighting M23.")
    assert ev.sub_event_type == "Change to group/activity"


# -- types ---------------------------------------------------------------------------------------------


def test_positions_struck_with_a_drone_is_a_drone_strike(pipeline):
    ev = _first(pipeline, "On 6 November 2024, Ukrainian troops struck a Russian supply truck near Vasylivka (Vasylivskyi "
                          "raion, Zaporizhia oblast) with a first-person-view drone. Casualties unknown.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_party_s_rebel_candidate_is_no_armed_group(pipeline):
    ev = _first(pipeline, "On 14 March 2023, supporters of the BNP-backed candidate and those of a rebel BNP candidate "
                          "clashed with sticks and machetes at Paikpara union in Kalia upazila (Narail) ahead of the UP "
                          "polls. One man was killed and 9 others were injured.")
    assert ev.sub_event_type == "Mob violence"
    assert ev.fatalities == 1


def test_a_threat_to_target_rallies_is_no_event(pipeline):
    _none(pipeline, "A TTP commander threatened in a statement on Thursday to target party rallies in Bannu if campaigning "
                    "continued.")


def test_workers_taking_position_on_a_highway_with_a_demand_protest(pipeline):
    ev = _first(pipeline, "On 12 March 2023, around 300 garment workers took position on the Dhaka-Mymensingh highway at "
                          "Bhaluka (Mymensingh) demanding arrears of three months' wages. [size=around 300]")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_dateline_day_is_no_count_of_the_dead(pipeline):
    ev = _first(pipeline, "MOGADISHU, Feb 9 - Scores were killed as Al Shabaab fighters and government troops fought for "
                          "control of Masagawa town on Sunday, residents said.")
    assert ev.fatalities == 20  # "scores", not the day of the month


def test_livestock_taken_as_zakat_is_a_strategic_development(pipeline):
    ev = _first(pipeline, "Al Shabaab fighters rounded up camel herders near Ceel Buur on Monday and took dozens of animals "
                          "as so-called zakat, local elders said.")
    assert ev.sub_event_type == "Other"


def test_troops_taking_over_a_camp_vacated_by_peacekeepers_is_a_peaceful_transfer(pipeline):
    ev = _first(pipeline, "Malian troops took over the Tessalit camp vacated by UN peacekeepers on Friday, the army said.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_teachers_attacked_for_defying_a_school_boycott_is_an_attack(pipeline):
    ev = _first(pipeline, "Separatist fighters raided a primary school in Ndop, in Cameroon's North-West region, on Tuesday "
                          "and wounded two teachers, whom they accused of flouting a boycott of classes, a local official said.")
    assert ev.sub_event_type == "Attack"


def test_an_armed_group_s_curfew_is_a_strategic_development(pipeline):
    ev = _first(pipeline, "On 4 April 2024, Unidentified Armed Group (Colombia) distributed leaflets in El Charco (El Charco, "
                          "Narino) announcing a curfew from 7 pm and warning that anyone found outside would be punished.")
    assert ev.sub_event_type == "Other"


def test_a_death_blamed_on_hospital_negligence_is_the_riot_s_grievance(pipeline):
    ev = _first(pipeline, "On 3 December 2024, relatives and neighbours vandalised a private clinic in Feni town (Feni), "
                          "alleging negligence in the death of a young mother during childbirth. [size=no report]")
    assert ev.fatalities == 0


def test_an_unknown_number_who_also_died_adds_nobody(pipeline):
    ev = _first(pipeline, "At least 9 Malian soldiers were killed when jihadists overran an army post near Boni on Monday, "
                          "the army said. It added that an unspecified number of the assailants also died.")
    assert ev.fatalities == 9


def test_a_threat_to_expand_attacks_is_no_event(pipeline):
    _none(pipeline, "A spokesman for the Houthis threatened on Sunday to widen their strikes on tankers in the Red Sea if "
                    "the blockade was not lifted.")


def test_a_gang_said_to_have_no_political_links_is_crime(pipeline):
    _none(pipeline, "On 3 July 2024, police in Guayaquil (Guayaquil, Guayas) arrested nine members of a gang accused of "
                    "extorting shopkeepers and bus drivers. Prosecutors said the gang had no political ties.")


def test_sides_agreeing_to_extend_a_ceasefire_is_an_agreement(pipeline):
    ev = _first(pipeline, "On 12 May 2024, the Government of Colombia and the ELN agreed in Caracas (Caracas, D.C.) to prolong "
                          "their bilateral ceasefire by six months after a new round of talks.")
    assert ev.sub_event_type == "Agreement"


def test_factions_of_a_rebel_movement_fighting_is_an_armed_clash(pipeline):
    ev = _first(pipeline, "Rival factions of the Sudan Liberation Army clashed near Tawila in North Darfur on Monday, killing "
                          "at least seven fighters, a commander said.")
    assert ev.sub_event_type == "Armed clash"


def test_an_abduction_in_which_a_guard_was_wounded_stays_an_abduction(pipeline):
    ev = _first(pipeline, "Gunmen kidnapped at least 20 pupils from a primary school in Niger state on Monday, police said. A "
                          "policeman posted at the school was wounded.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_jets_that_killed_fighters_made_an_air_strike(pipeline):
    ev = _first(pipeline, "The Nigerian military said on Friday its jets had killed scores of ISWAP fighters in raids on their "
                          "camps near Lake Chad.")
    assert ev.sub_event_type == "Air/drone strike"


# -- round six -----------------------------------------------------------------------------------------


def test_live_fire_that_wounds_a_gathering_is_excessive_force(pipeline):
    ev = _first(pipeline, "On 2 August 2024, police opened fire on participants of the Baloch Yakjehti Committee's 'Raji Muchi' "
                          "at Nushki (Nushki, Balochistan) as they tried to enter the town, wounding several of them. [size=hundreds]")
    assert ev.sub_event_type == "Excessive force against protesters"


def test_a_leader_hacked_to_death_with_a_long_apposition_is_one_dead(pipeline):
    ev = _first(pipeline, "On 9 April 2023, unidentified men hacked a local BNP leader, the joint secretary of the ward unit "
                          "of the party's youth wing, to death at Char Alexander (Ramgati, Lakshmipur).")
    assert ev.fatalities == 1


def test_victims_told_with_where_they_were_are_counted(pipeline):
    ev = _first(pipeline, "On 6 August 2024, a mob attacked the house of a former AL MP in Kushtia (Kushtia). Three AL "
                          "activists who were inside the building were beaten to death.")
    assert ev.fatalities == 3


def test_troops_taking_a_camp_after_the_mission_s_departure_take_it_peacefully(pipeline):
    ev = _first(pipeline, "Malian soldiers took over the UN camp in Tessit, in the Gao region, on Tuesday following the "
                          "departure of the last MINUSMA contingent.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_schools_burned_by_separatists_who_ordered_a_boycott_are_property_destruction(pipeline):
    ev = _first(pipeline, "Unidentified men torched a school overnight in Ndu, in Cameroon's Northwest region, local officials "
                          "said, blaming separatists who have ordered a boycott of classes.")
    assert ev.sub_event_type == "Looting/property destruction"
    assert ev.country == "Cameroon"  # the country's region, not a region of that name elsewhere


def test_amendments_requiring_protest_organisers_to_notify_police_are_no_event(pipeline):
    _none(pipeline, "Uganda's parliament approved amendments to the Public Order Management Act on Tuesday which would "
                    "require organisers of rallies to notify police ten days in advance.")


def test_captives_released_are_a_strategic_development(pipeline):
    ev = _first(pipeline, "On 3 March 2024, Unidentified Armed Group (Nigeria) freed 12 passengers who had been kidnapped on "
                          "the Kaduna-Abuja highway (Chikun, Kaduna) two weeks earlier, after their families paid a ransom.")
    assert ev.sub_event_type == "Other"


# -- round seven ---------------------------------------------------------------------------------------


def test_police_who_charged_batons_at_a_gathering_intervened(pipeline):
    ev = _first(pipeline, "On 4 September 2023, police charged batons and fired tear gas to disperse Jamaat activists gathering "
                          "for a rally near Zero Point in Sylhet city (Sylhet), saying they had no permission. Some 10 "
                          "activists were hurt. [size=no report]")
    assert ev.sub_event_type == "Protest with intervention"


def test_a_unilateral_ceasefire_changes_a_group_s_activity(pipeline):
    ev = _first(pipeline, "On 22 December 2024, the ELN declared in a communique from Arauca (Arauca, Arauca) a unilateral "
                          "truce over the holiday season in areas it controls.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_faction_that_abandons_its_neutrality_changes_its_activity(pipeline):
    ev = _first(pipeline, "A breakaway wing of the Justice and Equality Movement said on Friday it had renounced its neutrality "
                          "and would fight alongside the Sudanese army.")
    assert ev.sub_event_type == "Change to group/activity"


def test_police_who_blocked_marchers_and_shoved_them_back_intervened(pipeline):
    ev = _first(pipeline, "Police in Tbilisi blocked thousands of protesters from marching to parliament on Saturday, shoving "
                          "the crowd back with riot shields until it dispersed.")
    assert ev.sub_event_type == "Protest with intervention"
