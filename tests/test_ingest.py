"""Ingest (issue 5): files, directories, JSONL, HTML, feeds; idempotent, resumable, concurrent."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

import pytest
from test_store_factories import batch_lines, fake_extract, pg_schema_url

from eventatlas.ingest import IngestFailure, ingest_documents, parse_every, read_items
from eventatlas.store import open_store

TESTS = Path(__file__).resolve().parent
REPORTS = TESTS / "data" / "reports"
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "events.sqlite")
    return pg_schema_url(request)


def test_reads_text_html_jsonl_and_directories(tmp_path):
    (tmp_path / "a.txt").write_text("EVENT Quetta 2026-01-31 killed=2")
    (tmp_path / "b.html").write_text(
        "<!doctype html><html><head><title>Clash</title>"
        '<meta property="article:published_time" content="2026-02-01T09:00:00Z"></head>'
        "<body><nav><a href='/'>Home</a></nav><article><p>EVENT Kalat 2026-01-31 killed=1</p></article></body></html>"
    )
    (tmp_path / "c.jsonl").write_text('{"id": "x1", "text": "EVENT Gwadar 2026-01-30 killed=0", "published": "2026-01-30"}\n'
                                      "not json\n" '{"id": "x3"}\n')
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    items = list(read_items([str(tmp_path), str(tmp_path / "missing.txt")]))
    docs = [i for i in items if not isinstance(i, IngestFailure)]
    fails = [i for i in items if isinstance(i, IngestFailure)]
    assert [d.doc_id for d in docs] == [str(tmp_path / "a.txt"), str(tmp_path / "b.html"), "x1"]
    html = docs[1]
    assert html.title == "Clash" and html.published.isoformat() == "2026-02-01"
    assert html.text == "EVENT Kalat 2026-01-31 killed=1"  # navigation dropped
    assert docs[2].published.isoformat() == "2026-01-30"
    reasons = " | ".join(f.error for f in fails)
    assert "c.jsonl:2: not JSON" in reasons and "c.jsonl:3" in reasons and "binary" in reasons
    assert "no such file" in reasons


def test_ingest_twice_changes_nothing_and_skips_extraction(tmp_path):
    src = tmp_path / "batch.jsonl"
    src.write_text("\n".join(batch_lines(40)) + "\n")
    calls = []

    def counting(text, **kw):
        calls.append(text)
        return fake_extract(text, **kw)

    with open_store(str(tmp_path / "e.sqlite")) as store:
        first = ingest_documents(store, read_items([str(src)]), extract=counting)
        stats = store.stats()
        second = ingest_documents(store, read_items([str(src)]), extract=counting)
        assert store.stats() == stats
    assert first.documents == 40 and second.duplicates == 40 and second.documents == 0
    assert len(calls) == 40  # already stored content is not extracted again
    assert first.events_merged > 0 and first.events_created < 80


_WORKER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {tests!r})
    from test_store_factories import fake_extract
    from eventatlas.ingest import ingest_documents, read_items
    from eventatlas.store import open_store
    lines = open({src!r}).read().splitlines()
    if {reverse!r}:
        lines = lines[::-1]
    from eventatlas.ingest import read_jsonl
    with open_store({url!r}) as store:
        ingest_documents(store, read_jsonl(lines, "batch"), extract=fake_extract)
    """
)


def _worker(tmp_path, url, reverse=False, name="w.py"):
    script = tmp_path / name
    script.write_text(_WORKER.format(tests=str(TESTS), src=str(tmp_path / "batch.jsonl"), url=url, reverse=reverse))
    env = {**os.environ, "PYTHONPATH": str(TESTS.parent / "src")}
    return subprocess.Popen([sys.executable, str(script)], env=env, stderr=subprocess.PIPE)


def _snapshot(url):
    with open_store(url) as store:
        b = store.backend
        dup = b.execute("SELECT COUNT(*) FROM (SELECT content_hash FROM documents GROUP BY content_hash "
                        "HAVING COUNT(*) > 1) x").fetchone()[0]
        orphans = b.execute("SELECT COUNT(*) FROM documents d WHERE NOT EXISTS "
                            "(SELECT 1 FROM event_sources s WHERE s.document_id = d.id)").fetchone()[0]
        events = Counter((se.event.location, se.event.event_date, se.n_sources, se.event.fatalities)
                         for se in store.events())
        return store.stats().documents, dup, orphans, events


def _reference(tmp_path, n):
    url = str(tmp_path / "reference.sqlite")
    with open_store(url) as store:
        from eventatlas.ingest import read_jsonl

        ingest_documents(store, read_jsonl(batch_lines(n), "batch"), extract=fake_extract)
    return _snapshot(url)


@pytest.mark.slow
def test_killed_batch_reruns_without_loss_or_duplicates(tmp_path, db_url):
    n = 300
    (tmp_path / "batch.jsonl").write_text("\n".join(batch_lines(n)) + "\n")
    proc = _worker(tmp_path, db_url)
    deadline = time.time() + 30
    with open_store(db_url) as store:
        while store.stats().documents < 30 and time.time() < deadline and proc.poll() is None:
            time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done = _snapshot(db_url)[0]
    assert 0 < done < n, "the worker was not killed mid-batch"
    rerun = _worker(tmp_path, db_url, name="rerun.py")
    assert rerun.wait(timeout=120) == 0, rerun.stderr.read().decode()
    docs, dup, orphans, events = _snapshot(db_url)
    assert (docs, dup, orphans) == (n, 0, 0)
    assert events == _reference(tmp_path, n)[3]


@pytest.mark.slow
def test_two_ingesters_at_once_leave_a_consistent_store(tmp_path, db_url):
    n = 200
    (tmp_path / "batch.jsonl").write_text("\n".join(batch_lines(n)) + "\n")
    with open_store(db_url):
        pass  # migrate once, so that both workers find the schema
    a = _worker(tmp_path, db_url, name="a.py")
    b = _worker(tmp_path, db_url, reverse=True, name="b.py")
    for p in (a, b):
        assert p.wait(timeout=180) == 0, p.stderr.read().decode()
    docs, dup, orphans, events = _snapshot(db_url)
    assert (docs, dup, orphans) == (n, 0, 0)
    # every (place, day) is one event with all its sources, whoever stored it
    assert events == _reference(tmp_path, n)[3]


def test_real_extractor_merges_reports_of_one_day(tmp_path):
    """Extractor + store end to end on this repo's reports (and the seed when present).

    Properties that hold whatever the extractor makes: each stored event's sources agree on
    the day and the place, and no two stored events from different documents still match.
    """
    from eventatlas.merge import match
    from eventatlas.pipeline import Pipeline

    files = [(REPORTS / "ispr_2026-02-01.txt", "2026-02-01"), (REPORTS / "chief_minister_2026-02-03.txt", "2026-02-03")]
    if (SHARED / "seed" / "article.txt").exists():
        files.insert(0, (SHARED / "seed" / "article.txt", "2026-01-31"))
    extract = Pipeline().extract
    with open_store(str(tmp_path / "e.sqlite")) as store:
        for f, day in files:
            ingest_documents(store, read_items([str(f)], published=dt.date.fromisoformat(day)), extract=extract)
        again = ingest_documents(store, read_items([str(f) for f, _ in files]), extract=extract)
        assert again.duplicates == len(files) and again.documents == 0
        stored = store.events()
        docs = {}
        for se in stored:
            rows = store.backend.execute("SELECT event_json, document_id FROM event_sources WHERE event_id = ?",
                                         (se.id,)).fetchall()
            src = [json.loads(r[0]) for r in rows]
            docs[se.id] = {r[1] for r in rows}
            assert len(src) == se.n_sources
            assert len({s.get("event_date") for s in src}) == 1
            assert len({s.get("admin2") or s.get("location") for s in src}) == 1
        for i, a in enumerate(stored):
            for b in stored[i + 1:]:
                if not docs[a.id] & docs[b.id]:
                    assert match(a.machine, b.machine) is None, (a.id, b.id)


def test_parse_every():
    assert parse_every("15m") == 900 and parse_every("30s") == 30 and parse_every("2") == 2
    from eventatlas.errors import ConfigError

    with pytest.raises(ConfigError, match="duration"):
        parse_every("soon")
