"""Builders of Event / Claim / Report objects for the store, merge and ingest tests (no tests here).

Events are built by hand so that these tests do not depend on the extractor's accuracy.
"""

from __future__ import annotations

from eventatlas.models import Claim, EvidenceSpan, Event, Report

# name: (geonameid, lat, lon, admin2, geo_precision)
PLACES = {
    "Quetta": (1167528, 30.1872, 67.0125, "Quetta", 1),
    "Mastung": (1170395, 29.7997, 66.8455, "Mastung", 1),
    "Kalat": (1175712, 29.0225, 66.5900, "Kalat", 1),
    "Gwadar": (1177446, 25.1216, 62.3254, "Gwadar", 1),
    "Turbat": (1163054, 26.0023, 63.0440, "Kech", 1),
    "Dalbandin": (1180809, 28.8880, 64.4059, "Chagai", 1),
    # not in the gazetteer: the district only, imprecise
    "Tump": (None, 26.1167, 62.3667, "Kech", 3),
    "Buleda": (None, 26.2300, 62.7000, "Kech", 3),
    "Dalbadin": (None, 28.8880, 64.4059, "Chagai", 3),
    "Kech": (None, 26.0, 63.0, "Kech", 3),
}
BLA = "BLA: Balochistan Liberation Army"
ARMY = "Military Forces of Pakistan (2024-)"
POLICE = "Police Forces of Pakistan (2024-)"


def claim(
    figure: int,
    *,
    claimant: str = "police",
    stance: str = "official",
    victims: str = "soldiers",
    victim_kind: str | None = "military",
    outcome: str = "killed",
    scope: str = "event",
    qualifier: str = "exact",
    low: int | None = None,
    high: int | None = -1,
    text: str = "",
) -> Claim:
    return Claim(
        figure=figure,
        low=figure if low is None else low,
        high=figure if high == -1 else high,
        qualifier=qualifier,
        outcome=outcome,
        victims=victims,
        victim_kind=victim_kind,
        claimant=claimant,
        stance=stance,
        scope=scope,
        evidence=EvidenceSpan(start=0, end=len(text), text=text or f"{figure} {victims} {outcome}"),
    )


def event(location: str = "Quetta", date: str | None = "2026-01-31", **kw) -> Event:
    gid, lat, lon, admin2, geo = PLACES.get(location, (None, None, None, None, 3))
    base = dict(
        event_date=date,
        time_precision=1,
        event_type="Battles",
        sub_event_type="Armed clash",
        disorder_type="Political violence",
        actor1=BLA,
        inter1=2,
        actor2=ARMY,
        inter2=1,
        interaction=12,
        country="Pakistan",
        iso=586,
        admin1="Balochistan",
        admin2=admin2,
        location=location,
        latitude=lat,
        longitude=lon,
        geo_precision=geo,
        geonameid=gid,
        evidence={"location": [EvidenceSpan(start=0, end=len(location), text=location)]},
    )
    base.update(kw)
    ev = Event(**base)
    if ev.claims and "fatalities" not in kw:
        killed = [c for c in ev.claims if c.outcome == "killed" and c.scope == "event"]
        ev = ev.model_copy(update={"fatalities": min((c.figure for c in killed), default=0)})
    return ev


def report(*events: Event, campaign_claims: list[Claim] | None = None) -> Report:
    return Report(events=list(events), campaign_claims=campaign_claims or [])


# --------------------------------------------------------------------------------------------
# PostgreSQL: a fresh schema per test in the server named by EVENTATLAS_TEST_PG_URL
# --------------------------------------------------------------------------------------------

import os  # noqa: E402
import uuid  # noqa: E402

PG_ENV = "EVENTATLAS_TEST_PG_URL"


def pg_schema_url(request) -> str:
    """A URL whose search_path is a new, empty schema (dropped after the test).

    Skips when EVENTATLAS_TEST_PG_URL is unset, except under CI (CI=true), where it fails:
    the PostgreSQL tests must not pass silently there (.ci/start-postgres.sh sets it).
    """
    import pytest

    url = os.environ.get(PG_ENV)
    if not url:
        msg = f"{PG_ENV} is not set: run `eval \"$(bash .ci/start-postgres.sh)\"` to test PostgreSQL"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(msg + " (CI=true: PostgreSQL tests may not be skipped)")
        pytest.skip(msg)
    psycopg = pytest.importorskip("psycopg")
    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")

    def drop() -> None:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")

    request.addfinalizer(drop)
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options=-csearch_path%3D{schema}"


# --------------------------------------------------------------------------------------------
# A fake extractor: "EVENT <place> <YYYY-MM-DD> killed=<n>" lines become events
# --------------------------------------------------------------------------------------------

import re  # noqa: E402

_LINE = re.compile(r"EVENT (\w+) (\d{4}-\d\d-\d\d) killed=(\d+)")


def fake_extract(text: str, published=None, **_kw):
    events = [
        event(m[1], date=m[2], claims=[claim(int(m[3]), claimant="officials")] if int(m[3]) else [])
        for m in _LINE.finditer(text)
    ]
    return report(*events)


def batch_lines(n: int = 300) -> list[str]:
    """JSONL batch lines whose events repeat places and days, so that many of them merge."""
    import json

    places = ["Quetta", "Mastung", "Kalat", "Gwadar", "Turbat", "Dalbandin"]
    out = []
    for i in range(n):
        a = places[i % len(places)]
        b = places[(i * 7 + 3) % len(places)]
        day = f"2026-01-{1 + (i * 5) % 20:02d}"
        text = f"Report {i}. EVENT {a} {day} killed={i % 9}. EVENT {b} {day} killed={(i * 3) % 7}."
        if a == b:
            text = f"Report {i}. EVENT {a} {day} killed={i % 9}."
        out.append(json.dumps({"id": f"r{i}", "text": text, "url": f"http://example.org/{i}"}))
    return out
