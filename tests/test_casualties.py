"""Casualty mentions: numbers, qualifiers, victims, outcomes, sub-groups."""

import pytest

from eventatlas.casualties import find_casualties, is_included
from eventatlas.text import make_document


def _found(text):
    return [(c.figure, c.qualifier, c.outcome, c.victim_kind) for c in find_casualties(make_document(text))]


def test_qualifiers_and_coordinated_groups():
    got = _found("Reports suggest that around 12 soldiers and three rebel fighters have been killed.")
    assert (12, "approximately", "killed", "military") in got
    assert (3, "exact", "killed", "rebel") in got


def test_more_than_is_at_least_one_more():
    (c,) = find_casualties(make_document("The group claimed that more than 12 soldiers have been killed."))
    assert (c.figure, c.low, c.high, c.qualifier) == (13, 13, None, "more_than")


def test_active_and_passive_forms_and_outcomes():
    got = _found("Militants killed three policemen and injured 12 civilians. A youth was hacked to death.")
    assert (3, "exact", "killed", "police") in got
    assert (12, "exact", "injured", "civilian") in got
    assert (1, "exact", "killed", "civilian") in got


def test_vague_words_follow_acled_conventions():
    (c,) = find_casualties(make_document("Dozens of people were wounded in the blast."))
    assert c.figure == 12 and c.outcome == "injured"


def test_included_subgroup_is_flagged():
    cs = find_casualties(make_document("Ten people were killed, including three children who were killed in the fire."))
    assert any(is_included(c) for c in cs)


def test_years_and_other_numbers_are_not_casualties():
    assert _found("In 2019, 2,000 people attended the rally and 30 vehicles were damaged.") == []


def test_present_tense_headlines():
    # encyclopaedia and wire style: "gunmen shoot dead seven", "are killed"
    assert (7, "exact", "killed", "unknown") in [(f, q, o, k) for f, q, o, k in _found("Gunmen shoot dead seven in a market.")]
    assert _found("At least nine Border Security Force (BSF) personnel are killed in an ambush.")[0][:3] == (9, "at_least", "killed")


def test_kidnapped_and_murdered_is_killed():
    assert _found("Twelve farmers are kidnapped and murdered by bandits.")[0][2] == "killed"


def test_a_named_victim_and_the_others():
    (c,) = find_casualties(make_document("A gunman killed provincial governor Ali Khan and 6 others outside the mosque."))
    assert (c.figure, c.outcome) == (7, "killed")
    (c,) = find_casualties(make_document("A car bomb killed opposition leader Musa Bello."))
    assert (c.figure, c.outcome) == (1, "killed")
    assert all(c.figure == 3 for c in find_casualties(make_document("Gunmen killed several people in Kano on Monday.")))


def test_single_victims_listed_after_a_figure_add_up():
    got = _found("Gunmen stormed the hostel, killing 22 students, a soldier and a policeman.")
    assert [f for f, *_ in got] == [22, 1, 1]
    # a source named after the figure is not a victim
    assert [f for f, *_ in _found("Gunmen killed 5 villagers, a local official said.")] == [5]


def test_an_earlier_events_toll_is_not_counted():
    got = _found("The blast came a day after twin blasts in the capital killed almost 30 people. It left at least 3 people dead.")
    assert [f for f, *_ in got] == [3]


def test_a_place_phrase_between_the_victims_and_a_passive_verb():
    got = _found("Seven traders on a crowded bus were killed when a mine went off.")
    assert (7, "exact", "killed", "civilian") in got
    got = _found("Nine worshippers returning from a shrine near the river were killed in the blast.")
    assert (9, "exact", "killed", "civilian") in got
    # a relative clause is no place phrase: "three guards from the camp who were ..." counts once, as written
    assert [f for f in _found("Among the six dead were three guards from the camp who were shot dead.") if f[0] == 3] == []


def test_killing_verbs_with_to_death_alive_and_lives():
    assert (6, "exact", "killed", "civilian") in _found("The militants burned six villagers alive in a barn.")
    assert (4, "exact", "killed", "police") in _found("Gunmen stormed the post, shooting four policemen to death.")
    assert (3, "exact", "killed", "civilian") in _found("The group crucified three men in the square.")
    assert (11, "exact", "killed", "unknown") in _found("A second blast claimed another 11 lives in the evening.")


def test_a_group_listed_after_a_noun_of_several_words():
    got = _found("Gunmen raided the post, killing two Afghan border police officers and a driver.")
    assert sum(f[0] for f in got if f[2] == "killed") == 3
    # a breakdown after a dash names no further victims
    got = _found("The siege led to the death of 12 people - eight hostages, three attackers and a guard.")
    assert sum(f[0] for f in got if f[2] == "killed") == 12


def test_an_office_holder_and_the_others_killed():
    (c,) = find_casualties(make_document("A bomb hit the convoy, killing the provincial governor and at least 9 other people."))
    assert (c.figure, c.outcome) == (10, "killed")


def test_a_part_counts_only_when_no_total_is_stated(pipeline):
    ev = pipeline.extract("Gunmen shot dead ten villagers in Kaduna on Friday, five of them children.").events[0]
    assert ev.fatalities == 10
    ev = pipeline.extract("Gunmen opened fire on villagers in Kaduna on Friday, killing five of them.").events[0]
    assert ev.fatalities == 5
    ev = pipeline.extract("Gunmen attacked villagers in Kaduna on Friday, leaving three of them in critical condition.").events[0]
    assert ev.fatalities == 0


def test_no_one_hurt_is_no_casualty():
    # issue 4: "No one was injured" read as one person injured made a harmless blast an attack on civilians
    assert _found("Two bombs went off near the bank. No one was injured in the blast.") == []


def test_an_adverb_before_the_outcome_after_leaving_keeps_it_an_injury():
    # issue 4: "leaving three activists seriously injured" was read as three killed
    got = _found("Party men attacked a procession, leaving three opposition activists seriously injured.")
    assert [(f[0], f[2]) for f in got] == [(3, "injured")]


def test_a_listed_group_with_its_own_outcome_word():
    got = _found("A bomb at a checkpoint left 4 police officers dead and 6 others injured.")
    assert sum(f[0] for f in got if f[2] == "killed") == 4
    assert sum(f[0] for f in got if f[2] == "injured") == 6


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Gunmen shot dead the ward councillor of Khulna city and wounded his driver.", 1),
        ("Assailants hacked to death a union leader in a village near Pabna.", 1),
        ("Two fishermen were shot and killed by border guards near the river.", 2),
        ("A trader has been stabbed to death by robbers at the market.", 1),
        ("Men attacked a farmer with machetes, leading to his death.", 1),
        ("Police shot dead the protesters in the square.", 0),  # a plural object names no figure
    ],
)
def test_a_single_death_told_without_a_number(text, killed):
    # issue 4: ACLED counts one death for "shot dead the councillor"; the figure is only implied
    assert sum(f[0] for f in _found(text) if f[2] == "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Two suspected members of the banned militant outfit Hizb ut-Tahrir Bangladesh (HT) were killed in a gunfight in Bogra.", 2),
        ("Two farmers, who were returning from the market, were shot dead near the border.", 2),
        ("An activist was fatally shot by unidentified men near the college.", 1),
        ("Men threw a trader from a roof, killing him.", 1),
        ("Police recovered the bullet-riddled body of a party leader from a field.", 1),
        ("On Sep 20, a regional leader of an outlawed party was killed in a shootout.", 1),  # 20 is a day
    ],
)
def test_long_victim_phrases_and_implied_single_deaths(text, killed):
    assert sum(f[0] for f in _found(text) if f[2] == "killed") == killed


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Men attacked a motorcade, leaving 15 people, including a police officer, injured.", "injured"),
        ("Blockaders set fire to a bus, leaving two passengers burned.", "injured"),
        ("Strikers torched a truck, leaving a driver with serious burn injuries.", "injured"),
    ],
)
def test_leaving_people_hurt_is_no_killing(text, outcome):
    got = _found(text)
    assert got and all(f[2] == outcome for f in got)


def test_a_year_before_that_left_is_no_figure():
    got = _found("They were blamed for a clash in February 2011 that left a student dead.")
    assert sum(f[0] for f in got if f[2] == "killed") == 1


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Karim Uddin, 45, was shot dead near his shop.", 1),  # 45 is his age
        ("A trader from Ward-12 was stabbed to death in the market.", 1),  # 12 names the ward
        ("Two groups clashed with sticks, leaving nine people.", 0),  # neither dead nor hurt is said
        ("Gunmen shot and killed a ward leader and his driver near the bridge.", 2),
        ("Gunmen killed a farmer and his son was injured.", 1),
    ],
)
def test_ages_ward_numbers_and_kin(text, killed):
    assert sum(f[0] for f in _found(text) if f[2] == "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Border guards shot a cattle trader dead near the river.", 1),
        ("Police shot the protesters dead.", 0),  # a plural object names no figure
        ("Men hurled a bomb at a shopkeeper, leaving him dead.", 1),
        ("A party activist was stabbed to his death by rivals.", 1),
        ("Two armed men killed their cousin over a land dispute.", 1),
        ("A mob lynched three robbers in the village.", 3),
        ("A bomb missed its target, resulting in the death of a passer-by.", 1),
        ("A militant was killed in a gunfight with police. The gunfire resulted in his death, police said.", 1),
    ],
)
def test_more_ways_to_tell_a_death(text, killed):
    assert sum(c.figure for c in find_casualties(make_document(text)) if c.outcome == "killed" and not is_included(c)) == killed


@pytest.mark.parametrize(
    "text",
    [
        "Villagers blocked the highway protesting the death of a student in a road accident.",
        "Relatives vandalised the clinic, alleging that a patient died due to the doctors' negligence.",
        "Students rampaged after one of their classmates succumbed to injuries he suffered in a road accident.",
    ],
)
def test_a_death_by_accident_or_neglect_is_no_casualty(text):
    assert not [f for f in _found(text) if f[2] == "killed"]


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("Raiders stormed a hamlet at dawn, killing between eight and eleven villagers.", 8, 11),
        ("Between 14 and 19 traders were shot dead when the convoy was ambushed.", 14, 19),
        ("The clash left 6-9 herders dead, a councillor said.", 6, 9),
        ("Insurgents overran the post, killing 20 to 25 soldiers.", 20, 25),
        ("Three or four demonstrators were wounded by rubber bullets.", 3, 4),
    ],
)
def test_a_range_is_coded_at_its_lowest_bound(text, low, high):
    (c,) = find_casualties(make_document(text))
    assert (c.figure, c.low, c.high) == (low, low, high)


def test_a_rising_toll_is_not_a_range():
    (c,) = find_casualties(make_document("The number of dead rose from 7 to 13 civilians killed by Tuesday."))
    assert c.figure == 13
