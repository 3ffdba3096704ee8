"""Place names that hold "and" or end in an old kind word, and countries inside a group's name
(issue 4, found on Wikipedia-style incident lists). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from test_gazetteer_support import gaz, places  # noqa: F401 (gaz is a fixture)

pytestmark = pytest.mark.slow


def test_an_area_written_with_and_is_one_name_that_encloses_the_town(pipeline):
    (ev,) = pipeline.extract(
        "Gunmen fired on a bus near the town of Udhampur in the Jammu and Kashmir state on 2 May 2016, "
        "killing four pilgrims."
    ).events
    assert ev.location == "Udhampur" and ev.admin1 == "Jammu and Kashmir" and ev.country == "India"


def test_a_possessive_area_with_and_encloses_the_district_after_it(pipeline):
    (ev,) = pipeline.extract(
        "Two soldiers were wounded on 9 April 2017 in a gunfight with militants in Jammu and Kashmir's "
        "Shopian district."
    ).events
    assert ev.location == "Shopian" and ev.admin1 == "Jammu and Kashmir"


def test_two_towns_joined_by_and_stay_two_places(gaz):
    found = places("On 3 March 2014, hartal supporters torched buses in Rajshahi and Khulna.", gaz)
    assert [m.place.name for m in found if m.place is not None] == ["Rajshahi", "Khulna"]


def test_an_agency_is_found_by_its_name_without_the_kind_word(pipeline):
    (ev,) = pipeline.extract(
        "A US drone fired two missiles at a compound in Pakistan's South Waziristan tribal region on "
        "4 January 2012, killing four suspected militants."
    ).events
    assert ev.country == "Pakistan" and ev.admin2 == "South Waziristan"


def test_a_country_in_a_group_name_does_not_pull_the_place_into_that_country(pipeline):
    (ev,) = pipeline.extract(
        "Two Australian aid workers were shot dead by the Islamic State of Iraq and the Levant near "
        "Manbij on 12 June 2015."
    ).events
    assert ev.country == "Syria" and ev.location == "Manbij"


def test_a_state_force_named_after_its_country_still_places_the_event_there(pipeline):
    (ev,) = pipeline.extract(
        "Militants stormed a Pakistan Army post in Khyber Agency near the Afghan border on 6 May 2013, "
        "killing seven soldiers."
    ).events
    assert ev.country == "Pakistan" and ev.admin2 == "Khyber"


def test_an_unindexed_quarter_keeps_the_country_of_a_group_named_after_it(pipeline):
    (ev,) = pipeline.extract(
        "Detectives came under fire during a raid on a hideout of Jama'atul Mujahideen Bangladesh in "
        "the city's Uttar Khan area on 8 August 2016; one officer was hurt."
    ).events
    assert ev.country == "Bangladesh" and ev.latitude is not None


def test_a_district_after_a_comma_and_before_the_date_qualifies_the_town(pipeline):
    # "Gandawa" is also a Polish name of Ghent; the district named after the comma settles it
    (ev,) = pipeline.extract("Growers blocked the canal road in Gandawa, Jhal Magsi, on 8 June 2021 over water shares.").events
    assert ev.country == "Pakistan" and ev.admin2 == "Jhal Magsi"


def test_a_city_of_millions_is_not_refused_for_a_qualifier_that_also_spells_an_area_abroad(pipeline):
    (ev,) = pipeline.extract(
        "Police broke up a march in Quezon City (Metropolitan Manila, National Capital Region) on 12 June 2023."
    ).events
    assert ev.country == "Philippines" and ev.location == "Quezon City"


def test_a_one_word_city_abroad_stays_a_namesake_of_the_village_the_qualifier_places(pipeline):
    (ev,) = pipeline.extract(
        "A farmer was killed when two groups of villagers clashed at Basra village in Bera upazila on 4 May 2016."
    ).events
    assert ev.country == "Bangladesh"
