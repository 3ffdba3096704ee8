"""Which country a report is about when its place names alone do not say (issue 3)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, country",
    [
        # the parties say which Mirpur (there is a larger one in Pakistan-administered Kashmir)
        ("Activists of the Awami League and the Jatiyatabadi Chhatra Dal fought with sticks in Mirpur on 5 May 2016; twelve were hurt.", "Bangladesh"),
        # no place at all: a group of one country is enough
        ("On 3 March 2016, BCL activists beat up a college teacher over a tender dispute.", "Bangladesh"),
        ("On 3 March 2016, BLA militants shot dead two labourers.", "Pakistan"),
    ],
)
def test_named_groups_settle_the_country(pipeline, text, country):
    (ev,) = pipeline.extract(text).events
    assert ev.country == country


def test_an_upazila_is_bangladeshi_whatever_the_namesake_abroad(pipeline):
    # Bera is also a district of Pahang, Malaysia; "upazila" is a Bangladeshi word
    (ev,) = pipeline.extract("On 8 May 2015, a farmer was hacked to death at Dighi village in Bera upazila.").events
    assert ev.country == "Bangladesh"
    assert ev.admin2 == "Pabna"


def test_a_named_country_outweighs_the_groups(pipeline):
    # a Bangladeshi party's branch abroad: the place named is where it happened
    (ev,) = pipeline.extract(
        "On 4 June 2019, BNP supporters clashed with Awami League supporters in London, United Kingdom; three were injured."
    ).events
    assert ev.country == "United Kingdom"


def test_foreign_border_guards_shooting_nationals_at_home(pipeline):
    # the guards are Indian, the victims and the district Bangladeshi: the event is in Bangladesh,
    # the guards are an external force there (inter 8)
    (ev,) = pipeline.extract(
        "On 3 May 2012, Indian Border Security Force (BSF) shot dead two Bangladeshi farmers at the Kaliganj border of Jhenidah district."
    ).events
    assert ev.country == "Bangladesh"
    assert ev.admin2 == "Jhenaidah"
    assert ev.inter1 == 8 and ev.actor2 == "Civilians (Bangladesh)"


def test_a_hyphened_pair_of_nationalities_votes_for_neither(pipeline):
    ev = pipeline.extract(
        "On 3 May 2023, transporters blocked the Pak-Afghan highway in Chaman to protest against new border rules."
    ).events[0]
    assert (ev.country, ev.location, ev.admin1) == ("Pakistan", "Chaman", "Balochistan")


def test_a_country_in_a_protests_demand_and_namesakes_by_alternate_name(pipeline):
    # India is what the demand is about; Feni is a Bangladeshi town by its own name (the
    # French "Feignies" has it only as an alternate spelling)
    ev = pipeline.extract(
        "On 23 August 2024, flood victims demonstrated in Feni town demanding that a barrage in India be opened."
    ).events[0]
    assert (ev.country, ev.admin2) == ("Bangladesh", "Feni")
