"""Fetching GeoNames country dumps (``BASE/CC.zip``) into the gazetteer's download folder."""

from __future__ import annotations

import re
import shutil
import urllib.error
import urllib.request
from pathlib import Path

from ..errors import FetchError

DEFAULT_BASE = "https://download.geonames.org/export/dump/"
_CC = re.compile(r"^[A-Z]{2}$")


def download_dump(country_code: str, folder: Path, base_url: str = DEFAULT_BASE,
                  timeout: float = 60.0) -> Path:
    """Download ``base_url/CC.zip`` to ``folder/CC.zip`` (written to a .part file first)."""
    cc = country_code.strip().upper()
    if not _CC.match(cc):
        raise FetchError(f"{country_code!r} is not a two-letter ISO country code (e.g. PK)")
    url = base_url.rstrip("/") + f"/{cc}.zip"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{cc}.zip"
    part = folder / f"{cc}.zip.part"
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp, part.open("wb") as fh:
            shutil.copyfileobj(resp, fh)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        part.unlink(missing_ok=True)
        raise FetchError(
            f"cannot download {url} ({exc}); check the connection, or download the file "
            "elsewhere and load it with `eventatlas gazetteer add FILE`"
        ) from exc
    part.replace(target)
    return target
