"""Text that reports no political violence or demonstration gives no event (issue 4)."""

import pytest

NO_EVENT = [
    "Floods killed 12 people in Sylhet district on Monday after days of heavy rain, officials said.",
    "Three people died in a road accident when a bus collided with a truck near Comilla on 4 May 2019.",
    "The striker scored twice as Dhaka Abahani beat Mohammedan 3-1 in the league match on Friday.",
    "The opposition leader attacked the government over its new budget in a speech in parliament on Tuesday.",
    "Police arrested two men with 500 yaba tablets in Cox's Bazar on 3 March 2020.",
    "The militants vowed to attack government buildings if their demands were not met.",
    "The provincial cabinet approved a new budget for schools and hospitals on Wednesday.",
    "Spain hopes to kill off its famous afternoon siesta by moving to a new time zone.",
    "The city council of Battle Creek will vote on a new parking plan on Monday.",
    "A chemical company announced a pilot plant to capture carbon at its plant near Charleston.",
    "One woman has died after being struck by a vehicle in Glasgow on Friday evening.",
    "A body found in the river on Sunday was identified as a man who went missing while fishing.",
    # accidents, disasters, crime and blame (the non-conflict classes of news-like snippets)
    "A magnitude 6.1 earthquake hit the border region on Monday, killing 20 people and destroying 300 houses.",
    "A fire at a shoe factory in Narayanganj killed nine workers on Sunday.",
    "A gas cylinder explosion at a tea stall in Lahore killed three people, police said.",
    "An explosion at a fertiliser plant in Chittagong injured 12 workers.",
    "Robbers looted a mobile phone shop in Kano and escaped with cash.",
    "The interior minister blamed the separatists for last month's bombing in a speech to parliament.",
    # a statement about a past attack, with a possessive between the verb and the attack
    "The governor condemned Sunday's attack and promised to rebuild the burned market.",
    # wildlife
    "A tiger attacked and killed two honey collectors in the Sundarbans on Saturday.",
    # other senses of conflict words
    "The party's former treasurer died of a heart attack in Rawalpindi on Monday.",
    "Shares staged a late rally in Mumbai after the central bank held rates.",
    "Customs officials raided a warehouse in Chittagong port over undeclared imports.",
    "The start-up gave a demonstration of its delivery drones at a fair in Kigali.",
    "A jewellery shop in Sylhet was robbed by three armed men who fled with gold, police said.",
]

EVENT = [
    ("Unidentified gunmen shot dead a trader in Khulna city on 2 June 2018.", "Attack"),
    ("Students staged a protest in Rajshahi on 5 May 2019 demanding road safety.", "Peaceful protest"),
    ("Police arrested 25 BNP activists from a meeting in Chittagong city on 6 July 2010.", "Arrests"),
    ("Protestors threw stones at the offices of a newspaper in Karachi on 3 March 2011.", "Violent demonstration"),
    ("A bomb explosion at a fertiliser plant in Chittagong on 3 March 2015 killed two guards; police blamed militants.",
     "Remote explosive/landmine/IED"),
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(pipeline, text):
    report = pipeline.extract(text, published="2026-01-31")
    assert report.events == [], [e.sub_event_type for e in report.events]


@pytest.mark.parametrize("text,sub", EVENT)
def test_real_events_still_found(pipeline, text, sub):
    report = pipeline.extract(text, published="2026-01-31")
    assert [e.sub_event_type for e in report.events] == [sub]


@pytest.mark.parametrize(
    "text, sub, killed",
    [
        ("Militants stoned a man to death in Raqqa on 3 March 2015.", "Attack", 1),
        ("A woman was stoned to death by militants in Raqqa on 3 March 2015.", "Attack", 1),
        ("The offices of the Awami National Party in Peshawar are bombed on 3 March 2013.", "Remote explosive/landmine/IED", 0),
        ("A series of targeted killings occurred across Karachi on 3 March 2013.", "Attack", 0),
    ],
)
def test_atrocities_and_headline_verbs(pipeline, text, sub, killed):
    (ev,) = pipeline.extract(text).events
    assert (ev.sub_event_type, ev.fatalities) == (sub, killed)


@pytest.mark.parametrize(
    "text, sub",
    [
        # an event held on an anniversary is an event; a commemoration of a past attack is not
        ("Two crude bombs went off in Paltan, Dhaka on 5 January 2016, during the second anniversary of the disputed polls.",
         "Remote explosive/landmine/IED"),
        ("On 3 March 2016, workers of a jute mill blocked the Khulna-Jessore highway demanding arrears.", "Peaceful protest"),
        ("On 3 March 2016, a shopkeeper was hammered to death by unidentified men in Munshiganj.", "Attack"),
        ("On 3 March 2016, a BNP leader died in police custody in Chandpur.", "Attack"),
    ],
)
def test_events_once_missed(pipeline, text, sub):
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == sub


def test_commemorating_a_past_attack_is_no_event(pipeline):
    text = "Hundreds gathered in Mumbai on the anniversary of the 2008 attacks to remember the victims."
    assert [e.sub_event_type for e in pipeline.extract(text).events] in ([], ["Peaceful protest"])


def test_party_men_fighting_over_a_cricket_match_is_an_event_and_a_match_report_is_not(pipeline):
    (ev,) = pipeline.extract(
        "On 29 April 2011, three BCL activists were injured when a rival faction attacked them over an altercation at a cricket match in Chittagong."
    ).events
    assert ev.event_type in {"Violence against civilians", "Battles", "Riots"}
    assert pipeline.extract(
        "The striker scored twice as Dhaka beat Chittagong in the football league match; the visitors' defence was attacked all night."
    ).events == []


@pytest.mark.parametrize(
    "text, sub",
    [
        ("On 18 May 2012, two local correspondents came under attacks by an unidentified group in Pabna.", "Attack"),
        ("On 4 May 2018, unidentified actors burned an ex-Jubo League leader to death in his house in Rangunia.", "Attack"),
        ("Two bombs went off near a mosque in Paltan, Dhaka on 3 March 2015; no one was injured.", "Remote explosive/landmine/IED"),
        ("On 8 December 2018, supporters of a rival candidate fired a total of seven bullets at a candidate's car in Munshiganj.", "Attack"),
    ],
)
def test_events_once_missed_second_batch(pipeline, text, sub):
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == sub
