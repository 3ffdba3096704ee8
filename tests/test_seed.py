"""The seed case (../shared/seed): properties a careful analyst codes, checked end to end.

These assert properties from shared/seed/EXPECTED.md, not strings of one output; the same
ideas are checked on the project's own example reports in test_examples.py.
"""

from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "article.txt"

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="../shared/seed/article.txt is absent")

TOWNS = {"Quetta", "Nushki", "Mastung", "Dalbandin", "Kalat", "Kharan", "Gwadar", "Pasni", "Tump", "Buleda"}


@pytest.fixture(scope="module")
def seed_text():
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def report(pipeline, seed_text):
    return pipeline.extract(seed_text, published="2026-02-01")


def test_ten_places_each_its_own_event(report):
    places = {e.location for e in report.events}
    assert TOWNS <= places
    for e in report.events:
        assert e.country == "Pakistan" and e.admin1 == "Balochistan"


def test_variants_resolve_and_unknown_towns_are_kept_and_flagged(report):
    by = {e.location: e for e in report.events}
    assert by["Nushki"].geo_precision == 1 and by["Nushki"].latitude
    assert by["Dalbandin"].latitude
    for town in ("Tump", "Buleda"):
        e = by[town]
        assert e.geo_precision == 3
        assert any("not found in the gazetteer" in w for w in e.warnings)
        # never moved to a namesake elsewhere
        assert e.country == "Pakistan"


def test_date_with_publication_date_and_weekday_warning(pipeline, seed_text):
    for pub in ("2026-01-31", "2026-02-01"):
        rep = pipeline.extract(seed_text, published=pub)
        assert {e.event_date for e in rep.events} == {"2026-01-31"}
        assert all(any("weekday" in w.lower() for w in e.warnings) for e in rep.events)


def test_without_publication_date_the_year_is_flagged(pipeline, seed_text):
    rep = pipeline.extract(seed_text)
    assert rep.events
    for e in rep.events:
        assert e.year_inferred and any("year inferred" in w for w in e.warnings)
        assert e.event_date.endswith("-01-31")


def test_bla_and_its_units_are_one_actor(report):
    actors = {e.actor1 for e in report.events}
    assert actors == {"BLA: Balochistan Liberation Army"}
    assoc = " ".join(e.assoc_actor_1 or "" for e in report.events)
    assert "Majeed Brigade" in assoc
    assert all(e.inter1 == 2 for e in report.events)


def test_state_forces_are_the_other_side(report):
    battles = [e for e in report.events if e.event_type == "Battles"]
    assert battles
    for e in battles:
        assert e.actor2 and ("Military Forces of Pakistan" in e.actor2 or "Police Forces of Pakistan" in e.actor2)
        assert e.inter2 == 1


def test_types_follow_codebook(report):
    by = {}
    for e in report.events:
        by.setdefault(e.location, []).append(e)
    for town in ("Mastung", "Kalat", "Kharan"):
        assert {e.sub_event_type for e in by[town]} == {"Armed clash"}
    for town in ("Pasni", "Gwadar", "Dalbandin"):
        assert by[town][0].sub_event_type in {"Suicide bomb", "Armed clash"}
    hostage = [e for e in report.events if e.sub_event_type == "Abduction/forced disappearance"]
    assert len(hostage) == 1 and hostage[0].location == "Nushki"
    assert hostage[0].actor2.startswith("Civilians") and hostage[0].inter2 == 7


def test_three_claims_with_claimants_and_no_double_counting(report):
    claims = list(report.campaign_claims) + [c for e in report.events for c in e.claims]
    killed = [c for c in claims if c.outcome == "killed"]
    bla = [c for c in killed if c.stance == "perpetrator_claim"]
    assert any(c.qualifier == "more_than" and c.figure == 13 and c.victim_kind == "military" for c in bla)
    media = [c for c in killed if c.stance == "media_report"]
    assert any(c.qualifier == "approximately" and c.figure == 12 for c in media)
    assert any(c.figure == 3 and c.victim_kind == "rebel" for c in media)
    quetta = [c for e in report.events if e.location == "Quetta" for c in e.claims]
    assert any(c.figure == 7 and c.victim_kind == "police" for c in quetta)
    total = sum(e.fatalities for e in report.events)
    # conservative: not every place gets the campaign total, and the sum never exceeds
    # the Quetta figure plus the largest campaign total
    assert total <= 7 + 15
    assert sum(1 for e in report.events if e.fatalities >= 12) == 0


def test_campaign_groups_the_events(report):
    assert {e.campaign for e in report.events} == {"Operation Harof"}


def test_every_event_has_evidence_spans_into_the_text(report, seed_text):
    for e in report.events:
        for field in ("location", "event_type", "actor1"):
            assert e.evidence.get(field), (e.location, field)
        for spans in e.evidence.values():
            for s in spans:
                assert seed_text[s.start : s.end] == s.text
