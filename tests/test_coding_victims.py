"""Who the victim is decides the event type (issue 4): ACLED's codebook on combatants and civilians.

Reports are written for these tests.
"""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March 2015, a senior leader of the UPDF was shot dead by unidentified gunmen near his house in Dighinala upazila (Khagrachhari).",
        "On 9 September 2016, two activists of the PCJSS were hacked to death by cadres of the UPDF in Baghaichari upazila (Rangamati).",
    ],
)
def test_a_political_militia_member_attacked_without_a_fight_is_a_civilian_victim(pipeline, text):
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == "Attack"
    assert ev.actor2 == "Civilians (Bangladesh)" and ev.inter2 == 7


def test_a_clash_between_political_militias_stays_a_battle(pipeline):
    (ev,) = pipeline.extract(
        "On 3 March 2015, UPDF and PCJSS cadres exchanged fire in Dighinala upazila (Khagrachhari), leaving one PCJSS activist dead."
    ).events
    assert ev.sub_event_type == "Armed clash"


def test_a_police_informant_is_a_civilian(pipeline):
    (ev,) = pipeline.extract("On 2 June 2019, unidentified assailants stabbed to death a police informant in Khulna city.").events
    assert ev.sub_event_type == "Attack"
    assert ev.actor2 == "Civilians (Bangladesh)"


def test_a_rebel_leader_killed_by_unknown_men_is_a_battle_with_an_unidentified_group(pipeline):
    (ev,) = pipeline.extract(
        "On 4 August 2014, a regional commander of the PBCP was stabbed to death at a village in Sadar upazila (Kushtia, Khulna)."
    ).events
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor1 == "Unidentified Armed Group (Bangladesh)"
    assert ev.actor2 == "PBCP: Purba Banglar Communist Party" and ev.inter2 == 2


def test_a_rebel_cadre_chopped_by_rivals_is_a_fight_within_the_group(pipeline):
    (ev,) = pipeline.extract(
        "On 7 May 2012, a cadre of the outlawed Purba Banglar Communist Party was chopped to death by his rivals in Sadar upazila (Jhenaidah, Khulna)."
    ).events
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor1 == ev.actor2 == "PBCP: Purba Banglar Communist Party"


def test_party_factions_with_sharp_weapons_and_police_are_an_armed_clash(pipeline):
    (ev,) = pipeline.extract(
        "On 5 April 2021, two groups of Awami League members clashed with sharp weapons at a village in Khoksa upazila (Kushtia), injuring 12 people including a policeman."
    ).events
    assert ev.sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May 2019, two groups of villagers clashed over a disputed pond at a village in Raipura upazila (Narsingdi), leaving 12 injured. Both sides were armed.",
        "On 9 August 2020, a farmer was stabbed to death during a clash between two groups of villagers over land at a village in Bhanga upazila (Faridpur).",
    ],
)
def test_a_fight_between_armed_groups_of_villagers_is_an_armed_clash(pipeline, text):
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == "Armed clash"
    assert ev.inter1 == 4


def test_an_unarmed_brawl_between_villagers_stays_mob_violence(pipeline):
    (ev,) = pipeline.extract(
        "On 4 May 2019, two groups of villagers clashed over a disputed pond at a village in Raipura upazila (Narsingdi), leaving 12 injured."
    ).events
    assert ev.sub_event_type == "Mob violence"


def test_police_firing_tear_gas_at_a_brawl_does_not_make_it_an_armed_clash(pipeline):
    (ev,) = pipeline.extract(
        "On 3 June 2014, residents of two neighbourhoods clashed in Senbagh town (Noakhali) over a wedding, "
        "injuring nine. Police fired tear gas to bring the situation under control."
    ).events
    assert ev.sub_event_type == "Mob violence"


def test_demonstrators_clashing_unarmed_with_police_riot(pipeline):
    (ev,) = pipeline.extract(
        "On 8 May 2020, garment workers demonstrating for unpaid wages clashed with police in Gazipur city, leaving six injured."
    ).events
    assert ev.sub_event_type == "Violent demonstration"


def test_the_police_who_made_an_arrest_are_not_the_attackers(pipeline):
    (ev,) = pipeline.extract(
        "On 12 March 2014, a constable was killed when JeI cadres opened fire to free a leader who had been arrested by the police in Satkhira town."
    ).events
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor1 == "JeI: Jamaat-e-Islami"
    assert (ev.actor2 or "").startswith("Police Forces of Bangladesh")


def test_an_ambush_by_a_rival_group_is_an_attack_not_a_riot(pipeline):
    (ev,) = pipeline.extract(
        "On 3 May 2012, a Jubo League leader was stabbed and injured in an ambush by a rival group in Pabna town."
    ).events
    assert ev.sub_event_type == "Attack"


def test_rioters_pressing_a_demand_make_a_violent_demonstration(pipeline):
    (ev,) = pipeline.extract(
        "On 6 March 2012, Jamaat activists clashed with police in Bogra town, demanding the release of their detained leaders. Eight people were injured."
    ).events
    assert ev.sub_event_type == "Violent demonstration"


def test_men_demanding_toll_money_are_no_demonstrators(pipeline):
    (ev,) = pipeline.extract(
        "On 6 March 2012, a mob beat up a trader who refused to pay the toll money they demanded at a market in Bogra town."
    ).events
    assert ev.sub_event_type != "Violent demonstration"


def test_police_fire_to_end_a_party_brawl_is_not_the_rioters_arms(pipeline):
    (ev,) = pipeline.extract(
        "On 2 December 2019, supporters of two councillor candidates clashed in Kendua union (Madaripur), injuring 11. "
        "Police fired several rounds to disperse them."
    ).events
    assert ev.sub_event_type == "Mob violence"


def test_tear_gas_shells_are_no_shelling():
    from eventatlas.eventtype import find_triggers
    from eventatlas.text import make_document

    doc = make_document("Police fired rubber bullets and teargas shells on the rioters, then lobbed tear gas shells.")
    assert not any(t.sub_event_type == "Shelling/artillery/missile attack" for t in find_triggers(doc))
    doc = make_document("The army shelled the village for two hours.")
    assert any(t.sub_event_type == "Shelling/artillery/missile attack" for t in find_triggers(doc))


@pytest.mark.parametrize(
    "text, sub",
    [
        ("On 11 March 2015, unidentified persons hurled a petrol bomb at a truck in Chitabo (Gaibandha), leaving its driver with burns.",
         "Mob violence"),
        ("On 6 February 2015, unidentified persons hurled petrol bombs at a bus in Gaibandha during the opposition's hartal, injuring eight.",
         "Violent demonstration"),
        ("On 8 May 2012, Indian BSF men hurled a cocktail at Bangladeshi cattle traders at the Hakimpur border (Dinajpur), injuring one.",
         "Attack"),
    ],
)
def test_incendiary_devices_are_no_explosions(pipeline, text, sub):
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == sub


def test_a_brawl_over_a_cricket_match_is_no_sports_report(pipeline):
    (ev,) = pipeline.extract(
        "On 19 November 2010, following a clash between two groups of villagers over a cricket match, police fired "
        "rubber bullets to disperse the crowd in Sarail upazila (Brahmanbaria). Four people were injured."
    ).events
    assert ev.event_type == "Riots"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 August 2016, five militants were killed when police raided a hideout in Rajshahi city.",
        "On 9 April 2017, two suspected militants blew themselves up when RAB raided their hideout in Sylhet city.",
    ],
)
def test_a_deadly_raid_on_a_militant_hideout_is_a_battle(pipeline, text):
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "On 14 October 2021, members of the Hindu community formed a human chain in Narsingdi town, protesting against the vandalism of a temple.",
        "On 28 April 2019, villagers besieged the Tangail police station and staged a demonstration against police harassment.",
    ],
)
def test_a_protest_about_destruction_or_besieging_an_office_is_peaceful(pipeline, text):
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March 2020, relatives of a youth who was killed in a land dispute staged a protest outside the press club in Rangpur city, demanding justice.",
        "On 25 November 2020, women's groups formed a human chain in Barisal city on the International Day Against Torture of Women.",
        "On 2 July 2016, a cultural alliance held a candle-lit vigil in Dhaka city in memory of those killed in the cafe siege.",
    ],
)
def test_violence_named_as_a_protests_background_is_no_attack(pipeline, text):
    (ev,) = pipeline.extract(text).events
    assert ev.event_type == "Protests"


@pytest.mark.parametrize(
    "text",
    [
        "On 30 March 2020, a police informer was killed by unidentified assailants in Tongi (Gazipur).",
        "On 5 June 2016, motorbike-riding assailants stabbed and shot dead the wife of a police officer in Chittagong city. "
        "The officer had led many drives against JMB militants.",
        "On 11 December 2021, a man was killed by officials of the Detective Branch in custody after his arrest in Debhata upazila (Satkhira).",
    ],
)
def test_civilians_tied_to_the_forces_or_held_by_them_are_attacked_not_fought(pipeline, text):
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == "Attack"
    assert ev.actor2 == "Civilians (Bangladesh)"


@pytest.mark.parametrize(
    "text",
    [
        "On 29 August 2013, seven policemen were injured during a raid on a meeting of JeI. The activists attacked the policemen with sharp weapons.",
        "On 11 May 2013, a constable was killed when police came under attack from locals with sharp weapons during a raid in Kaliganj upazila (Jhenaidah).",
    ],
)
def test_an_attack_on_the_police_is_a_battle_with_the_police(pipeline, text):
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == "Armed clash"
    assert "Police Forces of Bangladesh" in (ev.actor2 or "")


@pytest.mark.parametrize(
    "text",
    [
        "On 4 February 2016, police recovered the beheaded body of a regional commander of the outlawed Purbo Banglar Communist Party (PBCP) at a village in Harinakundu upazila (Jhenaidah).",
        "On 15 January 2012, a leader of an outlawed outfit was found killed in Khulna city. The deceased was identified as a regional leader of Purba Bangler Communist Party.",
    ],
)
def test_the_group_of_a_dead_rebel_named_later_is_his_own(pipeline, text):
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor2 == "PBCP: Purba Banglar Communist Party"


def test_villagers_who_beat_a_suspected_thief_to_death_are_a_mob(pipeline):
    (ev,) = pipeline.extract(
        "On 11 September 2018, a suspected thief was beaten to death by villagers at a village in Bijoynagar upazila (Brahmanbaria)."
    ).events
    assert ev.sub_event_type == "Mob violence"
    assert ev.actor1 == "Rioters (Bangladesh)" and ev.actor2 == "Civilians (Bangladesh)"


@pytest.mark.parametrize(
    "text, event_type",
    [
        ("On 26 December 2018, suspected AL activists stabbed and injured a BNP candidate shortly before the start of his campaign rally in Ishwardi upazila (Pabna).",
         "Violence against civilians"),
        ("On 8 April 2015, a group of AL activists fired at a BNP procession in Savar, injuring 12 people.", "Violence against civilians"),
        ("On 5 January 2015, two BNP men were killed when police opened fire on a BNP procession in Chapainawabganj town.", "Protests"),
    ],
)
def test_an_attack_on_a_rally_by_others_is_no_protest_but_police_fire_on_one_is(pipeline, text, event_type):
    (ev,) = pipeline.extract(text).events
    assert ev.event_type == event_type


@pytest.mark.parametrize(
    "text, sub",
    [
        ("On 2 May 2015, militants killed five people for working with the security forces in a village near Mosul.", "Attack"),
        ("On 4 May 2015, two policemen died and three were wounded in an ambush in eastern Afghanistan.", "Armed clash"),
        ("On 3 May 2004, gunmen belonging to the Jaish-e-Mohammed raided a temple complex in Ahmedabad, killing 30 people.", "Attack"),
    ],
)
def test_forces_named_beside_an_attack_on_civilians_do_not_make_it_a_battle(pipeline, text, sub):
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == sub


def test_acleds_non_violent_activity_label_names_other(pipeline):
    (ev,) = pipeline.extract(
        "Non-violent activity: On 3 May 2014, unidentified men exploded a crude bomb near a party office in Bogra town. No one was hurt."
    ).events
    assert ev.sub_event_type == "Other"
    assert ev.event_type == "Strategic developments"


def test_a_family_planning_inspector_is_no_policeman(pipeline):
    (ev,) = pipeline.extract(
        "On 4 October 2021, unidentified men shot dead a food inspector in Bauphal upazila (Patuakhali)."
    ).events
    assert ev.sub_event_type == "Attack"
    assert ev.actor2 == "Civilians (Bangladesh)"


def test_a_family_planning_officer_stabbed_is_no_planned_attack(pipeline):
    (ev,) = pipeline.extract(
        "On 4 October 2021, a family planning inspector was stabbed by assailants in Bauphal upazila (Patuakhali)."
    ).events
    assert ev.sub_event_type == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2016, members of a PBCP faction shot dead a factional rival at a village in Pabna.",
        "On 3 June 2016, a JMB member was hacked to death by rival JMB men over an internal conflict in Gaibandha.",
    ],
)
def test_an_armed_group_killing_its_own_rivals_is_an_armed_clash(pipeline, text):
    # ACLED: fighting between factions of one armed movement is a battle, not violence against civilians
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2016, policemen beat up and detained two reporters covering a strike in Narayanganj.",
        "On 3 June 2016, a union leader was hacked by rivals in Gaibandha. Police detained two men in connection with the attack.",
    ],
)
def test_an_arrest_with_a_beating_or_after_an_attack_codes_the_attack(pipeline, text):
    # ACLED: forces that beat the people they detain attack them; an arrest that follows an attack is not the event
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == "Attack"


def test_an_attack_followed_by_an_arrest_keeps_the_attackers_as_actor_1(pipeline):
    (ev,) = pipeline.extract(
        "On 3 June 2016, a union leader was hacked by JCD activists in Gaibandha. Police detained two JCD activists in connection with the attack."
    ).events
    assert "Police" not in (ev.actor1 or "")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("On 4 June 2019, border guards of Myanmar shot dead a fisherman in Ukhia upazila of Cox's Bazar district, Bangladesh.", "Border Guard Force"),
        ("On 4 June 2019, a cattle trader was killed in the firing of Indian border guards in Sharsha upazila of Jessore district, Bangladesh.", "Border Security Force"),
    ],
)
def test_foreign_border_guards_are_external_forces(pipeline, text, actor):
    # ACLED: state forces acting outside their own country are 'External/Other forces' (inter 8)
    (ev,) = pipeline.extract(text).events
    assert actor in (ev.actor1 or "") and ev.inter1 == 8


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("On 4 June 2020, Indian Khasias shot dead a betel leaf collector near the border in Gowainghat upazila of Sylhet, Bangladesh.",
         "Khasi Tribal Militia (Bangladesh)"),
        ("On 4 June 2020, armed Rohingya assailants shot dead a shopkeeper in Teknaf upazila of Cox's Bazar, Bangladesh.",
         "Rohingya Muslim Militia (Myanmar)"),
    ],
)
def test_identity_militias_of_the_bangladesh_borderlands(pipeline, text, actor):
    # ACLED names armed men of an ethnic or religious community as that community's militia (inter 4)
    (ev,) = pipeline.extract(text).events
    assert ev.actor1 == actor and ev.inter1 == 4


def test_muslim_community_members_who_wreck_temples_are_a_muslim_militia(pipeline):
    (ev,) = pipeline.extract(
        "Property destruction: On 14 October 2021, a group of Muslim community members vandalised idols at a Hindu temple in Feni town, Bangladesh."
    ).events
    assert ev.actor1 == "Muslim Militia (Bangladesh)" and ev.inter1 == 4


@pytest.mark.parametrize(
    "text",
    [
        "On 12 March 2013, gunmen shot dead the son of a public prosecutor in Jessore town.",
        "On 10 May 2024, gunmen shot dead a mayoral candidate at a campaign event in Celaya, Mexico, state prosecutors said.",
        "On 7 January 2019, armed men cut an elderly man's wrists in Khulna city over a land dispute.",
    ],
)
def test_prosecutors_named_as_victims_or_sources_make_no_court_news(pipeline, text):
    assert pipeline.extract(text).events
