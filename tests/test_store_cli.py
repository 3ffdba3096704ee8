"""CLI of the store (issue 5): ingest, events in every format, show."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventatlas.cli import cli
from eventatlas.store.export import ACLED_COLUMNS

REPORTS = Path(__file__).resolve().parent / "data" / "reports"


@pytest.fixture
def db(tmp_path, monkeypatch):
    url = str(tmp_path / "cli.sqlite")
    monkeypatch.setenv("EVENTATLAS_DB", url)
    runner = CliRunner()
    res = runner.invoke(cli, ["ingest", str(REPORTS), "--published", "2026-02-01"])
    assert res.exit_code == 0, res.output
    assert "3 document(s) stored" in res.output
    return url


def run(*args):
    res = CliRunner().invoke(cli, list(args))
    return res


def test_ingest_again_is_a_no_op(db):
    res = run("ingest", str(REPORTS), "-q")
    assert res.exit_code == 0 and "0 document(s) stored, 3 already stored" in res.output


def test_events_formats(db, tmp_path):
    table = run("events")
    assert table.exit_code == 0 and table.output.splitlines()[0].split()[:3] == ["id", "date", "place"]
    lines = run("events", "--format", "jsonl").output.splitlines()
    recs = [json.loads(ln) for ln in lines]
    assert recs and all("sources" in r and "claims" in r and r["sources"] for r in recs)
    assert any(r["claims"] for r in recs)
    rows = list(csv.DictReader(io.StringIO(run("events", "--format", "acled-csv").output)))
    assert list(rows[0]) == list(ACLED_COLUMNS) and len(rows) == len(recs)
    gj = json.loads(run("events", "--format", "geojson").output)
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == len(recs)
    assert all(f["geometry"] is None or len(f["geometry"]["coordinates"]) == 2 for f in gj["features"])
    plain = list(csv.DictReader(io.StringIO(run("events", "--format", "csv").output)))
    assert {"id", "fatalities_low", "fatalities_high", "n_sources"} <= set(plain[0])
    out = tmp_path / "e.jsonl"
    assert run("events", "--format", "jsonl", "-o", str(out), "--country", "Pakistan").exit_code == 0
    assert out.read_text().count("\n") == len([r for r in recs if r["country"] == "Pakistan"])
    assert run("events", "--since", "31/01/2026").exit_code != 0


def test_parquet_needs_pyarrow_or_writes(db, tmp_path):
    res = run("events", "--format", "parquet", "-o", str(tmp_path / "e.parquet"))
    try:
        import pyarrow.parquet as pq
    except ImportError:
        assert res.exit_code == 1 and "pip install" in res.output and "pyarrow" in res.output
        return
    assert res.exit_code == 0 and pq.read_table(tmp_path / "e.parquet").num_rows > 0


def test_show_prints_claims_sources_evidence_history(db):
    recs = [json.loads(ln) for ln in run("events", "--format", "jsonl").output.splitlines()]
    eid = recs[0]["id"]
    res = run("show", str(eid))
    assert res.exit_code == 0
    for section in ("sources:", "claims:", "evidence:", "history:"):
        assert section in res.output
    js = json.loads(run("show", str(eid), "--format", "json").output)
    assert js["id"] == eid and js["history"][0]["kind"] == "created"
    missing = run("show", "999999")
    assert missing.exit_code == 1 and "no event 999999" in missing.output and "Traceback" not in missing.output


def test_bad_db_url_is_a_message(tmp_path):
    res = run("events", "--db", "mysql://x/y")
    assert res.exit_code == 1 and "unknown store URL scheme" in res.output


def test_analyst_edit_and_revert_from_the_command_line(db):
    eid = json.loads(run("events", "--format", "jsonl").output.splitlines()[0])["id"]
    res = run("edit", str(eid), "fatalities", "7", "--analyst", "maria", "--note", "hospital list")
    assert res.exit_code == 0, res.output
    edit_id = int(res.output.split()[1].rstrip(":"))
    shown = json.loads(run("show", str(eid), "--format", "json").output)
    assert shown["fatalities"] == 7
    assert any(e["analyst"] == "maria" and e["note"] == "hospital list" for e in shown["edits"])
    res = run("revert", str(edit_id), "--analyst", "maria")
    assert res.exit_code == 0, res.output
    shown = json.loads(run("show", str(eid), "--format", "json").output)
    assert shown["fatalities"] == shown["machine"]["fatalities"]


def test_editing_an_unknown_field_or_event_is_a_clear_error(db):
    res = run("edit", "1", "colour", "red", "--analyst", "maria")
    assert res.exit_code != 0 and "editable fields are" in res.output
    res = run("edit", "999999", "fatalities", "3", "--analyst", "maria")
    assert res.exit_code != 0 and "no event 999999" in res.output


def test_reextract_with_the_same_extractor_changes_nothing(db):
    n = len(run("events", "--format", "jsonl").output.splitlines())
    res = run("reextract")
    assert res.exit_code == 0, res.output
    assert "re-extracted 3 document(s): 0 changed, 3 unchanged" in res.output
    assert len(run("events", "--format", "jsonl").output.splitlines()) == n


def test_reextract_withdraws_what_a_new_extractor_no_longer_finds(db, monkeypatch):
    from eventatlas import ingest
    from eventatlas.models import Report

    recs = [json.loads(ln) for ln in run("events", "--format", "jsonl").output.splitlines()]
    doc_id = next(r["sources"][0]["document_id"] for r in recs if len(r["sources"]) == 1)
    only_there = [r["id"] for r in recs if [s["document_id"] for s in r["sources"]] == [doc_id]]
    monkeypatch.setattr(ingest, "default_extract", lambda config=None: lambda text, **kw: Report())
    res = run("reextract", str(doc_id))
    assert res.exit_code == 0, res.output
    assert f"document {doc_id}: 0 event(s)" in res.output
    assert f"{len(only_there)} withdrawn" in res.output.splitlines()[-1]
    left = {json.loads(ln)["id"] for ln in run("events", "--format", "jsonl").output.splitlines()}
    assert only_there and not left & set(only_there)
    shown = run("show", str(only_there[0]))
    assert "withdrawn: no source reports it any more" in shown.output
    assert str(only_there[0]) in run("events", "--withdrawn").output
    bad = run("reextract", "9999")
    assert bad.exit_code == 1 and "no document 9999" in bad.output
