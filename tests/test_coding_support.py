"""Helpers shared by the coding tests of sessions five to seven (it holds no tests itself)."""

from __future__ import annotations


def first_event(pipeline, text):
    """The first event coded from ``text``; the test fails when there is none."""
    events = pipeline.extract(text).events
    assert events, text
    return events[0]


def no_event(pipeline, text):
    """``text`` gives no event; the test fails, naming what was coded, when it does."""
    events = pipeline.extract(text).events
    assert not events, [(e.sub_event_type, e.notes) for e in events]


def killed_figures(text: str) -> list[int]:
    """The figures of the killed mentions the casualty finder reads in ``text``, in text order."""
    from eventatlas.casualties import find_casualties
    from eventatlas.text import make_document

    return [c.figure for c in find_casualties(make_document(text)) if c.outcome == "killed"]
