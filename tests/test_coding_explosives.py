"""Bombs set off and bombs thrown: Grenade, IED, riot or attack (issue 4). Sentences are our own."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_bombs_set_off_by_militants_are_an_explosive_device_not_a_grenade(pipeline):
    # ACLED: a grenade is a hand-thrown explosive; a bomb that is set off where it lies is a remote explosive
    (ev,) = pipeline.extract("On 3 June 2016, unidentified militants exploded a powerful bomb in front of a bank in Jessore town.").events
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_bombs_hurled_at_a_shop_are_still_a_grenade(pipeline):
    (ev,) = pipeline.extract("On 3 June 2016, unidentified men hurled two bombs at a pharmacy in Jessore town, injuring its owner.").events
    assert ev.sub_event_type == "Grenade"


def test_party_men_blasting_crude_bombs_with_nobody_hurt_riot(pipeline):
    (ev,) = pipeline.extract(
        "On 3 June 2016, BNP activists blasted three crude bombs near the bus terminal in Bogra town. No one was injured."
    ).events
    assert ev.sub_event_type == "Mob violence"


def test_party_men_whose_crude_bombs_hurt_passers_by_attack_them(pipeline):
    (ev,) = pipeline.extract(
        "On 3 June 2016, two pedestrians were injured as Jubo League activists exploded crude bombs in front of the market in Pabna town."
    ).events
    assert ev.sub_event_type == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2016, unidentified men hurled bombs at a police patrol in Kushtia town. The police retaliated with gunfire.",
        "On 3 June 2016, a JMB member was killed in an exchange of gunfire with police in Gaibandha, where the militants also hurled bombs at the officers.",
    ],
)
def test_bombs_thrown_at_police_who_fire_back_make_an_armed_clash(pipeline, text):
    # ACLED: when both sides fire, the event is a battle, whatever weapon one side opened with
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == "Armed clash"


def test_a_bomb_that_goes_off_during_a_strike_with_nobody_seen_is_a_bombing(pipeline):
    (ev,) = pipeline.extract(
        "On 3 June 2016, three bombs went off near the court building in Rajshahi city on the second day of the opposition's blockade."
    ).events
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_strikers_who_blast_crude_bombs_during_a_hartal_riot(pipeline):
    (ev,) = pipeline.extract(
        "On 3 June 2016, pro-hartal activists blasted crude bombs near the court building in Rajshahi city during the hartal."
    ).events
    assert ev.sub_event_type == "Violent demonstration"


def test_convicted_militants_in_an_ambushed_van_are_no_court_news(pipeline):
    # "convicted" names who was in the van; the ambush is today's event
    (ev,) = pipeline.extract(
        "On 3 June 2016, gunmen ambushed a prison van carrying two convicted JMB militants in Mymensingh, killing a constable."
    ).events
    assert ev.event_type in {"Battles", "Violence against civilians"}


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2016, gunmen fired at a border patrol near Teknaf and the patrol returned the fire.",
        "On 3 June 2016, a group of armed men attacked the house of a union chairman in Kushtia, who opened fire in return.",
    ],
)
def test_fire_returned_makes_an_armed_clash(pipeline, text):
    (ev,) = pipeline.extract(text).events
    assert ev.sub_event_type == "Armed clash"
