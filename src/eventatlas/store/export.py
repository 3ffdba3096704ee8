"""Writing stored events out: table, jsonl, csv, geojson, acled-csv, parquet.

Each writer takes the events and a text stream (parquet: a binary file path) and returns
nothing; the CLI picks one by name from :data:`FORMATS`.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import IO, Any

from ..errors import ConfigError
from .records import StoredEvent

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
CSV_EXTRA = ("fatalities_low", "fatalities_high", "n_sources", "n_claims", "campaign", "source_urls", "edited")
FORMATS = ("table", "jsonl", "csv", "geojson", "acled-csv", "parquet")


def event_record(se: StoredEvent) -> dict[str, Any]:
    """One event as a JSON-ready dict: its fields, its sources and its claims."""
    ev = se.event.model_dump(exclude={"claims", "evidence"})
    by_doc = {s.document_id: s for s in se.sources}
    return {
        "id": se.id,
        **ev,
        "campaign": se.campaign or ev.get("campaign"),
        "n_sources": se.n_sources,
        "revision": se.revision,
        "edited_fields": se.edited_fields,
        "sources": [
            {"document_id": s.document_id, "url": s.url, "title": s.title, "published": s.published,
             "doc_id": s.doc_key, "merge_reason": s.merge_reason}
            for s in se.sources
        ],
        "claims": [
            {**c.claim.model_dump(), "document_id": c.document_id,
             "source_url": by_doc[c.document_id].url if c.document_id in by_doc else None}
            for c in se.claims
        ],
    }


def _source_text(se: StoredEvent) -> str:
    return "; ".join(s.title or s.url or s.doc_key or f"document {s.document_id}" for s in se.sources)


def acled_row(se: StoredEvent) -> dict[str, Any]:
    ev = se.event
    row = {k: getattr(ev, k, None) for k in ACLED_COLUMNS if hasattr(ev, k)}
    row.update(
        event_id_cnty=f"EA{se.id}",
        year=(ev.event_date or "")[:4] or None,
        region=None,
        source=_source_text(se),
        source_scale=None,
        timestamp=None,
    )
    return {k: row.get(k) for k in ACLED_COLUMNS}


def _cell(v: Any) -> Any:
    return "" if v is None else v


def write_jsonl(events: Sequence[StoredEvent], out: IO[str]) -> None:
    for se in events:
        out.write(json.dumps(event_record(se), ensure_ascii=False) + "\n")


def write_acled_csv(events: Sequence[StoredEvent], out: IO[str]) -> None:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(ACLED_COLUMNS)
    for se in events:
        w.writerow([_cell(v) for v in acled_row(se).values()])


def write_csv(events: Sequence[StoredEvent], out: IO[str]) -> None:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(("id",) + ACLED_COLUMNS + CSV_EXTRA)
    for se in events:
        ev = se.event
        extra = (ev.fatalities_low, ev.fatalities_high, se.n_sources, len(se.claims), se.campaign or ev.campaign,
                 " ".join(s.url for s in se.sources if s.url), ",".join(se.edited_fields))
        w.writerow([se.id, *[_cell(v) for v in acled_row(se).values()], *[_cell(v) for v in extra]])


def write_geojson(events: Sequence[StoredEvent], out: IO[str]) -> None:
    feats = []
    for se in events:
        rec = event_record(se)
        ev = se.event
        geom = None
        if ev.latitude is not None and ev.longitude is not None:
            geom = {"type": "Point", "coordinates": [ev.longitude, ev.latitude]}
        feats.append({"type": "Feature", "id": se.id, "geometry": geom, "properties": rec})
    json.dump({"type": "FeatureCollection", "features": feats}, out, ensure_ascii=False)
    out.write("\n")


def _fat(se: StoredEvent) -> str:
    ev = se.event
    if ev.fatalities_low == ev.fatalities and ev.fatalities_high == ev.fatalities:
        return str(ev.fatalities)
    high = "?" if ev.fatalities_high is None else ev.fatalities_high
    return f"{ev.fatalities} ({ev.fatalities_low}-{high})"


def write_table(events: Sequence[StoredEvent], out: IO[str]) -> None:
    cols = ("id", "date", "place", "type", "actors", "killed", "src", "claims")
    rows = []
    for se in events:
        ev = se.event
        place = ", ".join(x for x in (ev.location, ev.admin1, ev.country) if x)
        actors = " vs ".join(a for a in (ev.actor1, ev.actor2) if a)
        mark = "*" if se.edited_fields else ""
        rows.append((str(se.id) + mark, ev.event_date or "?", place, ev.sub_event_type, actors, _fat(se),
                     str(se.n_sources), str(len(se.claims))))
    limits = (8, 10, 34, 24, 60, 12, 3, 6)
    rows = [tuple(c if len(c) <= lim else c[: lim - 1] + "…" for c, lim in zip(r, limits)) for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(cols)]
    out.write("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    for r in rows:
        out.write("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() + "\n")
    out.write(f"{len(rows)} event(s)" + ("; * analyst-edited" if any(se.edited_fields for se in events) else "") + "\n")


def write_parquet(events: Sequence[StoredEvent], path: str) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ConfigError(
            "--format parquet needs pyarrow: pip install 'eventatlas[parquet]' (or pip install pyarrow), "
            "or use --format csv / jsonl"
        ) from exc
    recs = []
    for se in events:
        rec = event_record(se)
        rec["sources"] = json.dumps(rec["sources"], ensure_ascii=False)
        rec["claims"] = json.dumps(rec["claims"], ensure_ascii=False)
        rec["warnings"] = json.dumps(rec.get("warnings", []), ensure_ascii=False)
        rec["edited_fields"] = ",".join(rec["edited_fields"])
        recs.append(rec)
    pq.write_table(pa.Table.from_pylist(recs), path)


TEXT_WRITERS = {
    "table": write_table,
    "jsonl": write_jsonl,
    "csv": write_csv,
    "geojson": write_geojson,
    "acled-csv": write_acled_csv,
}
