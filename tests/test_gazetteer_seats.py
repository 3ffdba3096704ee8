"""District seats (issue 3): a town that bears its district's name is filed under it, though
the source files put it in a neighbouring district or none (GeoNames has Sylhet town in
Sunamganj and Natore in Rajshahi)."""

from __future__ import annotations

import sqlite3

import pytest

from eventatlas.gazetteer import schema
from eventatlas.gazetteer.writer import district_seats


def _place(conn, pid, name, lat, lon, fclass, fcode, a1, a2name):
    conn.execute(
        "INSERT INTO places (pid, name, lat, lon, fclass, fcode, cc, a1, a2, a1name, a2name, population, source) "
        "VALUES (?, ?, ?, ?, ?, ?, 'BD', ?, ?, 'Sylhet', ?, 0, 'test')",
        (pid, name, lat, lon, fclass, fcode, a1, a2name, a2name),
    )
    conn.execute("INSERT INTO names VALUES (?, ?, 1)", (name.lower(), pid))


@pytest.fixture
def conn():
    c = sqlite3.connect(":memory:")
    schema.create(c)
    _place(c, 1, "Sylhet", 24.90, 91.87, "A", "ADM2", "60", "Sylhet")
    _place(c, 2, "Sylhet", 24.90, 91.88, "P", "PPL", "60", "Sunamganj")  # the seat, misfiled
    _place(c, 3, "Sylhet", 25.30, 91.40, "P", "PPL", "60", "Sunamganj")  # a namesake 65 km away
    _place(c, 4, "Sylhet", 24.91, 91.87, "P", "PPL", "99", None)  # another province
    _place(c, 5, "Chhatak", 25.04, 91.67, "P", "PPL", "60", "Sunamganj")  # another name
    return c


def test_a_town_named_like_its_district_is_filed_under_it(conn):
    assert district_seats(conn) == 1
    got = dict(conn.execute("SELECT pid, a2name FROM places WHERE fclass = 'P'").fetchall())
    assert got == {2: "Sylhet", 3: "Sunamganj", 4: None, 5: "Sunamganj"}
    assert district_seats(conn) == 0  # idempotent


def test_the_default_index_files_sylhet_town_in_sylhet(pipeline):
    places = pipeline.gazetteer.lookup("Sylhet")
    town = next(p for p in places if p.feature_class == "P" and p.country_code == "BD")
    assert (town.admin1, town.admin2) == ("Sylhet", "Sylhet")
