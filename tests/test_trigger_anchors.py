"""Anchors let the trigger search skip a lexicon pattern on a text that lacks every anchor word.

That is only safe when every match of the pattern contains one of its anchors; these tests check
that property on the bundled test texts (about 11,000 invented reports and notes) and on phrases
an anchor once missed.
"""

import json
from pathlib import Path

import pytest

from eventatlas import eventtype
from eventatlas.pipeline import Pipeline

DATA = Path(__file__).parent / "data"


def _texts() -> list[str]:
    out = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            text = row.get("text") if isinstance(row, dict) else None
            if isinstance(text, str) and text:
                out.append(text)
    return out


# each sub-type's whole lexicon pattern (the scanner searches it branch by branch, with the same matches)
ANCHORED = [(name, eventtype._SCANNER.whole(name), eventtype._ANCHORS[name])
            for name, _ in eventtype._LEXICON if name in eventtype._ANCHORS]


def test_every_anchor_table_names_a_lexicon_pattern():
    names = {name for name, _ in eventtype._LEXICON}
    assert set(eventtype._ANCHORS) <= names


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """The bundled test texts, read once for all the anchored patterns."""
    return _texts()


@pytest.mark.slow
@pytest.mark.parametrize("name,rx,anchors", ANCHORED, ids=[a[0] for a in ANCHORED])
def test_every_match_contains_an_anchor(name, rx, anchors, texts):
    assert len(texts) > 5000
    missing = []
    for text in texts:
        for m in rx.finditer(text):
            found = m.group(0).lower()
            if not any(a in found for a in anchors):
                missing.append(m.group(0))
    assert not missing, f"{name}: matches with no anchor: {missing[:5]}"


@pytest.mark.parametrize(
    "name,phrase",
    [
        ("Air/drone strike", "The strike was carried out by two Mirage fighters"),
        ("Looting/property destruction", "The gunmen carted away grain sacks"),
        ("_force", "Officers swung batons at the marchers"),
        ("_force", "Police lathi-charged the crowd"),
        ("_protest_violence", "Youths hurled bricks at the police"),
        ("_clash_words", "The two groups traded gunfire"),
        ("Remote explosive/landmine/IED", "A device hidden under a culvert went off"),
    ],
)
def test_anchors_let_known_phrases_through(name, phrase):
    anchors = eventtype._ANCHORS[name]
    rx = eventtype._SCANNER.whole(name)
    m = rx.search(phrase)
    assert m is not None, f"{name} no longer matches {phrase!r}"
    assert any(a in phrase.lower() for a in anchors)
    assert any(a in m.group(0).lower() for a in anchors)


def test_mirage_strike_is_found_without_other_air_words():
    doc = Pipeline().extract("On 4 May 2021, the strike was carried out by two Mirage fighters on a camp near Gao, killing 6.")
    assert doc.events and doc.events[0].sub_event_type == "Air/drone strike"
