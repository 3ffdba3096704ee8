"""Stage: assemble events from the mentions of the earlier stages.

ACLED's unit is one event per place per day per actor pair. A short report about one incident
gives one event at its most specific place. A report that lists several places where things
happened (an enumeration of three or more places in a sentence with a trigger) gives one
event per place; the triggers of the sentences that name a place decide that place's type.
A violent act against a civilian (an abduction, say) beside a battle at the same place gives a
second event, since its actor pair differs.

Fatalities are conservative: the lowest credible total for the event's own scope; totals that
cover several places (campaign claims) are kept on the report and divided among the events
that have no figure of their own, the remainder going to the first, never copied onto each.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from . import fastre
from .claims import WIDE, build_claims, fatality_range, split_wide_claims, uncounted_bombers
from .dates import event_date_for
from .gazetteer.normalize import fold
from .places import is_dateline
from .eventtype import (
    AFTER_A_CAUSE_RX, AFTER_SOMEONE, ON_THE_WAY_BACK_FROM_RX, AFTER_SOMEONE_WAS, ARMED_MOVEMENT, BOMBS_IN_BLOCKADE_FROM, CROP_STORES, DEPLOY_WORD, DIED_IN_CUSTODY, EVE_OF, EVE_OF_BEFORE, VICTIM_CARRYING, DISASTER_DEAD, DRUG_TERMS, GATHERED, RUMOURED_DEED, GOT_THROUGH, MAIMED, MONTHS, NAMED_SECTIONS, RECOVERED, TypingInput, classify, disorder_type, event_type_of, note_label, tally_spans_in,
)
from .models import (
    ActorMention,
    Attribution,
    CasualtyMention,
    Claim,
    DateMention,
    Document,
    Event,
    EvidenceSpan,
    PlaceMention,
    Span,
    Trigger,
)

ARMED = {"state_military", "state_police", "rebel", "political_militia", "identity_militia", "external", "unidentified"}
NON_STATE_ARMED = {"rebel", "political_militia", "identity_militia", "unidentified"}
_VAC_ONLY = {"Abduction/forced disappearance", "Sexual violence"}
_CAMPAIGN = fastre.compile(r"\bOperation\s+(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)", re.U)
_STATE_ABBR = {"state_military": "military", "state_police": "police"}


@dataclass
class Mentions:
    """Everything the earlier stages found in one document."""

    doc: Document
    places: list[PlaceMention]
    actors: list[ActorMention]
    dates: list[DateMention]
    casualties: list[CasualtyMention]
    attributions: list[Attribution]
    triggers: list[Trigger]
    country: str | None = None
    iso: int | None = None


@dataclass
class Frame:
    """One event being assembled: where, which sentences, which triggers."""

    place: PlaceMention | None
    sentences: list[int]
    triggers: list[Trigger]
    vac_only: bool = False
    claims: list[tuple[Claim, CasualtyMention]] = field(default_factory=list)


def assemble(m: Mentions, lexicon) -> tuple[list[Event], list[Claim], list[str]]:
    """Events, campaign-level claims and document warnings for one document."""
    warnings: list[str] = []
    doc = m.doc
    if not m.triggers:
        return [], [], warnings
    locations = _specific(m.places, doc.text)
    trig_sents = sorted({t.sentence for t in m.triggers})
    # (an agreement is one event wherever its terms are carried out: "exchanging 900 detainees,
    # with planes shuttling between Sanaa, Aden, Marib and Saudi Arabia")
    multi = _is_multi_place(doc, locations, trig_sents) and not all(t.sub_event_type == "Agreement" for t in m.triggers)
    frames = _frames_multi(m, locations) if multi else _frames_single(m, locations)
    campaign = _campaign(doc.text)
    claims_by_sentence = build_claims(m.doc, m.casualties, m.attributions, m.actors)

    built: list[tuple[Event, Frame]] = []
    campaign_claims: list[Claim] = []
    for frame in frames:
        ev = _build_event(frame, m, lexicon, multi, campaign, claims_by_sentence)
        if ev is not None:
            built.append((ev, frame))
    if multi:
        campaign_claims = _assign_scoped_claims(built, claims_by_sentence, m)
    elif built:
        campaign_claims = split_wide_claims(built[0][0], claims_by_sentence)
    events = [ev for ev, _ in built]
    for ev in events:  # figures assigned after assembly (campaign shares, scoped claims)
        for fld in ("fatalities_low", "fatalities_high"):
            if ev.evidence.get("fatalities") and fld not in ev.evidence:
                ev.evidence[fld] = list(ev.evidence["fatalities"])
    # an event with no place at all is only kept when nothing else was found
    if len(events) > 1:
        events = [e for e in events if e.location or e.admin1 or e.country] or events
    return events, campaign_claims, warnings


# -------------------------------------------------------------------------------- frames


_ADMIN_WORD = fastre.compile(
    r"\s*(?:'s\s+)?(?:district|upazila|uazila|sub-?district|division|province|state|governorate|region|zila|zilla|thana|"
    r"municipality|county|tehsil|taluka|union|city corporation)\b",
    re.I,
)


def _specific(places: list[PlaceMention], text: str) -> list[PlaceMention]:
    """Location mentions that name where something happened, not the areas that qualify them.

    "Garamara village in Jhenaidah Sadar sub-district of Jhenaidah District" and
    "Hatibandha upazila (Lalmonirhat, Rangpur)" each name one place: an area written right
    after a more specific place ("X, Y", "X (Y, Z)", "X in Y", "Y's X") is context when the
    gazetteer says it contains that place, or when the text calls it a district, upazila or
    province. Places in an enumeration ("in Quetta, Noshki, Mastung and Kalat") stay.
    """
    promoted = [replace(p, role="location") for p in _facility_places(places, text)]
    if promoted:
        places = sorted([p for p in places if p.span not in {q.span for q in promoted}] + promoted, key=lambda p: p.span.start)
    named = [p for p in places if p.role == "location"]
    locs = [p for p in named if not _is_dateline(p, text)] or named[:1]  # "QUETTA: workers staged a sit-in ...": the dateline alone
    if len(locs) < 2:
        return locs
    # "Tikrit, north of Baghdad", "25 km west of Peshawar", "Karachi-bound buses": reference
    # points and destinations, not where it happened, when another place is named
    # ("outside the Quetta Press Club" is at the club, in Quetta: a promoted venue town is no reference point)
    anchored = [p for p in locs if p not in promoted and _REFERENCE.search(text[max(0, p.span.start - 40) : p.span.start]) or _BOUND.match(text, p.span.end)]
    for p in locs:  # "went missing from Mastung and Kalat": the list goes on from the anchored place
        if p not in anchored and any(0 <= p.span.start - a.span.end <= 6 and fastre.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*", text[a.span.end : p.span.start])
                                     for a in anchored):
            anchored.append(p)
    if anchored and len(anchored) < len(locs):
        locs = [p for p in locs if p not in anchored]
    out: list[PlaceMention] = []
    per_sentence = Counter(_sentence_of(text, p.span.start) for p in locs)
    for i, p in enumerate(locs):
        name = _fold(p.place.name if p.place else p.text)
        listed = per_sentence[_sentence_of(text, p.span.start)] >= 3
        after = text[p.span.end : p.span.end + 30]
        qualifies = False
        for q in locs[:i]:
            if _loc_key(q) == _loc_key(p):
                continue
            gap = text[q.span.end : p.span.start]
            if len(gap) > 45 or not _QUAL_GAP.fullmatch(gap):
                continue
            contains = q.place is not None and name in {
                _fold(x) for x in (q.place.admin1, q.place.admin2, q.place.admin3) if x
            }
            if listed and not ("(" in gap or _ADMIN_WORD.match(after)):
                continue
            if contains or "(" in gap or _ADMIN_WORD.match(after) or (p.place is not None and p.place.feature_class == "A"):
                qualifies = True
                break
        if not qualifies:
            out.append(p)
    return out or locs[:1]


_FACILITY_BRACKET = fastre.compile(
    r"\b(?:Press Club|Club|Court|University|College|Hospital|Stadium|Chowk|Square|Road|Camp|Office|Secretariat|Assembly|"
    r"House|Station|Complex|Bazaar|Market|Park|Ground|Highway|Bridge|Gate|Port|Airport|Mosque|Church|Temple)\s*\(\s*$"
)


_VENUE_BEFORE = fastre.compile(r"\b(?:outside|in front of|before)\s+(?:the\s+)?$", re.I)
_VENUE_AFTER = fastre.compile(r"\s+(?:Press Club|High Court|Provincial Assembly|Assembly|Secretariat|University)\b")


def _facility_places(places: list[PlaceMention], text: str) -> list[PlaceMention]:
    """"outside the Quetta Press Club (Quetta, Balochistan)": the town in the bracket after a
    building or street is where it happened (ACLED's notes write the place so), or the town the
    building is named after when the text spells the same name just before."""
    out: list[PlaceMention] = []
    for q in places:
        if q.role != "context" or q.place is None or q.place.feature_code in ("ADM1", "PCLI"):
            continue
        if q.place.feature_class == "P" and _VENUE_BEFORE.search(text[max(0, q.span.start - 25) : q.span.start]) and _VENUE_AFTER.match(text, q.span.end):
            out.append(q)  # "outside the Quetta Press Club": the town of the venue
            continue
        if not _FACILITY_BRACKET.search(text[max(0, q.span.start - 40) : q.span.start]):
            continue
        if any(p.role == "location" and 0 <= q.span.start - p.span.end < 40 for p in places):
            continue  # "Shaheed Fida Chowk in Turbat (Kech, ...)": the town is already named
        city = next((p for p in places if p.role == "context" and p.place is not None and p.place.feature_class == "P"
                     and 0 <= q.span.start - p.span.end < 40 and _fold(p.text) == _fold(q.text)), None)
        if (city or q) not in out:  # "the Quetta Press Club (Quetta, ...)": the town once
            out.append(city or q)
    return out


def _is_dateline(p: PlaceMention, text: str) -> bool:
    """"QUETTA:", "KABUL, Jan 3 (Reuters) -": where the report was filed, not where it happened."""
    return is_dateline(text, p.span.start, p.span.end)


_REFERENCE = fastre.compile(
    r"\b(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|northern|southern|eastern|western)(?:ern)?\s+of|"
    r"outside(?:\s+of)?|from|to|towards|bound for|heading for|(?:km|kilomet(?:er|re)s?|miles?)\s+(?:\w+\s+)?(?:of|from))\s+"
    r"(?:the\s+)?(?:city\s+of\s+|town\s+of\s+|capital\s+)?$",
    re.I,
)
_BOUND = fastre.compile(r"-bound\b|\s+(?:-|–)?\s*bound\b", re.I)


def _sentence_of(text: str, offset: int) -> int:
    """A cheap sentence key: the offset of the last full stop before ``offset``."""
    return text.rfind(". ", 0, offset)


_QUAL_GAP = fastre.compile(
    r"(?:\s*(?:village|town|city|area|union|bazar|bazaar|market|upazila|uazila|sub-?district|district|thana|"
    r"municipality|police station|ps|sadar|village's|areas?)\b)*\s*(?:,|\(|\bin\b|\bof\b|\bunder\b|,\s*in\b|\bin\s+the\b)?\s*(?:the\s+)?",
    re.I,
)


def _fold(name: str) -> str:
    """The gazetteer's name key, without the word "district" ("Jessore District" is Jessore)."""
    return fold(name).replace(" district", "").strip()


def _loc_key(p: PlaceMention) -> str:
    if p.place is not None and p.place.geonameid:
        return f"g{p.place.geonameid}"
    name = p.place.name if p.place else p.text
    return name.lower()


_LIST_GAP = fastre.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*;\s*)", re.I)


def _is_multi_place(doc: Document, locations: list[PlaceMention], trig_sents: list[int]) -> bool:
    """True when a sentence with a trigger lists three or more places ("in Quetta, Noshki and Kalat").

    Only a real list counts: places joined by commas or "and", none of them the district or
    province of the one before it ("Tongi, Gazipur, Dhaka" is one place written as a chain).
    """
    if len({_loc_key(p) for p in locations}) < 3:
        return False
    trig = set(trig_sents)
    by_sentence: dict[int, list[PlaceMention]] = {}
    for p in locations:
        by_sentence.setdefault(doc.sentence_at(p.span.start).index, []).append(p)
    for s_idx, mentions in by_sentence.items():
        if s_idx not in trig or len(mentions) < 3:
            continue
        run = [mentions[0]]
        gaps: list[str] = []
        for prev, cur in zip(mentions, mentions[1:]):
            gap = doc.text[prev.span.end : cur.span.start]
            if _LIST_GAP.fullmatch(gap) and not _contains(cur, prev):
                run.append(cur)
                gaps.append(gap)
            else:
                run, gaps = [cur], []
            if len({_loc_key(p) for p in run}) >= 3 and (
                any(fastre.search(r"\band\b|;", g) for g in gaps) or not all(p.place is None for p in run[:-1])
            ):
                # ("Mohakhali, Banani, Dhaka (Dhaka)": quarters the index lacks, written as a chain
                # down to their city with commas only, are one place, not a list)
                return True
    return False


def _contains(area: PlaceMention, place: PlaceMention) -> bool:
    """The gazetteer says ``area`` is the admin1/admin2/admin3 of ``place``."""
    if place.place is None:
        return False
    name = _fold(area.place.name if area.place else area.text)
    admins = {_fold(x) for x in (place.place.admin1, place.place.admin2, place.place.admin3) if x}
    # "Srinagar, Jammu and Kashmir": each word of the state's name is no separate place
    return name in admins or any(fastre.search(rf"\b{re.escape(name)}\b", a) for a in admins if " " in a)


def _frames_single(m: Mentions, locations: list[PlaceMention]) -> list[Frame]:
    doc = m.doc
    trig_sents = sorted({t.sentence for t in m.triggers})
    first = trig_sents[0]
    place = None
    # the most specific place in the first sentence that has a trigger, else the first place
    in_first = [p for p in locations if doc.sentence_at(p.span.start).index == first]
    pool = in_first or [p for p in locations if p.place is not None] or locations
    if pool:
        text = doc.text
        # the coder's own "(coded to Dhaka - Shahbagh)" names the place, resolved or not; an
        # unindexed village placed at its upazila ranks with the indexed towns of its precision
        # and a town the note writes with its own "(district, province)" bracket is where it
        # happened: "PTI workers protesting the arrest in Islamabad clashed ... in Quetta (Quetta, Balochistan)"
        bracketed = {id(p) for p in pool if any(
            0 <= q.span.start - p.span.end <= 3 and _OPEN_BRACKET.fullmatch(text, p.span.end, q.span.start) for q in m.places)}
        place = min(pool, key=lambda p: (
            not _CODED_IN.search(text[max(0, p.span.start - 40) : p.span.start]),
            not _CODED.match(text, p.span.end), id(p) not in bracketed, p.geo_precision,
            p.place is None and not (p.area is not None and p.geo_precision <= 2), p.span.start,
        ))
    return [Frame(place=place, sentences=list(range(len(doc.sentences))), triggers=list(m.triggers))]


_OTHER_YEAR = fastre.compile(r"\b(?:in|since|of) ((?:19|20)\d\d)\b")
# the deed named again: "Police later arrested four people over the attack"
_REFERS_BACK = fastre.compile(r"\b(?:over|for|after|following|in connection with|behind) the (?:\w+ )?$", re.I)
_VILLAGE_NAMED = fastre.compile(r"\b((?-i:[A-Z][\w'-]*)(?: (?-i:[A-Z][\w'-]*)){0,2}) village\b")
_WITH_BODIES = fastre.compile(r"\b(?:with|carrying|placed|placing|laid)\s+(?:the\s+)?(?:bod(?:y|ies)|coffins?)\b", re.I)
_OPEN_BRACKET = fastre.compile(r"\s*\(\s*")
_CODED_IN = fastre.compile(r"\((?:coded|assumed) (?:to|as)\b[^()]*$", re.I)
_CODED = fastre.compile(r"\s*(?:[a-z]+\s+){0,2}\((?:coded|assumed) (?:to|as)\b", re.I)


def _frames_multi(m: Mentions, locations: list[PlaceMention]) -> list[Frame]:
    doc = m.doc
    by_key: dict[str, list[PlaceMention]] = {}
    for p in locations:
        by_key.setdefault(_loc_key(p), []).append(p)
    frames: list[Frame] = []
    for mentions in by_key.values():
        sents = sorted({doc.sentence_at(p.span.start).index for p in mentions})
        trig = [t for t in m.triggers if t.sentence in sents]
        if not trig:
            continue
        main = [t for t in trig if t.sub_event_type not in _VAC_ONLY]
        vac = [t for t in trig if t.sub_event_type in _VAC_ONLY]
        place = mentions[0]
        if main:
            frames.append(Frame(place=place, sentences=sents, triggers=main))
        if vac:
            vs = sorted({t.sentence for t in vac})
            frames.append(Frame(place=place, sentences=vs, triggers=vac + [t for t in trig if t.sentence in vs and t.sub_event_type == "_violence"], vac_only=True))
    return frames


# -------------------------------------------------------------------------------- claims


def _assign_scoped_claims(built: list[tuple[Event, Frame]], claims_by_sentence, m: Mentions) -> list[Claim]:
    """Multi-place reports: place-scoped claims go to their event, the rest to the campaign.

    A claim's sentence scopes it to a place when it names exactly one; a sentence that names
    none continues the place of the sentence before it in the same paragraph ("... attacked a
    police station in Quetta. Troops responded and 15 terrorists were killed.").
    """
    doc = m.doc
    loc_sents: dict[int, set[str]] = {}
    for p in m.places:
        if p.role == "location":
            loc_sents.setdefault(doc.sentence_at(p.span.start).index, set()).add(_loc_key(p))
    campaign: list[tuple[Claim, CasualtyMention]] = []
    own: dict[str, list[tuple[Claim, CasualtyMention]]] = {}
    for s, pairs in claims_by_sentence.items():
        keys = loc_sents.get(s, set())
        if not keys and s > 0 and "\n\n" not in doc.text[doc.sentences[s - 1].end : doc.sentences[s].start]:
            keys = loc_sents.get(s - 1, set())
        if len(keys) == 1 and not WIDE.search(doc.sentences[s].text):
            own.setdefault(next(iter(keys)), []).extend(pairs)
        else:
            campaign.extend(pairs)
    main_events = [(e, f) for e, f in built if not f.vac_only]
    with_own = 0
    for ev, fr in main_events:
        pairs = own.get(_loc_key(fr.place), []) if fr.place else []
        scoped = [c.model_copy(update={"scope": ev.location or "event"}) for c, _ in pairs]
        ev.claims = scoped
        best, low, high = fatality_range([(c, cm) for c, (_, cm) in zip(scoped, pairs)])
        if ev.sub_event_type in _NO_DEAD_TYPES:
            best, low, high = 0, 0, None  # (an arrest at each of several places kills no one either)
        ev.fatalities, ev.fatalities_low, ev.fatalities_high = best, low, high
        if best:
            with_own += best
            _add_evidence(ev, "fatalities", [c.evidence for c in scoped if c.outcome == "killed"])
    campaign_claims = [c.model_copy(update={"scope": "campaign"}) for c, _ in campaign]
    total, _, _ = fatality_range(campaign)
    rest = max(0, total - with_own)
    no_figure = [ev for ev, _ in main_events if ev.fatalities == 0 and ev.sub_event_type not in _NO_DEAD_TYPES]
    if rest and no_figure:
        base, extra = divmod(rest, len(no_figure))
        for i, ev in enumerate(no_figure):
            share = base + (1 if i < extra else 0)
            ev.fatalities = share
            ev.fatalities_low = 0
            ev.fatalities_high = None
            if share:
                ev.warnings.append(
                    f"fatalities {share} is this event's share of a campaign total of {total} spread over "
                    f"{len(no_figure)} places (ACLED convention); see the report's campaign claims"
                )
    return campaign_claims


# -------------------------------------------------------------------------------- actors


def _actors_in(m: Mentions, sentences: list[int]) -> list[ActorMention]:
    sset = set(sentences)
    return [a for a in m.actors if m.doc.sentence_at(a.span.start).index in sset]


_CUSTODY = fastre.compile(r"\b(?:in|under|while in) (?:police |RAB |jail |prison |the |their |DB )?custody\b|\bcustodial (?:death|torture)\b", re.I)
# the verbs of a source of the report ("police said", "the county police commander counted ...")
_REPORTING = r"said|says|told|confirmed|reported|counted"
_SPEAKS = fastre.compile(
    # ("police and fellow activists said")
    r"\s*(?:and\s+(?:[\w'’-]+\s+){0,3}?(?:activists|residents|witnesses|officials|relatives|sources|colleagues|medics|doctors|family members|leaders)\s+)?"
    rf"(?:officials?\s+|sources?\s+|spokes(?:man|person)\s+|officers?\s+|commanders?\s+|leaders\s+)?(?:{_REPORTING}|say|stated|claimed|added|believed(?= (?:the|that)\b)|announced(?=\s*(?:[.,;]|on \w+day\s*[.,;])))\b", re.I)
# the forces of a named region who report: "police in the Upper East Region said"
_SPEAKS_FROM_REGION = fastre.compile(
    r"\s+in\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}(?-i:Region|Province|State|District|County|Division)\s+"
    rf"(?:{_REPORTING}|say|stated|added)\b", re.I)
# the forces of a named town who report at a sentence's end: "..., police in Kilinochchi said on Tuesday."
_SPEAKS_FROM_TOWN = fastre.compile(
    rf"\s+in\s+(?-i:[A-Z])[\w'’-]*\s+(?:{_REPORTING}|say|stated|added)\b(?:\s+on\s+\w+)?\s*[.;]", re.I)
_AFFILIATED_TO = fastre.compile(r"\b(?:affiliated|aligned|allied|linked|loyal|attached) (?:with|to) (?:the )?$", re.I)
_LYNCH = fastre.compile(r"\b(?:mobs?|lynch\w*|villagers|locals|local people|residents|crowd|mass beating)\b", re.I)
_RIVAL_MEMBER = fastre.compile(
    r"\brival (?:faction|group|wing)s?\b|\brival \w+ (?:men|members|cadres|activists|operatives)|\binternal feud|\bintra-?(?:party|group|factional)|"
    r"\b(?:his|their) (?:own )?(?:party|group) (?:members|men|cadres)|\bfactional (?:feud|rivalry|clash|fight|members?|rivals?)|"
    r"\b(?:party|group|factional) rivals?\b|\brival (?:[\w()-]+ ){1,2}(?:faction|group)s?\b|\binternal (?:conflict|rivalry)|\brival (?-i:[A-Z][\w()-]*[A-Z])",
    re.I,
)
# the gap between a group and the larger one it belongs to
_AFFILIATE_GAP = fastre.compile(
    r"(?:\s+(?:from|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?,?\s+(?:(?:reportedly|allegedly|said to be|believed to be)\s+)?"
    r"(?:(?:which|that) (?:is|are) |an? (?:group|faction|cell|outfit|militia) )?(?:affiliated|linked|allied|aligned|loyal)\s+(?:with|to)\s+(?:the\s+)?", re.I)
_MEMBER_OF = fastre.compile(r"\s+(?:of|from|belonging to|affiliated (?:to|with)|loyal to|backed by)\b", re.I)
# the forces as the agent of what follows a violent deed: "the other bomb was recovered and defused by police"
_AFTERMATH_BY = fastre.compile(
    r"\b(?:recovered|defused|disposed of|found|collected|retrieved|rescued|taken to (?:a |the )?hospital|rushed to (?:a |the )?hospital)"
    r"(?:\s+and\s+(?:defused|recovered|disposed of|taken away))?\s+(?:later\s+)?by\s+(?:the\s+)?$"
    r"|\b(?:hand(?:ed|ing)?|turn(?:ed|ing)?)\s+(?:them|him|her|the (?:\w+ )?(?:men|man|women|woman|suspects?|youths?))\s+over\s+to\s+(?:the\s+)?$", re.I)
_AFTERMATH = fastre.compile(
    r"\s+(?:later|subsequently|afterwards)\s+(?:arrested|detained|nabbed|escorted|evacuated)\b|"  # "Police later arrested more than 100 suspects"
    r"\s+(?:and\s+[\w-]+\s+(?:personnel\s+|members\s+|troops\s+)?)?(?:\w+\s+){0,2}?(?:recovered|retrieved|found|fished|sent|rushed|(?:took|taken)(?= (?:[\w'’-]+ ){0,6}?(?:to|into) (?:the |a |an |local |nearby )?(?:hospital|clinic|medical|morgue|mortuary|health|custody)| (?:the |his |her )?(?:bod(?:y|ies)|injured|wounded|victims?|corpses?)\b)|reached|arrived|visited|registered|"
    r"filed|launched|started|began|opened (?:an? |the )?(?:investigation|inquiry|enquiry|probe|case)|are investigating|is investigating|were investigating|(?:are|is|were|was) (?:looking|looked) into|believes?(?! to be\b)|rescued|saved|"
    r"brought (?:the situation )?under control)\b|"
    # "police suspect", "police also suspected" (not "troops killed five suspected militants": whom they killed)
    r"\s+(?:(?:also|later|now|initially|strongly|had|have|has)\s+)?suspect(?:ed)?\b|"
    # "Police arrested a 34-year-old suspect", "police detained two suspects": they came after
    r"\s+(?:(?:later|also|then|quickly|soon)\s+)?(?:arrested|detained|held|nabbed|caught|questioned|identified)\s+(?:(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+)?(?:[\w-]+\s+){0,2}?suspects?\b",
    re.I,
)
_POST_ATTACKED = fastre.compile(
    r"\b(?:attack(?:ed|ing|s)?|stormed|storming|raided|raiding|overran|overrunning|ambushed|assaulted|struck|hit|targeted|targeting|"
    r"opened fire (?:on|at)|fired (?:\w+ )?(?:on|at)|(?:attack|assault|raid) on|"
    r"(?:lobb|hurl|thr[eo]w|toss)\w* (?:a |an |two |three |several )?(?:[\w-]+ )?(?:grenades?|bombs?|explosives?) (?:at|towards|into|on))\s+(?:a |an |the |two |three |several |\d+ )?(?:[\w-]+ ){0,2}$",
    re.I,
)
# "the Arakan Army said on Thursday it had captured ...": the speaker tells its own deed
_OWN_DEED = fastre.compile(
    r"\s*(?:said|says|say|claimed|claim|announced|stated)\b[^.;]{0,40}?\b(?:that\s+)?(?:it|they|its (?:fighters|forces|troops|men|members))\s+"
    r"(?:had\s+|have\s+|has\s+)?['‘]?(?:captured|seized|overran|overrun|killed|shot down|destroyed|attacked|ambushed|taken|took|"
    r"arrested|detained|apprehended|liberated|retaken|retook|recaptured|regained|cleared|restored|"
    r"(?:conducted|carried out|launched) (?:an?\s+|several\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,2}(?:strikes?|air ?strikes?|raids?|operations?))\b",
    re.I,
)
_ALERTED = fastre.compile(
    r"\b(?:alerted|informed|notified|called|phoned|told|according to|handed (?:\w+ )?over to|handing (?:\w+ )?(?:over )?to|angered by|enraged by|outraged by|incensed by)\s+"
    r"(?:the\s+)?(?:local\s+)?(?:[A-Z][\w-]+\s+)?$", re.I)
_BYSTANDER = fastre.compile(
    r"\s+(?:\w+\s+){0,3}?(?:(?:was|were) (?:present|deployed|at the scene|nearby) but (?:did not|didn't|failed to) (?:intervene|act|stop)|"
    r"(?:were|was) (?:later |then )?deployed\b(?![^.;]*\b(?:clash\w*|fired|opened fire|attacked|fought|shot)))\b",
    re.I,
)
_PERIOD_TAG = fastre.compile(r"\s*\((?:\d{4}-(?:\d{4})?|\d{4})\)")
# any side's men who watched: "Houthi security men at the scene did not intervene", "police stood by"
_STOOD_BY = fastre.compile(r"\s+(?:[\w-]+\s+){0,5}?(?:(?:did not|didn't|failed to) (?:intervene|act|stop)|(?:stood|looked) (?:by|on))\b", re.I)
_UNDER_GUARD = fastre.compile(r"\bunder\s+(?:the\s+)?$", re.I)
_GUARD_NOUN = fastre.compile(r"\s+(?:guard|escort|protection|watch|supervision)\b", re.I)
_PLACE_NOUN = fastre.compile(r"\s+(?:station|stations|line|lines|camp|camps|headquarters|hq|post|outpost|box|barracks|cantonment|club|academy|hospital)\b", re.I)
# the posts of named forces that a side overran: "overrunning the last remaining Myanmar military positions"
_HELD_POSTS = fastre.compile(r"\s+(?:posts?|outposts?|positions|bases?|camps?|barracks|headquarters|garrison|pickets?|checkpoints?|check-?posts?|bunkers?)\b", re.I)
# "a police informant", "an army source", "a RAB informer": a civilian who works with the forces
# victims who are no serving combatants: "a police informer", "an off-duty soldier", "the wife of a police officer"
_OFF_DUTY = fastre.compile(
    r"\b(?:informants?|informers?|sources?|off-?\s?duty|retired|former|ex-|wife|husband|son|daughter|brother|sister|father|mother|relatives?|family)\b",
    re.I,
)
_OFF_DUTY_NEAR = fastre.compile(
    r"\b(?:police|RAB|army|military|BGB|BSF)\s+(?:informants?|informers?|sources?|touts?)\b|\boff-?\s?duty\b|"
    r"\b(?:wife|husband|son|daughter|brother|sister|father|mother|relatives?|family)\s+of\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}"
    r"(?:police|policeman|officer|soldier|army|RAB|BGB|constable)",
    re.I,
)
_HELPER_NOUN = fastre.compile(r"\s+(?:informants?|informers?|sources?|touts?)\b", re.I)
# who the unknown men are said to be: "men in plain clothes believed to be intelligence personnel",
# "men in plain clothes accompanied by Frontier Corps personnel"
_BELIEVED_TO_BE = fastre.compile(
    r",?\s+(?:who\s+(?:were|are)\s+)?(?:(?:(?:widely\s+)?(?:believed|suspected|thought|said|reported|alleged)\s+(?:by\s+[^,.;]{1,40}?\s+)?to\s+(?:be|belong\s+to|have\s+been|work\s+for)|"
    r"(?:reportedly\s+)?accompanied\s+by)\b)", re.I)
# a named group's men as the agent: "after being assaulted by a group of ZANU-PF youths"
_AGENT_GROUP_OF = fastre.compile(r"\bby\s+(?:a|the)\s+(?:group|gang|band)\s+of\s+(?:suspected\s+)?$", re.I)
_AGENT = fastre.compile(
    r"(?:(?<!\bheld )(?<!\bcontrolled )(?<!\boccupied )(?<!\bdug )(?<!\bmanned )\bby|\b(?:firing|fire|shooting|gunfire|torture|bullets?) (?:of|from))\s+(?:the\s+|a\s+|an\s+|some\s+|unidentified\s+|suspected\s+|armed\s+)*$",
    re.I,
)
# "who had been arrested by the police", "a crackdown on them by the police": the agent of an
# arrest or a search, not of the violence
# "troops, accompanied by Russian paramilitaries, entered ...": an ally beside the subject, not the agent
_ESCORT_BY = fastre.compile(r"\b(?:accompanied|backed|supported|assisted|aided|escorted|joined|reinforced)\s+by\s+(?:the\s+|a\s+|an\s+|some\s+)*$", re.I)
# "whose bodies were found by residents", "the body was recovered by police": who found the dead is no side
_FOUND_BY = fastre.compile(r"\b(?:found|discovered|spotted|recovered|retrieved|filmed|witnessed)\s+by\s+(?:the\s+|some\s+|local\s+)*$", re.I)
_PROPERTY_AFTER = fastre.compile(r"(?:['’]s)?\s+(?:(?:locked|empty|abandoned|new|old|main|temporary|former)\s+)?(?:(?:party|district|upazila|union|ward|city|central|local)\s+)?(?:office|offices|headquarters|residence|house|houses|home|homes|building|camp)\b", re.I)
# "crude bombs exploded near a BNP workers' meeting, injuring three": whose meeting was hit (the party is no bomber)
_MEETING_HIT_AFTER = fastre.compile(
    r"(?<=\w)\s+(?:workers['’] |activists['’] |supporters['’] |leaders['’] )?(?:meeting|rally|procession|gathering|programme)\b(?=[^.;]{0,40}?\b(?:injur|wound|hurt|kill))", re.I)
# "The victim ... had been found carrying a machete": the lynched man's arms, not the crowd's
_VICTIM_CARRIED = fastre.compile(VICTIM_CARRYING + r"[^.;]{0,40}", re.I)
_HELD_BY_BEFORE = fastre.compile(r"\b(?:held|controlled|occupied|manned|used) by (?:the )?$", re.I)
_STRONGHOLD_AFTER = fastre.compile(r"(?:['’]s)?\s+(?:(?:former|main|last|key|traditional|long-time|longtime)\s+)?(?:strongholds?|bastions?|heartlands?)\b", re.I)
_PROPERTY_OF_BEFORE = fastre.compile(
    r"\b(?:office|offices|headquarters|residence|house|houses|home|homes|shop|shops|business|vehicle|car)\s+of\s+(?:a|an|the|two|several)?\s*(?:[\w-]+\s+){0,2}$"
    r"|\b(?:owned|leased|rented)\s+by\s+(?:a|an|the|two|several)?\s*(?:[\w-]+\s+){0,2}$"
    r"|\bvenue of\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}$", re.I)  # "crude bombs near the venue of a BNP rally": whose rally
# houses burnt "after rumours spread that a youth had posted a derogatory comment about Islam": a mob
_COMMUNAL_RUMOUR = fastre.compile(r"\b(?:rumou?rs?|derogatory (?:comment|post|remark)s?|blasphem\w+|hurt(?:ing)? religious sentiments?|insult(?:ing|ed)? (?:the )?(?:Prophet|Quran|Islam|religion))\b", re.I)
# the homes, shops or places of worship of a faith's people: a crowd that attacks them is a mob,
# whatever grievance it voices ("a crowd angered by a post attacked Hindu homes", "a mob opposed to
# the Ahmadiyya gathering attacked Ahmadi homes")
_COMMUNAL_TARGET = fastre.compile(
    r"\b(?:Hindu|Ahmadi(?:yya)?|Christian|Buddhist|Muslim|Sikh|minority|Sufi|Baul|Roma|migrant|asylum seeker|refugee)s?(?:-owned)?\s+(?:community\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:homes?|houses?|shops?|businesses|temples?|mandirs?|idols?|shrines?|churches?|mosques?|pagodas?|monaster(?:y|ies)|villages?|neighbourhoods?|properties)\b"
    r"|\b(?:vandali[sz]ed|attacked|damaged|torched|desecrated|ransacked|broke|smashed|demolished|razed)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:temples?|idols?|shrines?|mazars?|dargahs?|pagodas?)\b"
    # "attacked houses occupied by Roma families"
    r"|\b(?:homes?|houses?|shops?|flats?)\s+(?:occupied|owned|run|rented)\s+by\s+(?:[\w-]+\s+){0,2}?(?:Roma|Hindus?|Muslims?|Christians?|migrants?|refugees?|asylum seekers?|minorit(?:y|ies))\b"
    r"|\b(?:homes?|houses?|shops?|businesses|properties) (?:belonging to|of|owned by) (?:the |local |several |some |an? )?(?:members of (?:the |a )?)?"
    r"(?:Hindu|Ahmadi(?:yya)?|Christian|Buddhist|Sikh|minority|Sufi|Baul)s?\b"
    # foreigners as the crowd's target: "looted shops owned by Sudanese traders", "attacked migrants"
    r"|\b(?:shops?|homes?|houses?|businesses|properties|stalls?) (?:owned by|belonging to|run by) (?:[\w-]+ ){0,2}?(?:traders|nationals|foreigners|migrants|immigrants|refugees)\b"
    r"|\b(?:attacked|beat|chased|lynched|hunted) (?:[\w-]+ ){0,3}?(?:migrants|immigrants|refugees|foreigners|foreign nationals)\b", re.I)
# the forces as the crowd's target: "villagers surrounded a police team", "locals attacked the police"
_CROWD_ON_FORCES = fastre.compile(r"\b(?:surrounded|attacked|besieged|stormed|assaulted|chased|gheraoed|confined)\s+(?:a |an |the |some )?(?:[\w-]+\s+)?$", re.I)
# the forces that come to end the violence: "police fired blank shots to disperse them"
_DISPERSE_AFTER = fastre.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:fired|used|lobbed|charged|rushed|arrived|came)\b[^.;]{0,50}?\bto (?:disperse|control|quell|bring)\b"
    r"|\s+(?:[\w-]+\s+){0,3}?(?:brought|took|got) the situation under control", re.I)
# the forces that arrive after the violence or stand aside from it: "beat him until police reached the
# spot", "a minibus that police had stopped", "a police vehicle", "the county police commander said"
_FORCES_LATER = fastre.compile(r"\b(?:until|till|before|by the time|when|that|which|after)\s+(?:the\s+)?$", re.I)
_FORCES_ASIDE = fastre.compile(rf"\s+(?:(?:vehicle|van|car|truck|station|post|checkpoint|custody)\b|(?:[\w-]+\s+){{0,2}}(?:{_REPORTING})\b)", re.I)
_OWN_PROTEST = fastre.compile(r"\b(?:protest\w*|demonstrat\w*|demand\w*|rall(?:y|ies)|human chains?|hartal|blockade|sit-ins?|strike)\b", re.I)
# the words of organised armed sides, when no actor of the clash is known by name
_ARMED_SIDES = fastre.compile(r"\b(?:brigades?|battalions?|regiments?|divisions?|units?|forces|militias?|militiamen|(?<!freedom )fighters|troops|gangs?|cartels?|gangsters|soldiers|infantry|combatants|rebels|insurgents|gunmen|armed (?:men|groups?))\b", re.I)
_FIGHTER_KINDS = frozenset({"military", "police", "rebel", "perpetrator"})  # victims who are combatants
_MOB_CLASH_FROM = 2020  # the year from which party men who clash without guns are coded as rioters
_BLADES_AS_RIOT_FROM = 2022  # ... and from which those who clash with sticks and blades are too
_PARTY_WRECKING_FROM = 2022  # ... and from which a party's men wrecking property, hurting nobody, destroy property
# sub-types that kill no one: the deaths told beside them are their cause or their past
_NO_DEAD_TYPES = frozenset({"Peaceful protest", "Agreement", "Change to group/activity", "Headquarters or base established",
                            "Non-violent transfer of territory", "Other", "Arrests"})
_PARTY_BOMBS = fastre.compile(r"\b(?:crude|hand|home-?made|country-?made|petrol|cocktail)[- ]?bombs?\b|\bcocktails?\b|\bmolotov cocktails?\b", re.I)
_DRUG_HAUL = fastre.compile(rf"\b(?:{DRUG_TERMS})\b", re.I)
# "the attackers" after a crowd was told: the crowd again, no armed group
_THE_ATTACKERS = fastre.compile(r"(?:the\s+)?(?:attackers?|assailants?)", re.I)
_CROWD_TOLD = fastre.compile(r"\b(?:an?|the) (?:[\w-]+ )?(?:crowds?|mobs?)\b(?![^.;]{0,80}\b(?:gunmen|armed men|militants)\b)", re.I)
# a raid that took goods and hurt nobody
_NO_ONE_HURT = fastre.compile(r"\b(?:no one|nobody|no-one) (?:was|were) (?:hurt|injured|harmed|wounded)\b|\bno (?:one|body) (?:was )?(?:hurt|injured|harmed)\b|\bno (?:casualties|injuries) (?:were|was) (?:reported|recorded)\b", re.I)
_CARRIED_OFF = fastre.compile(r"\b(?:cart(?:ed|ing)|carr(?:ied|ying)|took|taking|made) (?:away|off)\b|\bloot\w*|\bstole\b|\brustl\w*|\bset fire\b|\btorch\w*|\bburn\w*", re.I)
_RAID_WORD = fastre.compile(r"raid(?:ed|ing|s)?|(?:a |the )?raids?", re.I)
_APPOINTED_BY_BEFORE = fastre.compile(r"\b(?:appointed|installed|named|nominated) by (?:the )?$", re.I)
# a group the victim criticised ("Hezbollah critic Hassan Mroueh", "a critic of the junta"): no side
_CRITIC_AFTER = fastre.compile(r"\s+(?:critics?|detractors?)\b", re.I)
_CRITIC_OF_BEFORE = fastre.compile(r"\b(?:critics?|detractors?|critical) of (?:the )?$", re.I)
_TIES_WITH = fastre.compile(r"\b(?:(?:collaborat\w+|cooperat\w+|spying|spied|informing|links?|ties|sympathi\w+|siding|working|worked|work)\s+(?:with|for|to|on)|"
                        r"(?:passing|passed|giving|gave|providing|provided|leaking|leaked)\s+(?:information|intelligence|tips?)\s+to|"
                        r"assist(?:ing|ed)|help(?:ing|ed))\s+(?:the\s+)?$", re.I)
_PRESENCE_AFTER = fastre.compile(r"\s+(?:military\s+)?(?:presence|bases?|deployment|occupation)\b", re.I)
# "the victim had once been associated with an outlawed faction of the Purba Banglar Communist Party": who he was
_ASSOCIATED_WITH = fastre.compile(
    r"\b(?:associated|affiliated)\s+with\s+(?:an?\s+|the\s+)?(?:outlawed\s+|banned\s+|underground\s+)?(?:faction|wing|splinter group)\s+of\s+(?:the\s+)?$", re.I)
_FORMER_BEFORE = fastre.compile(r"\b(?:former|ex-|retired)\s*(?:[\w-]+\s+){0,2}?(?:of\s+(?:the\s+)?)?$", re.I)
# "after the fall of the Awami League government", "accusing him of being an ADF collaborator":
# a government's end and a charge laid on a victim name no side of the event
_NO_SIDE_BEFORE = fastre.compile(
    r"\b(?:(?:fall|ouster|collapse|overthrow|toppling|downfall) of (?:the )?|(?:accus\w+|suspect\w*) (?:\w+ )?of being (?:an? |the )?(?:member of (?:the |an? )?)?(?:child |cattle |drug |serial )?"
    # "a boy they accused of supplying food to the TPNPB": the charge laid on the victim
    r"|(?:accus\w+|suspect\w*) (?:\w+ )?of (?:supplying|giving|selling|smuggling|passing) (?:[\w-]+ ){0,3}?to (?:the )?"
    r"|(?:accus\w+|suspect\w*) (?:\w+ )?of (?:helping|aiding|supporting|sheltering|harbou?ring|feeding|spying for|collaborating with|working for|informing for) (?:the )?)$", re.I)
_LEFT_BY = fastre.compile(r"\b(?:vacated|abandoned|evacuated|deserted)\s+by\s+(?:the\s+)?$", re.I)
# "after al-Shabaab fighters abandoned the town": who left it
_LEFT_AFTER = fastre.compile(
    r"\s+(?:fighters\s+|militants\s+|rebels\s+|forces\s+|troops\s+|militiamen\s+)?(?:had\s+)?(?:abandoned|withdrew from|withdrawn from|pulled out of|fled|vacated|retreated from)\s+"
    r"(?:the\s+)?(?:town|city|village|area|district|base|positions?|hill|ridge|locality)\b", re.I)
_VEHICLE_NOUN = fastre.compile(r"\s+(?:vehicles?|vans?|trucks?|pickups?|mobiles?|convoys?|patrols?|jeeps?|cars?)\b", re.I)
_WRECKED_VEHICLE_BEFORE = fastre.compile(r"\b(?:set(?:ting)?|torch\w*|burn\w*|smash\w*|damag\w*|overturn\w*|vandali[sz]\w*) (?:an?|the|two|three|several) $", re.I)
_FORCES_VEHICLE_NOUN = fastre.compile(r"\s+(?:vehicles?|vans?|trucks?|lorr(?:y|ies)|pickups?|jeeps?|cars?|buses)\b", re.I)
_TORE_THROUGH = fastre.compile(r"\b(?:tore|ripped|blew) (?:through|apart|up)\s+(?:a |an |the |two )?$|\b(?:hit|struck|targeted|exploded (?:under|near|beside))\s+(?:a |an |the |two )?$", re.I)
_WHICH_BEFORE = fastre.compile(r"\b(?:that|which|where)\s+(?:the\s+)?$", re.I)
_HAD_RUN_AFTER = fastre.compile(r"(?::(?:\s+[\w'’()-]+){1,9}?)?(?:\s+(?:fighters|militants|members|forces|rebels|insurgents|troops))?\s+(?:had|have|has)\s+(?:long\s+|previously\s+|once\s+)?(?:run|held|controlled|occupied|ruled)\b", re.I)
# "held by rebels since 2012", "the ridge, long held by CPI (Maoist)": who lost it
_PRIOR_CONTROL = fastre.compile(r"\b(?:(?P<long>long|previously|formerly|once)\s+)?(?:held|controlled|occupied|ruled|run)\s+by\s+(?:the\s+)?$", re.I)
_LAWFUL_AGENT = fastre.compile(
    r"\b(?:arrest(?:ed)?|detained|held|nabbed|caught|apprehended|recovered|rescued|raided|searched|crackdowns?(?: on \w+)?|"
    r"drives?|operations?|filed|questioned|interrogated|remanded|convicted|sentenced|handed over to)\s+by\s+(?:the\s+)?$",
    re.I,
)
_OBJECT_PREP = fastre.compile(r"\b(?:on|against|at|targeting|targeted|with|between|including|took|taking)\s+(?:the\s+|a\s+|an\s+|two\s+|some\s+|several\s+|\w+\s+)?$", re.I)
_VERB = (r"(?:opened fire (?:on|at)|fired (?:on|at|upon)|struck|hit|rammed|ambush\w*|bomb(?:ed|ing)|attack\w*|injur\w*|kill\w*|shot|shoot\w*|stabb\w*|hack\w*|beat\w*|abduct\w*|kidnap\w*|arrest\w*|detain\w*|"
         r"chopp\w*|slaughter\w*|behead\w*|butcher\w*|slain|"
         r"target\w*|assault\w*|murder\w*|wound\w*|tortur\w*|chas\w+|lynch\w*|strangl\w*|picked up|gunned down|hurl\w* \w+ at|"
         r"cleared|expelled|dislodged|flushed out|forced|dragged|whisked)")  # ("troops cleared TTP fighters from the valley": whom they drove out)
# the actor is the object of a violent verb earlier in its clause: "attacked and injured an AL leader"
_AFTER_VERB = fastre.compile(rf"\b{_VERB}\b(?:(?!\b(?:by|when|while|after|as|who|which)\b)[^.;])*$", re.I)
# the actor is the subject of a passive violent verb: "a leader of the PCJSS was shot dead"
_PASSIVE_VICTIM = fastre.compile(
    rf"^(?:\s*\([^)]*\))?(?:(?:(?!\b(?:and|who|which|that|opened|fired|attacked|hurled|when|while)\b)[^.;,]){{0,40}}?|\s*,[^.;]{{0,80}}?,)"
    # ("Four soldiers and two civilians were killed": a second group of victims beside them)
    rf"(?:\s+and\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a|an|one|several)\s+(?:[\w'-]+\s+){{0,2}}?(?:civilians|villagers|passengers|residents|children|women|bystanders|pedestrians|civilian|villager|passenger|child|woman|bystander|pedestrian))?\s*"
    rf"\b(?:(?:was|were|is|are|had been|has been|have been|got|came under|come under|comes under)\s+(?:\w+\s+){{0,2}}?{_VERB}|(?:came|come|comes) under\s+(?:heavy\s+|intense\s+|sustained\s+)?(?:gun\s?)?fire\b)",
    re.I,
)
# "the body of a regional commander of the outlawed PBCP", "the deceased was identified as ..., a
# leader of PBCP": the group named is the dead man's own
_MEMBER_BEFORE = fastre.compile(
    r"\b(?:leaders?|members?|cadres?|commanders?|activists?|operatives?|militants?|chiefs?)\s+of\s+(?:the\s+|an?\s+)?"
    r"(?:outlawed\s+|banned\s+|underground\s+|outlaw\s+)?(?:faction\s+of\s+(?:the\s+)?)?$",
    re.I,
)
# "two activists of PCP, an organisation affiliated to UPDF": the affiliate's activists, not its fighters
_CIVIL_MEMBERS = fastre.compile(r"\b(?:activists?|supporters?|students?|workers?) of\b[^.;]{0,60}\b(?:affiliated (?:to|with)|wing of|front of|backed by)\s+(?:the\s+)?$", re.I)
_BODY_OF_BEFORE = fastre.compile(r"\b(?:bod(?:y|ies)|corpses?|remains) of (?:an? |the |one |two |three |four |five |\d+ )?$", re.I)
_DEAD_NAMED = fastre.compile(r"\b(?:body|bodies|found dead|found killed|deceased|identified as|victims?)\b", re.I)
_RELATIVE_OF = fastre.compile(
    r"\b(?:wife|husband|son|daughter|brother|sister|father|mother|relative|family|house|home|informant|informer|source|driver|cook|guard)s? of "
    r"(?:an? |the |one )?(?:\w+ ){0,3}$",
    re.I,
)


# "supported by the Wagner Group", "backed by fighters of Russia's Wagner Group": the ally of the side named before
_BACKER_BEFORE = fastre.compile(
    r"\b(?:supported|backed|assisted|aided|accompanied) by (?:the )?(?:(?:fighters|mercenaries|troops|members|elements) of )?(?:the )?"
    r"(?:[\w'’-]+:? ){0,2}$", re.I)  # (and "supported by CJTF: Civilian Joint Task Force")


_SINCE_OPERATIONS = fastre.compile(r"\b(?:since|after|before) the (?:launch|start|beginning|onset) of (?:the )?(?:joint |new |military )?$", re.I)


_MEETING_OF = fastre.compile(r"\b(?:flag|border|commanders?|sector|talks?) (?:[\w-]+ )?(?:meetings?|talks) (?:between|with|of) (?:the )?(?:[\w'’-]+ (?:and|with) (?:the )?)?$", re.I)


def _roles(m: Mentions, frame: Frame) -> tuple[list[ActorMention], list[ActorMention], ActorMention | None]:
    """(side 1, side 2, agent) actor mentions of an event, best first; agent is "by X"."""
    text = m.doc.text
    side1: list[ActorMention] = []
    side2: list[ActorMention] = []
    agent: ActorMention | None = None
    prev: tuple[ActorMention, list[ActorMention]] | None = None
    trigger_sentences = {t.sentence for t in frame.triggers}
    actors = _actors_in(m, frame.sentences)
    # "unidentified men shot dead a PCJSS supporter ... PCJSS blamed the UPDF": the report
    # names no perpetrator; a charge told later is no side
    unknown_hand = any(a.generic and a.kind == "unidentified" and m.doc.sentence_at(a.span.start).index in trigger_sentences for a in actors)
    territorial = any(t.sub_event_type in {"_territory", "_capture", "Government regains territory", "Non-state actor overtakes territory"} for t in frame.triggers)
    first_deed = {}
    for t in frame.triggers:
        first_deed[t.sentence] = min(first_deed.get(t.sentence, t.span.start), t.span.start)
    for a in actors:
        sent = m.doc.sentence_at(a.span.start).index
        if unknown_hand and (sent not in trigger_sentences or a.span.start > first_deed[sent] or sent > min(first_deed)) and _blame(text, a):
            continue  # (or later in its sentence: "miscreants set fire to ...; the BJP alleged TMC workers were behind it")
            # (or in a later sentence that tells more: "NUP blamed security operatives ...; his whereabouts remain unknown")
        if unknown_hand and sent > min(first_deed) and _BLAMER.match(text, a.span.end) and not any(
                t.sentence == sent and t.sub_event_type in _VIOLENT_KINDS for t in frame.triggers):
            continue  # "... unidentified people set fire to a bus. Police blamed blockade supporters": the accuser, no side
        if unknown_hand and a.kind.startswith("state") and _CLAIMED_AFTER.match(text, a.span.end):
            continue  # "unidentified gunmen shot dead a deputy head ... Ukrainian military intelligence later claimed responsibility"
        if unknown_hand and (_CALLER_OF.match(text, a.span.end) or _CALLED_BY.search(text, max(0, a.span.start - 80), a.span.start)):
            continue  # "unidentified people set fire to a bus on the eve of the BNP-called blockade": who called it, not who burned
        if a.generic and a.kind == "unidentified" and _BELIEVED_TO_BE.match(text, a.span.end):
            continue  # "men in plain clothes, believed to be from the security forces,": the forces named next act
        if side1 and side1[0].kind.startswith("state") and not a.generic and _BACKER_BEFORE.search(
                text, max(side1[0].span.end, a.span.start - 60), a.span.start):
            continue  # "Malian troops, backed by fighters of Russia's Wagner Group, took Kidal": the backer is no first side
        if prev is not None and fastre.fullmatch(r"\s*\(\s*", text[prev[0].span.end : a.span.start]):
            prev[1].append(a)  # "Purbo Banglar Communist Party (PBCP)": the acronym takes the name's side
            continue
        if prev is not None and not a.generic and prev[0].kind in NON_STATE_ARMED and _AFFILIATE_GAP.fullmatch(text, prev[0].span.end, a.span.start):
            prev[1].append(a)  # "militants from Jund al-Khilafa, affiliated with the Islamic State, killed a shepherd": their allegiance, not a foe
            continue
        if prev is not None and text[prev[0].span.end : a.span.start] == ": " and a.name == prev[0].name:
            continue  # "clashes with HTS: Hayat Tahrir al Sham": the group's name after its acronym, told once
        if a.generic and a.kind.startswith("state") and prev is not None and not prev[0].generic and (
            prev[0].kind in NON_STATE_ARMED and fastre.fullmatch(r"\s+", text[prev[0].span.end : a.span.start])
        ):
            continue  # "HTS security personnel", "Houthi forces": the group's own men, not the state's
        if not a.generic and a.kind.startswith("state") and _HELD_POSTS.match(text, a.span.end) and _POST_ATTACKED.search(
                text[max(0, a.span.start - 50) : a.span.start]):
            side2.append(a)  # "overrunning the last remaining Myanmar military positions": the forces whose posts fell
            prev = (a, side2)
            continue
        if a.kind.startswith("state") and (
                _FORCES_VEHICLE_NOUN.match(text, a.span.end) and _WRECKED_VEHICLE_BEFORE.search(text, max(0, a.span.start - 30), a.span.start)
                or _THROWN_AT_BEFORE.search(text, max(0, a.span.start - 70), a.span.start)):
            side2.append(a)  # "setting an army lorry on fire": the forces' property; "coca growers threw stones and
            prev = (a, side2)  # petrol bombs at soldiers": the forces are the target
            continue
        if a.kind.startswith("state") and _VEHICLE_NOUN.match(text, a.span.end) and _TORE_THROUGH.search(text[max(0, a.span.start - 50) : a.span.start]):
            side2.append(a)  # "a roadside bomb tore through a police vehicle": the forces in it are the target
            prev = (a, side2)
            continue
        if a.generic and _PLACE_NOUN.match(text, a.span.end):
            if a.kind.startswith("state") and _POST_ATTACKED.search(text[max(0, a.span.start - 50) : a.span.start]):
                side2.append(a)  # "militants attacked a police station": the forces in it are the target
                prev = (a, side2)
            continue  # "Aminpur police station", "army camp": a place, not a side
        if a.kind == "party" and (EVE_OF_BEFORE.search(text, max(0, a.span.start - 60), a.span.start)
                                  or _PREPARED_FOR_BEFORE.search(text, max(0, a.span.start - 40), a.span.start)):
            # "in the run-up to the BNP rally, unidentified people hurled crude bombs", "near the stage being
            # prepared for a BNP rally": whose rally is to come
            continue
        if not a.kind.startswith("state") and not a.generic and (
            _PROPERTY_AFTER.match(text, a.span.end) or _MEETING_HIT_AFTER.match(text, a.span.end) or _PROPERTY_OF_BEFORE.search(text[max(0, a.span.start - 45) : a.span.start])
            or _STRONGHOLD_AFTER.match(text, a.span.end)  # "the ridge, a Maoist stronghold for two decades": who held it
            or _HELD_BY_BEFORE.search(text, max(0, a.span.start - 25), a.span.start)  # "a tunnel complex held by PKK fighters"
            or _MOURNS_OWN.match(text, a.span.end)  # "Hezbollah later mourned him as one of its fighters": the victim's side
            or a.kind == "party" and _MEN_WERE_HURT_AFTER.match(text, a.span.end)  # "Three BNP activists and a passer-by were injured": victims
            or _MOURNED_AS_BEFORE.search(text, max(0, a.span.start - 40), a.span.start)
        ):
            side2.append(a)  # "set fire to the district Awami League office": whose property, not who burnt it
            prev = (a, side2)
            continue
        if a.generic and _BACKED_BY.search(text, max(0, a.span.start - 25), a.span.start) and any(
                b is not a and b.span.start > a.span.end and b.kind.startswith("state") for b in actors):
            continue  # "Backed by Russian airstrikes, government troops regained Kafr Nabl": the support, not the side that acts
        if _AREA_HELD_BY.search(text, max(0, a.span.start - 60), a.span.start) and any(
                b is not a and b.kind != a.kind and b.kind != "civilians" for b in actors):
            continue  # "bombed the market in Kabkabiya, an area held by the Rapid Support Forces": whose ground, not a side
        if (a.kind.startswith("state") or a.kind == "external") and _PRESENCE_AFTER.match(text, a.span.end) and _PROTEST_CUE.search(text, max(0, a.span.start - 60), a.span.start):
            continue  # "marching toward the US Embassy to protest the US military presence": what they protest, no side
        if a.kind.startswith("state") and _HELPER_NOUN.match(text, a.span.end):
            continue  # "stabbed a police informant": the victim is a civilian, not the police
        if a.kind.startswith("state") and _CAUSE_NOUN_AFTER.match(text, a.span.end) and _CAUSE_BEFORE.search(text, max(0, a.span.start - 30), a.span.start):
            continue  # "youths angry over a police shooting smashed windows": the grievance, not a side
        if _CAUSE_AGENT_BEFORE.search(text, max(0, a.span.start - 120), a.span.start) and any(
                t.sentence == sent and t.span.end <= a.span.start for t in frame.triggers):
            continue  # "youths set fire to a police post after a driver was allegedly shot dead by a constable": the grievance's hand
        if not a.kind.startswith("state") and not a.generic and _SOUGHT_BEFORE.search(text, max(0, a.span.start - 40), a.span.start):
            continue  # "shot dead 3 villagers during a search for PDF members": whom the troops sought, not who fought
        if _AFTER_AN.search(text, max(0, a.span.start - 12), a.span.start) and _ATTACK_ON_THEIR_POSTS.match(text, a.span.end) and any(
                t.sub_event_type in {"_violence", "_weapons"} and t.span.start > a.span.end for t in frame.triggers):
            continue  # "soldiers went from house to house after a Fano attack on their positions, killing civilians": the grievance's foe
        if not a.kind.startswith("state") and _DAY_AFTER_BEFORE.search(text, max(0, a.span.start - 40), a.span.start) and _DID_AFTER.match(
                text, a.span.end) and any(t.sentence == sent and t.sub_event_type in {"_violence", "_weapons"} and t.span.end <= a.span.start for t in frame.triggers):
            continue  # "shot 11 men dead on Wednesday, a day after Fano fighters attacked an army position": the day before's foe
        if _EARLIER_FIGHT_WITH.search(text, max(0, a.span.start - 50), a.span.start) and _DAY_BEFORE_AFTER.match(text, a.span.end) and any(
                t.sub_event_type in {"_violence", "_weapons"} and t.span.end <= a.span.start for t in frame.triggers):
            continue  # "shot dead six villagers they had detained ... after a clash with local PDF the previous day": yesterday's foe
        if not a.kind.startswith("state") and (_ACCUSED_OF_AIDING.search(text, max(0, a.span.start - 70), a.span.start) or (
                _ACCUSED_OF_BEING.search(text, max(0, a.span.start - 40), a.span.start) and _AIDE_NOUN_AFTER.match(text, a.span.end))):
            # "killed residents of the Fulani quarter, accusing them of supporting JNIM", "a man they accused
            # of being an ADF collaborator": the pretext, no side
            continue
        if a.kind.startswith("state") and _WATCH_LIST_AFTER.match(text, a.span.end):
            continue  # "a councillor who was on the police's drug watch list": whose list, no side
        if _PRO_BEFORE.search(text, max(0, a.span.start - 4), a.span.start) and _PERSON_NOUN_AFTER.match(text, a.span.end):
            continue  # "shot dead a pro-Taliban cleric": who the victim sided with, no side
        if a.kind.startswith("state") and _CUSTODY_AFTER.match(text, a.span.end) and (
            _CUSTODY_DEATH_CAUSE.search(text, max(0, a.span.start - 120), a.span.start)
            or _TAKEN_FROM.search(text, max(0, a.span.start - 60), a.span.start)
        ):  # "young people angered by the death of a driver in police custody set fire to ...": the grievance;
            continue  # "residents seized them from police custody and set them on fire": the crowd did it; no side
        if a.kind.startswith("state") and _PROTESTED_TO.match(text, a.span.end):
            continue  # "BGB protested the killing to BSF", "BGB sought a flag meeting": the other side's guards answer it
        if _CAME_LATER.match(text, a.span.end):
            continue  # "local BNP and Jamaat leaders later visited the area": they came after, no side
        if _TAKEOVER_AFTER.match(text, a.span.end) and _SINCE_BEFORE.search(text, max(0, a.span.start - 12), a.span.start):
            continue  # "the latest in a string of killings since the Taliban takeover": a period, no side
        if _SPEAKS.match(text, a.span.end) and not _OWN_DEED.match(text, a.span.end) or a.kind.startswith("state") and (
            _SPEAKS_FROM_REGION.match(text, a.span.end) or text[max(0, a.span.start - 2) : a.span.start] == ", " and _SPEAKS_FROM_TOWN.match(text, a.span.end)
        ):
            continue  # "police said", "police in the Upper East Region said", "..., police in Kilinochchi said.": the source of the report, not a side
        if a.kind.startswith("state") and _AFFILIATED_TO.search(text, max(0, a.span.start - 40), a.span.start):
            continue  # "armed men from factions affiliated with Military Forces of Syria shot dead civilians": whose men, no side
        if a.kind.startswith("state") and _SINCE_OPERATIONS.search(text, max(0, a.span.start - 50), a.span.start):
            continue  # "raids in the area since the launch of joint FARDC-UPDF operations": the background campaign
        if a.kind.startswith("state") and _MEETING_OF.search(text, max(0, a.span.start - 60), a.span.start):
            continue  # "handed over after a flag meeting between BGB and BSF": talks after the deed, no side in it
        if a.kind.startswith("state") and _ALERTED.search(text[max(0, a.span.start - 25) : a.span.start]):
            continue  # "a survivor alerted the army": told of the attack, not a side in it
        # (what the forces did next is read after an ACLED name's period: "Police Forces of Mexico (2024-) rescued one")
        end = tag.end() if (tag := _PERIOD_TAG.match(text, a.span.end)) else a.span.end
        if a.kind.startswith("state") and _ESCAPED_UNHURT.match(text, end):
            continue  # "the police constable escorting the team escaped unhurt": a guard the gunmen did not fight
        if a.kind.startswith("state") and _BYSTANDER.match(text, end) or _STOOD_BY.match(text, end):
            continue  # "the army was present but did not intervene": onlookers, not a side
        if a.kind.startswith("state") and (_AFTERMATH.match(text, end) or _AFTERMATH_BY.search(text, max(0, a.span.start - 40), a.span.start)):
            continue  # "police recovered the body", "the other was defused by police": they came after the violence, not a side
        if a.kind.startswith("state") and _UNDER_GUARD.search(text[max(0, a.span.start - 12) : a.span.start]) and (
            _GUARD_NOUN.match(text, a.span.end)
        ):
            continue  # "treated under police guard": the forces keep a survivor, they fought no one
        if a.kind.startswith("state") or a.kind == "external":
            if _RELATIVE_OF.search(text[max(0, a.span.start - 60) : a.span.start]):
                continue  # "the wife of an official of the counter-terrorism department" is a civilian
        if (a.kind.startswith("state") or a.name.startswith("Former ")) and (_FORMER_BEFORE.search(text[max(0, a.span.start - 40) : a.span.start]) or fastre.search(
            r"\boff-?\s?duty\s*(?:\w+\s+){0,2}$", text[max(0, a.span.start - 25) : a.span.start], re.I)
        ):
            prev = (a, [])  # its acronym ("a former Afghan National Army (ANA) officer") is no side either
            continue  # "a former army member", "a former commando of the Afghan National Army" is a civilian
        before = text[max(0, a.span.start - 40) : a.span.start]
        if _TIES_WITH.search(before) or _NO_SIDE_BEFORE.search(before) or _ASSOCIATED_WITH.search(text, max(0, a.span.start - 70), a.span.start):
            continue  # "herders they accused of collaborating with the army": a charge, not a side
        if a.kind.startswith("state") and _APPOINTED_BY_BEFORE.search(before):
            continue  # "a ward administrator appointed by the military council was stabbed": who named the victim, no side
        if not a.generic and (_CRITIC_AFTER.match(text, a.span.end) or _CRITIC_OF_BEFORE.search(before)):
            continue  # "writer and Hezbollah critic Hassan Mroueh was found shot dead": whom the victim criticised
        if (pc := _PRIOR_CONTROL.search(before)) and (fastre.match(r"\s+(?:since|for)\b", text[a.span.end : a.span.end + 6]) or pc.group("long")) or _LEFT_BY.search(before) or (
                side1 and territorial and not (a.generic and a.kind == "unidentified") and _LEFT_AFTER.match(text, a.span.end)) or (
                _WHICH_BEFORE.search(before) and _HAD_RUN_AFTER.match(text, a.span.end)):  # ("Kutul, a village that Maoists had run for a decade")
            # "the town, held by rebels since 2012", "took over positions vacated by regime troops":
            # who lost it or left it, not who took it
            side2.append(a)
            prev = (a, side2)
            continue
        if _FOUND_BY.search(before):
            continue  # "his body was found by the locals": they came after the violence
        if a.generic and a.kind == "unidentified" and _THE_ATTACKERS.fullmatch(a.text) and _CROWD_TOLD.search(text, 0, a.span.start):
            continue  # "a crowd attacked and torched a police station ... three police were killed by the attackers": the crowd
        if (_AGENT.search(before) or not a.generic and _AGENT_GROUP_OF.search(before)) and not (
                a.kind.startswith("state") and _LAWFUL_AGENT.search(before)) and not _ESCORT_BY.search(before):
            side1.insert(0, a)
            prev = (a, side1)
            if agent is None:
                agent = a
        elif (
            _OBJECT_PREP.search(before)
            or a.kind == "civilians"
            or not a.generic and a.kind in NON_STATE_ARMED and _MEMBER_BEFORE.search(text[max(0, a.span.start - 60) : a.span.start])
            and _DEAD_NAMED.search(m.doc.sentence_at(a.span.start).text)
            or _BODY_OF_BEFORE.search(before)  # "dead body of a GMF activist was found": the dead man's group
            or _AFTER_VERB.search(text[max(0, a.span.start - 100) : a.span.start])
            or _PASSIVE_VICTIM.match(text[a.span.end : a.span.end + 90])
        ):
            side2.append(a)
            prev = (a, side2)
        else:
            side1.append(a)
            prev = (a, side1)
    if agent is not None and agent.generic:
        # "by some activists of the college unit of the BCL": the named group is the agent
        owner = next((a for a in side1 if not a.generic and 0 <= a.span.start - agent.span.end <= 70
                      and _MEMBER_OF.match(text, agent.span.end)), None)
        if owner is not None:
            agent = owner
            side1 = [owner] + [a for a in side1 if a is not owner]
    return side1, side2, agent


# the party that called a strike: "the BNP-called blockade", "a Jamaat-sponsored hartal"
# (and "the BNP-Jamaat blockade", "another BNP blockade", "a hartal called by BNP and Jamaat-e-Islami")
_CALLER_OF = fastre.compile(
    r"(?:-(?:called|sponsored|backed|led|announced|enforced))?(?:[\s-]+(?:and\s+)?(?-i:[A-Z])[\w'’-]*)*[\s-]+(?:\d+-hours?\s+)?"
    r"(?:hartal|blockade|general strike|shutdown)s?\b", re.I)
_CALLED_BY = fastre.compile(
    r"\b(?:hartal|blockade|strike|shutdown)s?\s+(?:called|sponsored|enforced|announced)\s+by\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+(?:and\s+)?){0,4}$", re.I)
# who blames ("the AL leader alleged"), and whom ("blamed the UPDF", "alleged that BNP men")
_BLAMER = fastre.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:blam(?:ed|es)|accus(?:ed|es)|alleg(?:ed|es)|denied|denies)\b"
    # "no group claimed the attack, but JNIM is active in the area": a suspicion, no side
    r"|\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}(?:(?:fighters|militants|members|elements|cells|units)\s+)?(?:is|are|has been|have been|remains?|was|were)\s+(?:\w+\s+)?(?:active|present|operating)\s+(?:in|across|around)\b", re.I)
_BLAMED_BEFORE = fastre.compile(
    r"\b(?:blam(?:ed|es|ing)|accus(?:ed|es|ing)|alleg(?:ed|es) that|alleging)\b[^.;]{0,60}$|\bhallmarks? of (?:an? |the )?$|"
    r"\b(?!(?:the|a|an|two|three|four|five|several|some|\d+)\b)\w+\)? alleg(?:ed|es)\s+$",  # "the BJP alleged TMC workers ...", not "two alleged militants"
    re.I,
)


def _blame(text: str, a: ActorMention) -> bool:
    """Whether ``a`` blames someone for the event ("the AL leader alleged"), or is blamed for it
    ("blamed the UPDF for the killing")."""
    return bool(_BLAMER.match(text, a.span.end) or _BLAMED_BEFORE.search(text, max(0, a.span.start - 80), a.span.start))


def _pick(lst: list[ActorMention], prefer_named: bool = True) -> ActorMention | None:
    named = [a for a in lst if not a.generic]
    if prefer_named and named:
        return named[0]
    return lst[0] if lst else None


def _doc_perpetrator(m: Mentions) -> ActorMention | None:
    counts = Counter(
        a.parent or a.name for a in m.actors
        if not a.generic and a.kind in {"rebel", "political_militia", "identity_militia"} and not _blame(m.doc.text, a)
        and not _ASSOCIATED_WITH.search(m.doc.text, max(0, a.span.start - 70), a.span.start)  # (who the victim was)
    )
    if not counts:
        return None
    name = counts.most_common(1)[0][0]
    return next(a for a in m.actors if (a.parent or a.name) == name)


_PROTEST_CUE = fastre.compile(
    r"\b(?:protest(?:ing|ed)?|against|demand(?:ing|ed)?|condemn(?:ing|ed)?|following|over|after|denounc\w+|reject\w*|repudiat\w*|in protest of|"
    r"to mark|marking|anniversary of|justice for|accountability for|trial of|(?:photographs|photos|pictures|portraits|images) of|arrest of|release of|death of|punishment|coffins? of|bodies of|funeral of|mourn\w*|in memory of|commemorat\w+)\b[^.;]{0,60}$",
    re.I,
)
_VIOLENT_KINDS = {"_violence", "_clash_words", "_weapons", "Attack", "Suicide bomb", "Remote explosive/landmine/IED", "Grenade",
                  "Abduction/forced disappearance", "Sexual violence", "Arrests", "Air/drone strike", "Shelling/artillery/missile attack"}
# destruction a protest is about: "protesting against the vandalism of temples"
_DESTRUCTIVE_KINDS = {"_protest_violence", "_riot", "Looting/property destruction"}
# violence named as the background of a protest: "a boy who was killed", "the murdered family",
# "in memory of those killed", "the filing of a murder case"
_PAST_REF_BEFORE = fastre.compile(
    r"(?:\b(?:who|which|that(?:\s+(?:he|she|they|it))?)\s+(?:(?:they|he|she|relatives|residents|protesters)\s+(?:said|say|claimed|claim|alleged|allege)\s+)?"
    r"(?:was|were|had been|has been|have been)\s+(?:\w+\s+){0,2}|"
    r"\b(?:who|that(?:\s+(?:he|she|they))?)\s+(?:was|were|had been|has been|have been)\s+(?:killed|shot(?: dead)?|murdered|slain)\s+"
    r"(?:in|during|by)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}|"
    r"\b(?:in memory of|memory of|mourning|commemorat\w+|anniversary of|remember\w*|(?:pay|paid|paying) (?:\w+\s+)?(?:tribute|homage) to)\s+(?:\w+\s+){0,2}|"
    r"\b(?:relatives|family|families|parents|widows?|mothers?|fathers?|heirs|kin) of (?:a |an |the |two |three |\d+ )?(?:[\w-]+\s+){0,3})$",
    re.I,
)
_PROTESTERS_HIT = fastre.compile(
    r"\b(?:students|protesters|demonstrators|marchers|participants|workers|activists|villagers|residents|farmers|traders|crowd|they)\b"
    r"(?:(?!\b(?:after|when|because|since|who|that|which|whose|as|following|said|say|says|alleged|claimed)\b)[^.;]){0,130}?"
    r"\b(?:were|was)\s+(?:\w+\s+)?$",
    re.I,
)
_RELEASE_OF = fastre.compile(r"\b(?:release|freedom|recovery) of\b[^.;]{0,70}$", re.I)
# violence told in the past of the past, or days before the protest the report is about
_PLUPERFECT_BEFORE = fastre.compile(r"\b(?:had|'d)\s+(?:been\s+)?(?:\w+\s+){0,5}$", re.I)
_PLUPERFECT_AFTER = fastre.compile(r"\s+(?:\w+\s+){0,2}?had\s+(?:been\s+)?\w+", re.I)
# the protesters' own day resumes after a clause about the days before
_MET_WITH = fastre.compile(r"\b(?:were|was) (?:met|greeted|confronted|dispersed|charged|baton-charged|attacked|fired (?:up)?on|blocked|stopped|beaten)\b", re.I)
_DAYS_BEFORE = fastre.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|\d+|several|few) (?:days?|weeks?|hours?|months?) (?:after|earlier)|(?:days|weeks) after|the (?:previous|preceding) (?:day|evening|night|week)|"
    r"earlier (?:in|this|that|last) (?:the )?(?:month|week|year|day))\b(?!['’]s)[^.;]{0,120}$",
    re.I,
)
_RELATIVE_DEATH = fastre.compile(r"\b(?:who|that(?:\s+(?:he|she|they))?)\s+(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?(?:killed|murdered|slain|shot dead|hacked to death|beaten to death)\b", re.I)
_KIN_OF = fastre.compile(r"\b(?:relatives|families|family(?: members)?|parents|heirs|kin|widows|mothers|fathers) of\b[^.;]{0,60}$", re.I)
_NOUN_USE_AFTER = fastre.compile(r"\s+(?:case|cases|victims?|accused|suspects?|convicts?|charges?|trial|incident of)\b", re.I)
_ACT_NOUN = fastre.compile(r"(?:vandalism|arson|looting|ransacking|torching|riots?\b|rioting|destruction|burning|mob\b|rampage|unrest|lynching)", re.I)
_TOPIC_RIGHT_BEFORE = fastre.compile(
    r"\b(?:against|protest(?:ing|ed)?|condemn(?:ing|ed)?|denounc\w+)\s+(?:the\s+|a\s+|an\s+|recent\s+|alleged\s+)?(?:[\w-]+\s+){0,2}$", re.I
)


_CUE_WORD = fastre.compile(
    r"\b(?:protest(?:ing|ed)?|against|demand(?:ing|ed|s)?|condemn(?:ing|ed)?|following|over|denounc\w+|justice|"
    r"trial|investigation|arrest of|release of|death of|punishment|coffins?|bodies of|funeral)\b",
    re.I,
)
_CONTEXT_BEFORE = fastre.compile(
    r"\b(?:attend(?:ing|ed)?|to join|join(?:ing|ed)?|returning from|on (?:their|his|her|the) way to|had (?:previously )?protested|"
    r"who (?:had )?protested|coming back from|leaving|after (?:a|an|the|their|its)|ahead of (?:a|an|the|their|its)|returning home from|"
    r"(?:a|one|two|three|\d+) (?:days?|weeks?) after (?:the|a|an|their|its) (?:(?:dispersal|break-?up) of|(?:crackdown|raid) on) (?:the|a|an|their|its)|"
    r"(?:a|one|two|three|\d+) (?:day|days|hours?|weeks?) before (?:a|an|the|their|its)|"
    r"while (?:he|she|they) (?:was|were) (?:in|at|attending|leading|addressing)|(?:shortly )?before the start of|"
    r"(?:reporting|report|reports|coverage|posts?|comments?|articles?) (?:on|about)|(?:during|in) the (?:recent|last|previous|earlier)|in solidarity with|"
    r"(?:accused of|charges? of|for|cases? (?:filed )?(?:over|for|of)) (?:[\w-]+\s+){0,6}?(?:during|in|at)|the (?:19|20)\d\d(?:-\d\d)?)\s+(?:\w+(?:['’]s)?\s+){0,3}$",
    re.I,
)

# people set upon on their way to a rally: "intercepted BNP supporters travelling to the party's rally"
_WAYLAID_ON_THE_WAY = fastre.compile(
    r"\b(?:attack\w*|intercept\w*|assault\w*|beat|beating|waylaid|waylay\w*|ambush\w*|swooped on|pounced on)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:travell?ing to|heading (?:to|for)|en route to|on (?:their|the|his|her) way to|going to)\s+(?:\w+(?:['’]s)?\s+){0,3}$", re.I)


def _protest_context(text: str, t: Trigger) -> bool:
    """A protest that only sets the scene ("attacked while attending a BNP rally") is not the event."""
    if _TURNED_VIOLENT.match(text, t.span.end) and not fastre.search(r"\b(?:the (?:previous|day before)|a day earlier|the night before|last (?:week|month))\b", text[t.span.end : t.span.end + 120], re.I):
        return False  # "hurled bricks at gardai after a protest against the plan turned violent": the protest's own violence
    return bool(
        _CONTEXT_BEFORE.search(text[max(0, t.span.start - 60) : t.span.start])
        or _WAYLAID_ON_THE_WAY.search(text[max(0, t.span.start - 140) : t.span.start])
        or _PROTEST_ATTACKED.search(text[max(0, t.span.start - 60) : t.span.start])
        and not _FORCES_FIRED_AT.search(text[max(0, t.span.start - 160) : t.span.start])
        or _PROTEST_WAS_ATTACKED.match(text, t.span.end)
    )



_TURNED_VIOLENT = fastre.compile(r"(?:\s+(?:against|over|on|by|outside|at|in)\s+[^.;]{0,60}?)?\s+(?:turned|became|descended into|degenerated into|spilled into) (?:violent|violence|a riot|chaos|clashes)\b", re.I)
# "attacked the victory rally of the BNP candidate", "set off two crude bombs at another
# procession", "their rally ... was attacked by BCL men": the protest is the target
_PROTEST_ATTACKED = fastre.compile(
    r"\b(?:attack(?:ed|ing|s)?|(?:bombs?|cocktails?|brickbats?) (?:at|on|into|amongst|among)|ambush(?:ed|ing)?|swooped on|"
    r"fired (?:\w+ )?(?:at|on|upon|into)|opened fire (?:at|on|upon)|stabbed (?:\w+ ){0,3}(?:at|during|in))\s+"
    r"(?:on\s+|at\s+)?(?:the\s+|a\s+|an\s+|their\s+|his\s+|its\s+|another\s+)?(?:[\w'-]+\s+){0,4}$",
    re.I,
)
_PROTEST_WAS_ATTACKED = fastre.compile(r"[^.;]{0,60}?\b(?:was|were) (?:\w+ )?(?:attacked|ambushed|bombed)\b", re.I)


_DATED_NOTE = fastre.compile(rf"\s*On (?:the night of )?\d{{1,2}} (?:{MONTHS}) (?:19|20)\d\d,")


def _protest_topic(doc: Document, item, protests: list[Trigger]) -> bool:
    """True for violence a protest is about ("protesting the attack on ...", "demanding trial of the killers")."""
    text = doc.text
    if getattr(item, "sentence", None) == 0 and _DATED_NOTE.match(text) and protests and all(
            p.sentence > 0 and _LATER_DAY.search(doc.sentences[p.sentence].text) for p in protests):
        # "On 19 October 2022, attackers hacked a farmer to death ... Leaders formed a human chain
        # the next day to demand arrests": the note's deed is its event, the protest came later
        return False
    if isinstance(item, Trigger) and item.sub_event_type == "Arrests" and fastre.search(
        r"\b(?:were|was|had been|have been) $", text[max(0, item.span.start - 12) : item.span.start]
    ) and fastre.search(r"\b(?:people|protesters|demonstrators|activists|marchers|students|who) (?:who )?(?:had )?(?:gathered|protested|marched|rallied|took part)\b",
                    doc.sentence_at(item.span.start).text):
        return False  # "people who gathered to protest against the order were detained": the marchers were held
    if _told_as_cause(doc, item, protests) or _quoted_slogan(text, item):
        return True
    if isinstance(item, Trigger) and item.sub_event_type == "_clash_words" and fastre.search(
        r"\b(?:fake|staged|so-called|alleged)\s+['‘\"]?(?:fake\s+|[A-Z][\w-]*\s+)?$", text[max(0, item.span.start - 25) : item.span.start]
    ):
        return True  # "killed in an alleged 'fake encounter'": the killing the protest is about
    if isinstance(item, Trigger) and item.sub_event_type == "_clash_words" and (
        fastre.search(r"['‘\"]$", text[max(0, item.span.start - 1) : item.span.start])
        and fastre.match(r"['’\"]", text[item.span.end : item.span.end + 1]) and fastre.match(r"encounter|crossfire|cross-fire", item.text, re.I)
        or fastre.match(r"\s+(?:victims?|killings?|deaths?)\b", text[item.span.end : item.span.end + 12])
    ):
        return True  # "relatives of 'encounter' victims began a sit-in": the killings the protest is about
    if not isinstance(item, Trigger) and fastre.search(r"\b(?:with|carrying|placed|placing|put|laid)\s+(?:the\s+)?$", text[max(0, item.span.start - 15) : item.span.start]) and (
        fastre.search(r"\b(?:bod(?:y|ies)|coffins?)\b", text[item.span.start : item.span.end], re.I)
    ):
        return True  # "a sit-in with three bodies": the dead the protest is about
    if not isinstance(item, Trigger) and fastre.search(r"\bbod(?:y|ies)\b", text[item.span.start : item.span.end], re.I) and any(
        _WITH_BODIES.search(doc.sentences[p.sentence].text) for p in protests
    ):
        return True  # "continued their sit-in with the bodies ... The bodies were recovered from a well"
    if isinstance(item, Trigger) and item.sub_event_type in _DESTRUCTIVE_KINDS:
        if _ACT_NOUN.match(item.text) and _TOPIC_RIGHT_BEFORE.search(text[max(0, item.span.start - 50) : item.span.start]):
            return True
        # "protesting the attack on temples and vandalism across the country", "demanding
        # punishment of the culprits who torched the school": the destruction is the grievance
        noun = bool(_ACT_NOUN.match(item.text))
        relative = bool(_RELATIVE_BEFORE.search(text[max(0, item.span.start - 30) : item.span.start]))
        if _ARMED_HAND_BEFORE.search(text, max(0, item.span.start - 80), item.span.start) and any(
            p.sentence == item.sentence and p.span.end <= item.span.start for p in protests
        ):
            return True  # "staged a sit-in after unidentified armed men set fire to two trucks": armed men's deed, the grievance
        if not (noun or relative) or not _cued_after_protest(text, item.span.start, protests):
            return False
        # the cue governs the deed: no clause break between them, unless the deed ends a list
        # ("... on houses, shops, temples and vandalism"); "demanding their release, activists
        # resorted to rioting" is a riot
        cue = list(_CUE_WORD.finditer(text, max(0, item.span.start - 200), item.span.start))
        between = text[cue[-1].end() : item.span.start] if cue else ""
        return "," not in between or bool(fastre.search(r"\band\s+$", between))
    if isinstance(item, Trigger) and item.sub_event_type not in _VIOLENT_KINDS | {"_force"}:
        return False
    if _STAGED_AFTER.search(text, doc.sentence_at(item.span.start).start, item.span.end):
        return True  # "staged a protest in Mand after FC personnel allegedly opened fire on vehicles, killing two drivers"
    start = item.span.start
    if isinstance(item, Trigger) and fastre.match(r"fired|shot|shelled|bombed", item.text, re.I) and _PROTESTERS_HIT.search(
        text[max(0, start - 160) : start]
    ):
        return False  # "students holding a sit-in demanding reform ... were fired upon": the violence is news
    if isinstance(item, Trigger) and item.sub_event_type == "_force":
        if _EARLIER_WHERE.search(text, max(doc.sentences[item.sentence].start, start - 120), start):
            return True  # "against the police action on the long march in Islamabad two days earlier, where police used water cannons"
        if fastre.match(r"(?:police action|crackdown|baton[- ]charge|police brutality)\b", item.text, re.I) and fastre.search(
                r"\b(?:against|over|condemning|protesting|denouncing)\s+(?:the\s+)?$", text[max(0, start - 30) : start], re.I):
            return True  # "protested against the police action on the long march": the topic
        if (_PROTEST_CUE.search(text[max(0, start - 80) : start]) or fastre.search(
                r"\b(?:protest\w*|against|demand\w*|condemn\w*)\b[^.;]{0,100}$", text[max(0, start - 170) : start], re.I)) and fastre.search(
                r"\b(?:deaths?|killings?|murders?|killed|shot dead)\b[^.;,]{0,50}\b(?:in|by|during)\s+$", text[max(0, start - 70) : start], re.I):
            return True  # "protesting the deaths of party activists in police firing": the grievance
        return bool(_RELEASE_OF.search(text[max(0, start - 60) : start]))  # "demanding the release of detained activists"
    if _PROTEST_CUE.search(text[max(0, start - 80) : start]):
        return True  # "protesting the killing of"
    if _KIN_CLAUSE.search(text[max(0, start - 180) : start]) and any(
        p.sentence == item.sentence and p.span.start > start for p in protests
    ):
        return True  # "Relatives of four men whom the CTD said it killed ... began a sit-in"
    if isinstance(item, Trigger) and (
        _PAST_REF_BEFORE.search(text[max(0, start - 60) : start]) or _NOUN_USE_AFTER.match(text, item.span.end)
        or item.text[:1].isupper() and start >= 2 and text[start - 1] == " " and text[start - 2].isalpha()
        and fastre.match(r" (?-i:[A-Z])", text[item.span.end : item.span.end + 2])
    ):
        return True  # "relatives of a boy who was killed", "a murder case", "those killed in", "Torture Against Women"
    if not isinstance(item, Trigger) and (
        _RELATIVE_DEATH.search(text[max(0, item.span.start - 30) : item.span.end + 40])
        or _KIN_OF.search(text[max(0, item.span.start - 70) : item.span.start])
    ):
        # the toll of "relatives of a boy who was killed over a rivalry staged a protest",
        # "relatives of three miners who died in a blast staged a sit-in"
        return True
    return _cued_after_protest(text, start, protests)


# a protest that marks a past deed: "marking one year since the bombing", "on the anniversary of"
# (not past ", groups of hooded protesters threw ...": the marking clause has ended there; nor past "by": "marked
# the anniversary of 'Bloody Friday' by throwing stones at a police station" tells how they marked it)
_MARKING = fastre.compile(
    r"\b(?:(?:marking|to mark|commemorating|to commemorate) (?:[\w'’-]+ ){0,4}?(?:since|anniversary of)|anniversary of|(?:one|a|two|three|four|five|\d+) years? since)\b"
    r"(?:(?! and \w+ed\b)(?! by \w+ing\b)(?!, (?:groups of |hundreds of |thousands of |dozens of |some |masked |hooded |young )*"
    r"(?:protesters|demonstrators|marchers|rioters|youths|students|participants|people|men)\b)[^.;]){0,140}$", re.I)


def _told_as_cause(doc: Document, item, protests: list[Trigger]) -> bool:
    """Violence a protest is about, told around it: "shot dead the previous evening", "the 30 May
    attack in which ...", "in what the police called an encounter", "compensation for damaged
    shops"; and, after the protest, in the past of the past ("he had been shot dead"), on another
    day than the note's ("killed on 23 November"), "a day after", "eleven days ago", in quotes,
    or in what protesters, relatives or leaders say ("Protesters said 2 villagers had been
    killed")."""
    text = doc.text
    start = item.span.start
    if isinstance(item, Trigger) and item.sub_event_type == "_protest":
        return False
    if _DIED_OF_WOUNDS.search(doc.sentences[item.sentence].text):
        return False  # "a farmer died of his injuries in hospital on 17 March": the toll of this event
    if any(p.span.end <= start for p in protests) and _MARKING.search(text, max(doc.sentences[item.sentence].start, start - 160), start):
        return True  # "marched ..., marking one year since the suicide bombing that killed more than 50 of their colleagues"
    if _protest_follows(doc, item, protests):
        return True  # "X was shot dead on 1 April. The following day, workers held a protest rally ..."
    if protests and _ANGERED_BY.search(text, max(0, start - 30), start):
        return True  # "villagers enraged by the death of a boy in custody stoned the police station": the crowd's cause
    after_protest = any(p.span.end <= start for p in protests)
    if after_protest and (
        _dated_before(doc, item) or _dated_between(doc, item, protests) or _OVER_YEARS.match(text, item.span.end)
        or _PROTESTERS_SAY.search(text[max(0, start - 200) : start])
        or _LATEST_INCIDENT.search(text[doc.sentences[item.sentence].start : start])
        or _ALLEGING.search(text, max(doc.sentences[item.sentence].start, start - 80), start)
        or _DEAD_AS_CAUSE.search(text, max(0, start - 60), start)  # "calling for trials of those behind the July killings"
    ):
        return True  # "a man the CTD said was killed near Pasni on 23 November"; "raids over the past three years"
    if protests and (_IN_WHICH_BEFORE.search(text[max(0, start - 200) : start]) or _THEN_BEFORE.match(text, item.span.end)
                     or any(p.sentence < item.sentence for p in protests) and _THEN_OPENING.match(doc.sentences[item.sentence].text)
                     or _WHAT_THEY_CALLED.search(text[max(0, start - 90) : start]) or _IN_WHAT_CALLED.match(text, item.span.end)
                     or fastre.search(r"\bcompensation for\s+(?:the\s+)?$", text[max(0, start - 30) : start])
                     or fastre.search(r"\bthe (?:19|20)\d\d (?:[\w'’-]+ ){0,2}$", text[max(0, start - 40) : start])
                     or _KIN_OF_DEAD.search(text, max(0, start - 90), start)
                     or _DAY_AFTER_LEAD.search(text, doc.sentences[item.sentence].start, start)
                     and any(p.sentence == item.sentence and p.span.start > start for p in protests)):
        return True  # "condemning the 30 May attack in which militants torched a bank"; "shot dead the previous evening"
    if not after_protest:
        return False
    later = any(p.sentence < item.sentence for p in protests)
    if later and (
        _PLUPERFECT_BEFORE.search(text[max(0, start - 40) : start]) or _PLUPERFECT_AFTER.match(text, item.span.end)
        or fastre.match(r"had\s+been\s", text[start : start + 10])
        or _PROTESTERS_SAY.search(text[max(0, start - 200) : start]) or _ACCORDING_TO.search(text[max(0, start - 200) : start])
        or _HAD_CLAIMED.search(text[doc.sentences[item.sentence].start : start])
        or _other_day(doc, item, protests)
    ):
        return True
    if later and (_AGO.search(doc.sentences[item.sentence].text) or _in_quotes(doc, item)
                  or _STILL.search(text[doc.sentences[item.sentence].start : start])):
        return True  # "'Our son was killed eleven days ago,' a relative told reporters"
    if later and (_ANAPHOR_IN.search(doc.sentences[item.sentence].text) or isinstance(item, Trigger) and _DEED_NOUN.match(item.text)
                  and fastre.search(r"\bthe\s+$", text[max(0, start - 5) : start])):
        return True  # "Police said the killing appeared to be linked to a dispute"; "a cousin was also injured in the blast"
    if later and fastre.search(r"\bsurvived\s+(?:\w+\s+){0,3}$", text[max(0, start - 40) : start]):
        return True  # "The lawyer survived with injuries to his leg": the victim of the deed the protest is about
    if isinstance(item, Trigger) and item.sub_event_type in {"_protest_violence", "_riot"}:
        # "... a week after armed men robbed a bank and set fire to the market office": told in the
        # deed's own clause (no comma since "after"); otherwise what the protesters did
        lead = _DAYS_BEFORE.search(text[max(0, start - 140) : start])
        return bool(lead) and bool(fastre.match(
            r"(?:a|one|two|three|four|five|six|\d+|several|few) (?:days?|weeks?|hours?|months?) after\b|(?:days|weeks) after\b", lead.group(0), re.I
        )) and "," not in lead.group(0)  # else what the protesters did ("abducted five days earlier stormed ...")
    before = _DAYS_BEFORE.search(text[max(0, start - 140) : start])
    if before and isinstance(item, Trigger) and item.sub_event_type == "Looting/property destruction" and (
            fastre.match(r"\w+ing\b", item.text) and fastre.search(r",\s+$", before.group(0))
            or fastre.search(r",\s+\w+ing\b[^,;]*\s+and\s+$", before.group(0))):
        return False  # "... a day after a shopkeeper was shot dead, pelting the station and setting a pick-up on fire": the crowd's deed
    if before and isinstance(item, Trigger) and fastre.fullmatch(
            r"(?:the (?:previous|preceding) (?:day|evening|night|week)|\w+ (?:days?|weeks?|hours?) earlier),?\s*", before.group(0), re.I):
        return False  # "protesters angered by the death of a driver run over the previous day set fire to ...": the crowd's verb follows
    if before and _MET_WITH.search(before.group(0)):
        return False  # "protesters holding prayers for students killed the previous day were met with tear gas": this day's force
    return bool(before)


# the deed a protest is about, named again in a later sentence
# (not "the attack", "the incident": the protest's own violence is told so too, "hurt in the attack")
_DEED_NOUN = fastre.compile(r"(?:killings?|murders?|blasts?|explosions?|abductions?|bombings?)\b", re.I)
_ANAPHOR_IN = fastre.compile(r"\b(?:in|during|by|after) the (?:same )?(?:blast|explosion|bombing|landmine blast|mine blast)\b", re.I)


def _in_quotes(doc: Document, item) -> bool:
    """The item stands inside a quotation of its sentence."""
    before = doc.text[doc.sentences[item.sentence].start : item.span.start]
    # quote marks, not the apostrophes of "truck's" or "don't"
    return len(fastre.findall(r"(?<!\w)['‘“\"]", before)) > len(fastre.findall(r"['’”\"](?!\w)", before))


# "The reporter is still receiving treatment for head injuries": a state that lasts since the deed
_STILL = fastre.compile(r"\b(?:is|are|remains?|was|were) still\b", re.I)
# "killed by the CTD in what it called an encounter": the official account a protest disputes
_IN_WHAT_CALLED = fastre.compile(r"[^.;]{0,60}?\bin what (?:the )?(?:[\w()’'-]+\s+){0,4}(?:called|termed|described as|claimed was|said was)\b", re.I)
_WHAT_THEY_CALLED = fastre.compile(r"\bwhat (?:the )?(?:[\w()’'-]+\s+){0,6}(?:called|termed|described as|claimed was|said was|said were)\s+(?:an?\s+)?['‘\"“]?$", re.I)
_DIED_OF_WOUNDS = fastre.compile(r"\b(?:died|succumbed)\s+(?:of|from|to)\s+(?:his|her|their)\s+(?:injuries|wounds)\b", re.I)
_ACCORDING_TO = fastre.compile(
    r"(?:^|[.;]\s+)according to (?:the )?(?:elders|protesters|demonstrators|relatives|residents|families|family|organi[sz]ers|speakers|participants)\b[^.;]*$", re.I)
_AGO = fastre.compile(r"\b(?:\w+ )?(?:days?|weeks?|months?|years?) ago\b", re.I)
_IN_WHICH_BEFORE = fastre.compile(
    r"\b(?:condemn\w*|against|protest\w*|over|mourning|anniversary of|victims of)\s+the\s+[^.;]{0,40}?\b(?:attacks?|killings?|raids?|assaults?|bombings?|massacres?|operations?)"
    r"(?:\s+(?:at|in|on|near)\s+[^.;]{0,60}?)?(?:\s+in which|,\s+which)\b[^.;]*$",
    re.I)
# ("yesterday" is left out: in a news report it is often the day of the event itself)
_THEN = r"the (?:previous|preceding) (?:day|evening|night|week)|the (?:night|day|evening) before|(?:a|one|two|three|\d+) (?:days?|weeks?) (?:earlier|before)"
_THEN_BEFORE = fastre.compile(rf"[^.;]{{0,40}}?\b(?:{_THEN})\b", re.I)


# a later sentence that opens in the days before: "The day before, four miners were killed ..."
_THEN_OPENING = fastre.compile(rf"\W*(?:{_THEN}|the week before|earlier (?:that|the same) (?:day|week))\b", re.I)


def _quoted_slogan(text: str, item) -> bool:
    """A word of a placard or a chant ("placards reading 'Stop the killings'"): what the protest says."""
    line = text[max(0, item.span.start - 120) : item.span.start]
    # (an opening quote mark: 'chanting "a civilian state," thousands marched' is out of the quote)
    m = fastre.search(r"\b(?:reading|read|saying|chanting|chanted|slogans?|banners?|placards?)\b[^.;]{0,40}?(?:(?<=[\s:(])['\"]|[‘“])([^'’”\"]*)$", line, re.I)
    return m is not None


_MONTHS = MONTHS
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# "on 23 November", "on Thursday, 23 November", "in the early hours of Thursday (23 November)",
# "overnight on 10-11 October"
_DAY_MONTH = fastre.compile(
    rf"\b(?:[Oo]n\s+(?:(?:{_WEEKDAYS}),?\s+)?|(?:{_WEEKDAYS})\s*\()(\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}})\b")


def _other_day(doc: Document, item, protests: list[Trigger]) -> bool:
    """The violence's sentence gives a day ("killed by the CTD on 23 November") that the protest's
    own sentence does not: it happened before the protest the note is about."""
    def days(i: int) -> set[str]:
        return {m.group(1) for m in _DAY_MONTH.finditer(doc.sentences[i].text)}

    told = days(item.sentence)
    first = min(protests, key=lambda p: p.span.start)
    own = days(first.sentence) or days(0)  # or the note's own date, in its first sentence
    if told:
        return bool(own) and not told & own
    # "The 45-year-old was shot dead ... on Saturday evening", in a note dated 15 January 2024 (a Monday)
    weekday = _DEED_WEEKDAY.search(doc.sentences[item.sentence].text)
    dated = _FULL_DATE.search(doc.sentences[first.sentence].text) or _FULL_DATE.search(doc.sentences[0].text)
    if weekday is None or dated is None:
        return False
    try:
        day = dt.date(int(dated.group(3)), _MONTH_NUMBER[dated.group(2).lower()], int(dated.group(1)))
    except ValueError:
        return False
    return _WEEKDAYS.split("|").index(weekday.group(1) or weekday.group(2)) != day.weekday()


_DEED_WEEKDAY = fastre.compile(rf"\b(?:on|late on|early on|last|since)\s+({_WEEKDAYS})\b|\b({_WEEKDAYS})\s+(?:evening|night|morning|afternoon)\b")
_FULL_DATE = fastre.compile(rf"\b(\d{{1,2}})\s+({_MONTHS})\s+((?:19|20)\d\d)\b")
_MONTH_NUMBER = {name.lower(): i for i, name in enumerate(_MONTHS.split("|"), start=1)}
# "the 12 April suicide blast", "the 12 April blast at the market that killed": a dated deed named
_DATED_NOUN = fastre.compile(
    rf"\bthe\s+(\d{{1,2}}\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}})\s+(?:[\w-]+\s+){{0,2}}(?:[^.;]{{0,80}}?\b(?:that|which|in which)\s+(?:\w+\s+)?)?$")
_ON_DAY = fastre.compile(rf"\bon\s+(\d{{1,2}}\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}})\b")
_OVER_YEARS = fastre.compile(
    r"[^.;]{0,80}?\b(?:(?:over|in|during) the (?:past|last) (?:\w+ )?(?:years?|months?|decades?)|in recent (?:days|weeks|months|years))\b", re.I)


_WEEKDAY = fastre.compile(rf"\b({_WEEKDAYS})\b")
_PLAIN_DAY = fastre.compile(rf"\b\d{{1,2}} (?:{_MONTHS})\b")
_LATER_DAY = fastre.compile(r"\b(?:(?:the )?(?:following|next) (?:day|morning|evening)|(?:a|one|two|three|\d+) days? later|later that day)\b", re.I)
_FOLLOW_CUE = fastre.compile(r"\b(?:demand\w*|against|killers|culprits|killing|murder|bod(?:y|ies)|coffins?|arrest of|justice|accus\w+|blam\w+|inquiry|investigation|probe)\b", re.I)
_LATEST_INCIDENT = fastre.compile(r"\b(?:in|during) the (?:latest|last|previous|most recent) (?:such )?(?:incident|attack|robbery)\b", re.I)


_HAD_BEFORE = fastre.compile(r"\bhad\s+(?:been\s+)?(?:\w+\s+)?\w+(?:ed|en|t)\b", re.I)
# "... opened fire on a rally. The rally had been called against ...": the same protest, told back
_HAD_AFTER = fastre.compile(r"\s+(?:[\w-]+\s+){0,3}?had\s+(?:been\s+)?\w+(?:ed|en|t)\b", re.I)


def _protest_follows(doc: Document, item, protests: list[Trigger]) -> bool:
    """The deed is told first and a protest about it on a later day: "a BNP-M worker was shot dead
    on 1 April. The following day, 2 April, workers held a protest rally ... demanding the arrest
    of the killers". The note is about the protest."""
    later = [p for p in protests if p.sentence > item.sentence]
    if not later or _HAD_BEFORE.search(doc.text[doc.sentences[later[0].sentence].start : later[0].span.end]) or _HAD_AFTER.match(
        doc.text, later[0].span.end
    ):
        return False  # "... opened fire on residents holding a sit-in. The residents had blocked the road since ...": told back
    told = doc.sentences[later[0].sentence].text
    own = {m.group(1) for m in _DAY_MONTH.finditer(told)} | {m.group(1) for m in _ON_DAY.finditer(told)}
    before = " ".join(doc.sentences[i].text for i in range(item.sentence + 1))  # the deed's own telling, up to it
    then = {m.group(1) for m in _ON_DAY.finditer(before)} | {m.group(0) for m in _PLAIN_DAY.finditer(before)}
    # ("the official results of the 9 October elections": a day that names something else)
    own |= {m.group(0) for m in _PLAIN_DAY.finditer(told) if told[max(0, m.start() - 4) : m.start()].lower() != "the "}
    days_told, days_then = set(_WEEKDAY.findall(told)), set(_WEEKDAY.findall(before))
    moved = bool(_LATER_DAY.search(told)) or bool(own and then and not own & then) or bool(
        days_told and days_then and not days_told & days_then)  # "shot dead on Tuesday night ... On Wednesday (14 June), ..."
    return moved and bool(_FOLLOW_CUE.search(told))


def _dated_between(doc: Document, item, protests: list[Trigger]) -> bool:
    """Between the protest and the deed the text gives another day than the note's: "a protest
    against the killing of a shopkeeper, shot dead on 11 April 2023; his nephew was wounded in the
    attack", in a note of 13 April."""
    text = doc.text
    last = max((p for p in protests if p.span.end <= item.span.start), key=lambda p: p.span.end, default=None)
    if last is None or "." in text[last.span.end : item.span.start].replace("a.m.", "").replace("p.m.", ""):
        return False
    note = _DAY_MONTH.search(text)
    return any(_another_day(note, d) for d in _ON_DAY.finditer(text, last.span.end, item.span.start))


def _dated_before(doc: Document, item) -> bool:
    """The deed is dated right after it, on another day than the note's own: "the coffin of a man
    the CTD claimed had been killed near Pasni on 23 November", in a note that opens "On 25 November"."""
    text = doc.text
    after = _ON_DAY.search(text, item.span.end, min(len(text), item.span.end + 80))
    if after and _another_day(_DAY_MONTH.search(text), after) and "." not in text[item.span.end : after.start()]:
        return True
    # "... after the 12 April suicide blast at the market", in a note that opens "On 15 April"
    named = _DATED_NOUN.search(text, max(0, item.span.start - 130), item.span.start)
    return bool(named) and _another_day(_DAY_MONTH.search(text), named)


def _another_day(note: re.Match | None, day: re.Match) -> bool:
    """``day`` ("on 23 November") comes after the note's own opening day and names another one."""
    return note is not None and day.start() > note.start() and day.group(1) != note.group(1)


# "demanding accountability for the 3 protesters killed in the city in 2019": earlier dead, the cause
# (a comma ends the demand: "demanding justice for students killed earlier in the week, hurled
# bricks at police" is what the crowd did)
# "beat Syrian workers overnight, a day after a local party official was found dead": an earlier death, the time reference
_DEATH_BEFORE_THE_EVENT = fastre.compile(r"\b(?:a|one|two|three|four|several|some) (?:days?|weeks?|hours?) after (?:an? |the )(?:[\w'’-]+ ){1,5}$", re.I)
_DEAD_AS_CAUSE = fastre.compile(r"\b(?:over|against|protesting) (?:the |a )?(?:alleged |custodial |suspicious |mysterious |recent )?$|\b(?:accountability|justice|compensation) for\b[^.;,]{0,40}$|\b(?:trials?|punishment|anniversary|memory) of\b[^.;,]{0,40}$|\b(?:trials?|punishment|probes?|investigations?) (?:for|into)\b[^.;,]{0,40}$", re.I)
# a crowd's anger at what it protests: "angered by the death of a teenager during a police chase"
_ANGERED = r"(?:angered|angry|outraged|enraged|incensed|furious|infuriated) (?:by|over|at|about)"
_ANGERED_BY = fastre.compile(rf"\b{_ANGERED} (?:the |a |an )?$", re.I)
# "The CTD had claimed the pair were militants killed in an encounter": an earlier account, told back
_HAD_CLAIMED = fastre.compile(r"\bhad\s+(?:\w+\s+)?(?:claimed|said|alleged|stated|maintained|insisted|announced|reported)\b")
# "Relatives of four men whom the CTD said it killed in an exchange of fire ... began a sit-in"
# ACLED's crowd-size tag, written on demonstration notes only ("[size=no report]", "[size=around 50]")
_CROWD_SIZE = fastre.compile(r"\[size\s*=[^\]\n]{0,80}\]", re.I)
_KIN_CLAUSE = fastre.compile(
    r"\b(?:relatives|families|family|parents|widows?|mothers?|fathers?|heirs|kin|brothers?|sisters?)\s+of\s+[^.;]{0,40}?\b(?:who|whom|whose|that|they said|they say)\b[^.;]{0,140}$", re.I)
# "Protesters said 2 villagers had been killed", "the relatives alleged that ...": their grievance
# "Relatives of those killed in the Beirut port explosion marched ...": the dead the marchers mourn
_KIN_OF_DEAD = fastre.compile(r"\b(?:relatives|families|family|parents|mothers|victims|survivors) of (?:those|the people|people|(?:the|a|an) (?:[\w-]+ )?\w+) (?:killed|injured|wounded|who died|who were killed)\b[^.;]{0,50}$", re.I)
# "On 27 August, a day after gunmen ... shot them dead, residents held a protest": the deed told before the protest
_DAY_AFTER_LEAD = fastre.compile(r"^\W*(?:on [^,;]{3,30},\s*)?(?:a day|two days|three days|days|a week|hours) after\b[^;]{0,160}$", re.I)
# "... halted traffic, alleging he had been shot dead by a local gang": what the protesters charge
_ALLEGING = fastre.compile(r",\s+(?:alleging|claiming|charging|complaining|saying) (?:that )?(?:[\w'-]+ ){0,3}?(?:(?:had (?:been )?|was |were )(?:\w+ )?)?$", re.I)
_PROTESTERS_SAY = fastre.compile(
    r"(?:^|[.;]\s+|,\s+with\s+)(?:the\s+)?(?:protesters|demonstrators|participants|marchers|mourners|speakers|relatives|residents|they|the family|families|"
    r"(?:his|her|their) (?:family|relatives|father|mother|brother|sister|wife|husband|son|daughter|parents)|"
    r"speakers (?:from|of) (?:the )?(?:[A-Z][\w'’-]+\s+|of\s+){1,6}|elders|"
    r"(?:[A-Z][\w'’-]+\s+){0,3}(?:leaders?|president|chairman|spokes(?:man|person)|secretary|organi[sz]ers?|convener))\s+"
    r"(?:[A-Z][\w'’-]+\s+){0,3}(?:\w+\s+)?(?:said|alleged|claimed|told|complained|added|maintained|termed|called|described|say|allege|claim|maintain|saying|"
    r"referred to|cited|recalled)\b[^.;]*$",
    re.I,
)


# the deed of armed men a protest follows: "after unidentified armed men set fire to ..."
# a protest held after a deed told as its own clause: the deed came first and is the grievance
# (not "a protest turned violent after police opened fire": that is the protest's own day)
_STAGED_AFTER = fastre.compile(
    r"\b(?:staged|held|organi[sz]ed|began|launched|started|took out|observed)\s+(?:a\s+|an\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:protests?|sit-ins?|demonstrations?|rall(?:y|ies)|strikes?|marches?|human chains?)\b[^.;]{0,120}?\bafter\s+"
    r"(?:[\w'’()-]+\s+){1,6}?(?:allegedly\s+|reportedly\s+|had\s+)?(?:opened fire|fired|shot|killed|attacked|beat|tortured|abducted|raided|stormed|torched|burned|burnt|bombed|hacked|"
    r"(?:claimed|said|announced|alleged)\s+(?:that\s+)?[^.;]{0,80}?\b(?:killed|shot dead))\b"  # ("after the FC claimed that several missing persons were among militants killed")
    r"(?:(?!,\s+(?:and|but|while|when|as)\b)[^.;])*$",
    re.I,
)
_EARLIER_WHERE = fastre.compile(r"\b(?:days?|weeks?|hours?|nights?) (?:earlier|before),?\s+(?:where|when|in which)\b[^.;]{0,100}$", re.I)
_ARMED_HAND_BEFORE = fastre.compile(
    r"\b(?:after|following|over|against)\s+(?:some\s+|a group of\s+)?(?:(?:unidentified|unknown|armed|masked)\s+(?:armed\s+)?"
    r"(?:men|gunmen|assailants|attackers|persons|people|militants|miscreants)|gunmen|militants|miscreants|assailants)\s+(?:had\s+)?$",
    re.I,
)
# "the culprits who torched", "men that vandalised": a relative clause names past deeds
_RELATIVE_BEFORE = fastre.compile(
    r"\b(?:who|that|which)\s+(?:(?:they|he|she|residents|villagers|locals|the family)\s+(?:said|say|alleged|allege|claimed|claim)\s+)?"
    r"(?:had\s+|have\s+|allegedly\s+|reportedly\s+)?$",
    re.I,
)


def _cued_after_protest(text: str, start: int, protests: list[Trigger]) -> bool:
    """A protest word earlier in the sentence and a cue between ("protesting ... against", "demanding ... punishment")."""
    for p in protests:
        if p.span.end <= start and start - p.span.end < 250:
            between = text[p.span.end : start]
            if "." not in between.replace("a.m.", "").replace("p.m.", "") and ";" not in between and _CUE_WORD.search(between):
                cue = list(_CUE_WORD.finditer(between))[-1]
                if _CROWD_ACTS.match(between, cue.end()):
                    continue  # "demonstrators demanding his resignation attempted to storm the airport, throwing stones": the crowd's own deed
                return True
    return False


# the crowd's own verb after its demand ends the demand's object: "demanding the resignation of
# the president attempted to storm the airport" (not "demanding punishment of those who stormed")
_CROWD_ACTS = fastre.compile(
    r"(?:(?!\b(?:who|whom|which|that|whose)\b)[^;])*?\b(?:(?:attempted|tried) to|stormed|marched|threw|hurled|pelted|converged|surged|forced their way)\b", re.I)


# the fighters bore arms: weapons named, or wounds only arms make ("stabbed", "bullet injuries")
# guns and bombs named, or wounds only they make
_GUN_WORDS = (
    r"gunm[ae]n|(?:fire ?|home-?made |country-?made )?arms|shot|gunned|gunshots?|gun ?fire|(?<!rubber )(?<!plastic )bullets|firearms?|(?<!air )(?<!air-)(?<!toy )guns?|shotguns?|revolvers?|pipe-?guns?|bullet ?(?:wounds?|injur\w*)|"
    r"bullet-?(?:hit|riddled)|shots (?:were )?fired|fired (?:\w+ )?shots|pistols?|rifles?|bombs?|exchang(?:ed|ing|es?) (?:\w+ )?fire|trad(?:ed|ing) (?:\w+ )?fire|heavy weapons|fire ?fights?|opened fire|gun ?fights?|gun ?battles?|"
    r"shoot-?outs?|cross-?fire|exchanges? of fire"
)
_ARMED_CUE = fastre.compile(
    rf"\b(?:armed|(?:sharp |lethal |deadly )?weapons?|{_GUN_WORDS}|stab(?:bed|bing|s)?|hack(?:ed|ing)|machetes?|knives|knife|chopp\w+|"
    r"daggers?|spears?|harpoons?|swords?|ramdaos?|throats? (?:slit|cut)|"
    # clans who fight are armed ("clashes between two rival clans over grazing land")
    r"(?:rival|two|warring|feuding) (?:[\w-]+ )?(?:clans|tribes)|clan (?:militias?|fighters|militiamen|gunmen)|clansmen|"
    # ... and factions of a rebel movement ("two rival factions of the former Seleka rebel coalition")
    r"rebel (?:coalition|groups?|movements?|alliance|militias?|fighters)|"
    # Nigeria's cult gangs ("rival cult groups Deebam and Deewell clashed")
    r"(?:rival )?cult (?:groups?|gangs?|members)|cultists|bandits|vigilantes)\b",
    re.I,
)
# the same without blades and sticks: from _BLADES_AS_RIOT_FROM, what makes a party clash an armed one
_FIREARM_CUE = fastre.compile(
    r"(?<!\bno )(?<!\bwithout )\b(?:armed(?! with (?:sticks|rods|iron rods|bamboo|bricks|stones|batons|lathis|machetes|sharp|knives|spears|hockey))|"
    rf"(?:lethal|deadly) weapons|gun ?fire|firing|{_GUN_WORDS})\b", re.I)  # ("locally made weapons" in Bangladesh are blades)
# a crowd that presses a demand or a grievance demonstrates: "demanding the release of their leaders",
# "to demonstrate against the death of a student", "during the hartal"; not "demanded toll money"
_DEMAND = fastre.compile(
    r"\b(?:demand(?:ing|ed|s)?|to demonstrate|demonstrat(?:ion|ions|ing|ors)|"
    r"in protest|protest(?:ing|ed|s)?|hartal|blockade\w*|barricades?|calling for|agitat\w+|road ?blocks?|blocked (?:the |a )?(?:roads?|highways?|streets?)|opposed to|opposing|"
    r"accusing (?:the )?(?:UN |peacekeeping )?(?:mission|government|authorities|administration|peacekeepers|state|officials) of failing|"
    r"anti-(?:immigration|immigrant|migrant|government|lockdown|austerity|war|regime|junta|coup|corruption) (?:rioters|protesters|demonstrators|crowds?|mobs?|rall(?:y|ies)|protests?|riots?|marchers))\b",
    re.I,
)
# the forces' own fire ("police fired rubber bullets to disperse them", "RAB opened fire"): force
# used on a crowd, not arms the crowd bore
_FORCES = (
    r"\b(?:police|policemen|law[- ]?enforcers?|law enforcement|RAB|BGB|cops|security forces|forces|troops|army|personnel|"
    r"constables?|soldiers|gendarmes|gendarmerie|paramilitar(?:y|ies))\b"
)
# arms that are not the fighters': the forces' own fire, and weapons "recovered from the spot" afterwards
_NOT_FIGHTERS_ARMS = fastre.compile(
    rf"{_FORCES}[^.;]{{0,40}}?\b(?:fired|opened fire|firing)\b[^.;]{{0,60}}|"
    # "no firearms were used", "without weapons": arms named only to say there were none
    r"\bno (?:fire ?arms?|guns?|weapons?)\b[^.;]{0,20}?\b(?:used|fired|involved|seen|carried)\b|\bwithout (?:any )?(?:fire ?arms?|guns?|weapons?)\b|" +
    RECOVERED + r"(?:[\w-]+ ){0,2}?(?:machetes?|knives|knife|daggers?|pistols?|guns?|rifles?|firearms?|weapons?|rods?|sticks?|bombs?)\b",
    re.I,
)
_FORCES_BEFORE = fastre.compile(rf"{_FORCES}[^.;]{{0,40}}$", re.I)
# "law enforcers opened fire on a BNP procession": the forces met the protest with force; that is
# the protest event (with intervention or excessive force), not an attack it only sets the scene for
_FORCES_FIRED_AT = fastre.compile(rf"{_FORCES}[^.;]{{0,30}}?\b(?:fired|opened fire|shot)\b[^.;]*$", re.I)


def _as_force(text: str, t: Trigger, marched: frozenset[int]) -> Trigger:
    """A firing trigger whose subject is the forces is their force against a crowd (``_force``), as
    is an arrest of the marchers (``marched``: the sentences that tell a protest)."""
    if t.sub_event_type == "_weapons" and fastre.match(r"(?:fired|opened fire|open fire|firing)\b", t.text, re.I) and (
        _FORCES_BEFORE.search(text[max(0, t.span.start - 50) : t.span.start])
    ):
        return Trigger(span=t.span, text=t.text, sub_event_type="_force", sentence=t.sentence)
    if t.sub_event_type == "Arrests" and _WHILE_PROTESTING.match(text, t.span.end):
        # "were arrested by police while staging a placard protest": the protest was stopped
        return Trigger(span=t.span, text=t.text, sub_event_type="_force", sentence=t.sentence)
    if t.sub_event_type == "Arrests" and t.sentence - 1 in marched and t.sentence not in marched and _ARRESTED_THEM.match(text, t.span.end):
        # "... held placards calling for reforms. Police arrested them" (not in the protest's own
        # sentence, where "them" may be the journalists covering it)
        return Trigger(span=t.span, text=t.text, sub_event_type="_force", sentence=t.sentence)
    return t


_ARRESTED_THEM = fastre.compile(
    r"\s+(?:them|all of them|(?:several|some|many|most|dozens|scores|\d+) of them|the (?:protesters|demonstrators|marchers|participants|picketers)|"
    r"(?:at least |more than |about |some )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|scores of) (?:people|protesters|demonstrators|participants|residents|marchers))\b", re.I)
_WHILE_PROTESTING = fastre.compile(
    r"[^.;]{0,80}?\b(?:while|as|when) (?:they were |he was |she was |they |he |she )?(?:protesting|demonstrating|marching|rallying|picketing|"
    r"(?:staging|holding|taking part in|joining) (?:a|the|an|their) (?:[\w-]+ ){0,2}?(?:protests?|rall(?:y|ies)|march|demonstrations?|sit-ins?|processions?|human chains?|pickets?))\b", re.I)


def _as_arrest(text: str, t: Trigger) -> Trigger:
    """A pick-up "by police" with no sign that the held vanished is an arrest, not a disappearance."""
    if t.sub_event_type == "Abduction/forced disappearance" and fastre.match(r"(?:picked up|taken away) by$", t.text, re.I) and fastre.match(
        r"\s+(?:the\s+)?(?:[\w-]+\s+)?(?:police|policemen|officers|constables)\b", text[t.span.end : t.span.end + 40], re.I
    ) and not _VANISHED.search(text):
        return Trigger(span=t.span, text=t.text, sub_event_type="Arrests", sentence=t.sentence)
    return t


_VANISHED = fastre.compile(
    r"\b(?:whereabouts|missing|disappear\w*|not (?:been )?(?:produced|seen|heard)|no trace|enforced|incommunicado|unknown location|"
    r"abduct\w*|kidnap\w*)\b", re.I)
_BY_FORCES = fastre.compile(
    r"\s+(?:\w+\s+){0,2}?by\s+(?:the\s+)?(?:\w+\s+)?(?:police|policemen|troops|soldiers|forces|security forces|personnel|army|paramilitar\w+|rangers|FC|officers)\b",
    re.I,
)


# wounds the police's fire makes: at a protest the police fight, no sign that the crowd bore arms
_BULLET_WOUNDS = fastre.compile(r"\b(?:died|succumbed|hit|injured|wounded)\b[^.;]{0,30}?\b(?:bullet|gunshot) (?:wounds?|injur\w*)\b|\bbullet-?(?:hit|riddled)\b", re.I)


def _armed(doc: Document, frame: Frame, triggers: list[Trigger], kinds: set[str]) -> bool:
    """The report says the sides bore arms, leaving out the forces' own fire, weapons recovered
    afterwards and, when the police face a protest, the bullet wounds their fire made."""
    text = _NOT_FIGHTERS_ARMS.sub(" ", " ".join(doc.sentences[i].text for i in frame.sentences))
    if kinds & {"state_police", "state_military"} and any(t.sub_event_type == "_protest" for t in triggers):
        text = _BULLET_WOUNDS.sub(" ", text)
    return bool(_ARMED_CUE.search(text))


def _fired_on_by_forces(text: str, t: Trigger, protests: list[Trigger]) -> Trigger:
    """At a protest, "(the marchers) were fired upon by police", "was shot dead by police ... where students
    were demonstrating", "was shot by police ... during a student march", and, told actively, "security
    forces shot dead four people during a peaceful march": the forces' force against the crowd."""
    if t.sub_event_type not in {"_weapons", "_violence"}:
        return t

    def at_protest() -> bool:  # a protest told after the shot, in the same sentence, as its place
        return any(p.sentence == t.sentence and p.span.start > t.span.end and _AT_THE_PROTEST.search(text, t.span.end, p.span.start)
                   for p in protests)

    passive = _BY_FORCES.match(text, t.span.end) and (
        fastre.match(r"fired (?:up)?on|fired at|shot at", t.text, re.I) or fastre.match(r"shot\b|gunned down", t.text, re.I) and at_protest())
    active = fastre.match(r"shot\b|opened fire|fired", t.text, re.I) and _FORCES_BEFORE.search(
        text[max(0, t.span.start - 50) : t.span.start]) and at_protest()
    if passive or active:
        return Trigger(span=t.span, text=t.text, sub_event_type="_force", sentence=t.sentence)
    return t


# the protest is where the shooting happened: "... was shot dead by police ..., where students were demonstrating"
_AT_THE_PROTEST = fastre.compile(
    r"\b(?:where|as|while)\s+(?:[\w'’-]+\s+){0,4}?(?:were|was|had been)\s+$|\b(?:during|at)\s+(?:an?|the|their|his|her)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
_RAID = fastre.compile(r"\b(?:raid(?:ed|ing|s)?|operations?|hide-?outs?|dens?)\b", re.I)
_MILITANTS = fastre.compile(r"\b(?:militants?|extremists?|terrorists?|jihadists?|insurgents?|Islamists?)\b", re.I)


_GUNFIRE = fastre.compile(r"\b(?:fire|fired|firing|shot|shots|shooting|bullets?|live rounds)\b", re.I)
_DISPERSAL = fastre.compile(r"dispers|\bbr(?:oke|eak) up\b|tear ?gas|water ?cannon", re.I)
# a fight in which one side is militants, however the crowd words around it read ("fighting broke out between members of Fatah and Islamist militants")
_FIGHT_WITH_MILITANTS = fastre.compile(
    r"\b(?:fighting|clashes|gunfire|gun ?battles?|heavy fighting|fierce fighting) (?:broke out|erupted) between\b[^.;]{0,80}?\b(?:militants|insurgents|jihadists|rebels|gunmen|fighters)\b", re.I)
# sides of a communal fight that ACLED codes as militias: herders and pastoralists (not the clans of a Bangladeshi village brawl)
# two crowds that fight each other (a brawl: rioters on both sides)
_TWO_CROWDS = fastre.compile(r"\b(?:clash\w*|fought|fighting|brawl\w*|between|rival|each other|one another|two groups|both sides)\b", re.I)
_PASTORAL_SIDES = fastre.compile(r"\b(?:herders?|herdsmen|pastoralists?|cattle (?:keepers|raiders))\b", re.I)
# "villagers beat to death a herder they accused of ...": one herder, the mob's victim, is no side that fights
_HERDER_LYNCHED = fastre.compile(
    r"\b(?:beat|beaten|lynched|stoned|burned|burnt|hacked)\b(?: (?:\w+ ){0,3}?to death)?\s+(?:a|an|the|two|three|\d+)\s+(?:[\w-]+\s+)?(?:herders?|herdsmen|pastoralists?)\b|"
    # "attacked two men they accused of being herders involved in earlier killings"
    r"\b(?:men|man|people|persons|youths)\s+(?:they|whom they|who were)\s+(?:accused|suspected)\s+of being\s+(?:[\w-]+\s+)?(?:herders?|herdsmen|pastoralists?)\b", re.I)


_AMONG_PROTESTERS = fastre.compile(r"\s+(?:among )?(?:the )?(?:[\w-]+ ){0,2}?(?:peacefully |peaceful )?(?:protesting|demonstrating|protesters|demonstrators|marchers)\b", re.I)
_TAKING_PART = fastre.compile(r"(?:\s+[a-z]+)?\s+(?:who (?:were|had been) )?(?:taking part|participating|marching|demonstrating|protesting|rallying)\b")


def _raid_on_militants(doc: Document, frame: Frame, m: Mentions) -> bool:
    """The forces raided a hideout of militants (named or not) in the event's sentences."""
    text = " ".join(doc.sentences[i].text for i in frame.sentences)
    if not any(not _ONGOING_OPERATIONS.search(r.group()) and not fastre.match(r"\s+since\b", text[r.end() :]) and not (
            r.group().endswith("cordoned") and _ONGOING_OPERATIONS.search(text, r.end(), r.end() + 60))  # "cordoned off the area and launched a search"
            and not (r.group().endswith("cordoned") and _CORDON_AFTER.match(text, r.end()) and _DEED_BEFORE.search(text, 0, r.start()))
            and not _OPERATION_AFTERWARDS.match(text, r.end())  # "Joint forces launched an operation in the area afterwards"
            and not _SPOKESMAN_FOR.search(r.group())  # "the army spokesman for Sokola 1 operations put the toll at 11": a source
               for r in _FORCES_RAID.finditer(text)):
        # the forces must be the raiders: "police raided", "a raid by RAB", "a joint forces raid";
        # "against which joint forces had been conducting operations since October" is background
        return False
    return bool(_MILITANTS.search(text) or any(a.kind == "rebel" and not a.generic and not _SOUGHT_BEFORE.search(
        m.doc.text, max(0, a.span.start - 40), a.span.start) for a in m.actors))  # (not "during a hunt for PDF fighters")


# "It missed and exploded on the road ... Security forces cordoned off the area.": the scene sealed after the deed
_OPERATION_AFTERWARDS = fastre.compile(r"[^.;]{0,40}?\b(?:afterwards|subsequently|after the (?:attack|incident|killing|shooting))\b|"
                                   r"\s+to\s+(?:track|hunt|find|catch|arrest|nab|trace)\b", re.I)  # "launched an operation to track down the attackers"
_ESCAPED_UNHURT = fastre.compile(r"\s+(?:[\w-]+\s+){0,4}?escaped (?:unhurt|unharmed|unscathed|uninjured|without (?:injury|injuries|a scratch))\b", re.I)
_SPOKESMAN_FOR = fastre.compile(r"\bspokes(?:man|woman|person|men|people)\s+(?:for|of)\b", re.I)
_CORDON_AFTER = fastre.compile(r"\s+off\s+the\s+(?:area|site|scene|spot|place|locality)\s*(?:[.;]|$|and\s+(?:began|started)\s+(?:an?\s+)?investigat)", re.I)
_DEED_BEFORE = fastre.compile(r"\b(?:explod\w*|blasts?|went off|detonat\w*|lobbed|hurled|threw|thrown|opened fire|fired|shot)\b", re.I)
_ONGOING_OPERATIONS = fastre.compile(r"\bhad been\b|\b(?:combing|search(?:es|ing)?|manhunt)\b|\b(?:returning|back|coming back|on (?:their|its|the) way back) from\b", re.I)  # background, or a search after the attack
_FORCES_RAID = fastre.compile(
    r"\b(?:police|RAB|SWAT|(?-i:forces|army)|troops|commandos?|law[- ]?enforcers?|counter-?terror\w*|(?<!anti-)personnel|battalion|BGB|CTTC)\b"  # (not "Allied Democratic Forces", nor an "anti-personnel mine")
    r"[^.;]{0,40}?\b(?:raid(?:ed|ing|s)?|operations?|stormed|cordoned)\b|\b(?:raid|operation)\w* (?:\w+ ){0,3}by (?:the )?(?:\w+ ){0,3}?"
    r"(?:police|RAB|SWAT|forces|troops|army|commandos?|law[- ]?enforcers?|battalion|BGB)\b",
    re.I,
)
# the forces are the direct object of the attack: "attacked the policemen", "opened fire on a police team"
_DIRECT_HIT = fastre.compile(
    r"\b(?:attack(?:ed|ing)|assault(?:ed|ing)|ambush(?:ed|ing)|beat(?:en)? up|stabbed|hacked|fired (?:at|on|upon)|opened fire (?:at|on|upon)|"
    r"shot at|hurl\w* (?:\w+ )?(?:at|on))\s+(?:the\s+|a\s+|an\s+|two\s+|three\s+|four\s+|several\s+|some\s+)?(?:team of\s+|group of\s+)?$",
    re.I,
)
# "executed for working with Iraqi forces", "allied with the government": the forces are no target
_WITH_FORCES = fastre.compile(r"\b(?:with|for|of|alongside|allied|collaborat\w*|working|helping|informing)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_FORCES_WORD = fastre.compile(r"\b(?:police|RAB|SWAT|forces|troops|army|commandos?|law[- ]?enforcers?|counter-?terror\w*)\b", re.I)
_EXTORTION = fastre.compile(r"\b(?:money|tolls?|extortion|ransom|bribes?|subscriptions?|dowry)\b", re.I)


# a political grievance the crowd answers: "after the former president was jailed", "in response to the
# verdict", "after the arrest of the former president" (not the arrest of "an accused")
_GRIEVANCE = fastre.compile(
    # "stormed a relief distribution point ... over alleged unfair distribution"
    r"\bover (?:the )?(?:alleged |perceived )?(?:unfair|unequal|irregular|biased|corrupt) (?:relief |aid |ration )?(?:distribution|allocation)\b|"
    r"\b(?:in response to|in reaction to|(?:angered|angry|enraged|furious|incensed|frustrated|anger) (?:by|over|at) (?:[\w'-]+ ){0,6}?"
    r"(?:power cuts|load[- ]?shedding|outages|blackouts|shortages?|price hikes?|prices|water supply|electricity|gas supply|fuel|(?:exam(?:ination)?|semester|test) results|fees|wages|salaries|"
    r"fares?|fare (?:rises?|hikes?|increases?)|tax(?:es)?|reforms?|terms|ceasefire|(?:peace )?deal|election results?|law|bill|ruling|verdict|"
    r"arrests? of (?:their |its |the |an? )?(?:[\w-]+ ){0,2}?(?:workers|leaders?|activists|members|supporters|bloggers?|journalists?|clerics?|imams?|students?|businessm[ae]n|traders?|shopkeepers?|drivers?)|arrests (?:of|on|made) the (?:previous|preceding) (?:day|night|evening)|detention of (?:their |its |the )?(?:[\w-]+ ){0,2}?(?:leaders?|activists|workers)|police (?:shooting|killing)s?)|"
    r"(?:following|after|over) the (?:fatal |deadly )?police (?:shooting|killing)\b|"
    # "set fire to the police station after a police officer allegedly shot at a motorcyclist"
    r"(?:following|after) (?:a |an |the )(?:[\w-]+ )?(?:police (?:officer|constable)|policeman|officer|constable|soldier|security guard) (?:had )?(?:allegedly |reportedly )?(?:shot|killed|beat|assaulted|slapped)\b|"
    r"(?:following|after|over) the (?:death|killing|shooting) of an? (?:[\w-]+ ){0,3}?(?:during|in|at) an? (?:traffic stop|police (?:chase|raid|operation|check|checkpoint|stop|pursuit)|police custody)\b|"
    r"(?:hours |days |shortly |soon )?(?:after|following) (?:a |the )(?:[\w-]+ )?(?:court|judge|tribunal) (?:had )?(?:upheld|confirmed|sentenced|convicted|jailed|rejected|dismissed|disqualified|barred)\b|"  # "a third night following the fatal police shooting of a teenager"
    r"refus\w+ to accept (?:the )?(?:[\w-]+ ){0,2}?(?:election )?results?|"
    r"(?:after|over|following) (?:[\w'’-]+ ){0,8}?(?:(?:was|were) )?(?:denied|refused) (?:[\w'’-]+ ){0,4}?bail|(?:after|over|following) (?:the )?(?:denial|refusal|rejection) of (?:his |her |their )?bail|"
    r"(?:after|over|following) (?:his |her |their |the )?bail (?:plea |petition |application )?(?:was |had been )?(?:denied|refused|rejected)|"
    r"\benforc(?:ing|ed|e) (?:the |a |an |their )?(?:[\w-]+ ){0,2}?(?:programme|program|hartal|blockade|shutdown|strike|movement)\b|"
    r"(?:after|over|following|against) (?:[\w'-]+ ){0,6}?(?:power cuts|load[- ]?shedding|(?:power |electricity )?outages|blackouts|(?:water|gas|fuel|power) shortages?)|"
    r"(?:after|over|following) (?:the )?(?:[\w'-]+ ){0,4}?"
    r"(?:was|were|had been|being) (?:jailed|sentenced|convicted|imprisoned|executed|hanged)|"
    r"(?:after|following|over) the (?:death|killing|shooting) of (?:a |an |the )?(?:[\w'’-]+ ){0,4}?(?:shot|killed) by (?:the )?police|"
    # "angered by the death of a teenager during a police chase"
    rf"{_ANGERED} the (?:death|killing|shooting) of (?:a |an |the )?(?:[\w'’-]+ ){{0,4}}?(?:during|in|after|by) (?:a |an |the )?police\b|"
    r"(?:after|following) (?:the )?(?:election |poll |vote )?results (?:were |had been )?(?:announced|declared|published)|(?:after|following) (?:the death of )?(?:a |an |the )?(?:[\w'’-]+ ){0,8}?died in (?:police |jail |prison )?custody|(?:against|over|after|following) the (?:jailing|sentencing|conviction|execution|hanging(?! of (?:[\w-]+ )?(?:festoons?|banners?|posters?|flags?|bunting|billboards?|portraits?|signboards?))|verdict) (?:of|against)|"
    r"(?:against|over|after|following) (?:his|her|their|the leader's|the opposition leader's) (?:arrest|detention|jailing|sentencing|conviction|disqualification)|"
    r"(?:after|over|following) the (?:declaration|announcement) of (?:the )?(?:[\w-]+ ){0,3}(?:results?|seat|winner)|"
    r"(?:against|over|after|following|protesting) the (?:arrest|detention) of (?:the |their |its |a |an )?(?:[\w-]+ ){0,2}?"
    r"(?:president|leader|chairman|chairperson|chief|minister|founder|head|MP|lawmaker|politician|cleric|candidate)|"
    # "stoned officers after a motorcycle taxi rider died in police custody": a death at the police's hands
    r"(?:after|over|following) (?:the death of )?(?:an? |the |their |his |her )?(?:[\w'’-]+ ){0,5}?(?:had )?(?:died|was killed|was shot dead|was beaten to death|was shot) "
    r"(?:in (?:police )?custody|(?:[\w-]+ ){0,2}?by (?:an? |the )?(?:police|policem[ae]n|officers?|gendarmes?))|(?:after|over|following) (?:the |a |an )?(?:custodial death|death in (?:police )?custody|police (?:killing|shooting))|"
    # "supporters of a detained opposition leader clashed with police"
    r"supporters of (?:the |a |an |their )?(?:detained|jailed|arrested|imprisoned|disqualified) (?:[\w-]+ ){0,2}?"
    r"(?:president|leader|chairman|politician|candidate|figure|MP|lawmaker|cleric|(?:prime )?minister))\b",
    re.I,
)


_CROWD_NOUNS = r"(?:protesters|demonstrators|marchers|strikers|agitators|students|workers|supporters|activists|followers|residents|locals|youths|crowds?|mobs?)"
_FORCE_NOUNS = r"(?:police(?:men)?|law[- ]?enforcers|BGB|RAB|army|troops|soldiers|security forces|riot police)"
_FIGHT_VERBS = r"(?:clash\w*|fought|fight(?:ing)?|(?:running )?battles?|battl(?:ed|ing)|pelt\w*|hurl\w*|threw|throwing|ston(?:ed|ing)|attack\w*|chas(?:ed|ing))"
_CROWD_FIGHT = fastre.compile(
    rf"\b{_CROWD_NOUNS}\b[^.;]{{0,160}}?\b{_FIGHT_VERBS}\b[^.;]{{0,40}}?\b{_FORCE_NOUNS}\b"
    rf"|\b{_FORCE_NOUNS}\s+(?:and|clashed with|fought(?: with)?)\s+(?:[\w'-]+\s+){{0,4}}?{_CROWD_NOUNS}\b"
    rf"|\b{_CROWD_NOUNS}\b[^.;]{{0,200}}[.;]\s+(?-i:They)\s+(?:later\s+|then\s+|also\s+)?{_FIGHT_VERBS}\b[^.;]{{0,40}}?\b{_FORCE_NOUNS}\b", re.I)  # ("workers ... blocked the highway. They clashed with police")
# the crowd presses a cause: a demand, a grievance, a rally or a shutdown it takes part in
_CROWD_CAUSE = fastre.compile(
    r"\b(?:attending|joining|during|at|from|after|on|ahead of|before) (?:the |a |an |their |its |the party's )?(?:[\w'’-]+ ){0,3}?"
    r"(?:rally|rallies|procession|(?-i:march)|sit-in|demonstration|protest|shutdown|strike|hartal|blockade|movement)\b"
    r"|\b(?:quota reform|shutdown|wages?|salary|salaries|arrears|(?:refused|denied) bail|verdict)\b"
    r"|\b(?:second|third|fourth|fifth|sixth|another|a further) (?:straight |consecutive )?night of (?:unrest|rioting|riots)\b"  # a wave of riots against the forces
    r"|\b(?:after|over|following) (?:their|its|the) (?:[\w-]+ ){0,2}(?:leader|chief|founder|chairman)(?:'s)? (?:was |had been )?(?:arrest(?:ed)?|detain(?:ed)?|detention)\b", re.I)
# the crowd's own guns or bombs (not the forces' fire that meets it)
_CROWD_ARMS = fastre.compile(
    rf"\b{_CROWD_NOUNS}\b[^.;]{{0,60}}?\b(?:opened fire|fired (?:shots|gunshots|bullets|at|on)|shot at|armed with (?:guns|firearms|pistols)|hurled (?:crude )?bombs|exploded (?:crude )?bombs)\b"
    r"|\b(?:gunmen|armed cadres|gun ?fights?|gun ?battles?|lethal weapons|firearms)\b", re.I)


def _crowd_fights_forces(text: str) -> bool:
    """A crowd that presses a cause fights the police or the army without guns of its own."""
    return bool(_CROWD_FIGHT.search(text)) and (_demonstrating(text) or bool(_CROWD_CAUSE.search(text))) and not _CROWD_ARMS.search(text)


def _demonstrating(text: str) -> bool:
    """The crowd presses a demand or a grievance (and is not extorting money)."""
    if fastre.search(r"\bno (?:demonstration|protest)s?(?: or (?:[\w-]+ ){0,2}demands?)? (?:had )?(?:preceded|was held|took place|was reported|were reported)\b", text, re.I):
        return False  # "no demonstration preceded the attack": the writer says it was no protest
    if _GRIEVANCE.search(text):
        return True
    return any(
        not (mt.group(0).lower().startswith("demand") and _EXTORTION.search(text))
        and not _PAST_PROTESTS_BEFORE.search(text, max(0, mt.start() - 60), mt.start())  # "during the July protests": then, not now
        and not _RALLY_FOUGHT_OVER.search(text, max(0, mt.start() - 80), mt.start())
        and not _ACCUSED_OF_BEFORE.search(text, max(0, mt.start() - 60), mt.start())  # "accusing him of firing on anti-government protesters"
        # "vigilantes at a roadblock pulled a young man off a bus": where they stood, no blockade
        and not (mt.group(0).lower().startswith(("roadblock", "barricade")) and fastre.search(r"\b(?:at|from|near) (?:a|the|their) (?:[\w-]+ )?$", text[max(0, mt.start() - 30) : mt.start()]))
        for mt in _DEMAND.finditer(text)
    )


_ACCUSED_OF_BEFORE = fastre.compile(r"\baccus(?:ed|ing) (?:him|her|them|the \w+) of [^.;]{0,45}$", re.I)
# what factions fight over: "over who would lead a procession supporting the blockade" (ACLED: mob violence)
_RALLY_FOUGHT_OVER = fastre.compile(
    r"\bover (?:who (?:would|should|will) (?:lead|head)|leading|taking (?:a |the )?(?:front )?(?:position|row)s? (?:in|at)|occupying (?:the )?(?:front )?(?:position|row)s? (?:in|of)) "
    r"(?:[\w'’-]+ ){0,7}$", re.I)


_PAST_PROTESTS_BEFORE = fastre.compile(
    rf"\b(?:during|in|since|after|over) (?:the |last (?:year|month)['’]s )?(?:(?:{MONTHS}|(?:19|20)\d\d|past|previous|earlier|mass)[\w-]* ){{1,3}}$", re.I)


# explosives that someone sets off ("blasted two cocktails", "exploded three crude bombs"), not a bomb that went off
# the source of the report ("local activists said"): no side in it
_WHO_SAID = fastre.compile(r"\b(?:[\w-]+\s+){0,2}(?:activists|sources|residents|witnesses)\s+(?:said|say|says|told|reported)\b", re.I)
_NO_TRACE = fastre.compile(
    r"\b(?:could not|couldn't|were unable to|was unable to|(?:have|has|had) (?:been unable|not been able) to|failed to) (?:trace|find|locate)\b|"
    r"\b(?:has|have|had) (?:had )?no (?:news|word) (?:of|from|about) (?:him|her|them)\b|\b(?:received|had|got) no information (?:on|about|of) (?:his|her|their) whereabouts\b|\bwhereabouts (?:remained |remain |were |was |are |is )?unknown\b|"
    r"\b(?:denied|deny|denies) (?:holding|detaining|arresting|having (?:arrested|detained))\b|"
    r"\b(?:drove|driven|took|taken|whisked) (?:him|her|them) (?:away )?to an? (?:unknown|undisclosed|secret) (?:location|place|destination)\b", re.I)
_CRUDE_BLAST = fastre.compile(
    r"\b(?:exploded|blasted|set off|detonated)\s+(?:[\w'-]+\s+){0,4}?(?:bombs?|cocktails?|explosives?)\b",
    re.I,
)
# fighters who gave themselves up, or were held, when they were killed
_SURRENDERING = fastre.compile(
    r"\bwith (?:their|his|her) hands (?:raised|up|in the air)\b|\bwho (?:had )?(?:surrendered|were surrendering|tried to surrender|had been taken prisoner)\b|"
    r"\b(?:after|when) (?:they|he|she) had (?:surrendered|been captured|been taken prisoner|laid down (?:their|his|her) (?:arms|weapons)(?: and surrendered)?)\b", re.I)
# a group that mourns or claims the dead as its own
_CLAIMED_AS = r"(?:mourned|eulogi[sz]ed|claimed|identified|named)"
_MOURNS_OWN = fastre.compile(
    rf"\s+(?:later\s+)?{_CLAIMED_AS}\s+(?:him|her|them|the (?:dead|victims?|man|men))\s+as\s+(?:one\s+of\s+)?(?:its|their)\b", re.I)
_BACKED_BY = fastre.compile(r"\b(?:backed|supported|aided|assisted|covered)\s+by\s+(?:the\s+)?$", re.I)
_AREA_HELD_BY = fastre.compile(
    r",\s+(?:an?\s+)?(?:area|town|city|village|territory|zone|district|region|neighbou?rhood|locality)\s+(?:held|controlled|run)\s+by\s+(?:the\s+)?$", re.I)
_MOURNED_AS_BEFORE = fastre.compile(rf"\b{_CLAIMED_AS}\s+(?:him|her|them)\s+as\s+(?:one\s+of\s+)?$", re.I)
# a crowd's home-made explosives thrown at the police (ACLED: rioters may use crude explosives)
_CROWD_THREW_AT_POLICE = fastre.compile(
    r"\b(?:students|protesters|demonstrators|youths|rioters|(?:hooded|masked) (?:men|youths|students|people))\b(?:[^.;]|\.(?!\s)){0,110}?"
    r"\b(?:threw|hurled|lobbed|tossed|throwing|hurling)\s+(?:(?:stones|rocks|bricks)\s+and\s+)?(?:[\w'’-]+\s+){0,2}?(?:explosives|petards|bombs|bomba['’]?|devices|molotov cocktails|cocktails|firebombs)(?:\s+and\s+(?:stones|rocks|bricks))?\s+at\s+(?:an?\s+|the\s+)?(?:riot\s+|(?-i:[A-Z])[a-z]+\s+)?"
    r"(?:police|officers|gendarmes|carabineros|security forces|forces|troops|soldiers)(?:\s+(?:vehicles?|cars?|vans?|stations?|posts?))?\b", re.I)
# a crowd's young men
_YOUTHS_WORD = fastre.compile(r"\b(?:youths|young (?:men|people)|protesters|demonstrators|crowds?|rioters)\b", re.I)
# nobody there to attack
_EMPTY_PREMISES = fastre.compile(
    r"\b(?:was|were) (?:closed|empty|unoccupied|deserted) at the time\b|\bno one was (?:inside|in the building|present|there)\b|\bnobody was (?:inside|present|there)\b", re.I)
# an armed gang, named as such (not a crowd)
_GANG_NOUN = fastre.compile(r"(?:armed )?(?:gang members?|gangs?|gangsters?|gunmen|armed men|bandits)", re.I)
# the crowd of a strike or a riot, as the doer of what happened during it
_RIOT_AGENT = fastre.compile(
    r"\b(?:rioters?|rioting|blockaders?|strikers?|picketers?|pro-(?:hartal|blockade|strike)|(?:hartal|blockade|strike) supporters|"
    r"activists|supporters|cadres|processionists|protesters|demonstrators|agitators)\b",
    re.I,
)
# forces beside the victim who were not hurt: an escort, not the side attacked
_UNHURT_GUARD = fastre.compile(r"\bescort(?:ing|s)?\b|\b(?:was|were|went|escaped|remained) (?:\w+ )?(?:unhurt|unharmed|unscathed)\b", re.I)
# a bomb sent or left for its victim (no crowd throws it): "a parcel bomb disguised as a gift"
_SENT_DEVICE = fastre.compile(r"\b(?:parcel|letter|mail|booby[- ]trapped|time) bombs?\b|\bbomb (?:disguised|wrapped|packed) as\b|\bbooby[- ]trap", re.I)
_HARTAL = fastre.compile(r"\b(?:hartal|blockade|general strike|agitation|shutdown)\b", re.I)
# a hartal still to come, or one that names whom the police suspect: "on the eve of a hartal", "suspected
# pro-hartal activists" ("pro-hartal activists vandalised buses" is the hartal's own violence)
_PREPARED_FOR_BEFORE = fastre.compile(
    r"\b(?:prepared|set up|erected|built|decorated) for (?:a |an |the |their |its )?$"  # "the stage set up for a BNP rally"
    r"|\b(?:stage|dais|pandal|podium) of (?:a |an |the |their |its )?$", re.I)
_HARTAL_NOT_ON = fastre.compile(EVE_OF + r"(?:hartal|blockade|general strike|shutdown)\b|\bsuspect\w* (?:the )?(?:pro|anti)-(?:hartal|blockade)\b", re.I)
_PARTY_MEN = fastre.compile(r"\b(?:activists|supporters|party men|party workers|followers)\b", re.I)
# party men whom the police only suspect, no one seen throwing: "Police suspect opposition activists but no group claimed"
_SUSPECTED_MEN = fastre.compile(
    r"\b(?:police|officers?|officials?|investigators?|authorities)\s+(?:[\w-]+\s+){0,2}?(?:suspect(?:ed|s)?|believe[ds]?|blamed?)\s+(?:that\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:activists|supporters|party men|party workers|followers)\b", re.I)
# party men who were hurt, not who threw: "one bomb exploded, injuring two AL activists"
_UNKNOWN_THROWERS = fastre.compile(r"\b(?:unidentified|unknown) (?:people|persons|men|miscreants|assailants|youths)\b", re.I)
_THROWN_AT_BEFORE = fastre.compile(r"\b(?:threw|thrown|throwing|hurled|hurling|lobbed|lobbing|flung|tossed)\b[^.;]{0,60}?\bat\s+(?:the\s+|a\s+|an\s+)?$", re.I)
_DAY_AFTER_BEFORE = fastre.compile(r"\b(?:a day|two days|three days|days|hours|a week|weeks|the day) after (?:the )?$", re.I)
_DID_AFTER = fastre.compile(r"\s+(?:[\w-]+\s+)?(?:had\s+)?(?:attacked|ambushed|raided|struck|overran|killed|shot)\b", re.I)
_MEN_WERE_HURT_AFTER = fastre.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:activists|supporters|workers|leaders|members|men)\b(?:\s+and\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s+(?:were|was|had been)\s+(?:\w+\s+)?(?:injured|wounded|hurt|killed)\b", re.I)
_HURT_PARTY_MEN = fastre.compile(r"\b(?:injur\w*|wound\w*|kill\w*|hurt\w*)\s+(?:[\w-]+\s+){0,3}?(?:activists|supporters|party men|party workers|followers)\b", re.I)
_BEATING = fastre.compile(r"\b(?:attacked (?:[\w'’-]+ ){0,8}?with (?:sticks|stones|bricks|brickbats|clubs|rods|iron rods|bamboo)|beat(?:en|ing)?(?: up)?|assault\w*|lynch\w*|mobs?|thrash\w*|manhandl\w*|heckl\w*|rough(?:ed|ing)|set (?:\w+ ){0,3}ablaze|vandali[sz]\w*|burn(?:ed|t) (?:him|her|them) (?:to death|alive))\b", re.I)
_ARMS = fastre.compile(r"\b(?:shot|shoot\w*|gun\w*|fire ?arms?|pistols?|stabb\w*|hack\w*|machetes?|sharp(?:[- ]edged)? weapons?|lethal weapons?|(?:used|using|with) (?:\w+ )?weapons|bombs?|knives|knife|chopp\w+|daggers?|armed(?! with (?:sticks|stones|bricks|clubs|rods|iron rods|bamboo)))\b", re.I)
_CROWD = fastre.compile(r"\b(?:locals|local (?:people|residents|youths?|men|villagers)|\d{2,}(?:,\d{3})? (?:men|youths|people)|groups? of (?:\w+ )?(?:men|youths)|villagers|mob|crowd|students|colleagues|workers|passers-?by|people|relatives|residents|activists|supporters|cadres|men of|followers)\b", re.I)


# a mob named as the doer: "mobs of youths armed with machetes attacked residents and torched hotels"
_MOBS_ACT = fastre.compile(
    r"\b(?:an? (?:angry |armed |large )?mob|mobs|rioters)\b(?: of (?:[\w-]+ ){1,2})?(?:(?:armed )?with (?:[\w-]+,? ){1,4})?\s*"
    r"(?:attacked|torched|burned|burnt|set fire|looted|ransacked|hacked|killed|beat|lynched|stormed|went on)\b", re.I)
_RAMPAGE = fastre.compile(r"\b(?:torch\w*|burn(?:ed|t|ing)|set (?:\w+ ){0,4}(?:on )?(?:fire|ablaze|alight)|looted|looting|ransack\w*|plunder\w*)\b", re.I)
_GUNS = fastre.compile(r"\b(?:guns?|gunmen|gunfire|shot|shoot\w*|fire ?arms?|pistols?|rifles?|bullets?|opened fire)\b", re.I)




# locals who turn on foreigners: "a group of men accusing foreigners of taking local jobs attacked him and two other migrants"
_LOCALS_ON_FOREIGNERS = fastre.compile(
    r"\b(?:(?:a )?(?:group|gang|mob|crowd)s? of (?:local )?(?:residents|men|youths|locals|villagers|people)|residents|locals|villagers|local (?:youths|men|people))\b"
    r"[^.;]{0,80}?\b(?:attacked|beat|chased|lynched|hunted|assaulted|set upon) (?:[\w-]+ ){0,4}?(?:migrants|immigrants|refugees|foreigners|foreign (?:nationals|traders|workers|shopkeepers|truck drivers))\b", re.I)


_TAKEOVER_AFTER = fastre.compile(r"['’]?s?\s+(?:takeover|seizure of power|return to power|rule|regime)\b", re.I)
_SINCE_BEFORE = fastre.compile(r"\b(?:since|after|before|under) (?:the )?$", re.I)


def _is_mob(text: str, perp: ActorMention | None, killed: int = 0) -> bool:
    """An unarmed crowd or party group beating someone is mob violence, not an armed attack."""
    if _LOCALS_ON_FOREIGNERS.search(text) and (perp is None or perp.generic and perp.kind in {"unidentified", "civilians", "rioters"}):
        return True  # "a group of residents armed with knives attacked migrants, killing one": xenophobic mob violence, weapons or not
    mob_acts = bool(_MOBS_ACT.search(text))
    if not _BEATING.search(text) and not mob_acts or _FEUD.search(text):
        return False
    if "rumo" in text:
        text = RUMOURED_DEED.sub(" ", text)  # "after rumours spread that a Syrian youth had stabbed a teenager": the rumour's knife
    if _ARMS.search(text) and not (mob_acts and _RAMPAGE.search(text) and not _GUNS.search(text)):
        return False  # (a mob on a rampage is a mob with machetes: "mobs of youths armed with machetes attacked residents and torched hotels")
    if killed and not _LYNCH.search(text) and not (mob_acts and _RAMPAGE.search(text)):
        return False  # "a BNP leader was killed after a group of people assaulted him": a killing, not a brawl
    if perp is not None and perp.kind.startswith("state"):
        return False
    if perp is None:
        return bool(_CROWD.search(text))
    if perp.kind == "unidentified":
        return bool(_CROWD.search(perp.text))
    return perp.kind in {"rioters", "protesters", "civilians"} or (perp.generic and bool(_CROWD.search(text)))


# a candidate's or a local leader's supporters who beat or wreck: a crowd behind a person, not a
# party's organised wing ("supporters of an independent candidate attacked ...", "the chairman and
# his supporters beat ...")
_PERSON_ROLE = r"(?:candidates?|chairm[ae]n|members?|councill?ors?|leaders?|MPs?|mayors?|aspirants?|lawmakers?|nominees?|contenders?)"
_SUPPORTERS_OF = fastre.compile(
    rf"\b(?:supporters|followers|loyalists) of (?:an? |the |two |rival )?(?:[\w'-]+ ){{0,4}}?{_PERSON_ROLE}\b"
    rf"|\b{_PERSON_ROLE} and (?:his|her|their) (?:supporters|followers)\b",
    re.I,
)
_SUPPORTERS_ACT = fastre.compile(
    r"[^.;]{0,60}?\b(?:attacked|assaulted|beat|beaten|vandali[sz]ed|ransacked|torched|looted|set fire|chased|swooped)\b",
    re.I,
)


# a crowd as the wreckers: "groups of local men went through a Hindu neighbourhood ... smashing and
# looting", "a crowd converged on the home ...", "residents angered by load shedding stormed ..."
_CROWD_WRECKERS = fastre.compile(
    r"\b(?:an? (?:large |big |huge |angry |irate )?(?:crowd|mob)\b|crowds|mobs|groups? of (?:about |around |some |nearly |over |more than )?(?:\d{2,} |hundreds of |dozens of )?(?:local |young |angry )?(?:men|youths|people|villagers|residents|students|locals)|"
    r"(?:angry|irate|enraged|agitated) (?:residents|villagers|locals|students|people|workers)|"
    r"(?:residents|villagers|locals|students|people|workers) (?:angered|enraged|incensed|angry)|"
    r"(?:hundreds|thousands) (?:of (?:people|men|youths|protesters|supporters|students|residents|villagers|locals)|responding|angered|angry|who)\b)", re.I)
# "unidentified persons set fire to", "miscreants torched": who burned it is not known
_UNKNOWN_ARSONISTS = fastre.compile(r"\b(?:(?:unidentified|unknown|masked) (?:persons|people|men|miscreants|assailants|attackers|arsonists|youths|individuals)|miscreants|arsonists)\b[^.;]{0,30}$", re.I)


# forces named only in the grievance of a crowd: "youths angry over a police shooting" (not "killed in a police raid")
_CAUSE_AGENT_BEFORE = fastre.compile(AFTER_SOMEONE_WAS + r"(?:shot dead|shot|killed|beaten to death|beaten|tortured|run over|stabbed) (?:[\w-]+ ){0,2}?by (?:an? |the )?(?:[\w-]+ )?$", re.I)
_CAUSE_NOUN_AFTER = fastre.compile(r"\s+(?:shooting|killing|brutality|crackdown|abuse)\b", re.I)
_CAUSE_BEFORE = fastre.compile(r"\b(?:(?:angry|anger|angered|outraged?|furious|fury|incensed|enraged) (?:at|by|about)|over|after|following|protesting)\s+(?:an?|the)\s+$", re.I)
_AFTER_AN = fastre.compile(r"\b(?:after|following) (?:an?|the) $", re.I)
_ATTACK_ON_THEIR_POSTS = fastre.compile(r"\s+(?:attack|ambush|raid|assault)s? on (?:their|its|the army's|the soldiers') (?:positions?|base|camp|posts?|convoy|checkpoint)\b", re.I)
_EARLIER_FIGHT_WITH = fastre.compile(r"\b(?:after|following) (?:a |an )?(?:clash(?:es)?|fighting|battle|gunfight|ambush) (?:with|against) (?:the |local |a )?$", re.I)
_DAY_BEFORE_AFTER = fastre.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:the (?:previous|preceding) (?:day|night|evening|week)|the (?:day|night) before|(?:a|one|two|three|several) (?:days?|weeks?) (?:earlier|before))\b", re.I)
_CLAIMED_AFTER = fastre.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:later\s+|subsequently\s+|has\s+|had\s+)?claimed\s+(?:the\s+)?responsibility\b", re.I)
_ACCUSED_OF_BEING = fastre.compile(r"\b(?:accus\w+|suspect\w*) (?:them|him|her|the \w+)? ?of being (?:an? )?$", re.I)
_AIDE_NOUN_AFTER = fastre.compile(r"\s+(?:collaborators?|informants?|informers?|spies|spy|sympathi[sz]ers?|agents?)\b", re.I)
_WATCH_LIST_AFTER = fastre.compile(r"['’]s? (?:[\w-]+ )?(?:watch ?list|wanted list|most-wanted list|list of suspects)\b", re.I)
_PRO_BEFORE = fastre.compile(r"\bpro-$", re.I)
# (one person: "pro-Awami League activists attacked them" names the doers)
_PERSON_NOUN_AFTER = fastre.compile(r"\s+(?:cleric|imam|scholar|preacher|elder|journalist|politician|lawmaker|official|businessman|tribal elder|commentator|blogger|figure)\b", re.I)
_ACCUSED_OF_AIDING = fastre.compile(r"\b(?:(?:accus\w+|suspect\w*)(?: (?:them|him|her|the \w+|residents|villagers|civilians))?|accusations?|suspicion|charges?) of (?:collusion with|colluding with|supporting|aiding|helping|collaborating with|"
                                    r"harbou?ring|sheltering|hiding|feeding|supplying|guiding|leading|having links (?:to|with)|links (?:to|with)|spying for|informing for|being members of|"
                                    r"scouting (?:[\w-]+ ){0,3}?for|being (?:an? )?(?:informant|spy|scout|member|collaborator) (?:for|of)) (?:the )?(?:armed )?(?:(?-i:[A-Z0-9]{2,8}):\s+)?$", re.I)
_SOUGHT_BEFORE = fastre.compile(r"\b(?:search(?:ing|es)? for|hunt(?:ing)? for|looking for|manhunt for|in pursuit of|pursuing) (?:the )?(?:suspected |alleged |fleeing )?$", re.I)
_CUSTODY_AFTER = fastre.compile(r"\s+custody\b", re.I)
_CUSTODY_DEATH_CAUSE = fastre.compile(
    r"\b(?:(?:angry|anger|angered|outraged?|furious|incensed|enraged) (?:at|by|about|over)|after|following) (?:the )?death of\b[^.;]{0,60}\bin\s+$|"
    r"\b(?:after|following) (?:a|an|the) [^.;]{0,60}?\bdied (?:[\w-]+ )?in\s+$", re.I)  # (DIED_IN_CUSTODY, up to the forces' name)
_TAKEN_FROM = fastre.compile(r"\b(?:seiz\w+|snatch\w+|grabb\w+|dragg\w+|took|taken|pulled|wrest\w+|forcibly freed)\b[^.;]{0,40}?\bfrom\s+(?:the\s+)?$", re.I)
_PROTESTED_TO = fastre.compile(r"\s+(?:has |have |had |later |then )?(?:protested|lodged (?:a |an )?(?:strong |formal )?protest|(?:sought|called|requested|demanded) (?:a |an )?(?:flag meeting|explanation))\b", re.I)
_CAME_LATER = fastre.compile(
    r"(?:\s+and\s+(?:[\w-]+\s+)?[\w-]+)?\s+(?:(?:leaders?|activists|officials|members|workers)\s+)?(?:later|afterwards|subsequently)\s+"
    r"(?:visited|went to|toured|condemned|formed|met)\b|"
    # "Joint forces launched an operation in the area afterwards": they came after, no side
    r"\s+(?:launched|conducted|carried out|began|started)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:operations?|search(?:es)?|drives?|raids?|combing)\b[^.;]{0,40}?\b(?:afterwards|subsequently|after the (?:attack|incident|killing|shooting))\b", re.I)
_UNKNOWN_WRECKERS = fastre.compile(r"\b(?:unidentified|unknown|masked) (?:persons|people|men|miscreants|individuals|assailants)\b|\bmiscreants\b", re.I)
_ARSON = fastre.compile(r"(?:set|setting|torch|burn|arson)", re.I)
# "Arsonists poured petrol into the empty office": unknown burners, no crowd
_LONE_DOER = fastre.compile(r"\s*(?:On [^,]{3,30},\s*)?(?:an? (?:lone |young |local |masked |\d+-year-old )?(?:man|woman|teenager|youth|individual)|a lone \w+) (?!and\b|with\b|or\b)", re.I)
_LONE_ARSONISTS = fastre.compile(r"(?:unidentified |unknown |masked )?(?:arsonists|miscreants|vandals)\b", re.I)


# a device set down and left to go off: "a crude bomb left in a polythene bag", "had placed the device overnight"
_PLANTED_DEVICE = fastre.compile(
    r"\b(?:bombs?|devices?|explosives?|IEDs?)\s+(?:had\s+been\s+|was\s+|were\s+)?(?:left|placed|planted|hidden|concealed|kept)\b|"
    r"\b(?:left|placed|planted|hid|hidden|concealed)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:bombs?|devices?|explosives?|IEDs?)\b", re.I)


def _unidentified_arsonist(doc: Document, triggers: list[Trigger], actors: list[ActorMention]) -> ActorMention | None:
    """The unidentified actor named right before the burning, when the burners are unknown."""
    if not any(t.sub_event_type in {"Looting/property destruction", "_protest_violence"} and _ARSON.match(t.text)
               and _UNKNOWN_ARSONISTS.search(doc.text, max(doc.sentences[t.sentence].start, t.span.start - 70), t.span.start)
               for t in triggers):
        return None
    return next((a for a in actors if a.kind == "unidentified"), None)


def _party_wrecks_empty(doc: Document, perp, dm, killed: int, injured: bool) -> bool:
    """A party's men wreck or burn property and hurt nobody, no crowd about them (ACLED's later
    practice: an organised political group destroying property is property destruction)."""
    return (dm is not None and not dm.year_inferred and dm.date.year >= _PARTY_WRECKING_FROM
            and perp is not None and perp.kind == "party" and not killed and not injured
            and not _CROWD_WRECKERS.search(doc.text) and not _CROWD_SUBJECT.search(doc.text))


def _crowd_wrecks(doc: Document, triggers: list[Trigger]) -> bool:
    """A crowd named in the sentence of the first wrecking or the one before is the wrecker, when
    nobody there bears arms: "a crowd converged on the home ... They took away furniture and set
    the house alight"."""
    first = min(t.sentence for t in triggers)
    told = doc.text[doc.sentences[max(0, first - 1)].start : doc.sentences[first].end]
    return bool(_CROWD_WRECKERS.search(told)) and not _ARMS.search(told)


# the crowd told in the passive: "were set upon by local people", "beaten by a mob"
_SET_UPON_BY = fastre.compile(
    r"\b(?:set upon|beaten(?: up)?|attacked|chased|assaulted|dragged|lynched|seized|caught)\b[^.;]{0,80}?\bby (?:an? |the |some )?(?:(?:large|angry|irate) )?"
    r"(?:(?:group|crowd|mob) of (?:about |some |around |nearly |more than )?(?:\d+ |hundreds of |dozens of )?(?:local people|locals|villagers|residents|people)|local people|locals|villagers|residents|mobs?|crowds?|passengers|passers-?by|bystanders|onlookers)\b", re.I)
_LAND_FEUD = fastre.compile(r"\b(?:land|dispute|enmity|feud|rivals?|rival groups?|two groups)\b", re.I)
# a crowd of villagers, locals or residents as the subject that beats, attacks or kills
_CROWD_SUBJECT = fastre.compile(
    r"(?:^|[,;:—–]\s*|\s-\s+|\b(?:when|as|after|and|where)\s+|\b(?:19|20)\d\d,?\s+)"
    r"(?:a group of (?:(?:about |around |some |nearly |over |more than )?\d+ )?(?:self-styled |so-called |suspected |alleged )?|groups of |(?:several |a few |many )?(?:hundreds?|thousands?|dozens?) (?:of )?|some |angry |irate |agitated |enraged )?(?:local |the |angry |an? (?:angry |irate |large |big |huge )?)?"
    r"(?:(?:villagers|locals|residents|mob|people|crowds?|(?:cow|cattle|gau) (?:vigilantes|protectors)|gau rakshaks"
    r"|(?:(?<=hundred )|(?<=hundreds )|(?<=thousand )|(?<=thousands )|(?<=dozens of )|(?<=hundreds of )|(?<=groups of ))(?:men|youths)|(?<=group of )students|(?<=group of local )youths)\b(?:\s+(?!(?:were|was|who|had)\b)(?:[\w'-]+,?|\([^)]{0,30}\),?)){0,9}?\s+"
    r"(?:beat|beaten|assaulted|attacked|killed|lynched|chased|torched|set|vandali[sz]ed|caught|captured|swooped|stormed|ransacked|stoned|besieged|surrounded|looted|burned|burnt|plundered|seized|grabbed|dragged|pulled|hauled|broke into|tore down|pulled down|demolished|razed)\b"
    r"|(?:[A-Z]\w+ and [A-Z]\w+ )?(?:youths|residents|villagers|people|supporters)(?: (?:from|of|on) both sides)? (?:hurled|pelted|threw) (?:stones|rocks|bricks|bottles)[^.;]{0,40}\beach other"
    # the passive: "were chased down and beaten to death by a crowd of passengers"
    r"|\b(?:beaten|lynched|assaulted|attacked|stoned|thrashed)(?: to death)? by (?:an? )?(?:angry |irate |large |enraged |furious )?(?:crowd|mob|villagers|residents|locals|passengers|passers-?by|bystanders|onlookers)\b)",
    re.I,
)


def _supporters_riot(text: str, killed: int) -> bool:
    """A candidate's or a local leader's supporters beat or wreck, unarmed and killing nobody (ACLED: rioters)."""
    if killed or _ARMS.search(text):
        return False
    return any(_SUPPORTERS_ACT.match(text, m.end()) for m in _SUPPORTERS_OF.finditer(text))


# a crowd that opens its sentence and does the deed ("On 26 October 2024, villagers in Wuntho township
# (Wuntho, Sagaing) beat to death ..."), not victims nor witnesses ("villagers said gunmen burned ...")
_CROWD_DEED = fastre.compile(
    r"(?:^|[.!?]\s+|(?:19|20)\d\d,\s+)(?:angry |irate )?(?P<crowd>(?-i:[Vv]illagers|[Rr]esidents|[Ll]ocals|[Aa] crowd|[Aa] mob|[Ss]tudents|[Vv]igilantes))\b"
    r"(?:(?!\b(?:said|say|says|told|reported|fled|were|was|had been|gunmen|attackers|assailants|militants|fighters|soldiers|troops|police|bandits|gang members)\b)[^.;]){0,160}?\b(?:beat|lynched|stoned|hacked|burned)\b")
_MOB_CROWD = fastre.compile(r"\b(?:vigilantes|villagers|locals|local (?:people|residents|villagers)|residents|inhabitants|community members|mob|angry (?:people|crowd)|crowd|people|students|youths|passers-?by|traders|shopkeepers|vendors|hawkers|passengers|"
                        r"(?:boda[- ]boda|okada|motorcycle taxi|commercial motorcycle) (?:riders|operators|drivers))\b", re.I)
# the words for it ("vindicte populaire", "jungle justice"), or the charge the crowd punishes (blasphemy)
_POPULAR_JUSTICE = fastre.compile(r"\b(?:vindicte populaire|mob justice|jungle justice|instant justice|popular justice|street justice|accused of (?:\w+ ){0,2}blasphem\w*|blasphemy)\b", re.I)
_SUSPECT = fastre.compile(
    r"\b(?:(?:suspected|alleged)\s+)?(?:thie(?:f|ves)|robbers?|muggers?|dacoits?|burglars?|(?:child|cattle)[- ]lifters?|snatchers?|"
    r"kidnappers?|rapists?|drug (?:dealers?|peddlers?)|gang members?|gangsters?|bandits?)\b|\bon suspicion of\b|\baccused of (?:[\w-]+ ){0,4}(?:robber(?:y|ies)|thefts?|burglar(?:y|ies)|stealing|stabbing|killing|murder(?:ing)?|rap(?:e|ing)|kidnapping|abducting)\b|"
    r"\b(?:suspect\w*|accus\w+)\s+(?:\w+\s+){0,3}?of\s+(?:being (?:[\w-]+ ){0,3}?(?:members? (?:of|involved in)|thie(?:f|ves)|robbers?|kidnappers?|extortionists?|informants?|informers?|spies|spy|scouts?)|an? (?:spate|series|string|wave) of (?:burglar(?:y|ies)|robber(?:y|ies)|thefts)|(?:attempting|trying) to\s+\w+|belonging to|stealing|theft|thieving|robbery|robbing|mugging|snatching|kidnapping|child[- ]lifting|cattle[- ](?:lifting|rustling|theft)|witchcraft|blasphemy)\b|\b(?:accus|suspect)\w+ (?:him|her|them) of\b|\b(?:caught|catching) (?:\w+ ){0,3}(?:stealing|red-handed)",
    re.I,
)


# forces named only in a clause about the victims ("seized 13 suspects whom police had
# intercepted") or only as those who ended it ("police dispersed the crowd"): not the killers
_FORCES_NOT_KILLERS = fastre.compile(
    r"\b(?:whom|who|that) (?:the )?(?:police|policemen|officers|soldiers|troops|security forces) (?:had |have )?(?:\w+ )?(?:intercepted|detained|arrested|stopped|caught|held)\b|"
    r"\b(?:police|policemen|officers|soldiers|troops|security forces) (?:later |then |subsequently )?(?:dispersed the (?:crowd|mob)|rescued)\b|"
    # "... beat them. One died on the way to hospital; the other was handed to APBn"
    r"\b(?:was|were) (?:later )?handed (?:over )?to (?:the )?(?:police|APBn|RAB|army|soldiers|troops|security forces|(?-i:[A-Z]{2,5}))\b|"
    # "the proctorial team rescued them and handed them over to the Ashulia police"
    r"\bhanded (?:them|him|her) (?:over )?to (?:the )?(?:[\w'’-]+ )?(?:police|APBn|RAB|army|soldiers|troops|security forces)\b|"
    # "Police arrested six students over the killing", "police opened murder cases"
    r"\b(?:police|policemen|officers) (?:later |then |subsequently |have |had )?(?:arrested|detained|opened|registered|filed|launched)\b"
    r"[^.;]{0,40}?\b(?:over|for|in connection with)\s+(?:the |his |her |their )?(?:killing|murder|death|lynching|beating|assault)s?\b|"
    r"\b(?:police|policemen|officers) (?:later |then |subsequently |have |had )?(?:opened|registered|filed) (?:a |two |several )?(?:murder )?(?:cases?|investigations?)\b", re.I)


def _mob_justice(text: str, perp: ActorMention | None) -> bool:
    """A crowd that beats or kills a suspected thief or robber (mob justice) riots (ACLED: mob violence)."""
    crowd_deed = _CROWD_DEED.search(text)
    # the actor named after the crowd that opens the deed's sentence is not its doer
    after_crowd = perp is not None and crowd_deed is not None and perp.span.start >= crowd_deed.end("crowd")
    if perp is not None and (perp.kind.startswith("state") or perp.kind in NON_STATE_ARMED - {"unidentified"} or perp.kind == "party") and not (
        perp.generic and perp.kind == "identity_militia"
    ) and not (perp.kind.startswith("state") and (_CROWD_SUBJECT.search(text) or _FORCES_NOT_KILLERS.search(text))) and not (
        # "villagers ... beat to death a man they accused of being a military informant after catching him
        # photographing a PDF checkpoint"
        after_crowd):
        # "villagers" of a named place are a crowd here, not a communal militia; the police who
        # had stopped the men do not make the residents who stoned them the forces
        return False
    who = perp.text if perp is not None and not perp.kind.startswith("state") and not after_crowd else text
    if perp is not None and perp.kind == "unidentified" and fastre.search(
            r"\b(?:suspected|alleged)\b|\b(?:thie(?:f|ves)|robbers?|dacoits?|burglars?|muggers?|snatchers?)\b", perp.text, re.I):
        who = text  # "villagers caught two alleged robbers ... and beat them to death": the robbers are the victims
    return bool(_MOB_CROWD.search(who) and (_SUSPECT.search(text) or _POPULAR_JUSTICE.search(text)) and _MOB_CROWD.search(text))


# a protest that others break up: "activists attacked their procession", "assaulted students who
# were protesting", "attacked ... during their demonstration" (the protesters are the victims)
_PROTEST_WORDS = r"(?:protests?|processions?|demonstrations?|human chains?|sit-ins?|hunger strikes?|rall(?:y|ies))(?!\s+(?:preparation|preparatory|planning)\s+(?:meetings?|sessions?))"
_PROTEST_BROKEN_UP = fastre.compile(
    rf"\b(?:attacked|attacking|assaulted|assaulting|swooped on) (?:an? |the |their |its )?(?:[\w'-]+ ){{0,3}}?{_PROTEST_WORDS}\b|"
    rf"\bholding an? (?:[\w'-]+ ){{0,2}}?{_PROTEST_WORDS}\b|"
    rf"\b{_PROTEST_WORDS} (?:was|were|came) (?:under )?attack|"
    rf"\b(?:during|at) (?:their|the latter's) (?:[\w-]+ ){{0,2}}?{_PROTEST_WORDS}\b|"
    r"\b(?:who were |while (?:they were )?)(?:protesting|demonstrating|campaigning for)\b|"
    rf"\b(?:during|at) an? (?:[\w-]+ ){{0,3}}?{_PROTEST_WORDS}\b[^.;]{{0,40}}?\bby the latter\b|"
    r"\b(?:attacked|attacking|assaulted|assaulting) (?:a group of |some |the |several |\d+ )?(?:[\w-]+ ){0,3}?"
    r"(?:students|activists|people|members|workers|teachers|protesters|demonstrators|supporters|villagers|residents|journalists|men) "
    r"(?:who were |while )?(?:protesting|demonstrating|campaigning for|rallying|marching|holding an? (?:[\w'-]+ ){0,2}?(?:protest|procession|rally|demonstration|human chain|march))\b",
    re.I,
)
# rallies of a campaign are no protest; an attack on one with arms or deaths is an attack
_ELECTORAL = fastre.compile(r"\b(?:elections?|campaign\w*|victory|polls?|polling|candidates?|electoral)\b", re.I)
# "dismantled an Islamic State-linked cell and arrested five suspects": the group is whom the state arrests
_CELL_DISMANTLED = fastre.compile(r"\b(?:dismantl\w+|busted|broke up|broken up|uncovered|neutrali[sz]ed) (?:an? |the |two |three )?(?:[\w'’-]+ ){0,3}?cells?\b", re.I)
# the police of a de facto administration: "the SDF and the Asayish ... arrested 7 people accused of belonging to IS cells"
_DE_FACTO_POLICE = fastre.compile(r"\b(?:Asayish|Asayesh|Autonomous Administration|Houthi (?:security forces|security|police|authorities|intelligence)|Hamas-run (?:internal security|security|police|authorities|interior ministry))\b", re.I)
_RULERS_ARREST = fastre.compile(
    r"\bTaliban(?:['’]s)? (?:intelligence|administration|government|authorities|police|officials|security (?:forces|officials|personnel)|ministry|morality police)\b", re.I)
# an organised armed unit among the sides ("the 444th Combat Brigade"): no party brawl
_UNIT_WORDS = fastre.compile(r"\b(?:brigades?|battalions?|regiments?|militias?|militiamen|bandits|vigilante group)\b", re.I)
_FOUGHT_BACK = fastre.compile(r"\b(?:on both sides|from both sides|fought back|hit back|retaliated|chased (?:the |them |their )?(?:[\w'’-]+ ){0,3}?(?:away|off|out))\b", re.I)
_MINOR_HURT = fastre.compile(r"\b(?:minor|slight|light) (?:injur|wound|hurt)\w*|\bslightly (?:injured|wounded|hurt)\b", re.I)
_POLICE_WORD = fastre.compile(r"\b(?:police|policemen|officers|gardaí|gardai|gendarmes)\b", re.I)
_WITH_POLICE = fastre.compile(r"\s+with\s+(?:the\s+)?(?:riot\s+|anti-riot\s+|local\s+)?(?:police|policemen|officers|gardaí|gardai|gendarmes|law enforcers)\b", re.I)
# "activists returning from a meeting for the party's rally were attacked": set upon after it, not breaking it up
_ON_THE_WAY_BACK = fastre.compile(rf"\b{ON_THE_WAY_BACK_FROM_RX}\b", re.I)
_SEAT_OF_POWER_HIT = fastre.compile(
    r"(?:\b(?:threw|hurled|pelted|throwing|hurling|pelting) (?:stones|rocks|bricks|brickbats|bottles|petrol bombs|molotov cocktails) at (?:the )?|\b(?:stormed|storming|torched|set fire to|ransacked|attacked|vandali[sz]ed) (?:the )?)"
    r"(?:local |district |provincial |regional |municipal |county |city )?(?:(?:governor['’]s|government|administration|municipal|prefect['’]s|mayor['’]s|district commissioner['’]s) "
    r"(?:office|offices|building|buildings|compound|headquarters|premises)|town hall|city hall|municipality|municipal palace)\b"
    # "threw rocks and glass bottles at police outside the People's Majlis building": a crowd at the legislature
    r"|\b(?:threw|hurled|pelted|throwing|hurling|pelting) (?:[\w-]+ ){0,4}?at (?:the )?police (?:officers )?(?:outside|at|near|in front of) (?:the )?(?:[\w'’-]+ ){0,2}?"
    r"(?:parliament|Majlis|assembly|National Assembly|Congress|Senate|legislature|presidential palace|secretariat)\b", re.I)
_BLUNT_ARMS = fastre.compile(r"\b(?:sticks?|(?:iron )?rods|stumps|bamboo (?:poles|sticks)|lathis|clubs|cudgels)\b", re.I)
_HURT = fastre.compile(r"\b(?:beat|beating|beaten|injur\w+|wound\w*|hurt)\b", re.I)
_LETHAL = fastre.compile(
    r"\b(?:shot|shoot\w*|fired|firing|gun\w*|bullets?|hack\w*|stabb\w*|chopp\w*|machetes?|sharp|lethal|knives|knife|daggers?|bombs?|cocktails?|killed|dead|death|died)\b",
    re.I,
)


# a deed done "during a protest", "at their sit-in": the protest is where it happened
_AT_A_PROTEST = fastre.compile(
    r"\b(?:during|at|in) (?:a|an|the|their|his|her) (?:[\w-]+ ){0,3}?(?:protests?|demonstrations?|sit-ins?|human chains?)\b|"
    r"\bat (?:[\w-]+ )?(?:anti-[\w-]+|pro-[\w-]+|opposition) (?:rallies|protests|demonstrations)\b|"
    # "participants travelling to the gathering were fired upon": on the way to the protest
    r"\b(?:participants|protesters|marchers|supporters|activists) (?:travell?ing|heading|on (?:their|the) way|going|marching) to (?:the |a |an )?(?:[\w'’-]+ ){0,6}?(?:gathering|rally|march|protest|sit-in|demonstration|jalsa)\b", re.I)
_PROTESTERS_OWN_VIOLENCE = fastre.compile(r"\bviolent (?:demonstrat|protest)|\btorch|\bset fire|\bvandali|\brampag|\bston(?:es|ed|ing)\b|\bbrick", re.I)


def _protest_attacked_lethally(text: str, perp: ActorMention | None, killed: int) -> bool:
    """Party men, a group or unidentified assailants fire on, bomb or kill a protest."""
    if perp is not None and perp.kind not in {"party", "unidentified", "political_militia", "rebel", "identity_militia"}:
        return False
    if fastre.search(r"\b(?:rall(?:y|ies)|processions?|meetings?)\b", text, re.I) or not fastre.search(
        r"\b(?:protest\w*|demonstrat\w*|human chains?|sit-ins?|hunger strikes?|march\w*)\b", text, re.I
    ):
        return False  # a party's rally or procession attacked by its rivals: ACLED codes an attack
    if fastre.search(r"\bviolent (?:demonstrat|protest)|\btorch|\bset fire|\bvandali|\brampag", text, re.I):
        return False  # the protesters' own violence
    return bool(_PROTEST_BROKEN_UP.search(text)) and not _ELECTORAL.search(text) and bool(killed or _LETHAL.search(text))


def _protest_broken_up(text: str, perp: ActorMention | None, killed: int) -> bool:
    """Party men or a crowd, not the police, assault a protest without lethal arms (ACLED: protest with intervention)."""
    if killed or perp is None or perp.kind not in {"party", "unidentified"}:
        return False
    return bool(_PROTEST_BROKEN_UP.search(text)) and not _ELECTORAL.search(text) and not _LETHAL.search(text) and not _ON_THE_WAY_BACK.search(text)


_ABUSE_IN_ARREST = fastre.compile(r"(?:beat|beaten|beating|tortur|assault|thrash|hack|stabb|shot|shoot|chopp|injur|wound)", re.I)
# "in connection with the murder of a student during the July uprising": a deed of another time
_PAST_PERIOD = fastre.compile(
    r"\s+(?:of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,3}?)?(?:during|in)\s+the\s+(?:[\w-]+\s+){0,3}?(?:uprising|movement|protests|riots|unrest|elections?|hartals?|blockades?|war)\b", re.I)
_ARREST_FOLLOW_UP = fastre.compile(
    r"\b(?:arrest\w*|detain\w*|held|nabbed|picked up)\b[^.;]{0,60}?\b(?:in connection (?:with|to)|for (?:the|their|his|her) (?:attack|assault|killing|murder|stabbing)|over the (?:attack|assault|killing|murder))\b",
    re.I,
)
_CLAIMED = fastre.compile(r"\W*(?:has |have |had |later |quickly |also )*(?:claimed|claims|took|accepted) (?:the )?responsibility\b", re.I)


def _claimed_by(m: Mentions) -> ActorMention | None:
    """The named group that claimed responsibility for the attack, if the report says so."""
    for a in m.actors:
        if not a.generic and a.kind in NON_STATE_ARMED | {"party"} and _CLAIMED.match(m.doc.text, a.span.end):
            return a
    return None


_STRONG = {"Suicide bomb", "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
           "Grenade", "Chemical weapon", "Abduction/forced disappearance", "Sexual violence", "_protest", "_capture",
           "_territory", "Arrests", "Disrupted weapons use", "Agreement", "Change to group/activity",
           "Headquarters or base established", "Non-violent transfer of territory", "Government regains territory", "Other"}


def _rioting_beside(triggers: list[Trigger]) -> bool:
    """Whether the triggers tell a riot around crude bombs: rioters, wrecking, a clash, force, or a
    crowd's violence other than the bombs themselves (then the bombs are the riot's, not a bombing)."""
    return any(
        t.sub_event_type in {"_riot", "Looting/property destruction", "_clash_words", "_force"}
        or t.sub_event_type == "_protest_violence" and not fastre.match(r"crude|cocktail|petrol bomb", t.text, re.I)
        for t in triggers
    )


def _corroborated(sub: str, triggers: list[Trigger], pairs, actors: list[ActorMention], doc: Document) -> bool:
    """An event needs more than one word of conflict: a casualty, an actor that is not a
    bystander, a second trigger word, or a trigger specific enough on its own."""
    if any(c.outcome in ("killed", "injured", "abducted") for _, c in pairs):
        return True
    if any(t.sub_event_type in _STRONG for t in triggers):
        return True
    if any(a.kind not in {"civilians"} and not _SPEAKS.match(doc.text, a.span.end) for a in actors):
        return True
    acts = [t for t in triggers if t.sub_event_type in {"_violence", "Looting/property destruction"} and not t.text[:1].isupper()]
    if acts and any(a.kind == "civilians" for a in actors):
        return True  # "a school boy was beaten", "rivals stabbed to death a woman"
    if any(t.sub_event_type in {"Looting/property destruction", "_protest_violence"} for t in triggers) and _crowd_wrecks(doc, triggers):
        return True  # "a crowd descended on a village and set fire to 20 houses"
    if any(t.sub_event_type in {"_protest", "_clash_words", "_protest_violence", "_force"} and len(t.text.split()) >= 4 for t in triggers) or any(
        t.sub_event_type == "Looting/property destruction" and (fastre.match(r"idols?|statues?|murtis?|deities|images of", t.text, re.I)
                                                                or _CROPS_WRECKED.search(t.text)) for t in triggers
    ):
        return True  # "relatives placed the body of a young man on the highway", "tried to storm the brigade's positions": told in full
    if any(t.sub_event_type == "Looting/property destruction" for t in triggers) and (_HATE_MOTIVE.search(doc.text) or _GROUP_CLAIM.search(doc.text)):
        return True  # "a building due to house asylum seekers was set on fire ... a xenophobic motive", "claiming to belong to"
    words = {t.text.lower() for t in triggers}
    return len(words) >= 2


# the end of the trigger "herders destroyed crops" (the lexicon names who did it)
_CROPS_WRECKED = fastre.compile(r"\b" + CROP_STORES + r"$", re.I)
# a crowd's grievance over an election's outcome
_ELECTION_GRIEVANCE = fastre.compile(
    r"\bsupporters of (?:a|the) (?:losing|defeated|unsuccessful) (?:[\w-]+ ){0,2}?candidate|\b(?:over|alleging|against) (?:alleged |the )?(?:vote |poll |election )?rigging\b|"
    r"\bdisputing the (?:[\w-]+ ){0,2}?(?:election |poll |vote )?results?\b", re.I)
# what such a crowd wrecks: the vote's offices, not the rival camp ("attacked supporters of a rival candidate": mob violence)
_ELECTION_SITE = fastre.compile(
    r"\b(?:(?:electoral|election|returning officer['’]?s?|counting|commission|polling|results?) (?:[\w-]+ )?(?:office|offices|centre|center|station|vehicles?|building)|"
    r"office of the (?:[\w-]+ )?returning officer|counting (?:centre|center|hall)|ballot boxes)\b", re.I)
_RIVALS_ATTACKED = fastre.compile(r"\battacked (?:the )?(?:houses|homes|supporters|camps?|followers|members)\b", re.I)
# students who wreck: "Students torched a bus", "angry students of the college vandalised ..."
_STUDENTS_WRECK = fastre.compile(
    r"(?:^|\b(?:19|20)\d\d,?\s+)(?:angry |agitated |irate |enraged )?(?:students|pupils|schoolchildren)\b(?:\s+(?:of|from)\s+[^.;,]{1,60}?)?\s+"
    r"(?:torched|set fire to|set ablaze|burned|burnt|vandali[sz]ed|ransacked|smashed)\b", re.I)
# a group's claim or message left at the scene: "hooded individuals claiming to belong to Weichan Auka Mapu ..., leaving pamphlets"
_GROUP_CLAIM = fastre.compile(
    r"\bclaim(?:ing|ed) to (?:belong to|be (?:members|part) of|act for|represent)\b|\b(?:leaving|left|scattered|threw) (?:behind )?(?:pamphlets|leaflets|flyers|banners|graffiti) (?:demanding|calling|claiming|signed|that)\b", re.I)
# a motive that makes a wrecking political: hatred of a people or a faith
_HATE_MOTIVE = fastre.compile(
    r"\b(?:xenophob\w+|racist|racially motivated|anti-?(?:semitic|muslim|migrant|immigrant|refugee|christian|hindu)|antisemiti\w+|islamophob\w+|"
    r"hate crimes?|far-right|neo-?nazis?|right-wing extremis\w+|swastikas?)\b", re.I)


def _only_guards_hurt(pairs) -> bool:
    """Whether everyone told as injured is police or soldiers (a guard wounded in a raid, not the abducted)."""
    return all(c.victim_kind in {"police", "military"} for _, c in pairs if c.outcome == "injured")


def _first_state(actors: list[ActorMention]) -> ActorMention | None:
    """The first of ``actors`` that is a state force."""
    return next((a for a in actors if a.kind.startswith("state")), None)


def _crowd_faced(triggers: list[Trigger]) -> bool:
    """Whether a crowd's violence, and no taking of ground, is told (where a foreign force is typed as a state's)."""
    kinds = {t.sub_event_type for t in triggers}
    return bool(kinds & {"_protest_violence", "_riot"}) and not kinds & {"_territory", "_capture"}


def _first_force(actors: list[ActorMention]) -> ActorMention | None:
    """The first of ``actors`` that is a state force, the country's own or a foreign one (the side
    a crowd faces)."""
    return next((a for a in actors if _as_state(a).startswith("state")), None)


def _doc_state_target(m: Mentions) -> ActorMention | None:
    state = [a for a in m.actors if a.kind.startswith("state") and (m.country is None or m.country in a.name)]
    if not state:
        return None
    counts = Counter(a.name for a in state)
    named = [a for a in state if not a.generic]
    best = counts.most_common(1)[0][0]
    return next((a for a in named if a.name == best), None) or next(a for a in state if a.name == best)


def _name(a: ActorMention) -> str:
    """The actor an event is coded to: a rebel unit's parent group; a state unit keeps its ACLED name."""
    if a.kind.startswith("state") or a.kind == "external":
        return a.name
    return a.parent or a.name


# -------------------------------------------------------------------------------- events


# a militia's armed post right after its name, and deaths counted on both sides: a fight, not a victim
_MILITIA_POST = fastre.compile(r"\s+(?:[\w-]+\s+)?(?:positions?|posts?|bases?|camps?|checkpoints?|outposts?|barracks|patrols?)\b", re.I)
_DEATHS_ON_BOTH_SIDES = fastre.compile(r"\b(?:on|from|among|for) both sides\b", re.I)


def _fight_kinds(doc: Document, triggers: list[Trigger], sides: list[ActorMention], kinds: frozenset[str]) -> frozenset[str]:
    """The kinds of actor told where the clash is: the police who come later to end it are no side
    of it. The kinds of all sides when the clash sentences name none."""
    clash_sents = {t.sentence for t in triggers if t.sub_event_type == "_clash_words"}
    return frozenset(a.kind for a in sides if doc.sentence_at(a.span.start).index in clash_sents and not (
        a.kind == "state_police" and _POLICE_DISPERSE.match(doc.text, a.span.end)) and not (
        a.generic and a.kind == "civilians" and _TOLD_AS_VICTIMS.match(doc.text, a.span.end))) or kinds


# "the fighting went on into the night and 17 people were killed": the dead, no side of the clash
_TOLD_AS_VICTIMS = fastre.compile(r"\s+(?:were|was|have been|had been)\s+(?:killed|injured|wounded|hurt|hospitali[sz]ed)\b", re.I)


# the police who only fire tear gas at a brawl end it ("the clashes went on for most of the day while
# police fired tear gas and rubber bullets"): no side of it
_POLICE_DISPERSE = fastre.compile(
    r"\s+(?:fired|lobbed|shot|used)\s+(?:[\w-]+\s+){0,2}?(?:tear ?gas|rubber bullets|sound grenades|stun grenades|water cannons?|blank (?:rounds|shots))"
    r"(?:\s+(?:canisters|shells|rounds))?(?:\s+(?:and|,)\s+(?:[\w-]+\s+){0,2}?(?:tear ?gas|rubber bullets|sound grenades|stun grenades|water cannons?|batons)(?:\s+(?:canisters|shells|rounds))?)?"
    r"(?!\s+(?:at|on|into)\s+(?:the\s+)?(?:protesters|demonstrators|marchers|crowds?|students|workers)\b)", re.I)


def _claim_in_tally(sent, cm) -> bool:
    """The claim belongs to a tally's clause ("more than 130 people have been killed since November")."""
    return any(sent.start + a - 100 <= cm.span.start <= sent.start + b + 150 for a, b in tally_spans_in(sent.text))


# between a group's name and "recaptured": its fighters, its allies, adverbs ("Al-Shabaab
# fighters", "Al-Shabaab and allied clan militias", "has since attacked and")
_GROUP_THEN_VERB = fastre.compile(
    r"\s+(?:(?:fighters|militants|insurgents|rebels|militiamen|combatants|gunmen|members)\s+)?"
    r"(?:and\s+(?:allied\s+)?(?:[\w-]+\s+){0,2}?(?:fighters|militias?|militiamen|rebels|insurgents|groups?)\s+)?"
    r"(?:(?:have|has|had|also|then|later|reportedly|since)\s+)*(?:\w+ed\s+and\s+)?"
)
# a state force named first, then its ally: "Military Forces of Somalia (2022-) and Macawisley militia"
_AND_ALLY = fastre.compile(r"(?:\s*\(\d{4}-(?:\d{4})?\))?\s+and\s+(?:the\s+)?")


# "after a man arrested over a traffic dispute died in custody": the death that set a crowd off
# (the words are eventtype's, which drops the death's trigger the same way)
_AFTER_CAUSE = fastre.compile(AFTER_SOMEONE, re.I)
_DIED_IN_CUSTODY = fastre.compile(r"[^.;]{0,80}?" + DIED_IN_CUSTODY, re.I)
# "after a teenager was shot dead by an officer during a traffic stop": the police killing a riot answers
# "set fire to eight buses ... hours after police killed a local militia leader": the killing the burning answers
_AFTER_FORCES_KILLED = fastre.compile(r"\b(?:after|following)\s+(?:the\s+)?(?:police|policemen|officers|soldiers|troops|security forces)\s+(?:had\s+)?$", re.I)
_KILLED_BY_POLICE = fastre.compile(
    r"[^.;]{0,60}?\b(?:shot dead|shot and killed|killed|beaten to death)\s+by\s+(?:an?\s+|the\s+)?(?:police(?:man| officer)?|officers?|gendarmes?)\b", re.I)


def _riot_cause(doc: Document, frame: Frame, cm) -> bool:
    """A death in custody told after a crowd's damage ("burned a police station after a man ... died
    in custody", "..., angered by the death of a teenager during a police chase") is why the crowd
    rioted, not a toll of the riot: when no violent trigger is kept."""
    return (cm.outcome == "killed" and ((_DIED_IN_CUSTODY.match(doc.text, cm.span.start) is not None or _KILLED_BY_POLICE.match(doc.text, cm.span.start) is not None)
            and _AFTER_CAUSE.search(doc.text, max(0, cm.span.start - 100), cm.span.start) is not None
            or _ANGERED_BY.search(doc.text, max(0, cm.span.start - 40), cm.span.start) is not None
            or _AFTER_FORCES_KILLED.search(doc.text, max(0, cm.span.start - 50), cm.span.start) is not None)
            and not any(t.sub_event_type in _VIOLENT_KINDS for t in frame.triggers)
            and any(t.sub_event_type in _DESTRUCTIVE_KINDS and t.sentence == cm.sentence and t.span.end <= cm.span.start
                    for t in frame.triggers))


def _protest_cause(doc: Document, frame: Frame, cm) -> bool:
    """A death told after the protest in its sentence, as what came before it ("labourers who were
    protesting near the yard after a worker died in a fire at a plot"): the protest's cause."""
    return cm.outcome == "killed" and any(
        t.sub_event_type == "_protest" and t.sentence == cm.sentence and t.span.end <= cm.span.start for t in frame.triggers
    ) and _AFTER_CAUSE.search(doc.text, max(doc.sentences[cm.sentence].start, cm.span.start - 60), cm.span.start) is not None


def _as_state(a: ActorMention) -> str:
    """The kind an actor's deeds are typed by: a foreign state's troops or police ("Israeli forces
    fired rubber-coated bullets" in the West Bank) face a crowd as the state's own would."""
    if a.kind == "external" and a.name.startswith(("Military Forces of", "Police Forces of")):
        return "state_military" if a.name.startswith("Military") else "state_police"
    return a.kind


def _build_event(frame: Frame, m: Mentions, lexicon, multi: bool, campaign: str | None, claims_by_sentence) -> Event | None:
    doc = m.doc
    country = m.country
    # "more than 130 people have been killed since late November": a tally, no toll of this event
    pairs = [p for s in frame.sentences for p in claims_by_sentence.get(s, []) if not _claim_in_tally(doc.sentences[s], p[1])
             and not DISASTER_DEAD.search(doc.text[max(0, p[1].span.start - 100) : p[1].span.start]) and not _riot_cause(doc, frame, p[1])
             and not _protest_cause(doc, frame, p[1])
             and not _DEATH_BEFORE_THE_EVENT.search(doc.text, max(doc.sentences[s].start, p[1].span.start - 80), p[1].span.start)]
    dm = _event_date(frame, m)
    if dm is not None and not dm.year_inferred:
        # "A suicide bombing at a mosque in the same town killed more than 70 people in 2010":
        # the toll of an event of another year is no claim about this one
        first = min(t.sentence for t in frame.triggers)
        pairs = [(c, cm) for c, cm in pairs if cm.sentence == first or not any(
            int(y) != dm.date.year for y in _OTHER_YEAR.findall(doc.sentences[cm.sentence].text))]
    best, low, high = fatality_range(pairs)
    injured = any(c.outcome == "injured" for _, c in pairs)
    side1, side2, agent = _roles(m, frame)
    kinds = frozenset(a.kind for a in side1 + side2)
    perp = agent or _pick(side1)
    custody = _CUSTODY.search(" ".join(doc.sentences[i].text for i in frame.sentences[:3]))
    if custody and (perp is None or not perp.kind.startswith("state")) and country:
        # "tortured to death in police custody", "a BNP leader died in police custody": the
        # police hold the victim
        forces = next((a for a in m.actors if a.kind == "state_police"), None) or _first_state(
            m.actors)  # "picked up by a joint forces team ... tortured in custody"
        if forces is not None and perp is not None and not perp.generic:
            side2 = [perp] + [a for a in side2 if a is not perp]
        perp = forces or perp
    claimer = _claimed_by(m)
    if claimer is not None and (perp is None or perp.generic):
        perp = claimer  # "Islamic State claimed responsibility for the killing"
        side2 = [a for a in side2 if a is not claimer]
    doc_perp = _doc_perpetrator(m)
    if (
        doc_perp is not None
        and doc_perp not in side2
        and (perp is None and multi or perp is not None and perp is not agent and perp.generic and perp.kind == "unidentified")
    ):
        perp = doc_perp
    if perp is not None and perp.kind.startswith("state"):
        # "a crowd ... attacked and vandalised Hindu homes ... Police detained the youth": the
        # forces told apart from the violence, which a crowd did
        hurt = {t.sentence for t in frame.triggers if t.sub_event_type in _VIOLENT_KINDS - {"Arrests", "_weapons"}
                and not _REFERS_BACK.search(doc.text, max(0, t.span.start - 30), t.span.start)}
        if hurt and (doc.sentence_at(perp.span.start).index not in hurt or _DISPERSE_AFTER.match(doc.text, perp.span.end)
                     or _CROWD_ON_FORCES.search(doc.text, max(0, perp.span.start - 40), perp.span.start)
                     or _FORCES_LATER.search(doc.text, max(0, perp.span.start - 30), perp.span.start)
                     or _FORCES_ASIDE.match(doc.text, perp.span.end)) and any(
            _CROWD_SUBJECT.search(doc.sentences[i].text) for i in hurt
        ):
            perp = None  # (or came to disperse it, or were what it surrounded or attacked)
    if perp is not None and perp.kind in NON_STATE_ARMED and not perp.generic:
        # "fighters" beside a named group are its own fighters, not the other side
        side2 = [a for a in side2 if not (a.generic and a.kind == "unidentified")]
        side1 = [a for a in side1 if not (a.generic and a.kind == "unidentified")]
    # the target is named where the violence is told, not in the background ("he had led drives against JMB")
    hit = {t.sentence for t in frame.triggers if t.sub_event_type in _VIOLENT_KINDS} | {
        i for i in frame.sentences if _DEAD_NAMED.search(doc.sentences[i].text)}
    side2_here = [a for a in side2 if doc.sentence_at(a.span.start).index in hit] or side2
    target = _pick([a for a in side2_here if perp is None or _name(a) != _name(perp)]) or _pick(
        [a for a in side1 if perp is not None and _name(a) != _name(perp)]
    )
    forces_hit = next((a for a in side2_here if a.kind.startswith("state") and (
        _AFTER_VERB.search(doc.text[max(0, a.span.start - 70) : a.span.start])
        or _PASSIVE_VICTIM.match(doc.text[a.span.end : a.span.end + 90])
    ) and not _WITH_FORCES.search(doc.text[max(0, a.span.start - 40) : a.span.start])), None)
    if forces_hit is not None and perp is not None and perp.kind in {"party", "protesters", "rioters"} | NON_STATE_ARMED and (
        target is None or not target.generic and target.kind in {"party", "political_militia"}
        or _DIRECT_HIT.search(doc.text[max(0, forces_hit.span.start - 30) : forces_hit.span.start])
    ):
        target = forces_hit  # "the activists attacked the policemen", beside a party named elsewhere in the sentence
    if perp is not None and target is not None and perp.kind.startswith("state") and target.kind.startswith("state") and (
        perp.country == target.country
    ):
        target = None  # "killed in police custody after his arrest by the detective branch": one side, the forces
    victim_kinds = {
        "civilian" if c.victim_kind in {"police", "military"} and (
            _OFF_DUTY.search(c.victims) or _OFF_DUTY_NEAR.search(doc.text[max(0, cm.span.start - 60) : cm.span.end + 60])
        ) else c.victim_kind for c, cm in pairs
    }
    if target is not None and target.kind.startswith("state") and perp is not None and (perp.kind.startswith("state") or perp.kind == "external") and (
            victim_kinds and victim_kinds <= {"civilian", "unknown"} and not any(
                t.sentence == doc.sentence_at(target.span.start).index for t in frame.triggers if t.sub_event_type in _VIOLENT_KINDS)):
        # "BSF members shot dead a Bangladeshi ...; BGB has sought a flag meeting": forces named only
        # after the killing of civilians by other forces are no side of it
        target = None
    if target is None and multi and not frame.vac_only and perp is not None and perp.kind in NON_STATE_ARMED:
        # a multi-place operation against state forces: the forces the report names as targets
        target = _doc_state_target(m)
    if target is not None and target.kind.startswith("state") and victim_kinds == {"civilian"} and _UNHURT_GUARD.search(
        doc.text, max(0, target.span.start - 30), min(len(doc.text), target.span.end + 40)
    ):
        target = None  # "shot dead a polio vaccinator ...; the escorting policeman was unhurt": the civilian was the target
    two_sided = bool(
        (perp is not None and perp.kind in ARMED and target is not None and target.kind in ARMED)
        or victim_kinds & {"military", "police"} and (perp is None or perp.kind in NON_STATE_ARMED)
    )
    member_victims = (
        target is not None and not target.generic and target.kind == "rebel"
        and (any(t.sentence == doc.sentence_at(target.span.start).index and t.sub_event_type in {"_violence", "_clash_words"}
                 for t in frame.triggers) or _DEAD_NAMED.search(doc.sentence_at(target.span.start).text))
        and not fastre.search(r"\b(?:former|ex-)\s+(?:\w+\s+){0,2}$", doc.text[max(0, target.span.start - 40) : target.span.start])
    )
    if target is not None and target.kind.startswith("state") and (perp is None or not perp.kind.startswith("state")):
        two_sided = True  # an attack on the police or the army is a battle, whoever attacks
    if member_victims and (perp is None or perp.kind in NON_STATE_ARMED) and (
        _MEMBER_BEFORE.search(doc.text[max(0, target.span.start - 60) : target.span.start])
        or _PASSIVE_VICTIM.match(doc.text[target.span.end : target.span.end + 90])
    ):
        two_sided = True  # "a PBCP leader was killed by rivals": a rebel group's armed men are fought, not victimised
    fighting = any(t.sub_event_type == "_clash_words" for t in frame.triggers)
    militia_victim = (
        target is not None and not target.generic and target.kind == "political_militia" and target in side2
        and not fighting and not (perp is not None and perp.kind.startswith("state"))
        and not any(t.sub_event_type in {"_capture", "_territory"} for t in frame.triggers)  # a militia post overrun is a battle
        # "attacked a VDP position ...; 9 fatalities on both sides": its armed men at their post, fought
        and not _MILITIA_POST.match(doc.text, target.span.end) and not _DEATHS_ON_BOTH_SIDES.search(doc.text)
    )
    if (
        two_sided and not militia_victim and target is not None and not target.generic and target.kind in NON_STATE_ARMED
        and perp is not None and perp.generic and not perp.kind.startswith("state") and not fighting
        and _CIVIL_MEMBERS.search(doc.text, max(0, target.span.start - 80), target.span.start)
    ):
        # "two activists of PCP, an organisation affiliated to UPDF, were shot by an unidentified
        # gang": the activists of an armed group's affiliate are civilians, not its fighters
        militia_victim = True
    if militia_victim:
        # "a PCJSS leader was shot dead by UPDF cadres": a member of a political militia attacked
        # when no fight is reported is a civilian victim (ACLED: Violence against civilians)
        two_sided = False
    civ = militia_victim or not member_victims and not (target is not None and target.kind.startswith("state")) and (
        # (a figure of unknown victims beside fighters' deaths counts the same dead: "eight LNA fighters died; a
        # medical source spoke of dozens of bodies")
        "civilian" in victim_kinds or "unknown" in victim_kinds and not victim_kinds & _FIGHTER_KINDS
        or (target is not None and target.kind == "civilians")
    ) and not (two_sided and (_DEATHS_ON_BOTH_SIDES.search(doc.text) or (
        # ("9 fatalities on both sides", "attacked a VDP checkpoint ... 5 fatalities": the dead are fighters)
        target is not None and not target.generic and target.kind in NON_STATE_ARMED and _MILITIA_POST.match(doc.text, target.span.end))))
    protesters_killed = any(
        c.outcome == "killed" and (fastre.search(r"protest|demonstrat|activist|supporter", c.victims, re.I) or _TAKING_PART.match(doc.text, c.span.end, c.span.end + 60)
                                   or "among" in doc.text[max(0, c.span.end - 6) : c.span.end + 7].lower() and _AMONG_PROTESTERS.match(doc.text, c.span.end, c.span.end + 80))
        for _, c in pairs
    )  # ("shot dead two young men taking part in a peaceful march": marchers)
    # a protest that only sets the scene of violence is no event; with no violence it is the event
    # ("family members joined a protest in Khuzdar to mark the anniversary of his disappearance")
    # (violence a rally demands "trials for" is what it is about, not its scene: "attended a rally
    # ... pressing demands including trials for attacks on temples" makes the rally the event)
    scene = not any(
        u.sub_event_type == "_force" and (GATHERED.search(u.text) or _DISPERSAL.search(u.text)) for u in frame.triggers
    ) and any(u.sub_event_type in _VIOLENT_KINDS | _DESTRUCTIVE_KINDS | {"_force"} and (
        u.sub_event_type == "_force" or not _DEAD_AS_CAUSE.search(doc.text, max(0, u.span.start - 60), u.span.start)) for u in frame.triggers
    )  # "detained 25 workers as they gathered at Liberty Chowk to join the march": the march met force
    # ("students joining the march were dispersed with tear gas": only a crowd is dispersed)
    triggers = [t for t in frame.triggers if not (t.sub_event_type == "_protest" and scene and _protest_context(doc.text, t))]
    marched = frozenset(t.sentence for t in triggers if t.sub_event_type == "_protest")
    triggers = [_as_arrest(doc.text, _as_force(doc.text, t, marched)) for t in triggers]
    if any(t.sub_event_type == "_protest" for t in triggers):
        protests = [t for t in triggers if t.sub_event_type == "_protest"]
        topics = {id(t) for t in triggers if _protest_topic(doc, t, protests)}
        # a deed the lexicon reads twice ("set fire": looting and a crowd's violence) is the
        # protest's topic when either reading is
        topic_spans = {(t.span.start, t.span.end) for t in triggers if id(t) in topics}
        triggers = [t for t in triggers if id(t) not in topics and (t.span.start, t.span.end) not in topic_spans]
        triggers = [_fired_on_by_forces(doc.text, t, protests) for t in triggers]
        forces = [t for t in triggers if t.sub_event_type == "_force"]
        told = pairs
        pairs = [
            (c, cm) for c, cm in pairs
            if (fastre.search(r"protest|demonstrat|participant|marcher", cm.victims, re.I)
                or any(f.sentence == cm.sentence and f.span.start < cm.span.end for f in forces)
                and not _THEN_BEFORE.match(doc.text, cm.span.start))  # "the bodies of those killed the day before"
            # (neither the dead the crowd demands justice for nor "a politician who died", in whose memory flowers are laid)
            and not _DEAD_AS_CAUSE.search(doc.text[max(0, cm.span.start - 60) : cm.span.start])
            # "... came under police fire. A Swechchhasebak Dal activist died on the spot"
            or any(f.sentence == cm.sentence - 1 and _GUNFIRE.search(f.text) for f in forces) and cm.sentence not in {
                t.sentence for t in protests} and not _THEN_BEFORE.match(doc.text, cm.span.start)
            or not _protest_topic(doc, cm, protests) and not any(
                cm.span.start <= a and b <= cm.span.end for a, b in topic_spans)  # "who they said was killed": its verb is the topic
        ]
        # "Relatives said two protesters were killed, while the district administration confirmed one
        # death": another source's count of the same dead, in the same sentence
        pairs += [(c, cm) for c, cm in told if (c, cm) not in pairs and c.outcome == "killed" and c.stance != "unattributed" and fastre.fullmatch(
            r"people|persons?|deaths?|dead|", cm.victims, re.I) and any(
            k.outcome == "killed" and kcm.sentence == cm.sentence and k.claimant != c.claimant for k, kcm in pairs)]
        best, low, high = fatality_range(pairs)
        injured = any(c.outcome == "injured" for _, c in pairs)
    crowd_size = _CROWD_SIZE.search(doc.text) is not None
    sub = classify(
        TypingInput(
            triggers=triggers,
            killed=best,
            injured=injured,
            actor_kinds=kinds,
            two_sided=two_sided,
            victims_civilian=civ,
            protesters_killed=protesters_killed,
            perp_kind=(_as_state(perp) if _crowd_faced(triggers) else perp.kind) if perp is not None else None,
            armed=_armed(doc, frame, triggers, kinds),
            crowd_size=crowd_size,
            maimed=any(MAIMED.search(doc.sentences[i].text) for i in frame.sentences),
            got_through=any(t.sub_event_type == "Air/drone strike" for t in triggers)  # (read only for strikes)
            and any(GOT_THROUGH.search(doc.sentences[i].text) for i in frame.sentences),
            fought_police="state_police" in kinds and any(
                t.sub_event_type in {"_clash_words", "_protest_violence"} and (_POLICE_WORD.search(t.text) or _WITH_POLICE.match(doc.text, t.span.end))
                for t in triggers),
            text=doc.text,
        )
    )
    if sub is None:
        return None
    if not _corroborated(sub, triggers, pairs, side1 + side2, doc):
        return None  # one conflict word alone ("Battle Creek", "kill off the siesta") makes no event
    joined = " ".join(doc.sentences[i].text for i in sorted({t.sentence for t in triggers}))  # the sentences the triggers stand in
    if sub == "Mob violence" and kinds <= {"civilians", "unidentified"} and (_ARMED_SIDES.search(joined) or _ARMED_FACTIONS.search(joined)) and any(t.sub_event_type == "_clash_words" for t in triggers):
        sub = "Armed clash"  # "fighting erupted between the 444 Combat Brigade and the Special Deterrence Force": units, not a crowd
    if sub == "Attack" and best == 0 and not injured and _EMPTY_PREMISES.search(doc.text) and any(
            t.sub_event_type == "Looting/property destruction" for t in triggers) and not any(
            t.sub_event_type in {"_weapons", "Grenade", "Remote explosive/landmine/IED"} for t in triggers):
        sub = "Looting/property destruction"  # "smashed the windows of a kosher restaurant ...; it was closed at the time": no one attacked
    if sub == "Attack" and best == 0 and not injured and _NO_ONE_HURT.search(doc.text) and any(
            t.sub_event_type == "Looting/property destruction" and _CARRIED_OFF.search(t.text) for t in triggers) and all(
            _RAID_WORD.fullmatch(t.text) or AFTER_A_CAUSE_RX.search(doc.text, max(0, t.span.start - 40), t.span.start)  # ("following the killing of ...": the cause)
            for t in triggers if t.sub_event_type in {"_violence", "_weapons", "_clash_words", "Grenade", "Remote explosive/landmine/IED"}):
        # "Bandits raided the village, carting away cattle and grain. No one was hurt"; "following the killing of
        # a leader's nephew, militia members set fire to 35 buses. No injuries were reported": goods taken or burned, nobody attacked
        sub = "Looting/property destruction"
    if sub == "Mob violence" and perp is not None and perp.kind == "unidentified" and _GANG_NOUN.fullmatch(perp.text) and best == 0 and not injured and any(
            t.sub_event_type in {"Looting/property destruction", "_protest_violence"} and _RAMPAGE.search(t.text) for t in triggers):
        sub = "Looting/property destruction"  # "gang members burned the abandoned police station and 20 houses": an armed group's arson, no crowd
    if sub == "Looting/property destruction" and (perp is None or perp.generic and perp.kind in {"unidentified", "civilians", "rioters", "protesters", "state_police"}) and (
            _YOUTHS_WORD.search(joined) and any(t.sub_event_type == "_protest_violence" for t in triggers)
            and (any(t.sub_event_type == "_protest" for t in triggers) or _demonstrating(joined))):
        sub, perp = "Violent demonstration", None  # "youths set fire to a police post during a demonstration over a death in custody"
    if sub == "Looting/property destruction" and (perp is None or perp.kind in {"unidentified", "civilians"}) and _STUDENTS_WRECK.search(joined):
        sub, perp = "Violent demonstration", None  # "Students torched a bus and ransacked the administration block": a student riot
    if sub in {"Government regains territory", "Non-state actor overtakes territory"} and perp is not None and (perp.kind in NON_STATE_ARMED or perp.kind == "external") and (
        ally := next((a for a in side1 + side2 if a.kind.startswith("state") and 0 <= perp.span.start - a.span.end <= 20
                      and _AND_ALLY.fullmatch(doc.text, a.span.end, perp.span.start)), None)
    ) is not None:
        perp = ally  # "Military Forces of Somalia (2022-) and Macawisley militia recaptured ...": the forces, with their allies
    if sub == "Change to group/activity" and (perp is None or not perp.kind.startswith("state")) and any(
        t.sub_event_type == sub and DEPLOY_WORD.match(t.text) for t in triggers
    ) and (forces := _first_state(side1 + side2)) is not None:
        perp, target = forces, None  # "deployed 1,000 troops ... to prevent incursions by armed groups": the forces moved
    if sub == "Change to group/activity" and perp is not None and perp.kind in NON_STATE_ARMED and all(
            fastre.search(r"\bcurfew\b", t.text, re.I) for t in triggers if t.sub_event_type == sub):
        sub = "Other"  # "La Familia Michoacana imposed a curfew on residents": an armed group's order (the state's curfew is its policy)
    if sub == "Government regains territory" and perp is not None and perp.kind in NON_STATE_ARMED and any(
        t.sub_event_type == "Government regains territory" and 0 <= t.span.start - perp.span.end <= 40
        and _GROUP_THEN_VERB.fullmatch(doc.text, perp.span.end, t.span.start)
        for t in triggers
    ):
        sub = "Non-state actor overtakes territory"  # "Al-Shabaab attacked and recaptured a town": the group took it back
    elif sub == "Government regains territory" and perp is not None and not perp.kind.startswith("state") and (
        target is not None and target.kind.startswith("state")
    ):
        perp, target = target, perp  # the forces retake the town from the group that held it
    if sub == "Armed clash" and perp is not None and perp is not agent and perp.kind.startswith("state"):
        other = target if target is not None and not target.kind.startswith("state") else None
        if other is not None:
            perp, target = other, perp  # ACLED lists the non-state side of a clash with the police first
    if sub == "Arrests" and any(
        t.sub_event_type == "_violence" and _ABUSE_IN_ARREST.match(t.text) for t in triggers
    ) or sub == "Arrests" and _ARREST_FOLLOW_UP.search(doc.text) and any(
        t.sub_event_type in {"_violence", "_weapons"} and not fastre.match(r"raid", t.text, re.I)
        and not _PAST_PERIOD.match(doc.text, t.span.end) for t in triggers
    ):
        # police who beat or torture the people they detain attack them; and an arrest "in
        # connection with the attack" follows the attack the report is about (ACLED codes the attack)
        sub = "Attack"
    if sub in {"Arrests", "Disrupted weapons use"}:
        forces = next((a for a in side1 + side2 if a.kind.startswith("state") and not _SPEAKS.match(doc.text, a.span.end)), None)
        if forces is not None and perp is not forces:
            target = perp if perp is not None and not perp.kind.startswith("state") else target
            perp = forces  # the police who arrest or seize, not the group whose bombs they found
    if sub == "Arrests" and _DRUG_HAUL.search(" ".join(doc.sentences[i].text for i in frame.sentences)) and not (
        kinds & ({"party", "protesters", "rioters"} | NON_STATE_ARMED - {"unidentified"})
    ):
        return None  # "seized 2.3 tonnes of cocaine ... 3 crew members were detained": a drug haul, not political
    if sub == "Armed clash" and _CROWD_SUBJECT.search(doc.text) and all(
        fastre.match(r"siege|besieg|surround", t.text, re.I) for t in triggers if t.sub_event_type == "_clash_words"
    ) and not _ARMS.search(doc.text):
        sub = "Mob violence"  # "a crowd besieged the house ... vandalised and looted": a mob
    if sub == "Arrests" and _NO_TRACE.search(doc.text):
        sub = "Abduction/forced disappearance"  # "his family could not trace him for six days": held unacknowledged (ACLED: forced disappearance)
    if sub == "Arrests" and perp is not None and perp.kind in NON_STATE_ARMED - {"unidentified"} and not (
            dm is None and _RULERS_ARREST.search(joined)) and not _DE_FACTO_POLICE.search(joined) and not _CELL_DISMANTLED.search(joined):
        # ("Taliban intelligence officers arrested a lecturer", undated: the movement that rules the state
        # since 2021, whose arrests are arrests)
        sub = "Abduction/forced disappearance"  # "HTS security personnel detained an activist": only states arrest (ACLED)
    if sub == "Abduction/forced disappearance" and (injured and not _only_guards_hurt(pairs) or fastre.search(r"\b(?:(?-i:tortur\w*)|beat(?:en)?|assault\w*)\b", " ".join(doc.sentences[t.sentence].text for t in triggers), re.I)):
        sub = "Attack"  # an abduction in which the victim is hurt is coded as an attack (not a guard wounded in the raid)
    if sub in {"Air/drone strike", "Shelling/artillery/missile attack"} and any(
            t.sub_event_type == "Government regains territory" for t in triggers):
        sub = "Government regains territory"  # "regained control of the town after ten days of fighting and airstrikes": the outcome outranks the means
    if sub in {"Grenade", "Mob violence"} and _CROWD_THREW_AT_POLICE.search(joined):
        sub = "Violent demonstration"  # "hooded students threw homemade explosives at police after blocking the avenue"
    if sub in {"Grenade", "Remote explosive/landmine/IED"} and not two_sided:
        if _HARTAL.search(_HARTAL_NOT_ON.sub(" ", joined)) and not (
            # from 2022 ACLED codes crude bombs thrown by unknown men during a blockade as the bombing
            sub == "Grenade" and (perp is None or perp.kind == "unidentified") and dm is not None and not dm.year_inferred
            and dm.date.year >= BOMBS_IN_BLOCKADE_FROM
        ) and not (
            sub == "Remote explosive/landmine/IED" and (perp is None or perp.kind == "unidentified" or not _CRUDE_BLAST.search(joined))
            and not _RIOT_AGENT.search(joined) and not any(
                t.sub_event_type in {"_riot", "Looting/property destruction"}
                or t.sub_event_type == "_protest_violence" and not fastre.match(r"crude|cocktail", t.text, re.I)
                for t in triggers)
        ):
            # crude bombs thrown during a hartal or blockade; a bomb that goes off with nobody seen
            # setting it and no rioting around it stays a bombing ("four bombs went off amid the blockade")
            sub = "Violent demonstration"
        elif ((perp is not None and perp.kind in {"rioters", "protesters"} and not (perp.generic and any(
                m.start() <= perp.span.start < m.end() for m in _SUSPECTED_MEN.finditer(doc.text)))) or (
            (perp is None or perp.generic and perp.kind != "unidentified") and _PARTY_MEN.search(_HURT_PARTY_MEN.sub(" ", _WHO_SAID.sub(" ", _SUSPECTED_MEN.sub(" ", joined))))
            and not any(_PARTY_MEN.search(c.victims) for c, _ in pairs)
        )) and not _SENT_DEVICE.search(joined):
            sub = "Mob violence"  # crude bombs thrown by party activists or supporters
        elif sub == "Remote explosive/landmine/IED" and perp is not None and perp.kind == "party" and _CRUDE_BLAST.search(joined):
            # a party's men who set off crude bombs are rioters, not a bombing campaign (ACLED:
            # rioters may use crude explosives); when the blasts hurt civilians, an attack on them
            sub = "Attack" if civ and (best > 0 or injured) else "Mob violence"
    if sub == "Violent demonstration" and any(t.sub_event_type == "Grenade" for t in triggers) and all(
        _HARTAL.fullmatch(t.text) for t in triggers if t.sub_event_type == "_protest"
    ) and (perp is None or perp.kind == "unidentified") and _UNKNOWN_THROWERS.search(joined) and dm is not None and not dm.year_inferred and (
        dm.date.year >= BOMBS_IN_BLOCKADE_FROM) and not _rioting_beside(triggers):
        sub = "Grenade"  # "during the blockade, unidentified people hurled four crude bombs in front of the office" (ACLED from 2022)
    if sub == "Violent demonstration" and any(t.sub_event_type == "Remote explosive/landmine/IED" for t in triggers) and all(
        _HARTAL.fullmatch(t.text) for t in triggers if t.sub_event_type == "_protest"
    ) and _PLANTED_DEVICE.search(joined) and not _rioting_beside(triggers):
        # "a crude bomb left in a bag near the office exploded ... The blast came during the
        # blockade": a device planted and left, not thrown by demonstrators (ACLED: an IED)
        sub = "Remote explosive/landmine/IED"
    if sub == "Violent demonstration" and all(
        _HARTAL.fullmatch(t.text) for t in triggers if t.sub_event_type == "_protest"
    ) and (arsonist := _unidentified_arsonist(doc, triggers, side1 + side2)) is not None:
        # "during the blockade, unidentified persons set fire to an empty bus": an arson attack in a
        # hartal's time, not its demonstrators (ACLED: property destruction, or an attack when it kills)
        sub = "Attack" if best > 0 or injured else "Looting/property destruction"
        perp = arsonist
    if sub == "Mob violence" and perp is not None and _LONE_ARSONISTS.match(perp.text) and not best and not injured and not _CROWD_WRECKERS.search(
            doc.text) and (perp.text.lower().endswith("vandals") or all(_ARSON.match(t.text) for t in triggers if t.sub_event_type in {"Looting/property destruction", "_protest_violence"})):
        sub = "Looting/property destruction"  # "Unidentified arsonists burned eleven logging trucks ... No one was injured": no crowd
        # ("Vandals daubed swastikas on headstones and knocked over dozens of graves")
    if sub == "Mob violence" and not best and not injured and _LONE_DOER.match(doc.text) and any(
            t.sub_event_type == "Looting/property destruction" for t in triggers) and not _CROWD_WRECKERS.search(doc.text):
        sub = "Looting/property destruction"  # "A man threw Molotov cocktails at a military enlistment office, setting part of the facade on fire": one man is no mob
    if sub == "Looting/property destruction" and not (perp is not None and perp.kind.startswith("state") and any(
        t.sub_event_type == "Looting/property destruction" and 0 <= t.span.start - perp.span.end <= 30 for t in triggers
    )) and not (all(
        fastre.match(r"(?:seized|took over|grabbed|occupied|(?:took|seized) control of|(?:took|taking|carried|carrying|carted|carting) (?:away|off))\b", t.text, re.I) for t in triggers if t.sub_event_type == "Looting/property destruction"
    ) and not any(t.sub_event_type == "_protest_violence" for t in triggers)) and (
        (perp is not None and perp.kind in {"party", "rioters", "protesters"} and not _LONE_ARSONISTS.match(perp.text))
        or (perp is None or perp.generic) and (_PARTY_MEN.search(doc.text) or _CROWD_SUBJECT.search(doc.text) or _COMMUNAL_RUMOUR.search(doc.text)
                                              or _crowd_wrecks(doc, triggers))
        and not (_UNKNOWN_WRECKERS.search(doc.text) and not _CROWD_WRECKERS.search(doc.text))
    ) and not _party_wrecks_empty(doc, perp, dm, best, injured):
        # party activists, supporters or a crowd wrecking property are rioters ("unidentified people
        # demolished the locked party office": unknown wreckers, no crowd; from 2022 a party's men
        # who hurt no one destroy property)
        sub = "Mob violence"
    if sub in {"Attack", "Mob violence", "Violent demonstration"} and not two_sided and not any(
        a.kind.startswith("state") for a in side1 + side2
    ) and _protest_broken_up(
        joined, perp, best
    ) and not (
        # "Students hurled brickbats and chased the BCL men away; at least 20 were injured on both
        # sides": the marchers fought back, a violent demonstration
        sub == "Violent demonstration" and _FOUGHT_BACK.search(joined)
    ) and not (
        # "attacked a procession ..., injuring at least 22": many hurt make an attack, not a protest met with
        # force (not "leaving about 10 supporters with minor injuries")
        sub != "Violent demonstration" and max((c.figure or 0 for _, c in pairs if c.outcome == "injured"), default=0) >= 10
        and not _MINOR_HURT.search(joined)
        # "attacked a JCD procession, beating six activists with sticks and iron rods": men who come
        # armed, even with sticks, and hurt the marchers attack them
        or sub == "Attack" and _BLUNT_ARMS.search(joined) and _HURT.search(joined) and not _MINOR_HURT.search(joined)
    ):
        sub = "Protest with intervention"  # "BCL men attacked and injured students during their protest"
    elif sub in {"Attack", "Mob violence", "Violent demonstration"} and not two_sided and not any(
        a.kind.startswith("state") for a in side1 + side2
    ) and _protest_attacked_lethally(joined, perp, best):
        # ACLED: peaceful protesters targeted with lethal violence or grave injuries, by the
        # state or by other actors ("a procession attacked by assailants; a leader died")
        sub = "Excessive force against protesters"
    if sub == "Attack" and best > 0 and perp is not None and perp.kind.startswith("state") and _AT_A_PROTEST.search(joined) and not (
        _PROTESTERS_OWN_VIOLENCE.search(joined) or _ARMED_WORDS.search(joined)
    ):
        # "a student was shot dead by police ... as he stood with his arms outstretched during a
        # quota reform protest": the forces' lethal force on a protest (ACLED: excessive force)
        sub = "Excessive force against protesters"
    if sub == "Attack" and best == 0 and (perp is None or perp.generic and perp.kind in {"unidentified", "rioters", "civilians"}) and any(
        t.sub_event_type == "_protest_violence" for t in triggers
    ) and _demonstrating(joined) and not _COMMUNAL_TARGET.search(joined):
        sub = "Violent demonstration"  # "youths torched shops and hurled stones at gendarmes as anger over the reform spilled over"
    if sub == "Mob violence" and (_demonstrating(joined) or _SEAT_OF_POWER_HIT.search(joined)) and not _COMMUNAL_TARGET.search(joined):
        # rioters who press a demand or a grievance, or who stone or burn the governor's office, are demonstrators (ACLED)
        sub = "Violent demonstration"
    elif sub == "Violent demonstration" and _COMMUNAL_TARGET.search(joined) and not _OWN_PROTEST.search(joined) and any(
        t.sub_event_type in {"Looting/property destruction", "_violence"} for t in triggers
    ):
        sub = "Mob violence"  # "a crowd ... attacked Hindu homes and vandalised a temple; police fired blank rounds to disperse it"
    if sub in {"Attack", "Grenade", "Remote explosive/landmine/IED", "Suicide bomb"} and _raid_on_militants(doc, frame, m):
        sub = "Armed clash"  # a raid on a militant hideout in which people die or bombs go off is a battle
    labelled = note_label(doc.text)
    if labelled is not None and not multi:
        sub = labelled  # "Arrests: On 3 March, detectives arrested 28 BNP leaders with 15 crude bombs"
    if sub == "Armed clash" and labelled is None and _SURRENDERING.search(joined) and not any(t.sub_event_type == "_clash_words" for t in triggers):
        sub = "Attack"  # "shot dead 9 captured soldiers ... after they had surrendered": captives killed, no fight told
    if sub == "Attack" and two_sided and not civ and labelled is None and not _SURRENDERING.search(joined) and not (
        # a crowd ("anti-Muslim mobs attacked shops ...; police imposed a curfew") bearing no arms
        (perp.kind == "rioters" if perp is not None else _CROWD_SUBJECT.search(doc.text)) and not _ARMS.search(doc.text)
    ):
        # (not "shot dead two servicemen who came out with their hands raised": no fight, a killing of captives)
        sub = "Armed clash"  # (an unarmed crowd that beats policemen riots: below)
    elif (sub == "Attack" and labelled is None and perp is not None and not perp.generic and perp.kind == "rebel"
          and _RIVAL_MEMBER.search(doc.text)):
        # "PBCP men killed a leader of their rival faction": a fight between armed men of one movement
        sub = "Armed clash"
        target = next((a for a in side2 if not a.generic and a.kind in NON_STATE_ARMED and a is not perp), perp)
    elif sub == "Attack" and (_is_mob(doc.text, perp, best) or _mob_justice(doc.text, perp) or (
        not (perp is not None and perp.kind.startswith("state")) and _supporters_riot(doc.text, best)
    ) or (_CROWD_SUBJECT.search(doc.text) or _SET_UPON_BY.search(doc.text)) and not _ARMS.search(_VICTIM_CARRIED.sub(" ", doc.text)) and not _LAND_FEUD.search(doc.text) and not (
        perp is not None and (perp.kind.startswith("state") or perp.kind in NON_STATE_ARMED - {"unidentified"})
    )):
        # "hundreds of local residents beat up ...", "villagers killed two extortionists": a crowd,
        # not an organised armed group (ACLED: rioters); villagers in a land feud are a communal militia;
        # a crowd "angered by the ceasefire's terms" that storms parliament demonstrates
        sub = "Violent demonstration" if _demonstrating(joined) and not _COMMUNAL_TARGET.search(joined) else "Mob violence"
    if sub == "Armed clash" and dm is not None and not dm.year_inferred and dm.date.year >= _MOB_CLASH_FROM and not (
        best > 0 and NAMED_SECTIONS.search(joined)) and (  # ("fighting between the Kumga and Kondika clans ... three killed": clan militias)
        (fighters := _fight_kinds(doc, triggers, side1 + side2, kinds))
        and fighters <= {"party", "political_militia", "rioters", "protesters", "civilians"}
    ) and not kinds & {"rebel", "external"} and not any(
        # a militia ACLED names ("CJNG ... and the Sinaloa Cartel clashed") is an organised armed group
        not a.generic and a.kind == "political_militia" for a in side1 + side2
    ) and not _UNIT_WORDS.search(joined) and not (_FIREARM_CUE if dm.date.year >= _BLADES_AS_RIOT_FROM else _ARMED_CUE).search(
        _PARTY_BOMBS.sub(" ", " ".join(doc.sentences[i].text for i in frame.sentences))
    ):
        # ACLED's later practice (and its codebook's riots): supporters or factions of parties who
        # clash without firearms riot. The 2020-21 dev notes code 19 of 25 such clashes so, the
        # 2010-19 ones mostly as armed clashes between party militias. With sticks and blades
        # ("clashed with sticks and machetes") the 2020-21 notes split 3 to 3; from 2022 only
        # firearms or bombs make such a clash an armed one (the codebook's reading: supporters are
        # no organised armed group). Crude bombs and cocktails that party men set off in a brawl
        # do not arm it either (the 2020-21 notes code such clashes as mob violence).
        sub = "Mob violence"
    if sub in {"Armed clash", "Mob violence"} and labelled is None and (perp is None or perp.generic or perp.kind in {
        "protesters", "rioters", "civilians", "party"} or perp.kind.startswith("state")) and (
        dm is None or dm.year_inferred or dm.date.year >= _MOB_CLASH_FROM) and _crowd_fights_forces(joined):
        # "workers demanding a minimum wage ... fighting running battles with police", "supporters
        # attending the rally clashed with police, hurling brickbats": demonstrators who fight the
        # forces riot (ACLED's practice from 2020, as for party clashes, and in reports with no
        # year; the 2013 dev notes of Jamaat-Shibir men fighting the police stay armed clashes),
        # though the forces' fire kills; a crowd that also attacks a community's homes or temples
        # and presses no demand is a mob ("clashed with police and attacked Ahmadi homes")
        sub = "Mob violence" if _COMMUNAL_TARGET.search(joined) and not _OWN_PROTEST.search(joined) else "Violent demonstration"
    protest_words = [t.text for t in triggers if t.sub_event_type == "_protest"]
    if sub == "Violent demonstration" and labelled is None and best > 0 and civ and not crowd_size and protest_words and all(
        fastre.match(r"(?:chant\w*|slogans?)\b", w, re.I) for w in protest_words
    ) and not any(t.sub_event_type == "_force" for t in triggers):
        # "workers and residents, some chanting slogans, tortured and killed the manager": a crowd
        # that kills a man is a mob (ACLED: mob violence), its slogans make no demonstration
        sub = "Mob violence"
    if sub == "Mob violence" and labelled is None and best > 0 and "Rioters (" not in joined and (_PASTORAL_SIDES.search(joined) and not _HERDER_LYNCHED.search(joined) or _FIGHT_WITH_MILITANTS.search(joined)):
        # "fighting between herders and farmers killed 12": herders who fight are communal
        # militias (ACLED: an armed clash), not a crowd; so are militants who fight ("fighting broke out
        # between members of Fatah and Islamist militants ..., killing one")
        sub = "Armed clash"
    if sub == "Mob violence" and _ELECTION_GRIEVANCE.search(joined) and _ELECTION_SITE.search(joined) and not _RIVALS_ATTACKED.search(joined):
        sub = "Violent demonstration"  # "supporters of a losing candidate set fire to the electoral office": a riot over the vote
    if sub in _NO_DEAD_TYPES and best:
        # a peaceful protest kills no one (ACLED): deaths told beside it are its cause ("carrying
        # three bodies, tribesmen staged a sit-in"); nor does an agreement, a change of a group, a
        # handover or a mass grave ("agreed on a ceasefire ... after weeks of fighting in which
        # dozens were killed"), nor an arrest (one that kills is coded as the violence it was:
        # "arrested him in a case over the previous day's violence, in which two died"): the
        # deaths told are their past; the claims keep the figures
        best, low, high = 0, 0, None
    bombers = uncounted_bombers(joined, doc.text) if sub == "Suicide bomb" else 0
    if bombers == 1 and any(c.outcome == "killed" and c.victim_kind == "perpetrator" and c.victims.startswith("(later) ") and "bomber" in c.victims for _, c in pairs):
        bombers = 0  # "killing three policemen ... The attacker also died": the one bomber's death, read as a later death, is counted
    if bombers:
        best, low = best + bombers, low + bombers
        high = None if high is None else high + bombers
    if frame.vac_only and sub not in _VAC_ONLY and sub != "Attack":
        return None
    etype = event_type_of(sub)

    place = frame.place
    sent0 = min(t.sentence for t in frame.triggers)
    if dm is not None and dm.precision == 3 and doc.published is not None and (dm.date.year, dm.date.month) == (
        doc.published.year, doc.published.month
    ):
        # "April 2015 Jalalabad bombing" in a report published in April 2015: the month labels
        # the report; the publication date bounds the event better than the month's midpoint
        dm = DateMention(span=dm.span, date=doc.published, precision=2, kind="published")
    a1, assoc1, i1, a2, assoc2, i2 = _code_actors(
        sub, perp, target, side1, side2, m, lexicon, pairs, dm.date if dm else None, place
    )
    if sub == "Non-state actor overtakes territory" and i1 == 1:
        # "Malian troops, backed by Wagner fighters, took control of Kidal": the state's forces
        # took the town (ACLED codes territory by who holds it)
        sub = "Government regains territory"
    ev = Event(
        event_date=dm.date.isoformat() if dm else None,
        time_precision=dm.precision if dm else 3,
        event_type=etype,
        sub_event_type=sub,
        disorder_type=disorder_type(etype, sub),
        actor1=a1,
        assoc_actor_1=assoc1,
        inter1=i1,
        actor2=a2,
        assoc_actor_2=assoc2,
        inter2=i2,
        interaction=_interaction(i1, i2),
        civilian_targeting="Civilian targeting" if i2 == 7 and etype in {"Violence against civilians", "Explosions/Remote violence"} else None,
        country=country,
        iso=m.iso,
        fatalities=best,
        fatalities_low=low,
        fatalities_high=high,
        campaign=campaign,
        year_inferred=bool(dm and dm.year_inferred),
    )
    _set_place(ev, place, m)
    if dm is not None:
        if dm.year_inferred:
            ev.warnings.append("year inferred: the text gives no year and no publication date was supplied")
            ev.time_precision = max(ev.time_precision, 2)
        if dm.weekday_mismatch:
            ev.warnings.append(f"weekday mismatch: {dm.weekday_mismatch}; the explicit date was used")
        if dm.kind == "published":
            ev.warnings.append("the text gives no exact day: the event date is the publication date")
        _add_evidence(ev, "event_date", [_ev(doc, dm.span)] if dm.kind != "published" else [])
    elif not doc.published:
        ev.warnings.append("no date found in the text and no publication date supplied")
    if bombers:
        ev.warnings.append(f"fatalities include {bombers} suicide bomber(s) (ACLED counts the bomber)")
    if not multi:
        ev.claims = [c for c, _ in pairs]
        _add_evidence(ev, "fatalities", [c.evidence for c, _ in pairs if c.outcome == "killed"])
    sents = sorted({t.sentence for t in frame.triggers})
    _add_evidence(ev, "event_type", [_ev(doc, t.span) for t in frame.triggers][:6])
    _add_evidence(ev, "sub_event_type", ev.evidence["event_type"])
    for fld, a in (("actor1", perp), ("actor2", target)):
        if a is not None:
            _add_evidence(ev, fld, [_ev(doc, a.span)])
    if ev.actor1 and "actor1" not in ev.evidence:
        # "garment workers staged a protest": the crowd, else the words that make it an event
        crowd = next((a for a in side1 + side2 if a.kind in {"civilians", "protesters", "rioters", "party"}), None)
        _add_evidence(ev, "actor1", [_ev(doc, crowd.span if crowd else triggers[0].span)] if triggers else [])
    ev.notes = " ".join(doc.sentences[s].text for s in sents)[:1000]
    _derived_evidence(ev, m, perp, sents)
    return ev


def _derived_evidence(ev: Event, m: Mentions, perp: ActorMention | None, sents: list[int]) -> None:
    """Evidence for the fields that follow from others: admin areas and country from the place
    and the areas the text names, inter codes from the actors, units, campaign, notes."""
    doc = m.doc
    loc = ev.evidence.get("location", [])
    for fld in ("country", "admin1", "admin2", "admin3", "latitude", "longitude", "geo_precision"):
        value = getattr(ev, fld)
        if value is None:
            continue
        named = [
            _ev(doc, p.span) for p in m.places
            if p.role in ("context", "country") and (p.place or p.area) is not None
            and isinstance(value, str) and _fold((p.place or p.area).name) == _fold(value)
        ]
        _add_evidence(ev, fld, loc + named[:2])
    for fld, src in (("inter1", "actor1"), ("inter2", "actor2"), ("civilian_targeting", "actor2"),
                     ("interaction", "actor1"), ("disorder_type", "event_type"), ("time_precision", "event_date")):
        if getattr(ev, fld) and ev.evidence.get(src):
            _add_evidence(ev, fld, list(ev.evidence[src]))
    if ev.assoc_actor_1:
        units = [_ev(doc, a.span) for a in m.actors if not a.generic and (a.name in ev.assoc_actor_1 or _name(a) in ev.assoc_actor_1)]
        _add_evidence(ev, "assoc_actor_1", units[:8])
    if ev.campaign:
        _add_evidence(ev, "campaign", [_ev(doc, Span(mt.start(), mt.end())) for mt in _CAMPAIGN.finditer(doc.text)][:4])
    _add_evidence(ev, "notes", [_ev(doc, doc.sentences[i].span) for i in sents])


_ARMED_WORDS = fastre.compile(r"bandit|gunm|militant|terror|insurg|rebel|jihad|extrem|kidnap|abduct|robber|dacoit|criminal|pirate", re.I)
# a quarrel of neighbours: a party man killed over land is still a victim of a communal militia
_LOCAL_DISPUTE = fastre.compile(r"\b(?:land|villagers|family|feud|neighbou?rs?|water ?body|grazing|fishing)\b", re.I)
_RIVALS = fastre.compile(r"\b(?:rivals?|rival (?:group|faction|wing)s?|factional|internal (?:feud|conflict|clash)|(?:his|their) (?:own )?(?:party|group) (?:members|men|cadres))\b", re.I)
_OWN_RIVALS = fastre.compile(
    r"\b(?:(?:their|his|its|her) (?:own )?(?:rival|fellow) (?:group|faction|party|members?|activists?)|fellow (?:group |party )?(?:members?|activists?)|"
    r"(?:his|their|her) (?:own )?party (?:members|men|activists|colleagues)|rivals? (?:with)?in the (?:same )?(?:party|group|organi[sz]ation)|"
    r"rivals? of the same (?:party|group)|intra-?(?:party|factional|group))\b",
    re.I,
)
# an order of the government or the administration: a ban on a group, a curfew, Section 144
_GOVERNMENT = (
    r"(?:(?:interim|caretaker|military|federal|provincial|state|central|national|local|transitional) )?(?:government|regime)|"
    r"(?:(?:district|upazila|city|municipal|local|civil) )?administration|authorities|(?:home|interior) ministry|"
    r"ministry of (?:home|interior)(?: affairs)?|cabinet|council of ministers|advis[eo]rs'? council|advis[eo]ry council|(?:district )?magistrate|"
    r"deputy commissioner|junta"
)
_ORDER_VERB = (
    r"ban(?:s|ned|ning)?|outlaw(?:s|ed|ing)?|proscrib(?:es|ed|ing)|impos(?:es|ed|ing)|decided to ban|"
    r"declared (?:a |an )?(?:curfew|(?:state of )?emergency)|issued (?:a |an )?(?:gazette|notification|order|ban)"
)
_GOV_ORDER = fastre.compile(
    rf"\b(?:{_GOVERNMENT})\b[^.;]{{0,80}}?\b(?:{_ORDER_VERB})\b|"
    r"\b(?:Section 144|(?:a |the )?curfew|(?:a |the )?ban|(?:a |the )?state of emergency) (?:was|were|has been|had been|is) "
    r"(?:imposed|declared|enforced|clamped)\b|\b(?:was|were|has been|had been) (?:banned|outlawed|proscribed) by (?:the )?"
    rf"(?:{_GOVERNMENT})\b",
    re.I,
)
_SECTION_144 = fastre.compile(r"\bSection 144\b", re.I)
_BAN = fastre.compile(r"\b(?:ban|outlaw|proscrib)", re.I)
# feuds that make a beating a communal fight rather than mob violence
_FEUD_WORDS = (
    r"villagers|rival groups?|two groups|rivals?|land dispute|dispute (?:over|around) (?:land|a piece of land)|communal|"
    r"groups of (?:people|villagers)|neighbou?rs?|supremacy|family feud|local feud|previous enmity|longstanding enmity|disputed (?:plots?|pieces?|lands?)"
)
_FEUD = fastre.compile(rf"\b(?:{_FEUD_WORDS})\b", re.I)
# what makes local armed men a communal militia: a feud, or villagers, land and water
_ARMED_FACTIONS = fastre.compile(r"\b(?:factions|groups) of (?:the )?(?:former |ex-|old )?(?:[\w-]+ ){0,2}?" + ARMED_MOVEMENT, re.I)
_COMMUNAL = fastre.compile(
    rf"\b(?:{_FEUD_WORDS}|dominance|inhabitants|locals|local groups?|residents of \w+ village|water ?body|grazing|fishing|"
    r"trivial (?:matter|issue))\b",
    re.I,
)


def _code_actors(sub, perp, target, side1, side2, m: Mentions, lexicon, pairs, date, place):
    country = m.country
    etype = event_type_of(sub)
    assoc1: list[str] = []
    assoc2: list[str] = []

    def generic(role: str) -> tuple[str, int]:
        if country:
            return lexicon.generic(role, country)
        return (f"{role.capitalize()}", {"civilians": 7, "protesters": 6, "rioters": 5}.get(role, 3))

    def coded(a: ActorMention | None) -> tuple[str | None, int]:
        if a is None:
            return None, 0
        if a.kind in _STATE_ABBR and a.generic and country and a.country in (None, country):
            return lexicon.state_forces(country, _STATE_ABBR[a.kind], date), 1
        return _name(a), a.inter

    named = [a for a in side1 + side2 if not a.generic]
    perp_unnamed = perp is None or perp.generic and not _ARMED_WORDS.search(perp.text)
    member_target = target is not None and not target.generic and (target.kind in ARMED or target.kind == "party")
    if member_target and perp_unnamed and _OWN_RIVALS.search(m.doc.text):
        perp = target  # "killed by their rival group", "by a fellow group member": a fight within the group
        perp_unnamed = False
    sections = NAMED_SECTIONS.search(m.doc.text) if sub == "Armed clash" and country and perp_unnamed and not any(
        a.kind in ARMED - {"unidentified"} for a in named) else None
    if sections is not None:
        # "fighting between the Luanyjang and Jalwau sections": each section's communal militia
        return (f"{sections['a']} Communal Militia ({country})", None, 4, f"{sections['b']} Communal Militia ({country})", None, 4)
    if (
        sub in {"Armed clash", "Attack", "Abduction/forced disappearance", "Looting/property destruction"}
        and country
        and perp_unnamed
        and not (member_target and not _LOCAL_DISPUTE.search(m.doc.text))
        and not any(
            a.kind in ARMED - {"unidentified"} or a.kind == "party" for a in named if a is not target or sub == "Armed clash"
        )
        and (sub == "Armed clash" or not any(a.kind.startswith("state") for a in side1 + side2))
        and _COMMUNAL.search(m.doc.text)
        and not _ARMED_FACTIONS.search(m.doc.text)  # "rival factions of the former Seleka rebellion": no villagers' militia
    ):
        # ACLED names local armed groups of villagers after their place: "X Communal Militia (Country)"
        where = (place.place.name if place is not None and place.place is not None else place.text if place else None)
        villages = list(dict.fromkeys(v.group(1) for v in _VILLAGE_NAMED.finditer(m.doc.text)))
        if villages and where:
            # "two groups of Boro Bahirdia village in Ramkantapur": ACLED names the village's
            # militia, as the note spells it
            where = villages[0]
        if where:
            militia = f"{where} Communal Militia ({country})"
            if sub == "Armed clash":
                force = _first_state(side2)
                if force is not None and not fastre.search(r"\b(?:two|rival|both) (?:groups|sides|factions)\b|\bbetween\b", m.doc.text, re.I):
                    f2, fi = coded(force)
                    return militia, None, 4, f2, None, fi  # villagers who fight the police
                # "two rival groups from Mailmari village and Charpara village": each village's militia
                other = f"{villages[1]} Communal Militia ({country})" if len(villages) > 1 else militia
                return militia, None, 4, other, None, 4
            civ, civ_inter = generic("civilians")
            victim_group = _name(target) if target is not None and not target.generic and target.kind not in ARMED else None
            return militia, None, 4, civ, victim_group, civ_inter

    if sub == "Change to group/activity" and country and not (perp is not None and perp.kind.startswith("state")):
        order = _GOV_ORDER.search(m.doc.text)
        if order is not None:
            if _SECTION_144.search(m.doc.text, order.start(), order.end() + 40):
                # ACLED codes the police, who enforce it, as the actor of a Section 144 order
                return lexicon.state_forces(country, "police", date), None, 1, None, None, 0
            # "the interim government banned the BCL": the government acts; the banned group is actor 2
            banned = next(
                (a for a in m.actors if not a.generic and a.kind in NON_STATE_ARMED | {"party"} and a.span.start >= order.start()), None
            ) if _BAN.search(m.doc.text, order.start(), order.end() + 40) else None
            return lexicon.government(country, date), None, 1, _name(banned) if banned else None, None, banned.inter if banned else 0
    units = sorted({a.name for a in m.actors if a.parent and perp is not None and a.parent == _name(perp) and not a.generic})
    if etype == "Protests":
        a1, i1 = generic("protesters")
        assoc1 = [_name(a) for a in side1 + side2 if not a.generic and a.kind in {"party", "political_militia", "protesters"}][:2]
        a2, i2 = (None, 0)
        if sub == "Protest with intervention" and perp is not None and perp.kind in {"party", "unidentified"} and not any(
            a.kind.startswith("state") for a in side1 + side2
        ):
            a2, i2 = generic("rioters")  # party men or a crowd who break up the protest
            return a1, _join(assoc1), i1, a2, None, i2
        if sub != "Peaceful protest":
            force = _first_force(side1 + side2)
            a2, i2 = coded(force) if force else (lexicon.state_forces(country, "police", date), 1) if country else (None, 0)
        return a1, _join(assoc1), i1, a2, None, i2
    if etype == "Riots":
        a1, i1 = generic("rioters")
        assoc1 = [_name(a) for a in side1 if not a.generic and a.kind in {"party", "political_militia", "protesters"}][:2]
        force = target if target is not None and target.kind.startswith("state") else _first_force(side1 + side2)
        if force is not None and sub == "Mob violence" and pairs and _FORCES_NOT_KILLERS.search(m.doc.text) and _mob_justice(m.doc.text, perp):
            force = None  # "... beat him to death; police arrested six students over the killing": no side
        if force is not None:
            a2, i2 = coded(force)  # "JeI-ICS cadres clashed with police": the police are the other side
        elif sub == "Mob violence" and (
            any(c.victim_kind == "civilian" for _, c in pairs) or pairs and _mob_justice(m.doc.text, perp)
            # "dozens of young men attacked the homes of Bedouin families": one crowd and its victims, no brawl
            or not pairs and any(a.kind == "civilians" for a in side2) and not _TWO_CROWDS.search(m.doc.text)
        ) and not any(a.kind == "rioters" for a in side2):
            a2, i2 = generic("civilians")
        else:
            a2, i2 = generic("rioters") if sub == "Mob violence" else (generic("civilians") if pairs else (None, 0))
        return a1, _join(assoc1), i1, a2, None, i2

    if sub == "Armed clash" and perp is None:
        # "a JMB commander was killed in a gunfight with police": the named group is one side
        group = next((a for a in named if a.kind in NON_STATE_ARMED | {"party"}), None)
        if group is not None:
            if target is group:
                other = next((a for a in side1 + side2 if a is not group and (a.kind.startswith("state") or not a.generic)), None)
                if other is None and group.kind in NON_STATE_ARMED:
                    # "a PBCP leader was killed by his rivals": the group fought itself; "... by
                    # unidentified men": an unidentified armed group fought the group
                    if _RIVALS.search(m.doc.text):
                        return _name(group), None, group.inter, _name(group), None, group.inter
                    a1, i1 = generic("unidentified")
                    return a1, None, i1, _name(group), None, group.inter
                target = other
            perp = group
    if sub == "Armed clash" and perp is not None and target is None and fastre.search(r"\bfaction(?:s|al)?\b|\brival (?:groups|wings) of\b", m.doc.text, re.I):
        target = perp  # a clash between factions of one group
    if sub in {"Arrests", "Disrupted weapons use"} and perp is not None and not (perp.kind.startswith("state") or sub == "Arrests" and perp.kind == "external"):
        # the forces arrest or seize (a foreign army too: "Israeli forces raided ... and arrested 9
        # Palestinians"); the group whose men or bombs they are is actor 2
        target = target or perp
        perp = next((a for a in side1 + side2 if a.kind.startswith("state") or sub == "Arrests" and a.kind == "external"), None)
    if sub == "Government regains territory" and perp is not None and not (perp.kind.startswith("state") or perp.kind == "external") and (
            state := _first_state(side1 + side2)) is not None:
        target, perp = perp, state  # the forces regain it (ACLED's actor 1); the group that held it is actor 2
    if perp is not None and perp.generic and perp.kind in {"protesters", "rioters"} and etype not in {"Protests", "Riots"}:
        perp = None  # "armed activists" who shoot someone are an armed group, not protesters
    a1, i1 = coded(perp)
    if perp is not None and perp.kind in {"party", "protesters", "rioters"} and etype != "Strategic developments":
        a1, i1 = (_name(perp), 3) if perp.kind == "party" else (a1, i1)
    if a1 is None:
        if sub in {"Arrests", "Disrupted weapons use"}:
            police = lexicon.state_forces(country, "police", date) if country else None
            a1, i1 = (police, 1) if police else (None, 0)
        elif etype in {"Violence against civilians", "Explosions/Remote violence", "Battles"} or sub == "Looting/property destruction":
            a1, i1 = generic("unidentified") if country else ("Unidentified Armed Group", 3)
    if etype == "Battles" and target is not None and target.kind == "civilians":
        target = None  # a battle is fought with an armed side; civilians hurt in it are victims, not actor 2
    if sub == "Arrests" and target is not None and target.kind == "party" and country:
        assoc2.append(_name(target))  # arrested party activists are civilians of that party
        target = None
        a2, i2 = generic("civilians")
    elif etype == "Strategic developments" and target is not None and target.generic and target.kind in {"rioters", "protesters"}:
        target = None  # "arrested 30 opposition supporters": civilians, not rioters
        a2, i2 = generic("civilians") if country else ("Civilians", 7)
    else:
        a2, i2 = coded(target)
    if a2 is None and etype == "Battles" and country:
        kinds = {c.victim_kind for _, c in pairs}
        if kinds & {"rebel", "perpetrator"} and a1 and not a1.startswith("Unidentified"):
            a2, i2 = generic("unidentified")  # "two militant suspects were killed in a gunfight with RAB"
        elif "police" in kinds:
            a2, i2 = lexicon.state_forces(country, "police", date), 1
        elif "military" in kinds:
            a2, i2 = lexicon.state_forces(country, "military", date), 1
    if etype == "Violence against civilians" or (target is None and a2 is None and any(c.victim_kind in ("civilian", "unknown") for _, c in pairs)):
        if target is not None and not target.generic and target.kind not in ARMED:
            assoc2.append(_name(target))
        if etype == "Violence against civilians" or a2 is None:
            a2, i2 = generic("civilians") if country else ("Civilians", 7)
    if a2 is None and sub == "Armed clash":
        kinds = {c.victim_kind for _, c in pairs}
        if "police" in kinds and country:
            a2, i2 = lexicon.state_forces(country, "police", date), 1
        elif "military" in kinds and country:
            a2, i2 = lexicon.state_forces(country, "military", date), 1
    if a2 is None and sub == "Disrupted weapons use":
        a2, i2 = generic("unidentified") if country else (None, 0)
    if units:
        assoc1.extend(units)
    if a2 == a1 and sub not in {"Armed clash", "Mob violence"}:
        a2, i2 = None, 0
    return a1, _join(assoc1), i1, a2, _join(assoc2), i2


def _join(xs: list[str]) -> str | None:
    seen: list[str] = []
    for x in xs:
        if x and x not in seen:
            seen.append(x)
    return "; ".join(seen) or None


def _interaction(i1: int, i2: int) -> int:
    if not i1:
        return 0
    if not i2:
        return i1 * 10
    lo, hi = sorted((i1, i2))
    return lo * 10 + hi


def _set_place(ev: Event, pm: PlaceMention | None, m: Mentions) -> None:
    if pm is None:
        ev.geo_precision = 3
        ev.warnings.append("no place found in the text: only the country could be coded" if ev.country else "no place found")
        return
    p = pm.place or pm.area
    ev.geo_precision = pm.geo_precision
    if p is not None:
        ev.country = p.country or ev.country
        ev.iso = p.iso or ev.iso
        ev.admin1 = p.admin1
        ev.admin2 = p.admin2
        ev.admin3 = p.admin3
        ev.latitude = p.latitude
        ev.longitude = p.longitude
        ev.geonameid = p.geonameid
        ev.place_source = p.source
        if ev.admin2 is None and p.admin1 and (p.feature_code not in ("ADM1", "ADM2", "PCLI") or pm.place is None and p.feature_code == "ADM1"):
            ev.admin2 = _bracketed_district(pm, p, m)  # also for a town the gazetteer lacks: "Sherani (Sherani, Balochistan)"

    ev.location = pm.place.name if pm.place else pm.text
    if pm.place is None:
        ev.warnings.append(
            f"place '{pm.text}' not found in the gazetteer: coded to the enclosing area"
            + (f" ({pm.area.name})" if pm.area else "")
            + " with geo_precision 3; load a fuller gazetteer (eventatlas gazetteer add) to resolve it"
        )
    elif len(pm.candidates) > 1 and "ambiguous" in pm.flags:
        ev.warnings.append(f"place '{pm.text}' is ambiguous: {', '.join(c.place.name + ' (' + str(c.place.admin1) + ')' for c in pm.candidates[:3])}")
    _add_evidence(ev, "location", [_ev(m.doc, pm.span)])


def _bracketed_district(pm: PlaceMention, p, m: Mentions) -> str | None:
    """The district the text writes right after a town the gazetteer gives none for, or does not
    know: "Taftan (Chagai, Balochistan)", "Washuk town (Washuk, Balochistan)", "Taftan, Chagai district"."""
    for q in m.places:
        gap = m.doc.text[pm.span.end : q.span.start]
        if q is pm or q.span.start < pm.span.end or len(gap) > 12 or not fastre.fullmatch(r"\s*(?:(?:town|city|village|bazaar|area)\s*)?[(,]\s*", gap):
            continue
        area = q.place or q.area
        if area is not None and area.feature_code == "ADM2" and area.admin1 == p.admin1 and area.country == p.country:
            return area.admin2 or area.name
        if not gap.strip().endswith("("):
            return None
        # "Basima (Washuk, Balochistan)": the report's own "(district, province)" bracket
        for r in m.places:
            region = r.place or r.area
            if r.span.start > q.span.end and fastre.fullmatch(r",\s*", m.doc.text[q.span.end : r.span.start]) and (
                region is not None and region.feature_code == "ADM1" and region.admin1 == p.admin1
                and m.doc.text[r.span.end : r.span.end + 1] == ")"
            ):
                return q.text
        return None
    return None


_SPEECH_DATE = fastre.compile(r"\b(?:said|says|told|announced|stated|added|confirmed|reported|claimed|statement|press conference)\s+(?:\w+\s+){0,2}(?:on\s+)?$", re.I)


def _event_date(frame: Frame, m: Mentions) -> DateMention | None:
    """The date stated in the first of the event's own sentences that states one ("Clashes in
    Kismayo leave six dead" is dated by the next sentence's "on Sunday, January 25"); else the
    date that governs its first sentence. The day something was said ("the minister said on
    Tuesday") is the report's date, not the event's."""
    text = m.doc.text
    dates = [d for d in m.dates if not _SPEECH_DATE.search(text[max(0, d.span.start - 40) : d.span.start])] or m.dates
    trig_sents = sorted({t.sentence for t in frame.triggers})
    for s_idx in trig_sents:
        sent = m.doc.sentences[s_idx]
        dm = event_date_for(s_idx, dates, m.doc)
        if dm is not None and dm.kind != "published" and sent.start <= dm.span.start < sent.end:
            return dm
    return event_date_for(trig_sents[0], dates, m.doc)


def _campaign(text: str) -> str | None:
    mt = _CAMPAIGN.search(text)
    if not mt:
        return None
    name = fastre.sub(r"\s+\d+(?:\.\d+)*$", "", mt.group("name"))
    return f"Operation {name}"


def _ev(doc: Document, span: Span) -> EvidenceSpan:
    return EvidenceSpan(start=span.start, end=span.end, text=doc.text[span.start : span.end])


def _add_evidence(ev: Event, fld: str, spans: list[EvidenceSpan]) -> None:
    if spans:
        ev.evidence.setdefault(fld, []).extend(spans)
