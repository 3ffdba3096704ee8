"""The place index: building, loading GeoNames formats, refusing bad files (issue 3)."""

from __future__ import annotations

import sqlite3
import time
import zipfile

import pytest
from test_gazetteer_support import postal_zip, row19

from eventatlas.config import Config
from eventatlas.errors import GazetteerFileError
from eventatlas.gazetteer import Gazetteer


@pytest.fixture()
def gaz(tmp_path):
    g = Gazetteer.open(Config(home=tmp_path / "home"), defaults=False)
    yield g
    g.close()


def _write(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _count(g):
    return g.info().places


def test_open_builds_then_reopens_fast(tmp_path):
    home = tmp_path / "h"
    Gazetteer.open(Config(home=home), defaults=False).close()
    assert (home / "gazetteer.sqlite").exists()
    t = time.perf_counter()
    g = Gazetteer.open(Config(home=home))  # existing index: not rebuilt, defaults ignored
    assert time.perf_counter() - t < 1.0
    assert set(g.info().by_source) == {"default"}  # only the countries
    assert g.lookup("Pakistan")[0].feature_code == "PCLI"
    assert g.country("PK").iso == 586
    assert g.country("Democratic Republic of the Congo").country == "Democratic Republic of Congo"
    assert g.country("Nowhereland") is None


def test_cities_file_with_admin_tables(gaz, tmp_path):
    cities = _write(tmp_path / "PK.cities500.txt", [
        row19(1167528, "Quetta", 30.18, 67.0, "PK", "02", "1167527", 1565546, alts="Kveta,Shalkot"),
        row19(1168749, "Nushki", 29.55, 66.02, "PK", "02", "6641960", 48572),
    ])
    a1 = _write(tmp_path / "admin1CodesASCII.txt", ["PK.02\tBalochistan\tBalochistan\t1183606"])
    a2 = _write(tmp_path / "admin2Codes.txt", [
        "PK.02.1167527\tQuetta District\tQuetta District\t1167527",
        "PK.02.6641960\tNushki District\tNushki District\t6641960",
    ])
    res = gaz.add([cities, a1, a2])
    assert [r.kind for r in res] == ["geonames", "admin1", "admin2"]
    (q,) = [p for p in gaz.lookup("Shalkot") if p.feature_class == "P"]
    assert (q.name, q.geonameid, q.admin1, q.admin2, q.country) == (
        "Quetta", 1167528, "Balochistan", "Quetta", "Pakistan")
    assert q.source == "geonames"
    assert any(p.feature_code == "ADM2" for p in gaz.lookup("Nushki District"))
    assert any(p.feature_code == "ADM1" for p in gaz.lookup("Balochistan"))


def test_postal_dump_places_carry_their_source(gaz, tmp_path):
    gaz.add([_write(tmp_path / "admin1CodesASCII.txt", ["PK.02\tBalochistan\tBalochistan\t1"])])
    txt = "\n".join([
        "PK\t92300\tTump\tBalochisan\t\t\t\t\t\t26.0969\t62.3703\t4",
        "PK\t92301\tTump\tBalochisan\t\t\t\t\t\t26.0970\t62.3704\t4",
        "PK\t92800\tBuleda SO\tBalochisan\t\t\t\t\t\t26.3\t63.1333\t4",
    ]) + "\n"
    z = postal_zip(tmp_path / "PK.zip", "PK", txt)
    (res,) = gaz.add([z])
    assert (res.kind, res.rows, res.added, res.skipped) == ("postal", 3, 2, 1)
    (tump,) = gaz.lookup("Tump")
    assert tump.source == "postal" and tump.country == "Pakistan"
    assert tump.admin1 == "Balochistan"  # "Balochisan" matched to the code table's name
    assert gaz.lookup("Buleda")  # post-office suffix removed


def test_user_csv_with_aliases(gaz, tmp_path):
    csv = tmp_path / "mine.csv"
    csv.write_text(
        "name,latitude,longitude,country,admin1,admin2,aliases\n"
        "Kalairag,25.09,91.75,Bangladesh,Sylhet,Sylhet,Kalairagh;Kalai Rag\n",
        encoding="utf-8",
    )
    gaz.add([csv])
    (p,) = gaz.lookup("Kalai Rag")
    assert (p.name, p.country_code, p.source, p.admin2) == ("Kalairag", "BD", "user", "Sylhet")


def test_alternate_names_and_country_info(gaz, tmp_path):
    gaz.add([_write(tmp_path / "c.txt", [row19(1180729, "Dalbandin", 28.9, 64.4, "PK", "02")])])
    alt = _write(tmp_path / "alternateNamesV2.txt", [
        "1\t1180729\ten\tDalbadin\t\t\t\t\t\t",
        "2\t1180729\tiata\tDBA\t\t\t\t\t\t",
        "3\t999\ten\tNowhere\t\t\t\t\t\t",
    ])
    (res,) = gaz.add([alt])
    assert (res.added, res.skipped) == (1, 1)
    assert gaz.lookup("Dalbadin")[0].geonameid == 1180729
    assert not gaz.lookup("DBA")


@pytest.mark.parametrize(
    "name,content,why",
    [
        ("PK.txt", row19(1, "A", 1, 1, "PK") + "\n" + "2\tB\tB\t\t1.0\n", "columns"),
        ("PK2.txt", row19(1, "A", 1, 1, "PK"), "truncated"),
        ("PK3.txt", row19(1, "A", 1, 1, "PK").replace("\t1\t1\t", "\tx\t1\t", 1) + "\n", "number"),
        ("admin2Codes.txt", "PK.02\tX\tX\t1\n", "expected"),
        ("junk.txt", "hello world\n", "unknown format"),
    ],
)
def test_bad_files_are_refused_and_change_nothing(gaz, tmp_path, name, content, why):
    gaz.add([_write(tmp_path / "ok.txt", [row19(5, "Keep", 1, 1, "PK")])])
    before = _count(gaz)
    bad = tmp_path / name
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(GazetteerFileError, match=why):
        gaz.add([bad])
    assert _count(gaz) == before
    assert len(gaz.info().files) == 1


def test_corrupt_zip_is_refused(gaz, tmp_path):
    z = tmp_path / "PK.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("PK.txt", "\n".join(row19(i, f"P{i}", 1, 1, "PK") for i in range(500)) + "\n")
    data = z.read_bytes()
    z.write_bytes(data[: len(data) // 2])
    before = _count(gaz)
    with pytest.raises(GazetteerFileError, match="corrupt or truncated"):
        gaz.add([z])
    assert _count(gaz) == before


def test_a_failure_half_way_rolls_the_file_back(gaz, tmp_path):
    lines = [row19(i, f"Town{i}", 10, 10, "PK") for i in range(1, 50)] + ["1\t2\t3"]
    before = _count(gaz)
    with pytest.raises(GazetteerFileError, match="line 50"):
        gaz.add([_write(tmp_path / "half.txt", lines)])
    assert _count(gaz) == before and not gaz.lookup("Town3")


def test_added_data_survives_restart_and_schema_rebuild(tmp_path, monkeypatch):
    home = tmp_path / "home"
    f = _write(tmp_path / "PK.txt", [row19(42, "Tumpville", 26.1, 62.4, "PK", "02")])
    with Gazetteer.open(Config(home=home), defaults=False) as g:
        g.add([f])
    with Gazetteer.open(Config(home=home)) as g:
        assert g.lookup("Tumpville")
    con = sqlite3.connect(home / "gazetteer.sqlite")
    con.execute("UPDATE meta SET value='0' WHERE key='schema_version'")
    con.commit()
    con.close()
    # an outdated index is rebuilt (here: built with defaults, so only check re-added files)
    from eventatlas.gazetteer import index as index_mod

    calls = []
    monkeypatch.setattr(index_mod, "build_default", calls.append)  # keep the test fast
    with Gazetteer.open(Config(home=home)) as g:
        assert g.info().schema_version != "0"
        assert g.lookup("Tumpville")
    assert calls
