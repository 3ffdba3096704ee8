"""Places and countries of short incident descriptions (issue 4): the report's spelling of a
place, areas written with their kind word, namesakes at home. The sentences are written for
these tests. Uses the default index."""

from __future__ import annotations

import pytest
from test_gazetteer_support import gaz, places  # noqa: F401 (gaz is a fixture)

from eventatlas.places import written_name

pytestmark = pytest.mark.slow


def test_a_province_followed_by_governorate_is_the_province(gaz):
    (m,) = [m for m in places("Mortar rounds fell on farms in the Diyala Governorate overnight.", gaz)
            if m.place is not None]
    assert m.place.country_code == "IQ" and m.place.feature_code == "ADM1"


def test_the_location_is_spelt_as_the_report_spells_an_indexed_name(pipeline):
    (ev,) = pipeline.extract("A roadside bomb killed two policemen in Lashkargah on 3 May 2014.").events
    assert ev.location == "Lashkargah" and ev.admin1 == "Helmand"
    (ev,) = pipeline.extract("Three farmers were shot dead in Makhmour district on 3 May 2015.").events
    assert ev.location == "Makhmour" and ev.country == "Iraq"


def test_a_close_spelling_keeps_the_gazetteer_name(gaz):
    (p,) = [p for p in gaz.lookup("Lashkargah") if p.country_code == "AF"]
    assert written_name("Lashkargah", p, gaz) == "Lashkargah"
    assert written_name("Lashkergaah", p, gaz) is None  # not a name the index holds
    assert written_name("LASHKARGAH", p, gaz) is None  # a dateline


def test_a_namesake_abroad_gives_way_to_the_town_at_home_only_inside_the_named_areas(pipeline):
    # Mon is a district of Nagaland and a state of Myanmar: the text puts it in Nagaland
    (ev,) = pipeline.extract(
        "Militants ambushed an army patrol in Mon district of Nagaland on 4 June 2015, killing six soldiers."
    ).events
    assert ev.country == "India"


def test_a_namesake_abroad_gives_way_to_the_place_at_home(gaz):
    # Shyamnagar is also a town of West Bengal, larger than the upazila town; "upazila" says
    # Bangladesh, so the upazila is taken, not an unknown place
    (m,) = [m for m in places("A trader was stabbed at a bazar in Shyamnagar upazila of the district "
                              "early on Monday.", gaz) if m.text == "Shyamnagar"]
    assert m.place is not None and m.place.country_code == "BD" and m.place.feature_code == "ADM3"
    assert "fuzzy_match" not in m.flags  # read, not guessed
    # the namesake abroad was a reading, and gave way ("upazila" asks for the sub-district, so
    # it need not come close enough to flag the choice as ambiguous)
    assert any(c.place.country_code == "IN" for c in m.candidates)


def test_a_nationality_adjective_is_no_region(pipeline):
    # "Somali" is also a region of Ethiopia; here it says whose soldiers
    (ev,) = pipeline.extract("Militants ambushed a convoy and killed four Somali soldiers on 2 June 2014.").events
    assert ev.country == "Somalia"


def test_an_embassy_is_abroad(pipeline):
    # the embassy's country is not where it happened; the city named is
    (ev,) = pipeline.extract("A car bomb outside the Danish embassy in Islamabad killed six people on 2 June 2008.").events
    assert ev.country == "Pakistan" and ev.location == "Islamabad"


def test_nationality_adjectives_settle_the_country_of_a_report_without_places(pipeline):
    (ev,) = pipeline.extract("A Nigerian senator was shot dead by gunmen on his farm on 2 June 2014.").events
    assert ev.country == "Nigeria"
    # arms and forces say whose, not where: no country rather than the drones' one
    (ev,) = pipeline.extract("US drones fired two missiles at a compound on 2 June 2012, killing four militants.").events
    assert ev.country != "United States"


def test_a_place_the_text_calls_a_town_of_a_nationality(pipeline):
    # an unindexed name after "the northern Syrian town of" is a town of Syria, as written
    (ev,) = pipeline.extract("A car bomb killed five people in the northern Syrian town of Qabr Zuhur on 2 June 2015.").events
    assert ev.country == "Syria" and ev.location == "Qabr Zuhur"


def test_a_name_spaced_otherwise_is_written_as_the_report_spaces_it(pipeline):
    (ev,) = pipeline.extract("A truck bomb killed nine people in the eastern Iraqi town of Balad Ruz on 2 June 2013.").events
    assert ev.location == "Balad Ruz" and ev.admin1 == "Diyala"


def test_a_country_with_a_possessive_after_in_is_no_area_the_town_lies_outside(gaz):
    (m,) = [m for m in places("A bomb went off at a bus stand in Quetta in Pakistan's southwest, killing four.", gaz)
            if m.text == "Quetta"]
    assert m.place is not None and m.place.country_code == "PK"


def test_a_people_of_several_countries_says_no_country(pipeline):
    # Kurds live in Iraq, Syria, Turkey and Iran: the town named decides
    (ev,) = pipeline.extract("A car bomb killed four guests at a Kurdish wedding in Qamishli on 2 June 2015.").events
    assert ev.country == "Syria"
    # an Ahmadi is a member of a community, not a resident of Al Ahmadi, Kuwait
    (ev,) = pipeline.extract("Gunmen shot dead an Ahmadi doctor outside his clinic on 2 June 2015.").events
    assert ev.country != "Kuwait"


def test_a_village_an_appositive_puts_in_a_province(pipeline):
    # the village is not indexed: it is where it happened, the province is its context
    (ev,) = pipeline.extract("A roadside bomb killed two farmers in Zarbakhel, a village in Paktika Province, on 2 June 2015.").events
    assert ev.location == "Zarbakhel" and ev.admin1 == "Paktika"
    (ev,) = pipeline.extract("Gunmen killed five villagers in Qaryat Tawil, located in Hama province, on 2 June 2015.").events
    assert ev.location == "Qaryat Tawil" and ev.country == "Syria"


def test_an_unindexed_place_in_a_report_without_a_country_is_kept_as_written(pipeline):
    # nothing says which country: the place is still where it happened, unplaced
    (ev,) = pipeline.extract("A car bomb exploded outside a mosque in Qaryat Zawra on 2 June 2015, killing four.").events
    assert ev.location == "Qaryat Zawra" and ev.latitude is None


def test_an_alternate_name_of_a_hamlet_abroad_is_weak_evidence(pipeline):
    # "Kashmir" is also an alternate name of Cashmere, Washington (3,000 people)
    (ev,) = pipeline.extract("Militants ambushed an army patrol in Kashmir's Kulgam district on 2 June 2016, wounding two soldiers.").events
    assert ev.country == "India" and ev.location == "Kulgam"


def test_a_name_before_a_lower_case_kind_word_reads_the_area_so_named(gaz):
    # GeoNames calls the state "Borno State"; the text writes "Borno state"
    (m,) = [m for m in places("Gunmen raided a market in Borno state on Sunday, killing nine traders.", gaz)
            if m.text == "Borno"]
    assert m.place is not None and m.place.country_code == "NG" and m.place.feature_code == "ADM1"


def test_an_unindexed_town_after_in_is_kept_when_only_the_country_is_known(pipeline):
    # Iraq is named, no town of it is indexed: the name after "in" is where it happened
    (ev,) = pipeline.extract("Gunmen killed two farmers in Dulaimat on 2 June 2015, police in Iraq said.").events
    assert ev.location == "Dulaimat" and ev.country == "Iraq"


@pytest.mark.parametrize(
    "text, country, location",
    [
        # "the capital Kabul" names the capital; US officials elsewhere do not make it Washington
        ("A gunman killed three guards at a bank in the capital Kabul. The Taliban said it answered a decision by "
         "US officials.", "Afghanistan", "Kabul"),
        # football clubs are no places
        ("A bomb killed five fans who watched a match between FC Valencia and Real Zaragoza in a cafe in Tikrit.",
         "Iraq", "Tikrit"),
        # a town of several words the index lacks, each of them a namesake somewhere
        ("A car bomb killed seven people at a market in Umm Saad Jabal, Iraq, on Friday.", "Iraq", "Umm Saad Jabal"),
    ],
)
def test_capital_appositions_clubs_and_unindexed_towns_of_a_country(pipeline, text, country, location):
    ev = pipeline.extract(text).events[0]
    assert (ev.country, ev.location) == (country, location)


def test_when_only_actors_say_the_country_each_of_the_strongest_holds_its_towns(pipeline):
    # Russian and Syrian soldiers: Palmyra is Tadmur, Syria, though Russians are named first
    ev = pipeline.extract("Russian soldiers fought Islamic State fighters. Four Russian soldiers and 7 Syrian army "
                          "soldiers were killed in Palmyra.").events[0]
    assert (ev.country, ev.admin1) == ("Syria", "Homs")


@pytest.mark.parametrize(
    "text, location",
    [
        # a village of several words, each a namesake somewhere: one unindexed village
        ("Taliban gunmen killed five policemen in the village of Sar Kalay in Afghanistan.", "Sar Kalay"),
        # "the town of X" followed by a run-on sentence is not "X The"
        ("A bomb killed nine people at a market in the northern Afghan town of Zarghunkel The governor blamed the "
         "Taliban.", "Zarghunkel"),
    ],
)
def test_the_village_of_an_unindexed_name(pipeline, text, location):
    ev = pipeline.extract(text).events[0]
    assert (ev.country, ev.location) == ("Afghanistan", location)


@pytest.mark.parametrize(
    "text, country, admin1",
    [
        # an airfield, an airport or an institute named after a town is in that town
        ("Insurgents fired rockets at Jalalabad Airfield, wounding two guards.", "Afghanistan", "Nangarhar"),
        # a company named like a town abroad is no place
        ("Two guards of the security company Phoenix were killed by a roadside bomb in Basra.", "Iraq", "Basra"),
    ],
)
def test_airfields_and_companies(pipeline, text, country, admin1):
    ev = pipeline.extract(text).events[0]
    assert (ev.country, ev.admin1) == (country, admin1)


def test_a_province_spelt_with_another_vowel_is_the_province_not_a_town(pipeline):
    # the index holds the province as Oruzgan and a small town Uruzgan inside it
    ev = pipeline.extract("Five policemen were killed in an insider attack in Uruzgan province on Monday.").events[0]
    assert (ev.admin1, ev.admin2, ev.location, ev.geo_precision) == ("Oruzgan", None, "Uruzgan", 3)


def test_a_town_named_in_lower_case_and_a_direction_in_brackets(pipeline):
    # "the town of manbij" is Manbij; "(northwest)" says a direction, not Iceland's Northwest
    ev = pipeline.extract("Two fighters were killed in a clash with ISIS in the Syrian town of manbij (northwest).").events[0]
    assert (ev.country, ev.admin1, ev.location) == ("Syria", "Aleppo", "Manbij")
