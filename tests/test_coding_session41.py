"""Coding fixes found by the forty-first session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import no_event as _none

pytestmark = pytest.mark.slow


# -- rounds one and two (both first run on the session's starting code) ----------------------------


def test_a_blast_that_sets_homes_ablaze_is_no_arson(pipeline):
    _none(pipeline, "A gas explosion at a fuel yard in Kisumu late on Friday killed two workers and set several "
                    "shacks ablaze, the county fire chief said.")


def test_a_rockfall_in_a_mine_is_an_accident(pipeline):
    _none(pipeline, "A rockfall killed four miners at a platinum shaft near Rustenburg on Monday, the company "
                    "said, and the mine was closed for an inspection.")


def test_a_law_that_restricts_force_at_demonstrations_is_no_protest(pipeline):
    _none(pipeline, "The senate passed a reform of the 'public order law' on Tuesday that limits the use of "
                    "water cannon by police at demonstrations.")


def test_a_lawyer_who_defended_protesters_is_no_protester(pipeline):
    ev = _first(pipeline, "On 3 March 2024, two unidentified gunmen shot dead a lawyer known for defending detained "
                          "demonstrators near his home in Basra (Basra, Basra). 1 fatality.")
    assert ev.sub_event_type == "Attack"


def test_people_taken_to_an_undisclosed_location_are_abducted(pipeline):
    ev = _first(pipeline, "On 2 May 2024, Houthi gunmen stormed the homes of two aid workers in Ibb (Ibb City, Ibb) "
                          "and took them to an undisclosed location. Their families have heard nothing since.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_a_man_arrested_and_taken_to_an_unknown_place_for_questioning_is_arrested(pipeline):
    ev = _first(pipeline, "On 4 October 2023, Police Forces of Bahrain (1999-) arrested an opposition preacher at his "
                          "house in Sitra (Central). Relatives said he was taken to an unknown location for questioning.")
    assert ev.sub_event_type == "Arrests"


def test_an_organisations_seat_abroad_is_no_place_of_the_event(pipeline):
    ev = _first(pipeline, "On 4 October 2023, Police Forces of Bahrain (1999-) arrested an opposition preacher at his "
                          "house in Diraz (Northern). A rights group based in London said he was held over a sermon.")
    assert ev.country == "Bahrain"


def test_a_word_ending_in_a_before_a_title_counts_no_one(pipeline):
    ev = _first(pipeline, "On 4 March 2023, a vigilante group fought Islamic State (Mozambique) militants near "
                          "Quissanga (Quissanga, Cabo Delgado). According to the militia commander, two insurgents "
                          "were killed.")
    assert ev.fatalities == 2


def test_a_groups_count_of_its_own_named_dead_is_the_lowest(pipeline):
    ev = _first(pipeline, "On 9 January 2024, a drone struck a car carrying Kataib Hezbollah members near Al-Qaim "
                          "(Al-Qaim, Anbar). Security sources said 6 fighters were killed; Kataib Hezbollah later "
                          "published the names of 3 of its members it said died.")
    assert ev.fatalities == 3


def test_two_men_abducted_whose_bodies_were_found_are_two_dead(pipeline):
    ev = _first(pipeline, "On 8 February 2024, Islamic State (Iraq) militants kidnapped three shepherds near Tuz "
                          "Khurmatu (Tuz Khurmatu, Salah al-Din); their bodies were found two days later.")
    assert ev.fatalities == 3


def test_the_number_of_bandits_killed_put_at_a_range_is_its_lowest(pipeline):
    ev = _first(pipeline, "Vigilantes repelled bandits who attacked a village in the Tsafe area of Zamfara State on "
                          "Monday. Residents put the number of bandits killed at between six and ten.")
    assert ev.fatalities == 6


def test_party_supporters_in_zimbabwe_attack_as_a_party(pipeline):
    ev = _first(pipeline, "On 14 July 2023, ZANU-PF supporters beat a CCC activist at a bus stop in Mabvuku "
                          "(Harare, Harare). He was admitted to hospital. No fatalities.")
    assert ev.sub_event_type == "Attack"
    assert ev.actor1 == "ZANU-PF: Zimbabwe African National Union-Patriotic Front"


def test_houses_burned_in_a_village_emptied_by_earlier_raids_are_property_destroyed(pipeline):
    ev = _first(pipeline, "Around 3 March 2024, Islamic State (Mozambique) militants set fire to some 25 huts in "
                          "Mitambo (Macomia, Cabo Delgado); villagers had fled after previous raids. No casualties.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_a_chlorine_based_gas_used_in_an_attack_is_a_chemical_weapon(pipeline):
    ev = _first(pipeline, "On 2 April 2024, militants used a chlorine-based gas against a police post near Zaria "
                          "(Zaria, Kaduna). Officers were treated for breathing problems. Casualties unknown.")
    assert ev.sub_event_type == "Chemical weapon"


def test_arrests_said_to_foil_a_rally_are_arrests(pipeline):
    ev = _first(pipeline, "On 1 December 2022, police arrested 12 BNP leaders and activists in overnight raids in "
                          "Pabna town (Pabna), ahead of the party's rally scheduled for 10 December. BNP alleged the "
                          "arrests were aimed at foiling the rally.")
    assert ev.sub_event_type == "Arrests"


def test_a_planted_crude_bomb_that_police_blame_on_activists_is_a_bombing(pipeline):
    ev = _first(pipeline, "On 3 October 2023, a crude bomb planted at the door of an upazila office went off in "
                          "Bhanga (Faridpur) at night, damaging the door. No one was hurt. Police suspected that "
                          "opposition activists had set it.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_a_town_taken_after_an_exchange_of_fire_by_the_stc_is_overtaken(pipeline):
    ev = _first(pipeline, "On 3 May 2024, STC forces took control of the Shuqra junction (Shuqra, Abyan) after a "
                          "brief firefight with army troops, who pulled back. Fatalities unknown.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_vandals_who_knock_over_graves_destroy_property(pipeline):
    ev = _first(pipeline, "Vandals toppled headstones and daubed slogans on graves at a Muslim cemetery outside "
                          "Lyon overnight, the mayor said.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_a_signed_commitment_to_end_violence_is_an_agreement(pipeline):
    ev = _first(pipeline, "On 2 April 2025, the two rival candidates signed a pledge in Lilongwe (Lilongwe, "
                          "Central) to stop election violence in their districts.")
    assert ev.sub_event_type == "Agreement"


def test_a_mission_that_ended_its_deployment_changes_activity(pipeline):
    ev = _first(pipeline, "On 30 June 2024, the regional force formally concluded its mission in Goma (Goma, "
                          "North Kivu), with its last contingents flying home.")
    assert ev.sub_event_type == "Change to group/activity"


def test_the_party_of_men_hospitalised_after_an_assault_by_a_group_is_the_target(pipeline):
    ev = _first(pipeline, "Two opposition CCC members were hospitalised in Kwekwe on Monday after being beaten by a "
                          "group of ZANU-PF youths at a bus terminus, their lawyer said.")
    assert ev.actor1 == "ZANU-PF: Zimbabwe African National Union-Patriotic Front"


def test_a_party_member_forced_off_a_bus_by_armed_men_is_the_target(pipeline):
    ev = _first(pipeline, "On 2 March 2024, unidentified armed men forced BNP ward leader Kamal Hossain off a bus in "
                          "Savar (Dhaka). His body was found the next morning.")
    assert ev.actor1 == "Unidentified Armed Group (Bangladesh)"


def test_men_in_plain_clothes_are_an_unidentified_group_and_the_accusing_party_no_side(pipeline):
    ev = _first(pipeline, "On 4 April 2024, men in plain clothes abducted a BNP organiser from his house in Savar "
                          "(Dhaka). BNP blamed RAB; his family has had no news of him since.")
    assert ev.actor1 == "Unidentified Armed Group (Bangladesh)"


# -- rounds three and four (both first run on the round-two code) ----------------------------------


def test_goods_carried_off_from_homes_are_looted(pipeline):
    ev = _first(pipeline, "Villagers who came back to Kani township found that junta soldiers had carried off "
                          "motorcycles, rice and solar panels from their homes while they were hiding in the hills, a "
                          "resident said.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_headquarters_moved_to_a_town_its_forces_took_earlier_is_a_base(pipeline):
    ev = _first(pipeline, "A Karenni resistance group said on Monday it had moved its headquarters to Mese, which "
                          "its forces captured earlier this year, and set up an interim administrative council in the "
                          "town.")
    assert ev.sub_event_type == "Headquarters or base established"


def test_a_man_arrested_and_later_handed_over_to_a_court_is_arrested(pipeline):
    ev = _first(pipeline, "On 3 October 2024, agents of Mali's State Security Agency arrested an opposition "
                          "spokesman at his home in Bamako (Bamako, Bamako). He was later handed over to the "
                          "cybercrime unit and charged.")
    assert ev.sub_event_type == "Arrests"


def test_a_unit_that_will_operate_under_another_banner_changes_activity(pipeline):
    ev = _first(pipeline, "On 2 April 2025, an Ansarul Islam commander said in a recorded message that his fighters "
                          "would now operate under the banner of JNIM: Group for Support of Islam and Muslims around "
                          "Djibo (Djibo, Soum).")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_windstorm_that_tears_off_roofs_is_no_event(pipeline):
    _none(pipeline, "On 4 April 2025, a strong windstorm ripped the roofs off a market and dozens of houses in "
                    "Bol (Mamdi, Lac). Officials said eleven people were injured.")


def test_a_governor_appointed_by_presidential_decree_is_no_event(pipeline):
    _none(pipeline, "On 2 October 2024, the president of the transition appointed a new governor for the "
                    "Sahel region by decree; he took office in Dori (Dori, Seno) a week later.")


def test_arrests_said_to_foil_a_padayatra_are_arrests(pipeline):
    ev = _first(pipeline, "On 20 January 2023, police arrested 9 BNP activists in overnight raids in Sreemangal "
                          "(Moulvibazar) in connection with a case filed last month. The local BNP secretary said the "
                          "arrests were aimed at foiling the party's upcoming padayatra.")
    assert ev.sub_event_type == "Arrests"


def test_an_arrest_over_a_killing_in_a_hold_up_is_no_event(pipeline):
    _none(pipeline, "Police in Quito arrested a man suspected of shooting a shopkeeper during a botched hold-up "
                  "on Sunday, the prosecutor's office said.")


def test_the_opening_of_a_war_crimes_trial_is_no_event(pipeline):
    _none(pipeline, "Judges in The Hague opened the trial of a former rebel commander from Darfur on Tuesday on "
                    "charges including murder and rape.")


def test_a_drone_flown_over_a_base_that_dropped_a_device_is_an_air_strike(pipeline):
    ev = _first(pipeline, "On 2 July 2025, Comando Vermelho members flew a drone over the Pacifying Police Unit "
                          "(UPP) headquarters in Complexo da Penha (Rio de Janeiro, Rio de Janeiro) and then dropped an "
                          "explosive device into its yard. Two officers suffered shrapnel wounds. No fatalities.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_farmer_taken_from_home_whose_family_has_not_heard_from_him_is_abducted(pipeline):
    ev = _first(pipeline, "Around 3 May 2024 (as reported), suspected MPCP fighters took a village guard from his "
                          "home in Pichari (La Convencion, Cusco). His relatives have not heard from him since.")
    assert ev.sub_event_type == "Abduction/forced disappearance"
    assert ev.actor1 == "MPCP: Militarized Communist Party of Peru"


def test_buses_burned_hours_after_police_killed_a_leader_count_no_dead(pipeline):
    ev = _first(pipeline, "On 3 November 2024, unknown men set fire to six buses in Campo Grande (Rio de Janeiro, "
                          "Rio de Janeiro) hours after police killed a local gang boss. The passengers got off "
                          "first. No injuries reported.")
    assert ev.sub_event_type == "Looting/property destruction"
    assert ev.fatalities == 0


def test_trucks_stopped_and_set_on_fire_are_property_destroyed(pipeline):
    ev = _first(pipeline, "On 2 April 2025, JNIM: Group for Support of Islam and Muslims militants stopped four "
                          "fuel trucks on the road near Boni (Douentza, Mopti) and set them on fire. The drivers "
                          "escaped unhurt.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_a_cow_that_burned_to_death_is_no_dead_person(pipeline):
    ev = _first(pipeline, "On 9 March 2025, unidentified people set fire to the haystacks and cattle shed of a Hindu "
                          "farmer in Pangsha (Rajbari) at night. Two goats burned to death.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_a_man_and_his_nephew_beaten_to_death_are_two(pipeline):
    ev = _first(pipeline, "On 2 September 2024, a mob beat to death a former union parishad member and his nephew "
                          "in Shyamnagar (Satkhira). [size=no report]")
    assert ev.fatalities == 2


def test_two_protesters_named_between_dashes_are_two_dead(pipeline):
    ev = _first(pipeline, "On 18 July 2024, police fired on students demonstrating in Rangpur city (Rangpur). Two "
                          "protesters - a rickshaw puller and a student - died of gunshot wounds. [size=thousands]")
    assert ev.fatalities == 2


def test_a_bomber_who_also_died_is_counted_once(pipeline):
    ev = _first(pipeline, "A suicide bomber rammed an explosives-laden car into an army truck in Lakki Marwat "
                          "district on Monday, killing two soldiers, officials said. The attacker also died and three "
                          "other soldiers were taken to hospital.")
    assert ev.fatalities == 3


def test_a_local_source_that_put_the_number_at_a_lower_figure_is_the_lowest(pipeline):
    ev = _first(pipeline, "On 4 April 2025, Military Forces of Chad (2021-) aircraft struck Boko Haram positions "
                          "near Ngouboua (Kaya, Lac). The army said some 40 fighters were killed; a local source put "
                          "the number at 12.")
    assert ev.fatalities == 12


def test_troops_that_reentered_a_town_the_militants_had_held_regain_it(pipeline):
    ev = _first(pipeline, "On 3 June 2025, Military Forces of Mali (2021-) re-entered Boulkessi (Douentza, Mopti), "
                          "which JNIM: Group for Support of Islam and Muslims had held since March. The militants "
                          "pulled back after a short exchange of fire. No fatalities reported.")
    assert ev.sub_event_type == "Government regains territory"


def test_a_post_and_the_town_seized_after_a_firefight_are_overtaken(pipeline):
    ev = _first(pipeline, "On 4 July 2025, JNIM: Group for Support of Islam and Muslims fighters seized the army "
                          "camp and the town of Diafarabe (Tenenkou, Mopti) after a long firefight with Military "
                          "Forces of Mali (2021-). 3 fatalities.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_an_agreement_signed_with_protesters_is_an_agreement(pipeline):
    ev = _first(pipeline, "On 2 May 2024, officials of the Government of Peru and Protesters (Peru) from highland "
                          "communities signed an agreement in Espinar (Espinar, Cusco) ending the road blockade.")
    assert ev.sub_event_type == "Agreement"


def test_fishermen_detained_by_the_arakan_army_are_abducted(pipeline):
    ev = _first(pipeline, "On 2 October 2025, the Arakan Army detained 9 Bangladeshi fishermen and their boat near "
                          "Shah Porir Dwip in Teknaf (Cox's Bazar).")
    assert ev.sub_event_type == "Abduction/forced disappearance"


# -- rounds five and six (both first run on the round-four code) -----------------------------------


def test_men_accused_of_passing_information_to_the_police_face_no_police(pipeline):
    ev = _first(pipeline, "On 3 March 2024, CPI (Maoist) cadres abducted a panchayat secretary and a road contractor "
                          "from Tarrem village (Bijapur, Chhattisgarh), accusing them of passing information to the "
                          "police. The two were released two days later after a jan adalat at which they were "
                          "reportedly beaten. Casualties unknown.")
    assert ev.actor2 is not None and not ev.actor2.startswith("Police")


def test_rioters_who_throw_potato_bombs_at_police_from_afar_riot(pipeline):
    ev = _first(pipeline, "On 2 May 2024, hooded Rioters (Colombia) at the Universidad Distrital (Bogota - Teusaquillo, "
                          "Bogota D.C.) threw potato bombs and stones at Police Forces of Colombia (2022-) on Carrera "
                          "7. Two officers were injured.")
    assert ev.sub_event_type == "Violent demonstration"


def test_students_removed_from_a_highway_they_blocked_meet_intervention(pipeline):
    ev = _first(pipeline, "On 12 July 2024, police removed students of Bangabandhu Sheikh Mujibur Rahman Science and "
                          "Technology University who had blocked the highway in Tangail town (Tangail) for the "
                          "anti-quota Bangla Blockade. No injuries. [size=around 200]")
    assert ev.sub_event_type == "Protest with intervention"


def test_a_soldier_wounded_after_two_rebels_left_dead_is_no_dead(pipeline):
    ev = _first(pipeline, "Troops fought FARC dissidents in rural Cauca on Friday, leaving three guerrillas dead and "
                          "a policeman wounded, the army said.")
    assert ev.fatalities == 3


def test_a_word_in_quotation_marks_is_no_riot(pipeline):
    ev = _first(pipeline, "Security forces opened fire on worshippers protesting after prayers in Khash, killing "
                          "at least five people, activists said. Officials said \"rioters\" had attacked a police "
                          "post first.")
    assert ev.sub_event_type == "Excessive force against protesters"


def test_rocket_launchers_moved_to_a_new_base_are_no_shelling(pipeline):
    ev = _first(pipeline, "Iranian-backed fighters have set up a new base in a former school outside Mayadin, moving "
                          "in rocket launchers and some 40 men, a local monitor reported on Tuesday.")
    assert ev.sub_event_type == "Headquarters or base established"


def test_an_inquirys_finding_about_a_past_killing_is_no_event(pipeline):
    _none(pipeline, "An army inquiry concluded on Tuesday that a sniper had probably fired the shot that killed a "
                    "journalist during a raid in Nablus last year, but no one will be charged.")


def test_a_memorial_day_honouring_victims_of_attacks_is_no_event(pipeline):
    _none(pipeline, "The nation observed a minute's silence on Thursday for Remembrance Day, honouring fallen "
                    "soldiers and victims of attacks.")


def test_air_strikes_a_rally_protests_amid_are_its_cause(pipeline):
    ev = _first(pipeline, "On 14 May 2021, Jamaat-e-Islami workers held a rally in Turbat (Kech, Balochistan) to "
                          "express solidarity with Palestinians amid Israeli air strikes on Gaza. [size=no report]")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_stand_brought_down_with_a_controlled_explosion_is_no_event(pipeline):
    _none(pipeline, "Workers brought down the disused grain silo in Mombasa port with a controlled explosion on "
                    "Saturday to make room for a container yard.")


def test_the_formation_of_a_new_armed_faction_changes_a_group(pipeline):
    ev = _first(pipeline, "In a statement released online, former ELN fighters announced the formation of a new "
                          "armed faction in southern Bolivar.")
    assert ev.sub_event_type == "Change to group/activity"


def test_control_of_several_positions_handed_over_is_a_transfer(pipeline):
    ev = _first(pipeline, "Russian military police handed control of several positions around Ain Issa to Syrian "
                          "government troops on Saturday after Kurdish-led fighters withdrew under an arrangement "
                          "brokered by Moscow, local sources said. No fighting was reported.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_the_number_of_maoists_killed_put_at_a_range_is_its_lowest(pipeline):
    ev = _first(pipeline, "On 3 May 2024, Police Forces of India (2014-) clashed with CPI (Maoist) cadres in the "
                          "forest near Gangaloor (Bijapur, Chhattisgarh). Police statements put the number of Maoists "
                          "killed at between 3 and 5.")
    assert ev.fatalities == 3


# -- rounds seven and eight (both first run on the round-six code) ---------------------------------


def test_an_official_and_his_brother_shot_dead_outside_their_home_are_two(pipeline):
    ev = _first(pipeline, "Gunmen shot dead a kebele administrator and his brother outside their home in Gimbi on "
                          "Sunday evening, residents said.")
    assert ev.fatalities == 2


def test_factions_that_agree_to_unite_under_one_command_change(pipeline):
    ev = _first(pipeline, "Two wings of the Twirwaneho militia said on Monday they had agreed to unite under a single "
                          "command and named a joint leader in Minembwe, South Kivu.")
    assert ev.sub_event_type == "Change to group/activity"


def test_artillery_in_a_shipment_of_equipment_is_no_shelling(pipeline):
    _none(pipeline, "A third Turkish shipment of military equipment reached Mogadishu on Friday, the defence "
                    "ministry said, including drones, trucks and artillery.")


def test_unexploded_shells_cleared_by_deminers_are_no_event(pipeline):
    _none(pipeline, "Deminers have cleared more than 3,000 landmines and unexploded shells around Kobo this year, "
                    "an official said, though many fields remain unsafe.")


def test_a_valley_retaken_by_the_army_is_regained(pipeline):
    ev = _first(pipeline, "On 3 October 2023, Military Forces of Afghanistan (2021-) retook the Dara valley (Dara, "
                          "Panjshir) after NRF: National Resistance Front fighters withdrew. Fatalities unknown.")
    assert ev.sub_event_type == "Government regains territory"


def test_an_anniversary_marked_by_throwing_stones_is_a_riot(pipeline):
    ev = _first(pipeline, "On 30 September 2024, protesters in Khash (Khash, Sistan and Baluchestan) marked the "
                          "anniversary of the killings by throwing stones at a police post and burning tyres. No "
                          "casualties were reported.")
    assert ev.sub_event_type == "Violent demonstration"


def test_a_man_picked_up_from_a_relatives_house_and_not_heard_of_is_abducted(pipeline):
    ev = _first(pipeline, "On 20 July 2024, men in plainclothes picked up a student organiser from a relative's house "
                          "in Uttara, Dhaka city (Dhaka). His family said they had no information about his "
                          "whereabouts.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_a_base_captured_and_now_held_is_overtaken(pipeline):
    ev = _first(pipeline, "The Kachin Independence Army said on Saturday its fighters had captured a hilltop army "
                          "base outside Bhamo after a two-day assault and were now holding the position. The group said "
                          "12 soldiers were killed.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_lawmakers_who_stormed_out_of_a_meeting_are_no_event(pipeline):
    _none(pipeline, "Rebel councillors of the ruling party stormed out of a council meeting in Cuttack on Friday "
                    "and threatened to bring down the mayor.")


def test_a_warning_about_any_further_air_raids_is_no_event(pipeline):
    _none(pipeline, "The Kachin Independence Army said on Sunday it would retaliate against any further air strikes "
                    "on villages under its control.")


def test_captured_soldiers_shot_after_they_surrendered_were_attacked(pipeline):
    ev = _first(pipeline, "On 3 December 2024, Military Forces of Russia (2000-) shot dead 5 captured soldiers of "
                          "Military Forces of Ukraine (2019-) near Pokrovsk (Pokrovsk, Donetsk) after they had "
                          "surrendered, according to Ukrainian prosecutors. 5 fatalities.")
    assert ev.sub_event_type == "Attack"


def test_rioters_attacking_a_hostel_after_a_stabbing_are_a_mob(pipeline):
    ev = _first(pipeline, "On 2 July 2024, about 30 rioters (Russia) attacked a hostel housing migrant workers in "
                          "Balashikha (Balashikha, Moscow Oblast) after a fight in which a local man was stabbed. "
                          "They broke windows and beat residents. No fatalities.")
    assert ev.sub_event_type == "Mob violence"


def test_a_city_entered_without_resistance_after_a_force_laid_down_its_arms_changed_hands(pipeline):
    ev = _first(pipeline, "On 4 October 2023, Military Forces of Azerbaijan (2003-) and Police Forces of Azerbaijan "
                          "(2003-) entered Khojaly (Khojaly, Karabakh) without resistance after the local defence army "
                          "laid down its arms under the ceasefire terms. Azerbaijani flags were raised over official "
                          "buildings.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_drones_launched_toward_a_city_that_hit_a_building_are_an_air_strike(pipeline):
    ev = _first(pipeline, "On 3 September 2024, Military Forces of Ukraine (2019-) launched drones toward Kursk; one "
                          "hit an apartment block in Kurchatov (Kurchatovskiy, Kursk), setting flats on fire. One "
                          "man was killed.")
    assert ev.sub_event_type == "Air/drone strike"


def test_debris_of_intercepted_drones_that_hurt_someone_is_disrupted_use(pipeline):
    ev = _first(pipeline, "On 4 June 2024, air defence units of Military Forces of Russia (2000-) intercepted and "
                          "destroyed six Ukrainian drones over Kursk (Kursk, Kursk). Falling debris damaged a garage "
                          "and injured a man.")
    assert ev.sub_event_type == "Disrupted weapons use"


def test_a_naval_point_established_at_a_port_is_a_base(pipeline):
    ev = _first(pipeline, "On 5 June 2024, Military Forces of Russia (2000-) established a permanent naval point in "
                          "Tartus (Tartus, Tartus), according to local officials.")
    assert ev.sub_event_type == "Headquarters or base established"


def test_new_battalions_that_had_been_formed_change_a_group(pipeline):
    ev = _first(pipeline, "On 2 May 2024, a commander of the Wagner Group said in Rostov-on-Don (Rostov-on-Don, "
                          "Rostov) that three new assault battalions had been formed.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_victim_once_associated_with_a_faction_of_a_group_is_no_side(pipeline):
    ev = _first(pipeline, "On 3 May 2022, unidentified gunmen shot dead a fish trader near Kotchandpur (Jhenaidah) at "
                          "night. Police said the victim had once been associated with an outlawed faction of the "
                          "Purba Banglar Communist Party.")
    assert ev.sub_event_type == "Attack"
    assert ev.actor1 == "Unidentified Armed Group (Bangladesh)"


def test_a_journalist_detained_and_taken_away_with_no_news_since_is_abducted(pipeline):
    ev = _first(pipeline, "Around 3 March 2024 (as reported), Taliban intelligence detained a radio presenter at his "
                          "home in Herat (Herat, Herat). His family said he had been taken to an unknown location and "
                          "they had received no information since.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


# -- rounds nine and ten (both first run on the round-eight code) ----------------------------------


def test_men_forced_into_pickup_trucks_and_not_heard_from_are_abducted(pipeline):
    ev = _first(pipeline, "Relatives said gunmen forced four young men into pickup trucks outside a bar in Teocaltiche, "
                          "Jalisco, on Saturday. None of them has been heard from since.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_demanding_police_action_is_no_intervention(pipeline):
    ev = _first(pipeline, "On 3 March 2024, shopkeepers of Damurhuda bazar (Chuadanga) formed a human chain protesting "
                          "extortion by local youths and demanding police action. [size=around 100]")
    assert ev.sub_event_type == "Peaceful protest"


def test_live_fire_on_a_demonstration_that_kills_is_excessive_force(pipeline):
    ev = _first(pipeline, "On 3 February 2025, Police Forces of Palestine (2007-) West Bank opened live fire on a "
                          "demonstration in Tammun (Tubas, Tubas) against the security campaign, killing a young "
                          "protester, his family said. 1 fatality.")
    assert ev.sub_event_type == "Excessive force against protesters"


def test_pilgrims_who_march_behind_a_statue_are_no_protest(pipeline):
    _none(pipeline, "Hundreds of thousands of pilgrims marched through Cebu City on Sunday behind the image of the "
                    "Santo Nino, police said.")


def test_soldiers_who_uncovered_and_detonated_devices_disrupted_them(pipeline):
    ev = _first(pipeline, "On 3 August 2024, Military Forces of Israel (2022-) said its engineers uncovered and "
                          "detonated four explosive devices buried under a road in Tubas (Tubas, Tubas) before a raid. "
                          "No injuries.")
    assert ev.sub_event_type == "Disrupted weapons use"


def test_a_pipeline_leak_that_set_off_a_fire_is_an_accident(pipeline):
    _none(pipeline, "A leak in an oil pipeline set off an explosion and fire near Lago Agrio on Tuesday, forcing the "
                    "evacuation of nearby homes, the company said. No one was hurt.")


def test_three_men_stoned_to_death_and_burned_are_three_dead(pipeline):
    ev = _first(pipeline, "Residents of Solino in Port-au-Prince stoned to death and burned four men they accused of "
                          "being gang members, witnesses said.")
    assert ev.fatalities == 4


def test_a_die_in_is_a_protest(pipeline):
    ev = _first(pipeline, "Climate activists staged a 'die-in' at Brussels-Central station on Sunday, lying on the floor "
                          "for twenty minutes.")
    assert ev.sub_event_type == "Peaceful protest"


def test_an_arrest_in_a_plot_to_overturn_an_election_is_an_arrest(pipeline):
    ev = _first(pipeline, "Brazil's Federal Police arrested a retired general in Rio de Janeiro on Tuesday as part of "
                          "an investigation into an alleged plot to overturn the result of the 2022 election.")
    assert ev.sub_event_type == "Arrests"


def test_a_town_retaken_from_militants_who_had_occupied_it_is_regained(pipeline):
    ev = _first(pipeline, "On 2 October 2024, Military Forces of Nigeria (2023-) supported by CJTF: Civilian Joint "
                          "Task Force recaptured Marte town (Marte, Borno), which ISWAP: Islamic State West Africa "
                          "Province fighters had occupied since September. The army said six militants were killed. "
                          "6 fatalities.")
    assert ev.sub_event_type == "Government regains territory"


# -- rounds eleven and twelve (both first run on the round-ten code) -------------------------------


def test_a_new_deputy_leader_named_weeks_after_a_killing_changes_a_group(pipeline):
    ev = _first(pipeline, "Al-Shabaab named a new deputy leader on Friday, weeks after the group's previous deputy was "
                          "killed, a spokesman said in an audio message.")
    assert ev.sub_event_type == "Change to group/activity"


def test_soldiers_who_pillaged_shops_looted(pipeline):
    ev = _first(pipeline, "Soldiers pillaged shops in the main market of Bria after their wages were delayed, traders "
                          "said on Monday.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_a_release_on_bail_of_a_man_detained_last_year_is_no_event(pipeline):
    _none(pipeline, "A court in Niamey ordered the release on bail of a former prime minister detained last year on "
                    "corruption charges.")


def test_a_merger_of_companies_is_no_event(pipeline):
    _none(pipeline, "Two of Ghana's largest cocoa companies announced a merger on Monday that will create a new group "
                    "under a single board.")


def test_a_party_that_seized_control_of_parliament_in_an_election_is_no_event(pipeline):
    _none(pipeline, "The opposition seized control of parliament in Saturday's election, winning 88 of 150 seats, "
                    "according to provisional results.")


def test_an_agreement_leasing_land_for_a_base_is_no_event(pipeline):
    _none(pipeline, "Eritrea signed an agreement on Monday leasing land to a foreign navy for a logistics base near "
                    "Assab, the information ministry said.")


def test_groups_that_agreed_at_a_meeting_to_a_ceasefire_agreed(pipeline):
    ev = _first(pipeline, "On 3 November 2024, KIA: Kachin Independence Army and TNLA: Ta'ang National Liberation Army "
                          "representatives agreed at a meeting in Namhkam (Namhkam, Shan-North) to a ceasefire after "
                          "weeks of clashes.")
    assert ev.sub_event_type == "Agreement"


def test_forces_whose_presence_marchers_protest_are_no_side(pipeline):
    ev = _first(pipeline, "On 4 July 2024, Police Forces of the Philippines (2022-) blocked around 80 activists from "
                          "Bayan marching toward the US Embassy on Roxas Boulevard (Manila, Metro Manila) to protest the "
                          "US military presence. Police used shields to push the marchers back and arrested two; minor "
                          "injuries were reported.")
    assert ev.sub_event_type == "Protest with intervention"


def test_a_mobile_phone_mast_burned_by_separatists_is_no_mob(pipeline):
    ev = _first(pipeline, "On 3 November 2023, suspected Malay Muslim Separatists (Thailand) set fire to a mobile phone "
                          "mast and a roadside shop overnight in Ban Tak Bai (Tak Bai, Narathiwat). No one was hurt.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_six_guards_and_their_civilian_driver_are_seven(pipeline):
    ev = _first(pipeline, "Maoists set off a landmine under a police jeep in Dantewada district on Tuesday, killing "
                          "six Special Task Force personnel and their civilian driver.")
    assert ev.fatalities == 7


def test_volunteers_arrested_for_collaborating_with_a_force_are_arrested(pipeline):
    ev = _first(pipeline, "On 3 June 2024, military intelligence of the Military Forces of Sudan (2019-) arrested three "
                          "aid volunteers in Gedaref (Gedaref, Gedaref), accusing them of collaborating with the RSF.")
    assert ev.sub_event_type == "Arrests"


# -- rounds thirteen and fourteen (both first run on the round-twelve code) ------------------------


def test_a_party_office_set_on_fire_overnight_is_property_destroyed(pipeline):
    ev = _first(pipeline, "The office of the opposition Lelo party in the eastern Georgian town of Telavi was set on "
                          "fire overnight, party officials said. Nobody was inside.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_a_man_who_detonated_a_device_strapped_to_his_body_is_a_suicide_bomber(pipeline):
    ev = _first(pipeline, "On 3 September 2025, a man detonated an explosive device strapped to his body at a police "
                          "checkpoint outside Celaya (Celaya, Guanajuato). The attacker died and two officers were "
                          "wounded.")
    assert ev.sub_event_type == "Suicide bomb"


def test_projectiles_fired_from_tube_launchers_are_shelling(pipeline):
    ev = _first(pipeline, "On 4 March 2025, CJNG: Jalisco New Generation Cartel fired improvised explosive projectiles "
                          "from tube launchers at El Aguaje (Aguililla, Michoacan). One round hit a house. No "
                          "fatalities.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


def test_drones_used_to_drop_containers_of_a_chemical_are_a_chemical_weapon(pipeline):
    ev = _first(pipeline, "On 2 May 2025, CJNG: Jalisco New Generation Cartel used drones to drop containers of an "
                          "unknown chemical substance on homes in El Terrero (Tepalcatepec, Michoacan). Residents "
                          "reported vomiting and burning eyes.")
    assert ev.sub_event_type == "Chemical weapon"


def test_the_bodies_of_several_tortured_men_found_are_three_dead(pipeline):
    ev = _first(pipeline, "On 3 January 2025, the bodies of several men with signs of torture were found dumped near "
                          "Eldorado (Culiacan, Sinaloa). Fatalities: several.")
    assert ev.fatalities == 3


# -- rounds fifteen and sixteen (both first run on the review-mended code) -------------------------


def test_a_group_that_named_a_new_leader_after_its_emirs_death_changes(pipeline):
    ev = _first(pipeline, "Islamic State's West Africa Province has named a new leader following the death of its "
                          "former emir, the group said in a statement on Friday.")
    assert ev.sub_event_type == "Change to group/activity"


def test_a_forward_operating_base_handed_over_is_a_transfer(pipeline):
    ev = _first(pipeline, "On 2 January 2024, ATMIS: African Union Transition Mission in Somalia (2022-) handed over "
                          "the Ceel Waregow forward operating base (Afgooye, Lower Shabelle) to Military Forces of Somalia "
                          "(2022-) as part of its drawdown.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_missiles_launched_from_the_air_are_an_air_strike(pipeline):
    ev = _first(pipeline, "On 3 February 2024, Military Forces of Israel (2022-) launched missiles from the air at "
                          "positions near Homs (Homs, Homs). 3 soldiers were killed. 3 fatalities.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_condemned_rise_in_killings_is_no_event(pipeline):
    _none(pipeline, "The UN human rights chief on Monday condemned an 'alarming rise' in killings of civilians in "
                    "Mali and urged the authorities to investigate.")
