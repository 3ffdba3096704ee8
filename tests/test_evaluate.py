"""The evaluator: same numbers as shared/eval/score.py, ACLED CSV gold, confusion, worst misses."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import types
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventatlas.acled_csv import interaction_code, parse_acled_date, read_acled_csv
from eventatlas.cli_evaluate import evaluate, render_report
from eventatlas.errors import EvaluationError
from eventatlas.evaluate import (
    MISSED,
    NO_GOLD,
    Case,
    confusion,
    field_hits,
    load_cases,
    load_predictions,
    predict,
    score,
    worst_misses,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORE_PY = SHARED / "eval" / "score.py"
DEV = SHARED / "eval" / "dev"
needs_shared = pytest.mark.skipif(not SCORE_PY.exists(),
                                  reason=f"{SCORE_PY} is absent: cannot compare with score.py")

# --------------------------------------------------------------------------------------------
# Hand-written gold and predictions
# --------------------------------------------------------------------------------------------

GOLD_A = {"event_date": "2021-03-05", "event_type": "Battles", "sub_event_type": "Armed clash",
          "actor1": "JMB: Jamaat-ul-Mujahideen Bangladesh", "inter1": 2, "inter2": 1,
          "country": "Bangladesh", "admin1": "Dhaka", "admin2": "Gazipur",
          "latitude": 24.0, "longitude": 90.4, "fatalities": 3}
GOLD_B = {"event_date": "2021-03-06", "event_type": "Protests", "sub_event_type": "Peaceful protest",
          "actor1": "Protesters (Bangladesh)", "inter1": 6, "inter2": 0, "country": "Bangladesh",
          "admin1": "Khulna", "latitude": 22.8, "longitude": 89.55, "fatalities": 0}
GOLD_W = {"event_date": "2010-05-28", "country": "Pakistan", "location_text": "Lahore, Pakistan",
          "fatalities": 94}


def _cases() -> list[dict]:
    return [
        {"id": "a", "set": "s1", "text": "Clash and protest.", "gold": {"events": [GOLD_A, GOLD_B]}},
        {"id": "n", "set": "s1", "text": "A football match.", "gold": {"events": []}},
        {"id": "m", "set": "s1", "text": "Nobody predicted this.", "gold": {"events": [GOLD_B]}},
        {"id": "w", "set": "wiki", "text": "Bombs in Lahore.", "gold": {"events": [GOLD_W]}},
    ]


def _preds() -> list[dict]:
    pred_a = dict(GOLD_A, admin1="Dhaka Division", admin2="gazipur district", fatalities="3",
                  actor1="Jamaat-ul-Mujahideen Bangladesh", latitude=24.2)  # ~22 km north
    pred_b = dict(GOLD_B, event_date="2021-03-07", sub_event_type="Protest with intervention",
                  inter1="6", actor1="Protesters (Bangladesh)", latitude=22.8, longitude=89.55)
    extra = {"event_type": "Riots", "sub_event_type": "Mob violence", "event_date": "2021-03-05"}
    return [
        {"id": "a", "events": [pred_b, extra, pred_a]},  # order must not matter
        {"id": "n", "events": [extra]},
        # "m" has no line at all
        {"id": "w", "events": [{"event_date": "2010-05-28", "country": "pakistan",
                                "location": "Lahore", "admin1": "Punjab", "fatalities": 80}]},
        {"id": "zzz", "events": []},  # not in gold: ignored
    ]


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture()
def hand_files(tmp_path: Path) -> tuple[Path, Path]:
    return _write_jsonl(tmp_path / "gold.jsonl", _cases()), _write_jsonl(tmp_path / "pred.jsonl", _preds())


def test_metrics_on_hand_written_cases(hand_files):
    gold, pred = hand_files
    ev = score(load_cases(gold), load_predictions(pred))
    s1 = ev.report["s1"]
    assert s1["cases"] == 3
    assert s1["detection_recall"] == round(2 / 3, 4)  # A and B of case a; m got nothing
    assert s1["extra_events_per_case"] == round(1 / 3, 4)  # the riot in case a (not case n's)
    assert s1["false_alarm_rate"] == 1.0
    assert s1["event_type"] == round(2 / 3, 4)
    assert s1["sub_event_type"] == round(1 / 3, 4)  # B coded as intervention
    assert s1["event_date"] == round(1 / 3, 4)  # B a day late
    assert s1["loc_10km"] == round(1 / 3, 4)  # A 22 km off, B exact
    assert s1["loc_50km"] == round(2 / 3, 4)
    assert s1["admin1"] == round(2 / 3, 4)  # 'Dhaka Division' == 'Dhaka'
    assert s1["admin2"] == 1.0  # only A has admin2: 'gazipur district' == 'Gazipur'
    assert s1["fatalities"] == round(2 / 3, 4)  # '3' == 3
    assert s1["inter1"] == round(2 / 3, 4)  # '6' == 6
    assert s1["actor1"] == round(2 / 3, 4)  # acronym prefix dropped
    assert "place_named" not in s1
    w = ev.report["wiki"]
    assert w["false_alarm_rate"] is None and w["detection_recall"] == 1.0
    assert (w["event_date"], w["country"], w["place_named"], w["fatalities"]) == (1.0, 1.0, 1.0, 0.0)
    assert ev.counts["s1"]["sub_event_type"] == (1, 3)


def test_field_rules():
    assert field_hits({"actor1": "Police Forces of Bangladesh (2009-)"},
                      {"actor1": "Police Forces of Bangladesh (2001-2006)"}) == {"actor1": True}
    assert field_hits({"actor1": "AL: Bangladesh Awami League"}, {"actor1": "AL"}) == {"actor1": False}
    assert field_hits({"fatalities": 2}, {"fatalities": None}) == {"fatalities": False}
    assert field_hits({"fatalities": 0}, {}) == {"fatalities": False}
    assert field_hits({"inter2": 0}, {"inter2": "x"}) == {"inter2": False}
    assert field_hits({"admin1": "Chittagong"}, {"admin1": "Chattogram"}) == {"admin1": False}
    assert field_hits({"location_text": "Quetta, Pakistan"}, {"admin1": "Balochistan"}) == {"place_named": False}
    assert field_hits({"location_text": "Quetta, Pakistan"}, {"location": "Quetta City"}) == {"place_named": True}
    hits = field_hits({"latitude": 24.0, "longitude": 90.4}, {"latitude": "", "longitude": 90.4})
    assert hits == {"loc_10km": False, "loc_50km": False}


def test_greedy_matching_prefers_the_best_fit():
    g1 = {"sub_event_type": "Attack", "event_type": "Violence against civilians", "event_date": "2020-01-02"}
    g2 = {"sub_event_type": "Armed clash", "event_type": "Battles", "event_date": "2020-01-02"}
    cases = [Case("c", "t", [g1, g2])]
    ev = score(cases, {"c": [dict(g2), dict(g1)]})
    assert ev.report["all"]["sub_event_type"] == 1.0
    assert [m.predicted["sub_event_type"] for m in ev.matches] == ["Attack", "Armed clash"]


def test_non_list_events_score_as_nothing_and_warn():
    ev = score([Case("c", "t", [{"event_type": "Battles"}])], {"c": "oops"})
    assert ev.report["all"]["detection_recall"] == 0.0
    assert ev.warnings and "not a list" in ev.warnings[0]


def test_confusion_and_worst_misses(hand_files):
    gold, pred = hand_files
    ev = score(load_cases(gold), load_predictions(pred))
    (table,) = confusion(ev)  # the wiki set has no sub_event_type
    assert table.set == "s1"
    assert table.row("Peaceful protest") == {"Protest with intervention": 1, MISSED: 1}
    assert table.row("Armed clash") == {"Armed clash": 1}
    assert table.row(NO_GOLD) == {"Mob violence": 2}
    assert table.gold_labels()[0] == "Peaceful protest" and table.gold_labels()[-1] == NO_GOLD
    misses = worst_misses(ev, 2)
    assert [(m.case_id, m.detected) for m in misses] == [("m", False), ("a", True)]
    assert misses[1].wrong["sub_event_type"] == ("Peaceful protest", "Protest with intervention")
    assert worst_misses(ev, 5, set_name="wiki")[0].wrong == {"fatalities": (94, 80)}


def test_bad_files_raise_evaluation_error(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "events": []}\n{not json\n', encoding="utf-8")
    with pytest.raises(EvaluationError, match="line 2"):
        load_predictions(bad)
    nogold = _write_jsonl(tmp_path / "g.jsonl", [{"id": "x", "text": "t"}])
    with pytest.raises(EvaluationError, match="gold"):
        load_cases(nogold)
    with pytest.raises(EvaluationError, match="cannot read"):
        load_cases(tmp_path / "absent.jsonl")


# --------------------------------------------------------------------------------------------
# Same numbers as score.py
# --------------------------------------------------------------------------------------------


def _score_py(gold: Path, pred: Path) -> dict:
    out = subprocess.run([sys.executable, str(SCORE_PY), str(gold), str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def _perturbed_predictions(gold: Path, out: Path, seed: int) -> Path:
    """Predictions made from gold by dropping, garbling and adding events (test-time only)."""
    rng = random.Random(seed)
    junk = [None, "", "x", 0, 3, "3", "Armed clash", "Attack", 99.5, "Dhaka District"]
    with open(gold, encoding="utf-8") as fh, open(out, "w", encoding="utf-8") as w:
        for line in fh:
            case = json.loads(line)
            r = rng.random()
            if r < 0.08:
                continue
            events = []
            for g in case["gold"]["events"]:
                e = {k: (rng.choice(junk) if rng.random() < 0.15 else v) for k, v in g.items()}
                if "location_text" in g and rng.random() < 0.7:
                    e["location"] = g["location_text"].split(",")[0].upper()
                if rng.random() < 0.1 and e.get("latitude") is not None:
                    e["latitude"] = float(g["latitude"]) + rng.choice([0.05, 0.3, 1.0])
                if rng.random() < 0.9:
                    events.append(e)
            if r > 0.85:
                events.insert(rng.randrange(len(events) + 1),
                              {"sub_event_type": "Attack", "event_date": str(rng.choice(junk)),
                               "latitude": 23.7, "longitude": 90.4})
            w.write(json.dumps({"id": case["id"], "events": events}) + "\n")
    return out


@needs_shared
def test_same_numbers_as_score_py_on_hand_files(hand_files):
    gold, pred = hand_files
    assert score(load_cases(gold), load_predictions(pred)).report == _score_py(gold, pred)


@needs_shared
@pytest.mark.eval
@pytest.mark.parametrize("name", ["acled_notes_bangladesh", "wikipedia_incidents"])
def test_same_numbers_as_score_py_on_dev(name, tmp_path):
    gold = DEV / f"{name}.jsonl"
    if not gold.exists():
        pytest.skip(f"{gold} is absent")
    pred = _perturbed_predictions(gold, tmp_path / "pred.jsonl", seed=len(name))
    ours = score(load_cases(gold), load_predictions(pred)).report
    theirs = _score_py(gold, pred)
    assert ours == theirs
    assert 0.5 < next(iter(ours.values()))["detection_recall"] < 1.0  # the test data is not trivial
    # the CLI prints the same lines as score.py, and its JSON holds the same report
    ref = subprocess.run([sys.executable, str(SCORE_PY), str(gold), str(pred)],
                         capture_output=True, text=True, check=True).stdout.strip()
    assert render_report(ours) == ref
    res = CliRunner().invoke(evaluate, [str(gold), "-p", str(pred), "--format", "json", "--worst", "3"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["report"] == theirs


# --------------------------------------------------------------------------------------------
# ACLED CSV exports
# --------------------------------------------------------------------------------------------

OLD_CSV = (
    "\ufeffevent_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,"
    "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,country,"
    "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,notes,fatalities,tags,"
    "timestamp\n"
    'XYZ1,31 December 2021,2021,1,Violence against civilians,Attack,Unidentified Armed Group (Xland),'
    ',3,Civilians (Xland),,7,37,Civilian targeting,999,Xland,North,Hill,,Hilltown,10.5,20.25,2,'
    '"Daily Paper","On 31 December 2021, gunmen shot dead a trader in Hilltown, North.",1,,1640995200\n'
    'XYZ2,2 Jan 2022,2022,1,Protests,Peaceful protest,Protesters (Xland),Teachers (Xland),6,,,0,60,,'
    '999,Xland,South,Bay,,Baytown,-3.1,40,1,Radio,"On 2 January 2022, teachers marched in Baytown,\n'
    'demanding pay.",0,crowd size=no report,1641081600\n'
    "XYZ3,3 January 2022,2022,1,Riots,Mob violence,Rioters (Xland),,5,,,0,50,,999,Xland,South,Bay,,"
    "Baytown,-3.1,40,1,Radio,,0,,1641081600\n"
)

NEW_CSV = (
    "event_id_cnty;event_date;disorder_type;event_type;sub_event_type;actor1;inter1;actor2;inter2;"
    "interaction;country;admin1;location;latitude;longitude;notes;fatalities\n"
    "XYZ9;2023-07-04;Political violence;Battles;Armed clash;Military Forces of Xland (2020-);"
    "State forces;ABC: Army of the Bay;Rebel group;State forces-Rebel group;Xland;South;Baytown;"
    "-3.1;40;On 4 July 2023, the army fought ABC rebels near Baytown. 2 killed.;2\n"
    "XYZ10;2023-07-05;Demonstrations;Protests;Peaceful protest;Protesters (Xland);Protesters;;;"
    "Protesters only;Xland;South;Baytown;-3.1;40;On 5 July 2023, people protested in Baytown.;0\n"
)


def test_read_old_style_acled_csv(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(OLD_CSV, encoding="utf-8")
    got = read_acled_csv(path)
    assert [c.id for c in got.cases] == ["XYZ1", "XYZ2"]
    assert got.skipped == ["row 3 (XYZ3): no notes"]
    first, second = got.cases
    assert first.text.startswith("On 31 December 2021, gunmen") and first.published is None
    (ev,) = first.gold_events
    assert ev["event_date"] == "2021-12-31" and ev["fatalities"] == 1 and ev["inter1"] == 3
    assert ev["latitude"] == 10.5 and ev["iso"] == 999 and ev["geo_precision"] == 2
    assert "notes" not in ev and "assoc_actor_1" not in ev  # empty cells are left out
    assert "demanding pay" in second.text  # a quoted note over two lines
    assert second.gold_events[0]["event_date"] == "2022-01-02"
    assert second.gold_events[0]["tags"] == "crowd size=no report"


def test_read_new_style_acled_csv(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(NEW_CSV, encoding="utf-8")
    battle, protest = (c.gold_events[0] for c in read_acled_csv(path, set_name="x").cases)
    assert (battle["inter1"], battle["inter2"], battle["interaction"]) == (1, 2, 12)
    assert battle["event_date"] == "2023-07-04" and battle["disorder_type"] == "Political violence"
    assert (protest["inter1"], protest["inter2"], protest["interaction"]) == (6, 0, 60)


def test_acled_csv_values_and_errors(tmp_path):
    assert parse_acled_date("05 March 2019") == "2019-03-05"
    assert parse_acled_date("December 31, 2021") == "2021-12-31"
    assert parse_acled_date("2021-12-31T00:00:00") == "2021-12-31"
    with pytest.raises(ValueError):
        parse_acled_date("31 Smarch 2021")
    assert interaction_code("Civilians-State forces") == 17
    assert interaction_code("Sole military action") == "Sole military action"
    bad = tmp_path / "bad.csv"
    bad.write_text("event_id_cnty,event_date,notes\nQ1,31/31/2021,text\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"data row 1 \(Q1\).*date"):
        read_acled_csv(bad)
    nonotes = tmp_path / "nonotes.csv"
    nonotes.write_text("event_id_cnty,event_date\nQ1,2021-01-01\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="notes"):
        read_acled_csv(nonotes)


def test_group_same_notes(tmp_path):
    text = "On 4 July 2023, clashes in Baytown and Hilltown."
    path = tmp_path / "g.csv"
    path.write_text(f'event_id_cnty,event_date,location,notes\nA1,2023-07-04,Baytown,"{text}"\n'
                    f'A2,2023-07-04,Hilltown,"{text}"\n', encoding="utf-8")
    assert len(read_acled_csv(path).cases) == 2
    (case,) = read_acled_csv(path, group_same_notes=True).cases
    assert [e["location"] for e in case.gold_events] == ["Baytown", "Hilltown"]


def test_cli_scores_against_a_csv_export(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(OLD_CSV, encoding="utf-8")
    pred = _write_jsonl(tmp_path / "p.jsonl", [
        {"id": "XYZ1", "events": [{"event_type": "Violence against civilians", "sub_event_type": "Attack",
                                   "event_date": "2021-12-31", "fatalities": 1, "latitude": 10.5,
                                   "longitude": 20.25, "inter1": 3}]},
        {"id": "XYZ2", "events": []},
    ])
    res = CliRunner().invoke(evaluate, [str(path), "--predictions", str(pred)])
    assert res.exit_code == 0, res.output
    assert "== acled_notes" in res.output
    assert "  detection_recall         0.5" in res.output
    assert "Peaceful protest" in res.output and MISSED in res.output  # confusion row
    assert "== worst misses" in res.output


# --------------------------------------------------------------------------------------------
# The command
# --------------------------------------------------------------------------------------------


class _FakeReport:
    def __init__(self, events, warnings=()):
        self.events, self.warnings = events, list(warnings)


def _fake_pipeline_module(calls: list) -> types.ModuleType:
    def extract(text, published=None, **_):
        calls.append(published)
        if "boom" in text:
            raise RuntimeError("boom")
        if "Clash" in text:
            return _FakeReport([dict(GOLD_A), dict(GOLD_B)])
        return _FakeReport([], ["no event"])

    mod = types.ModuleType("eventatlas.pipeline")
    mod.default_pipeline = lambda: types.SimpleNamespace(extract=extract)
    return mod


def test_cli_run_uses_the_pipeline(tmp_path, monkeypatch):
    rows = _cases()
    rows[1] = dict(rows[1], text="boom", published="2021-03-09")
    gold = _write_jsonl(tmp_path / "gold.jsonl", rows)
    calls: list = []
    monkeypatch.setitem(sys.modules, "eventatlas.pipeline", _fake_pipeline_module(calls))
    saved = tmp_path / "saved.jsonl"
    res = CliRunner().invoke(evaluate, [str(gold), "--run", "--format", "json",
                                        "--save-predictions", str(saved)])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["report"]["s1"]["detection_recall"] == round(2 / 3, 4)
    assert out["run_errors"] == ["n: RuntimeError: boom"]
    assert "failed on 1 cases" in res.stderr
    assert str(calls[1]) == "2021-03-09"  # published passed on as a date
    lines = [json.loads(x) for x in saved.read_text().splitlines()]
    assert [x["id"] for x in lines] == ["a", "n", "m", "w"] and lines[1]["error"]


def test_predict_turns_models_into_dicts():
    class Ev:
        def model_dump(self, mode):
            return {"event_type": "Battles", "mode": mode}

    (p,) = predict([Case("c", "t", [])], lambda text, published: _FakeReport([Ev()]))
    assert p.events == [{"event_type": "Battles", "mode": "json"}] and p.error is None


def test_cli_usage_errors(hand_files):
    gold, pred = hand_files
    runner = CliRunner()
    res = runner.invoke(evaluate, [str(gold)])
    assert res.exit_code == 2 and "exactly one of" in res.output
    res = runner.invoke(evaluate, [str(gold), "-p", str(pred), "--run"])
    assert res.exit_code == 2
    bad = pred.with_name("bad.jsonl")
    bad.write_text("[1, 2]\n", encoding="utf-8")
    res = runner.invoke(evaluate, [str(gold), "-p", str(bad)])
    assert res.exit_code == 1 and "line 1" in res.output and "Traceback" not in res.output
    res = runner.invoke(evaluate, [str(gold), "-p", str(pred), "--no-confusion", "--worst", "0"])
    assert res.exit_code == 0 and "confusion" not in res.output and "worst" not in res.output
    assert "1 of 4 cases have no prediction line" in res.stderr
