"""Store benchmark (issue 5): ingest documents/s, merge cost as events grow, size per 1,000 documents.

    python benchmarks/bench_store.py [--max-events 100000] [--pg postgresql://...] [--real N]

Synthetic reports (pre-extracted, so the store alone is measured): 3 events a document over
20 countries x 60 places x 3 years; about a third of the events repeat a (place, day) already
stored and merge. ``--real N`` also runs the real extractor end to end on the first N ACLED
dev notes (../shared/eval/dev) when present. PostgreSQL is measured when --pg or
$EVENTATLAS_TEST_PG_URL is given.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from eventatlas.models import Claim, EvidenceSpan, Event, Report
from eventatlas.store import SourceDocument, open_store

WORDS = "the police said militants attacked a checkpoint near the town on the road killing and wounding several".split()


def synthetic(seed: int = 1):
    rng = random.Random(seed)
    countries = [f"Country{c:02d}" for c in range(20)]
    places = {c: [(f"{c}-Town{p:02d}", 10 + ci + p * 0.05, 40 + p * 0.05) for p in range(60)] for ci, c in enumerate(countries)}
    start = dt.date(2023, 1, 1)
    seen: list[tuple[str, tuple, str]] = []
    i = 0
    while True:
        i += 1
        events = []
        for _ in range(3):
            if seen and rng.random() < 0.33:
                country, place, day = rng.choice(seen)
            else:
                country = rng.choice(countries)
                place = rng.choice(places[country])
                day = (start + dt.timedelta(days=rng.randrange(3 * 365))).isoformat()
                seen.append((country, place, day))
            n = rng.randrange(6)
            ev_text = f"{n} soldiers were killed in {place[0]}"
            events.append(Event(
                event_date=day, event_type="Battles", sub_event_type="Armed clash", disorder_type="Political violence",
                actor1="Rebels", inter1=2, actor2=f"Military Forces of {country}", inter2=1, interaction=12,
                country=country, admin1="Province", admin2="District", location=place[0], latitude=place[1],
                longitude=place[2], geo_precision=1, fatalities=n, fatalities_low=n, fatalities_high=n,
                claims=[Claim(figure=n, low=n, high=n, qualifier="exact", outcome="killed", victims="soldiers",
                              victim_kind="military", claimant="police", stance="official", scope="event",
                              evidence=EvidenceSpan(start=0, end=len(ev_text), text=ev_text))] if n else [],
                evidence={"location": [EvidenceSpan(start=0, end=len(place[0]), text=place[0])]},
            ))
        text = f"Report {i}. " + " ".join(rng.choice(WORDS) for _ in range(250))
        yield SourceDocument(text=text, url=f"https://news.example/{i}", title=f"Report {i}"), Report(events=events)


def fill_and_measure(url: str, max_events: int, checkpoints: list[int], probe_docs: int = 300) -> dict:
    gen = synthetic()
    out = {"checkpoints": []}
    with open_store(url) as store:
        t0 = time.perf_counter()
        docs = 0
        for cp in checkpoints:
            if cp > max_events:
                break
            while store.stats().events < cp:
                for _ in range(200):
                    store.add_report(*next(gen))
                    docs += 1
            # probe: time per document (3 events, each blocked + merged or created) at this size
            t = time.perf_counter()
            for _ in range(probe_docs):
                store.add_report(*next(gen))
            per_doc = (time.perf_counter() - t) / probe_docs
            docs += probe_docs
            st = store.stats()
            size = store.backend.size_bytes()
            out["checkpoints"].append({
                "events": st.events, "documents": st.documents, "ms_per_document": round(per_doc * 1000, 3),
                "docs_per_s": round(1 / per_doc, 1), "bytes_per_1000_docs": int(size / st.documents * 1000) if size else None,
            })
            print(json.dumps(out["checkpoints"][-1]), file=sys.stderr)
        out["total_s"] = round(time.perf_counter() - t0, 1)
    return out


def real_pipeline(url: str, n: int) -> dict | None:
    dev = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev" / "acled_notes_bangladesh.jsonl"
    if not dev.exists():
        return None
    from eventatlas.ingest import default_extract, ingest_documents, read_jsonl

    lines = dev.read_text(encoding="utf-8").splitlines()[:n]
    extract = default_extract()
    extract("warm up the gazetteer and lexicon.")
    with open_store(url) as store:
        t = time.perf_counter()
        s = ingest_documents(store, read_jsonl(lines, "dev"), extract=extract)
        el = time.perf_counter() - t
        st = store.stats()
        size = store.backend.size_bytes()
    return {"documents": s.documents, "events_created": s.events_created, "events_merged": s.events_merged,
            "docs_per_s": round(s.documents / el, 1), "events": st.events,
            "bytes_per_1000_docs": int(size / max(st.documents, 1) * 1000) if size else None}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--max-events", type=int, default=100_000)
    ap.add_argument("--pg", default=os.environ.get("EVENTATLAS_TEST_PG_URL"))
    ap.add_argument("--pg-max-events", type=int, default=30_000)
    ap.add_argument("--real", type=int, default=1000)
    a = ap.parse_args()
    cps = [1_000, 3_000, 10_000, 30_000, 100_000]
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        results["sqlite"] = fill_and_measure(str(Path(tmp) / "bench.sqlite"), a.max_events, cps)
        if a.real:
            results["sqlite_real_extractor"] = real_pipeline(str(Path(tmp) / "real.sqlite"), a.real)
    if a.pg:
        import psycopg

        schema = f"bench_{os.getpid()}"
        with psycopg.connect(a.pg, autocommit=True) as c:
            c.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
            c.execute(f"CREATE SCHEMA {schema}")
        sep = "&" if "?" in a.pg else "?"
        try:
            results["postgresql"] = fill_and_measure(f"{a.pg}{sep}options=-csearch_path%3D{schema}",
                                                     a.pg_max_events, cps)
        finally:
            with psycopg.connect(a.pg, autocommit=True) as c:
                c.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
