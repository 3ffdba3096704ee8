"""`eventatlas gazetteer download` against a local HTTP server (issue 3)."""

from __future__ import annotations

import functools
import http.server
import threading
import zipfile

import pytest
from click.testing import CliRunner
from test_gazetteer_support import row19

from eventatlas.cli import cli
from eventatlas.config import Config
from eventatlas.errors import FetchError
from eventatlas.gazetteer import Gazetteer
from eventatlas.gazetteer.download import download_dump


@pytest.fixture()
def server(tmp_path):
    root = tmp_path / "www"
    root.mkdir()
    with zipfile.ZipFile(root / "PK.zip", "w") as zf:
        zf.writestr("readme.txt", "GeoNames dump")
        zf.writestr("PK.txt", row19(1164895, "Sibi", 29.54, 67.88, "PK", "02", "", 64069) + "\n")
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


def test_download_and_load_with_the_cli(server, tmp_path, monkeypatch):
    home = tmp_path / "home"
    Gazetteer.open(Config(home=home), defaults=False).close()
    monkeypatch.setenv("EVENTATLAS_HOME", str(home))
    r = CliRunner().invoke(cli, ["gazetteer", "download", "pk", "--url-base", server])
    assert r.exit_code == 0, r.output
    assert "PK: 1 rows read" in r.output
    with Gazetteer.open(Config(home=home)) as g:
        (sibi,) = g.lookup("Sibi")
        assert sibi.geonameid == 1164895 and sibi.country == "Pakistan"
    r = CliRunner().invoke(cli, ["gazetteer", "info"])
    assert r.exit_code == 0 and "PK.zip" in r.output


def test_missing_dump_is_a_clear_error(server, tmp_path):
    with pytest.raises(FetchError, match="cannot download .*XX.zip"):
        download_dump("XX", tmp_path, server)
    assert not list(tmp_path.glob("*.part"))
    with pytest.raises(FetchError, match="two-letter"):
        download_dump("PAK", tmp_path, server)
