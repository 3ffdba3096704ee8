"""Coding fixes found by the eighth session's fresh invented sets (CASE-style snippets,
ACLED-style notes from around the world, Balochistan protest notes, Bangladesh notes of
2022-25). Every text here is invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first, no_event as _none

from eventatlas.gazetteer.normalize import acled_admin

pytestmark = pytest.mark.slow


# --- the government as an actor -----------------------------------------------------------


@pytest.mark.parametrize("text, banned", [
    ("On 3 March 2025, the interim government outlawed the Islami Chhatra Shibir in Dhaka (Dhaka), citing attacks on students.", "ICS"),
    ("On 3 March 2025, the Home Ministry issued a notification banning the Jubo League across Bangladesh.", "Jubo League"),
])
def test_a_ban_is_the_governments_act_on_the_banned_group(pipeline, text, banned):
    ev = _first(pipeline, text)
    assert ev.sub_event_type == "Change to group/activity"
    assert ev.actor1 == "Government of Bangladesh (2024-)"
    assert ev.inter1 == 1
    assert ev.actor2 and banned in ev.actor2


@pytest.mark.parametrize("text", [
    "On 5 July 2023, the district administration imposed Section 144 around the press club in Bhola (Bhola) after the AL and the BNP called rallies at the same spot.",
    "On 5 July 2023, Section 144 was imposed in Bhola town (Bhola) as rival factions of the BNP announced programmes.",
])
def test_section_144_is_coded_to_the_police_who_enforce_it(pipeline, text):
    ev = _first(pipeline, text)
    assert ev.sub_event_type == "Change to group/activity"
    assert ev.actor1 == "Police Forces of Bangladesh (2009-2024)"
    assert ev.actor2 is None  # the parties whose rallies prompted it are not its target


def test_a_curfew_declared_by_the_authorities_is_the_governments(pipeline):
    ev = _first(pipeline, "On 9 August 2023, authorities declared a curfew in Bandarban town (Bandarban) after clashes between settlers and Bawm villagers.")
    assert ev.sub_event_type == "Change to group/activity"
    assert ev.actor1 == "Government of Bangladesh (2009-2024)"


def test_a_party_that_dissolves_its_own_unit_stays_actor_one(pipeline):
    ev = _first(pipeline, "On 2 April 2025, the BNP dissolved its Sylhet city unit committee after its leaders were accused of extortion.")
    assert ev.sub_event_type == "Change to group/activity"
    assert ev.actor1 == "BNP: Bangladesh Nationalist Party"


# --- district spellings -------------------------------------------------------------------


@pytest.mark.parametrize("geonames, acled", [
    ("Qila Abdullah District", "Killa Abdullah"), ("Qila Saifullah", "Killa Saifullah"),
    ("Jāfarābād District", "Jaffarabad"), ("Musa Khel District", "Musakhel"),
])
def test_pakistani_districts_take_acleds_spelling(geonames, acled):
    assert acled_admin(geonames, "PK") == acled
    assert acled_admin(geonames) != acled  # only in Pakistan: the spelling is not a renaming


def test_a_protest_in_chaman_is_in_killa_abdullah(pipeline):
    ev = _first(pipeline, "On 4 May 2023, traders held a sit-in in Chaman (Killa Abdullah, Balochistan) against the closure of the border crossing.")
    assert ev.sub_event_type == "Peaceful protest"
    assert ev.admin2 == "Killa Abdullah"


# --- who did it ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "On 8 May 2023, unidentified gunmen shot dead a UPDF organiser near his house in Panchhari (Khagrachhari). UPDF blamed the PCJSS for the murder.",
    "On 8 May 2023, masked men threw two crude bombs at the home of a BNP ward leader in Kaliganj (Jhenaidah). The BNP leader alleged that Jubo League men were behind it.",
])
def test_a_charge_told_after_an_unknown_hand_names_no_perpetrator(pipeline, text):
    ev = _first(pipeline, text)
    assert ev.actor1 == "Unidentified Armed Group (Bangladesh)"
    assert ev.inter1 == 3


def test_a_group_accused_where_no_hand_is_named_stays_actor_one(pipeline):
    ev = _first(pipeline, "On 8 May 2023, a PCJSS supporter was shot dead in Juraichhari (Rangamati). The UPDF is accused of the killing.")
    assert ev.actor1 == "UPDF: United People's Democratic Front"


# --- riots and agreements -----------------------------------------------------------------


def test_students_who_chase_each_other_with_sticks_riot(pipeline):
    ev = _first(pipeline, "On 3 March 2025, students of two colleges chased each other with sticks in Feni town (Feni) over a seat on a bus. Eleven students were hurt.")
    assert ev.sub_event_type == "Mob violence"
    assert ev.actor1 == "Rioters (Bangladesh)"


def test_police_who_bring_a_fight_under_control_are_no_side(pipeline):
    ev = _first(pipeline, "On 3 March 2025, students of two polytechnic institutes clashed with sticks and bricks in Pabna town (Pabna). Police and RAB members brought the situation under control.")
    assert ev.sub_event_type == "Mob violence"


def test_an_agreement_to_refrain_from_violence_outranks_the_clash_behind_it(pipeline):
    ev = _first(pipeline, "On 9 April 2025, leaders of the BNP and the NCP in Chandina (Comilla) agreed, at a meeting called by the UNO, to refrain from violence following the clash at the bazar last week.")
    assert ev.sub_event_type == "Agreement"


# --- wording of snippets and world notes ----------------------------------------------------


@pytest.mark.parametrize("text, sub", [
    ("Insurgents overran the Khwaja Ghar district centre in Takhar province on Monday after a night of fighting with police, killing six officers.", "Non-state actor overtakes territory"),
    ("On 2 May 2024, the TNLA said it had captured the army's Northern Command headquarters in Kyaukme (Shan-North) after a month of fighting.", "Non-state actor overtakes territory"),
    ("On 5 May 2024, troops entered Jebel Moya (Sennar) after fighting with RSF units, and the army said it had 'liberated' the town.", "Government regains territory"),
    ("Three gendarmes died when their truck hit a home-made bomb on the road to Kaya on Friday, sources said.", "Remote explosive/landmine/IED"),
    ("Ethiopia and the TPLF freed some 300 prisoners on Thursday in a swap overseen by the ICRC in Mekelle.", "Agreement"),
    ("On 4 June 2022, militiamen looted the market and a pharmacy in Bambari (Ouaka) before leaving.", "Looting/property destruction"),
    ("Police used pepper spray to clear teachers who were blocking the main road in Cusco on Monday.", "Protest with intervention"),
    ("Sugarcane growers camped outside the district office in Bagalkot for a ninth straight day on Sunday, demanding arrears.", "Peaceful protest"),
    ("On 2 June 2023, a confrontation between Clan del Golfo members and ELN guerrillas took place near Riosucio (Choco).", "Armed clash"),
    ("On 6 June 2023, hundreds of party supporters forced their way into the governor's office in Peshawar (Khyber Pakhtunkhwa) and smashed windows. [size=hundreds]", "Violent demonstration"),
    ("On 8 June 2023, cow vigilantes stopped a truck near Palwal (Haryana) and beat the driver, who died later that night.", "Mob violence"),
    ("On 2 March 2024, Russian drones dropped grenades containing tear gas on Ukrainian trenches near Avdiivka (Pokrovskyi, Donetsk).", "Chemical weapon"),
    ("On 10 February 2020, Turkish troops established an observation point near Saraqib (Idleb, Idleb).", "Headquarters or base established"),
    ("On 3 April 2025, the new defence ministry announced in Damascus (Damascus) the dissolution of the remaining rebel factions.", "Change to group/activity"),
    # second round
    ("Lusaka: riot police dispersed about 40 traders who were protesting outside the civic centre on Tuesday against new levies.", "Protest with intervention"),
    ("On 7 February 2021, about 1,500 people gathered on the main square in Omsk in support of a jailed activist. Police detained 60 participants.", "Protest with intervention"),
    ("Kolda: on Saturday, after the arrest of their leader, young supporters threw stones at gendarmes and burned a tyre depot. Gendarmes replied with tear gas.", "Violent demonstration"),
    ("A 40-year-old man suspected of cattle lifting was beaten to death by a group of villagers at Sonua (West Singhbhum, Jharkhand) on 3 March 2020.", "Mob violence"),
    ("Vindicte populaire in Moramanga: on Sunday, inhabitants of the fokontany killed a presumed thief caught in a house.", "Mob violence"),
    ("Residents said a drone of the Malian army struck a wedding in Nampala (Segou) on Sunday, killing 8 civilians.", "Air/drone strike"),
    ("Armed raiders drove away about 200 goats from Lokori, Turkana East, on Monday; nobody was hurt.", "Looting/property destruction"),
    ("Turkish forces set up a new military point near Atarib (Aleppo) on 4 March 2020, SOHR said.", "Headquarters or base established"),
    ("On the night of 3 May 2021, miscreants set fire to a CPI(M) party office at Khanakul (Hooghly); the CPI(M) alleged BJP workers were behind it.", "Looting/property destruction"),
    ("Soldiers encountered about 15 NPA rebels in a village of Sipalay City, Negros Occidental, on Monday. No one was hurt.", "Armed clash"),
    ("Guards and police forcibly removed about 40 villagers protesting outside the provincial hall on Tuesday.", "Protest with intervention"),
    ("Police detained 30 people as they broke up the weekly vigil of the mothers in Taksim on Saturday.", "Protest with intervention"),
    ("On 3 June 2023, security forces fired live ammunition at opposition supporters who had gathered peacefully along the main road in Bamako (Bamako). Two people were killed.", "Excessive force against protesters"),
    ("On the night of 30 June 2023, youths in Lyon rioted over the police killing of a teenager, setting cars alight and throwing stones at officers.", "Violent demonstration"),
    ("On 2 May 2023, residents of Carrefour (Ouest) seized 3 suspected gang members from a police car, then stoned and burned them. All 3 died.", "Mob violence"),
    ("On 2 May 2021, Russian military police brokered an agreement in Tafas (Dar'a) between the regime and former rebels.", "Agreement"),
    ("On 4 February 2025, police removed students who had been blocking a bridge in Novi Sad (Novi Sad) since the morning.", "Protest with intervention"),
    ("On 4 April 2023, an IED planted by KNF members went off under an army truck in Ruma (Bandarban), injuring two soldiers. The army launched a combing operation in the area.", "Remote explosive/landmine/IED"),
    ("On 5 January 2022, supporters of an AL rebel candidate and of the AL-nominated candidate clashed with sticks in Raipura (Narsingdi) during the union parishad polls; 8 were injured.", "Mob violence"),
    ("On 9 February 2025, joint forces arrested 35 Awami League activists in Tongi (Gazipur). The drive was launched after students were attacked in Tongi on 7 February, leaving 12 injured.", "Arrests"),
    ("On 2 December 2023, police arrested five Chhatra Dal activists in Bogra (Bogra) on charges of setting fire to a bus during the blockade.", "Arrests"),
    ("On 26 February 2023, police pushed back a procession of BNP activists in Barguna town (Barguna), detaining two of them.", "Protest with intervention"),
    ("On 11 March 2023, two groups of villagers clashed with sticks and fish spears in Nabiganj (Habiganj) over a pond, injuring 30. Police fired rubber bullets to bring the situation under control.", "Mob violence"),
    # last round
    ("On 3 April 2024, workers of the mine workers' union protested in Mach (Kachhi, Balochistan) over safety. The day before, three miners were killed when methane gas exploded in a pit nearby.", "Peaceful protest"),
    ("On Monday, 6 May 2024, residents blocked the Eastern Bypass in Quetta (Quetta, Balochistan) over gas load-shedding.", "Peaceful protest"),
    ("On 2 May 2024, a landmine exploded near Jhao, killing a shepherd. On 4 May 2024, residents held a protest in Awaran (Awaran, Balochistan), blaming the blast on ordnance left after an operation.", "Peaceful protest"),
    ("On 3 May 2024, traders held a rally in Sibi (Sibi, Balochistan) against the kidnapping of a shopkeeper's son. Police said raids were being conducted to recover the boy.", "Peaceful protest"),
    ("On 3 May 2024, police used batons and detained around 15 members of the nurses' association who were marching towards the assembly in Quetta (Quetta, Balochistan).", "Protest with intervention"),
    ("Supporters of the opposition gathered again on the main avenue in Skopje on 3 May 2024, for the 12th day in a row.", "Peaceful protest"),
    ("Enfrentamientos between two armed groups were reported in the rural zone of Arauquita on 2 March 2022.", "Armed clash"),
    ("Security forces shot with live ammunition at mourners chanting slogans in Mahabad on 3 November 2022, killing 3, rights groups said.", "Excessive force against protesters"),
    ("Residents armed with sticks attacked foreign-owned shops in Diepsloot on Tuesday, assaulting several shopkeepers.", "Mob violence"),
    ("On 7 April 2019, a regime helicopter dropped a cylinder filled with a toxic substance on a house in Saraqib (Idleb).", "Chemical weapon"),
    ("On 3 May 2022, soldiers seized Oleh Kovalenko, the mayor of the town, and took him to an unknown location.", "Abduction/forced disappearance"),
    ("On 4 May 2023, an army patrol found 2 rockets mounted on a launcher in a field near Marjayoun (Marjayoun, South) and dismantled them.", "Disrupted weapons use"),
    ("On 5 May 2024, militants entered Djibasso town and took control of it after the army withdrew. Residents said no fighting took place.", "Non-violent transfer of territory"),
    ("Police detained demonstrators in central Minsk on 9 August 2020 after they gathered to protest the election results.", "Protest with intervention"),
])
def test_snippet_wording(pipeline, text, sub):
    assert _first(pipeline, text).sub_event_type == sub


@pytest.mark.parametrize("text", [
    "Police in Quito dismantled a gang that extorted shop owners, arresting nine suspects in raids on Tuesday.",
    "Police raided a drug den in Kingston on Friday, arresting six suspected dealers and seizing cocaine and a pistol. No shots were fired.",
    "Officials said the explosion that killed two people at a bakery in Nairobi was caused by a gas cylinder and not by a bomb.",
    "A man stabbed his wife to death in their flat in Lyon on Saturday and later surrendered himself to police.",
    "A woman was killed by her former partner in Malaga on Monday, who then surrendered. Government figures show it was the 12th such murder this year.",
    "The country's largest union called a general strike for 9 May 2024 against the pension reform.",
    "On 3 October 2022, a court in Brussels opened the trial of ten men over the March 2016 bombings, in which 32 people were killed.",
    "Ten years after rebels seized Bangui, residents of the PK5 district say trade has not recovered.",
    "The foreign ministry summoned the envoy to protest what it called the use of its territory by militants to plan attacks.",
    "On 4 January 2024, police said that killings had fallen by 9 percent in 2023 compared with the previous year.",
    # second round
    "The navy fired anti-ship missiles during the 'Velayat' exercise in the Sea of Oman on Friday, state media said.",
    "The teachers' federation announced a general strike on 20 May 2024 to protest the pay freeze.",
    "At least 2,000 people were killed by armed groups in the region in 2022, a new report by a monitoring group showed.",
    "Opposition leaders called for nationwide demonstrations every Tuesday starting next week to protest against fuel prices.",
    "Two guards were shot dead when armed robbers ambushed a bullion van in Lagos on Friday and escaped with the cash.",
    "Analysts warn that the group is expanding south, leaving the border districts increasingly exposed to cross-border raids.",
    "Ten years after the Euromaidan protests, veterans described how the events changed their lives.",
    # last round
    "A man was shot dead near Kariba on Saturday by a hunting companion who mistook him for an impala, police said.",
    "Robbers used explosives to blow open a cash van near Pretoria on Friday and fled with the money; a guard was injured.",
    "The army paraded new cruise missiles and drones in the capital on Friday to mark the anniversary of the war.",
    "The foreign minister met the group's delegation on Tuesday to discuss a truce and the release of hostages.",
    "A 20-year-old was shot dead in a suburb of Rosario on Sunday in what police called a settling of scores between rival drug gangs.",
    "The navy signed a contract to acquire 100 loitering munitions, officials said.",
    "A court handed down death sentences to five men over the 2017 attack on a church in the capital that killed 27 worshippers.",
    "Two workers died on Monday when dynamite stored at a building site exploded; police said the blast was accidental.",
    "A fire at a fireworks workshop in Tultepec left 4 dead on Friday.",
    "The trial of eight suspects in the 2017 Barcelona attacks resumed on Monday.",
])
def test_no_event_in_snippets(pipeline, text):
    _none(pipeline, text)


# --- Balochistan protest notes ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # the deed dated by a weekday with its date in brackets
    "On 9 June 2024, relatives of two brothers held a sit-in with their bodies in Panjgur (Panjgur, Balochistan). The brothers were shot dead by FC personnel at a checkpoint late on Friday (7 June), the family said.",
    # armed men's arson the protest follows
    "On 9 June 2024, transporters staged a sit-in on the highway in Khuzdar (Khuzdar, Balochistan) after unidentified armed men torched three oil tankers on Saturday night. [size=no report]",
    # second round
    # the deed on a weekday other than the note's day (10 March 2024 was a Sunday)
    "On 10 March 2024, shopkeepers closed their shops and marched in Wadh (Khuzdar, Balochistan) against the killing of a trader, who was shot dead by two men on a motorcycle on Friday evening.",
    # the deed over a range of days
    "Miners held a protest in Chamalang (Kohlu, Balochistan) on 14 May 2024. Overnight on 11-12 May, gunmen attacked the miners' camp and killed seven workers.",
    # the bodies held at the sit-in, found later in the note
    "On 2 April 2024, tribesmen continued a sit-in with the bodies of three brothers on the highway in Quetta (Quetta, Balochistan). The bodies were found in a dry stream bed in Kohlu on Saturday.",
    # a mine accident behind the protest, by a union of mine workers
    "On 3 April 2024, members of the mine workers' union protested in Sanjdi (Quetta, Balochistan) after a gas explosion in a coal mine on Monday left five miners dead and three injured.",
    # armed men's deeds, joined by "and", a week before
    "On 3 April 2024, transporters protested in Sibi (Sibi, Balochistan) a week after armed men stopped two trucks and set fire to them on the highway.",
])
def test_protest_with_its_cause_told_in_new_ways(pipeline, text):
    ev = _first(pipeline, text)
    assert ev.sub_event_type == "Peaceful protest"
    assert ev.fatalities == 0


@pytest.mark.parametrize("text, district", [
    # a town the gazetteer places in no district, and one it lacks (with a district it lacks too)
    ("On 3 June 2024, residents held a protest in Washuk town (Washuk, Balochistan) against power cuts.", "Washuk"),
    ("On 3 June 2024, residents held a protest in Sherani (Sherani, Balochistan) against power cuts.", "Sherani"),
])
def test_the_notes_own_district_bracket_gives_admin2(pipeline, text, district):
    assert _first(pipeline, text).admin2 == district


# --- second round: protest background, places and communal militias -------------------------


def test_a_protest_camp_that_completes_its_days_is_a_protest(pipeline):
    ev = _first(pipeline, "On 1 June 2024, the hunger-strike camp of the missing persons' families outside the Karachi Press Club (Karachi, Sindh) completed 300 days.")
    assert ev.sub_event_type == "Peaceful protest"


def test_arrests_a_day_after_a_sit_in_was_broken_up_are_arrests(pipeline):
    ev = _first(pipeline, "On 5 May 2025, police arrested five BYC leaders in Turbat (Kech, Balochistan), two days after the dispersal of their sit-in at Fida Chowk.")
    assert ev.sub_event_type == "Arrests"


def test_the_bracketed_town_is_the_location(pipeline):
    ev = _first(pipeline, "On 6 May 2024, a convoy of workers heading to a rally in Gwadar was stopped and fired on at a checkpoint in Kalat (Kalat, Balochistan). One worker was killed.")
    assert ev.location == "Kalat"


@pytest.mark.parametrize("text, actor1, actor2", [
    ("On 4 May 2022, two groups of Charghat village clashed with spears and sticks over a land dispute in Natore Sadar (Natore), leaving 12 injured.",
     "Charghat Communal Militia (Bangladesh)", "Charghat Communal Militia (Bangladesh)"),
    ("On 4 May 2019, villagers of Dighirpar village and Kandirpar village clashed with lethal weapons over a grazing field in Hajiganj (Chandpur), leaving 20 injured.",
     "Dighirpar Communal Militia (Bangladesh)", "Kandirpar Communal Militia (Bangladesh)"),
])
def test_a_communal_militia_is_named_after_its_village(pipeline, text, actor1, actor2):
    ev = _first(pipeline, text)
    assert (ev.actor1, ev.actor2) == (actor1, actor2)


# --- agreements and crowds (second and last rounds) ----------------------------------------


def test_children_returned_under_a_peace_deal_are_no_abduction(pipeline):
    ev = _first(pipeline, "On 3 March 2023, elders of two communities signed a peace agreement in Bor (Bor South, Jonglei). Under the deal they committed to returning 20 abducted children.")
    assert ev.sub_event_type == "Agreement"


@pytest.mark.parametrize("text", [
    "On 6 August 2024, in Tongi (Gazipur), a huge crowd surrounded the police outpost and beat a constable to death as he tried to flee. Army personnel later rescued five other police members.",
    "On 4 March 2025, in Ullapara (Sirajganj), villagers attacked a police team that had come to arrest a man wanted in a theft case, injuring two constables, and freed him. Police later arrested three people over the attack.",
])
def test_an_unarmed_crowd_that_attacks_the_police_riots(pipeline, text):
    ev = _first(pipeline, text)
    assert ev.sub_event_type == "Mob violence"
    assert ev.actor1 == "Rioters (Bangladesh)"
