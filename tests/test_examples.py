"""The reports in examples/ (what `make demo` extracts): properties an analyst would code.

The same ideas as tests/test_seed.py, on the project's own reports: one event per place,
the right actors on each side, every figure kept as a claim with its claimant, no double
counting, date handling with and without a publication date, evidence on every event.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventatlas.cli import cli
from eventatlas.text import make_document

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _per_example():
    """One parameter per example file."""
    return [p.name for p in sorted(EXAMPLES.iterdir())]


PUBLISHED = "2026-01-31"
WRONG_YEAR = "2025-02-01"  # makes every weekday in the examples wrong (2025-01-27 is a Monday)


def _text(name: str) -> str:
    return (EXAMPLES / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def reports(pipeline):
    return {p.name: pipeline.extract(p.read_text(encoding="utf-8"), published=PUBLISHED) for p in sorted(EXAMPLES.iterdir())}


def _claims(report):
    return list(report.campaign_claims) + [c for e in report.events for c in e.claims]


# ---------------------------------------------------------------- 01: a multi-town attack


def test_multi_town_attack_one_event_per_town(reports):
    rep = reports["01_multi_town_attack.txt"]
    towns = Counter(e.location for e in rep.events)
    assert towns == Counter({"Monguno": 1, "Damboa": 1, "Gwoza": 1})
    for e in rep.events:
        assert e.country == "Nigeria" and e.iso == 566
        assert e.admin1 and e.admin1.startswith("Borno")
        assert e.event_date == "2026-01-27" and e.time_precision == 1
        assert e.geo_precision == 1 and e.latitude and e.longitude


def test_multi_town_attack_iswap_against_nigerian_forces(reports):
    for e in reports["01_multi_town_attack.txt"].events:
        assert e.actor1 and e.actor1.startswith("Islamic State (West Africa)"), e.actor1
        assert e.inter1 == 2
        assert e.actor2 and ("Military Forces of Nigeria" in e.actor2 or "Police Forces of Nigeria" in e.actor2)
        assert e.inter2 == 1 and e.interaction == 12
        assert e.event_type == "Battles" and e.sub_event_type == "Armed clash"
        assert e.disorder_type == "Political violence"


def test_multi_town_attack_claims_keep_their_claimants(reports):
    killed = [c for c in _claims(reports["01_multi_town_attack.txt"]) if c.outcome == "killed"]
    iswap = [c for c in killed if c.stance == "perpetrator_claim"]
    assert any("ISWAP" in c.claimant and c.qualifier == "more_than" and c.low >= 20 and c.victim_kind == "military"
               for c in iswap), iswap
    official = [c for c in killed if c.stance == "official"]
    assert any("ilitary" in c.claimant and c.figure == 8 and c.qualifier == "at_least" and c.victim_kind == "military"
               for c in official), official
    assert any(c.figure == 15 and c.victim_kind == "rebel" for c in official)
    for c in killed:  # the phrase quotes the sentence it comes from
        assert c.phrase and c.phrase in c.evidence.text


def test_multi_town_attack_damboa_keeps_its_own_figure(reports):
    (damboa,) = [e for e in reports["01_multi_town_attack.txt"].events if e.location == "Damboa"]
    fours = [c for c in damboa.claims if c.figure == 4 and c.outcome == "killed"]
    assert fours and fours[0].victim_kind == "police" and fours[0].qualifier == "exact"
    assert "Damboa" in fours[0].evidence.text
    assert damboa.fatalities == 4 and damboa.fatalities_low == 4


def test_multi_town_attack_no_double_counting(reports):
    rep = reports["01_multi_town_attack.txt"]
    # campaign totals stay on the report, not copied onto each town
    assert rep.campaign_claims
    assert all(c.scope != "campaign" for e in rep.events for c in e.claims)
    largest_campaign = 8 + 15  # the military's total across the three towns
    assert sum(e.fatalities for e in rep.events) <= 4 + largest_campaign
    assert all(e.fatalities < 20 for e in rep.events)
    shares = [e for e in rep.events if any("share of a campaign total" in w for w in e.warnings)]
    assert all(e.location != "Damboa" for e in shares)


# ---------------------------------------------------------------- 02-05


def test_protest_in_gazipur(reports):
    (e,) = reports["02_protest.txt"].events
    assert (e.event_type, e.sub_event_type) == ("Protests", "Peaceful protest")
    assert e.disorder_type == "Demonstrations"
    assert e.location == "Gazipur" and e.country == "Bangladesh"
    assert e.actor1 and e.actor1.startswith("Protesters") and e.inter1 == 6
    assert e.event_date == "2026-01-26"
    assert e.fatalities == 0 and not e.actor2


def test_abduction_near_dera_ismail_khan(reports):
    (e,) = reports["03_abduction.txt"].events
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Abduction/forced disappearance")
    assert e.location == "Dera Ismail Khan" and e.country == "Pakistan"
    assert e.actor2 == "Civilians (Pakistan)" and e.inter2 == 7
    assert e.civilian_targeting == "Civilian targeting"
    assert e.event_date == "2026-01-29" and e.fatalities == 0
    abducted = [c for c in e.claims if c.outcome == "abducted"]
    assert abducted and abducted[0].claimant.lower() == "police" and abducted[0].stance == "official"


def test_no_event_report(reports):
    rep = reports["04_no_event.txt"]
    assert rep.events == [] and rep.campaign_claims == []


def test_html_page_gives_an_armed_clash_in_kismayo(reports):
    (e,) = reports["05_clash_html.html"].events
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")
    assert e.location == "Kismayo" and e.country == "Somalia"
    assert "Al Shabaab" in (e.actor1 or "") + (e.actor2 or "")
    assert e.fatalities >= 6 and e.fatalities_low >= 6
    # nothing from the script, menu or footer reached the text
    assert "tracking" not in e.notes and "Copyright" not in e.notes


def test_html_page_event_is_dated_by_its_article(reports):
    (e,) = reports["05_clash_html.html"].events
    assert e.event_date == "2026-01-25" and e.time_precision == 1


# ---------------------------------------------------------------- dates and evidence


@pytest.mark.parametrize("name", _per_example())
def test_weekday_mismatch_when_the_publication_date_makes_the_weekday_wrong(pipeline, name):
    rep = pipeline.extract(_text(name), published=WRONG_YEAR)
    for e in rep.events:
        assert e.event_date.startswith("2025-01"), (name, e.event_date)
        assert any("weekday" in w.lower() for w in e.warnings), (name, e.warnings)
        assert not e.year_inferred


def test_no_weekday_warning_when_the_weekday_is_right(reports):
    for name, rep in reports.items():
        for e in rep.events:
            assert not any("weekday" in w.lower() for w in e.warnings), (name, e.warnings)
            assert not e.year_inferred


def test_year_inferred_without_a_publication_date(pipeline):
    seen = 0
    for path in sorted(EXAMPLES.iterdir()):
        rep = pipeline.extract(path.read_text(encoding="utf-8"))
        for e in rep.events:
            seen += 1
            assert e.year_inferred, (path.name, e.event_date)
            assert any("year inferred" in w for w in e.warnings)
            assert e.event_date and e.event_date[5:] in {"01-25", "01-26", "01-27", "01-29"}
    assert seen >= 6


@pytest.mark.parametrize("name", _per_example())
def test_every_span_quotes_the_cleaned_text(reports, name):
    rep = reports[name]
    text = make_document(_text(name)).text
    for e in rep.events:
        for field in ("location", "event_type", "actor1"):
            assert e.evidence.get(field), (name, e.location, field)
        for spans in e.evidence.values():
            for s in spans:
                assert text[s.start : s.end] == s.text
        for c in e.claims:
            assert text[c.evidence.start : c.evidence.end] == c.evidence.text
    for c in rep.campaign_claims:
        assert text[c.evidence.start : c.evidence.end] == c.evidence.text


@pytest.mark.parametrize("name", _per_example())
def test_every_event_date_has_evidence(reports, name):
    for e in reports[name].events:
        assert e.evidence.get("event_date"), (name, e.location)


def test_make_demo_command_prints_every_example(home, pipeline):
    pipeline.gazetteer  # the index exists in `home` before the CLI opens it
    files = [str(p) for p in sorted(EXAMPLES.iterdir())]
    res = CliRunner().invoke(cli, ["extract", *files, "--published", PUBLISHED], env={"EVENTATLAS_HOME": str(home)})
    assert res.exit_code == 0, res.output
    for path, n in zip(files, (3, 1, 1, 0, 1)):
        assert f"== {path}: {n} event(s)" in res.stdout
    assert "campaign claim:" in res.stdout and "perpetrator_claim" in res.stdout
