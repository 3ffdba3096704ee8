"""The extraction pipeline: one place where the stages are listed, in order.

    text ─ clean/segment ─ language ─ places ─ actors ─ dates ─ casualties ─ attribution
         ─ triggers ─ assemble ─> Report

Each stage is a plain function with a typed input and output (see :mod:`eventatlas.models`).
Heavy resources (the gazetteer index, the actor lexicon) are opened lazily, once per
:class:`Pipeline`, never at import time and never in module-level globals.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections import Counter
from dataclasses import replace
from functools import cached_property

from . import fastre
from .assemble import Mentions, assemble
from .attribution import attribute
from .casualties import find_casualties
from .config import Config
from .dates import find_dates
from .errors import ConfigError
from .eventtype import filter_triggers, find_triggers
from .models import Claim, Document, Event, EvidenceSpan, Report
from .text import clean, detect_language, html_to_text, looks_like_html, make_document, split_sentences

STAGES: tuple[str, ...] = (
    "clean",  # text.make_document: HTML to text, normalisation, sentences
    "language",  # text.detect_language
    "places",  # places.find_places (gazetteer)
    "actors",  # actors.ActorLexicon.find
    "dates",  # dates.find_dates
    "casualties",  # casualties.find_casualties
    "attribution",  # attribution.attribute
    "triggers",  # eventtype.find_triggers
    "assemble",  # assemble.assemble
)

LONG_WINDOW = 50_000  # characters per window of a document longer than Config.max_chars


def parse_published(value) -> dt.date | None:
    """A publication date from a date, datetime or ISO string ('2026-01-31'); None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError as exc:
            raise ConfigError(f"published date {value!r} is not an ISO date; write it as YYYY-MM-DD") from exc
    raise ConfigError(f"published must be a date or an ISO string, not {type(value).__name__}")


class Pipeline:
    """Runs the stages on documents. Create one and reuse it: it caches its resources."""

    def __init__(self, config: Config | None = None):
        self.config = config or Config()

    @cached_property
    def gazetteer(self):
        from .gazetteer import Gazetteer

        return Gazetteer.open(self.config)

    @cached_property
    def lexicon(self):
        from .actors import ActorLexicon

        return ActorLexicon.load(self.config)

    def extract(self, text: str, published=None, *, doc_id=None, url=None, title=None) -> Report:
        """Events of one report. ``text`` is plain text or HTML; ``published`` an ISO date or date."""
        if not isinstance(text, str):
            raise ConfigError("extract() takes text (str); decode bytes first with eventatlas.text.decode")
        pub = parse_published(published)
        if len(text) > self.config.max_chars:
            return self._extract_long(text, pub, doc_id=doc_id, url=url, title=title)
        doc = make_document(text, published=pub, doc_id=doc_id, url=url, title=title)
        return self.extract_document(doc)

    def extract_document(self, doc: Document, timings: dict[str, float] | None = None) -> Report:
        """Events of a cleaned :class:`Document`.

        ``timings``, when given, accumulates the seconds each stage took (for benchmarks).
        """
        clock = _Clock(timings)
        report = Report(id=doc.doc_id, warnings=list(doc.warnings))
        if not doc.text:
            return report
        if self.config.check_language:
            lang = detect_language(doc.text)
            doc.language = lang
            report.language = lang
            if lang not in (None, "en"):
                report.warnings.append(
                    f"language '{lang}' is not supported: eventatlas reads English reports only; no events extracted"
                )
                return report
        clock.lap("language")
        places = _find_places(doc, self.gazetteer)
        country, iso = _doc_country(places, self.gazetteer, text=doc.text)
        here = self.gazetteer.country(country) if country else None
        if here is not None and here.country_code and _COUNTRYS_AREA.search(doc.text) and any(
                p.role == "location" and p.place is not None and p.place.country != country for p in places):
            # "in Ndu, in Cameroon's Northwest region": read the places again in the country named
            places = _find_places(doc, self.gazetteer, {here.country_code: 3.0})
        clock.lap("places")
        dates = find_dates(doc)
        day = dates[0].date if dates else None  # names state forces by the period of the events
        clock.lap("dates")
        actors = self.lexicon.find(doc, country, date=day)
        hints = _home_hints(actors, self.gazetteer)
        if hints:
            top = max(hints, key=hints.__getitem__)
            here = self.gazetteer.country(country) if country else None
            if here is None or (here.country_code != top and hints[top] >= 1.5):
                # "AL and BNP activists clashed ... in Mirpur upazila": the parties say which Mirpur
                places = _find_places(doc, self.gazetteer, hints)
                country, iso = _doc_country(places, self.gazetteer, text=doc.text)
                actors = self.lexicon.find(doc, country, date=day)
        named = [a.span for a in actors if not a.generic]
        inside = [p for p in places if any(s.start <= p.span.start and p.span.end <= s.end for s in named)]
        pdoc = doc
        groups = [a.span for a in actors if not a.generic and not a.kind.startswith("state")]
        if any(p.role == "country" and any(s.start <= p.span.start and p.span.end <= s.end for s in groups)
               for p in inside):
            # "killed by Islamic State of Iraq and the Levant near Raqqa": a country in a group's
            # name says little of where (a state force's, "Pakistan Army", says more); read the
            # places again without the groups' names
            pdoc = _without_spans(doc, groups)
            places = _find_places(pdoc, self.gazetteer, hints or None)
        victims_from = Counter(a.country for a in actors if a.kind == "civilians" and a.country)
        settled, settled_iso = country, iso
        if inside or (victims_from and victims_from.most_common(1)[0][0] != country):
            # "Boko Haram", "Central Reserve Police Force": words of an actor's name are not places
            places = [p for p in places if p not in inside]
            settled, settled_iso = _doc_country(places, self.gazetteer, victims_from, doc.text)
        if settled is None:
            settled, settled_iso = _country_from_actors(actors, self.gazetteer)
        if settled is None:
            settled, settled_iso = _country_from_nationalities(doc.text, self.gazetteer)
        if settled != country or pdoc is not doc:
            country, iso = settled, settled_iso
            here = self.gazetteer.country(country) if country else None
            if here is not None and here.country_code and any(p.place is None for p in places):
                # "two Bangladeshi traders shot at the border of Jhenidah district": look for the
                # unindexed names in the victims' country
                places = _find_places(pdoc, self.gazetteer, {here.country_code: 3.0})
            actors = self.lexicon.find(doc, country, date=day)
        if country:
            # "PTI road" in a Bangladeshi report: a bare acronym of a party from elsewhere names no actor
            actors = [a for a in actors if not (
                a.homes and country not in a.homes and len(a.text) <= 5 and a.text.isupper()
            )]
        clock.lap("actors")
        casualties = find_casualties(doc)
        clock.lap("casualties")
        attributions = attribute(doc, actors)
        clock.lap("attribution")
        triggers = filter_triggers(doc, find_triggers(doc))
        clock.lap("triggers")
        mentions = Mentions(doc, places, actors, dates, casualties, attributions, triggers, country, iso)
        events, campaign_claims, warnings = assemble(mentions, self.lexicon)
        _report_spelling(events, places, self.gazetteer)
        clock.lap("assemble")
        report.events = events
        report.campaign_claims = campaign_claims
        report.warnings.extend(warnings)
        if not events and triggers:
            report.warnings.append("no event: the text mentions violence or protest words but no codable event was found")
        return report

    def _extract_long(self, text: str, pub, *, doc_id, url, title) -> Report:
        """Clean a long text once, split it at paragraph breaks into windows and merge their reports.

        Evidence offsets of every event and claim point into the whole cleaned text, as for a
        short document. Windows are at most ``LONG_WINDOW`` characters: assembly costs grow
        faster than linearly within one window, so small windows keep the total time linear.
        """
        if looks_like_html(text):
            text, html_title = html_to_text(text)
            title = title or html_title
        text = clean(text)
        if not text:  # e.g. a large page of scripts only
            return self.extract_document(make_document("", published=pub, doc_id=doc_id, url=url, title=title))
        size = min(self.config.max_chars, LONG_WINDOW)
        report = Report(id=doc_id)
        start = 0
        n = 0
        while start < len(text):
            while start < len(text) and text[start].isspace():
                start += 1  # a window starts on text, so its offsets shift by exactly `start`
            if start >= len(text):
                break
            end = min(len(text), start + size)
            if end < len(text):
                cut = text.rfind("\n\n", start + size // 2, end)
                if cut == -1:
                    cut = text.rfind(". ", start + size // 2, end)
                end = cut + 1 if cut != -1 else end
            window = text[start:end].rstrip()
            doc = Document(
                text=window, sentences=split_sentences(window), published=pub, doc_id=doc_id, url=url, title=title
            )
            part = self.extract_document(doc)
            for ev in part.events:
                _shift_event(ev, start)
            report.events.extend(part.events)
            report.campaign_claims.extend(_shift_claim(c, start) for c in part.campaign_claims)
            report.warnings.extend(w for w in part.warnings if w not in report.warnings)
            report.language = report.language or part.language
            start = end
            n += 1
        report.warnings.append(
            f"long document ({len(text):,} characters) read in {n} windows; evidence offsets refer to the whole "
            "cleaned text"
        )
        return report


def _shift_span(s: EvidenceSpan, by: int) -> EvidenceSpan:
    return s.model_copy(update={"start": s.start + by, "end": s.end + by})


def _shift_claim(c: Claim, by: int) -> Claim:
    return c.model_copy(update={"evidence": _shift_span(c.evidence, by)})


def _shift_event(ev: Event, by: int) -> None:
    for spans in ev.evidence.values():
        spans[:] = [_shift_span(s, by) for s in spans]
    ev.claims = [_shift_claim(c, by) for c in ev.claims]


class _Clock:
    """Adds the time since the last lap to ``timings[name]``; does nothing without a dict."""

    def __init__(self, timings: dict[str, float] | None):
        self.timings = timings
        self.last = time.perf_counter() if timings is not None else 0.0

    def lap(self, name: str) -> None:
        if self.timings is None:
            return
        now = time.perf_counter()
        self.timings[name] = self.timings.get(name, 0.0) + now - self.last
        self.last = now


def _without_spans(doc: Document, spans) -> Document:
    """``doc`` with the characters of ``spans`` blanked: offsets and sentences stay as they are."""
    chars = list(doc.text)
    for s in spans:
        chars[s.start : s.end] = " " * (s.end - s.start)
    return replace(doc, text="".join(chars))


def _find_places(doc: Document, gaz, hints: dict[str, float] | None = None):
    """The places stage, imported on first use so that the CLI starts fast."""
    from .places import find_places

    return find_places(doc, gaz, hints)


def _report_spelling(events: list[Event], places, gaz) -> None:
    """An event's location as the report spells it when the report names the place by one of
    its indexed names ("Lashkargah", not "Lashkar Gāh"); admin names stay the gazetteer's."""
    from .places import written_name

    by_span = {(m.span.start, m.span.end): m for m in places if m.place is not None}
    for ev in events:
        spans = ev.evidence.get("location") or []
        m = by_span.get((spans[0].start, spans[0].end)) if spans else None
        if m is None or ev.location != m.place.name:
            continue
        name = written_name(m.text, m.place, gaz)
        if name:
            ev.location = name


def _home_hints(actors, gaz) -> dict[str, float]:
    """Country votes (ISO alpha-2 -> weight) from the named groups of a report: a group of one
    country ("BCL", "BLA") speaks for it; a group of several only a little for its main one."""
    votes: dict[str, float] = {}
    for name, homes in {a.name: a.homes for a in actors if a.homes and not a.generic}.items():
        place = gaz.country(homes[0])
        if place is None or not place.country_code:
            continue
        w = 1.5 if len(homes) == 1 else 0.5
        votes[place.country_code] = min(4.0, votes.get(place.country_code, 0.0) + w)
    return votes


def _doc_country(places, gaz, people: Counter | None = None, text: str = "") -> tuple[str | None, int | None]:
    """The country a report is about: where things happened, the areas named, and the
    nationality of the civilians it is about ("a Bangladeshi cattle trader ... returning from India")."""
    from .places import names_whose

    votes: Counter[str] = Counter()
    iso: dict[str, int | None] = {}
    for name, n in (people or {}).items():
        place = gaz.country(name)
        if place is not None and place.country:
            votes[place.country] += 2 * n
            iso[place.country] = place.iso
    for p in places:
        pl = p.place or p.area
        if p.role == "country" and text and names_whose(text, p.span.end):
            continue  # "US drones", "the US embassy": whose, not where
        if pl is not None and pl.country:
            # where things happened outweighs a country named in passing ("heading towards India")
            # an unindexed name's country is only the context's guess
            weight = 1 if p.place is None else {"location": 3, "context": 2}.get(p.role, 1)
            if p.role == "country" and _COUNTRYS_AREA.match(text, p.span.end):
                weight = 4  # "in Cameroon's Northwest region", "Nigeria's northeastern Borno state": the country of the places told
            votes[pl.country] += weight
            iso[pl.country] = pl.iso
    if not votes:
        return None, None
    c = votes.most_common(1)[0][0]
    return c, iso.get(c)


# a country's area named after its possessive: "Cameroon's Northwest region", "Mali's central Mopti region", "Kenya's capital"
_COUNTRYS_AREA = fastre.compile(
    r"['’]s\s+(?:(?:far|restive|(?:north|south)-?(?:east|west)?(?:ern)?|(?:east|west)(?:ern)?|central|northern|southern|eastern|western|mainly \w+|predominantly \w+)\s+)?"
    r"(?:(?-i:[A-Z])[\w'’-]+\s+){0,3}(?:region|province|state|district|county|governorate|department|prefecture|territory)\b|['’]s\s+capital\b", re.I)


def _country_from_nationalities(text: str, gaz) -> tuple[str | None, int | None]:
    """The one country the nationality adjectives of a report that names no place point to
    ("a Nigerian lawmaker was shot"), else the one its soldiers or police are of ("Iraqi forces");
    None when they point to several equally."""
    from .places import nationalities

    for votes in nationalities(text):
        ranked = votes.most_common(2)
        if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            continue
        place = gaz.country(ranked[0][0])
        if place is not None:
            return place.country, place.iso
    return None, None


def _country_from_actors(actors, gaz) -> tuple[str | None, int | None]:
    votes = Counter(a.country or (a.homes[0] if a.homes else None) for a in actors if not a.generic)
    votes.pop(None, None)
    if not votes:
        return None, None
    name = votes.most_common(1)[0][0]
    place = gaz.country(name)
    return (place.country, place.iso) if place else (name, None)


def default_pipeline(config: Config | None = None) -> Pipeline:
    """A pipeline with the default configuration (``EVENTATLAS_HOME`` or the user data folder)."""
    return Pipeline(config)
