"""What `eventatlas geoparse` lists beyond the places stage (issue 3): countries at their
centre, AP-style state abbreviations, towns settled by the state after their comma,
nationality words and continents. Invented sentences."""

from __future__ import annotations

import pytest
from test_gazetteer_support import gaz  # noqa: F401 (a fixture)

from eventatlas.gazetteer.geoparse import country_centres, geoparse_document, resolve_toponyms
from eventatlas.gazetteer.writer import haversine_km
from eventatlas.models import Document, Span
from eventatlas.text import make_document, split_sentences

pytestmark = pytest.mark.slow

# the geographic centre of the 48 contiguous states (near Lebanon, Kansas) and the centre of
# Russia as atlases give it
_US_CENTRE = (39.83, -98.58)
_RU_CENTRE = (60.0, 100.0)


def _rows(text, gaz):
    return {m.text: m for m in geoparse_document(make_document(text), gaz)}


def test_country_centres():
    pytest.importorskip("countryinfo")
    c = country_centres()
    assert haversine_km(*c["US"], *_US_CENTRE) < 161
    assert haversine_km(*c["RU"], *_RU_CENTRE) < 161


def test_a_large_country_is_listed_at_its_centre(gaz):
    pytest.importorskip("countryinfo")
    ms = _rows("Grain prices in Russia and the United States rose again.", gaz)
    ru, us = ms["Russia"].place, ms["United States"].place
    assert haversine_km(ru.latitude, ru.longitude, *_RU_CENTRE) < 161
    assert haversine_km(us.latitude, us.longitude, *_US_CENTRE) < 161


def test_state_abbreviations_and_the_town_before_them(gaz):
    ms = _rows("A storm cut power in Athens, Ga., and a bridge closed near Morgantown, W.Va., "
               "on Tuesday.", gaz)
    assert ms["Ga."].place.admin1 == "Georgia" and ms["Ga."].place.feature_code == "ADM1"
    assert ms["W.Va."].place.admin1 == "West Virginia"
    assert ms["Athens"].place.country_code == "US" and ms["Athens"].place.admin1 == "Georgia"
    assert ms["Morgantown"].place.admin1 == "West Virginia"


def test_a_town_is_settled_by_the_state_after_its_comma(gaz):
    ms = _rows("The county fair in Paris, Texas, drew a record crowd.", gaz)
    assert ms["Paris"].place.country_code == "US" and ms["Paris"].place.admin1 == "Texas"


def test_a_town_of_another_country_is_kept_when_its_province_follows(gaz):
    ms = _rows("Envoys of Iraq met in Baghdad; a delegate flew in from Kamloops, B.C.", gaz)
    assert ms["Kamloops"].place.country_code == "CA"


def test_nationality_words_and_continents(gaz):
    ms = _rows("Palestinians and Turkish officials met envoys from Europe.", gaz)
    assert ms["Palestinians"].place.country_code == "PS"
    assert ms["Turkish"].place.country_code == "TR"
    assert ms["Europe"].place.feature_code == "CONT"


def test_given_toponyms(gaz):
    text = "Two men from Pa. and some Israelis toured Asia."
    doc = Document(text=text, sentences=split_sentences(text))
    spans = [Span(text.index(w), text.index(w) + len(w)) for w in ("Pa.", "Israelis", "Asia")]
    pa, il, asia = resolve_toponyms(doc, spans, gaz)
    assert pa.place.admin1 == "Pennsylvania"
    assert il.place.country_code == "IL"
    assert asia.place.feature_code == "CONT"


def test_a_nationality_word_is_no_town_of_its_spelling(gaz):
    ms = _rows("Spanish and Cuban diplomats arrived on Monday.", gaz)
    assert ms["Spanish"].place.country_code == "ES" and ms["Spanish"].place.feature_code == "PCLI"
    assert ms["Cuban"].place.country_code == "CU"
    text = "Spanish diplomats flew to L.A. on Monday."
    doc = Document(text=text, sentences=split_sentences(text))
    es, la = resolve_toponyms(doc, [Span(0, 7), Span(text.index("L.A."), text.index("L.A.") + 4)], gaz)
    assert es.place.country_code == "ES"
    assert la is None or la.place is None or la.place.admin1 != "Louisiana"


def test_people_are_no_toponyms(gaz):
    ms = _rows("Howard Brown, 45, of Paris, Texas, was hurt. Brown said the car was red. "
               "Toledo Mayor Carty Finkbeiner says he will cut jobs.", gaz)
    assert "Brown" not in ms and "Howard" not in ms and "Howard Brown" not in ms
    assert ms["Toledo"].place.admin1 == "Ohio"
    assert ms["Paris"].place.admin1 == "Texas"


def test_a_bare_county_name_is_a_town_unless_a_list_of_counties_ends_with_it(gaz):
    ms = _rows("Farms in Clark, Madison and Wilkin counties flooded.", gaz)
    assert ms["Wilkin"].place.feature_code == "ADM2"
    ms = _rows("He moved back to Columbus from Arkansas and stayed.", gaz)
    assert ms["Arkansas"].place.feature_code == "ADM1"


def test_dotted_country_names_and_towns_read_in_spite_of_the_focus(gaz):
    ms = _rows("U.S. troops left the base on Friday.", gaz)
    assert ms["U.S."].place.country_code == "US"
    from eventatlas.gazetteer.geoparse import _unknowns_read
    from eventatlas.models import PlaceMention

    text = "Flood warnings went out for roads east of Toledo, Ohio."
    doc = Document(text=text, sentences=split_sentences(text))
    i = text.index("Toledo")
    kept = PlaceMention(Span(i, i + 6), "Toledo", None, flags=("not_in_gazetteer",))
    (m,) = _unknowns_read(doc, [kept], gaz)
    assert m.place is not None and m.place.admin1 == "Ohio" and "not_in_gazetteer" not in m.flags
