"""Stage: who says what each sentence reports (claimant and stance).

A sentence inherits the claimant of the sentence before it when it continues that source's
account ("It further claimed ...", "The group also said ..."). Reported speech by a party to
the fighting is a ``perpetrator_claim``; officials, police and the military are ``official``;
unnamed reports and media are ``media_report``; eyewitnesses and residents are ``witness``;
a denial is ``denial``; plain narration is ``unattributed``.
"""

from __future__ import annotations

import re

from . import fastre
from .models import ActorMention, Attribution, Document, Span

_SAY = r"(?:said|says|say|published|cited|claimed|claims|claim|stated|states|told|reported|reports|added|announced|confirmed|alleged|described|insisted|maintained|denied|denies|rejected|suggest|suggests|suggested|indicate|indicates|indicated)"

# a source that counts rather than says ("UNAMA later documented 53 dead"): only before its subject
_COUNTED = r"(?:documented|recorded|counted|verified|tallied|spoke of|speak of|speaks of)"

_OFFICIAL = fastre.compile(
    r"\b(?:police|officials?|officers?|spokes(?:man|person|woman)|ministry|minister|ministers|military|army|ISPR|"
    r"government|governor|authorities|commissioner|administration|OC|superintendent|SP|"
    r"RAB|commander|chief|inspector|mayor|district|provincial|interior)\b",
    re.I,
)
_MEDIA = fastre.compile(r"\b(?:reports?|media|sources?|newspapers?|agency|agencies|TV|television|channels?|reuters|AFP|AP)\b", re.I)
_WITNESS = fastre.compile(r"\b(?:witness(?:es)?|eyewitness(?:es)?|residents?|locals?|villagers?|relatives?|family|families)\b", re.I)

_ACCORDING = fastre.compile(r"\b(?:according to|as per|quoting|citing)\s+(?P<who>[^,.;]{2,60}?)(?=[,.;]|\s+(?:at least|some|about|the|\d))", re.I)
# "in a statement", "on its Telegram channel": how a source gave its word, set off by commas
IN_STATEMENT = (r"(?:in|on|through|via) (?:a|an|its|their|his|her|the) (?:[\w-]+ ){0,3}?"
                 r"(?:statements?|posts?|messages?|videos?|interviews?|briefings?|communiqu\w+|channel|account|website|page|release|broadcast)\b")
_WHO_SAID = fastre.compile(
    rf"(?P<who>\b(?:the |a |an |its |local |senior |unnamed )?[A-Za-z][\w.'-]*(?: [A-Za-z][\w.'-]*){{0,4}})"
    # "The National Emergency Management Agency (NEMA) said", "MSF, which supports the hospital, said",
    # "Al-Shabaab, in a statement on an affiliated website, claimed"
    rf"(?:\s+\([A-Z][\w.&-]{{1,15}}\))?(?:,\s+(?:(?:which|who|including|after|having|citing|quoting|speaking)\s|{IN_STATEMENT})[^,;.()]{{1,80}},)?\s+(?:has |have |had |also |further |later )*(?:{_SAY}|{_COUNTED})\b",
)
_SAID_WHO = fastre.compile(rf"\b{_SAY},?\s+(?P<who>(?:the |a |an )?[A-Za-z][\w.'-]*(?: [A-Za-z][\w.'-]*){{0,3}})", re.I)
_PASSIVE_REPORT = fastre.compile(r"\b(?:were|was|have been|has been|are|is) (?:reported(?:ly)?|said|claimed|believed|feared)\b|\breportedly\b", re.I)
_DENY = fastre.compile(r"\b(?:denied|denies|rejected|refuted|dismissed)\b", re.I)
# "a Taliban spokesman said three of the attackers died and denied suffering any losses": a count, with a denial of its own dead
DENIED_OWN_LOSSES = fastre.compile(r"\bden(?:ied|ies|ying) (?:suffering|having suffered|taking|incurring) (?:any )?(?:losses|casualties)\b", re.I)
_NO_STATEMENT = fastre.compile(r"\bhas not (?:yet )?(?:issued|released|made)\b|\bno official (?:statement|comment|confirmation)\b", re.I)
_PRONOUN = fastre.compile(r"^(?:it|the group|the organi[sz]ation|the outfit|they|he|she|the militants?|the rebels?)$", re.I)
_CONTINUE = fastre.compile(r"^\s*(?:It|The group|The organi[sz]ation|They|He|She)\b[^.]{0,40}?\b(?:also|further|additionally)?\s*(?:claimed|said|added|stated)", re.I)


def attribute(doc: Document, actors: list[ActorMention]) -> list[Attribution]:
    """One :class:`Attribution` per sentence of ``doc``, in order."""
    out: list[Attribution] = []
    last_party: Attribution | None = None
    last_source: Attribution | None = None
    for sent in doc.sentences:
        att = _attribute_sentence(sent.text, sent.start, actors, last_party, out[-1] if out else None)
        same_paragraph = bool(out) and "\n\n" not in doc.text[doc.sentences[sent.index - 1].end : sent.start]
        if att.stance == "unattributed" and same_paragraph and out[-1].stance in {"official", "perpetrator_claim", "witness"} and not (
                TALLY_LINE.match(sent.text)):  # ("... a police source said three soldiers also died. 14 killed.": the note's own count)
            att = out[-1]  # "According to the ISPR, ... . Troops responded and 15 were killed.": the account goes on
        elif _STATEMENT.match(att.claimant) and last_source is not None:
            att = Attribution(claimant=last_source.claimant, stance=last_source.stance, span=att.span)  # "the statement said"
        if att.stance == "perpetrator_claim":
            last_party = att
        if att.stance in {"official", "perpetrator_claim"}:
            last_source = att
        out.append(att)
    return out


# a sentence that is only a count, as notes end ("14 killed.", "No fatalities."): the writer's own
TALLY = (r"(?:\d[\d,]*|no|zero|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:people\s+|persons\s+)?"
         r"(?:killed|dead|deaths?|fatalit(?:y|ies))(?:,?\s+(?:including|among them)\s+(?:the\s+)?(?:suicide\s+)?(?:bombers?|attackers?|assailants?))?\s*\.?\s*$")
TALLY_LINE = fastre.compile(rf"\s*{TALLY}", re.I)  # a sentence that is only such a count
_STATEMENT = fastre.compile(r"^(?:(?:press |official |written )?statement|press release|communiqu[eé]|release|video|spokes(?:man|person))$", re.I)


def attribute_clause(text: str, offset: int, actors: list[ActorMention]) -> Attribution:
    """Who says one clause ("while a Taliban spokesman said only two had died")."""
    return _attribute_sentence(text, offset, actors, None)


def source_named(who: str, span: Span, actors: list[ActorMention]) -> Attribution:
    """The source ``who`` (written at ``span``) of a figure it gives ("Residents ... put the toll at 40")."""
    return Attribution(claimant=_tidy(who), stance=_stance_for(who, span, actors), span=span)


def _actor_in(start: int, end: int, actors: list[ActorMention]) -> ActorMention | None:
    """The actor named inside ``[start, end)``: a named one first, else a role ("the militants")."""
    inside = [a for a in actors if a.span.start >= start and a.span.end <= end]
    return next((a for a in inside if not a.generic), inside[0] if inside else None)


# an armed group told by a common noun: "the group", "the jihadist group", "the outfit"
_THE_GROUP = fastre.compile(
    r"(?:the )?(?:(?:militant|jihadist|armed|rebel|insurgent|extremist|terrorist|Islamist|separatist) )?(?:group|outfit)"
    r"(?:['’]s (?:spokesman|spokesperson|media (?:wing|arm)|statement))?", re.I)


def _stance_for(who: str, span: Span, actors: list[ActorMention]) -> str:
    named = _actor_in(span.start, span.end, actors)
    if named is not None and named.kind in {"rebel", "political_militia", "identity_militia", "unidentified", "party"}:
        return "perpetrator_claim"
    if named is None and _THE_GROUP.fullmatch(who) and any(
            a.kind in {"rebel", "political_militia", "identity_militia", "unidentified"} for a in actors):
        return "perpetrator_claim"  # "The group said in a statement it had killed 20 soldiers": the armed group named before
    if _OFFICIAL.search(who) or (named is not None and named.kind.startswith("state")):
        return "official"
    if _WITNESS.search(who):
        return "witness"
    if _MEDIA.search(who):
        return "media_report"
    return "media_report"


def _attribute_sentence(text: str, offset: int, actors: list[ActorMention], last_party: Attribution | None,
                        previous: Attribution | None = None) -> Attribution:
    if _NO_STATEMENT.search(text):
        m = _WHO_SAID.search(text) or fastre.match(r"(?P<who>[^,]{2,60}?) has not", text)
        who = (m.group("who") if m else "officials").strip()
        return Attribution(claimant=_tidy(who), stance="denial", span=None)
    if last_party is not None and _CONTINUE.search(text):
        return Attribution(claimant=last_party.claimant, stance=last_party.stance, span=last_party.span)
    for rx in (_ACCORDING, _WHO_SAID, _PASSIVE_REPORT, _SAID_WHO):
        m = rx.search(text)
        if not m:
            continue
        if rx is _PASSIVE_REPORT:
            return Attribution(claimant="reports", stance="media_report", span=None)
        who = m.group("who").strip()
        if rx is _WHO_SAID:
            # keep the subject noun phrase nearest the verb; "X were reported killed" is passive;
            # "On 16 March 2017 (as reported), the army spokesman said": the next speaker
            while m is not None and fastre.fullmatch(r"\(?as", who, re.I):
                m = rx.search(text, m.end())
                who = m.group("who").strip() if m is not None else ""
            if m is None:
                continue
            who = fastre.split(r",|\bthat\b|\bwhich\b", who)[-1].strip()
            if fastre.search(r"\b(?:were|was|been|be|is|are|being)$", who, re.I):
                continue
        if who.lower() in {"it", "they"} and last_party is None and previous is not None and previous.stance != "unattributed":
            # "Two guards were killed, IRNA reported. One of the assailants was also killed, it said": the same source
            return Attribution(claimant=previous.claimant, stance=previous.stance, span=previous.span)
        if not who or who.lower() in {"it", "which", "that", "this"} and last_party is None:
            continue
        span = Span(offset + m.start("who"), offset + m.start("who") + len(m.group("who")))
        both = _BLAMED_AND.match(who) if rx is _WHO_SAID else None
        if both is not None:
            # "The Turkish Defence Ministry blamed the YPG and said 40 were killed": the ministry
            # speaks; the YPG is whom it blames
            who = both.group("subj")
            start = offset + m.start("who") + m.group("who").rfind(both.group(0))
            span = Span(start, start + len(who))
        if _PRONOUN.match(who) and last_party is not None:
            return Attribution(claimant=last_party.claimant, stance=last_party.stance, span=span)
        stance = "denial" if _DENY.search(text) and not DENIED_OWN_LOSSES.search(text) else _stance_for(who, span, actors)
        return Attribution(claimant=_tidy(who), stance=stance, span=span)
    return Attribution(claimant="the report", stance="unattributed", span=None)


_BLAMED_AND = fastre.compile(r"(?P<subj>.+?)\s+(?:blamed|accused|condemned|denounced)\b.*\band$", re.I)


def _tidy(who: str) -> str:
    who = fastre.sub(r"^(?:while|whereas|but|however|and),?\s+", "", who.strip(), flags=re.I)
    who = fastre.sub(r"^(?:the|a|an|its|these|those|some|other)\s+", "", who, flags=re.I)
    who = fastre.sub(r"\s+(?:initially|later|first|subsequently|originally)$", "", who, flags=re.I)  # "police initially said"
    return who[:80]
