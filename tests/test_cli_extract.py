"""`eventatlas extract`: output formats, stdin, options and the JSONL batch contract (issue 2)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventatlas.cli import cli

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ATTACK = EXAMPLES / "01_multi_town_attack.txt"
PROTEST = EXAMPLES / "02_protest.txt"
KABUL = "Gunmen killed three people in Kabul on Monday, police said."

# ACLED's field names, exactly (shared/eval/README.md and the codebook)
ACLED_FIELDS = [
    "event_date", "time_precision", "event_type", "sub_event_type", "disorder_type", "actor1", "assoc_actor_1",
    "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "country", "iso", "admin1",
    "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "fatalities", "notes", "tags",
]
EXTRA_FIELDS = ["fatalities_low", "fatalities_high", "claims", "campaign", "warnings", "evidence"]
LINE_KEYS = {"id", "events", "warnings", "campaign_claims"}


@pytest.fixture(scope="module")
def invoke(home, pipeline):
    pipeline.gazetteer  # the session's index, opened by the CLI through EVENTATLAS_HOME

    def run(*args, input=None):
        return CliRunner().invoke(cli, [str(a) for a in args], input=input, env={"EVENTATLAS_HOME": str(home)})

    return run


def ok(res):
    assert res.exit_code == 0, res.output + repr(res.exception)
    return res.stdout


# ---------------------------------------------------------------- formats


def test_json_is_a_list_of_reports_with_acled_fields(invoke):
    reports = json.loads(ok(invoke("extract", ATTACK, PROTEST, "--format", "json", "--published", "2026-01-31")))
    assert [len(r["events"]) for r in reports] == [3, 1]
    assert reports[0]["id"] == str(ATTACK)
    for r in reports:
        for ev in r["events"]:
            assert set(ACLED_FIELDS + EXTRA_FIELDS) <= set(ev)
            assert isinstance(ev["inter1"], int) and isinstance(ev["fatalities"], int)
            assert ev["event_date"] == ev["event_date"][:10] and ev["event_date"].startswith("2026-01-2")
    assert reports[0]["campaign_claims"] and reports[0]["campaign_claims"][0]["claimant"]


def test_jsonl_is_one_report_a_line(invoke):
    lines = ok(invoke("extract", ATTACK, PROTEST, EXAMPLES / "04_no_event.txt", "--format", "jsonl")).splitlines()
    assert len(lines) == 3
    reports = [json.loads(x) for x in lines]
    assert [len(r["events"]) for r in reports] == [3, 1, 0]
    assert set(ACLED_FIELDS) <= set(reports[1]["events"][0])


def test_csv_parses_back_with_acled_columns(invoke):
    out = ok(invoke("extract", ATTACK, PROTEST, "--format", "csv", "--published", "2026-01-31"))
    rows = list(csv.DictReader(io.StringIO(out)))
    header = next(csv.reader(io.StringIO(out)))
    assert header[0] == "source" and set(ACLED_FIELDS) <= set(header)
    assert [h for h in header if h in ACLED_FIELDS] == ACLED_FIELDS  # ACLED's order
    assert len(rows) == 4
    assert {r["location"] for r in rows} == {"Monguno", "Damboa", "Gwoza", "Gazipur"}
    assert {r["source"] for r in rows} == {str(ATTACK), str(PROTEST)}
    damboa = next(r for r in rows if r["location"] == "Damboa")
    assert damboa["fatalities"] == "4" and damboa["iso"] == "566"
    claims = json.loads(damboa["claims"])
    assert claims and claims[0]["figure"] == 4
    assert "evidence" not in header


def test_table_is_readable(invoke):
    out = ok(invoke("extract", ATTACK, "--published", "2026-01-31"))
    assert out.startswith(f"== {ATTACK}: 3 event(s)")
    assert "date" in out and "place" in out and "fatal" in out
    assert "2026-01-27 Damboa, Borno (p1)" in out  # ACLED writes states without "State"
    assert "campaign claim: 21 killed (more_than)" in out


def test_table_marks_an_inferred_year(invoke):
    out = ok(invoke("extract", PROTEST))
    assert "2026-01-26*" in out


def test_stdin_dash(invoke):
    out = ok(invoke("extract", "-", "--format", "json", "--published", "2026-01-31", input=PROTEST.read_bytes()))
    (rep,) = json.loads(out)
    assert rep["id"] == "<stdin>"
    assert [e["location"] for e in rep["events"]] == ["Gazipur"]


def test_stdin_dash_with_files(invoke):
    out = ok(invoke("extract", ATTACK, "-", "--format", "jsonl", input=KABUL))
    ids = [json.loads(x)["id"] for x in out.splitlines()]
    assert ids == [str(ATTACK), "<stdin>"]


# ---------------------------------------------------------------- options


@pytest.mark.parametrize("value", ["31/01/2026", "yesterday", "2026-02-30", "20260131x"])
def test_bad_published_is_a_usage_error(invoke, value):
    res = invoke("extract", PROTEST, "--published", value)
    assert res.exit_code == 2
    assert "--published" in res.output and "YYYY-MM-DD" in res.output
    assert "Traceback" not in res.output


def test_published_accepts_a_timestamp(invoke):
    out = ok(invoke("extract", PROTEST, "--published", "2026-01-31T08:00:00Z", "--format", "json"))
    assert json.loads(out)[0]["events"][0]["event_date"] == "2026-01-26"


def test_no_input_is_a_usage_error(invoke):
    res = invoke("extract")
    assert res.exit_code == 2 and "FILES" in res.output


def test_unknown_format_is_a_usage_error(invoke):
    res = invoke("extract", PROTEST, "--format", "xml")
    assert res.exit_code == 2 and "--format" in res.output


# ---------------------------------------------------------------- the batch contract


BATCH = [
    json.dumps({"id": "a", "text": KABUL, "published": "2026-02-03"}),  # 1 good
    "{not json",  # 2 bad JSON
    "",  # 3 blank: an input line like any other, so an error line keeps the count
    json.dumps([1, 2]),  # 4 not an object
    json.dumps("just a string"),  # 5 not an object
    json.dumps({"id": "b"}),  # 6 no text
    json.dumps({"id": "c", "text": 5}),  # 7 text not a string
    json.dumps({"id": 7, "text": PROTEST.read_text(encoding="utf-8")}),  # 8 numeric id, batch-wide --published
    json.dumps({"id": "d", "text": KABUL, "published": "last week"}),  # 9 bad published
    json.dumps({"id": "e", "text": ""}),  # 10 empty text: a warning, not an error
    json.dumps({"id": "f", "text": "<html><body><p>" + KABUL + "</p></body></html>", "url": "http://x", "title": "T",
                "published": "2026-02-03"}),  # 11 HTML
    '{"id": "g", "text": "Gunmen killed three people in Kabul \\ud800 on Monday."}',  # 12 lone surrogate
    json.dumps({"id": "h", "text": KABUL, "published": 20260203}),  # 13 published not a string
]
ERRORS = {2: "not valid JSON", 3: "blank", 4: "JSON object", 5: "JSON object", 6: "'text'", 7: "'text'",
          9: "YYYY-MM-DD", 12: "surrogate", 13: "published"}


def _batch_lines(out: str) -> list[dict]:
    return [json.loads(x) for x in out.splitlines()]


@pytest.fixture(scope="module")
def batch_out(invoke, tmp_path_factory):
    path = tmp_path_factory.mktemp("batch") / "in.jsonl"
    path.write_text("\n".join(BATCH) + "\n", encoding="utf-8")
    return _batch_lines(ok(invoke("extract", "--jsonl", path, "--published", "2026-01-31")))


def test_batch_one_output_line_per_input_line_in_order(batch_out):
    assert len(batch_out) == len(BATCH)
    assert [o["id"] for o in batch_out] == ["a", None, None, None, None, "b", "c", 7, "d", "e", "f", None, "h"]
    for o in batch_out:
        assert LINE_KEYS <= set(o)  # the same keys on good and bad lines


def test_batch_bad_lines_get_an_error_and_the_batch_goes_on(batch_out):
    for n, o in enumerate(batch_out, 1):
        if n in ERRORS:
            assert o["error"].startswith(f"line {n}:") and ERRORS[n] in o["error"], o
            assert o["events"] == []
        else:
            assert "error" not in o, o


def test_batch_good_lines_carry_events(batch_out):
    a, protest, empty, html = batch_out[0], batch_out[7], batch_out[9], batch_out[10]
    assert [e["location"] for e in a["events"]] == ["Kabul"]
    assert a["events"][0]["event_date"] == "2026-02-02"  # the line's own publication date
    assert [e["event_date"] for e in protest["events"]] == ["2026-01-26"]  # --published for the batch
    assert not protest["events"][0]["year_inferred"]
    assert set(ACLED_FIELDS) <= set(protest["events"][0])
    assert empty["events"] == [] and any("empty" in w for w in empty["warnings"])
    assert [e["location"] for e in html["events"]] == ["Kabul"]


def test_batch_from_stdin_without_trailing_newline(invoke):
    data = "\n".join([json.dumps({"id": i, "text": KABUL}) for i in range(5)] + ["oops"])
    out = _batch_lines(ok(invoke("extract", "--jsonl", "-", input=data)))
    assert [o["id"] for o in out] == [0, 1, 2, 3, 4, None]
    assert "error" in out[-1] and all("error" not in o for o in out[:-1])


def test_batch_with_progress_keeps_stdout_clean(invoke, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": KABUL}) for i in range(3)) + "\n", encoding="utf-8")
    res = invoke("extract", "--jsonl", path, "--progress")
    assert [o["id"] for o in _batch_lines(ok(res))] == [0, 1, 2]
    assert "docs" in res.stderr


def test_batch_binary_lines_are_errors_not_a_crash(invoke, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe\n" + json.dumps({"id": "z", "text": KABUL}).encode() + b"\n")
    out = _batch_lines(ok(invoke("extract", "--jsonl", path)))
    assert out[-1]["id"] == "z" and "error" not in out[-1]
    assert all("error" in o for o in out[:-1])


def test_batch_rejects_table_and_csv(invoke, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": 1, "text": KABUL}) + "\n", encoding="utf-8")
    for fmt in ("table", "csv"):
        res = invoke("extract", "--jsonl", path, "--format", fmt)
        assert res.exit_code == 2 and "--format" in res.output


def test_batch_and_files_together_is_a_usage_error(invoke, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": 1, "text": KABUL}) + "\n", encoding="utf-8")
    res = invoke("extract", PROTEST, "--jsonl", path)
    assert res.exit_code == 2 and "not both" in res.output


def test_batch_through_the_real_entry_point(home, pipeline, tmp_path):
    """The console script as other tools call it: JSONL on stdin, JSONL on stdout, nothing else."""
    pipeline.gazetteer
    exe = Path(sys.executable).with_name("eventatlas")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-c", "from eventatlas.cli import main; main()"]
    data = "\n".join([json.dumps({"id": "x", "text": KABUL, "published": "2026-02-03"}), "[]", ""]) + "\n"
    proc = subprocess.run(
        [*cmd, "extract", "--jsonl", "-", "--format", "jsonl"], input=data, capture_output=True, text=True,
        timeout=60, env={"EVENTATLAS_HOME": str(home), "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 0, proc.stderr
    out = _batch_lines(proc.stdout)
    assert [o["id"] for o in out] == ["x", None, None]
    assert out[0]["events"][0]["location"] == "Kabul" and "error" in out[1] and "error" in out[2]
    assert proc.stderr == ""  # no progress bar when stderr is not a terminal
