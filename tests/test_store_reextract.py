"""Re-extracting stored documents: a newer extractor's events replace a document's old ones.

Runs on SQLite and on PostgreSQL (the latter needs EVENTATLAS_TEST_PG_URL). Events are built
by hand (test_store_factories) so that these tests do not depend on the extractor.
"""

from __future__ import annotations

import pytest
from test_store_factories import BLA, claim, event, pg_schema_url, report

from eventatlas.errors import InputError, StoreError
from eventatlas.ingest import reextract_documents
from eventatlas.store import EventFilter, SourceDocument, open_store


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    url = str(tmp_path / "events.sqlite") if request.param == "sqlite" else pg_schema_url(request)
    with open_store(url) as s:
        yield s


def old_report():
    return report(
        event("Quetta", claims=[claim(7, claimant="police", victims="policemen", victim_kind="police")]),
        event("Mastung"),
        campaign_claims=[claim(13, claimant="BLA", stance="perpetrator_claim", scope="campaign", low=13, high=None,
                               qualifier="more_than")],
    )


def new_report():
    # the new extractor: Quetta with 9 dead, no Mastung event, a new one in Kalat
    return report(
        event("Quetta", claims=[claim(9, claimant="police", victims="policemen", victim_kind="police")]),
        event("Kalat", actor1=BLA, inter1=2),
    )


def test_identical_extraction_changes_nothing(store):
    out = store.add_report(SourceDocument("BLA attacks in Quetta and Mastung."), old_report())
    before = [(se.id, se.revision) for se in store.events()]
    again = store.replace_report(out.document_id, old_report())
    assert not again.changed and again.links == []
    assert [(se.id, se.revision) for se in store.events()] == before


def test_new_extraction_replaces_events_keeps_ids_and_edits(store):
    out = store.add_report(SourceDocument("BLA attacks in Quetta and Mastung."), old_report())
    quetta, mastung = (x.event_id for x in out.links)
    store.edit_event(quetta, "notes", "checked by phone", analyst="ana")
    res = store.replace_report(out.document_id, new_report())
    assert res.changed
    assert res.links[0].event_id == quetta and res.links[0].merged  # same incident, same id
    assert not res.links[1].merged  # Kalat is new
    assert res.withdrawn == [mastung] and res.updated == []
    ev = store.get_event(quetta)
    assert ev.event.fatalities == 9 and ev.event.notes == "checked by phone"  # the edit stays
    assert [c.claim.figure for c in ev.claims] == [9]  # the old claim is gone, not added to
    assert [h.kind for h in ev.history] == ["created", "edit", "reextracted"]
    assert ev.history[-1].changes["fatalities"] == [7, 9]
    # the withdrawn event is out of listings but kept, with its history
    listed = {se.event.location for se in store.events()}
    assert listed == {"Quetta", "Kalat"}
    assert {se.id for se in store.events(EventFilter(withdrawn=True))} == {quetta, mastung, res.links[1].event_id}
    gone = store.get_event(mastung)
    assert gone.n_sources == 0 and gone.history[-1].kind == "withdrawn" and gone.sources == []
    stats = store.stats()
    assert (stats.events, stats.withdrawn) == (2, 1)
    # campaign claims of the document were replaced too: the new report has none
    assert all(c.claim.figure != 13 for se in store.events() for c in se.claims)


def test_event_fed_by_another_document_is_recomputed_not_withdrawn(store):
    a = store.add_report(SourceDocument("first report"), old_report())
    b = store.add_report(SourceDocument("second report"), report(event("Mastung", claims=[claim(2)])))
    mastung = a.links[1].event_id
    assert b.links[0].event_id == mastung
    res = store.replace_report(a.document_id, new_report())
    assert res.updated == [mastung] and res.withdrawn == []
    ev = store.get_event(mastung)
    assert ev.n_sources == 1 and [s.document_id for s in ev.sources] == [b.document_id]


def test_withdrawn_event_is_revived_by_a_later_report(store):
    a = store.add_report(SourceDocument("first"), old_report())
    mastung = a.links[1].event_id
    store.replace_report(a.document_id, new_report())
    later = store.add_report(SourceDocument("a later report on Mastung"), report(event("Mastung")))
    assert later.links[0].event_id == mastung and later.links[0].merged
    assert store.get_event(mastung).n_sources == 1
    assert mastung in {se.id for se in store.events()}


def test_reextract_documents_runs_the_extractor_on_stored_text(store):
    a = store.add_report(SourceDocument("text one", url="http://a/1"), old_report())
    b = store.add_report(SourceDocument("text two"), report(event("Gwadar")))
    seen = []

    def extract(text, **kw):
        seen.append((text, kw["url"]))
        if text == "text two":
            raise InputError("text two: refused by the new version")
        return new_report()

    results = []
    summary = reextract_documents(store, extract=extract, on_result=lambda i, r: results.append(i))
    assert seen == [("text one", "http://a/1"), ("text two", None)]
    assert (summary.documents, summary.changed, summary.events_withdrawn, summary.events_created) == (1, 1, 1, 1)
    assert len(summary.failures) == 1 and "refused" in summary.failures[0].error
    assert results == [a.document_id, b.document_id]
    # the refused document keeps its event
    assert "Gwadar" in {se.event.location for se in store.events()}
    with pytest.raises(StoreError, match="no document 999"):
        store.replace_report(999, new_report())
