"""Dates: find the date expressions of a report and resolve each to a calendar day.

:func:`find_dates` returns one :class:`~eventatlas.models.DateMention` per expression, in text
order; :func:`event_date_for` picks the date that governs a sentence.

Forms understood (regular expressions first; ``dateparser`` only for a month name with digits
beside it that no rule read, imported on first such use, never at import time):

* explicit days: "31 January 2021", "January 31", "Jan. 31, 2021", "the 31st of January",
  "31-Jan-2021", ISO "2021-01-31", numeric "31/01/2021" (day first unless impossible; see
  ``dayfirst``), "on 23/02" (numeric without a year only after on/of/since/from/until/by),
  with an optional weekday: "Friday, January 31", "on Sunday [4 October]", "5 March (Friday)";
* ranges: "between 3 and 5 May", "3-5 May", "May 3-5", "March 15 and 16", "September 5 or 6",
  "on the night of 3-4 May", "30 April to 2 May": the first day, with ``end`` set;
* weeks (time precision 2): "the first week of February" (day 4), "last week" (its
  Thursday), "earlier this week", "last weekend" (the Saturday), "two weeks ago", "a few days
  ago" (3 days); a stated day that is uncertain, "in the week of 15 November", "around",
  "on or about" or "assumed on" a day, keeps that day with precision 2;
* months (time precision 3): "in March 2019", "March 2019", "mid-March", "earlier this month",
  "last month": the 15th, or for the current month of publication the middle of the days
  already past;
* relative to the publication date: "today", "tonight", "yesterday", "last night", "the day
  before yesterday", "two days ago", "yesterday (Monday)";
* weekdays: "on Friday", "last Friday", "early Friday", "Friday night";
* relative to the previous date in the text: "the next day", "the following morning",
  "a day earlier", "two days later".

Resolution rules, in order:

1. A date that states its year keeps it.
2. Weekday against date: when the text names a weekday and a day ("Friday, January 31"), the
   day and month win and ``weekday_mismatch`` says so ("text says Friday; 2026-01-31 is a
   Saturday"). A bare weekday later in the text ("since 6 a.m. on Friday") is the same day as
   an explicit date labelled with that weekday, not a new date.
3. A day without a year, with ``doc.published``: the year that puts the date closest before
   the publication date; up to 2 days after it is allowed (time zones, late filing), later
   than that means the previous year. ``year_inferred`` is False: the year came from the
   publication date.
4. Without ``published``, from another date in the same text that states its year (the nearest
   one before, else after): the year that puts the day nearest that date; ``year_inferred`` is
   False, the text gave the year.
5. Otherwise the year is a guess and ``year_inferred`` is True. With a weekday, the most recent
   year, up to ``today`` (+2 days), in which the day falls on that weekday; without one, the
   most recent such date at most 2 days after ``today``. ``today`` defaults to
   ``datetime.date.today()``: pass it for reproducible results.
6. Expressions relative to the publication date ("yesterday", "on Friday", "last week") are
   dropped when there is no publication date: a day cannot be known from them. A bare weekday
   may still bind to an explicit date of the text as in rule 2, or to a stated day of the text
   that falls on that weekday.

Time precision follows ACLED's ``time_precision`` (acledR codebook table, "A numeric code
indicating the level of certainty of the date coded for the event": 1 actual date, 2 specific
week or weekend, 3 month); for 2 and 3 ACLED codes the middle of the period, which this module
takes as the Thursday of a Monday-Sunday week, the Saturday of a weekend and the 15th of a
month.

Not dates: times ("since 6 a.m. on Friday" is Friday), bare numbers and years ("killed 2,000
people", "Section 144", "in 2019"), weekday names in proper names ("Good Friday",
"Bloody Sunday", "the Sunday Times").
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from . import fastre
from .models import DateMention, Document, Span
from .numbers import parse_number

__all__ = ["find_dates", "event_date_for"]

_MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name[1:], 1):
    _MONTHS[_name.lower()] = _i
    _MONTHS[_name[:3].lower()] = _i
_MONTHS["sept"] = 9
# common misspellings in hand-typed notes ("On 23 Febuary 2012")
_MONTHS.update({"febuary": 2, "feburary": 2, "janaury": 1, "agust": 8})
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WD_NAMES = list(calendar.day_name)

_MONTH = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
    r"|DECEMBER|Febuary|Feburary|Janaury|Agust)(?![A-Za-z])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])\.?)"
)
_WD = r"(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)"
_ORD = r"(?:st|nd|rd|th)?"
_DAY = rf"(?:[12]\d|3[01]|0?[1-9]){_ORD}"
_YEAR = r"(?:19|20)\d\d(?!\d)"
_WD_PREFIX = rf"(?:(?P<wd>{_WD})\s*,?\s*[\[(]?\s*)?"
_WD_SUFFIX = rf"(?:\s*[\])])?(?:\s*,?\s*[\[(]\s*(?P<wd2>{_WD})\s*[\])])?"

# a count before "days ago" / "days later", checked by parse_number
_COUNT = (
    r"(?:\d{1,3}|a\s+few|few|several|some|an?"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-][a-z]+|[a-z]+)"
)

_RX_DMY = fastre.compile(
    rf"(?<![\w.:/-]){_WD_PREFIX}(?:the\s+)?(?P<d>{_DAY})(?:\s+of)?(?:\s+|-)(?P<mon>{_MONTH})"
    rf"(?:(?:,\s*|\s+|-)(?P<y>{_YEAR}))?{_WD_SUFFIX}"
)
_RX_MDY = fastre.compile(
    rf"(?<![\w.:/-]){_WD_PREFIX}(?P<mon>{_MONTH})\s+(?:the\s+)?(?P<d>{_DAY})(?![\d:]|[.,]\d)"
    rf"(?:,?\s+(?P<y>{_YEAR}))?{_WD_SUFFIX}"
)
_CONNECT = r"\s*(?:-|–|—|to|and|or|&|till|until|through)\s*"
_RX_RANGE_DM = fastre.compile(
    rf"(?<![\w.:/-])(?P<d>{_DAY}){_CONNECT}(?P<d2>{_DAY})(?:\s+of)?\s+(?P<mon>{_MONTH})"
    rf"(?:,?\s+(?P<y>{_YEAR}))?"
)
_RX_RANGE_MD = fastre.compile(
    rf"(?<![\w.:/-])(?P<mon>{_MONTH})\s+(?P<d>{_DAY}){_CONNECT}(?P<d2>{_DAY})(?![\d:]|[.,]\d)"
    rf"(?:,?\s+(?P<y>{_YEAR}))?"
)
_RX_ISO = fastre.compile(
    r"(?<![\w./-])(?P<y>(?:19|20)\d\d)(?P<sep>[-/])(?P<m>0?[1-9]|1[0-2])(?P=sep)"
    r"(?P<d>0?[1-9]|[12]\d|3[01])(?![\w/-]|\.\d)"
)
_RX_NUMERIC = fastre.compile(
    r"(?<![\w./-])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)"
    r"(?P<y>(?:19|20)\d\d|\d\d)(?![\w/-]|\.\d)"
)
_RX_NUMERIC_SHORT = fastre.compile(
    r"(?:\b(?:[Oo]n|of|since|from|until|till|by)\s+|(?:day|night|morning|evening|noon)\s*\(\s*)"
    r"(?P<a>\d{1,2})/(?P<b>\d{1,2})"
    r"(?![\w/]|\.\d)"
)
_RX_WEEK_OF_MONTH = fastre.compile(
    r"(?i:\b(?:the\s+)?(?P<ord>first|1st|second|2nd|third|3rd|fourth|4th|last|final)\s+week\s+of)"
    rf"\s+(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?"
)
_RX_MONTH = fastre.compile(rf"(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?(?![\w-]|\s+\d)")
_RX_MONTH_BEFORE = fastre.compile(
    r"(?:(?P<prep>\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Tt]hroughout|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom"
    r"|[Tt]hrough|[Oo]f|[Bb]efore|[Aa]fter)\s+)?"
    r"(?P<part>(?:the\s+)?(?:[Ee]arly|[Mm]id|[Ll]ate|end\s+of|beginning\s+of|start\s+of"
    r"|middle\s+of)[\s-]+)?)$"
)
_RX_RELATIVE = fastre.compile(
    r"(?i:\b(?P<rel>the\s+day\s+before\s+yesterday|yesterday|today|tonight|last\s+night"
    r"|this\s+(?:morning|afternoon|evening)|earlier\s+today"
    rf"|(?P<n>{_COUNT})\s+(?P<unit>days?|weeks?|months?)\s+ago"
    r"|last\s+week|earlier\s+this\s+week|this\s+week"
    r"|(?:last|this|over\s+the|at\s+the|during\s+the)\s+weekend"
    r"|last\s+month|earlier\s+this\s+month|this\s+month|earlier\s+in\s+the\s+month)\b)"
    rf"(?:\s*[\[(]\s*(?P<wd2>{_WD})\s*[\])])?"
)
_RX_WEEKDAY = fastre.compile(
    rf"\b(?P<wd>{_WD})\b(?:'s)?(?:\s+(?:morning|afternoon|evening|night))?"
    r"(?!\s+(?:Times|Telegraph|Express|Observer|Mail|Herald|Post|Tribune|Star|[Mm]osque))"
)
_RX_WEEKDAY_BEFORE = fastre.compile(
    r"(?:\b(?P<mod>[Ll]ast|[Tt]his\s+past|[Pp]ast|[Tt]his\s+coming|[Tt]his|[Nn]ext|[Cc]oming)"
    r"\s+)?(?:(?:[Ee]arly|[Ll]ate)\s+)?$"
)
_RX_NOT_A_DAY_BEFORE = fastre.compile(r"\b(?:Good|Black|Bloody|Easter|Palm|Ash|Holy|Super)\s+$")
_RX_ANCHORED = fastre.compile(
    r"(?i:\b(?:the\s+(?P<dir>following|next|previous|preceding)\s+(?:day|morning|night|evening)"
    r"|a\s+day\s+(?P<dir2>later|earlier|before)"
    r"|the\s+day\s+(?P<dir3>after|before)\b(?!\s+yesterday)"
    rf"|(?P<n>{_COUNT})\s+days?\s+(?P<dir4>later|earlier)))\b"
)
_RX_APPROX_BEFORE = fastre.compile(
    r"(?i:\b(?:around|about|approximately|circa|roughly|on\s+or\s+(?:about|around)"
    r"|assumed\s+on|sometime\s+(?:on|around))\s+(?:the\s+)?)$"
)
_RX_WEEK_OF_BEFORE = fastre.compile(r"(?i:\bweek\s+of\s+(?:the\s+)?)$")
_RX_SINCE_BEFORE = fastre.compile(r"(?i:\bsince\b[^;:!?,]{0,40})$")
_RX_OTHER_EVENT_BEFORE = fastre.compile(r"(?i:\b(?:ahead of|in the run-up to|prior to|before|after|following|since) the\s+)$")
_RX_BETWEEN_BEFORE = fastre.compile(r"(?i:\b(?:between|from)\s+(?:the\s+)?)$")
_RX_RANGE_JOIN = fastre.compile(r"\s*(?:-|–|—|to|till|until|through|and)\s*")
_RX_MONTH_TOKEN = fastre.compile(rf"(?<![\w]){_MONTH}")
_RX_MONTH_SCAN = fastre.compile(rf"(?=[ADFJMNOS]){_MONTH}")
_WEEKDAY_WORDS = tuple(name.lower() for name in calendar.day_name)
_RELATIVE_WORDS = ("yesterday", "today", "tonight", "night", "morning", "afternoon",
                   "evening", " ago", "week", "month")  # fmt: skip
_ANCHORED_WORDS = ("following", "next", "previous", "preceding", "later", "earlier",
                   "day before", "day after")  # fmt: skip

_ORDINAL_WEEK = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2,
                 "fourth": 3, "4th": 3}  # fmt: skip
_FUTURE_SLACK = dt.timedelta(days=2)
_RELATIVE_RULES = ("relative", "weekday")

# Candidate kinds in order of preference when two overlap with the same length.
_PRIORITY = {
    "range": 0, "explicit": 1, "iso": 1, "numeric": 1, "week_of_month": 2, "month": 3,
    "relative": 4, "anchored": 4, "weekday": 5,
}  # fmt: skip


@dataclass(slots=True)
class _Cand:
    kind: str
    start: int
    end: int
    m: re.Match[str]
    mod: str = ""  # weekday modifier: last, next, this ...


@dataclass(slots=True)
class _Ctx:
    text: str
    published: dt.date | None
    today: dt.date
    dayfirst: bool
    year_anchors: list[tuple[int, dt.date]]  # (offset, date) of dates that state their year


def find_dates(
    doc: Document,
    *,
    today: dt.date | None = None,
    dayfirst: bool = True,
    fallback: bool = True,
) -> list[DateMention]:
    """Every date expression of ``doc.text``, resolved, in text order.

    ``today`` is used only when neither the publication date nor the text gives a year
    (rule 5 of the module docstring); it defaults to ``datetime.date.today()``.
    ``dayfirst`` reads an ambiguous numeric date such as 03/04/2021 as 3 April (True, the
    usage of the regions this project covers) or March 4 (False); a reading that is
    impossible either way round (31/01, 01/31) decides by itself. ``fallback`` lets
    ``dateparser`` try a month name with digits beside it that no rule read.
    """
    text = doc.text
    if not text:
        return []
    cands = _select(_candidates(text))
    ctx = _Ctx(text, doc.published, today or dt.date.today(), dayfirst, [])
    ctx.year_anchors = _year_anchors(cands, ctx)
    out: list[DateMention | None] = []
    labelled: dict[int, DateMention] = {}  # weekday index -> explicit mention labelled with it
    for c in cands:
        # weekdays and "the next day" wait for the second pass
        dm = None if c.kind in ("weekday", "anchored") else _resolve(c, ctx)
        out.append(dm)
        wd = _label_weekday(c) if dm is not None and c.kind != "relative" else None
        if dm is not None and wd is not None:
            labelled.setdefault(wd, dm)
    # second pass: weekdays (may bind to labelled dates) and dates anchored on earlier ones
    for i, c in enumerate(cands):
        if c.kind == "weekday":
            out[i] = _resolve_weekday(c, ctx, labelled, [d for d in out if d is not None])
        elif c.kind == "anchored":
            prev = next((d for d in reversed(out[:i]) if d is not None and d.precision == 1), None)
            out[i] = _resolve_anchored(c, prev)
    mentions = [d for d in out if d is not None]
    mentions = _join_ranges(mentions, text)
    if fallback:
        mentions = _fallback(mentions, ctx)
    return mentions


def event_date_for(
    sentence_index: int, dates: list[DateMention], doc: Document
) -> DateMention | None:
    """The date that governs sentence ``sentence_index`` of ``doc``.

    The first date stated in that sentence; else the closest date before it; else the first
    date of the document; else the publication date as a mention of kind "published"
    (precision 1, empty span); None when there is nothing at all. A date introduced by "since"
    ("the bloodiest day since January 2011", "since 6 a.m. on Friday") starts a period and is
    passed over while any other choice, the publication date included, is left; with no other
    choice it is used only from the sentence itself or before it ("the feud had been simmering
    since August", told after, dates nothing). A date that names another event ("ahead of the
    December 10 rally", "after the 12 April blast") is never used.
    """
    text = doc.text
    # "arrested ahead of the December 10 rally": the date of another event, never this one's
    dates = [d for d in dates if not _RX_OTHER_EVENT_BEFORE.search(text, max(0, d.span.start - 30), d.span.start)]
    usable = [
        d for d in dates
        if not _RX_SINCE_BEFORE.search(text, max(0, d.span.start - 50), d.span.start)
    ]  # fmt: skip
    if not usable and doc.published is None and doc.sentences:
        # a period's start in the event's own sentence or before it ("since 6 a.m. on Friday"),
        # not one told later ("the feud had been simmering since August")
        last = doc.sentences[max(0, min(sentence_index, len(doc.sentences) - 1))].end
        usable = [d for d in dates if d.span.start < last]
    if usable and doc.sentences:
        idx = max(0, min(sentence_index, len(doc.sentences) - 1))
        sent = doc.sentences[idx]
        inside = [d for d in usable if sent.start <= d.span.start < sent.end]
        if inside:
            return inside[0]
        earlier = [d for d in usable if d.span.start < sent.start]
        if earlier:
            return earlier[-1]
    if usable and doc.published is None:
        return usable[0]  # only later sentences give a date: the best there is
    if doc.published is not None:
        # dates stated only after the event's sentence ("an earlier attempt on December 14")
        # describe other things; the report's own date is the better guess
        return DateMention(span=Span(0, 0), date=doc.published, precision=1, kind="published")
    return None


# ------------------------------------------------------------------------------------------
# Candidates
# ------------------------------------------------------------------------------------------

_MONTH_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("range", _RX_RANGE_DM),
    ("range", _RX_RANGE_MD),
    ("explicit", _RX_DMY),
    ("explicit", _RX_MDY),
    ("week_of_month", _RX_WEEK_OF_MONTH),
    ("month", _RX_MONTH),
)
_WINDOW_BEFORE = 48  # "between the night of 3rd - 4th": the longest lead before a month name
_WINDOW_AFTER = 40  # ", 2021) (Wednesday)": the longest tail after it


def _candidates(text: str) -> list[_Cand]:
    """Every match of every rule; cheap keyword checks decide which rules run at all, and the
    rules about a month name run only in windows around month names."""
    out: list[_Cand] = []
    n = len(text)
    windows: list[list[int]] = []
    for m in _RX_MONTH_SCAN.finditer(text):
        lo, hi = max(0, m.start() - _WINDOW_BEFORE), min(n, m.end() + _WINDOW_AFTER)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    for lo, hi in windows:
        if hi < n:  # end the window at a word boundary so no match is cut short
            space = text.find(" ", hi)
            hi = n if space < 0 else space
        for kind, rx in _MONTH_RULES:
            for m in rx.finditer(text, lo, hi):
                start = m.start()
                if kind == "month":
                    before = _RX_MONTH_BEFORE.search(text, max(0, start - 30), start)
                    if before and before.group("part"):
                        start = before.start("part")
                    introduced = bool(before and (before.group("prep") or before.group("part")))
                    if not (m.group("y") or introduced):
                        continue  # "March" alone is too often a word or a name
                out.append(_Cand(kind, start, m.end(), m))
    if "/" in text or "-" in text or "." in text:
        for rx in (_RX_ISO, _RX_NUMERIC, _RX_NUMERIC_SHORT):
            for m in rx.finditer(text):
                kind = "iso" if rx is _RX_ISO else "numeric"
                start = m.start("a") if rx is _RX_NUMERIC_SHORT else m.start()
                out.append(_Cand(kind, start, m.end(), m))
    low = text.lower()
    if any(w in low for w in _RELATIVE_WORDS):
        out.extend(_Cand("relative", m.start(), m.end(), m) for m in _RX_RELATIVE.finditer(text))
    if any(w in low for w in _ANCHORED_WORDS):
        out.extend(_Cand("anchored", m.start(), m.end(), m) for m in _RX_ANCHORED.finditer(text))
    if any(w in low for w in _WEEKDAY_WORDS):
        for m in _RX_WEEKDAY.finditer(text):
            start = m.start()
            if _RX_NOT_A_DAY_BEFORE.search(text, max(0, start - 8), start):
                continue
            before = _RX_WEEKDAY_BEFORE.search(text, max(0, start - 20), start)
            mod = ""
            if before and before.group(0):
                start = before.start()
                mod = fastre.sub(r"\s+", " ", (before.group("mod") or "").lower())
            out.append(_Cand("weekday", start, m.end(), m, mod))
    return out


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest candidates first; drop those overlapping one already kept; text order."""
    cands.sort(key=lambda c: (-(c.end - c.start), _PRIORITY[c.kind], c.start))
    kept: list[_Cand] = []
    for c in cands:
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


def _label_weekday(c: _Cand) -> int | None:
    gd = c.m.groupdict()
    word = gd.get("wd") if c.kind != "weekday" else None
    word = word or gd.get("wd2")
    return _WEEKDAYS[word.lower()] if word else None


# ------------------------------------------------------------------------------------------
# Resolution
# ------------------------------------------------------------------------------------------


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _day(s: str) -> int:
    return int(s.rstrip("stndrh"))


def _year_anchors(cands: list[_Cand], ctx: _Ctx) -> list[tuple[int, dt.date]]:
    anchors = []
    for c in cands:
        y = c.m.groupdict().get("y")
        if not y or len(y) != 4:
            continue
        dm = _resolve(c, ctx, anchors_ready=False)
        if dm is not None:
            anchors.append((c.start, dm.date))
    return anchors


def _year_for(month: int, day: int, wd: int | None, pos: int, ctx: _Ctx) -> tuple[dt.date, bool]:
    """The date of a day-month without a year, and whether its year is a guess."""
    if ctx.published is not None:
        return _latest_before(month, day, ctx.published, None), False
    if ctx.year_anchors:
        before = [a for a in ctx.year_anchors if a[0] <= pos]
        anchor = (before[-1] if before else ctx.year_anchors[0])[1]
        best = None
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            d = _safe_date(y, month, day)
            if d is not None and (best is None or abs(d - anchor) < abs(best - anchor)):
                best = d
        if best is not None:
            return best, False
    return _latest_before(month, day, ctx.today, wd), True


def _latest_before(month: int, day: int, ref: dt.date, wd: int | None) -> dt.date:
    """The latest date with this month and day at most 2 days after ``ref``.

    With ``wd``, the latest such date that falls on that weekday (28 years cover every
    calendar); without a match, the plain rule.
    """
    limit = ref + _FUTURE_SLACK
    if wd is not None:
        for y in range(limit.year, limit.year - 29, -1):
            d = _safe_date(y, month, day)
            if d is not None and d <= limit and d.weekday() == wd:
                return d
    for y in range(limit.year, limit.year - 9, -1):
        d = _safe_date(y, month, day)
        if d is not None and d <= limit:
            return d
    raise ValueError(f"no date for month {month} day {day}")  # unreachable: day validated


def _mismatch(wd: int | None, date: dt.date) -> str | None:
    if wd is None or date.weekday() == wd:
        return None
    return f"text says {_WD_NAMES[wd]}; {date.isoformat()} is a {_WD_NAMES[date.weekday()]}"


def _month_mid(year: int, month: int, ctx: _Ctx) -> dt.date:
    """ACLED's month midpoint; in the publication month, the middle of the days already past."""
    pub = ctx.published
    if pub is not None and (pub.year, pub.month) == (year, month):
        return dt.date(year, month, 1 + (pub.day - 1) // 2)
    return dt.date(year, month, 15)


def _thursday(d: dt.date) -> dt.date:
    return d + dt.timedelta(days=3 - d.weekday())


def _resolve(c: _Cand, ctx: _Ctx, anchors_ready: bool = True) -> DateMention | None:
    m, kind = c.m, c.kind
    span = Span(c.start, c.end)
    gd = m.groupdict()
    if kind in ("explicit", "range"):
        month = _MONTHS[gd["mon"].rstrip(".").lower()]
        day = _day(gd["d"])
        wd_word = gd.get("wd") or gd.get("wd2")
        wd = _WEEKDAYS[wd_word.lower()] if wd_word else None
        year_inferred = False
        if gd.get("y"):
            date = _safe_date(int(gd["y"]), month, day)
        else:
            if not anchors_ready:
                return None
            nxt = _following_dated(c, ctx)
            if nxt is not None:  # "30 December to 2 January 2022": the partner's year
                year, month2 = int(nxt.group("y")), _MONTHS[nxt.group("mon").rstrip(".").lower()]
                date = _safe_date(year if month <= month2 else year - 1, month, day)
            elif _safe_date(2000, month, day) is None:
                return None
            else:
                date, year_inferred = _year_for(month, day, wd, c.start, ctx)
        if date is None:
            return None
        end = None
        if kind == "range":
            d2 = _day(gd["d2"])
            if d2 <= day:
                return None
            end = _safe_date(date.year, month, d2)
            if end is None:
                return None
            wd = None
        precision = 1
        before = ctx.text[max(0, c.start - 30) : c.start]
        if _RX_WEEK_OF_BEFORE.search(before) and kind == "explicit":
            precision = 2  # "the week of 15 November": the stated day, week precision
        elif _RX_APPROX_BEFORE.search(before):
            precision = 2
        return DateMention(span, date, precision, year_inferred, _mismatch(wd, date),
                           "explicit", end)  # fmt: skip
    if kind == "iso":
        date = _safe_date(int(gd["y"]), int(gd["m"]), int(gd["d"]))
        return DateMention(span, date) if date else None
    if kind == "numeric":
        a, b = int(gd["a"]), int(gd["b"])
        first, second = ((b, a), (a, b)) if ctx.dayfirst else ((a, b), (b, a))
        y = gd.get("y")
        for month, day in (first, second):
            if not (1 <= month <= 12 and _safe_date(2000, month, day)):
                continue
            if y:
                if len(y) == 2 and gd["sep"] == ".":
                    return None  # "3.4.21" is more often a version or a score than a date
                year = int(y) if len(y) == 4 else 2000 + int(y)
                date = _safe_date(year, month, day)
                return DateMention(span, date) if date else None
            if not anchors_ready:
                return None
            date, inferred = _year_for(month, day, None, c.start, ctx)
            return DateMention(span, date, 1, inferred)
        return None
    if kind == "week_of_month":
        month = _MONTHS[gd["mon"].rstrip(".").lower()]
        year, inferred = _month_year(month, gd.get("y"), c.start, ctx, anchors_ready)
        if year is None:
            return None
        last = calendar.monthrange(year, month)[1]
        ordinal = gd["ord"].lower()
        day = last - 3 if ordinal in ("last", "final") else 4 + 7 * _ORDINAL_WEEK[ordinal]
        return DateMention(span, dt.date(year, month, day), 2, inferred)
    if kind == "month":
        month = _MONTHS[gd["mon"].rstrip(".").lower()]
        year, inferred = _month_year(month, gd.get("y"), c.start, ctx, anchors_ready)
        if year is None:
            return None
        return DateMention(span, _month_mid(year, month, ctx), 3, inferred)
    if kind == "relative":
        return _resolve_relative(c, ctx)
    return None


def _following_dated(c: _Cand, ctx: _Ctx) -> re.Match[str] | None:
    """'30 December to 2 January 2022': the dated date right after a year-less one."""
    tail = ctx.text[c.end : c.end + 40]
    j = _RX_RANGE_JOIN.match(tail)
    if not j:
        return None
    for rx in (_RX_DMY, _RX_MDY):
        m2 = rx.match(ctx.text, c.end + j.end())
        if m2 and m2.group("y"):
            return m2
    return None


def _month_year(
    month: int, y: str | None, pos: int, ctx: _Ctx, anchors_ready: bool
) -> tuple[int | None, bool]:
    if y:
        return int(y), False
    if not anchors_ready:
        return None, False
    date, inferred = _year_for(month, 1, None, pos, ctx)
    return date.year, inferred


def _resolve_relative(c: _Cand, ctx: _Ctx) -> DateMention | None:
    pub = ctx.published
    if pub is None:
        return None
    gd = c.m.groupdict()
    rel = fastre.sub(r"\s+", " ", gd["rel"].lower())
    span = Span(c.start, c.end)
    precision = 1
    if rel in ("today", "tonight", "this morning", "this afternoon", "this evening",
               "earlier today"):  # fmt: skip
        date = pub
    elif rel in ("yesterday", "last night"):
        date = pub - dt.timedelta(days=1)
    elif rel == "the day before yesterday":
        date = pub - dt.timedelta(days=2)
    elif gd.get("unit"):
        n_text = fastre.sub(r"\s+", " ", gd["n"].lower())
        unit = gd["unit"].lower().rstrip("s")
        if n_text in ("few", "a few", "several", "some"):  # "a few days ago": about 3
            if unit == "month":
                return None
            back = dt.timedelta(days=3) if unit == "day" else dt.timedelta(weeks=3)
            return DateMention(span, pub - back, 2 if unit == "day" else 3, False, None,
                               "relative")  # fmt: skip
        n = 1 if n_text in ("a", "an") else parse_number(n_text)
        if n is None or n > 400:
            return None
        if unit == "day":
            date = pub - dt.timedelta(days=n)
        elif unit == "week":
            date, precision = pub - dt.timedelta(weeks=n), 2
        else:
            y, mth = divmod(pub.year * 12 + pub.month - 1 - n, 12)
            date, precision = dt.date(y, mth + 1, 15), 3
    elif rel == "last week":
        date, precision = _thursday(pub - dt.timedelta(days=7)), 2
    elif rel in ("this week", "earlier this week"):
        monday = pub - dt.timedelta(days=pub.weekday())
        last = pub - dt.timedelta(days=1) if rel.startswith("earlier") else pub
        last = max(last, monday)
        date, precision = monday + (last - monday) / 2, 2
    elif rel.endswith("weekend"):
        # the most recent Saturday on or before publication (this weekend when it is one)
        back = (pub.weekday() - 5) % 7
        date, precision = pub - dt.timedelta(days=back), 2
    elif rel == "last month":
        first = pub.replace(day=1) - dt.timedelta(days=1)
        date, precision = first.replace(day=15), 3
    else:  # this month, earlier this month, earlier in the month
        date, precision = _month_mid(pub.year, pub.month, ctx), 3
        if rel != "this month" and pub.day > 1:
            date = dt.date(pub.year, pub.month, 1 + (pub.day - 2) // 2)
    wd_word = gd.get("wd2")
    wd = _WEEKDAYS[wd_word.lower()] if wd_word else None
    return DateMention(span, date, precision, False, _mismatch(wd, date), "relative")


def _resolve_weekday(
    c: _Cand, ctx: _Ctx, labelled: dict[int, DateMention], known: list[DateMention]
) -> DateMention | None:
    gd = c.m.groupdict()
    wd = _WEEKDAYS[gd["wd"].lower()]
    mod = c.mod
    span = Span(c.start, c.end)
    if mod not in ("next", "coming", "this coming") and wd in labelled:
        src = labelled[wd]
        return DateMention(span, src.date, src.precision, src.year_inferred,
                           src.weekday_mismatch, "weekday")  # fmt: skip
    pub = ctx.published
    if pub is not None:
        if mod in ("next", "coming", "this coming"):
            delta = -((wd - pub.weekday()) % 7 or 7)
        elif mod in ("last", "past", "this past"):
            delta = (pub.weekday() - wd) % 7 or 7
        else:
            delta = (pub.weekday() - wd) % 7
        return DateMention(span, pub - dt.timedelta(days=delta), 1, False, None, "weekday")
    same = [d for d in known if d.precision == 1 and d.date.weekday() == wd
            and d.kind == "explicit"]  # fmt: skip
    if same:
        src = min(same, key=lambda d: abs(d.span.start - c.start))
        return DateMention(span, src.date, 1, src.year_inferred, None, "weekday")
    return None


def _resolve_anchored(c: _Cand, prev: DateMention | None) -> DateMention | None:
    if prev is None:
        return None
    gd = c.m.groupdict()
    if gd.get("n"):
        n_text = gd["n"].lower()
        n = 1 if n_text in ("a", "an") else parse_number(n_text)
        if n is None or n > 60:
            return None
        sign = 1 if gd["dir4"].lower() == "later" else -1
    else:
        word = (gd.get("dir") or gd.get("dir2") or gd.get("dir3") or "").lower()
        n, sign = 1, (1 if word in ("following", "next", "later", "after") else -1)
    date = (prev.end or prev.date) if sign > 0 else prev.date
    date = date + dt.timedelta(days=sign * n)
    return DateMention(Span(c.start, c.end), date, 1, prev.year_inferred, None, "relative")


def _join_ranges(mentions: list[DateMention], text: str) -> list[DateMention]:
    """'30 April to 2 May' and 'between 30 April and 2 May': one range mention."""
    out: list[DateMention] = []
    for dm in mentions:
        if out:
            prev = out[-1]
            gap = text[prev.span.end : dm.span.start]
            lead = text[max(0, prev.span.start - 20) : prev.span.start]
            if (
                prev.kind == dm.kind == "explicit"
                and prev.precision == dm.precision == 1
                and prev.end is None
                and _RX_RANGE_JOIN.fullmatch(gap)
                and prev.date < dm.date <= prev.date + dt.timedelta(days=62)
                # "3 May and 5 June" are two dates unless "between" or "from" opens them
                and (gap.strip() != "and" or _RX_BETWEEN_BEFORE.search(lead))
            ):
                out[-1] = DateMention(Span(prev.span.start, dm.span.end), prev.date, 1,
                                      prev.year_inferred, prev.weekday_mismatch, "explicit",
                                      dm.end or dm.date)  # fmt: skip
                continue
        out.append(dm)
    return out


# ------------------------------------------------------------------------------------------
# dateparser fallback
# ------------------------------------------------------------------------------------------

_RX_WINDOW_TOKEN = fastre.compile(r"[\w.,'/-]+")


def _fallback(mentions: list[DateMention], ctx: _Ctx) -> list[DateMention]:
    """Give dateparser a month name with digits beside it that no rule covered."""
    text = ctx.text
    covered = [(d.span.start, d.span.end) for d in mentions]
    added = []
    for m in _RX_MONTH_TOKEN.finditer(text):
        if any(s <= m.start() < e for s, e in covered):
            continue
        lo = max(0, m.start() - 8)
        hi = min(len(text), m.end() + 12)
        left = fastre.search(r"[\w.,'/-]*$", text[lo : m.start()])
        right = fastre.match(r"[\w.,'/-]*", text[m.end() : hi])
        start = m.start() - (len(left.group(0)) if left else 0)
        end = m.end() + (len(right.group(0)) if right else 0)
        window = text[start:end].strip(".,")
        if not fastre.search(r"\d", window) or len(window) > 24:
            continue
        found = _dateparser_parse(window, ctx)
        if found is None:
            continue
        date, has_year = found
        inferred = False
        if not has_year:
            date, inferred = _year_for(date.month, date.day, None, start, ctx)
        added.append(DateMention(Span(start, start + len(window)), date, 1, inferred))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda d: d.span.start)


def _dateparser_parse(window: str, ctx: _Ctx) -> tuple[dt.date, bool] | None:
    import dateparser  # deferred: slow to import, needed only here

    ref = ctx.published or ctx.today
    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": dt.datetime(ref.year, ref.month, ref.day),
        "REQUIRE_PARTS": ["day", "month"],
        "DATE_ORDER": "DMY" if ctx.dayfirst else "MDY",
    }
    try:
        parsed = dateparser.parse(window, languages=["en"], settings=settings)
    except (ValueError, TypeError, OverflowError):
        return None
    if parsed is None:
        return None
    return parsed.date(), bool(fastre.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", window))
