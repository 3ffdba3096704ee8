"""`eventatlas geoparse FILE` (issue 3): spans, places, alternatives; json and table."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from eventatlas.cli import cli
from eventatlas.config import Config
from eventatlas.gazetteer import Gazetteer


@pytest.fixture()
def home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    with Gazetteer.open(Config(home=home), defaults=False) as g:
        csv = tmp_path / "towns.csv"
        csv.write_text(
            "name,latitude,longitude,country,admin1,admin2,aliases\n"
            "Turbat,26.0,63.05,PK,Balochistan,Kech,Kech\n"
            "Pasni,25.26,63.47,PK,Balochistan,Gwadar,\n"
            "Pasni,10.0,10.0,NG,Kano,,\n",
            encoding="utf-8",
        )
        g.add([csv])
    monkeypatch.setenv("EVENTATLAS_HOME", str(home))
    return home


TEXT = "Militants attacked a convoy near Pasni and in Turbat, Pakistan, on Monday.\n"


def test_geoparse_json(home, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    r = CliRunner().invoke(cli, ["geoparse", str(f), "--format", "json"])
    assert r.exit_code == 0, r.output
    rows = {row["text"]: row for row in json.loads(r.output)}
    assert set(rows) >= {"Pasni", "Turbat", "Pakistan"}
    pasni = rows["Pasni"]
    assert TEXT[pasni["start"] : pasni["end"]] == "Pasni"
    assert pasni["place"]["country_code"] == "PK" and pasni["place"]["source"] == "user"
    assert pasni["geo_precision"] == 2  # "near Pasni"
    assert [a["place"]["country_code"] for a in pasni["alternatives"]] == ["NG"]
    assert rows["Turbat"]["place"]["admin2"] == "Kech"
    assert rows["Pakistan"]["role"] == "country"


def test_geoparse_table_and_stdin(home):
    r = CliRunner().invoke(cli, ["geoparse", "-"], input=TEXT)
    assert r.exit_code == 0, r.output
    assert "Turbat" in r.output and "Kech / Balochistan / Pakistan" in r.output


def test_geoparse_undecodable_file_is_a_clear_error(home, tmp_path):
    f = tmp_path / "bin.txt"
    f.write_bytes(b"\xff\xfe\x00\x81binary")
    r = CliRunner().invoke(cli, ["geoparse", str(f)])
    assert r.exit_code != 0 and "not UTF-8" in r.output and "Traceback" not in r.output
