"""Helpers shared by the gazetteer, places and geoparse tests (it holds no tests itself)."""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from pathlib import Path

import pytest

from eventatlas.config import Config
from eventatlas.gazetteer import Gazetteer
from eventatlas.gazetteer.schema import SCHEMA_VERSION
from eventatlas.places import find_places
from eventatlas.text import make_document

SHARED = Path(__file__).resolve().parents[2] / "shared"
GEONAMES = SHARED / "geonames"
SEED = SHARED / "seed" / "article.txt"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared data folder beside the checkout)")
    return path


def postal_zip(path: Path, cc: str, text: str) -> Path:
    """A GeoNames postal-code dump at ``path``: ``CC.txt`` (``text``) beside a readme, zipped."""
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "postal codes")
        zf.writestr(f"{cc}.txt", text)
    return path


def row19(gid, name, lat, lon, cc, a1="", a2="", pop=0, fclass="P", fcode="PPL", alts=""):
    cols = [str(gid), name, name, alts, str(lat), str(lon), fclass, fcode, cc, "", a1, a2, "",
            "", str(pop), "", "0", "Asia/Karachi", "2020-01-01"]
    return "\t".join(cols)


def _build_code_hash() -> str:
    """A short hash of the code that builds the default index: checkouts of other branches
    on the same machine never share (or reuse) an index their code did not build."""
    import hashlib

    import eventatlas.gazetteer as pkg

    h = hashlib.sha1()
    for p in sorted(Path(pkg.__file__).parent.glob("*.py")):
        h.update(p.read_bytes())
    return h.hexdigest()[:10]


def default_index_home() -> Path:
    """A default-data index built once per schema version and build code, then reused (it
    takes ~30 s)."""
    home = Path(tempfile.gettempdir()) / f"eventatlas-test-gazetteer-{SCHEMA_VERSION}-{_build_code_hash()}"
    Gazetteer.open(Config(home=home)).close()
    return home


def copy_default_index(dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(default_index_home() / "gazetteer.sqlite", dest / "gazetteer.sqlite")
    return dest


@pytest.fixture(scope="module")
def gaz():
    """The default-data index, opened once per test module (import it where it is used)."""
    g = Gazetteer.open(Config(home=default_index_home()))
    yield g
    g.close()


def places(text, gaz):
    """The place mentions of one text."""
    return find_places(make_document(text), gaz)


def index_with_file(tmp_path_factory, filename: str, text: str):
    """A copy of the default index with one small file of places added (a user CSV, a postal
    dump): a generator for module fixtures, yielding the open index."""
    home = copy_default_index(tmp_path_factory.mktemp(filename.replace(".", "-")) / "h")
    path = home / filename
    path.write_text(text, encoding="utf-8")
    g = Gazetteer.open(Config(home=home))
    g.add([path])
    yield g
    g.close()
