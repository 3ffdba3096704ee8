"""Crowds, parties and police: which sub-type and which sides (issue 4). Sentences are our own."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "On 5 May 2016, angry students protesting a road death set a bus afire on the Rajshahi-Natore highway.",
        "On 5 May 2016, demonstrators burned two cars outside the district office in Bogra, protesting the arrest of a teacher.",
    ],
)
def test_protesters_who_burn_vehicles_are_a_violent_demonstration(pipeline, text):
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == "Violent demonstration"


def test_rioters_clashing_with_police_have_the_police_as_actor_2(pipeline):
    (ev,) = pipeline.extract("On 5 May 2016, twelve JCD cadres were injured as they clashed with police in Bogra town.").events
    assert ev.event_type in {"Riots", "Battles"}
    assert ev.actor2 == "Police Forces of Bangladesh (2009-2024)"


def test_bombs_thrown_while_hacking_a_man_make_an_attack(pipeline):
    (ev,) = pipeline.extract(
        "On 5 May 2016, unidentified assailants hacked a union council member to death in Sirajganj and exploded two crude bombs as they fled."
    ).events
    assert ev.sub_event_type == "Attack"


def test_bombs_alone_are_a_grenade_event(pipeline):
    (ev,) = pipeline.extract("On 5 May 2016, miscreants hurled three crude bombs at a bus in Sirajganj, injuring four passengers.").events
    assert ev.sub_event_type == "Grenade"


def test_police_who_recover_a_body_are_not_a_side(pipeline):
    (ev,) = pipeline.extract(
        "On 5 May 2016, police recovered the body of a Jubo League leader who had been strangled by unidentified men in Sirajganj."
    ).events
    assert ev.sub_event_type == "Attack"
    assert ev.actor2 == "Civilians (Bangladesh)"


def test_killed_by_their_own_rivals_is_the_group_itself(pipeline):
    (ev,) = pipeline.extract(
        "On 5 May 2016, a Jubo League leader was hacked to death by his own party men over establishing supremacy in Bogra town."
    ).events
    assert ev.actor1 == "Jubo League"
    assert "Communal Militia" not in (ev.actor1 or "")


def test_arrested_party_activists_are_civilians_of_that_party(pipeline):
    (ev,) = pipeline.extract("On 5 May 2016, police arrested 30 BNP activists in Bogra town.").events
    assert ev.sub_event_type == "Arrests"
    assert ev.actor1.startswith("Police Forces of Bangladesh")
    assert ev.actor2 == "Civilians (Bangladesh)" and ev.assoc_actor_2 == "BNP: Bangladesh Nationalist Party"


def test_a_foreign_party_acronym_in_a_street_name_is_no_actor(pipeline):
    (ev,) = pipeline.extract("On 11 July 2016, police recovered 12 crude bombs near the PTI road in Jessore town, Bangladesh.").events
    assert ev.sub_event_type == "Disrupted weapons use"
    assert "PTI" not in (ev.actor1 or "") + (ev.actor2 or "")


def test_villagers_who_fight_the_police_are_a_communal_militia(pipeline):
    (ev,) = pipeline.extract(
        "On 5 May 2016, villagers of Char Kukri clashed with police with sharp weapons in Bhola; nine policemen were injured."
    ).events
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor1.endswith("Communal Militia (Bangladesh)") and ev.inter1 == 4


def test_a_party_man_killed_over_land_by_villagers(pipeline):
    (ev,) = pipeline.extract(
        "On 5 May 2016, a local Awami League leader was hacked to death by rival villagers over a land dispute at Charpara village in Bhola."
    ).events
    assert ev.actor1.endswith("Communal Militia (Bangladesh)")


@pytest.mark.parametrize(
    "text, sub",
    [
        ("On 5 May 2016, JCD activists armed with lethal weapons clashed with police in Bogra town; 12 were injured.", "Armed clash"),
        ("On 5 May 2016, JCD activists clashed with police during a hartal procession in Bogra town; 12 were injured.",
         "Violent demonstration"),
        ("On 5 May 2016, JCD activists clashed with police over a market dispute in Bogra town; 12 were injured.", "Mob violence"),
    ],
)
def test_party_men_and_police(pipeline, text, sub):
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == sub


def test_activists_of_a_named_group_act_for_it(pipeline):
    (ev,) = pipeline.extract(
        "On 3 December 2014, a college teacher was assaulted by some activists of the college unit of Bangladesh Chhatra League (BCL) in Kurigram."
    ).events
    assert ev.actor1 == "BCL: Bangladesh Chhatra League"
    assert ev.sub_event_type == "Attack"


def test_a_fatal_beating_by_unnamed_men_is_an_attack(pipeline):
    (ev,) = pipeline.extract("On 26 May 2010, a trader was killed after a group of men assaulted him in his house in Pirojpur.").events
    assert ev.sub_event_type == "Attack"


def test_firing_at_each_other_is_a_clash(pipeline):
    (ev,) = pipeline.extract(
        "On 30 January 2021, armed supporters of two council candidates fired at each other in Ramganj; ten were injured."
    ).events
    assert ev.sub_event_type == "Armed clash"


def test_the_coders_coded_to_place_is_the_location(pipeline):
    (ev,) = pipeline.extract(
        "On 5 May 2016, BCL activists beat up a student near Shahbagh area (coded to Dhaka - Shahbagh, Dhaka); "
        "the student's home is in Feni."
    ).events
    assert ev.admin1 == "Dhaka"


def test_an_attack_on_a_rally_is_no_demonstration(pipeline):
    (ev,) = pipeline.extract(
        "On 16 December 2018, a group of AL supporters armed with sticks and sharp weapons attacked the victory rally of a BNP candidate in Chattogram city, injuring eight."
    ).events
    assert ev.event_type != "Protests" and ev.sub_event_type != "Violent demonstration"


@pytest.mark.parametrize(
    "text, sub",
    [
        ("On 21 December 2011, police prevented BNP activists led by a former city mayor from bringing out a procession in Dhaka.",
         "Protest with intervention"),
        ("On 23 April 2012, police arrested at least 71 pro-hartal activists in Barisal as the opposition took to the streets.",
         "Protest with intervention"),
        ("On 27 February 2021, Awami League activists set afire an effigy of a BNP leader in Khulna city, protesting his remarks.",
         "Peaceful protest"),
    ],
)
def test_protest_interventions_and_effigies(pipeline, text, sub):
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == sub


def test_a_rebel_faction_killing_a_rival_faction_leader_is_a_clash(pipeline):
    (ev,) = pipeline.extract(
        "On 16 July 2011, PBCP cadres killed a leader of their rival faction in Pabna upazila (Pabna, Rajshahi)."
    ).events
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor1 == "PBCP: Purba Banglar Communist Party" and ev.inter2 == 2


def test_a_mob_that_hacks_its_victim_is_an_armed_attack(pipeline):
    # ACLED: mob violence is a crowd's brawl; men who hack or stab a victim are an armed group
    (ev,) = pipeline.extract(
        "On 9 March 2017, a mob of supporters of a rival group hacked a tea stall owner with machetes in Gaibandha town, injuring him."
    ).events
    assert ev.sub_event_type == "Attack"


def test_a_mob_that_beats_its_victim_with_sticks_stays_mob_violence(pipeline):
    (ev,) = pipeline.extract(
        "On 9 March 2017, an angry mob beat up a tea stall owner with sticks in Gaibandha town, injuring him."
    ).events
    assert ev.sub_event_type == "Mob violence"


@pytest.mark.parametrize(
    "text",
    [
        "On 9 March 2017, masked men hurled two crude bombs and fired shots at the house of a union council chairman in Gaibandha town, injuring his son.",
        "On 9 March 2017, masked men opened fire and threw crude bombs at the house of a union council chairman in Gaibandha town. Nobody was hurt.",
    ],
)
def test_bombs_thrown_with_gunfire_make_an_attack(pipeline, text):
    # bombs are one weapon of a shooting attack, as when they are thrown while others hack the victim
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == "Attack"


def test_party_men_who_break_up_a_protest_make_a_protest_with_intervention(pipeline):
    # ACLED: a peaceful protest that another group (here party activists, not the police)
    # physically disperses is a protest with intervention; the attackers are rioters (actor 2)
    (ev,) = pipeline.extract(
        "On 3 March 2019, Jubo League activists attacked a human chain of teachers demanding higher pay in Gaibandha town, injuring six of them."
    ).events
    assert ev.sub_event_type == "Protest with intervention"
    assert ev.actor1 == "Protesters (Bangladesh)"
    assert ev.actor2 == "Rioters (Bangladesh)"


def test_an_armed_attack_on_a_campaign_rally_stays_an_attack(pipeline):
    (ev,) = pipeline.extract(
        "On 3 March 2019, Jubo League activists armed with machetes attacked an election campaign rally of a BNP candidate in Gaibandha town, injuring six people."
    ).events
    assert ev.sub_event_type == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "On 7 June 2014, during a dawn-to-dusk hartal, police and Jamaat activists exchanged bullets in Satkania town, leaving three people wounded.",
        "On 7 June 2014, two factions of Jubo Dal attacked each other with lethal weapons during a procession in Satkania town, leaving twelve people injured.",
    ],
)
def test_an_exchange_of_fire_during_a_strike_or_march_is_an_armed_clash(pipeline, text):
    # both sides armed and fighting: a battle, whatever demonstration the men came from
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == "Armed clash"


def test_marchers_armed_with_lethal_weapons_who_fight_where_police_are_hurt_are_an_armed_clash(pipeline):
    (ev,) = pipeline.extract(
        "On 7 June 2014, two rival groups of Jubo Dal clashed in Satkania town as they staged protest marches. Both groups were armed with lethal weapons. "
        "Nine people, including a police constable, were injured."
    ).events
    assert ev.sub_event_type == "Armed clash"


def test_party_activists_wounded_by_a_bomb_do_not_make_it_mob_violence(pipeline):
    # the activists are the victims here, not party men throwing bombs
    (ev,) = pipeline.extract(
        "On 2 August 2016, three Jubo League activists were injured in a bomb blast by unknown persons in Satkhira town."
    ).events
    assert ev.sub_event_type != "Mob violence"
    assert ev.event_type == "Explosions/Remote violence"


def test_armed_infighting_between_two_groups_of_a_party_is_an_armed_clash(pipeline):
    # "infighting" is fighting between two sides of one group, like "clash" (ACLED: armed clash when armed)
    (ev,) = pipeline.extract(
        "On 4 April 2016, two Chhatra Dal activists suffered bullet wounds in armed infighting at Comilla Victoria College."
    ).events
    assert ev.sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Troops opened fire on peaceful marchers in Kayin state on Sunday, killing at least four of them, residents said.", 4),
        ("Security forces shot dead three unarmed demonstrators during a march against the rigged vote in Conakry on Friday.", 3),
    ],
)
def test_forces_who_kill_peaceful_marchers_use_excessive_force(pipeline, text, killed):
    ev = pipeline.extract(text).events[0]
    assert ev.sub_event_type == "Excessive force against protesters"
    assert ev.fatalities == killed


def test_forces_who_beat_one_man_at_a_protest_attack_him(pipeline):
    ev = pipeline.extract(
        "On 5 May 2016, two policemen beat up a shopkeeper in Bogra for his protest against their extortion."
    ).events[0]
    assert ev.sub_event_type == "Attack"


def test_the_killing_a_sit_in_is_about_is_not_its_violence(pipeline):
    ev = pipeline.extract(
        "On 4 March 2024, the family of a student who was shot dead in a staged police raid blocked the road with his coffin "
        "and held a sit-in in Khuzdar."
    ).events[0]
    assert ev.sub_event_type == "Peaceful protest"


def test_arrests_of_them_at_a_rally_are_an_intervention(pipeline):
    ev = pipeline.extract(
        "On 4 June 2023, opposition activists held a rally in Rajshahi city demanding fresh elections, and police "
        "detained 14 of them."
    ).events[0]
    assert ev.sub_event_type == "Protest with intervention"


def test_rioters_with_no_cause_who_wreck_a_temple_are_mob_violence(pipeline):
    # ACLED: a violent demonstration is a demonstration turned violent; a crowd that wrecks
    # property with no demonstration or party behind it riots (mob violence)
    (ev,) = pipeline.extract("On 3 June 2016, unidentified rioters vandalised a village temple and smashed its idols in Narail district.").events
    assert ev.sub_event_type == "Mob violence"


def test_rioting_party_activists_who_torch_buses_are_a_violent_demonstration(pipeline):
    (ev,) = pipeline.extract("On 3 June 2016, rioting JCD activists torched two buses in Narail town.").events
    assert ev.sub_event_type == "Violent demonstration"


def test_rioters_answering_a_jailing_are_a_violent_demonstration(pipeline):
    # a riot that answers a jailing or a verdict presses a political grievance (ACLED: violent demonstration)
    (ev,) = pipeline.extract("On 3 June 2016, rioters vandalised shops in Khulna town after their leader was jailed.").events
    assert ev.sub_event_type == "Violent demonstration"


def test_a_riot_in_response_to_a_verdict_is_reported_not_dropped_as_court_news(pipeline):
    (ev,) = pipeline.extract(
        "On 3 June 2016, rioters vandalised shops in Khulna town in response to the verdict against their leader."
    ).events
    assert ev.sub_event_type == "Violent demonstration"


def test_court_news_about_a_past_attack_is_still_no_event(pipeline):
    assert not pipeline.extract("On 3 June 2016, a court sentenced two men to death for a grenade attack on a rally in Dhaka in 2004.").events


def test_a_candidates_supporters_who_beat_rivals_are_rioters(pipeline):
    # ACLED: a candidate's supporters are a crowd behind a person, not an organised armed group;
    # unarmed and killing nobody, they riot (mob violence)
    (ev,) = pipeline.extract(
        "On 5 May 2021, supporters of an independent chairman candidate attacked and injured three supporters of a rival candidate at a market in Kushtia."
    ).events
    assert ev.sub_event_type == "Mob violence"
    assert ev.actor1 == "Rioters (Bangladesh)"


def test_a_candidates_supporters_armed_with_machetes_attack(pipeline):
    (ev,) = pipeline.extract(
        "On 5 May 2021, supporters of an independent chairman candidate attacked a rival candidate with sharp-edged weapons at a market in Kushtia."
    ).events
    assert ev.sub_event_type != "Mob violence"


@pytest.mark.parametrize(
    "text",
    [
        "On 5 May 2011, bus workers put up barricades on the Jessore-Khulna highway in Jessore, protesting the arrest of a driver.",
        "On 5 May 2011, villagers barricaded the Rangpur-Dinajpur highway in Rangpur, demanding a bridge over the river.",
    ],
)
def test_protesters_who_erect_barricades_are_a_violent_demonstration(pipeline, text):
    # ACLED codebook: road-blocking with barricades is one of the acts of a violent demonstration
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == "Violent demonstration"


def test_protesters_who_block_a_road_by_standing_on_it_stay_peaceful(pipeline):
    (ev,) = pipeline.extract("On 5 May 2011, villagers blocked the Rangpur-Dinajpur highway for an hour in Rangpur, demanding a bridge.").events
    assert ev.sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "On 5 May 2017, teachers formed a human chain in Bogra town demanding punishment of the men who torched their school last week.",
        "On 5 May 2017, Hindus formed a human chain in Bogra town protesting attacks on homes, shops, temples and vandalism across the district.",
    ],
)
def test_destruction_a_protest_is_about_does_not_make_it_violent(pipeline, text):
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == "Peaceful protest"


def test_activists_demanding_a_release_who_then_riot_are_a_violent_demonstration(pipeline):
    (ev,) = pipeline.extract(
        "On 5 May 2013, during a hartal demanding the release of their leaders, Shibir activists resorted to rioting and vandalism in Bogra town."
    ).events
    assert ev.sub_event_type == "Violent demonstration"


@pytest.mark.parametrize(
    "text",
    [
        "On 5 May 2012, BCL activists assaulted four members of a left student front at Chittagong University. The students who were protesting a fee hike fled.",
        "On 5 May 2021, members of BCL attacked a group of students during a sit-in by the latter in Rajshahi city, demanding the reopening of the halls.",
    ],
)
def test_party_men_who_beat_protesters_intervene_in_a_protest(pipeline, text):
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == "Protest with intervention"


@pytest.mark.parametrize(
    "text",
    [
        "On 5 May 2021, local villagers beat up and killed a suspected cattle thief at a village in Manikganj.",
        "On 5 May 2021, a group of villagers assaulted and killed a union council member at a market in Satkania, Chittagong.",
    ],
)
def test_a_crowd_of_villagers_that_beats_someone_to_death_riots(pipeline, text):
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == "Mob violence"


def test_villagers_in_a_land_feud_stay_an_attack(pipeline):
    (ev,) = pipeline.extract("On 5 May 2011, a group of villagers beat a farmer to death over a land dispute in Kushtia.").events
    assert ev.sub_event_type == "Attack"
