"""Deciding whether two reported events are one incident, and combining their sources.

Pure functions over :class:`~eventatlas.models.Event`; the store calls them. Nothing here
touches a database, so the rules are tested directly.

Rules (ACLED's unit is one place, one day, one actor pair):

* dates: same day when both are day-precise; a week-precise event (time_precision 2) may be
  3 days either side, a month-precise one (3) 16 days (its date is the mid-month). Undated events never merge.
* places: same country, then the same GeoNames id, the same location name (same admin1), or
  two precise points within ``max_km``; "same district" (admin2) only when one of the two is
  imprecise (geo_precision 3) *and* names no other town (it is the district itself or a
  spelling of the other's name). Different places never merge.
* types: the same event type, or both political violence (Battles / Explosions / Violence
  against civilians), or both demonstrations (Protests / Riots).
* actors: when both name a non-state group, they must share one.

:func:`combine` rebuilds the merged event from all its source events each time one arrives,
so the result does not depend on how often it was recomputed.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from .models import Claim, Event

VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
DEMONSTRATIONS = frozenset({"Protests", "Riots"})
# ACLED's precedence when one incident was coded differently by two sources.
TYPE_PRECEDENCE = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Riots",
    "Protests",
    "Strategic developments",
)
GENERIC_ACTOR_PREFIXES = ("unidentified", "civilians", "protesters", "rioters")
EVENT_SCOPES = frozenset({"event", ""})


@dataclass(frozen=True)
class MergePolicy:
    """Tolerances of the merge. ``day_window`` maps time_precision to days either side."""

    day_window: dict[int, int] = field(default_factory=lambda: {1: 0, 2: 3, 3: 16})
    max_km: float = 2.0
    name_similarity: float = 0.8

    @property
    def max_window(self) -> int:
        return max(self.day_window.values())

    def window(self, event: Event) -> int:
        return self.day_window.get(event.time_precision, self.max_window)


@dataclass(frozen=True)
class Match:
    """Why a new event is the same incident as a stored one."""

    score: float
    reason: str


# --------------------------------------------------------------------------------------------
# Normalisation helpers
# --------------------------------------------------------------------------------------------

_NON_WORD = re.compile(r"[^0-9a-z]+")
_YEARS = re.compile(r"\(\s*\d{4}\s*-\s*(\d{4})?\s*\)")


def norm(text: str | None) -> str:
    """Lower-case, accents and punctuation dropped: for comparing names."""
    if not text:
        return ""
    import unicodedata

    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"\b(district|division|province|city|tehsil)\b", " ", text.lower())
    return _NON_WORD.sub(" ", text).strip()


def norm_actor(name: str | None) -> str:
    """ACLED names carry year ranges ("Military Forces of Pakistan (2018-)"): drop them."""
    return norm(_YEARS.sub("", name or ""))


def event_day(event: Event) -> dt.date | None:
    if not event.event_date:
        return None
    try:
        return dt.date.fromisoformat(event.event_date[:10])
    except ValueError:
        return None


def date_bounds(event: Event, policy: MergePolicy) -> tuple[dt.date, dt.date] | None:
    """The days the event may fall on, given its time precision."""
    day = event_day(event)
    if day is None:
        return None
    w = dt.timedelta(days=policy.window(event))
    return day - w, day + w


def candidate_range(event: Event, policy: MergePolicy) -> tuple[str, str] | None:
    """Event dates of stored events that could match: the blocking range for the store."""
    day = event_day(event)
    if day is None:
        return None
    w = dt.timedelta(days=policy.window(event) + policy.max_window)
    return (day - w).isoformat(), (day + w).isoformat()


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


# --------------------------------------------------------------------------------------------
# The three tests
# --------------------------------------------------------------------------------------------


def same_days(a: Event, b: Event, policy: MergePolicy) -> tuple[float, str] | None:
    da, db = event_day(a), event_day(b)
    if da is None or db is None:
        return None
    gap = abs((da - db).days)
    if gap > policy.window(a) + policy.window(b):
        return None
    if gap == 0:
        return 2.0, f"same day ({da.isoformat()})"
    return 1.0, f"dates {da.isoformat()} and {db.isoformat()} within time precision"


def _district_level(e: Event) -> bool:
    loc = norm(e.location)
    return not loc or loc in {norm(e.admin2), norm(e.admin1)}


def same_place(a: Event, b: Event, policy: MergePolicy) -> tuple[float, str] | None:
    if norm(a.country) != norm(b.country):
        return None
    if a.admin1 and b.admin1 and norm(a.admin1) != norm(b.admin1):
        return None
    if a.geonameid and b.geonameid and a.geonameid == b.geonameid:
        return 3.0, f"same place ({a.location}, GeoNames {a.geonameid})"
    la, lb = norm(a.location), norm(b.location)
    if la and la == lb:
        return 3.0, f"same place ({a.location})"
    precise = a.geo_precision < 3 and b.geo_precision < 3
    coords = None not in (a.latitude, a.longitude, b.latitude, b.longitude)
    if precise and coords:
        km = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]
        if km <= policy.max_km:
            return 2.0, f"same place ({a.location} / {b.location}, {km:.1f} km apart)"
        return None
    if a.geo_precision == 3 or b.geo_precision == 3:
        if a.admin2 and b.admin2 and norm(a.admin2) == norm(b.admin2):
            similar = la and lb and SequenceMatcher(None, la, lb).ratio() >= policy.name_similarity
            imprecise = [e for e in (a, b) if e.geo_precision == 3]
            if similar or any(_district_level(e) for e in imprecise):
                return 1.0, f"same district ({a.admin2}; {a.location or '-'} / {b.location or '-'}, one imprecise)"
    return None


def compatible_types(a: Event, b: Event) -> tuple[float, str] | None:
    if a.sub_event_type == b.sub_event_type and a.event_type == b.event_type:
        return 3.0, f"same sub-event type ({a.sub_event_type})"
    if a.event_type == b.event_type:
        return 2.0, f"same event type ({a.event_type})"
    for group in (VIOLENT, DEMONSTRATIONS):
        if a.event_type in group and b.event_type in group:
            return 0.5, f"compatible types ({a.event_type} / {b.event_type})"
    return None


def _named_non_state(e: Event) -> set[str]:
    names = set()
    for actor, inter in ((e.actor1, e.inter1), (e.actor2, e.inter2)):
        n = norm_actor(actor)
        if n and inter != 1 and not n.startswith(GENERIC_ACTOR_PREFIXES):
            names.add(n)
    for assoc in (e.assoc_actor_1, e.assoc_actor_2):
        for part in (assoc or "").split(";"):
            n = norm_actor(part)
            if n and not n.startswith(GENERIC_ACTOR_PREFIXES):
                names.add(n)
    return names


def compatible_actors(a: Event, b: Event) -> tuple[float, str] | None:
    na, nb = _named_non_state(a), _named_non_state(b)
    if na and nb and not (na & nb):
        return None
    shared = {norm_actor(x) for x in (a.actor1, a.actor2) if x} & {
        norm_actor(x) for x in (b.actor1, b.actor2) if x
    }
    if shared:
        return 1.0, "shared actor " + ", ".join(sorted(shared))
    return 0.0, "actors compatible"


def match(stored: Event, new: Event, policy: MergePolicy | None = None) -> Match | None:
    """Whether ``new`` reports the same incident as ``stored``; None when it does not."""
    policy = policy or MergePolicy()
    parts = []
    for test in (same_days, same_place):
        r = test(stored, new, policy)
        if r is None:
            return None
        parts.append(r)
    for test2 in (compatible_types, compatible_actors):
        r = test2(stored, new)
        if r is None:
            return None
        parts.append(r)
    return Match(score=sum(s for s, _ in parts), reason="; ".join(t for _, t in parts))


def assign(
    new_events: Sequence[Event],
    candidates: Sequence[tuple[int, Event]],
    policy: MergePolicy | None = None,
) -> dict[int, tuple[int, Match]]:
    """Pair each new event (by index) with at most one stored event (by id), best score first.

    Two events of one document are never put into the same stored event: the extractor
    already separated them.
    """
    scored = []
    for i, ev in enumerate(new_events):
        for sid, stored in candidates:
            m = match(stored, ev, policy)
            if m is not None:
                scored.append((-m.score, sid, i, m))
    scored.sort(key=lambda t: (t[0], t[1], t[2]))
    out: dict[int, tuple[int, Match]] = {}
    used: set[int] = set()
    for _, sid, i, m in scored:
        if i in out or sid in used:
            continue
        out[i] = (sid, m)
        used.add(sid)
    return out


# --------------------------------------------------------------------------------------------
# Combining sources
# --------------------------------------------------------------------------------------------


def event_claims(event: Event) -> list[Claim]:
    """Claims about this event itself (not the campaign or the whole document)."""
    loc = norm(event.location)
    return [c for c in event.claims if c.scope in EVENT_SCOPES or (loc and norm(c.scope) == loc)]


@dataclass(frozen=True)
class Fatalities:
    low: int
    best: int
    high: int | None


def _source_groups(event: Event) -> dict[str, tuple[int, int, int]]:
    """(low, best, high) killed per victim group as one source states them."""
    groups: dict[str, tuple[int, int, int]] = {}
    for c in event_claims(event):
        if c.outcome != "killed" or c.stance == "denial":
            continue
        key = c.victim_kind or "unknown"
        high = c.high if c.high is not None else max(c.figure, c.low)
        lo, best, hi = groups.get(key, (c.low, c.figure, high))
        groups[key] = (min(lo, c.low), min(best, c.figure), max(hi, high))
    if not groups and event.fatalities > 0:
        high = event.fatalities_high if event.fatalities_high is not None else event.fatalities
        groups["unknown"] = (event.fatalities_low or event.fatalities, event.fatalities, high)
    return groups


def fatalities(sources: Sequence[Event]) -> Fatalities:
    """low / best / high killed from every source's claims.

    Per victim group, best is the lowest credible figure any source gives (ACLED's
    conservative rule) and high the highest; groups add up. A count of unspecified victims
    ("15 people") overlaps the specific groups, so it only raises the total when larger.
    Denials and campaign-wide totals do not count here.
    """
    per: dict[str, list[tuple[int, int, int]]] = {}
    for ev in sources:
        for key, val in _source_groups(ev).items():
            per.setdefault(key, []).append(val)
    if not per:
        return Fatalities(0, 0, 0)
    agg = {k: (min(v[0] for v in vs), min(v[1] for v in vs), max(v[2] for v in vs)) for k, vs in per.items()}
    unk = agg.pop("unknown", (0, 0, 0))
    low = max(sum(v[0] for v in agg.values()), unk[0])
    best = max(sum(v[1] for v in agg.values()), unk[1])
    high = max(sum(v[2] for v in agg.values()), unk[2], best)
    return Fatalities(low, best, high)


def _named_count(e: Event) -> int:
    return sum(1 for a in (e.actor1, e.actor2) if a and not norm_actor(a).startswith(GENERIC_ACTOR_PREFIXES))


def _dedupe(items):
    seen, out = set(), []
    for x in items:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def _claim_key(c: Claim):
    return (c.claimant, c.stance, c.figure, c.outcome, c.victims, c.scope, c.evidence.text)


def combine(sources: Sequence[Event]) -> Event:
    """The merged event of all ``sources`` (in arrival order; the first wins ties)."""
    if not sources:
        raise ValueError("combine() needs at least one source event")
    if len(sources) == 1:
        only = sources[0]
        f = fatalities(sources)
        return only.model_copy(
            update={"fatalities": f.best, "fatalities_low": f.low, "fatalities_high": f.high, "evidence": {}}
        )
    by_date = min(sources, key=lambda e: (e.event_date is None, e.time_precision))
    by_place = min(sources, key=lambda e: (e.geo_precision, e.latitude is None))
    rank = {t: i for i, t in enumerate(TYPE_PRECEDENCE)}
    by_type = min(sources, key=lambda e: rank.get(e.event_type, len(rank)))
    by_actor = max(sources, key=_named_count)
    claims, seen = [], set()
    for ev in sources:
        for c in ev.claims:
            if _claim_key(c) not in seen:
                seen.add(_claim_key(c))
                claims.append(c)
    warnings = _dedupe(w for ev in sources for w in ev.warnings)
    types = _dedupe(f"{e.event_type} - {e.sub_event_type}" for e in sources)
    if len(types) > 1:
        warnings.append("sources differ on the type: " + " | ".join(types) + f"; kept {by_type.event_type}")
    assoc1 = _dedupe(
        p.strip() for e in sources for p in (e.assoc_actor_1 or "").split(";") if p.strip() != by_actor.actor1
    )
    assoc2 = _dedupe(
        p.strip() for e in sources for p in (e.assoc_actor_2 or "").split(";") if p.strip() != by_actor.actor2
    )
    tags = _dedupe(t.strip() for e in sources for t in e.tags.split(";"))
    f = fatalities(sources)
    best_date = [e for e in sources if e.time_precision == by_date.time_precision]
    return Event(
        event_date=by_date.event_date,
        time_precision=by_date.time_precision,
        event_type=by_type.event_type,
        sub_event_type=by_type.sub_event_type,
        disorder_type=by_type.disorder_type,
        actor1=by_actor.actor1,
        assoc_actor_1="; ".join(assoc1) or None,
        inter1=by_actor.inter1,
        actor2=by_actor.actor2,
        assoc_actor_2="; ".join(assoc2) or None,
        inter2=by_actor.inter2,
        interaction=by_actor.interaction,
        civilian_targeting=by_type.civilian_targeting,
        country=by_place.country,
        iso=by_place.iso,
        admin1=by_place.admin1,
        admin2=by_place.admin2,
        admin3=by_place.admin3,
        location=by_place.location,
        latitude=by_place.latitude,
        longitude=by_place.longitude,
        geo_precision=by_place.geo_precision,
        fatalities=f.best,
        notes=sources[0].notes,
        tags="; ".join(tags),
        fatalities_low=f.low,
        fatalities_high=f.high,
        claims=claims,
        campaign=next((e.campaign for e in sources if e.campaign), None),
        geonameid=by_place.geonameid,
        place_source=by_place.place_source,
        year_inferred=all(e.year_inferred for e in best_date),
        warnings=warnings,
        evidence={},
    )
