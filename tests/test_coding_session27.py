"""Coding fixes found by the twenty-seventh session's fresh invented sets. Every text here is
invented for the test, in other words than the sets'."""

from __future__ import annotations

import pytest
from test_coding_support import first_event as _first
from test_coding_support import no_event as _none

pytestmark = pytest.mark.slow


# -- fatalities: which figure, whose ------------------------------------------------------------------


def test_a_quoted_vague_count_is_a_count(pipeline):
    ev = _first(pipeline, "Gunmen raided a village near Djibo on Sunday. A resident said more than 40 people died. "
                          "An aid worker spoke of 'dozens' of dead.")
    assert ev.fatalities == 12


def test_a_toll_on_both_sides_is_the_fight_s_total(pipeline):
    ev = _first(pipeline, "Troops and rebels fought near Beni on Tuesday. The army said 14 rebels were killed, while "
                          "villagers said at least nine people were killed on both sides.")
    assert ev.fatalities == 9


def test_a_group_claiming_in_a_statement_is_the_group(pipeline):
    ev = _first(pipeline, "A bomb hit a police truck near Kismayo on Monday, killing three officers, a police official said. "
                          "Al-Shabaab, in a statement on its radio station, claimed 12 policemen were killed.")
    assert (ev.fatalities, ev.fatalities_high) == (3, 12)


def test_a_source_that_spoke_to_survivors_first_gives_its_own_toll(pipeline):
    ev = _first(pipeline, "Soldiers opened fire on a market in Kutum on Friday. Residents said at least 25 people were killed. "
                          "Human Rights Watch, after interviewing survivors, put the toll at 17.")
    assert ev.fatalities == 17


def test_a_toll_of_one_side_put_by_officials(pipeline):
    ev = _first(pipeline, "Troops repelled an attack on a base in Diffa on Sunday. Local officials put the rebel death toll at six.")
    assert ev.fatalities == 6


def test_the_driver_killed_and_others_hurt(pipeline):
    ev = _first(pipeline, "Gunmen fired on a minibus near Kaduna on Thursday, killing the driver and wounding two passengers.")
    assert ev.fatalities == 1


# -- sub-types and sides ------------------------------------------------------------------------------


def test_a_cordon_after_a_grenade_is_no_raid(pipeline):
    ev = _first(pipeline, "On 2 May 2024, suspected militants hurled a grenade towards a police checkpoint in Sopore "
                          "(Baramulla, Jammu and Kashmir). The grenade exploded on the roadside, wounding two passers-by. "
                          "Police cordoned off the area.")
    assert ev.sub_event_type == "Grenade"
    assert ev.actor1.startswith("Unidentified Armed Group")


@pytest.mark.parametrize("text", [
    "On 3 March 2023, traders held a rally in Turbat (Kech, Balochistan), chanting slogans against the use of force "
    "on fishermen at the jetty. [size=no report]",
    "On 5 May 2023, families of miners killed in the Harnai coal field attack staged a sit-in in front of the press club "
    "in Quetta (Quetta, Balochistan) demanding compensation. [size=dozens]",
])
def test_the_grievance_of_a_protest_is_no_deed(pipeline, text):
    assert _first(pipeline, text).sub_event_type == "Peaceful protest"


def test_a_mob_killing_told_with_past_protests_stays_mob_violence(pipeline):
    ev = _first(pipeline, "On 12 August 2024, villagers caught a former Jubo League leader in Chatkhil upazila (Noakhali), "
                          "accused him of attacking students during the July protests, and beat him to death. [size=no report]")
    assert ev.sub_event_type == "Mob violence"


def test_youths_who_stone_soldiers_riot(pipeline):
    ev = _first(pipeline, "Angry youths torched a police car and stoned officers in Onitsha on Tuesday after a bus driver "
                          "was crushed by a patrol van.")
    assert ev.event_type == "Riots"


def test_demining_in_an_agreement_is_no_blast(pipeline):
    ev = _first(pipeline, "On 2 June 2024, the government and the rebels signed an agreement in Quibdó (Chocó) on a joint "
                          "programme for removing landmines from rural areas.")
    assert ev.sub_event_type == "Agreement"


def test_soldiers_seizing_goods_loot(pipeline):
    ev = _first(pipeline, "On 4 March 2022, soldiers seized tractors and livestock from a farm near Nova Kakhovka "
                          "(Kakhovka, Kherson) and took them across the river.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_fighters_who_move_in_without_a_fight(pipeline):
    ev = _first(pipeline, "On 9 March 2024, government troops pulled out of their base at Mong Ko (Muse, Shan-North) and "
                          "MNDAA fighters moved in later that day without any fighting.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


# -- no event -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Pyongyang fired two short-range missiles into the waters off its west coast on Sunday, its latest missile test this year.",
    "An independent inquiry into the Hyde Park bombing said on Monday that the police had ignored warnings.",
    "On 3 August 2023, a mudflow hit the village of Shovi (Racha, Racha-Lechkhumi), destroying four houses. "
    "5 people were reported missing.",
])
def test_tests_inquiries_and_mudflows_are_no_events(pipeline, text):
    _none(pipeline, text)


def test_party_men_who_wreck_a_rally_until_police_fire_riot(pipeline):
    ev = _first(pipeline, "On 3 May 2025, BNP supporters attacked a Jamaat meeting in Sadar upazila (Feni) and vandalised the "
                          "stage and several motorbikes; police fired on the crowd and one man was killed. [size=no report]")
    assert ev.sub_event_type == "Violent demonstration"


def test_forces_fighting_a_group_name_who_struck_not_a_battle(pipeline):
    ev = _first(pipeline, "At least nine people died when an air strike hit a bus station in a town in Sudan's North Kordofan "
                          "on Monday, witnesses said, blaming army forces fighting the RSF in the area.")
    assert ev.sub_event_type == "Air/drone strike"


# -- second round --------------------------------------------------------------------------------------


def test_forces_named_as_acled_names_them_keep_their_state(pipeline):
    ev = _first(pipeline, "On 12 September 2022, Military Forces of Azerbaijan (2003-) and Military Forces of Armenia (2018-) "
                          "exchanged artillery fire near Vardenis (Gegharkunik).")
    assert {ev.actor1.split(" (")[0], ev.actor2.split(" (")[0]} == {"Military Forces of Azerbaijan", "Military Forces of Armenia"}


def test_the_forces_of_a_state_named_after_the_article(pipeline):
    ev = _first(pipeline, "On 2 November 2022, the Military Forces of Russia (2000-) shelled Nikopol (Dnipropetrovsk).")
    assert ev.actor1.startswith("Military Forces of Russia")


@pytest.mark.parametrize(("text", "n"), [
    ("On 3 June 2024, a mob in Kano (Kano Municipal, Kano) beat a man accused of stealing a goat and burned him. 1 fatality.", 1),
    ("On 9 May 2024, a car bomb went off near a checkpoint in Baidoa (Baidoa, Bay). Al Shabaab claimed that 9 soldiers were "
     "killed, while officials confirmed 1 death.", 1),
    ("Troops killed four militants in a raid in Tank on Monday, the military said. A 19-year-old sepoy was also martyred "
     "in the exchange of fire, the statement added.", 5),
    ("Two policemen and a suspected Karbi People's Liberation Tigers militant were killed in a gunfight in Assam's "
     "Karbi Anglong on Friday.", 3),
    ("Gunmen and vigilantes exchanged fire in Zamfara's Gusau area on Tuesday, leaving two people dead, police said. "
     "Three more bodies were found in the bush on Wednesday, bringing the toll to five, residents said.", 5),
    ("A bomb hit a police patrol in Bannu on Friday, killing two constables, officials said. A third constable later "
     "died of his injuries in hospital, a doctor said.", 3),
    ("On 4 April 2023, two men, reportedly members of a rival gang, were shot dead in Ukhiya (Cox's Bazar); local "
     "media reported three deaths.", 2),
    ("On 3 May 2024, a suicide bomber rammed a car into an army convoy in Bajaur (Bajaur, Khyber Pakhtunkhwa). The army "
     "said 4 soldiers were killed along with the bomber. 5 fatalities.", 5),
])
def test_tolls_told_in_parts(pipeline, text, n):
    assert _first(pipeline, text).fatalities == n


@pytest.mark.parametrize(("text", "sub"), [
    ("On 5 June 2024, Protesters (Pakistan) blocked the GT Road in Gujranwala (Gujranwala, Punjab), pelting police with "
     "stones; police fired tear gas.", "Violent demonstration"),
    ("On 2 March 2024, the TNLA seized a Military Forces of Myanmar (2021-) outpost near Namhsan (Namhsan, Shan-North) "
     "after a day of fighting and raised its flag there.", "Non-state actor overtakes territory"),
    ("The Kachin Independence Army said it had captured the army's battalion headquarters in Bhamo after eight days of "
     "fighting, claiming its fighters had killed scores of soldiers.", "Non-state actor overtakes territory"),
    ("Police dispersed tricycle drivers and operators protesting a fare cut in Cebu on Monday and arrested five.",
     "Protest with intervention"),
    ("Soldiers chased students who staged a sit-in outside the university in Mandalay on Friday, arresting six.",
     "Protest with intervention"),
    ("On 8 March 2021, students' rights activists held a rally at the Turbat Press Club (Kech, Balochistan) calling for "
     "an end to harassment and honour killings. [size=around 100]", "Peaceful protest"),
    ("On 6 May 2023, police arrested 11 BNP activists in Bogura city (Bogura) in connection with the arson during the "
     "party's rally and the arson during its blockade.", "Arrests"),
    ("Troops at a camp near Bouaké mutinied on Friday over unpaid allowances, blocking the roads into the city, before "
     "returning to barracks after talks.", "Other"),
])
def test_second_round_sub_types(pipeline, text, sub):
    assert _first(pipeline, text).sub_event_type == sub


@pytest.mark.parametrize("text", [
    "On 12 June 2024, heavy rains caused the Gash river to burst its banks in Kassala (Kassala, Kassala), destroying 200 "
    "homes. Officials reported 3 deaths.",
    "On 20 May 2024, a High Court in Lagos (Ikeja, Lagos) ruled that the detention of 30 people arrested during the June "
    "protests was unlawful and granted them bail.",
    "On 11 July 2024, survivors and officials gathered at the Potocari memorial (Srebrenica, Republika Srpska) for the annual "
    "commemoration of the 1995 massacre; a candlelight vigil followed.",
    "The parliament passed a law on Thursday that bans blocking roads and holding protests near government buildings.",
    "Police in Kasur arrested a man who shot dead his cousin in what officers called an honour killing.",
    "Boca Juniors and River Plate fought a fierce battle at La Bombonera on Sunday, Boca winning 2-1 after a red card.",
    "Doctors' unions threatened on Monday to call an indefinite general strike if the government went ahead with the "
    "reform, vowing a fight in every hospital.",
])
def test_second_round_no_events(pipeline, text):
    _none(pipeline, text)


def test_a_note_s_bracketed_tag_opens_its_closing_count(pipeline):
    ev = _first(pipeline, "On 2 June 2024, unidentified gunmen shot dead two women councillors in Chilpancingo (Chilpancingo de "
                          "los Bravo, Guerrero). [women targeted: politicians] 2 fatalities.")
    assert ev.fatalities == 2


def test_a_party_s_claim_of_a_later_death_does_not_add(pipeline):
    ev = _first(pipeline, "On 3 March 2025, two BNP factions exchanged gunfire in Ramganj upazila (Lakshmipur). Jubo Dal "
                          "activist Rafiq, 28, was shot in the chest and died. Police put the toll at one, while BNP leaders "
                          "claimed a second man had died.")
    assert ev.fatalities == 1


# -- third round ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "sub"), [
    ("Rebels of the CODECO militia entered the gold-mining town of Mongbwalu in Ituri on Friday after army units pulled out the "
     "night before, residents said. No clashes were reported.", "Non-violent transfer of territory"),
    ("Striking miners hurled sticks of dynamite and stones at police in Potosi on Friday, injuring four officers; the "
     "miners are demanding a new mining law.", "Violent demonstration"),
    ("On 4 June 2024, Military Forces of Ukraine (2019-) said air defences had succeeded in shooting down 9 drones over "
     "Odesa (Odeskyi, Odesa). No damage was reported.", "Disrupted weapons use"),
    ("On 2 May 2024, Military Forces of Niger (2023-) engaged Islamic State Sahel Province (ISSP) fighters near Tillia "
     "(Tillia, Tahoua) who tried to enter the town. The army said arms were recovered.", "Armed clash"),
    ("Port workers in Marseille walked off the job on Monday in a 48-hour strike against the pension reform, gathering "
     "outside the docks.", "Peaceful protest"),
    ("Police in Mashhad detained the brother of a young protester killed in 2022 after he gave an interview to a "
     "foreign channel, a rights group said.", "Arrests"),
    ("On 3 August 2024, leaders of the Ma'awisley militia in Adale (Adale, Middle Shabelle) announced that their men "
     "would be integrated into the national army.", "Change to group/activity"),
])
def test_third_round_sub_types(pipeline, text, sub):
    assert _first(pipeline, text).sub_event_type == sub


@pytest.mark.parametrize("text", [
    "Security forces in five countries used lethal force against protesters over the past three years, Human Rights "
    "Watch said in a report released on Monday.",
    "The senate passed a bill on Wednesday that raises fines for blocking highways during protests.",
    "Thousands of fans poured onto the streets of Casablanca after the semi-final win, honking horns and blocking traffic.",
    "Police raided 25 offices in Milan on Thursday in an investigation into a network accused of tax fraud, seizing "
    "computers and cash.",
    "Pyongyang fired a short-range missile into the waters off its west coast on Sunday, Seoul said.",
])
def test_third_round_no_events(pipeline, text):
    _none(pipeline, text)


# -- after the rounds (the last round's first run) -----------------------------------------------------


def test_a_closing_count_that_includes_the_bomber(pipeline):
    ev = _first(pipeline, "On 2 June 2024, a suicide bomber blew himself up at a checkpoint in Bannu (Bannu, Khyber "
                          "Pakhtunkhwa), killing 3 soldiers. The TTP claimed the attack. 4 fatalities including the bomber.")
    assert ev.fatalities == 4


@pytest.mark.parametrize(("text", "sub"), [
    ("On 3 May 2024, the leaders of two Anglophone separatist groups announced that they would merge with a third faction "
     "in Kumba (Meme, South-West).", "Change to group/activity"),
    ("On 4 November 2023, police arrested two Jubo Dal activists with four crude bombs in Sadar upazila (Feni).", "Arrests"),
    ("On 9 August 2024, a group of rioters vandalised and looted Hindu-owned shops in Sadar upazila (Dinajpur). Local "
     "Jamaat leaders later visited the market. [size=no report]", "Mob violence"),
    ("Mutinous officers seized the national television in Niamey on Wednesday and said they had dissolved the government.",
     "Other"),
    ("Rescuers said 40 people suffered breathing problems after helicopters released canisters of chlorine over Sarmin on "
     "Tuesday.", "Chemical weapon"),
])
def test_last_round_sub_types(pipeline, text, sub):
    assert _first(pipeline, text).sub_event_type == sub


@pytest.mark.parametrize(("text", "sub", "n"), [
    ("A suicide bomber blew himself up at a campaign rally in Pakistan's Dir district on Friday, killing himself and 7 others "
     "and wounding 20, police said.", "Suicide bomb", 8),
    ("Troops fought ISWAP fighters near Monguno on Monday. An army officer said two soldiers were killed; the militants, in a "
     "statement posted on a channel linked to the group, claimed to have killed 30.", "Armed clash", 2),
    ("Gunmen shot dead a village chief and his three brothers in Mali's Segou region on Tuesday, local sources said.", "Attack", 4),
])
def test_after_the_last_round(pipeline, text, sub, n):
    ev = _first(pipeline, text)
    assert (ev.sub_event_type, ev.fatalities) == (sub, n)
