"""Toponyms of US and English-language news (issue 3, geoparsing LGL-like local news):
states, AP-style state abbreviations, towns named after a state."""

from __future__ import annotations

import pytest
from test_gazetteer_support import gaz, places  # noqa: F401 (gaz is a fixture)

pytestmark = pytest.mark.slow


def by_text(mentions):
    return {m.text: m for m in mentions}


def test_a_state_is_not_its_tiny_namesake_town(gaz):
    ms = by_text(places("A seed company moved its offices to California, and growers in Iowa "
                        "and Missouri are worried.", gaz))
    for name in ("California", "Iowa", "Missouri"):
        p = ms[name].place
        assert p is not None and p.feature_code == "ADM1" and p.admin1 == name, name


def test_a_district_named_like_its_seat_is_still_the_town(gaz):
    ms = by_text(places("Police arrested two men in Sylhet on Friday.", gaz))
    assert ms["Sylhet"].place.feature_class == "P"
