"""Score predicted events against gold cases, with the metrics of ``shared/eval/score.py``.

The numbers are the same as the reference scorer's (same field checks, same greedy matching,
same rounding); on top of them this module keeps every gold-to-prediction match so that a
confusion table of sub-event types and a list of the worst misses can be drawn from them.

Case format (one JSON object a line)::

    {"id": ..., "set": ..., "text": ..., "published": "YYYY-MM-DD" | null,
     "gold": {"events": [{"event_date": ..., "event_type": ..., ...}]}}

Prediction format: ``{"id": ..., "events": [...]}`` one line per document.

Gold events stay plain dicts: a gold event holds only the fields its source gives, and which
fields are present decides what is scored.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import EvaluationError

FIELDS: tuple[str, ...] = (
    "event_type", "sub_event_type", "event_date", "loc_10km", "loc_50km", "country",
    "admin1", "admin2", "fatalities", "inter1", "inter2", "actor1", "place_named",
)
#: The rows of a report, in the order score.py prints them.
METRICS: tuple[str, ...] = ("cases", "detection_recall", "extra_events_per_case",
                            "false_alarm_rate", *FIELDS)

_ADMIN_WORDS = re.compile(r"\b(district|division|province|state|region|governorate|city|town)\b")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_BRACKETED = re.compile(r"\([^)]*\)")

# --------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One gold document: its text and the events coders found in it."""

    id: str
    text: str
    gold_events: list[dict[str, Any]]
    published: str | None = None
    set: str = "all"

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "set": self.set, "text": self.text, "published": self.published,
                "gold": {"events": self.gold_events}}


@dataclass(frozen=True)
class EventMatch:
    """A gold event and the prediction matched to it (None: not detected)."""

    case_id: str
    set: str
    gold_index: int
    gold: dict[str, Any]
    predicted: dict[str, Any] | None
    hits: dict[str, bool]

    @property
    def detected(self) -> bool:
        return self.predicted is not None

    @property
    def wrong(self) -> list[str]:
        return [f for f in FIELDS if f in self.hits and not self.hits[f]]


@dataclass(frozen=True)
class ExtraEvent:
    """A predicted event no gold event took; ``negative`` when its case has no gold event."""

    case_id: str
    set: str
    event: dict[str, Any]
    negative: bool


@dataclass
class Evaluation:
    """The outcome of :func:`score`.

    ``report`` is exactly what score.py's ``score()`` returns: per set, the metrics of
    :data:`METRICS` that apply. ``counts`` gives per set and field the ``(right, scored)``
    counts behind each share.
    """

    report: dict[str, dict[str, Any]]
    counts: dict[str, dict[str, tuple[int, int]]]
    matches: list[EventMatch]
    extras: list[ExtraEvent]
    texts: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------------------------
# Field comparison (same rules as score.py)
# --------------------------------------------------------------------------------------------


def norm(value: Any) -> str:
    """A place name without accents, case, punctuation and words like 'district'."""
    s = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode().casefold()
    s = _ADMIN_WORDS.sub(" ", s)
    return _NON_ALNUM.sub(" ", s).strip()


def actor_key(value: Any) -> str:
    """An actor name without bracketed parts and without an 'ACRONYM:' prefix."""
    s = _BRACKETED.sub(" ", str(value))
    s = s.split(":", 1)[-1] if ":" in s else s
    return norm(s)


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres between two (latitude, longitude) points."""
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def point(event: dict[str, Any]) -> tuple[float, float] | None:
    try:
        return float(event["latitude"]), float(event["longitude"])
    except (KeyError, TypeError, ValueError):
        return None


def _same_int(gold: Any, pred: Any) -> bool:
    try:
        return pred is not None and int(pred) == int(gold)
    except (TypeError, ValueError):
        return False


def _place_named(location_text: str, pred: dict[str, Any]) -> bool:
    want = norm(location_text.split(",")[0])
    for name in (pred.get(k) for k in ("location", "admin3", "admin2", "admin1")):
        if name and (norm(name) == want or norm(name) in want.split() or want in norm(name)):
            return True
    return False


def field_hits(gold: dict[str, Any], pred: dict[str, Any] | None) -> dict[str, bool]:
    """For each field the gold event has, whether ``pred`` (None: no prediction) gets it right."""
    p = pred or {}
    out: dict[str, bool] = {}
    for f in ("event_type", "sub_event_type", "event_date"):
        if gold.get(f):
            out[f] = str(p.get(f) or "") == str(gold[f])
    gp, pp = point(gold), point(p)
    if gp:
        d = km(gp, pp) if pp else float("inf")
        out["loc_10km"], out["loc_50km"] = d <= 10, d <= 50
    for f in ("country", "admin1", "admin2"):
        if gold.get(f):
            out[f] = bool(p.get(f)) and norm(p[f]) == norm(gold[f])
    for f in ("fatalities", "inter1", "inter2"):
        if gold.get(f) is not None:
            out[f] = _same_int(gold[f], p.get(f))
    if gold.get("actor1"):
        a, b = actor_key(gold["actor1"]), actor_key(p.get("actor1") or "")
        out["actor1"] = bool(b) and (a == b or (len(b) > 3 and (a in b or b in a)))
    if gold.get("location_text"):
        out["place_named"] = _place_named(gold["location_text"], p)
    return out


def match_score(gold: dict[str, Any], pred: dict[str, Any]) -> float:
    """How well ``pred`` fits ``gold``; the greedy matcher takes the highest."""
    s = 0.0
    g_sub, g_type = gold.get("sub_event_type"), gold.get("event_type")
    s += 2 * (g_sub is not None and pred.get("sub_event_type") == g_sub)
    s += 1 * (g_type is not None and pred.get("event_type") == g_type)
    s += 1 * (str(pred.get("event_date")) == str(gold.get("event_date")))
    gp, pp = point(gold), point(pred)
    if gp and pp:
        s += 2 * (km(gp, pp) <= 50)
    return s


# --------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------


def _events_of(case_id: str, events: Any, bad: list[str]) -> list[dict[str, Any]]:
    if events is None:
        return []
    if not isinstance(events, list):
        bad.append(case_id)
        return []
    return [e for e in events if isinstance(e, dict)]


def _share(hit: int, n: int) -> float | None:
    return round(hit / n, 4) if n else None


def score(cases: Iterable[Case], predictions: dict[str, Any]) -> Evaluation:
    """Match predictions to gold events case by case and compute the metrics.

    ``predictions`` maps a case id to its list of predicted event dicts. A case without an
    entry counts as one where nothing was extracted. Each gold event in turn takes the free
    prediction with the highest :func:`match_score` (the first on a tie); it is detected when
    any prediction is left for it.
    """
    hits: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    matches: list[EventMatch] = []
    extras: list[ExtraEvent] = []
    texts: dict[str, str] = {}
    bad: list[str] = []
    for case in cases:
        st = case.set
        texts[case.id] = case.text
        pred = _events_of(case.id, predictions.get(case.id), bad)
        c = counts[st]
        c["cases"] += 1
        c["gold_events"] += len(case.gold_events)
        c["predicted_events"] += len(pred)
        if not case.gold_events:
            c["negative_cases"] += 1
            c["false_alarm_cases"] += bool(pred)
            extras.extend(ExtraEvent(case.id, st, p, True) for p in pred)
            continue
        free = list(range(len(pred)))
        for gi, g in enumerate(case.gold_events):
            best = max(free, key=lambda i: match_score(g, pred[i]), default=None)
            p = pred[best] if best is not None else None
            if best is not None:
                free.remove(best)
                c["detected"] += 1
            fh = field_hits(g, p)
            for f, ok in fh.items():
                hits[st][f][0] += ok
                hits[st][f][1] += 1
            matches.append(EventMatch(case.id, st, gi, g, p, fh))
        c["extra_events"] += len(free)
        extras.extend(ExtraEvent(case.id, st, pred[i], False) for i in free)
    report: dict[str, dict[str, Any]] = {}
    per_field: dict[str, dict[str, tuple[int, int]]] = {}
    for st in sorted(counts):
        c = counts[st]
        r: dict[str, Any] = {
            "cases": c["cases"],
            "detection_recall": _share(c["detected"], c["gold_events"]),
            "extra_events_per_case": round(c["extra_events"] / c["cases"], 4),
            "false_alarm_rate": _share(c["false_alarm_cases"], c["negative_cases"]),
        }
        per_field[st] = {"detection_recall": (c["detected"], c["gold_events"]),
                         "false_alarm_rate": (c["false_alarm_cases"], c["negative_cases"])}
        for f in FIELDS:
            hit, n = hits[st].get(f, (0, 0))
            if n:
                r[f] = round(hit / n, 4)
                per_field[st][f] = (hit, n)
        report[st] = r
    warnings = [f"{len(bad)} prediction lines have 'events' that is not a list (first: id"
                f" {bad[0]}); scored as no events"] if bad else []
    return Evaluation(report, per_field, matches, extras, texts, warnings)


# --------------------------------------------------------------------------------------------
# Confusion table and worst misses
# --------------------------------------------------------------------------------------------

MISSED = "(missed)"  # the gold event got no prediction
UNSET = "(none)"  # the prediction lacks the field
NO_GOLD = "(no gold)"  # row of predicted events that no gold event took


@dataclass(frozen=True)
class Confusion:
    """Counts of (gold label, predicted label) for one field in one set."""

    set: str
    field: str
    cells: dict[tuple[str, str], int]

    def gold_labels(self) -> list[str]:
        totals: Counter[str] = Counter()
        for (g, _), n in self.cells.items():
            totals[g] += n
        labels = sorted((g for g in totals if g != NO_GOLD), key=lambda g: (-totals[g], g))
        return labels + ([NO_GOLD] if NO_GOLD in totals else [])

    def row(self, gold: str) -> Counter[str]:
        return Counter({p: n for (g, p), n in self.cells.items() if g == gold})

    def predicted_total(self, label: str) -> int:
        return sum(n for (_, p), n in self.cells.items() if p == label)

    def to_json(self) -> dict[str, Any]:
        return {"set": self.set, "field": self.field,
                "rows": {g: dict(self.row(g).most_common()) for g in self.gold_labels()}}


def confusion(evaluation: Evaluation, field_name: str = "sub_event_type") -> list[Confusion]:
    """One confusion table per set whose gold events have ``field_name``.

    Rows are gold labels, columns predicted labels; :data:`MISSED` stands for an undetected
    gold event, :data:`UNSET` for a prediction without the field, and the row
    :data:`NO_GOLD` holds predicted events that matched no gold event.
    """
    cells: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for m in evaluation.matches:
        g = m.gold.get(field_name)
        if not g:
            continue
        p = MISSED if m.predicted is None else str(m.predicted.get(field_name) or UNSET)
        cells[m.set][(str(g), p)] += 1
    for x in evaluation.extras:
        if x.set in cells:
            cells[x.set][(NO_GOLD, str(x.event.get(field_name) or UNSET))] += 1
    return [Confusion(st, field_name, dict(cells[st])) for st in sorted(cells)]


@dataclass(frozen=True)
class Miss:
    """A gold event scored wrong on some field: what gold says and what was predicted."""

    case_id: str
    set: str
    gold_index: int
    detected: bool
    wrong: dict[str, tuple[Any, Any]]  # field -> (gold value, predicted value)
    text: str
    gold: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.case_id, "set": self.set, "gold_index": self.gold_index,
                "detected": self.detected, "text": self.text, "gold": self.gold,
                "wrong": {f: {"gold": g, "predicted": p} for f, (g, p) in self.wrong.items()}}


def _shown(m: EventMatch, f: str) -> tuple[Any, Any]:
    p = m.predicted or {}
    if f in ("loc_10km", "loc_50km"):
        gp, pp = point(m.gold), point(p)
        dist = f"{km(gp, pp):.0f} km away" if gp and pp else "no coordinates"
        return (m.gold.get("location"), f"{p.get('location')} ({dist})")
    if f == "place_named":
        return (m.gold.get("location_text"),
                ", ".join(str(p[k]) for k in ("location", "admin2", "admin1") if p.get(k)) or None)
    return (m.gold.get(f), p.get(f))


def _fatality_error(m: EventMatch) -> int:
    try:
        g = int(m.gold.get("fatalities") or 0)
        p = int((m.predicted or {}).get("fatalities") or 0)
    except (TypeError, ValueError):
        return 0
    return abs(g - p)


def worst_misses(evaluation: Evaluation, n: int = 10, *, set_name: str | None = None) -> list[Miss]:
    """The ``n`` gold events with the most wrong fields (undetected ones are wrong on all);
    ties go to the larger fatality error, then to file order."""
    ranked = [m for m in evaluation.matches
              if m.wrong and (set_name is None or m.set == set_name)]
    ranked.sort(key=lambda m: (-len(m.wrong), -_fatality_error(m)))
    return [Miss(m.case_id, m.set, m.gold_index, m.detected,
                 {f: _shown(m, f) for f in m.wrong}, evaluation.texts.get(m.case_id, ""), m.gold)
            for m in ranked[:n]]


# --------------------------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------------------------


def _jsonl_rows(path: Path) -> Iterator[tuple[int, Any]]:
    try:
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    yield lineno, json.loads(line)
                except json.JSONDecodeError as exc:
                    raise EvaluationError(
                        f"{path}, line {lineno}: not JSON ({exc.msg}); each line must be one"
                        " JSON object") from exc
    except OSError as exc:
        raise EvaluationError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise EvaluationError(f"{path} is not UTF-8 text; save it as UTF-8") from exc


def case_from_json(row: Any, where: str = "case") -> Case:
    """A :class:`Case` from one parsed line of a case file."""
    if not isinstance(row, dict) or "id" not in row:
        raise EvaluationError(f"{where}: a case must be a JSON object with an 'id'")
    gold = row.get("gold")
    events = gold.get("events") if isinstance(gold, dict) else None
    if not isinstance(events, list) or not all(isinstance(e, dict) for e in events):
        raise EvaluationError(f"{where}: a case needs \"gold\": {{\"events\": [ {{...}}, ... ]}}"
                              " (an empty list when the text reports no event)")
    published = row.get("published")
    return Case(id=str(row["id"]), text=str(row.get("text") or ""), gold_events=events,
                published=str(published) if published else None,
                set=str(row.get("set") or "all"))


def load_cases(path: str | Path) -> list[Case]:
    """Gold cases from a JSONL case file, or from an ACLED CSV export when the name ends in .csv."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        from .acled_csv import read_acled_csv

        return read_acled_csv(path).cases
    return [case_from_json(row, f"{path}, line {n}") for n, row in _jsonl_rows(path)]


def load_predictions(path: str | Path) -> dict[str, Any]:
    """Prediction lines by id (a later line with the same id replaces an earlier one)."""
    path = Path(path)
    preds: dict[str, Any] = {}
    for lineno, row in _jsonl_rows(path):
        if not isinstance(row, dict):
            raise EvaluationError(f"{path}, line {lineno}: expected an object"
                                  ' {"id": ..., "events": [...]}')
        preds[str(row.get("id"))] = row.get("events") or []
    return preds


# --------------------------------------------------------------------------------------------
# Running an extractor over the cases
# --------------------------------------------------------------------------------------------

Extractor = Callable[..., Any]  # extract(text, published=date | None) -> Report-like


@dataclass(frozen=True)
class Prediction:
    id: str
    events: list[dict[str, Any]]
    warnings: list[str]
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "events": self.events, "warnings": self.warnings}
        if self.error:
            out["error"] = self.error
        return out


def _event_dict(event: Any) -> dict[str, Any]:
    if isinstance(event, dict):
        return event
    return event.model_dump(mode="json")


def _published(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def predict(cases: Iterable[Case], extract: Extractor) -> Iterator[Prediction]:
    """Run ``extract(text, published=...)`` on each case, in order.

    An exception on one case is recorded in that prediction's ``error`` (it then scores as
    nothing extracted) and the run goes on: one bad case must not void a measurement.
    """
    for case in cases:
        try:
            report = extract(case.text, published=_published(case.published))
        except Exception as exc:  # noqa: BLE001 - recorded per case, counted by the caller
            yield Prediction(case.id, [], [], f"{type(exc).__name__}: {exc}")
            continue
        yield Prediction(case.id, [_event_dict(e) for e in report.events],
                         list(getattr(report, "warnings", []) or []))
