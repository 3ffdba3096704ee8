"""Toponyms of a text as plain records (what `eventatlas geoparse` prints)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from ..models import Document, PlaceMention
from ..text import make_document, split_sentences
from . import Gazetteer


def mention_record(m: PlaceMention) -> dict[str, Any]:
    return {
        "start": m.span.start,
        "end": m.span.end,
        "text": m.text,
        "role": m.role,
        "geo_precision": m.geo_precision,
        "place": asdict(m.place) if m.place else None,
        "area": asdict(m.area) if m.area else None,
        "flags": list(m.flags),
        "alternatives": [{"score": c.score, "place": asdict(c.place)} for c in m.candidates],
    }


def geoparse_document(doc: Document, gaz: Gazetteer) -> list[PlaceMention]:
    from ..places import find_places

    return find_places(doc, gaz)


def geoparse_text(text: str, gaz: Gazetteer, *, clean: bool = True) -> list[dict[str, Any]]:
    """Records for every toponym; offsets refer to the cleaned text (or ``text`` itself when
    ``clean`` is false)."""
    doc = make_document(text) if clean else Document(text=text, sentences=split_sentences(text))
    return [mention_record(m) for m in geoparse_document(doc, gaz)]
