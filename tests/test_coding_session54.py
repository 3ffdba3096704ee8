"""Coding fixes found by the fifty-fourth session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import no_event as _none

pytestmark = pytest.mark.slow


def _sub(pipeline, text):
    return _first(pipeline, text).sub_event_type


# -- rounds one and two (both first run on the session's starting code, faa82ce) -------------------


def test_members_of_a_kidnapping_for_ransom_gang_detained_are_an_arrest(pipeline):
    assert _sub(pipeline, "On 2 May 2023, RAB-7 detained four members of a kidnapping-for-ransom gang from a forest "
                          "hideout in Whykong union of Teknaf (Cox's Bazar). Two pistols were seized.") == "Arrests"


def test_arrests_over_a_killing_by_a_mob_are_arrests_not_the_mob(pipeline):
    ev = _first(pipeline, "On 9 June 2024, police arrested three men in Rangamati town (Rangamati) in connection with "
                          "the killing of a shopkeeper by a mob at the bus terminal.")
    assert ev.sub_event_type == "Arrests"


def test_a_protest_against_planned_cuts_is_held_not_planned(pipeline):
    assert _sub(pipeline, "On 4 April 2025, hundreds of refugees gathered in Camp 12 in Ukhiya (Cox's Bazar) to protest "
                          "planned reductions in their monthly food vouchers. [size=hundreds]") == "Peaceful protest"


def test_soldiers_detaining_men_accused_of_backing_defence_forces_is_an_arrest(pipeline):
    assert _sub(pipeline, "Junta troops detained nine young men in a raid on Kani township on Tuesday, accusing them of "
                          "feeding local defence forces, a villager said.") == "Arrests"


def test_fighters_who_take_a_man_away_from_his_home_abduct_him(pipeline):
    assert _sub(pipeline, "Insurgents took away a village headman from his home in Maungdaw township late on Friday, "
                          "his brother said. Nothing has been heard of him since.") == "Abduction/forced disappearance"


def test_a_group_moving_its_headquarters_into_a_captured_town_establishes_a_base(pipeline):
    assert _sub(pipeline, "The Ta'ang National Liberation Army has moved its political headquarters into the old "
                          "district court building in Namhsan, a spokesman said on Tuesday."
                ) == "Headquarters or base established"


def test_strikes_criticised_in_posts_that_led_to_an_arrest_are_not_the_event(pipeline):
    assert _sub(pipeline, "Police detained a schoolteacher in Pakokku on Sunday over Facebook posts criticising the "
                          "junta's air strikes on villages, relatives said.") == "Arrests"


def test_a_land_killing_said_to_have_no_link_to_the_insurgency_is_crime(pipeline):
    _none(pipeline, "A rubber tapper was shot dead in a dispute over a plot of land in Yala's Bannang Sata district on "
                    "Monday, police said, ruling out any link to the insurgency.")


def test_a_pact_signed_by_clans_feuding_since_a_year_is_an_agreement(pipeline):
    assert _sub(pipeline, "On 3 March 2024, two clans whose leaders had been locked in a feud since 2019 signed a peace "
                          "pact in Buldon (Maguindanao del Norte), agreeing to withdraw their armed men from the rice "
                          "fields.") == "Agreement"


def test_former_militants_renouncing_violence_at_a_ceremony_change_the_group(pipeline):
    assert _sub(pipeline, "On 12 May 2024, some 60 former members of Jamaah Ansharut Daulah in Poso (Central Sulawesi) "
                          "formally renounced violence and swore loyalty to the state at a ceremony."
                ) == "Change to group/activity"


def test_a_bomb_that_went_off_outranks_its_twin_defused_later(pipeline):
    ev = _first(pipeline, "On 2 November 2023, men on a motorbike hurled two crude bombs at the AL office in Tongi "
                          "(Gazipur). One bomb went off, injuring a rickshaw puller; the other was defused by police.")
    assert ev.sub_event_type == "Grenade"


def test_a_lieutenant_of_a_proscribed_group_arrested_for_extortion_is_an_arrest(pipeline):
    assert _sub(pipeline, "A self-styled lieutenant of the proscribed Kuki Yawol Lup was "
                          "arrested in Kakching on Monday for extorting money from shopkeepers, police said.") == "Arrests"


def test_a_final_battle_in_scare_quotes_is_a_figure_of_speech(pipeline):
    _none(pipeline, "The state's home minister said on Friday that the 'final battle' against the Maoists had begun "
                    "and that the districts would be free of armed rebels by March.")


def test_wild_elephants_on_a_rampage_are_no_riot(pipeline):
    _none(pipeline, "A herd of wild elephants went on a rampage in a village of Simdega district overnight, "
                    "trampling a woman to death and destroying several huts, forest officials said.")


# -- rounds three and four (both first run on a5ef2b7) ----------------------------------------------


def test_headstones_smashed_in_a_cemetery_are_property_destruction(pipeline):
    assert _sub(pipeline, "On 3 May 2024, unknown persons smashed 20 gravestones and sprayed nationalist slogans in a "
                          "Serb Orthodox cemetery in Gjakova (Gjakova, Kosovo).") == "Looting/property destruction"


def test_farmers_driving_tractors_into_a_city_against_cuts_protest(pipeline):
    assert _sub(pipeline, "On 15 January 2024, farmers drove about 800 tractors to Koenigsplatz in Kassel (Hesse) as part "
                          "of a week of action against cuts to farm subsidies. Police reported no incidents."
                ) == "Peaceful protest"


def test_students_who_sat_down_on_a_boulevard_and_were_carried_off_met_intervention(pipeline):
    assert _sub(pipeline, "On 2 December 2024, Police Forces of Montenegro (2020-) dispersed students who had sat down on "
                          "Saint Peter Boulevard in Podgorica over rising dormitory fees, carrying several of them to "
                          "police vans. Nine students were detained and released in the evening."
                ) == "Protest with intervention"


def test_artillery_moved_to_positions_is_a_deployment_not_shelling(pipeline):
    assert _sub(pipeline, "On 2 October 2023, Military Forces of Serbia (2012-) were placed on the highest level of combat readiness and further units, "
                          "including tanks and artillery, were moved to the area near the administrative line around "
                          "Kursumlija (Toplica), the defence ministry said.") == "Other"


def test_troops_entering_a_village_after_the_enemy_withdrew_take_it_without_a_fight(pipeline):
    assert _sub(pipeline, "On 11 November 2022, Military Forces of Ukraine (2019-) entered the village of Kyselivka "
                          "(Kherson, Kherson) after Military Forces of Russia (2000-) withdrew across the river. No "
                          "clashes were reported.") == "Non-violent transfer of territory"


def test_rioters_on_a_day_of_action_against_a_reform_are_a_violent_demonstration(pipeline):
    assert _sub(pipeline, "On 28 March 2023, during the tenth day of action against the pension reform, groups of "
                          "rioters in Lyon (Rhone) set fire to rubbish bins, smashed bank windows and threw projectiles "
                          "at police around Place Bellecour. Police Forces of France (2017-) responded with tear gas and "
                          "water cannon and arrested 40 people. Several officers were injured.") == "Violent demonstration"


def test_a_budget_to_pay_for_an_offensive_is_policy(pipeline):
    _none(pipeline, "Kenya's parliament passed a supplementary budget on Tuesday to pay for the offensive against "
                    "al-Shabaab in Lamu county.")


def test_a_detention_with_the_whereabouts_withheld_is_a_disappearance(pipeline):
    assert _sub(pipeline, "On 9 March 2024, SEBIN agents detained a trade unionist outside his home in Maracay (Aragua). "
                          "His relatives were denied information about his whereabouts for a week."
                ) == "Abduction/forced disappearance"


def test_explosives_a_man_carried_on_his_body_make_a_suicide_bomb(pipeline):
    assert _sub(pipeline, "On 3 May 2024, a suspected ELN member detonated the explosives he was carrying on his body as "
                          "soldiers approached him at a checkpoint near Saravena (Arauca). The blast killed him and a "
                          "corporal.") == "Suicide bomb"


def test_rebels_freeing_captured_soldiers_and_handing_them_to_the_red_cross_is_other(pipeline):
    assert _sub(pipeline, "ADF fighters freed five captured police officers on Monday and handed them over to the "
                          "International Committee of the Red Cross in Beni, the ICRC said.") == "Other"


def test_a_base_handed_over_to_the_army_and_police_is_a_transfer(pipeline):
    assert _sub(pipeline, "UN peacekeepers formally handed over their base in Kamanyola to the Congolese army and police "
                          "on Friday as part of their withdrawal.") == "Non-violent transfer of territory"


def test_a_battle_won_on_the_pitch_is_sport(pipeline):
    _none(pipeline, "Bukavu Dawa beat their rivals 3-1 in a fierce battle at the Stade de la Concorde on Sunday, the "
                    "coach calling it 'a war we won on the pitch'.")


# -- rounds five and six (both first run on ea89fec) ------------------------------------------------


def test_peacekeepers_beginning_to_withdraw_change_their_activity(pipeline):
    assert _sub(pipeline, "On 3 June 2024, the peacekeeping contingent of Military Forces of Russia (2000-) began "
                          "withdrawing from its post near Shusha (Shusha, Shusha), lowering the flag and sending a "
                          "first column of trucks towards the border.") == "Change to group/activity"


def test_sides_agreeing_to_pull_troops_back_from_a_line_agree(pipeline):
    assert _sub(pipeline, "On 2 October 2022, delegations of Military Forces of Kyrgyzstan (2020-) and Military Forces of "
                          "Tajikistan (1994-) agreed at talks in Isfana (Leilek, Batken) to withdraw troops and heavy "
                          "equipment from the border villages and to set up joint patrols.") == "Agreement"


def test_a_drone_that_exploded_over_a_camp_is_an_air_strike(pipeline):
    assert _sub(pipeline, "Two soldiers were killed when a Houthi drone exploded over an army camp in Harib, south of "
                          "Marib, a military source said.") == "Air/drone strike"


def test_a_ticking_time_bomb_defused_is_a_figure_of_speech(pipeline):
    _none(pipeline, "The UN said the removal of the toxic cargo from the stranded tanker off Hodeidah was complete, "
                    "defusing what officials called a ticking time bomb for the coast.")


def test_a_helicopter_that_fired_rockets_at_militants_is_an_air_strike(pipeline):
    assert _sub(pipeline, "On 4 December 2023, a helicopter of the Military Forces of Mozambique (2015-) fired rockets at "
                          "a group of Islamic State (Mozambique) militants near Chai (Macomia, Cabo Delgado). "
                          "Fatalities unknown.") == "Air/drone strike"


def test_a_killing_in_a_robbery_said_to_be_the_motive_is_crime(pipeline):
    _none(pipeline, "On 9 March 2024, armed men broke into a farmhouse near Polokwane (Limpopo), tied up a couple and "
                    "took cash and a car. The wife died of her injuries. Police said robbery appeared to be the motive.")


def test_captured_vehicles_paraded_for_an_anniversary_take_no_place(pipeline):
    _none(pipeline, "Hundreds of Taliban fighters paraded captured US-made Humvees and helicopters through Kandahar on "
                    "Thursday to mark the anniversary of the withdrawal of foreign forces.")


def test_a_blast_said_to_be_accidental_is_no_bombing(pipeline):
    _none(pipeline, "A gas cylinder exploded at a wedding hall in Mazar-i-Sharif on Friday, killing three people. "
                    "Police said the blast was accidental and ruled out any militant involvement.")


def test_a_framework_agreement_on_a_railway_is_economic(pipeline):
    _none(pipeline, "Kazakhstan and the Taliban administration signed a framework agreement in Astana on Tuesday on a "
                    "railway linking Turkmenistan to Herat.")


# -- rounds seven and eight (both first run on bdcb48a) ---------------------------------------------


def test_artillery_pieces_handed_over_are_no_shelling(pipeline):
    ev = pipeline.extract("Rebel forces handed over another batch of heavy weapons, including tanks and artillery pieces, "
                          "to the national army at a ceremony near Mekelle, officials said.").events
    assert "Shelling/artillery/missile attack" not in [e.sub_event_type for e in ev]


def test_a_new_report_on_killings_years_ago_is_no_event(pipeline):
    _none(pipeline, "A new Human Rights Watch report documents the killing of dozens of villagers by militiamen in "
                    "Mai Kadra in 2020 and calls for prosecutions.")


def test_siege_in_scare_quotes_is_a_figure_of_speech(pipeline):
    _none(pipeline, "The TPLF issued a statement on Monday denouncing what it called the federal government's 'siege "
                    "politics' and calling for talks.")


def test_organisers_suspending_their_weekly_marches_change_their_activity(pipeline):
    assert _sub(pipeline, "On 20 March 2020, student collectives announced the suspension of the Tuesday marches in "
                          "Algiers because of the epidemic, ending more than a year of weekly protests."
                ) == "Change to group/activity"


def test_a_reconciliation_that_ended_a_blood_feud_is_an_agreement(pipeline):
    assert _sub(pipeline, "On 3 May 2023, a reconciliation session held by the Sohag security directorate ended a "
                          "decade-long blood feud between two families in Dar El Salam (Sohag). The families agreed to "
                          "the payment of blood money.") == "Agreement"


def test_around_sixty_detainees_released_from_prisons_is_other(pipeline):
    assert _sub(pipeline, "On 4 July 2022, authorities released around 40 Hirak detainees from prisons in Oran (Oran) "
                          "after a presidential pardon.") == "Other"


def test_forces_removing_workers_staging_a_sit_in_intervene(pipeline):
    assert _sub(pipeline, "On 3 July 2025, police and army personnel removed dock workers staging a sit-in at the port "
                          "gate in Mongla (Bagerhat) against a lease plan. Four union leaders were detained and later "
                          "released. [size=around 300]") == "Protest with intervention"


def test_a_suspect_captured_hiding_takes_no_place(pipeline):
    _none(pipeline, "A man shot dead his wife and her mother in Siirt after a family dispute, police said, adding that "
                    "the suspect was captured hiding in a barn.")


def test_a_report_tallying_last_years_drone_strikes_is_no_event(pipeline):
    _none(pipeline, "A new report by a human rights association says Turkish drone strikes killed more than 90 people "
                    "in northern Iraq and Syria last year, many of them civilians.")


def test_a_late_shot_celebrated_in_the_stands_is_sport(pipeline):
    _none(pipeline, "Diyarbakirspor's striker fired a late shot to kill off Sakaryaspor's hopes on Saturday, sparking "
                    "wild celebrations in the stands.")


def test_live_fire_to_clear_a_blockade_that_killed_a_protester_is_excessive_force(pipeline):
    assert _sub(pipeline, "On 4 November 2024, police fired live ammunition while trying to clear a road blockade by "
                          "farmers at Parotani (Tapacari, Cochabamba). One protester was killed and six injured, "
                          "according to blockade leaders. 1 fatality.") == "Excessive force against protesters"


def test_miners_marching_and_detonating_firecrackers_protest_peacefully(pipeline):
    assert _sub(pipeline, "On 3 May 2023, hundreds of miners from the state-owned Colquiri mine marched in Potosi (Tomas "
                          "Frias, Potosi), detonating firecrackers, to demand new investment in the mine. No incidents "
                          "were reported."
                ) == "Peaceful protest"


# -- rounds nine and ten (both first run on 08d0162) ------------------------------------------------


def test_projectiles_fired_toward_a_town_are_shelling(pipeline):
    assert _sub(pipeline, "On 9 February 2022, Houthi forces fired several military projectiles toward Al Khubah (Al "
                          "Harth, Jizan). Saudi civil defence said a house was damaged.") == "Shelling/artillery/missile attack"


def test_a_coalition_suspending_air_operations_changes_its_activity(pipeline):
    assert _sub(pipeline, "On 2 April 2022, the Saudi-led coalition announced in Riyadh (Riyadh, Riyadh) that it would "
                          "suspend all air operations over Hajjah governorate for 10 days to allow aid deliveries.") == "Change to group/activity"


def test_families_gathered_to_receive_pardoned_prisoners_do_not_protest(pipeline):
    _none(pipeline, "On 30 March 2025, the king pardoned 630 prisoners for Eid. Families gathered outside Jau prison "
                    "(Jau, Southern) to receive released relatives.")


def test_one_of_two_bombs_that_went_off_outranks_the_other_defused(pipeline):
    assert _sub(pipeline, "On 5 January 2023, unidentified men on a motorcycle hurled two crude bombs at the house of a "
                          "union BNP leader in Chaugachha (Jessore). One of them went off in the yard; no one was hurt. "
                          "The other was later defused by police.") == "Grenade"


def test_rival_tribes_fighting_with_dozens_dead_clash_as_armed_groups(pipeline):
    assert _sub(pipeline, "Dozens of people have been killed in three days of fighting between rival tribes in Upper "
                          "Kurram, a hospital official in Parachinar said.") == "Armed clash"


def test_a_cleric_detained_for_inciting_sectarian_hatred_is_arrested(pipeline):
    assert _sub(pipeline, "Police in Hangu detained a Sunni cleric under the public order ordinance on Friday, accusing "
                          "him of inciting sectarian hatred.") == "Arrests"


def test_armed_fighters_parading_through_a_bazaar_is_a_show_of_force(pipeline):
    assert _sub(pipeline, "Dozens of armed TTP fighters paraded through the main bazaar of Mamozai in Orakzai on Sunday "
                          "before leaving for the hills, residents said.") == "Other"


def test_air_defences_shooting_down_aerial_objects_disrupt_them(pipeline):
    assert _sub(pipeline, "On 2 September 2024, air defence units of the Military Forces of Belarus (1994-) shot down two "
                          "unidentified aerial objects over Brahin district (Brahin, Homiel), the ministry said."
                ) == "Disrupted weapons use"


def test_artillery_deployed_to_a_region_is_no_shelling(pipeline):
    ev = pipeline.extract("On 3 July 2024, the defence ministry of Belarus announced that Military Forces of Belarus "
                          "(1994-) had deployed additional air defence units, special operations forces and artillery to "
                          "Brest region (Brest, Brest) near the Ukrainian border, citing an alleged build-up of Ukrainian "
                          "troops.").events
    assert "Shelling/artillery/missile attack" not in [e.sub_event_type for e in ev]


def test_idols_broken_at_a_puja_mandap_are_property_destruction(pipeline):
    assert _sub(pipeline, "On 2 February 2025, unidentified people broke idols at a Saraswati puja mandap at Ukhia "
                          "(Cox's Bazar) overnight. Local Hindu leaders demanded that the culprits be arrested."
                ) == "Looting/property destruction"


def test_authorities_refusing_to_say_where_a_man_is_held_make_a_disappearance(pipeline):
    assert _sub(pipeline, "Armed men in plain clothes, believed to be intelligence agents, took a lawyer from his home in "
                          "Kosti on Monday. His family said the authorities have refused to tell them where he is held."
                ) == "Abduction/forced disappearance"


def test_students_holding_a_silent_stand_protest(pipeline):
    assert _sub(pipeline, "Students at the University of Khartoum held a silent stand on campus on Sunday to remember "
                          "classmates killed in the war and to demand the university reopen.") == "Peaceful protest"


def test_fighters_emptying_grain_silos_loot(pipeline):
    assert _sub(pipeline, "Residents of Rufaa said RSF fighters spent two days emptying the town's grain silos onto "
                          "trucks. No violence against residents was reported.") == "Looting/property destruction"


def test_the_head_of_an_emergency_response_room_arrested_is_an_arrest(pipeline):
    assert _sub(pipeline, "Authorities in Kassala arrested the head of the city's emergency response room on Monday, "
                          "his colleagues said, without giving a reason.") == "Arrests"


def test_a_coach_saying_his_team_fought_like_soldiers_is_sport(pipeline):
    _none(pipeline, "Al-Merrikh thrashed Gor Mahia 4-1 in Kigali on Sunday, and coach Osama Nabieh said his players had "
                    "\"fought like soldiers\" for fans displaced by the war.")


def test_sanctions_over_weapons_used_in_a_siege_are_no_battle(pipeline):
    _none(pipeline, "The EU imposed sanctions on Monday on an RSF commander and a company it accused of supplying "
                    "weapons used in the siege of El Fasher.")


def test_a_battle_for_a_civilian_state_in_quotes_is_a_figure_of_speech(pipeline):
    _none(pipeline, "The coordination of Omdurman resistance committees called on residents on Friday to take to the "
                    "streets on 30 June, saying the \"battle for a civilian state\" was not over. Security officials "
                    "warned that any gathering would be dealt with firmly.")


def test_evidence_gathered_of_killings_is_no_event(pipeline):
    _none(pipeline, "The ICC prosecutor told the Security Council on Monday that her office was gathering evidence of "
                    "mass killings and sexual violence in Darfur.")
