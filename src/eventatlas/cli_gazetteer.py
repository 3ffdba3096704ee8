"""`eventatlas gazetteer add|download|info` and `eventatlas geoparse FILE`."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .config import Config
from .errors import EventAtlasError
from .gazetteer import Gazetteer
from .gazetteer.download import DEFAULT_BASE, download_dump


def _open() -> Gazetteer:
    try:
        return Gazetteer.open(Config())
    except EventAtlasError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group("gazetteer")
def gazetteer() -> None:
    """Manage the offline place index (GeoNames)."""


@gazetteer.command("add")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
def add(files: tuple[str, ...]) -> None:
    """Load GeoNames files (country dump, cities500/1000/5000, alternateNamesV2,
    admin1CodesASCII, admin2Codes, postal dumps; .txt or .zip) or a CSV with header
    name,latitude,longitude,country,admin1,admin2,aliases. Each file loads whole or not at all."""
    gaz = _open()
    for f in files:
        try:
            (res,) = gaz.add([Path(f)])
        except EventAtlasError as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo(
            f"{Path(f).name}: {res.kind}, {res.rows} rows read, {res.added} added, "
            f"{res.skipped} skipped"
        )


@gazetteer.command("download")
@click.argument("countries", nargs=-1, required=True)
@click.option("--url-base", default=DEFAULT_BASE, show_default=True,
              help="Where the CC.zip country dumps are served.")
def download(countries: tuple[str, ...], url_base: str) -> None:
    """Download GeoNames country dumps (e.g. PK BD) and load them."""
    config = Config()
    gaz = _open()
    for cc in countries:
        try:
            path = download_dump(cc, Path(config.home) / "downloads", url_base)
            (res,) = gaz.add([path])
        except EventAtlasError as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo(f"{cc.upper()}: {res.rows} rows read, {res.added} places loaded")


@gazetteer.command("info")
def info() -> None:
    """Say where the index is and what is loaded in it."""
    i = _open().info()
    click.echo(f"index:      {i.path} ({i.size_bytes / 1e6:.1f} MB, schema {i.schema_version})")
    click.echo(f"places:     {i.places:,} ({', '.join(f'{k} {v:,}' for k, v in sorted(i.by_source.items()))})")
    click.echo(f"names:      {i.names:,}")
    click.echo(f"admin codes: {i.admin_codes:,}; countries: {i.countries}")
    for path, kind, rows, at in i.files:
        click.echo(f"  {at}  {kind:<11} {rows:>9,} rows  {path}")


@click.command("geoparse")
@click.argument("file", type=click.File("r", encoding="utf-8", errors="strict"))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
def geoparse(file, fmt: str) -> None:
    """List every toponym in FILE ('-' for stdin) with its span, place and alternatives."""
    from .gazetteer.geoparse import geoparse_text

    try:
        text = file.read()
        rows = geoparse_text(text, _open())
    except UnicodeDecodeError as exc:
        raise click.ClickException(f"{file.name}: not UTF-8 text ({exc})") from exc
    except EventAtlasError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for r in rows:
        p = r["place"] or {}
        area = r["area"] or {}
        where = (
            f"{p.get('name')} [{p.get('geonameid') or '-'}] {p.get('latitude')},{p.get('longitude')}"
            f" {p.get('admin2') or '-'} / {p.get('admin1') or '-'} / {p.get('country') or '-'}"
            f" {p.get('feature_class') or ''}{'.' + p['feature_code'] if p.get('feature_code') else ''}"
            f" ({p.get('source')})"
            if p else f"not found; area: {area.get('name', '-')}"
        )
        flags = f" {','.join(r['flags'])}" if r["flags"] else ""
        click.echo(
            f"{r['start']:>6}-{r['end']:<6} {r['text']:<22} {r['role']:<8} p{r['geo_precision']} "
            f"{where}{flags}"
        )
        for alt in r["alternatives"][:3]:
            a = alt["place"]
            click.echo(f"{'':>36}alt {alt['score']:.2f} {a['name']} ({a.get('admin1') or '-'}, "
                       f"{a.get('country') or '-'})")
