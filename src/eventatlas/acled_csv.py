"""Read an ACLED CSV export as gold cases: each row's ``notes`` is the text, the row the gold.

ACLED exports have had two shapes: older files write dates as '31 December 2021' and inter
codes as numbers (1-8, 0 for no actor); newer ones write ISO dates and inter codes as words
('State forces', 'Rebel group'). Both are read; values are turned into the types of the case
format (ints, floats, ISO dates) and empty cells are left out, since a gold event holds only
the fields its source gives.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import EvaluationError
from .evaluate import Case

INT_COLUMNS = frozenset({"inter1", "inter2", "interaction", "iso", "fatalities", "geo_precision",
                         "time_precision", "timestamp", "year", "event_id_no_cnty"})
FLOAT_COLUMNS = frozenset({"latitude", "longitude"})
#: Columns that are not event fields.
SKIP_COLUMNS = frozenset({"notes"})

INTER_CODES: dict[str, int] = {
    "state forces": 1, "rebel group": 2, "rebel groups": 2, "political militia": 3,
    "political militias": 3, "identity militia": 4, "identity militias": 4, "rioters": 5,
    "protesters": 6, "civilians": 7, "external/other forces": 8, "external/other force": 8,
    "other forces": 8,
}

MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[\s\-/]+([A-Za-z]+)\.?[\s\-/,]+(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")


@dataclass(frozen=True)
class AcledCsv:
    """The cases read from one export, and the rows left out (with why)."""

    cases: list[Case]
    skipped: list[str] = field(default_factory=list)


def parse_acled_date(value: str) -> str:
    """'31 December 2021', '31-Dec-2021', 'December 31, 2021' or '2021-12-31' -> '2021-12-31'."""
    v = value.strip()
    if m := _ISO.match(v):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif (m := _DAY_MONTH_YEAR.match(v)) and m[2].lower() in MONTHS:
        y, mo, d = int(m[3]), MONTHS[m[2].lower()], int(m[1])
    elif (m := _MONTH_DAY_YEAR.match(v)) and m[1].lower() in MONTHS:
        y, mo, d = int(m[3]), MONTHS[m[1].lower()], int(m[2])
    else:
        raise ValueError(f"unknown date format {value!r}; expected '31 December 2021' or '2021-12-31'")
    return dt.date(y, mo, d).isoformat()


def inter_code(value: str) -> int:
    """An inter code from a number ('7') or ACLED's label ('Civilians')."""
    v = value.strip()
    if v.lstrip("-").isdigit():
        return int(v)
    try:
        return INTER_CODES[v.casefold()]
    except KeyError:
        raise ValueError(f"unknown actor type {value!r}") from None


def interaction_code(value: str) -> int | str:
    """ACLED's interaction code from '17' or 'State forces-Civilians' ('Protesters only' -> 60);
    a label that cannot be read is kept as it is."""
    v = value.strip()
    if v.isdigit():
        return int(v)
    low = v.casefold()
    try:
        if low.endswith(" only"):
            return 10 * INTER_CODES[low[: -len(" only")].strip()]
        a, b = (INTER_CODES[part.strip()] for part in low.split("-", 1))
    except (KeyError, ValueError):
        return v
    return 10 * min(a, b) + max(a, b)


def row_to_event(row: dict[str, str]) -> dict[str, Any]:
    """One CSV row as a gold event dict (raises ValueError on a value it cannot read)."""
    event: dict[str, Any] = {}
    for key, raw in row.items():
        if key is None or key in SKIP_COLUMNS:
            continue
        value = (raw or "").strip()
        if not value:
            continue
        if key == "event_date":
            event[key] = parse_acled_date(value)
        elif key in ("inter1", "inter2"):
            event[key] = inter_code(value)
        elif key == "interaction":
            event[key] = interaction_code(value)
        elif key in INT_COLUMNS:
            try:
                event[key] = int(float(value))
            except ValueError:
                raise ValueError(f"column {key}: {value!r} is not a number") from None
        elif key in FLOAT_COLUMNS:
            try:
                event[key] = float(value)
            except ValueError:
                raise ValueError(f"column {key}: {value!r} is not a number") from None
        else:
            event[key] = value
    for inter, actor in (("inter1", "actor1"), ("inter2", "actor2")):
        if inter in row and inter not in event and not (row.get(actor) or "").strip():
            event[inter] = 0  # ACLED's code for 'no such actor'
    return event


def _dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        return csv.excel


def read_acled_csv(path: str | Path, *, set_name: str = "acled_notes",
                   group_same_notes: bool = False) -> AcledCsv:
    """Cases ``{id: event_id_cnty, text: notes, published: None, gold: {events: [row]}}``.

    Rows without notes are skipped (listed in ``skipped``). With ``group_same_notes`` rows
    whose notes are the same text become one case with several gold events, as an extractor
    reading that text once would see them.
    """
    path = Path(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            sample = fh.read(65536)
            fh.seek(0)
            reader = csv.DictReader(fh, dialect=_dialect(sample))
            header = [h.strip() for h in (reader.fieldnames or [])]
            reader.fieldnames = header
            missing = [c for c in ("notes", "event_date") if c not in header]
            if missing:
                raise EvaluationError(
                    f"{path} lacks the column(s) {', '.join(missing)}; export it from ACLED"
                    " with the notes and event_date columns")
            rows = list(enumerate(reader, 1))
    except OSError as exc:
        raise EvaluationError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise EvaluationError(f"{path} is not UTF-8 text; save the export as UTF-8") from exc
    except csv.Error as exc:
        raise EvaluationError(f"{path} is not a readable CSV file: {exc}") from exc

    cases: list[Case] = []
    by_text: dict[str, Case] = {}
    skipped: list[str] = []
    for rowno, row in rows:
        notes = (row.get("notes") or "").strip()
        case_id = (row.get("event_id_cnty") or "").strip() or f"row-{rowno}"
        if not notes:
            skipped.append(f"row {rowno} ({case_id}): no notes")
            continue
        try:
            event = row_to_event(row)
        except ValueError as exc:
            raise EvaluationError(f"{path}, data row {rowno} ({case_id}): {exc}") from exc
        if group_same_notes and notes in by_text:
            by_text[notes].gold_events.append(event)
            continue
        case = Case(id=case_id, text=notes, gold_events=[event], published=None, set=set_name)
        by_text[notes] = case
        cases.append(case)
    return AcledCsv(cases, skipped)
