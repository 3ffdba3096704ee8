"""Writing rows into the place index: places with their name keys, admin code tables, countries.

All writes of one file happen inside the caller's transaction; nothing here commits.
"""

from __future__ import annotations

import math
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from rapidfuzz import fuzz

import re

from .loaders import AdminRow, AltNameRow, CountryRow, PlaceRow
from .normalize import ACLED_COUNTRY_NAMES, ESTABLISHED_NAMES, admin_base, fold, is_latin

# Extra names of countries that news uses (GeoNames' country table has none).
_FRENCH_COMPASS = re.compile(r"(Nord|Sud)[- ](\w[\w'-]*)")
_COMPASS_EN = {"nord": "North", "sud": "South"}
_COMPASS_WORDS = {"nord", "sud", "est", "ouest", "centre", "center"}

COUNTRY_ALIASES = {
    "US": ("US", "USA", "U.S.", "U.S.A.", "America", "United States of America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "AE": ("UAE", "U.A.E."),
    "CD": ("DRC", "DR Congo", "Congo-Kinshasa", "Democratic Republic of the Congo", "Congo"),  # news says "Congo" for the DRC
    "CG": ("Congo-Brazzaville", "Republic of the Congo"),
    "MM": ("Burma",),
    "CI": ("Cote d'Ivoire", "Côte d'Ivoire"),
    "PS": ("Palestinian Territories", "Palestinian Territory", "West Bank and Gaza"),
    "CZ": ("Czechia",),
    "SZ": ("Swaziland", "Eswatini"),
    "KR": ("Republic of Korea",),
    "KP": ("DPRK",),
    "NL": ("Holland",),
    "TL": ("Timor-Leste", "Timor Leste"),
    "CV": ("Cabo Verde",),
    "MK": ("Macedonia",),
}


def _alt_ok(alt: str) -> bool:
    """Alternate names worth indexing: Latin script, no digits, not an airport-style code."""
    if not alt or len(alt) > 80 or not is_latin(alt):
        return False
    if any(ch.isdigit() for ch in alt):
        return False
    return not (alt.isupper() and len(alt) <= 4)


class IndexWriter:
    """Inserts rows of one source; keeps the admin tables' names at hand."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._admin: dict[tuple[str, str], str] = {
            (cc, code): name for cc, code, name in conn.execute("SELECT cc, code, name FROM admin")
        }
        self._countries: dict[str, str] | None = None

    # ---------------------------------------------------------------- names
    def add_names(self, pid: int, names: Iterable[str], primary: Iterable[str] = ()) -> None:
        rows = {}
        for n in names:
            if _alt_ok(n):
                k = fold(n)
                if k:
                    rows.setdefault(k, 0)
        for n in primary:
            k = fold(n)
            if k:
                rows[k] = 1
        self.conn.executemany(
            "INSERT INTO names VALUES(?,?,?) ON CONFLICT(key, pid) DO UPDATE SET "
            "is_primary=max(is_primary, excluded.is_primary)",
            [(k, pid, p) for k, p in rows.items()],
        )

    def area_names(self, name: str) -> tuple[str, ...]:
        """An area's names: as written and without its kind word ("Borno State", "Borno"),
        unless that would be a country's name ("Niger State" is not "Niger")."""
        base = admin_base(name)
        names = (name,) if base == name or self.country_code(base) is not None else (name, base)
        # "Nord Kivu" is "North Kivu" in English news (a compass word alone stays French: "Nord"
        # as "North" would match every "the North")
        m = _FRENCH_COMPASS.fullmatch(base)
        if m is not None and fold(m.group(2)) not in _COMPASS_WORDS:
            names += (f"{_COMPASS_EN[fold(m.group(1))]} {m.group(2)}",)
        return names

    # ---------------------------------------------------------------- places
    def country_code(self, value: str) -> str | None:
        """ISO alpha-2 for a code or a country name (the user CSV may give either)."""
        if self._countries is None:
            self._countries = {}
            for iso2, name, acled in self.conn.execute(
                "SELECT iso2, name, acled_name FROM countries"
            ):
                for n in (iso2, name, acled):
                    if n:
                        self._countries[fold(n)] = iso2
        return self._countries.get(fold(value)) if value else None

    def add_place(self, row: PlaceRow, source: str) -> int | None:
        """Insert (or replace, by geonameid) one place; returns its pid."""
        a1name = self._admin.get((row.country_code, row.admin1_code or "")) or row.admin1_name
        a2name = (
            self._admin.get((row.country_code, f"{row.admin1_code}.{row.admin2_code}"))
            or row.admin2_name
        )
        values = (
            row.geonameid, row.name, row.latitude, row.longitude, row.feature_class,
            row.feature_code, row.country_code, row.admin1_code, row.admin2_code,
            a1name, a2name, row.population, source,
        )
        if row.geonameid is not None:
            old = self.conn.execute(
                "SELECT pid FROM places WHERE geonameid=?", (row.geonameid,)
            ).fetchone()
            if old:
                self.conn.execute(
                    "UPDATE places SET geonameid=?, name=?, lat=?, lon=?, fclass=?, fcode=?, cc=?,"
                    " a1=?, a2=?, a1name=coalesce(?, a1name), a2name=coalesce(?, a2name),"
                    " population=?, source=? WHERE pid=?",
                    (*values, old[0]),
                )
                pid = old[0]
                self.add_names(pid, row.alternates, primary=(row.name,))
                return pid
        cur = self.conn.execute(
            "INSERT INTO places(geonameid, name, lat, lon, fclass, fcode, cc, a1, a2, a1name,"
            " a2name, population, source) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)",
            values,
        )
        pid = int(cur.lastrowid or 0)
        primary = self.area_names(row.name) if row.feature_class == "A" else (row.name,)
        self.add_names(pid, row.alternates, primary=primary)
        return pid

    # ---------------------------------------------------------------- admin tables
    def add_admin(self, row: AdminRow) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO admin VALUES(?,?,?,?,?)",
            (row.country_code, row.code, row.level, row.name, row.geonameid),
        )
        self._admin[(row.country_code, row.code)] = row.name
        if row.level == 1:
            self.conn.execute(
                "UPDATE places SET a1name=? WHERE cc=? AND a1=?",
                (row.name, row.country_code, row.code),
            )
        else:
            a1, a2 = row.code.split(".", 1)
            self.conn.execute(
                "UPDATE places SET a2name=? WHERE cc=? AND a1=? AND a2=?",
                (row.name, row.country_code, a1, a2),
            )
        self._admin_area(row)

    def _admin_area(self, row: AdminRow, source: str = "admin") -> None:
        """Make the area itself findable by name (its point: the mean of its places)."""
        cc = row.country_code
        a1, _, a2 = row.code.partition(".")
        if row.geonameid is not None:
            hit = self.conn.execute(
                "SELECT pid FROM places WHERE geonameid=?", (row.geonameid,)
            ).fetchone()
            if hit:
                self.conn.execute(
                    "UPDATE places SET a1name=?, fclass='A' WHERE pid=?",
                    (self._admin.get((cc, a1)), hit[0]),
                )
                self.add_names(hit[0], (), primary=self.area_names(row.name))
                return
        fcode = "ADM1" if row.level == 1 else "ADM2"
        base = fold(admin_base(row.name))
        # an area made earlier from another source (default data) under the same name
        for pid, name in self.conn.execute(
            "SELECT pid, name FROM places WHERE cc=? AND a1=? AND fcode=?", (cc, a1, fcode)
        ).fetchall():
            if fold(admin_base(name)) == base:
                self.conn.execute(
                    "UPDATE places SET geonameid=coalesce(?, geonameid), a2=? WHERE pid=?",
                    (row.geonameid, a2 or None, pid),
                )
                self.add_names(pid, (), primary=self.area_names(row.name))
                return
        where = "cc=? AND a1=?" + (" AND a2=?" if a2 else "")
        args = (cc, a1, a2) if a2 else (cc, a1)
        lat, lon, pop = self.conn.execute(
            f"SELECT avg(lat), avg(lon), sum(population) FROM places WHERE {where} "
            "AND fclass='P'",
            args,
        ).fetchone()
        if lat is None:  # no member places: a same-named town in the admin1 (district capital)
            for pid_lat, pid_lon, pname in self.conn.execute(
                "SELECT lat, lon, name FROM places WHERE cc=? AND a1=? AND fclass='P' "
                "ORDER BY population DESC", (cc, a1)
            ).fetchall():
                if fold(pname) == base:
                    lat, lon = pid_lat, pid_lon
                    break
        if lat is None:
            return
        self.add_place(
            PlaceRow(
                name=row.name, latitude=lat, longitude=lon, country_code=cc,
                geonameid=row.geonameid, feature_class="A", feature_code=fcode,
                admin1_code=a1, admin2_code=a2 or None, population=pop or 0,
            ),
            source,
        )

    def add_altname(self, row: AltNameRow) -> bool:
        hit = self.conn.execute("SELECT pid FROM places WHERE geonameid=?", (row.geonameid,))
        found = hit.fetchone()
        if not found:
            return False
        self.add_names(found[0], (row.name,))
        return True

    def add_country(self, row: CountryRow) -> None:
        acled = ACLED_COUNTRY_NAMES.get(row.iso2, row.name)
        cap = self.conn.execute(
            "SELECT lat, lon FROM countries WHERE iso2=?", (row.iso2,)
        ).fetchone() or (None, None)
        self.conn.execute(
            "INSERT OR REPLACE INTO countries VALUES(?,?,?,?,?,?,?,?,?)",
            (row.iso2, row.iso3, row.isonum, row.name, acled, row.geonameid, row.population, *cap),
        )
        self._countries = None

    # ---------------------------------------------------------------- coarse sources
    def place_admin_from_neighbours(self, rows: list[PlaceRow]) -> list[PlaceRow]:
        """Fill admin codes/names of coarse rows (postal, CSV) from the index.

        admin1 by the name the source gives when it matches the code table (spelling slips like
        "Balochisan" allowed), otherwise from the nearest indexed place; admin2 from the nearest
        indexed place in the same admin1 within 80 km, else from the nearest district seat
        (PPLA2) or district point of that admin1 within 150 km (large, thinly indexed districts:
        Hoshab, Kech). Approximate by nature: such places carry their source so that review can
        tell.
        """
        by_cc: dict[str, list[PlaceRow]] = defaultdict(list)
        for r in rows:
            by_cc[r.country_code].append(r)
        out: list[PlaceRow] = []
        for cc, group in by_cc.items():
            a1_names = {
                code: name for (c, code), name in self._admin.items() if c == cc and "." not in code
            }
            for code, name in self.conn.execute(
                "SELECT DISTINCT a1, a1name FROM places WHERE cc=? AND a1name IS NOT NULL", (cc,)
            ):
                a1_names.setdefault(code, name)
            grid = _Grid(
                self.conn.execute(
                    "SELECT lat, lon, a1, a1name, a2, a2name FROM places WHERE cc=? AND fclass='P'"
                    " AND source!='postal'",
                    (cc,),
                ).fetchall()
            )
            districts: dict[str, set[str]] = defaultdict(set)
            for name, code in self.conn.execute(
                "SELECT name, a1 FROM places WHERE cc=? AND fcode='ADM2'", (cc,)
            ):
                districts[fold(admin_base(name))].add(code)
            # district seats and points: (lat, lon, a1, a2 code, a2 name)
            seats = self.conn.execute(
                "SELECT lat, lon, a1, a2, a2name FROM places WHERE cc=? AND fcode='PPLA2' "
                "AND source!='postal' AND a2name IS NOT NULL AND lat IS NOT NULL UNION ALL "
                "SELECT lat, lon, a1, a2, name FROM places WHERE cc=? AND fcode='ADM2' "
                "AND source!='postal' AND lat IS NOT NULL", (cc, cc)).fetchall()
            for r in group:
                a1 = r.admin1_code if r.admin1_code in a1_names else None
                if a1 is None and r.admin1_name:
                    a1 = _best_name(r.admin1_name, a1_names)
                if a1 is None and r.admin2_name:  # the district the source names proves it
                    codes = districts.get(fold(admin_base(r.admin2_name)), set())
                    a1 = next(iter(codes)) if len(codes) == 1 else None
                near = grid.nearest(r.latitude, r.longitude, a1, max_km=80.0)
                if a1 is None and near is not None:
                    a1 = near[2]
                a2, a2name = r.admin2_code, r.admin2_name
                if not a2name and near is not None and near[2] == a1:
                    a2, a2name = near[4], near[5]
                if not a2name and a1 is not None:
                    seat = min(((haversine_km(la, lo, r.latitude, r.longitude), c2, n2)
                                for la, lo, c1, c2, n2 in seats if c1 == a1), default=None,
                               key=lambda t: t[0])
                    if seat is not None and seat[0] <= _POSTAL_SEAT_KM:
                        a2, a2name = seat[1], seat[2]
                out.append(
                    PlaceRow(
                        name=r.name, latitude=r.latitude, longitude=r.longitude,
                        country_code=cc, geonameid=r.geonameid, alternates=r.alternates,
                        feature_class=r.feature_class, feature_code=r.feature_code,
                        admin1_code=a1, admin2_code=a2,
                        admin1_name=a1_names.get(a1 or "", r.admin1_name), admin2_name=a2name,
                        population=r.population, admin3_name=r.admin3_name,
                    )
                )
        return out

    def postal_districts(self, rows: list[PlaceRow]) -> list[PlaceRow]:
        """Postal dumps spell districts their own way ("Jinaidaha", "Hobiganj") and now and
        then garble one: a district name is replaced by the index's spelling of the same
        district (established names count as one), else, when the row's sub-district is an
        indexed sub-district of one district only, by that district, else by the district
        that most rows under the same unknown name are so placed in (the file's column is a
        label its rows share: a garbled label stands for one district)."""
        out: list[PlaceRow] = []
        cache: dict[tuple[str, str], str | None] = {}
        subs: dict[tuple[str, str], str | None] = {}
        # unknown district label -> the districts its rows' sub-districts were read in
        label_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        for r in rows:
            cc = r.country_code
            if not r.admin2_name:
                out.append(r)
                continue
            key = (cc, _district_key(r.admin2_name))
            if key not in cache:
                names = [n for (n,) in self.conn.execute(
                    "SELECT name FROM places WHERE cc=? AND fcode='ADM2' AND source!='postal'", (cc,))
                    if _district_key(n) == key[1]]
                cache[key] = names[0] if names else None
            name = cache[key]
            if name is None and r.admin3_name:
                skey = (cc, fold(admin_base(r.admin3_name)))
                if skey not in subs:
                    found = {a2 for (a2,) in self.conn.execute(
                        "SELECT p.a2name FROM names n JOIN places p ON p.pid=n.pid WHERE n.key=? "
                        "AND p.cc=? AND p.fcode='ADM3' AND p.source!='postal' AND p.a2name IS NOT NULL",
                        (skey[1], cc))}
                    subs[skey] = found.pop() if len(found) == 1 else None
                name = subs[skey]
            if cache[key] is None:
                label_votes[(cc, r.admin2_name)][name or ""] += 1
            out.append(replace(r, admin2_name=name) if name and name != r.admin2_name else r)
        label_district = {}
        for label, votes in label_votes.items():
            placed = [(n, k) for n, k in votes.most_common() if n]
            # most rows that could be placed agree, and they are at least two
            if placed and placed[0][1] >= 2 and placed[0][1] * 3 >= 2 * sum(k for _, k in placed):
                label_district[label] = placed[0][0]
        if label_district:
            out = [replace(r, admin2_name=label_district[(r.country_code, r.admin2_name)])
                   if (r.country_code, r.admin2_name or "") in label_district else r for r in out]
        return out

    def fix_postal_points(self, rows: list[PlaceRow], max_km: float = 60.0) -> list[PlaceRow]:
        """Postal dumps guess many points from neighbouring codes (GeoNames' readme says so):
        a post office further than ``max_km`` from the seat town of the district the file
        names is moved to its own name's, else its sub-district's, else the district's seat
        (the indexed town of that name, from a proper GeoNames source), unless it lies near
        the indexed point of the sub-district the file names (a long district's far end:
        Burimari in Patgram, 75 km from Lalmonirhat town)."""
        seats: dict[tuple[str, str], tuple[float, float] | None] = {}
        subs: dict[tuple[str, str, str], list[tuple[float, float]]] = {}

        def near_sub(r: PlaceRow) -> bool:
            if not r.admin3_name or not r.admin2_name:
                return False
            key = (r.country_code, fold(admin_base(r.admin3_name)), _district_key(r.admin2_name))
            if key not in subs:
                subs[key] = [(lat, lon) for lat, lon, a2 in self.conn.execute(
                    "SELECT p.lat, p.lon, p.a2name FROM names n JOIN places p ON p.pid=n.pid "
                    "WHERE n.key=? AND p.cc=? AND p.fcode='ADM3' AND p.source!='postal' "
                    "AND p.lat IS NOT NULL", (key[1], key[0]),
                ) if a2 and _district_key(a2) == key[2]]
            return any(haversine_km(lat, lon, r.latitude, r.longitude) <= _POSTAL_SUB_KM
                       for lat, lon in subs[key])

        def seat(cc: str, name: str | None, near: tuple[float, float] | None):
            if not name:
                return None
            key = (cc, fold(admin_base(name)))
            if key not in seats:
                rows = self.conn.execute(
                    "SELECT p.lat, p.lon, p.population FROM names n JOIN places p ON p.pid=n.pid "
                    "WHERE n.key=? AND p.cc=? AND p.fclass='P' AND p.source!='postal' "
                    "ORDER BY p.population DESC", (key[1], cc),
                ).fetchall()
                seats[key] = rows  # type: ignore[assignment]
            found = seats[key] or []
            for lat, lon, _pop in found:  # type: ignore[misc]
                if near is None or haversine_km(lat, lon, *near) <= max_km:
                    return (lat, lon)
            return None

        out = []
        for r in rows:
            district = seat(r.country_code, r.admin2_name, None)
            if district is None or haversine_km(r.latitude, r.longitude, *district) <= max_km or near_sub(r):
                out.append(r)
                continue
            point = (seat(r.country_code, r.name, district)
                     or seat(r.country_code, r.admin3_name, district) or district)
            out.append(replace(r, latitude=point[0], longitude=point[1]))
        return out

    def postal_areas(self, rows: list[PlaceRow]) -> int:
        """Districts and sub-districts that postal dumps name (admin name 2 and 3), made
        findable at the mean point of their post offices, unless the index has them already."""
        groups: dict[tuple, list[PlaceRow]] = defaultdict(list)
        for r in rows:
            if r.admin2_name:
                groups[(r.country_code, r.admin1_code, r.admin2_name, None)].append(r)
                if r.admin3_name:
                    groups[(r.country_code, r.admin1_code, r.admin2_name, r.admin3_name)].append(r)
        added = 0
        for (cc, a1, a2name, a3name), members in groups.items():
            lat = sum(m.latitude for m in members) / len(members)
            lon = sum(m.longitude for m in members) / len(members)
            if a3name is None:
                key = fold(admin_base(a2name))
                known = any(
                    fold(admin_base(n)) == key for (n,) in self.conn.execute(
                        "SELECT name FROM places WHERE cc=? AND fcode='ADM2'", (cc,)
                    )
                )
                if known:
                    continue
                row = PlaceRow(name=a2name, latitude=lat, longitude=lon, country_code=cc,
                               feature_class="A", feature_code="ADM2", admin1_code=a1,
                               admin2_name=a2name)
            else:
                row = PlaceRow(name=a3name, latitude=lat, longitude=lon, country_code=cc,
                               feature_class="A", feature_code="ADM3", admin1_code=a1,
                               admin2_name=a2name)
                if self.is_duplicate(row, km=15.0):
                    continue
            self.add_place(row, "postal")
            added += 1
        return added

    def is_duplicate(self, row: PlaceRow, km: float = 5.0) -> bool:
        """A place of the same name within ``km`` is already indexed."""
        for lat, lon in self.conn.execute(
            "SELECT p.lat, p.lon FROM names n JOIN places p ON p.pid=n.pid WHERE n.key=? AND "
            "p.cc=?",
            (fold(row.name), row.country_code),
        ):
            if haversine_km(lat, lon, row.latitude, row.longitude) <= km:
                return True
        return False


# How far a coarse row with no district (and no indexed place within 80 km) may lie from the
# district seat or point of its admin1 that gives it its district.
_POSTAL_SEAT_KM = 150.0
# How near the indexed point of its named sub-district a post office far from its district's
# seat must lie to keep its own point.
_POSTAL_SUB_KM = 25.0


def _district_key(name: str) -> str:
    k = fold(admin_base(name))
    return fold(ESTABLISHED_NAMES[k]) if k in ESTABLISHED_NAMES else k


def _best_name(name: str, names: dict[str, str]) -> str | None:
    key = fold(admin_base(name))
    best, score = None, 0.0
    for code, n in names.items():
        s = fuzz.ratio(key, fold(admin_base(n)))
        if s > score:
            best, score = code, s
    return best if score >= 85 else None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0088 * 2 * math.asin(min(1.0, math.sqrt(a)))


class _Grid:
    """Nearest-neighbour search over points in 0.5-degree cells."""

    def __init__(self, rows: list[tuple]) -> None:
        self.cells: dict[tuple[int, int], list[tuple]] = defaultdict(list)
        for r in rows:
            if r[0] is not None:
                self.cells[(int(r[0] * 2 // 1), int(r[1] * 2 // 1))].append(r)

    def nearest(self, lat: float, lon: float, a1: str | None, max_km: float) -> tuple | None:
        ci, cj = int(lat * 2 // 1), int(lon * 2 // 1)
        best, best_d = None, max_km
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                for r in self.cells.get((ci + di, cj + dj), ()):
                    if a1 is not None and r[2] != a1:
                        continue
                    d = haversine_km(lat, lon, r[0], r[1])
                    if d < best_d and (r[5] or best is None):
                        best, best_d = r, d
        return best


def district_seats(conn: sqlite3.Connection, max_km: float = 15.0) -> int:
    """File each town under the district it is the seat of; returns how many were moved.

    GeoNames and its derived files put some district towns in a neighbouring district
    ("Sylhet" in Sunamganj, "Natore" in Rajshahi, from before the districts were split) or in
    none. A populated place that bears the name of a district (ADM2) of its own province and
    lies within ``max_km`` of that district's point is that district's seat: its admin2 becomes
    the district's (code and name).
    """
    areas = conn.execute(
        "SELECT p.pid, p.cc, p.a1, p.a2, p.a2name, p.lat, p.lon FROM places p "
        "WHERE p.fcode = 'ADM2' AND p.a2name IS NOT NULL AND p.lat IS NOT NULL AND p.a1 IS NOT NULL"
    ).fetchall()
    # town pid -> (its district as stored, its district after the areas seen so far); a town two
    # spellings of one district both claim ("Gurgaon", "Gurugram district") is written once
    seats: dict[int, tuple[tuple[str | None, str | None], tuple[str | None, str | None]]] = {}
    for pid, cc, a1, a2, a2name, lat, lon in areas:
        keys = {fold(a2name), _district_key(a2name)} | {
            k for (k,) in conn.execute("SELECT key FROM names WHERE pid = ? AND is_primary = 1", (pid,))
        }
        keys.discard("")
        towns = conn.execute(
            f"SELECT DISTINCT p.pid, p.lat, p.lon, p.a2, p.a2name FROM names n JOIN places p ON p.pid = n.pid "
            f"WHERE n.key IN ({','.join('?' * len(keys))}) AND n.is_primary = 1 AND p.fclass = 'P' "
            "AND p.cc = ? AND p.a1 = ?",
            (*keys, cc, a1),
        ).fetchall()
        for tid, tlat, tlon, ta2, ta2name in towns:
            stored, now = seats.get(tid, ((ta2, ta2name), (ta2, ta2name)))
            if now[1] != a2name and tlat is not None and haversine_km(lat, lon, tlat, tlon) <= max_km:
                seats[tid] = (stored, (a2, a2name))
    moved = [(now[0], now[1], tid) for tid, (stored, now) in seats.items() if now != stored]
    conn.executemany("UPDATE places SET a2 = ?, a2name = ? WHERE pid = ?", moved)
    return len(moved)
