"""Actors stage: find who acts in a report and name them the way ACLED does.

One lexicon (``data/actors.json``, optionally extended by ``Config.home/actors.json`` or a
file passed in) holds named groups with aliases and units, state forces with their periods and
units, and generic roles ("soldiers", "gunmen", "villagers"). :meth:`ActorLexicon.find` scans a
document once: it splits the text into word tokens and looks each token up in a dictionary keyed
by the first word of every alias (longest alias wins), so the cost is a few dictionary look-ups
per word whatever the size of the lexicon.

Naming follows ACLED: "Military Forces of Pakistan (2018-2022)", "Police Forces of Bangladesh
(2009-2024) Rapid Action Battalion", "Unidentified Armed Group (Bangladesh)", "Civilians
(Bangladesh)", "Protesters (Bangladesh)", "Rioters (Bangladesh)", "ACRONYM: Full name".

Notes for the event coder:

* A unit of a non-state group ("Majeed Brigade") comes back with ``parent`` set to the group
  ("BLA: Balochistan Liberation Army"): code the parent as the actor and the unit as associated
  (:meth:`ActorLexicon.code_as` does this). A unit of state forces is an ACLED actor in its own
  right ("Police Forces of Bangladesh (2009-2024) Rapid Action Battalion"); its ``parent`` is the
  branch.
* Parties and their wings have ``kind="party"`` and inter 3. When party members fight or attack,
  ACLED codes the party itself (inter 3); when they riot or demonstrate, it codes "Rioters (X)" /
  "Protesters (X)" with the party as associated actor; when they are victims, "Civilians (X)"
  with the party associated. ``code_as(mention, "rioters", country)`` gives that pair.
* State forces acting outside their own country are External/Other forces (inter 8), as the
  ACLED codebook defines inter code 8; their name keeps the home country and period
  ("Police Forces of India (2014-) Border Security Force" in Bangladesh).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from . import fastre
from .config import Config
from .errors import ConfigError
from .eventtype import ARMED_MOVEMENT
from .models import ActorMention, Document, Span

Branch = Literal["military", "police"]
Kind = Literal[
    "state_military",
    "state_police",
    "rebel",
    "political_militia",
    "identity_militia",
    "rioters",
    "protesters",
    "civilians",
    "external",
    "unidentified",
    "party",
]

KIND_INTER: Mapping[str, int] = {
    "state_military": 1,
    "state_police": 1,
    "rebel": 2,
    "political_militia": 3,
    "party": 3,
    "unidentified": 3,  # ACLED codes Unidentified Armed Groups as political militias
    "identity_militia": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external": 8,
}
ROLE_CLASSES = ("military", "police", "unidentified", "civilians", "protesters", "rioters")
_ROLE_KIND = {
    "military": "state_military",
    "police": "state_police",
    "unidentified": "unidentified",
    "civilians": "civilians",
    "protesters": "protesters",
    "rioters": "rioters",
}
_GENERIC_LABEL = {
    "unidentified": "Unidentified Armed Group",
    "civilians": "Civilians",
    "protesters": "Protesters",
    "rioters": "Rioters",
}
_STATE_KINDS = frozenset({"state_military", "state_police", "external"})
_BRANCH_LABEL = {"military": "Military Forces of", "police": "Police Forces of"}
_FORMAT = "eventatlas-actors/1"

_TOKEN = fastre.compile(r"\w+")
# What may stand between two words of one alias: spaces, hyphens, dots, apostrophes, brackets.
_GAP = fastre.compile(r"[\s\-\u2010\u2011\u2013.'\u2019()/]{1,4}")
_POSSESSIVE = fastre.compile(r"['\u2019]")
_PREPOSITIONS = frozenset({"of", "from"})
_DETERMINERS = frozenset({"the", "a", "an", "rival", "local", "its", "their"})
# words for the police that also name civil servants when a civil field comes before them
_CIVIL_TITLES = frozenset({"inspector", "inspectors", "officer", "officers"})
_CIVIL_QUALIFIERS = frozenset({
    "planning", "food", "tax", "health", "sanitary", "customs", "excise", "forest", "education", "school", "labour", "labor",
    "agriculture", "agricultural", "fisheries", "livestock", "land", "revenue", "election", "polling", "presiding", "returning",
    "executive", "medical", "bank", "relief", "project", "union", "upazila", "nirbahi",
})
_POSSESSIVE_PRONOUNS = frozenset({"its", "their"})
_ELECTORAL_NOUNS = frozenset({"candidate", "candidates", "independent", "aspirant", "aspirants", "councillor", "councilor", "nominee", "mp", "mps", "faction", "leader", "leaders"})
_RIVAL_BANDS = frozenset({"rival groups", "rival factions"})
_OF_AN_ARMED_MOVEMENT = fastre.compile(r" of (?:the )?(?:former |ex-|old )?(?:[\w-]+ ){0,2}?" + ARMED_MOVEMENT, re.I)
_ANTECEDENT_CHARS = 600  # how far back "its fighters" may look for the group it refers to


# --------------------------------------------------------------------------------------------
# Lexicon records
# --------------------------------------------------------------------------------------------


# words before a generic armed group that make its men someone's victims, not a side
_SUSPECTED = frozenset({"suspected", "alleged", "accused", "presumed"})


@dataclass(frozen=True, slots=True)
class Alias:
    """One surface form: its words as written, their lower-case key, and where it may match."""

    text: str
    words: tuple[str, ...]
    key: tuple[str, ...]
    case_sensitive: bool
    only_in: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Period:
    start: dt.date
    label: str  # "2018-2022", or "2024-" for the current one


@dataclass(frozen=True, slots=True)
class StateInfo:
    country: str
    forces_of: str  # "Pakistan", "the United States"
    demonyms: tuple[str, ...]
    periods: tuple[Period, ...]
    military_of: str | None = None  # the state whose troops a bare "soldiers" means here ("Israel" in Palestine)


@dataclass(frozen=True, slots=True)
class Unit:
    name: str
    aliases: tuple[Alias, ...]


@dataclass(frozen=True, slots=True)
class BecomesState:
    """A group that became the government: from ``start`` it is coded as state forces."""

    country: str
    start: dt.date
    branch: str


@dataclass(frozen=True, slots=True)
class ActorEntry:
    name: str  # may hold "{country}", filled with the document's country
    inter: int
    kind: str
    countries: tuple[str, ...]
    aliases: tuple[Alias, ...]
    units: tuple[Unit, ...] = ()
    name_by_country: Mapping[str, str] | None = None
    becomes_state: BecomesState | None = None
    affiliation: str | None = None


@dataclass(frozen=True, slots=True)
class StateUnit:
    country: str
    branch: str
    unit: str | None  # None: the branch itself ("Pakistan Army" -> Military Forces of Pakistan)
    aliases: tuple[Alias, ...]
    until: dt.date | None = None  # after this date the force no longer exists ("Former ...")


@dataclass(frozen=True, slots=True)
class CodedActor:
    """What goes into ACLED's actor / inter / assoc_actor fields for one mention."""

    actor: str
    inter: int
    assoc: str | None = None


@dataclass(frozen=True, slots=True)
class _Target:
    what: Literal["actor", "unit", "state", "role", "nationals"]
    ref: Any  # ActorEntry, (ActorEntry, Unit), StateUnit, role class name or country
    alias: Alias


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def interaction_code(inter1: int, inter2: int) -> int:
    """ACLED's interaction code: the two inter codes, lower first ("12", "17"); one actor alone
    gives its code times ten ("60" for protesters with no second actor)."""
    for value in (inter1, inter2):
        if not isinstance(value, int) or not 0 <= value <= 8:
            raise ConfigError(f"inter codes run from 0 to 8, got {value!r}: pass ACLED inter codes")
    if inter1 == 0 or inter2 == 0:
        return max(inter1, inter2) * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def pick_period(periods: Iterable[Period], date: dt.date | None) -> Period | None:
    """The period in force on ``date`` (the latest one when no date is given); None when the
    date is before the first known period."""
    ordered = sorted(periods, key=lambda p: p.start)
    if not ordered:
        return None
    if date is None:
        return ordered[-1]
    chosen = None
    for period in ordered:
        if period.start <= date:
            chosen = period
    return chosen


def _words(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(text))


def _is_case_sensitive(words: tuple[str, ...]) -> bool:
    """Acronyms (a word with two capitals: BLA, JuA, IS-K, CoBRA) must match case exactly."""
    return any(sum(ch.isupper() for ch in w) >= 2 for w in words)


def _make_alias(raw: Any, where: str, only_in: Iterable[str] = ()) -> Alias:
    restrict = set(only_in)
    if isinstance(raw, Mapping):
        text = raw.get("text")
        restrict |= set(raw.get("countries") or ())
    else:
        text = raw
    if not isinstance(text, str) or not _words(text):
        raise ConfigError(f"{where}: alias {raw!r} must be a non-empty string or {{'text': ..., 'countries': [...]}}")
    if isinstance(raw, Mapping) and not isinstance(raw.get("match_case", False), bool):
        raise ConfigError(f"{where}: alias {raw!r}: 'match_case' must be true or false")
    words = _words(text)
    return Alias(
        text=text,
        words=words,
        key=tuple(w.lower() for w in words),
        case_sensitive=_is_case_sensitive(words) or isinstance(raw, Mapping) and raw.get("match_case") is True,
        only_in=frozenset(c.lower() for c in restrict),
    )


def _date(value: Any, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise ConfigError(f"{where}: {value!r} is not a date; write it as YYYY-MM-DD") from exc


# --------------------------------------------------------------------------------------------
# Loading and merging
# --------------------------------------------------------------------------------------------


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read actor file {path}: {exc.strerror}; check the path") from exc
    except json.JSONDecodeError as exc:
        raise ConfigError(
            f"actor file {path} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
            "see docs/actors.md for the format"
        ) from exc
    if not isinstance(data, dict):
        raise ConfigError(f"actor file {path} must hold a JSON object; see docs/actors.md")
    fmt = data.get("format", _FORMAT)
    if fmt != _FORMAT:
        raise ConfigError(f"actor file {path} has format {fmt!r}; this version reads {_FORMAT!r}")
    return data


def merge_lexicon_data(base: dict[str, Any], user: Mapping[str, Any]) -> dict[str, Any]:
    """Merge a user actor file over the built-in data (see docs/actors.md for the rules)."""
    out = {k: (list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v) for k, v in base.items()}
    states = {k: dict(v) for k, v in out.get("states", {}).items()}
    for country, info in (user.get("states") or {}).items():
        states[country] = {**states.get(country, {}), **info}
    out["states"] = states

    units = {(u["country"], u["branch"], u.get("unit")): u for u in out.get("state_units", [])}
    for u in user.get("state_units") or ():
        units[(u.get("country"), u.get("branch"), u.get("unit"))] = u
    out["state_units"] = list(units.values())

    actors = {a["name"]: dict(a) for a in out.get("actors", [])}
    for a in user.get("actors") or ():
        name = a.get("name")
        if not isinstance(name, str):
            raise ConfigError(f"user actor entry {a!r} has no 'name'; give the ACLED actor name")
        merged = {**actors.get(name, {}), **a}
        if "add_aliases" in a:
            merged["aliases"] = list(actors.get(name, {}).get("aliases", [])) + list(a["add_aliases"])
        actors[name] = merged
    out["actors"] = [a for a in actors.values() if not a.get("disabled")]

    roles = {k: {**v, "words": list(v.get("words", []))} for k, v in out.get("roles", {}).items()}
    for role, spec in (user.get("roles") or {}).items():
        if role not in roles:
            raise ConfigError(f"unknown role {role!r} in user actor file; roles are {', '.join(ROLE_CLASSES)}")
        drop = {w.lower() for w in spec.get("remove_words", ())}
        words = [w for w in roles[role]["words"] if w.lower() not in drop]
        roles[role]["words"] = words + [w for w in spec.get("words", ()) if w not in words]
    out["roles"] = roles
    for key in ("affiliate_words", "qualified_words"):
        out[key] = list(out.get(key, [])) + list(user.get(key) or ())
    return out


def _parse_states(raw: Mapping[str, Any]) -> dict[str, StateInfo]:
    states: dict[str, StateInfo] = {}
    for country, info in raw.items():
        where = f"states.{country}"
        periods = []
        for item in info.get("periods", ()):
            if not (isinstance(item, list) and len(item) == 2):
                raise ConfigError(f"{where}: period {item!r} must be [start date, label], e.g. ['2018-08-18', '2018-2022']")
            periods.append(Period(_date(item[0], where), str(item[1])))
        occupier = info.get("military_of")
        if occupier is not None and not (isinstance(occupier, str) and occupier.strip()):
            raise ConfigError(f"{where}: military_of must be a country name, e.g. \"Israel\", got {occupier!r}")
        states[country.lower()] = StateInfo(
            country=country,
            forces_of=info.get("forces_of", country),
            demonyms=tuple(info.get("demonyms", ())),
            periods=tuple(sorted(periods, key=lambda p: p.start)),
            military_of=occupier,
        )
    return states


def _parse_actor(raw: Mapping[str, Any]) -> ActorEntry:
    name = raw.get("name")
    where = f"actor {name!r}"
    kind = raw.get("kind")
    if kind not in KIND_INTER:
        raise ConfigError(f"{where}: kind {kind!r} is not one of {', '.join(KIND_INTER)}")
    inter = raw.get("inter", KIND_INTER[kind])
    if not isinstance(inter, int) or not 1 <= inter <= 8:
        raise ConfigError(f"{where}: inter {inter!r} must be an ACLED inter code 1-8")
    only = raw.get("only_in", ())
    aliases = tuple(_make_alias(a, where, only) for a in raw.get("aliases", ()))
    units = tuple(
        Unit(u["name"], tuple(_make_alias(a, f"{where} unit {u['name']!r}", only) for a in u.get("aliases", ())))
        for u in raw.get("units", ())
    )
    becomes = raw.get("becomes_state")
    return ActorEntry(
        name=name,
        inter=inter,
        kind=kind,
        countries=tuple(raw.get("countries", ())),
        aliases=aliases,
        units=units,
        name_by_country={k.lower(): v for k, v in (raw.get("name_by_country") or {}).items()} or None,
        becomes_state=(
            BecomesState(becomes["country"], _date(becomes["from"], where), becomes.get("branch", "military"))
            if becomes
            else None
        ),
        affiliation=raw.get("affiliation"),
    )


def _parse_state_unit(raw: Mapping[str, Any]) -> StateUnit:
    where = f"state unit {raw.get('country')}/{raw.get('unit')}"
    if raw.get("branch") not in _BRANCH_LABEL:
        raise ConfigError(f"{where}: branch must be 'military' or 'police', got {raw.get('branch')!r}")
    only = raw.get("only_in", ())
    return StateUnit(
        country=raw["country"],
        branch=raw["branch"],
        unit=raw.get("unit"),
        aliases=tuple(_make_alias(a, where, only) for a in raw.get("aliases", ())),
        until=_date(raw["until"], where) if raw.get("until") else None,
    )


# --------------------------------------------------------------------------------------------
# The lexicon
# --------------------------------------------------------------------------------------------


# "intercepted four suspected members of the 5 Segonn gang": the mob's victims, named by their gang
_SUSPECTED_MEMBERS_OF = fastre.compile(r"(?i)\bsuspected (?:[\w-]+ ){0,2}?(?:members|men) of (?:the )?(?:[\w'’-]+ ){0,3}$")


class ActorLexicon:
    """Known actors, state forces and generic roles, compiled for fast matching."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.states = _parse_states(data.get("states", {}))
        self.actors = tuple(_parse_actor(a) for a in data.get("actors", ()))
        self.state_units = tuple(_parse_state_unit(u) for u in data.get("state_units", ()))
        self.roles: dict[str, tuple[str, ...]] = {}
        for role, spec in data.get("roles", {}).items():
            if role not in _ROLE_KIND:
                raise ConfigError(f"unknown role class {role!r}; roles are {', '.join(ROLE_CLASSES)}")
            self.roles[role] = tuple(spec.get("words", ()))
        self.affiliate_words = frozenset(w.lower() for w in data.get("affiliate_words", ()))
        # role words that name an actor only after a nationality ("Bangladeshi national")
        self.qualified_words = frozenset(w.lower() for w in data.get("qualified_words", ()))
        self._role_of_word = {
            w.lower(): role for role in ROLE_CLASSES for w in reversed(self.roles.get(role, ()))
        }
        self._index = self._build_index()
        self._demonyms = self._build_demonyms()

    # -- construction ----------------------------------------------------------------------

    @classmethod
    def load(cls, config: Config | None = None, extra: Path | None = None) -> ActorLexicon:
        """The built-in lexicon, with ``Config.home/actors.json`` and then ``extra`` merged over it."""
        text = resources.files("eventatlas").joinpath("data/actors.json").read_text(encoding="utf-8")
        data: dict[str, Any] = json.loads(text)
        config = config if config is not None else Config()
        user_file = Path(config.home) / "actors.json"
        if user_file.is_file():
            data = merge_lexicon_data(data, _read_json(user_file))
        if extra is not None:
            data = merge_lexicon_data(data, _read_json(Path(extra)))
        return cls(data)

    def _build_index(self) -> dict[str, list[tuple[tuple[str, ...], list[_Target]]]]:
        targets: list[_Target] = []
        for entry in self.actors:
            targets += [_Target("actor", entry, a) for a in entry.aliases]
            for unit in entry.units:
                targets += [_Target("unit", (entry, unit), a) for a in unit.aliases]
        for su in self.state_units:
            targets += [_Target("state", su, a) for a in su.aliases]
        for role in ROLE_CLASSES:
            targets += [_Target("role", role, _make_alias(w, f"role {role}")) for w in self.roles.get(role, ())]
        for info in self.states.values():  # "Bangladeshis", "Afghans": civilians of that nationality
            for d in info.demonyms:
                if d[-1:].islower() and (d.endswith("i") or d.endswith("an")):
                    targets.append(_Target("nationals", info.country, _make_alias(d + "s", "nationals")))
        by_key: dict[tuple[str, ...], list[_Target]] = {}
        for t in targets:
            by_key.setdefault(t.alias.key, []).append(t)
        index: dict[str, list[tuple[tuple[str, ...], list[_Target]]]] = {}
        for key, ts in by_key.items():
            index.setdefault(key[0], []).append((key, ts))
        for entries in index.values():
            entries.sort(key=lambda kt: -len(kt[0]))
        return index

    def _build_demonyms(self) -> dict[tuple[str, ...], list[tuple[Alias, str]]]:
        out: dict[tuple[str, ...], list[tuple[Alias, str]]] = {}
        for info in self.states.values():
            for d in info.demonyms:
                alias = _make_alias(d, f"demonym of {info.country}")
                out.setdefault(alias.key, []).append((alias, info.country))
        return out

    # -- naming ------------------------------------------------------------------------------

    def _state(self, country: str) -> StateInfo | None:
        return self.states.get(country.lower())

    def state_forces(self, country: str, branch: Branch, date: dt.date | None = None) -> str:
        """ACLED name of a country's military or police on ``date`` (the current period when None),
        e.g. ``state_forces("Pakistan", "military", date(2020, 1, 1))`` -> "Military Forces of
        Pakistan (2018-2022)". Countries without known periods get no period suffix."""
        if branch not in _BRANCH_LABEL:
            raise ConfigError(f"branch must be 'military' or 'police', got {branch!r}")
        return self._state_name(_BRANCH_LABEL[branch], country, date)

    def government(self, country: str, date: dt.date | None = None) -> str:
        """ACLED name of a country's government on ``date``, the actor of bans, curfews and other
        orders: ``government("Bangladesh", date(2023, 1, 1))`` -> "Government of Bangladesh
        (2009-2024)". The periods are those of the state forces."""
        return self._state_name("Government of", country, date)

    def _state_name(self, prefix: str, country: str, date: dt.date | None) -> str:
        info = self._state(country)
        if info is None:
            return f"{prefix} {country}"
        period = pick_period(info.periods, date)
        if period is None:
            return f"{prefix} {info.forces_of}"
        return f"{prefix} {info.forces_of} ({period.label})"

    def generic(self, role: str, country: str) -> tuple[str, int]:
        """ACLED name and inter code of a generic role in ``country``: ``generic("villagers",
        "Bangladesh")`` -> ("Civilians (Bangladesh)", 7). ``role`` is a role class (military,
        police, unidentified, civilians, protesters, rioters) or any word listed for one."""
        cls = self.role_class(role)
        if cls is None:
            raise ConfigError(
                f"unknown actor role {role!r}; use one of {', '.join(ROLE_CLASSES)} "
                "or add the word to a role in your actors.json"
            )
        name, inter, _kind = self._generic_name(cls, country, None, None)
        return name, inter

    def role_class(self, role: str) -> str | None:
        """The role class of a role word ("policemen" -> "police"), or None."""
        word = role.strip().lower()
        if word in _ROLE_KIND:
            return word
        for article in ("a ", "an ", "the "):
            if word.startswith(article):
                word = word[len(article) :]
        return self._role_of_word.get(word)

    def _generic_name(
        self, role: str, country: str | None, owner: str | None, date: dt.date | None
    ) -> tuple[str, int, str]:
        """(name, inter, kind) of a role; ``owner`` is a nationality given in the text."""
        if role in ("military", "police"):
            if role == "military" and owner is None and country and (info := self._state(country)) is not None and info.military_of:
                owner = info.military_of  # "troops fired on Palestinians" in Gaza: Israel's troops, ACLED's external force
            home = owner or country
            kind = _ROLE_KIND[role]
            if home is None:  # no country known yet: the coder re-names once it knows one
                return ("Military Forces" if role == "military" else "Police Forces"), 1, kind
            name = self.state_forces(home, role, date)  # type: ignore[arg-type]
            if owner and country and owner.lower() != country.lower():
                return name, 8, "external"
            return name, 1, kind
        where = owner if (role == "civilians" and owner) else country
        label = _GENERIC_LABEL[role]
        name = f"{label} ({where})" if where else label
        kind = _ROLE_KIND[role]
        return name, KIND_INTER[kind], kind

    def _actor_name(self, entry: ActorEntry, country: str | None, date: dt.date | None) -> tuple[str, int, str]:
        bs = entry.becomes_state
        if bs is not None and date is not None and date >= bs.start:
            name = self.state_forces(bs.country, bs.branch, date)  # type: ignore[arg-type]
            if country is not None and country.lower() != bs.country.lower():
                return name, 8, "external"
            return name, 1, _ROLE_KIND[bs.branch]
        name = entry.name
        if entry.name_by_country and country and country.lower() in entry.name_by_country:
            name = entry.name_by_country[country.lower()]
        if "{country}" in name:
            name = name.replace("{country}", country) if country else name.replace(" ({country})", "")
        return name, entry.inter, entry.kind

    def _state_unit_name(self, su: StateUnit, country: str | None, date: dt.date | None) -> tuple[str, str | None, int, str]:
        """(name, parent, inter, kind) of a state unit seen in ``country`` on ``date``."""
        kind = _ROLE_KIND[su.branch]
        inter = 1
        if country is not None and country.lower() != su.country.lower():
            inter, kind = 8, "external"
        when = date
        former = su.until is not None and date is not None and date >= su.until
        if former and su.until is not None:
            when = su.until - dt.timedelta(days=1)
        base = self.state_forces(su.country, su.branch, when)  # type: ignore[arg-type]
        if former:
            # Assumption: forces of a fallen government are coded "Former ..." as a rebel group.
            base, inter, kind = f"Former {base}", 2, "rebel"
        if su.unit:
            return f"{base} {su.unit}", base, inter, kind
        return base, None, inter, kind

    # -- matching ------------------------------------------------------------------------------

    def find(
        self, doc: Document, country: str | None, *, date: dt.date | None = None
    ) -> list[ActorMention]:
        """Actor mentions in ``doc.text``, in text order, named for ``country`` on ``date``
        (``doc.published`` when no date is given)."""
        text = doc.text
        when = date if date is not None else doc.published
        toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        keys = [t[2].lower() for t in toks]
        n = len(toks)
        ccode = country.lower() if country else None
        raw: list[tuple[int, int, _Target]] = []  # (first token, last token + 1, target)
        i = 0
        while i < n:
            hit = self._match_at(text, toks, keys, i, ccode)
            if hit is None:
                i += 1
                continue
            length, target = hit
            if i > 0 and any(k.startswith("gang") for k in keys[i : i + length]) and (keys[i - 1] in _SUSPECTED or _SUSPECTED_MEMBERS_OF.search(
                    text, max(0, toks[i][0] - 60), toks[i][0])):
                i += length  # "burned 12 suspected gang members": the mob's victims, no armed side
                continue
            raw.append((i, i + length, target))
            i += length
        out = _acled_armies(text, _acled_militias(text, self._mentions(text, toks, keys, raw, country, when)))
        return self._states_striking(text, toks, keys, out, country, when)

    def _states_striking(
        self, text: str, toks: list[tuple[int, int, str]], keys: list[str], found: list[ActorMention],
        country: str | None, date: dt.date | None,
    ) -> list[ActorMention]:
        """A state named as the subject of a strike ("Russia launched drones at Odesa", "Israel
        struck a house") is its military."""
        strikes = list(_STATE_STRIKES.finditer(text))
        if not strikes:
            return found
        taken = [(m.span.start, m.span.end) for m in found]
        first_at = {t[0]: k for k, t in enumerate(toks)}
        last_at = {t[1]: k for k, t in enumerate(toks)}
        extra: list[ActorMention] = []
        for m in strikes:
            start, end = m.span(1)
            first, last = first_at.get(start), last_at.get(end)
            if first is None or last is None or any(a < end and start < b for a, b in taken):
                continue
            # only the country's own name ("Russia launched"), not a nationality word
            owner = next((o for _, o in self._demonyms.get(tuple(keys[first : last + 1]), ()) if o.lower() == m.group(1).lower()), None)
            if owner is None:
                continue
            name, inter, kind = self._generic_name("military", country, owner, date)
            extra.append(ActorMention(**_where(text, toks, first, last + 1), name=name, inter=inter, kind=kind,
                                      country=owner, generic=True))
        if not extra:
            return found
        return sorted(found + extra, key=lambda a: a.span.start)

    def _state_after_of(self, keys: list[str], b: int) -> tuple[int, str] | None:
        """(end token, country) of "of <State>" right after token ``b``: "Forces of Armenia"."""
        if b >= len(keys) or keys[b] != "of":
            return None
        for n in (3, 2, 1):
            if b + 1 + n <= len(keys) and (info := self._state(" ".join(keys[b + 1 : b + 1 + n]))) is not None:
                return b + 1 + n, info.country
        return None

    def _match_at(
        self, text: str, toks: list[tuple[int, int, str]], keys: list[str], i: int, ccode: str | None
    ) -> tuple[int, _Target] | None:
        entries = self._index.get(keys[i])
        if not entries:
            return None
        n = len(toks)
        for key, targets in entries:
            length = len(key)
            if i + length > n or tuple(keys[i : i + length]) != key:
                continue
            if not all(_GAP.fullmatch(text, toks[j - 1][1], toks[j][0]) for j in range(i + 1, i + length)):
                continue
            fitting = [t for t in targets if self._alias_fits(t.alias, toks, i, ccode)]
            if fitting:
                return length, self._prefer(fitting, ccode)
        return None

    @staticmethod
    def _alias_fits(alias: Alias, toks: list[tuple[int, int, str]], i: int, ccode: str | None) -> bool:
        if alias.only_in and ccode is not None and ccode not in alias.only_in:
            return False
        if alias.case_sensitive:
            return all(toks[i + j][2] == w for j, w in enumerate(alias.words))
        return True

    @staticmethod
    def _prefer(targets: list[_Target], ccode: str | None) -> _Target:
        if ccode is None or len(targets) == 1:
            return targets[0]
        for t in targets:
            ref = t.ref[0] if t.what == "unit" else t.ref
            if isinstance(ref, ActorEntry) and ccode in (c.lower() for c in ref.countries):
                return t
            if isinstance(ref, StateUnit) and ref.country.lower() == ccode:
                return t
        return targets[0]

    def _demonym_before(
        self, text: str, toks: list[tuple[int, int, str]], keys: list[str], i: int, floor: int
    ) -> tuple[int, str] | None:
        """A nationality word right before token ``i`` ("Pakistani soldiers", "India's BSF"):
        (its first token, country). Tokens before ``floor`` belong to an earlier mention."""
        j = i
        if j - 1 < floor or not text[toks[j - 1][1] : toks[j][0]].isspace():
            return None
        if keys[j - 1] == "s" and j - 2 >= floor and _POSSESSIVE.fullmatch(text, toks[j - 2][1], toks[j - 1][0]):
            j -= 1  # possessive: "Pakistan's army"
        for length in (3, 2, 1):
            start = j - length
            if start < floor:
                continue
            for alias, owner in self._demonyms.get(tuple(keys[start:j]), ()):
                if alias.case_sensitive and tuple(t[2] for t in toks[start:j]) != alias.words:
                    continue
                if all(_GAP.fullmatch(text, toks[k - 1][1], toks[k][0]) for k in range(start + 1, j)):
                    return start, owner
        return None

    def _mentions(
        self,
        text: str,
        toks: list[tuple[int, int, str]],
        keys: list[str],
        raw: list[tuple[int, int, _Target]],
        country: str | None,
        date: dt.date | None,
    ) -> list[ActorMention]:
        out: list[ActorMention] = []
        named_spans = [(a, b) for a, b, t in raw if t.what != "role"]
        prev_end = 0
        for a, b, target in raw:
            if a < prev_end:
                continue  # ("Forces" of "the Military Forces of Russia", read with the words before it)
            start_tok = a
            if target.what == "role":
                word = " ".join(keys[a:b])
                if word in self.affiliate_words:
                    if self._attached_to_named(text, toks, keys, a, b, named_spans):
                        prev_end = b
                        continue
                    if a > prev_end and keys[a - 1] in _POSSESSIVE_PRONOUNS:
                        # "its fighters", "their supporters": members of the group named before
                        ref = self._antecedent(out, toks[a][0])
                        if ref is not None:
                            out.append(
                                ActorMention(
                                    **_where(text, toks, a - 1, b),
                                    name=ref.name if ref.kind in _STATE_KINDS else (ref.parent or ref.name),
                                    inter=ref.inter,
                                    kind=ref.kind,
                                    country=ref.country,
                                )
                            )
                            prev_end = b
                            continue
                if target.ref == "police" and word in _CIVIL_TITLES and a > 0 and keys[a - 1] in _CIVIL_QUALIFIERS:
                    prev_end = b
                    continue  # "a family planning inspector", "a tax officer": civil servants, not police
                if word in ("rebel", "rebels") and b < len(keys) and (
                    keys[b] in _ELECTORAL_NOUNS or keys[b] in ("running", "contesting")
                    or toks[b][2].isupper() and b + 1 < len(keys) and keys[b + 1] in _ELECTORAL_NOUNS
                ):
                    prev_end = b
                    # "an AL rebel independent candidate", "an AL rebel running as an independent", "a rebel
                    # AL candidate": a party dissident
                    continue
                role = target.ref
                if role == "rioters" and word in _RIVAL_BANDS and _OF_AN_ARMED_MOVEMENT.match(text, toks[b - 1][1]):
                    role = "unidentified"  # "rival factions of the former Seleka rebellion": armed men, not a crowd
                owner = None
                if target.ref in ("military", "police", "civilians"):
                    dem = self._demonym_before(text, toks, keys, a, prev_end)
                    if dem is not None:
                        start_tok, owner = dem
                if owner is None and target.ref in ("military", "police") and (of := self._state_after_of(
                        keys, b + 1 if keys[b - 1] in ("military", "police") and b < len(keys) and keys[b] == "forces" else b)) is not None:
                    b, owner = of  # "Military Forces of Azerbaijan (2003-)": the forces of the state named
                if owner is None and word in self.qualified_words:
                    continue
                name, inter, kind = self._generic_name(role, country, owner, date)
                mention = ActorMention(
                    **_where(text, toks, start_tok, b),
                    name=name,
                    inter=inter,
                    kind=kind,
                    country=owner or country,
                    generic=True,
                )
            elif target.what == "nationals":
                name, inter, kind = self._generic_name("civilians", country, target.ref, date)
                mention = ActorMention(
                    **_where(text, toks, a, b),
                    name=name,
                    inter=inter,
                    kind=kind,
                    country=target.ref,
                    generic=True,
                )
            elif target.what == "state":
                su: StateUnit = target.ref
                dem = self._demonym_before(text, toks, keys, a, prev_end)
                if dem is not None and dem[1].lower() == su.country.lower():
                    start_tok = dem[0]
                name, parent, inter, kind = self._state_unit_name(su, country, date)
                mention = ActorMention(
                    **_where(text, toks, start_tok, b),
                    name=name,
                    inter=inter,
                    kind=kind,
                    country=su.country,
                    parent=parent,
                )
            else:
                entry, unit = target.ref if target.what == "unit" else (target.ref, None)
                name, inter, kind = self._actor_name(entry, country, date)
                mention = ActorMention(
                    **_where(text, toks, a, b),
                    name=unit.name if unit else name,
                    inter=inter,
                    kind=kind,
                    country=country,
                    parent=name if unit else None,
                    homes=entry.countries if entry.becomes_state is None else (),
                )
            out.append(mention)
            prev_end = b
        return out

    @staticmethod
    def _antecedent(found: list[ActorMention], offset: int) -> ActorMention | None:
        """The latest named (not generic) actor mentioned shortly before ``offset``."""
        for m in reversed(found):
            if offset - m.span.end > _ANTECEDENT_CHARS:
                return None
            if not m.generic:
                return m
        return None

    @staticmethod
    def _attached_to_named(
        text: str,
        toks: list[tuple[int, int, str]],
        keys: list[str],
        a: int,
        b: int,
        named: list[tuple[int, int]],
    ) -> bool:
        """Whether a member word at tokens [a, b) belongs to a named group: "BCL activists",
        "BLA's fighters", "supporters of the BNP"."""
        for s, e in named:
            if e == a and text[toks[e - 1][1] : toks[a][0]].isspace():
                return True
            if (
                e == a - 1
                and keys[e] == "s"
                and _POSSESSIVE.fullmatch(text, toks[e - 1][1], toks[e][0])
                and text[toks[e][1] : toks[a][0]].isspace()
            ):
                return True
            if b < len(keys) and keys[b] in _PREPOSITIONS and b < s <= b + 3:
                if all(keys[k] in _DETERMINERS for k in range(b + 1, s)):
                    return True
        return False

    # -- conveniences for the event coder -------------------------------------------------------

    def resolve(self, text: str, country: str | None = None, date: dt.date | None = None) -> ActorMention | None:
        """The first actor named in a short string ("the BLA", "Pakistani soldiers"), or None."""
        found = self.find(Document(text=text, sentences=[]), country, date=date)
        return found[0] if found else None

    def code_as(
        self,
        mention: ActorMention,
        role: Literal["rioters", "protesters", "civilians"] | None = None,
        country: str | None = None,
    ) -> CodedActor:
        """The ACLED actor / inter / associated actor for a mention.

        With no ``role``: the group itself (the parent for a non-state unit, the unit being the
        associated actor). With a role: members of a party or group acting as rioters or
        protesters, or hit as civilians, e.g. "Rioters (Bangladesh)" with "BNP: Bangladesh
        Nationalist Party" associated.
        """
        group = mention.name if (mention.kind in _STATE_KINDS or not mention.parent) else mention.parent
        if role is None:
            assoc = mention.name if group != mention.name else None
            return CodedActor(group, mention.inter, assoc)
        where = country or mention.country
        if where is None:
            raise ConfigError("code_as with a role needs the event's country")
        name, inter = self.generic(role, where)
        return CodedActor(name, inter, None if mention.generic else group)


# "Russia launched waves of drones", "Israel struck ...": a country's name as the striker
_STATE_STRIKES = fastre.compile(
    r"\b([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s+(?:has |have |had |again |also |then )?(?:launched|fired|struck|shelled|bombed|bombarded|pounded|"
    r"carried out (?:air|drone|missile)|hit)\b(?!\s+(?:back|out)\b)")


# a communal or ethnic militia named as ACLED names one: "Dinka Ngok Communal Militia (South Sudan)"
_ACLED_MILITIA = fastre.compile(
    r"(?<![\w'’-])(?-i:(?:[A-Z][\w'’-]*\s+){1,4}(?:Communal|Ethnic|Clan|Tribal) Militia \((?P<country>[A-Z][\w .'’-]{1,40})\))")


def _acled_militias(text: str, found: list[ActorMention]) -> list[ActorMention]:
    """The mentions with each militia written under its ACLED name (an identity militia, inter 4)
    in place of whatever matched inside that name."""
    return _named_over(found, list(_ACLED_MILITIA.finditer(text)), "identity_militia", with_country=True)


def _named_over(found: list[ActorMention], hits: list, kind: str, with_country: bool = False) -> list[ActorMention]:
    """``found`` with every mention that overlaps one of the name matches ``hits`` replaced by that
    name, as an actor of ``kind`` (its country from the match's ``country`` group when asked)."""
    if not hits:
        return found
    kept = [a for a in found if not any(a.span.start < m.end() and m.start() < a.span.end for m in hits)]
    named = [ActorMention(span=Span(m.start(), m.end()), text=m.group(), name=m.group(), inter=KIND_INTER[kind], kind=kind,
                          country=m.group("country") if with_country else None) for m in hits]
    return sorted(kept + named, key=lambda a: a.span.start)


# an armed group written under an ACLED-style name that the lexicon lacks: "CNA: Chin National Army"
_ACLED_ARMY = fastre.compile(
    r"(?<![\w'’-])(?-i:[A-Z][A-Za-z0-9-]{1,9}: (?:[A-Z][\w'’-]*\s+){1,5}Army)\b")


def _acled_armies(text: str, found: list[ActorMention]) -> list[ActorMention]:
    """The mentions with a state army read inside an unknown group's "ACRONYM: ... Army" name
    replaced by that group (a rebel group, inter 2): "the CNA: Chin National Army" is no state's."""
    hits = [m for m in _ACLED_ARMY.finditer(text) if any(
        a.generic and a.kind.startswith("state") and m.start() <= a.span.start and a.span.end <= m.end() for a in found)]
    return _named_over(found, hits, "rebel")


def _where(text: str, toks, first: int, end: int) -> dict:
    """The span and text of tokens ``first`` .. ``end - 1``, as ActorMention fields."""
    start, stop = toks[first][0], toks[end - 1][1]
    if text.count("(", start, stop) > text.count(")", start, stop) and text[stop : stop + 1] == ")":
        stop += 1  # "CPI(M)", "Communist Party of India (Marxist)": the alias's closing bracket
    span = Span(start, stop)
    return {"span": span, "text": text[span.start : span.end]}
