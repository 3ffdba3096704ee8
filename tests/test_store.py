"""Event store (issue 5): idempotent ingest, merge across reports, campaigns, edits, history.

Every test runs on SQLite and on PostgreSQL (the latter needs EVENTATLAS_TEST_PG_URL).
"""

from __future__ import annotations

import json

import pytest
from test_store_factories import ARMY, BLA, POLICE, claim, event, pg_schema_url, report

from eventatlas.errors import StoreError
from eventatlas.store import EventFilter, SourceDocument, open_store
from eventatlas.store.schema import LATEST


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "events.sqlite")
    return pg_schema_url(request)


@pytest.fixture
def store(store_url):
    with open_store(store_url) as s:
        yield s


def doc(text: str, **kw) -> SourceDocument:
    return SourceDocument(text=text, **kw)


def bla_report():
    return report(
        event("Quetta", claims=[claim(7, claimant="reports", stance="media_report", victims="policemen",
                                      victim_kind="police")], actor2=POLICE),
        event("Mastung"),
        event("Tump"),
        event("Buleda"),
        campaign_claims=[claim(13, claimant="BLA", stance="perpetrator_claim", scope="campaign", low=13, high=None,
                               qualifier="more_than")],
    )


def army_report():
    return report(
        event("Quetta", actor1=ARMY, inter1=1, actor2=BLA, inter2=2,
              claims=[claim(4, claimant="ISPR", stance="official", victims="policemen", victim_kind="police"),
                      claim(9, claimant="ISPR", victims="terrorists", victim_kind="rebel")]),
        event("Kalat"),
    )


def test_same_content_twice_changes_nothing(store):
    first = store.add_report(doc("BLA attacks in Quetta.", url="http://a/1"), bla_report())
    assert not first.duplicate and first.created == 4
    before = store.stats()
    again = store.add_report(doc("BLA  attacks in\nQuetta. ", url="http://b/2"), bla_report())
    assert again.duplicate and again.document_id == first.document_id and again.links == []
    assert store.stats() == before


def test_second_report_merges_keeps_all_claims_and_recomputes(store):
    a = store.add_report(doc("report one", url="http://news/a"), bla_report())
    b = store.add_report(doc("report two", url="http://army/b"), army_report())
    quetta_id = a.links[0].event_id
    assert b.links[0].merged and b.links[0].event_id == quetta_id
    assert "same day (2026-01-31)" in b.links[0].reason and "same place (Quetta" in b.links[0].reason
    assert not b.links[1].merged  # Kalat is another place
    assert store.stats().events == 5
    ev = store.get_event(quetta_id)
    assert [s.url for s in ev.sources] == ["http://news/a", "http://army/b"]
    assert {(c.claim.claimant, c.document_id) for c in ev.claims} == {
        ("reports", a.document_id), ("ISPR", b.document_id), ("ISPR", b.document_id)}
    # police: lowest credible of 7 and 4; rebels: 9 (only one source) -> 13; high 7 + 9
    assert (ev.event.fatalities_low, ev.event.fatalities, ev.event.fatalities_high) == (13, 13, 16)
    assert [h.kind for h in ev.history] == ["created", "merged"]
    assert ev.history[1].changes["fatalities"] == [7, 13]
    assert "same place" in ev.history[1].reason
    assert {e.document_id for e in ev.evidence} == {a.document_id, b.document_id}


def test_campaign_claims_attach_to_the_campaign_not_events(store):
    out = store.add_report(doc("campaign report"), bla_report())
    assert len(out.campaign_ids) == 1
    camp = store.campaign_claims(out.campaign_ids[0])
    assert [c.claim.figure for c in camp] == [13] and camp[0].event_id is None
    for se in store.events():
        assert se.campaign_id == out.campaign_ids[0]
        assert all(c.claim.scope != "campaign" for c in se.claims)
    mastung = store.events(EventFilter(event_type="Armed clash", admin1="balochistan", actor="BLA"))
    assert all(se.event.fatalities == 0 for se in mastung if se.event.location == "Mastung")


def test_named_campaign_is_shared_across_documents(store):
    r1 = report(event("Quetta", campaign="Operation Harof 2.0"))
    r2 = report(event("Gwadar", campaign="operation harof 2.0"))
    assert store.add_report(doc("one"), r1).campaign_ids == store.add_report(doc("two"), r2).campaign_ids


def test_analyst_edit_survives_new_sources_and_can_be_reverted(store):
    out = store.add_report(doc("first"), bla_report())
    qid = out.links[0].event_id
    edit = store.edit_event(qid, "fatalities", 6, analyst="ana", note="hospital list")
    store.add_report(doc("second", doc_id="second"), army_report())
    ev = store.get_event(qid)
    assert ev.event.fatalities == 6 and ev.machine.fatalities == 13
    assert ev.edited_fields == ["fatalities"]
    assert [h.kind for h in ev.history] == ["created", "edit", "merged"]
    assert ev.history[1].changes["fatalities"] == [7, 6]
    # the effective value is what queries and filters see
    assert store.events(EventFilter(source="second"))[0].event.fatalities == 6
    store.revert_edit(edit, analyst="ana")
    assert store.get_event(qid).event.fatalities == 13
    with pytest.raises(StoreError, match="cannot edit"):
        store.edit_event(qid, "claims", [], analyst="ana")
    with pytest.raises(StoreError, match="bad value"):
        store.edit_event(qid, "geo_precision", "high", analyst="ana")
    with pytest.raises(StoreError, match="no event"):
        store.edit_event(999999, "notes", "x", analyst="ana")


def test_filters(store):
    store.add_report(doc("a", url="http://news/a", title="Attacks in Balochistan"), bla_report())
    store.add_report(doc("b", url="http://army/b"), army_report())
    store.add_report(doc("c"), report(event("Quetta", date="2026-03-01", event_type="Protests",
                                            sub_event_type="Peaceful protest", actor1="Protesters (Pakistan)",
                                            inter1=6, actor2=None, inter2=0)))
    assert len(store.events()) == 6
    assert len(store.events(EventFilter(since="2026-02-01"))) == 1
    assert len(store.events(EventFilter(until="2026-01-31", country="pakistan"))) == 5
    assert len(store.events(EventFilter(country="India"))) == 0
    assert len(store.events(EventFilter(event_type="protests"))) == 1
    assert len(store.events(EventFilter(source="army/b"))) == 2
    assert len(store.events(EventFilter(source="balochistan"))) == 4  # title match
    assert len(store.events(EventFilter(actor="liberation army"))) == 5
    assert len(store.events(EventFilter(limit=2))) == 2


def test_undated_and_countryless_events_are_kept_apart(store):
    r = report(event("Quetta", date=None), event("Quetta", date=None, country=None, admin1=None))
    store.add_report(doc("x"), r)
    store.add_report(doc("y"), r)
    assert store.stats().events == 4


def test_migrations_are_versioned_and_applied_once(store_url):
    with open_store(store_url) as s:
        assert s.schema_version() == LATEST
        assert s.migrate() == []
        s.backend.execute("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)",
                          (LATEST + 1, "from the future", "2099-01-01"))
    with pytest.raises(StoreError, match="upgrade eventatlas"):
        open_store(store_url)


def test_source_event_json_is_kept_per_document(store):
    out = store.add_report(doc("one"), bla_report())
    row = store.backend.execute("SELECT event_json FROM event_sources WHERE event_id = ?",
                                (out.links[0].event_id,)).fetchone()
    assert json.loads(row[0])["location"] == "Quetta"
    assert json.loads(row[0])["evidence"]["location"][0]["text"] == "Quetta"


def test_bad_urls_are_clear_errors(tmp_path):
    with pytest.raises(StoreError, match="unknown store URL scheme"):
        open_store("mysql://x/y")
    with pytest.raises(StoreError, match="cannot"):
        open_store("postgresql://nobody@127.0.0.1:1/none")
