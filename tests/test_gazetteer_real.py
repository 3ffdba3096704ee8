"""Loaders on the real GeoNames extracts in ../shared/geonames (skipped when absent)."""

from __future__ import annotations

import pytest
from test_gazetteer_support import GEONAMES, need

from eventatlas.config import Config
from eventatlas.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    need(GEONAMES)
    g = Gazetteer.open(Config(home=tmp_path_factory.mktemp("real")), defaults=False)
    g.add([GEONAMES / "admin1CodesASCII.txt", GEONAMES / "admin2Codes.txt",
           GEONAMES / "PK.cities500.txt", GEONAMES / "BD.cities500.txt",
           GEONAMES / "PK.postal.zip", GEONAMES / "countryInfo.txt"])
    yield g
    g.close()


def test_cities_get_admin_names_from_the_code_tables(gaz):
    (q,) = [p for p in gaz.lookup("Quetta") if p.feature_class == "P"]
    assert (q.admin1, q.admin2, q.country, q.iso) == ("Balochistan", "Quetta", "Pakistan", 586)
    assert any(p.feature_code == "ADM2" for p in gaz.lookup("Kech District"))


def test_postal_towns_missing_from_cities_are_found(gaz):
    for name in ("Tump", "Buleda"):
        hits = [p for p in gaz.lookup(name) if p.country_code == "PK"]
        assert hits, name
        assert all(p.source == "postal" and p.admin1 == "Balochistan" for p in hits)
    (quetta,) = [p for p in gaz.lookup("Quetta") if p.feature_class == "P"]
    assert quetta.source == "geonames"  # the postal duplicate did not replace it


def test_country_info(gaz):
    bd = gaz.country("Bangladesh")
    assert bd is not None and bd.iso == 50 and bd.latitude is not None
