"""Typed records that pass between stages and leave the library.

Internal mention records (what one stage finds in the text) are frozen dataclasses: they are
made in large numbers and must be cheap. The records a user receives (:class:`Event`,
:class:`Claim`, :class:`Report`) are pydantic models, so they validate, serialise to JSON and
publish a schema the store and the web app can share.

Field names of :class:`Event` follow the ACLED codebook exactly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# --------------------------------------------------------------------------------------------
# Text and spans
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` into the cleaned document text."""

    start: int
    end: int

    def text(self, doc_text: str) -> str:
        return doc_text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(slots=True)
class Document:
    """The input of the pipeline after cleaning: text, sentences and metadata."""

    text: str
    sentences: list[Sentence]
    published: dt.date | None = None
    doc_id: str | None = None
    url: str | None = None
    title: str | None = None
    language: str | None = None
    warnings: list[str] = field(default_factory=list)

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence that holds character ``offset`` (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return self.sentences[lo]


# --------------------------------------------------------------------------------------------
# Mentions found by the stages
# --------------------------------------------------------------------------------------------

TimePrecision = Literal[1, 2, 3]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression resolved to a calendar day.

    ``precision`` is ACLED's time_precision: 1 day known, 2 week known (midpoint given),
    3 month known (midpoint given). ``year_inferred`` is true when the text gave no year and
    none came from the publication date.
    """

    span: Span
    date: dt.date
    precision: int = 1
    year_inferred: bool = False
    weekday_mismatch: str | None = None  # e.g. "text says Friday; 2026-01-31 is a Saturday"
    kind: Literal["explicit", "relative", "weekday", "published"] = "explicit"
    end: dt.date | None = None  # last day of a stated range ("between 3 and 5 May"), else None


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry (or an area) a toponym resolved to."""

    name: str
    country: str | None = None  # country name as ACLED writes it
    iso: int | None = None  # ISO 3166 numeric, as ACLED's iso field
    country_code: str | None = None  # ISO alpha-2
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    feature_class: str | None = None  # GeoNames class: P populated place, A admin area ...
    feature_code: str | None = None
    population: int = 0
    source: str = "default"  # which gazetteer source supplied it (cities500, postal, user ...)


@dataclass(frozen=True, slots=True)
class Candidate:
    place: Place
    score: float


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A toponym in the text and what it resolved to.

    ``place`` is None when nothing was found; ``area`` then holds the best enclosing area that
    could be proved (admin1 or admin2). ``role`` is "location" for a place where something may
    have happened and "context" for a country / province named to qualify another place.
    ``flags`` note how it was read: "ambiguous", "fuzzy_match", "not_in_gazetteer", and
    "group_name" for a place that begins an armed group's name ("Al Quds Brigades").
    """

    span: Span
    text: str
    place: Place | None
    geo_precision: int = 1
    role: Literal["location", "context", "country"] = "location"
    area: Place | None = None
    candidates: tuple[Candidate, ...] = ()
    flags: tuple[str, ...] = ()


InterCode = int  # ACLED inter codes: 0 none, 1 state forces ... 8 external/other forces


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A mention of an actor, mapped to its ACLED name and inter code."""

    span: Span
    text: str
    name: str  # ACLED-style actor name, e.g. "BLA: Balochistan Liberation Army"
    inter: int
    kind: str  # state_military, state_police, rebel, political_militia, identity_militia,
    # rioters, protesters, civilians, external, unidentified
    country: str | None = None
    parent: str | None = None  # for units: the parent group's ACLED name
    generic: bool = False  # "militants", "soldiers": a role, not a named group
    homes: tuple[str, ...] = ()  # where a named non-state group operates, main country first


Outcome = Literal["killed", "injured", "abducted", "arrested", "missing", "displaced"]
Qualifier = Literal["exact", "more_than", "at_least", "approximately", "up_to", "less_than", "vague"]
Stance = Literal["perpetrator_claim", "official", "media_report", "witness", "denial", "unattributed"]


@dataclass(frozen=True, slots=True)
class CasualtyMention:
    span: Span
    figure: int  # the number stated (for vague words, the ACLED convention's number)
    low: int  # lowest value the wording allows
    high: int | None  # highest value the wording allows (None: open-ended)
    qualifier: str
    outcome: str
    victims: str  # victim group as written ("Pakistani soldiers", "policemen")
    victim_kind: str | None = None  # military / police / civilian / rebel / perpetrator / unknown
    sentence: int = 0


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who says what a sentence reports."""

    claimant: str  # "BLA", "police", "reports", "the author" ...
    stance: str
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word or phrase that signals an event of some ACLED sub-type."""

    span: Span
    text: str
    sub_event_type: str
    sentence: int


# --------------------------------------------------------------------------------------------
# Output records
# --------------------------------------------------------------------------------------------


class EvidenceSpan(BaseModel):
    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    text: str


class Claim(BaseModel):
    """One figure as somebody states it."""

    figure: int
    low: int
    high: int | None = None
    qualifier: str
    outcome: str
    victims: str
    victim_kind: str | None = None
    claimant: str
    stance: str
    scope: str  # "event" (this place and day), "campaign", "document", or a place name
    evidence: EvidenceSpan  # the sentence that states the figure
    phrase: str = ""  # the figure as written: "more than 12 Pakistani soldiers have been killed"


class Event(BaseModel):
    """One ACLED event: one place, one day, one actor pair."""

    model_config = ConfigDict(extra="forbid")

    event_date: str | None = None
    time_precision: int = 1
    event_type: str
    sub_event_type: str
    disorder_type: str
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int = 0
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int = 0
    interaction: int = 0
    civilian_targeting: str | None = None
    country: str | None = None
    iso: int | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 3
    fatalities: int = 0
    notes: str = ""
    tags: str = ""
    # beyond ACLED
    fatalities_low: int = 0
    fatalities_high: int | None = 0
    claims: list[Claim] = Field(default_factory=list)
    campaign: str | None = None
    geonameid: int | None = None
    place_source: str | None = None
    year_inferred: bool = False
    warnings: list[str] = Field(default_factory=list)
    evidence: dict[str, list[EvidenceSpan]] = Field(default_factory=dict)


class Report(BaseModel):
    """What :func:`eventatlas.extract` returns for one document."""

    id: str | None = None
    events: list[Event] = Field(default_factory=list)
    campaign_claims: list[Claim] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    language: str | None = None
