"""ACLED coding of short reports written for these tests (issue 4): types, actors, fatalities."""

import pytest

CASES = [
    # text, sub_event_type, actor1 contains, actor2 contains (None: no actor 2), fatalities
    ("On 3 May 2021, unidentified gunmen shot dead a trader in Khulna city.", "Attack", "Unidentified Armed Group", "Civilians", 1),
    ("On 8 June 2017, a local leader of the PBCP was killed in a gunfight with RAB in Rajbari.", "Armed clash", "PBCP", "Police Forces of Bangladesh", 1),
    ("On 5 May 2019, students staged a human chain in Rajshahi city demanding road safety.", "Peaceful protest", "Protesters (Bangladesh)", None, 0),
    ("On 6 May 2019, police fired tear gas to disperse protesters in Sylhet city.", "Protest with intervention", "Protesters (Bangladesh)", "Police Forces of Bangladesh", 0),
    ("On 7 May 2019, protesters vandalised shops and torched three buses in Bogra town.", "Violent demonstration", "Rioters (Bangladesh)", None, 0),
    ("On 9 May 2019, police recovered five crude bombs from a bamboo cluster in Jessore town.", "Disrupted weapons use", "Police Forces of Bangladesh", "Unidentified Armed Group", 0),
    ("On 2 October 2020, Boko Haram fighters abducted 12 women from a village near Maiduguri.", "Abduction/forced disappearance", "Boko Haram", "Civilians (Nigeria)", 0),
    ("On 22 March 2018, a suicide bomber blew himself up at a checkpoint in Kabul, killing 7 people.", "Suicide bomb", "", "", 8),
    ("On 4 April 2016, a roadside bomb struck a military vehicle in Kunduz, wounding three soldiers.", "Remote explosive/landmine/IED", "", "Military Forces of Afghanistan", 0),
    ("On 12 July 2021, Somali government forces recaptured the town of Afgooye from al Shabaab.", "Government regains territory", "Military Forces of Somalia", "Al Shabaab", 0),
    ("On 9 June 2017, al Shabaab militants took control of the town of Bulo Burde after government troops withdrew.", "Non-state actor overtakes territory", "Al Shabaab", "", 0),
    ("On 11 November 2021, the TTP announced a ceasefire with the Pakistani government for one month.", "Change to group/activity", "TTP", None, 0),
]


@pytest.mark.parametrize("text,sub,a1,a2,fatalities", CASES)
def test_coding(pipeline, text, sub, a1, a2, fatalities):
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == sub
    assert a1 in (ev.actor1 or "")
    if a2 is None:
        assert ev.actor2 is None
    else:
        assert a2 in (ev.actor2 or "")
    assert ev.fatalities == fatalities
    assert 1 <= ev.inter1 <= 8


def test_abduction_with_a_killing_is_an_attack(pipeline):
    (ev,) = pipeline.extract("On 4 June 2020, gunmen abducted a trader in Khulna and killed him.").events
    assert ev.sub_event_type == "Attack"


def test_vague_and_qualified_figures(pipeline):
    (ev,) = pipeline.extract("On 4 June 2020, dozens of people were killed when militants attacked a market in Maiduguri.").events
    assert ev.fatalities == 12
    assert ev.claims[0].qualifier in {"vague", "exact", "approximately"}


def test_lowest_credible_report_and_range(pipeline):
    text = (
        "On 4 June 2020, militants attacked a police post in Bannu. Police said three officers were killed. "
        "The militants claimed that 20 policemen were killed."
    )
    (ev,) = pipeline.extract(text).events
    assert ev.fatalities == 3
    assert ev.fatalities_high is not None and ev.fatalities_high >= 20
    stances = {c.stance for c in ev.claims}
    assert {"official", "perpetrator_claim"} <= stances


@pytest.mark.parametrize(
    "text,sub",
    [
        ("Arrests: On 3 March 2019, detectives arrested 12 BNP activists with five crude bombs in Jessore town.", "Arrests"),
        ("Weapons seizure: On 4 March 2019, RAB recovered two pistols from a house in Khulna city.", "Disrupted weapons use"),
        ("Security measures: On 5 March 2019, Section 144 was imposed in Bogra town ahead of rival rallies.", "Change to group/activity"),
        ("Property destruction: On 6 March 2019, unidentified people torched a party office in Feni town.", "Looting/property destruction"),
    ],
)
def test_acled_note_labels_name_the_strategic_development(pipeline, text, sub):
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == sub


@pytest.mark.parametrize(
    "text",
    [
        "On 14 May 2023, traders observed a shutter-down strike in Turbat (Kech, Balochistan) against the closure of the Iran border.",
        "On 20 August 2023, BYC activists staged a rally in Panjgur (Balochistan) to protest the killing of a youth by security forces.",
        "On 3 September 2023, students boycotted classes at the University of Turbat to protest the abduction of a student.",
        "On 15 November 2023, lawyers boycotted court proceedings in Quetta to protest an attack on a fellow lawyer.",
        "On 9 July 2023, relatives of missing persons held a sit-in outside the Quetta Press Club against enforced disappearances.",
    ],
)
def test_protests_about_violence_are_peaceful_protests(pipeline, text):
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == "Peaceful protest"
    assert ev.actor1 == "Protesters (Pakistan)"


@pytest.mark.parametrize(
    "text,sub,country",
    [
        ("Police fired tear gas at thousands of protesters in Santiago demanding pension reform.", "Protest with intervention", "Chile"),
        ("Hundreds of farmers marched to parliament in Nairobi to protest against new taxes.", "Peaceful protest", "Kenya"),
        ("Rebels and government troops clashed near Goma, leaving at least ten fighters dead.", "Armed clash", "Democratic Republic of Congo"),
        ("Rioters set fire to shops and cars in Johannesburg after the arrest of the former president.", "Violent demonstration", "South Africa"),
        ("An airstrike hit a market in Idlib, killing 12 civilians.", "Air/drone strike", "Syria"),
        ("Two soldiers were killed when their vehicle hit a landmine in Kidal.", "Remote explosive/landmine/IED", "Mali"),
    ],
)
def test_one_sentence_snippets_from_anywhere(pipeline, text, sub, country):
    (ev,) = pipeline.extract(text).events
    assert (ev.sub_event_type, ev.country) == (sub, country)


def test_a_call_to_protest_is_no_protest(pipeline):
    assert pipeline.extract("The opposition called for nationwide protests next week.").events == []


def test_a_toll_of_another_year_in_the_report_is_not_this_events(pipeline):
    (ev,) = pipeline.extract(
        "A car bomb at a market in Peshawar killed at least 15 people on 3 May 2013. "
        "A suicide bombing at a mosque in the same town killed more than 70 people in 2010."
    ).events
    assert ev.fatalities == 15


def test_the_parts_of_a_total_over_several_attacks_are_not_added(pipeline):
    (ev,) = pipeline.extract(
        "A wave of bombings across the city killed 19 people on 4 May 2013. In the main market, a car bomb "
        "killed eight shoppers. Later, a roadside bomb killed five soldiers near the stadium."
    ).events
    assert ev.fatalities == 19
    # but victims said to be more are more: "four attackers were also killed"
    (ev,) = pipeline.extract(
        "A series of attacks on checkpoints killed 12 policemen on 4 May 2013. Four attackers were also killed."
    ).events
    assert ev.fatalities == 16


@pytest.mark.parametrize(
    "text, sub",
    [
        # the bomber's vest or belt set off, or the bomber killed with the victims: a suicide bomb
        ("A man detonated his explosive belt at a wedding hall in Mardan on Sunday, wounding 14 guests.", "Suicide bomb"),
        ("A boy strapped with explosives walked into the mosque in Konduga and blew them up, killing himself and six worshippers.",
         "Suicide bomb"),
        # a person taken from home and not seen since: a forced disappearance
        ("A lawyer has not been seen since men in plain clothes took him from his house in Lahore on Tuesday, his wife said.",
         "Abduction/forced disappearance"),
        ("The rebels and the army agreed to swap 40 prisoners next week, the mediators said.", "Agreement"),
        ("Police stopped a truck loaded with explosives at a checkpoint near Kabul, averting a major attack.",
         "Disrupted weapons use"),
        # ACLED: the discovery of a mass grave is a strategic development (other)
        ("Forensic teams opened a mass grave outside Izium containing 30 bodies.", "Other"),
    ],
)
def test_sub_types_first_missed_by_a_fresh_set(pipeline, text, sub):
    ev = pipeline.extract(text).events[0]
    assert ev.sub_event_type == sub


@pytest.mark.parametrize(
    "text, sub",
    [
        # South Asian protest words
        ("Hundreds of teachers staged a dharna in front of the district office in Patiala demanding pay arrears.",
         "Peaceful protest"),
        ("Traders observed a bandh in Imphal against the extortion by armed groups.", "Peaceful protest"),
        # arrests for links with an armed group are political
        ("Police arrested three youths in Baramulla for their alleged links with the Jaish-e-Mohammed.", "Arrests"),
    ],
)
def test_south_asian_protest_words_and_arrests_for_links(pipeline, text, sub):
    ev = pipeline.extract(text).events[0]
    assert ev.sub_event_type == sub


def test_investors_who_rally_against_falling_prices_protest(pipeline):
    ev = pipeline.extract("On 3 May 2011, small investors held a rally in Motijheel, Dhaka against the fall of share prices.").events[0]
    assert ev.sub_event_type == "Peaceful protest"
