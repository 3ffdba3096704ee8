"""Coding fixes found by the eleventh session's fresh invented sets. Every text here is invented
for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first

pytestmark = pytest.mark.slow


# --- ACLED's crowd-size tag marks a demonstration ---------------------------------------------


def test_a_sit_in_over_killings_with_a_size_tag_is_a_peaceful_protest(pipeline):
    ev = _first(pipeline, "Relatives of three labourers kept up their sit-in outside the deputy commissioner's office in "
                          "Panjgur on 9 March 2021, its sixth day. The men were gunned down by unknown assailants at a "
                          "dam site last month. [size=around 60]")
    assert ev.sub_event_type == "Peaceful protest"


def test_the_same_sit_in_without_the_tag_is_left_to_the_other_rules(pipeline):
    # no tag, no override: the wrapper must not touch untagged reports
    text = ("Relatives of three labourers kept up their sit-in outside the deputy commissioner's office in "
            "Panjgur on 9 March 2021, its sixth day. The men were gunned down by unknown assailants at a dam site last month.")
    tagged = _first(pipeline, text + " [size=around 60]")
    assert tagged.sub_event_type == "Peaceful protest"
    assert _first(pipeline, text) is not None


def test_state_fire_on_a_tagged_march_that_kills_is_excessive_force(pipeline):
    ev = _first(pipeline, "On 2 August 2024, Levies personnel opened fire on a caravan of students heading to a rally in "
                          "Nushki (Nushki, Balochistan), killing one youth and wounding four. [size=no report]")
    assert ev.sub_event_type == "Excessive force against protesters"


def test_stone_throwing_marchers_met_by_police_with_a_tag_are_a_violent_demonstration(pipeline):
    ev = _first(pipeline, "On 6 May 2021, pupils in Khuzdar (Khuzdar, Balochistan) pelted a police post with stones and "
                          "burnt a motorbike after a classmate was held at a checkpoint; two constables were hurt. [size=no report]")
    assert ev.event_type == "Riots"


@pytest.mark.parametrize("text", [
    # arrests a day before a rally are their own event, tag or not
    "On 11 February 2025, police arrested nine party workers in raids on their homes in Kalat (Kalat, Balochistan) "
    "a day before a planned rally. [size=no report]",
    # an attack with no protest among its words keeps its type
    "On 5 June 2023, unidentified gunmen killed a schoolteacher in Awaran (Awaran, Balochistan). [size=no report]",
])
def test_a_tag_without_a_protest_changes_nothing(pipeline, text):
    ev = _first(pipeline, text)
    assert ev.event_type not in {"Protests", "Riots"}


def test_two_crowds_that_fight_until_police_intervene_stay_a_riot(pipeline):
    ev = _first(pipeline, "On 3 March 2025, pupils of two schools in Mirpur (Dhaka) fought with bamboo poles and threw "
                          "bricks at each other over a football dispute until police fired tear gas. [size=hundreds]")
    assert ev.event_type == "Riots"


def test_pupils_who_stone_the_police_and_burn_a_car_riot(pipeline):
    ev = _first(pipeline, "On 14 October 2022, schoolboys in Sukkur stoned a police van and burnt a car after a classmate's arrest.")
    assert ev.event_type == "Riots"
    assert ev.inter1 == 5


def test_arson_that_kills_a_family_is_an_attack(pipeline):
    ev = _first(pipeline, "Four members of a family died on 2 March 2019 when masked men set fire to their home in Esteli, "
                          "neighbours said; they blamed a pro-government militia.")
    assert ev.sub_event_type == "Attack"


# --- protests -----------------------------------------------------------------------------------


def test_a_crowd_gathered_to_oppose_a_project_protests(pipeline):
    ev = _first(pipeline, "Some 300 herders gathered outside the district hall in Kochkor on 5 May 2021 to oppose a new gold mine.")
    assert ev.sub_event_type == "Peaceful protest"


def test_police_who_place_activists_in_custody_intervene(pipeline):
    ev = _first(pipeline, "On 8 May 2023, a dozen climate activists blocked a bridge in Graz (Graz, Styria); police carried "
                          "them off and placed four in preventive custody. [size=around 12]")
    assert ev.sub_event_type == "Protest with intervention"


def test_police_who_dismantle_a_protest_encampment_intervene(pipeline):
    ev = _first(pipeline, "On 2 May 2024, police dismantled a student encampment at a university in Lyon (Lyon, Rhone), "
                          "arresting 30 people. [size=around 150]")
    assert ev.sub_event_type == "Protest with intervention"


# --- strategic developments -------------------------------------------------------------------


def test_arrest_of_a_trade_unionist_is_political(pipeline):
    ev = _first(pipeline, "On 12 June 2022, security agents arrested a trade unionist at his flat in Tabriz (Tabriz, East Azerbaijan).")
    assert ev.sub_event_type == "Arrests"


@pytest.mark.parametrize("text,sub", [
    ("On 4 March 2020, the government and the rebel council signed a comprehensive political and security arrangements "
     "agreement in Juba.", "Agreement"),
    ("On 2 April 2022, some 40 fighters of a Casamance rebel faction laid down their weapons before army officers in "
     "Ziguinchor under a disarmament scheme.", "Change to group/activity"),
    ("On 9 May 2022, ISWAP fighters set up a semi-permanent camp on an island near Baga (Kukawa, Borno), locals said.",
     "Headquarters or base established"),
    ("On 1 February 2022, soldiers surrounded the government palace in Bissau in an attempted coup; the president "
     "said the plotters were repelled.", None),
])
def test_strategic_developments_in_new_words(pipeline, text, sub):
    ev = _first(pipeline, text)
    if sub is not None:
        assert ev.sub_event_type == sub
    else:
        assert ev.event_type in {"Strategic developments", "Battles"}


# --- no events ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Customs officers seized 40 kilograms of opium from two couriers at the river crossing near Khorog; both were held "
    "without a shot being fired.",
    "A minibus and a fuel truck collided near Dori (Seno, Sahel) on 3 March 2023, killing 11; gendarmes found no sign of an "
    "explosive device.",
])
def test_no_event(pipeline, text):
    from test_coding_support import no_event
    no_event(pipeline, text)


def test_suspected_of_planning_rocket_attacks_is_no_shelling(pipeline):
    ev = _first(pipeline, "On 8 July 2021, counter-terrorism units raided a militia safe house in Basra and detained 9 members "
                          "suspected of planning rocket attacks on a base.")
    assert ev.sub_event_type == "Arrests"


def test_troops_entering_a_town_without_resistance_still_transfer_it(pipeline):
    ev = _first(pipeline, "On 3 May 2021, government troops entered Kolo town after the rebels pulled out; no fighting took place.")
    assert ev.sub_event_type in {"Non-violent transfer of territory", "Government regains territory"}


# --- Bangladesh and armed groups --------------------------------------------------------------


def test_factions_that_confront_each_other_firing_clash_armed(pipeline):
    ev = _first(pipeline, "On 3 June 2022, men of two Jubo League groups confronted each other at a ghat in Hatiya (Noakhali), "
                          "both sides firing locally made guns; two were killed.")
    assert ev.sub_event_type == "Armed clash"


def test_marchers_who_fire_and_are_answered_with_pistol_fire_clash_armed(pipeline):
    ev = _first(pipeline, "On 7 July 2023, Jubo Dal men on their way to a rally in Bera (Pabna) fired shotguns at an Awami "
                          "League office and the AL men answered with pistol fire; nine were hurt.")
    assert ev.sub_event_type == "Armed clash"


def test_a_return_of_artillery_fire_keeps_a_shelling(pipeline):
    ev = _first(pipeline, "On 2 January 2024, Hezbollah fired rockets at an army post near Shlomi. The army said it responded "
                          "with artillery fire; no one was hurt.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.parametrize("text", [
    "Gunmen stopped a bus on the Rangamati road on 9 March 2023 and led two UPDF supporters away at gunpoint.",
    "On 4 May 2024, an armed gang seized four fishermen in Teknaf (Cox's Bazar) and demanded a ransom of Tk 5 lakh for them.",
])
def test_abductions_in_new_words(pipeline, text):
    ev = _first(pipeline, text)
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_joint_forces_that_pick_up_activists_arrest(pipeline):
    ev = _first(pipeline, "Joint forces picked up 40 Chhatra League activists in Narsingdi on 12 February 2025, police said.")
    assert ev.sub_event_type == "Arrests"


def test_bombs_found_and_defused_during_a_blockade_are_disrupted(pipeline):
    ev = _first(pipeline, "During the opposition's blockade on 9 November 2023, police found five crude bombs in a sack beside "
                          "the highway in Tangail and a bomb disposal unit defused them.")
    assert ev.sub_event_type == "Disrupted weapons use"


def test_idols_found_broken_are_property_destruction(pipeline):
    ev = _first(pipeline, "Three idols at a Durga temple in Pirganj (Thakurgaon) were found broken on 5 March 2024; the temple "
                          "committee blamed unknown miscreants.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_a_rally_calling_for_trials_for_attacks_is_peaceful(pipeline):
    ev = _first(pipeline, "On 3 December 2024, thousands of Buddhists held a rally in Rangamati town calling for a minority "
                          "commission and trials for attacks on monasteries since August.")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_crowd_that_wrecks_a_house_before_police_arrest_someone_riots(pipeline):
    ev = _first(pipeline, "On 2 June 2025, a crowd of villagers vandalised and looted the house of a youth accused of blasphemy in "
                          "Gaibandha; police later took him into custody.")
    assert ev.event_type == "Riots"


# --- news snippets in new words (round 8) -----------------------------------------------------


@pytest.mark.parametrize("text", [
    "Some forty students held a flash-mob rally outside a Mandalay market on Sunday, unfurling a banner and scattering before "
    "soldiers arrived.",
    "Hundreds of truckers drove their rigs slowly through central Lima on Monday to oppose a new toll, sounding horns.",
    "Nurses at a district hospital in Kisumu laid down their tools on Monday over three months of unpaid salaries.",
])
def test_protests_in_new_words(pipeline, text):
    ev = _first(pipeline, text)
    assert ev.sub_event_type == "Peaceful protest"


def test_police_who_arrest_people_who_staged_a_sit_in_intervene(pipeline):
    ev = _first(pipeline, "Police arrested 30 retirees who staged a sit-in in the lobby of the pensions ministry in Bucharest on Tuesday.")
    assert ev.sub_event_type == "Protest with intervention"


def test_supporters_who_storm_a_tally_centre_and_burn_cars_riot(pipeline):
    ev = _first(pipeline, "Supporters of a losing candidate stormed the tally centre in Mendi on Friday, smashing ballot boxes and "
                          "setting fire to three cars. Police said nobody was hurt.")
    assert ev.event_type == "Riots"


def test_two_groups_in_combat_clash(pipeline):
    ev = _first(pipeline, "Since dawn on Tuesday the Clan del Golfo and ELN fighters are in combat in rural Tarazá, Antioquia; "
                          "three combatants died, the army said.")
    assert ev.sub_event_type == "Armed clash"


def test_explosives_dropped_from_a_drone_are_a_drone_strike(pipeline):
    ev = _first(pipeline, "Rebels dropped grenades from a drone onto an army post in Loikaw on Friday night, wounding three soldiers.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_shell_that_crashes_into_a_school_is_shelling(pipeline):
    ev = _first(pipeline, "A mortar shell crashed into a school yard in Horlivka on 3 March 2021, wounding a caretaker; officials "
                          "blamed government troops.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


def test_a_hostage_found_dead_is_an_attack(pipeline):
    ev = _first(pipeline, "The body of a village councillor seized by gunmen from his farm near Cotabato on Monday was found "
                          "in a ditch two days later.")
    assert ev.sub_event_type == "Attack"


@pytest.mark.parametrize("text", [
    "Bandits raided a boarding school in Kagara, Niger State, on Wednesday and took away about 40 pupils and staff.",
    "Armed men stopped the pick-up of a mayoral candidate near Reynosa and drove off with him; his party has had no word since.",
    "Gunmen barricaded the Lokoja road on Friday and marched some 20 travellers into the forest, police said.",
])
def test_abductions_in_more_new_words(pipeline, text):
    ev = _first(pipeline, text)
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_soldiers_enforcing_a_covid_curfew_who_kill_attack(pipeline):
    ev = _first(pipeline, "Soldiers enforcing a Covid-19 curfew in Gulu beat a boda-boda rider and then shot him dead, his family said.")
    assert ev.sub_event_type == "Attack"


@pytest.mark.parametrize("text,sub", [
    ("Rebel fighters walked into Bulo Burte hours after government troops abandoned their base there; residents said not a "
     "single shot was fired.", "Non-violent transfer of territory"),
    ("In an audio message, a commander of a Sulu faction said his fighters were pledging allegiance to the new leader of the "
     "Islamic State.", "Change to group/activity"),
    ("Burundi's reconciliation commission said its teams had exhumed more than 2,400 remains from mass graves in Gitega, "
     "linking them to the 1972 killings.", "Other"),
])
def test_strategic_developments_in_more_new_words(pipeline, text, sub):
    ev = _first(pipeline, text)
    assert ev.sub_event_type == sub


@pytest.mark.parametrize("text", [
    "Two armed men held up a pawnshop in Pasay on Monday and escaped with jewellery; a guard was wounded in an exchange of fire.",
    "A court in Quezon City found two police officers guilty of murdering a teenager during a drug raid in 2016, sentencing them to life.",
    "A police spokesman in Maiduguri urged residents to ignore messages warning of an imminent attack on the city.",
])
def test_no_event_in_new_words(pipeline, text):
    from test_coding_support import no_event
    no_event(pipeline, text)


# --- world and Bangladesh notes in new words (round 8) ----------------------------------------


def test_fighters_who_hack_villagers_near_a_volcano_park_attack(pipeline):
    # "Volcanoes National Park" is no natural disaster: killings by hand are no accident
    ev = _first(pipeline, "On 6 May 2020, militia fighters armed with machetes raided a hamlet near the Volcanoes National Park "
                          "in Musanze, hacking to death six residents.")
    assert ev.sub_event_type == "Attack"


def test_canisters_releasing_gas_are_a_chemical_weapon(pipeline):
    ev = _first(pipeline, "On 2 March 2024, a military drone dropped canisters that released a greenish gas over resistance "
                          "positions near Pekon, the local defence force said; three fighters fainted.")
    assert ev.sub_event_type == "Chemical weapon"


def test_exhuming_a_mass_grave_is_other(pipeline):
    ev = _first(pipeline, "On 9 April 2021, investigators began exhuming a mass grave near Hardan containing remains of villagers "
                          "killed by IS in 2014.")
    assert ev.sub_event_type == "Other"


def test_detaining_women_taking_part_in_a_womens_march_intervenes(pipeline):
    ev = _first(pipeline, "On 4 October 2020, riot police detained more than 200 women taking part in a women's march in Grodno. "
                          "[size=around 1,000]")
    assert ev.sub_event_type == "Protest with intervention"


def test_tear_gas_to_disperse_youths_is_an_intervention(pipeline):
    ev = _first(pipeline, "On 2 July 2021, police fired tear gas to disperse youths trying to hand a petition to the chief in "
                          "Nhlangano (Shiselweni).")
    assert ev.sub_event_type == "Protest with intervention"


def test_arrests_after_a_dispersal_stay_arrests(pipeline):
    ev = _first(pipeline, "On 9 April 2025, police arrested six BYC organisers in Turbat (Kech, Balochistan), a day after the "
                          "dispersal of the group's sit-in.")
    assert ev.sub_event_type == "Arrests"


def test_an_agreement_under_whose_terms_troops_withdrew_is_context(pipeline):
    ev = _first(pipeline, "On 1 December 2020, Azerbaijani troops entered Lachin district after Armenian forces withdrew under "
                          "the terms of the ceasefire agreement.")
    assert ev.sub_event_type != "Agreement"


def test_a_debt_agreement_is_no_event(pipeline):
    from test_coding_support import no_event
    no_event(pipeline, "Ghana reached an agreement with its bondholders on 24 June 2024 to restructure 13 billion dollars of debt.")


def test_officials_detained_over_their_role_in_old_protests_are_arrested(pipeline):
    ev = _first(pipeline, "Police detained 11 former HDP mayors in raids in Diyarbakir on 3 May 2021 over their alleged role in the "
                          "2014 protests.")
    assert ev.sub_event_type == "Arrests"


def test_people_who_took_part_in_a_vigil_still_protest(pipeline):
    ev = _first(pipeline, "About 300 people took part in a candlelight vigil and march in Akron on Sunday, calling for the officers "
                          "to be charged.")
    assert ev.sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("text,sub", [
    ("On 11 December 2022, men in RAB jackets bundled a ward convener of the Jagannath College Chhatra Dal unit into a microbus "
     "outside his mess in Sutrapur.", "Abduction/forced disappearance"),
    ("Four students were seized at gunpoint by armed men near Panchhari (Khagrachhari) on 3 May 2025 and taken into the hills.",
     "Abduction/forced disappearance"),
    ("Detectives took BNP joint secretary Ruhul Kabir from his Uttara home on 30 October 2023; he was later shown arrested in "
     "an arson case.", "Arrests"),
    ("Garment workers stopped traffic on the Dhaka-Tangail highway at Konabari (Gazipur) on 5 September 2024, demanding "
     "their arrears.", "Peaceful protest"),
    ("Villagers in Hatibandha (Lalmonirhat) lined up along the border on 9 January 2025 to oppose BSF fencing on disputed land.",
     "Peaceful protest"),
    ("Helmeted men broke into a Hindu home in Kaharole (Dinajpur) on 8 August 2024 and slashed the owner and his wife with machetes.",
     "Attack"),
])
def test_bangladesh_notes_in_new_words(pipeline, text, sub):
    ev = _first(pipeline, text)
    assert ev.sub_event_type == sub


def test_a_human_chain_holding_photographs_of_the_dead_is_peaceful(pipeline):
    ev = _first(pipeline, "Teachers formed a human chain in Bogura town on 5 August 2024, holding photographs of students killed "
                          "in the July protests and demanding trials.")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_party_that_would_hold_a_rally_has_not_held_it(pipeline):
    from test_coding_support import no_event
    no_event(pipeline, "Jamaat announced on 2 November 2023 that it would hold a grand rally in Motijheel on 11 November to "
                       "demand a caretaker government.")


# --- Balochistan notes in new words (round 9) -------------------------------------------------


@pytest.mark.parametrize("text", [
    "On 3 February 2022, farmers parked tractors across the Panjgur-Quetta road in Panjgur against power cuts. [size=around 60]",
    "Nushki traders observed a complete shutter-down on 9 January 2023 against gas cuts. [size=around 200]",
    "On 5 May 2022, the hunger strike camp outside the Turbat press club continued; organisers said it had lasted 40 days. "
    "Relatives held up photographs of missing men.",
    "Families of four men they said were taken away by security personnel in a raid blocked the Hoshab road in Kech on "
    "2 June 2022. [size=around 30]",
])
def test_balochistan_protests_in_new_words(pipeline, text):
    ev = _first(pipeline, text)
    assert ev.sub_event_type == "Peaceful protest"


def test_a_crowd_that_had_gathered_and_turned_violent_demonstrates(pipeline):
    ev = _first(pipeline, "On 2 August 2021, a crowd that had gathered at the Taftan border gate demanding to cross threw stones at "
                          "Levies and burnt two vehicles; Levies opened fire, killing two.")
    assert ev.event_type == "Riots"


def test_police_who_wield_batons_against_marchers_intervene(pipeline):
    ev = _first(pipeline, "On 9 May 2020, police in Quetta wielded batons against nurses marching to the Governor House and took "
                          "dozens of them into custody.")
    assert ev.sub_event_type == "Protest with intervention"


def test_a_road_block_ended_by_persuasion_stays_peaceful(pipeline):
    ev = _first(pipeline, "Residents of Harnai blocked the Sibi road on 3 January 2023 against gas cuts; the deputy commissioner "
                          "persuaded them to disperse.")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_leader_taken_into_custody_over_earlier_unrest_is_arrested(pipeline):
    ev = _first(pipeline, "On 2 February 2023, police took Haq Do Tehreek organiser Hafeez Baloch into custody at the Gwadar courts, "
                          "where he sought bail in cases registered over the December unrest.")
    assert ev.sub_event_type == "Arrests"


def test_state_fire_that_wounds_a_convoy_of_marchers_is_excessive_force(pipeline):
    ev = _first(pipeline, "On 28 July 2024, FC personnel opened fire on a convoy of BYC supporters near Kalat as it tried to pass a "
                          "road blockade, wounding nine unarmed participants.")
    assert ev.sub_event_type == "Excessive force against protesters"


# --- world notes in new words (round 9) -------------------------------------------------------


@pytest.mark.parametrize("text,sub", [
    ("On 4 June 2022, cyclists rode through central Cuenca urging a No vote in the mining referendum. [size=a few hundred]",
     "Peaceful protest"),
    ("Residents of Holguin marched through the town on 12 July 2021 against blackouts; police detained several of the "
     "marchers. [size=hundreds]", "Protest with intervention"),
    ("Indigenous activists pulled down the statue of a colonial governor in Cali on 28 April 2021 in a protest against "
     "colonial symbols. [size=around 80]", "Violent demonstration"),
    ("FARC dissidents attacked the police post in Suarez with explosive-laden drones on 2 April 2024, wounding three officers.",
     "Air/drone strike"),
    ("On 4 November 2023, tank fire hit a car carrying paramedics near Aitaroun, killing one and wounding two.",
     "Shelling/artillery/missile attack"),
    ("Residents of Shahba (Shahba, As-Sweida) gathered in the main square on 30 August 2023 for a fifth day, calling for "
     "political change. [size=hundreds]", "Peaceful protest"),
    ("Saudi air defences intercepted a Houthi drone over Khamis Mushait on 5 May 2022; falling debris lightly injured a "
     "resident.", "Disrupted weapons use"),
])
def test_world_notes_in_new_words(pipeline, text, sub):
    ev = _first(pipeline, text)
    assert ev.sub_event_type == sub


@pytest.mark.parametrize("text", [
    "A minibus carrying pilgrims overturned near Qom on 3 September 2023 after a tyre burst. Officials said 11 passengers "
    "were killed and 20 injured.",
    "The health ministry said on 2 March 2024 that the cumulative death toll since October had passed 25,000, with more than "
    "60,000 wounded.",
    "The president said his security policy would not change despite the recent attack on the city's police chief.",
])
def test_no_event_in_world_notes(pipeline, text):
    from test_coding_support import no_event
    no_event(pipeline, text)


# --- news snippets in new words (round 9) -----------------------------------------------------


@pytest.mark.parametrize("text,sub", [
    ("Irkutsk: a retired teacher stood outside the regional duma on Sunday holding a cardboard sign reading 'Release the "
     "governor'.", "Peaceful protest"),
    ("Three students were detained in Bishkek on Monday minutes after unfurling a banner against the new media law.",
     "Protest with intervention"),
    ("Scores detained at unauthorised opposition rally in Minsk.", "Protest with intervention"),
    ("Troops stormed the sit-in outside the defence ministry on 8 June 2019, firing live rounds at protesters; medics said "
     "at least 12 were killed.", "Excessive force against protesters"),
    ("Thousands of people filled a stadium in Bamako on Sunday in a show of support for the officers who seized power in "
     "August, waving flags.", "Peaceful protest"),
    ("Kyrgyzstan and Tajikistan signed a protocol ending the fighting along their border on 19 September 2022.", "Agreement"),
    ("The ICRC said it had completed the exchange of nearly 300 detainees between the two sides over two days.", "Agreement"),
    ("A Nigerian Air Force strike on a bandit camp in Zamfara killed 20 fighters on 3 May 2022, the military said.",
     "Air/drone strike"),
    ("Rebels have been in full control of the river port of Bunia since Monday, after the last army units withdrew.",
     "Non-state actor overtakes territory"),
    ("Rebel forces entered Kombolcha on Friday without meeting any resistance after government troops pulled out overnight.",
     "Non-violent transfer of territory"),
])
def test_snippets_in_round_nine_words(pipeline, text, sub):
    ev = _first(pipeline, text)
    assert ev.sub_event_type == sub


def test_a_drone_strike_amid_battles_elsewhere_is_a_drone_strike(pipeline):
    ev = _first(pipeline, "At least 12 people died when a drone struck a market in Bahir Dar on Monday. The strike came as "
                          "federal troops and militiamen battled for towns across the region.")
    assert ev.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("text", [
    "Armed robbers held up a bureau de change in Ilorin on Friday and escaped with cash. A teller was treated for minor injuries.",
    "The UN said it verified more than 1,500 grave violations against children in Mali last year, including killing and abduction.",
    "Police recorded more than 1,800 demonstrations in Lisbon in 2019, almost all without incident.",
    "The air force took delivery of six light attack aircraft at its Kaduna base on Tuesday.",
])
def test_no_event_in_round_nine_words(pipeline, text):
    from test_coding_support import no_event
    no_event(pipeline, text)


# --- Balochistan notes in new words (round 10) ------------------------------------------------


def test_police_who_pick_up_activists_from_their_homes_arrest(pipeline):
    ev = _first(pipeline, "Police in Turbat carried out night raids on 4 March 2023 and picked up at least nine BSO activists from "
                          "their homes, a day before a planned rally.")
    assert ev.sub_event_type == "Arrests"


def test_a_highway_kept_blocked_for_days_is_a_protest(pipeline):
    ev = _first(pipeline, "On 3 March 2025, families of missing men kept the Quetta-Karachi highway at Wadh blocked for a second "
                          "day. [size=around 80]")
    assert ev.sub_event_type == "Peaceful protest"


def test_the_body_of_a_murdered_man_placed_on_a_road_is_a_protest(pipeline):
    ev = _first(pipeline, "Villagers placed the body of a murdered teacher on the Nal-Khuzdar road on 4 May 2023 and called off the "
                          "blockade after Levies arrested a suspect.")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_sit_in_where_a_march_had_been_stopped_earlier_is_peaceful(pipeline):
    ev = _first(pipeline, "The party's sit-in at Sariab, where police had stopped its long march with containers, entered a fourth "
                          "day on 2 May 2025; no force was used. [size=hundreds]")
    assert ev.sub_event_type == "Peaceful protest"


# --- actor 1 of a crowd's violence --------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "On 4 May 2023, a crowd in Gandava, Jhal Magsi district, caught a youth accused of stealing a goat and beat him until police "
    "reached the spot.",
    "Villagers in Homa Bay, Kisumu County, dragged two men accused of sorcery from their huts and beat them to death, the county "
    "police commander said.",
])
def test_a_crowds_beating_is_mob_violence_when_police_arrive_later_or_speak(pipeline, text):
    ev = _first(pipeline, text)
    assert ev.sub_event_type == "Mob violence"
    assert ev.inter1 == 5
