"""Claims and fatalities: each figure with its source, and the event's conservative count.

ACLED's conventions: one source's figures in a sentence add up; its later sentences add when
they count other victims and restate otherwise; different sources are alternatives, the lowest
credible total is the event's figure and the range keeps the highest; a suicide bomber counts.
"""

from __future__ import annotations

import re

from . import fastre
from .attribution import DENIED_OWN_LOSSES, IN_STATEMENT, TALLY, TALLY_LINE, attribute_clause, source_named
from .casualties import BOMBER_DIED, BOMBERS_DIED, TELL_VERB, TOLL_VERB, is_included, is_later
from .eventtype import ROSE_VERB
from .models import ActorMention, Attribution, CasualtyMention, Claim, Document, Event, EvidenceSpan, Span

# the verbs by which a second source gives its figure ("..., while a local administrator spoke of 11 dead")
_SOURCE_VERB = (r"(?:said|says|claimed|reported|put|told|according|gave|cited|counted|estimated|placed|confirmed|recorded|"
                r"documented|spoke of|speaks of|acknowledged|admitted|insisted|maintained|stated|announced|published)")
_CONTRAST = fastre.compile(
    r"(?:,\s*|\s)(?:while|whereas|but|however|though|although)\b(?=[^.;]{0,80}\b" + _SOURCE_VERB + r"\b)|"
    # "Local authorities said 3 died; other reports cited 4 deaths": a second source after a semicolon
    r";\s*(?=(?:other|some|separate|different|unofficial|hospital|medical|local)\s+(?:[\w-]+\s+){0,2}?(?:reports?|sources?|accounts?|media|outlets?)\s+"
    r"(?:said|says|cited|put|gave|reported|claimed|told|placed)\b)|"
    # "Police counted 13 dead; a rights group said 14 were killed": any named source after a semicolon
    r";\s*(?=(?:the |a |an )?(?:[\w'’()-]+,?\s+){0,9}?" + _SOURCE_VERB + r"\b|"
    # "...; al Shabaab, in a statement on a website linked to the group, claimed to have killed 20"
    r"(?:the |a |an )?(?:[\w'’()-]+\s+){0,3}?[\w'’()-]+,\s+" + IN_STATEMENT + r"[^,;.]{0,60},\s+(?:[\w-]+\s+)?" + _SOURCE_VERB + r"\b)",
    re.I)


_SAME_GIVER_AND = fastre.compile(r"[^.;]{0,40}?\band\s+(?:also\s+)?(?:acknowledged|admitted|conceded|confirmed|reported|put|gave|counted)\s*$", re.I)
_GIVEN_TOLL = fastre.compile(rf"{TOLL_VERB}\b", re.I)
# the subject (up to six words) of a verb of giving a toll: "while local media put the toll at 12"
_GIVER = r"(?P<who>(?:the |a |an )?[\w'’-]+(?: [\w'’-]+){0,5}?(?: \((?-i:[A-Z][A-Za-z]{1,9})\))?)"  # (and "the ... Rights (ANPDH)")
_GIVER_BEFORE = fastre.compile(rf"(?:^|(?<=[,;]\s)|(?<=\s))(?:(?:while|whereas|but|and|however),?\s+)?{_GIVER}"
                           r"(?:,\s+(?:(?:speaking|who|citing|quoting|according|after|having|following)\b|"
                           rf"{IN_STATEMENT})[^,;.]{{1,60}},)?\s+(?:later\s+|also\s+)?$", re.I)  # ("A local administrator, speaking on condition of anonymity, put ...", "Amnesty, after speaking to survivors, put ...")
_TOLL_GIVER = fastre.compile(
    rf"(?:,\s*|\s|;\s*)(?:(?:while|whereas|but|however),?\s+)?{_GIVER}\s+"
    r"(?:later\s+)?(?:put|puts|placed|places|gave|gives|estimated|estimates|counted|counts|cited|cites|spoke of|speaks of|confirmed|recorded|acknowledged|admitted)\b", re.I)


# a side's claim that no one could check: "the army's claim to have killed 30 militants could not be verified"
_CLAIM_TO_HAVE = fastre.compile(r"\b(?P<who>(?:the )?[\w'’-]+(?: [\w'’-]+)?)['’]s? claims? (?:to have|that it had|that they had|of having)\s+$", re.I)
_CLAIMED_TO_HAVE_KILLED = fastre.compile(r"\b(?P<who>(?:the )?[\w'’-]+(?: [\w'’-]+)?) claim(?:ed|s) to have $", re.I)
_UNVERIFIED = fastre.compile(r"[^.;]{0,30}?\b(?:could not|cannot|can not|could not yet) be (?:independently )?(?:verified|confirmed)\b", re.I)


def _boaster(text: str, sent, c: CasualtyMention) -> str | None:
    """Who boasts of the figure ``c``, as a side's claim: "the army's claim to have killed 30 militants
    could not be independently verified", "the army claimed to have killed dozens of RSF fighters"."""
    start = max(sent.start, c.span.start - 60)
    m = _CLAIM_TO_HAVE.search(text, start, c.span.start)
    if m is not None and _UNVERIFIED.match(text, c.span.end, sent.end):
        return m.group("who")
    if fastre.match(r"(?:killed|neutrali[sz]ed|eliminated)\b", text[c.span.start : c.span.start + 12], re.I):
        m = _CLAIMED_TO_HAVE_KILLED.search(text, start, c.span.start)
        if m is not None:
            return m.group("who")
    return None


def build_claims(
    doc: Document, casualties: list[CasualtyMention], attributions: list[Attribution], actors: list[ActorMention]
) -> dict[int, list[tuple[Claim, CasualtyMention]]]:
    """Each casualty mention as a :class:`Claim` with its source, keyed by sentence."""
    out: dict[int, list[tuple[Claim, CasualtyMention]]] = {}
    text = doc.text
    for c in casualties:
        att = attributions[c.sentence] if c.sentence < len(attributions) else None
        sent = doc.sentences[c.sentence]
        turns = [m.start() for m in _CONTRAST.finditer(text, sent.start, sent.end)]
        if turns:
            # "The NRF said 11 were killed, while a Taliban spokesman said only two had died":
            # each clause between turns has its own source; a figure before the first turn
            # with no source of its own is the report's, not the next clause's
            bounds = [sent.start, *turns, sent.end]
            k = max(i for i in range(len(bounds) - 1) if bounds[i] <= c.span.start)
            clause = attribute_clause(text[bounds[k] : bounds[k + 1]], bounds[k], actors)
            if clause.stance != "unattributed":
                att = clause
            elif k == 0 and (att is None or att.span is None or att.span.start >= turns[0]):
                att = clause
            elif k > 0 and (who := _TOLL_GIVER.match(text, bounds[k], bounds[k + 1])) is not None:
                # "..., while local media put the toll at 12": another account, whatever its verb
                att = Attribution(claimant=who.group("who"), stance="unattributed", span=None)
        if _GIVEN_TOLL.match(text, c.span.start):
            giver = _GIVER_BEFORE.search(text, sent.start, c.span.start)
            if giver is not None:
                # "Residents who fled to the town put the toll at more than 40": they are its source
                att = source_named(giver.group("who"), Span(giver.start("who"), giver.end("who")), actors)
        if (boaster := _boaster(text, sent, c)) is not None:
            att = Attribution(claimant=boaster, stance="perpetrator_claim", span=None)
        prev = out.get(c.sentence, [])
        if (att is None or att.stance == "unattributed") and prev and prev[-1][0].stance != "unattributed" and _SAME_GIVER_AND.match(
                text, prev[-1][1].span.end, c.span.start):
            # "An SDF statement put the number ... at 31 and acknowledged four dead in its own ranks": one source
            att = Attribution(claimant=prev[-1][0].claimant, stance=prev[-1][0].stance, span=None)
        claim = Claim(
            figure=c.figure,
            low=c.low,
            high=c.high,
            qualifier=c.qualifier,
            outcome=c.outcome,
            victims=c.victims.replace("(included) ", "").replace("(later) ", ""),
            victim_kind=c.victim_kind,
            claimant=att.claimant if att else "the report",
            stance=att.stance if att else "unattributed",
            scope="event",
            evidence=EvidenceSpan(start=sent.start, end=sent.end, text=text[sent.start : sent.end]),
            phrase=text[c.span.start : c.span.end],
        )
        out.setdefault(c.sentence, []).append((claim, c))
    return out


# "A wave of attacks across Iraq killed 26 people ... In Kirkuk, bombs killed seven": a total over
# several attacks first, then its parts, which restate it and never add to it
_AGGREGATE = fastre.compile(
    r"\b(?:series|wave|string|spate|number|round|set) of (?:[\w-]+ ){0,4}?(?:attacks|bombings|blasts|explosions|"
    r"shootings|bombs|raids|strikes|assaults|incidents)\b|"
    r"\b(?:attacks|bombings|blasts|explosions|shootings|violence) (?:across|throughout|in and around)\b|"
    r"\b(?:multiple|several|coordinated|simultaneous) (?:[\w-]+ )?(?:attacks|bombings|blasts|explosions|incidents)\b",
    re.I,
)
_MORE = fastre.compile(r"\b(?:also|additional|in addition|besides|further)\b", re.I)
_ADDITIVE = fastre.compile(r"\b(?:additional|another|others?(?!\s+being\s+(?:injured|wounded|hurt)\b)|more(?! than)|also|separate(?:ly)?|later|second|third|further|elsewhere|besides)\b", re.I)


_RAISING_TOLL = fastre.compile(r"\b(?:raising|bringing|taking|pushing) the (?:death |overall |total )?toll to\b", re.I)
_TOLL_UPDATE = fastre.compile(rf"\btoll (?:had |has )?{ROSE_VERB} to\b", re.I)
# a first account and the later one that replaces it, told by another source in another sentence
_INITIAL_ACCOUNT = fastre.compile(rf"\b(?:initially|at first|originally)\s+(?:{TELL_VERB}|confirmed)\b|^Early reports\b"
                              r"|^(?:A|One|Two|Three) (?:day|days|hours?) (?:earlier|before),? (?:it|they|he|she|officials|the \w+) had (?:reported|said|put|given|counted)\b", re.I)
_LATER_ACCOUNT = fastre.compile(r"\b(?:later|subsequently)\s+(?:said|reported|put|gave|counted|documented|recorded|confirmed|raised|revised|updated)\b"
                            r"|\b(?:raising|raised|revising|revised|updating|updated) the (?:death )?toll\b", re.I)
# stances whose figures count only when no one else gives one
_DOUBTED = ("perpetrator_claim", "denial")
_DEATH_WORD = fastre.compile(r"\b(?:kill\w*|dead|died|deaths?|succumb\w*|slain|murder\w*|lives|behead\w*|execut\w*|lynch\w*|bod(?:y|ies))\b", re.I)


# the victims of an armed group's own count of its dead: "four members", "two of its fighters"
_TOLD_PASSIVE = fastre.compile(r"\b(?:were|was|have been|had been|died|lost)\b", re.I)  # (not "it killed 20 members")
_OWN_SIDE_DEAD = fastre.compile(r"(?:of )?(?:(?:its|their|our|the group['’]s|the militia['’]s) (?:own )?(?:members|fighters|men|cadres|combatants)|members)", re.I)


def _add_counts(acc: list, best: int, low: int, high: int | None) -> None:
    """Add a count (best, low, high) into a source's running totals ``acc``; an unknown high stays unknown."""
    acc[0] += best
    acc[1] += low
    acc[2] = None if acc[2] is None or high is None else acc[2] + high


def _denies_own_losses(key: str, told_in: dict[str, str], phrase_of: dict[str, str]) -> bool:
    """Whether the source ``key`` is the one that denied its own losses in its sentence: its figure is the
    last one told before the denial ("... while a Taliban spokesman said three of the attackers died and
    denied suffering any losses")."""
    text = told_in[key]
    m = DENIED_OWN_LOSSES.search(text)
    if m is None:
        return False
    at = text.rfind(phrase_of[key], 0, m.start()) if phrase_of[key] else -1
    return at >= 0 and not any(
        k != key and told_in[k] == text and at < text.rfind(phrase_of[k], 0, m.start()) for k in told_in if phrase_of.get(k))


def fatality_range(pairs: list[tuple[Claim, CasualtyMention]]) -> tuple[int, int, int | None]:
    """(best, low, high) killed from claims; a note that ends on a bare count ("... 6 fatalities.")
    gives the coder's own figure, which decides (the sources' figures stay in the range)."""
    best, low, high = _fatality_range(pairs)
    last = max((c.sentence for _, c in pairs), default=-1)
    tally = [claim for claim, c in pairs if c.sentence == last and claim.outcome == "killed" and not is_later(c)
             and TALLY_LINE.fullmatch(claim.evidence.text)]
    if len(tally) == 1 and tally[0].figure != best:
        n = tally[0].figure
        return n, min(low, n), None if high is None else max(high, n)
    return best, low, high


def _fatality_range(pairs: list[tuple[Claim, CasualtyMention]]) -> tuple[int, int, int | None]:
    """(best, low, high) killed from claims.

    Figures in one sentence add up (unless one is a sub-group, "including three children",
    and there is a total it belongs to).
    A source's later sentences add to its earlier ones when they count other victims ("three
    additional attackers were killed", a different victim group) and restate them otherwise;
    after a total over several attacks ("a wave of attacks killed 26") they are its parts.
    Different sources are alternatives: the best figure is the lowest credible total (ACLED's
    convention; perpetrators' claims count only when nobody else gives a figure).
    """
    killed = [(claim, c) for claim, c in pairs if claim.outcome == "killed" and not is_later(c)]
    # (the report's own update or its source's, not another source's higher figure: "Local lawmakers said the toll had risen to 15")
    updates = [c.sentence for claim, c in killed if _TOLL_UPDATE.search(claim.phrase or "") and (
        claim.stance == "unattributed" or all(other.claimant == claim.claimant for other, o in killed if o.sentence < c.sentence))
        or _RAISING_TOLL.search(claim.phrase or "")]  # ("Two more bodies were recovered, raising the toll to three": whoever says it)
    if updates:  # "killing at least 18, medics said. By Friday morning the toll had risen to 25": the update replaces
        killed = [(claim, c) for claim, c in killed if c.sentence >= max(updates)]
    # victims who died after the toll was told ("A second man ... died in hospital") add to it, whoever's it is
    later = sum(c.figure for claim, c in pairs if claim.outcome == "killed" and is_later(c))
    # a part with no total beside it is the only count there is ("opened fire on the
    # marchers, killing five of them")
    counted = [(claim, c) for claim, c in killed if not is_included(c)] or [
        (claim, c) for claim, c in killed if _DEATH_WORD.search(claim.phrase or "")
    ]
    sentences: dict[tuple[int, str], list] = {}
    for claim, c in counted:
        sentences.setdefault((c.sentence, claim.claimant.lower()), []).append((claim, c))
    if not sentences:
        return later, later, later
    by_source: dict[str, list[int | None]] = {}
    vague_of: dict[str, bool] = {}  # a source whose every figure is a word of quantity ("executed several men")
    own_losses: dict[str, bool] = {}  # an armed group's count of its own dead ("a militia source said four members were killed")
    of_its: dict[str, bool] = {}  # a source that counts "four of its soldiers"
    stance_of: dict[str, str] = {}
    told_in: dict[str, str] = {}
    phrase_of: dict[str, str] = {}
    for s_idx in sorted(sentences):
        items = sentences[s_idx]
        best = sum(cl.figure for cl, _ in items)
        low = sum(cl.low for cl, _ in items)
        high = None if any(cl.high is None for cl, _ in items) else sum(cl.high for cl, _ in items)
        kinds = {c.victim_kind for _, c in items}
        claim0 = items[0][0]
        key = claim0.claimant.lower()
        of_its[key] = of_its.get(key, True) and all(_OF_ITS.search(cl.phrase or "") for cl, _ in items)
        own_losses[key] = own_losses.get(key, True) and all(
            _OWN_SIDE_DEAD.fullmatch(c.victims or "") and _TOLD_PASSIVE.search(cl.phrase or "") for cl, c in items)
        vague_of[key] = vague_of.get(key, True) and all(_VAGUE_ONLY.search(cl.phrase or "") and not _COUNTED_FIGURE.search(cl.phrase or "") for cl, _ in items)
        stance_of[key] = claim0.stance
        told_in.setdefault(key, claim0.evidence.text)
        phrase_of.setdefault(key, claim0.phrase or "")
        acc = by_source.get(key)
        if acc is None:
            by_source[key] = [best, low, high, kinds, bool(_AGGREGATE.search(claim0.evidence.text))]
            continue
        other_kind = not (kinds & acc[3]) and "unknown" not in kinds | acc[3]
        if acc[4]:  # parts of a total over several attacks, unless said to be more or others
            additive = bool(_MORE.search(claim0.evidence.text)) or other_kind and "perpetrator" in kinds
        else:
            # (attackers told dead after a toll that counted none of them: "Both bombers died")
            additive = bool(_ADDITIVE.search(claim0.evidence.text)) or other_kind or kinds == {"perpetrator"} and "perpetrator" not in acc[3]
        if additive:
            _add_counts(acc, best, low, high)
        else:
            acc[0] = max(acc[0], best)
            acc[1] = max(acc[1], low)
            acc[2] = None if acc[2] is None or high is None else max(acc[2], high)
        acc[3] |= kinds
    for key in by_source:
        # an armed group's count of civilians dead, beside another source's count of the same dead, is no
        # boast of its own kills ("artillery shells hit a camp ...; aid workers put the toll at 29, while a KIA
        # spokesman said 26 had died"): it counts like any source (not against a count of militants: "the
        # Taliban said 46 civilians were killed, while a Pakistani official said 20 militants died")
        if stance_of[key] == "perpetrator_claim" and by_source[key][3] == {"civilian"} and any(
                k != key and stance_of[k] not in _DOUBTED and by_source[k][3] & {"civilian", "unknown"} for k in by_source):
            stance_of[key] = "witness"
        elif stance_of[key] == "perpetrator_claim" and own_losses.get(key):
            # a group's count of its own dead is no boast ("A militia source said four members were killed,
            # while a monitoring group put the toll at seven": four, the lowest)
            stance_of[key] = "witness"
    deniers = [k for k in by_source if _denies_own_losses(k, told_in, phrase_of)]
    if deniers and len(by_source) > len(deniers):
        # "The NRF claimed to have killed dozens of Taliban fighters, while a Taliban spokesman said three of the
        # attackers died and denied suffering any losses": the other side's boast is denied; the denier's count stands
        for k in [k for k in by_source if k not in deniers and stance_of[k] == "perpetrator_claim"]:
            by_source.pop(k)
        for k in deniers:
            stance_of[k] = "witness"
    owners = [k for k in by_source if of_its.get(k) and stance_of[k] not in _DOUBTED]
    if len(owners) >= 2:
        # "Armenia said four of its soldiers were killed ...; Azerbaijan said one of its servicemen died":
        # each side counts its own dead, so the counts add up
        acc = by_source[owners[0]]
        for k in owners[1:]:
            v = by_source.pop(k)
            _add_counts(acc, v[0], v[1], v[2])
            acc[3] |= v[3]
    for key in list(by_source):
        # another source that counts other victims ("killing four soldiers. The ISPR said three
        # militants were also killed") adds to the rest; on the same victims it is an alternative
        # (a side's boast or a denied figure and the credible accounts are never merged)
        # (a source whose victims are unknown stays an alternative total beside them: "The army
        # said 18 insurgents were neutralised; a security source said four soldiers were also
        # killed. 22 killed.")
        own = by_source[key][3]
        others = [k for k in by_source if k != key and (stance_of[k] in _DOUBTED) == (stance_of[key] in _DOUBTED)
                  and "unknown" not in by_source[k][3]]
        if not others or "unknown" in own:
            continue
        other_kinds = set().union(*(by_source[k][3] for k in others))
        if own & other_kinds:
            continue
        v = by_source.pop(key)
        for k in others:
            _add_counts(by_source[k], v[0], v[1], v[2])
            by_source[k][3] |= own
    first = [k for k in by_source if _INITIAL_ACCOUNT.search(told_in[k])]
    if first and any(_LATER_ACCOUNT.search(told_in[k]) for k in by_source if k not in first):
        # "Police initially said 19 were killed. UNAMA later documented 53 dead": the later count replaces the first
        for k in first:
            by_source.pop(k)
    if any(not vague_of.get(k, False) and stance_of[k] not in _DOUBTED for k in by_source):
        # "executed several men. Local sources reported between 7 and 11 killed": the count replaces the word
        for k in [k for k in by_source if vague_of.get(k, False) and stance_of[k] not in _DOUBTED]:
            by_source.pop(k)
    totals = [(v[0], v[1], v[2], stance_of[k]) for k, v in by_source.items()]
    credible = [v for v in totals if v[3] not in _DOUBTED]
    # "Local sources said 3 people were wounded; Islamic State claimed that 5 Taliban members were
    # killed": the only credible account tells of wounded, none dead; the boast stays the high end
    wounded_only = not credible and any(
        claim.outcome == "injured" and claim.stance in ("official", "witness", "media_report") for claim, _ in pairs
    ) and all(fastre.search(r"\bclaim(?:ed|s|ing)?\b", claim.evidence.text, re.I) for claim, _ in killed)
    credible = credible or totals
    best = later if wounded_only else min(v[0] for v in credible) + later
    low = min(v[1] for v in totals) + later
    highs = [v[2] for v in totals]
    high = None if any(h is None for h in highs) else max(highs) + later  # type: ignore[type-var,operator]
    return best, min(low, best), high


_BOMBERS = fastre.compile(
    r"\b(?:(?P<n>two|three|four|2|3|4) (?:female |male )?suicide (?:bombers|attackers)|suicide (?:car |truck |vehicle )?(?:bomber|attacker)|suicide (?:car|truck|vehicle)[- ]bomb(?:ing)?|blew (?:himself|herself) up|detonated (?:himself|herself)|"
    r"detonated (?:his|her|an?) (?:explosives? vest|explosive belt|suicide (?:vest|belt))|detonated (?:his|her) (?:explosives?|vest)|"
    r"(?:killing|killed) (?:himself|herself) and|the (?:suicide )?bomber and (?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:[\w-]+ ){0,2}?(?:died|were killed))\b",
    re.I,
)
# the bombers named after a word that counts them in or leaves them out ("among them the three bombers")
_THE_BOMBERS = r"(?:two |three |four )?(?:suicide )?(?:bombers?|attackers?)"
_BOMBER_COUNTED = fastre.compile(rf"\b(?:including|among them) (?:the )?{_THE_BOMBERS}\b|"
                             r"bombers? (?:was|were) (?:also |among )|\bthe (?:suicide )?bombers? included\b|\bthe (?:suicide )?(?:bombers?|attackers?) among them\b|\bincluding (?:himself|herself|themselves)\b|"
                             r"\bonly the (?:driver|bomber|attacker|assailant)\b[^.;]{0,120}?\b(?:died|was killed)\b", re.I)  # ("Only the driver, ..., died")
# (and "Both bombers died": counted where they are told, see casualties.BOMBERS_DIED)


_OF_ITS = fastre.compile(r"\bof (?:its|their) (?:own )?(?:soldiers|troops|servicemen|men|fighters|members|personnel|officers|policemen)\b", re.I)
_VAGUE_ONLY = fastre.compile(r"\b(?:several|a few|some|many|numerous|a number of)\b", re.I)
_COUNTED_FIGURE = fastre.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b", re.I)
_NUMBER_WORD = fastre.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds)\b", re.I)
# a count of the hurt beside the bomber's death ("and three guards were hurt"): no count of dead
_HURT_COUNT = fastre.compile(_NUMBER_WORD.pattern + r"\s+(?:(?!(?:killed|dead|died|and)\b)[\w-]+\s+){0,8}?(?:were\s+|was\s+)?(?:injur\w*|wound\w*|hurt)\b", re.I)


def _bomber_told_alone(text: str) -> bool:
    """Whether a sentence tells the lone bomber's death with no other count ("The bomber, a man of
    20, was killed"; "Police said the bomber died in the blast"): counted there, as casualties reads
    it (not "Two policemen and the bomber died", "killing 4 policemen; the bomber also died": the
    toll beside him leaves him out)."""
    for m in BOMBER_DIED.finditer(text):
        start = max(text.rfind(". ", 0, m.start()) + 2, 0)
        end = text.find(". ", m.end())
        rest = text[start : m.start()] + " " + text[m.end() : len(text) if end < 0 else end]
        rest = _HURT_COUNT.sub(" ", rest)
        if not _NUMBER_WORD.search(rest):
            return True
    return False
# "at least 54 people were killed, not counting the bomber": the toll leaves the bomber out
_BOMBER_APART = fastre.compile(rf"\b(?:not (?:counting|including)|excluding|without counting|along with|as well as|besides) the {_THE_BOMBERS}\b", re.I)


def uncounted_bombers(text: str, whole: str = "") -> int:
    """How many suicide bombers died in ``text`` (the event's sentences), when the report does not
    already count them (ACLED counts them); ``whole`` is the report, which may say so elsewhere
    ("Five fatalities coded, the bomber included")."""
    reports = (text, whole) if whole else (text,)
    if any(_TALLY_END.search(r) for r in reports):
        return 0  # "... 34 fatalities.": the note's own count, in which ACLED counts the bombers
    said_apart = any(_BOMBER_APART.search(r) for r in reports)
    if not said_apart and any(_BOMBER_COUNTED.search(r) or BOMBERS_DIED.search(r) or _bomber_told_alone(r) for r in reports):
        return 0
    m = _BOMBERS.search(text) or BOMBER_DIED.search(text)  # (or "the bomber, a 22-year-old, died in the blast")
    if not m:
        return 0
    n = m.groupdict().get("n")
    if not n:
        return 1
    return int(n) if n.isdigit() else {"two": 2, "three": 3, "four": 4}[n.lower()]


# a report that ends on a bare count ("... claimed responsibility. 34 fatalities."), as notes do
_TALLY_END = fastre.compile(rf"(?:^|[.!?;]\s+){TALLY}", re.I)
WIDE = fastre.compile(
    r"\bacross (?:the )?(?:\w+ )?(?:province|country|region|state|district|nation|towns|cities|areas)\b|\bin total\b|"
    r"\boverall\b|\bnationwide\b|\bprovince-?wide\b|\bso far in (?:the )?attacks\b",
    re.I,
)


def split_wide_claims(ev: Event, claims_by_sentence) -> list[Claim]:
    """One-event reports: a toll "across the province" is a campaign claim, not this event's."""
    pairs = [p for s in sorted(claims_by_sentence) for p in claims_by_sentence[s]]
    wide = [(c, cm) for c, cm in pairs if WIDE.search(c.evidence.text)]
    own = [(c, cm) for c, cm in pairs if not WIDE.search(c.evidence.text)]
    if not wide or not any(c.outcome == "killed" for c, _ in own):
        return []
    ev.claims = [c for c, _ in own]
    best, low, high = fatality_range(own)
    ev.fatalities, ev.fatalities_low, ev.fatalities_high = best, low, high
    ev.evidence["fatalities"] = [c.evidence for c, _ in own if c.outcome == "killed"]
    return [c.model_copy(update={"scope": "campaign"}) for c, _ in wide]
