"""Readers for the GeoNames file formats and the user CSV.

Each reader yields typed rows and raises :class:`GazetteerFileError` on the first line that
does not fit its format, so a caller inserting inside one transaction can roll it back whole.

Formats (https://download.geonames.org/export/dump/readme.txt):
  geonames     country dump / cities500/1000/5000/15000: 19 tab-separated columns
  postal       postal-code dump (export/zip): 12 columns
  admin1       admin1CodesASCII.txt: code, name, asciiname, geonameid
  admin2       admin2Codes.txt: code, name, asciiname, geonameid
  altnames     alternateNamesV2.txt (10 columns) or alternateNames.txt (8)
  countryinfo  countryInfo.txt: 19 columns after '#' comment lines
  csv          user CSV with a header: name, latitude, longitude, country, admin1, admin2, aliases
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import GazetteerFileError

KINDS = ("geonames", "postal", "admin1", "admin2", "altnames", "countryinfo", "csv")


@dataclass(frozen=True, slots=True)
class PlaceRow:
    name: str
    latitude: float
    longitude: float
    country_code: str
    geonameid: int | None = None
    alternates: tuple[str, ...] = ()
    feature_class: str | None = None
    feature_code: str | None = None
    admin1_code: str | None = None
    admin2_code: str | None = None
    admin1_name: str | None = None  # a name given by the source itself (postal, CSV)
    admin2_name: str | None = None
    population: int = 0
    admin3_name: str | None = None  # postal dumps: the sub-district (upazila, tehsil, thana)


@dataclass(frozen=True, slots=True)
class AdminRow:
    country_code: str
    code: str  # "02" for admin1, "02.1167527" for admin2 (admin1 code, dot, admin2 code)
    name: str
    geonameid: int | None
    level: int


@dataclass(frozen=True, slots=True)
class AltNameRow:
    geonameid: int
    name: str
    language: str


@dataclass(frozen=True, slots=True)
class CountryRow:
    iso2: str
    iso3: str
    isonum: int | None
    name: str
    geonameid: int | None
    population: int


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _fail(path: Path, lineno: int, why: str) -> GazetteerFileError:
    return GazetteerFileError(
        f"{path.name}, line {lineno}: {why}. The file is corrupt, truncated or not in a GeoNames "
        "format eventatlas reads; download it again (nothing was loaded from it)."
    )


def _text_of(path: Path) -> tuple[str, str]:
    """The text of a .txt/.csv file, or of the data member of a .zip, and the member's name."""
    try:
        if path.suffix.lower() == ".zip":
            with zipfile.ZipFile(path) as zf:
                members = [
                    n for n in zf.namelist()
                    if not n.endswith("/") and Path(n).name.lower() != "readme.txt"
                ]
                if len(members) != 1:
                    raise GazetteerFileError(
                        f"{path.name}: expected one data file in the zip, found {members or 'none'}"
                    )
                return zf.read(members[0]).decode("utf-8"), Path(members[0]).name
        return path.read_bytes().decode("utf-8"), path.name
    except (zipfile.BadZipFile, EOFError, OSError, KeyError) as exc:
        if isinstance(exc, FileNotFoundError):
            raise GazetteerFileError(f"{path}: no such file") from exc
        raise GazetteerFileError(
            f"{path.name}: cannot read it ({exc}); it is corrupt or truncated, download it again"
        ) from exc
    except UnicodeDecodeError as exc:
        raise GazetteerFileError(f"{path.name}: not UTF-8 text ({exc})") from exc


def detect_kind(name: str, text: str) -> str:
    """Which format ``text`` (from a file called ``name``) is in."""
    low = name.lower()
    if low.startswith("admin1codes"):
        return "admin1"
    if low.startswith("admin2codes"):
        return "admin2"
    if low.startswith("alternatenames"):
        return "altnames"
    if low.startswith("countryinfo"):
        return "countryinfo"
    first = next((ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")), "")
    if low.endswith(".csv") or first.lower().replace(" ", "").startswith("name,latitude"):
        return "csv"
    cols = first.split("\t")
    if len(cols) == 19:
        return "geonames"
    if len(cols) == 12:
        return "postal"
    if len(cols) == 4 and cols[0].count(".") in (1, 2):
        return "admin1" if cols[0].count(".") == 1 else "admin2"
    if len(cols) in (8, 10) and cols[0].isdigit() and cols[1].isdigit():
        return "altnames"
    raise GazetteerFileError(
        f"{name}: unknown format (first line has {len(cols)} tab-separated columns). eventatlas "
        "reads GeoNames country dumps / cities files (19 columns), postal dumps (12), "
        "admin1CodesASCII, admin2Codes, alternateNamesV2, countryInfo and a CSV with header "
        "name,latitude,longitude,country,admin1,admin2,aliases"
    )


@dataclass(frozen=True)
class SourceFile:
    """A file opened and recognised, ready to be read row by row."""

    path: Path
    kind: str
    member: str
    text: str

    def rows(self) -> Iterator[PlaceRow | AdminRow | AltNameRow | CountryRow]:
        reader = _READERS[self.kind]
        return reader(self.path, self.text)


def open_source(path: Path, kind: str | None = None) -> SourceFile:
    path = Path(path)
    text, member = _text_of(path)
    if not text.strip():
        raise GazetteerFileError(f"{path.name}: the file is empty")
    kind = kind or detect_kind(member, text)
    if kind not in KINDS:
        raise GazetteerFileError(f"unknown gazetteer file kind {kind!r}; one of {KINDS}")
    if kind != "csv" and not text.endswith("\n"):
        raise GazetteerFileError(
            f"{path.name}: the last line is incomplete (no final newline); the file looks "
            "truncated, download it again (nothing was loaded from it)"
        )
    return SourceFile(path, kind, member, text)


def _lines(text: str) -> Iterator[tuple[int, list[str]]]:
    for i, line in enumerate(text.split("\n"), 1):
        if not line or line.startswith("#"):
            continue
        yield i, line.rstrip("\r").split("\t")


def _coords(path: Path, i: int, lat: str, lon: str) -> tuple[float, float]:
    try:
        la, lo = float(lat), float(lon)
    except ValueError:
        raise _fail(path, i, f"latitude/longitude {lat!r}, {lon!r} are not numbers") from None
    if not (-90 <= la <= 90 and -180 <= lo <= 180):
        raise _fail(path, i, f"coordinates {la}, {lo} out of range")
    return la, lo


def _int(path: Path, i: int, s: str, what: str) -> int:
    try:
        return int(s) if s else 0
    except ValueError:
        raise _fail(path, i, f"{what} {s!r} is not an integer") from None


def _geonames(path: Path, text: str) -> Iterator[PlaceRow]:
    for i, c in _lines(text):
        if len(c) != 19:
            raise _fail(path, i, f"{len(c)} columns where the GeoNames dump has 19")
        if c[18] and not _DATE.match(c[18]):
            raise _fail(path, i, f"modification date {c[18]!r} is not YYYY-MM-DD")
        la, lo = _coords(path, i, c[4], c[5])
        alts = tuple(a for a in c[3].split(",") if a) if c[3] else ()
        yield PlaceRow(
            name=c[1], latitude=la, longitude=lo, country_code=c[8].upper(),
            geonameid=_int(path, i, c[0], "geonameid"), alternates=alts + ((c[2],) if c[2] else ()),
            feature_class=c[6] or None, feature_code=c[7] or None,
            admin1_code=c[10] or None, admin2_code=c[11] or None,
            population=_int(path, i, c[14], "population"),
        )


_POST_OFFICE = re.compile(r"\s+(GPO|TSO|UPO|SO|PO|BO|EDSO|HO|B\.O|S\.O|H\.O)$")


def _postal(path: Path, text: str) -> Iterator[PlaceRow]:
    for i, c in _lines(text):
        if len(c) != 12:
            raise _fail(path, i, f"{len(c)} columns where the postal dump has 12")
        if not c[9] and not c[10]:
            continue
        la, lo = _coords(path, i, c[9], c[10])
        name = _POST_OFFICE.sub("", c[2].strip())
        if not name:
            continue
        yield PlaceRow(
            name=name, latitude=la, longitude=lo, country_code=c[0].upper(),
            feature_class="P", feature_code="PPL",
            admin1_code=c[4] or None, admin1_name=c[3] or None,
            admin2_code=c[6] or None, admin2_name=c[5] or None, admin3_name=c[7] or None,
        )


def _admin(level: int):
    def read(path: Path, text: str) -> Iterator[AdminRow]:
        for i, c in _lines(text):
            if len(c) != 4 or c[0].count(".") != level:
                raise _fail(path, i, f"expected 'CC.{'A1.A2' if level == 2 else 'A1'}<tab>name"
                            "<tab>asciiname<tab>geonameid'")
            cc, code = c[0].split(".", 1)
            yield AdminRow(cc.upper(), code, c[1], _int(path, i, c[3], "geonameid") or None, level)

    return read


def _altnames(path: Path, text: str) -> Iterator[AltNameRow]:
    for i, c in _lines(text):
        if len(c) not in (8, 10):
            raise _fail(path, i, f"{len(c)} columns where alternateNames has 8 or 10")
        lang = c[2]
        if lang in ("post", "link", "iata", "icao", "faac", "wkdt", "unlc", "tcid", "phon",
                    "piny", "abbr"):
            continue
        if len(c) == 10 and c[7] == "1":  # historic name
            continue
        yield AltNameRow(_int(path, i, c[1], "geonameid"), c[3], lang)


def _countryinfo(path: Path, text: str) -> Iterator[CountryRow]:
    for i, c in _lines(text):
        if len(c) < 17:
            raise _fail(path, i, f"{len(c)} columns where countryInfo has 19")
        yield CountryRow(
            iso2=c[0].upper(), iso3=c[1].upper(), isonum=_int(path, i, c[2], "ISO numeric") or None,
            name=c[4], geonameid=_int(path, i, c[16], "geonameid") or None,
            population=_int(path, i, c[7], "population"),
        )


def _csv(path: Path, text: str) -> Iterator[PlaceRow]:
    reader = csv.DictReader(io.StringIO(text))
    fields = {f.strip().lower() for f in (reader.fieldnames or [])}
    if not {"name", "latitude", "longitude", "country"} <= fields:
        raise _fail(path, 1, "the CSV header must name at least name,latitude,longitude,country")
    for i, raw in enumerate(reader, 2):
        row = {k.strip().lower(): (v or "").strip() for k, v in raw.items() if k}
        if not row.get("name"):
            raise _fail(path, i, "empty name")
        la, lo = _coords(path, i, row.get("latitude", ""), row.get("longitude", ""))
        cc = row.get("country", "")
        aliases = tuple(a.strip() for a in re.split(r"[;|]", row.get("aliases", "")) if a.strip())
        yield PlaceRow(
            name=row["name"], latitude=la, longitude=lo, country_code=cc,
            alternates=aliases, feature_class="P", feature_code="PPL",
            admin1_name=row.get("admin1") or None, admin2_name=row.get("admin2") or None,
        )


_READERS = {
    "geonames": _geonames,
    "postal": _postal,
    "admin1": _admin(1),
    "admin2": _admin(2),
    "altnames": _altnames,
    "countryinfo": _countryinfo,
    "csv": _csv,
}
