"""`eventatlas extract`: reports in, events out (table, JSON, JSONL or CSV)."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import click

from .errors import EventAtlasError, InputError
from .models import Event, Report

FORMATS = ("table", "json", "jsonl", "csv")
CSV_FIELDS = [n for n in Event.model_fields if n not in {"claims", "evidence", "warnings"}] + ["claims", "warnings"]


def _read(path: str) -> tuple[str, str]:
    from .text import decode

    if path == "-":
        return "<stdin>", decode(sys.stdin.buffer.read(), "<stdin>")
    p = Path(path)
    # InputError, not ClickException: one unreadable file is reported and the others go on
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a folder; pass the files in it (e.g. {path}/*.txt)")
    return path, decode(p.read_bytes(), path)


@click.command()
@click.argument("files", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--published", help="Publication date of the reports (YYYY-MM-DD): resolves 'Friday', 'yesterday', missing years.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None, help="Output format (default: table; jsonl with --jsonl).")
@click.option("--jsonl", "jsonl_in", type=click.Path(exists=True, dir_okay=False, allow_dash=True), help="Batch input: one JSON object a line {id, text, published?, url?, title?}.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: on when stderr is a terminal).")
def extract(files, published, fmt, jsonl_in, progress):
    """Extract ACLED-coded events from FILES (plain text or HTML; '-' reads stdin)."""
    from .pipeline import default_pipeline, parse_published

    if not files and not jsonl_in:
        raise click.UsageError("give one or more FILES, '-' for stdin, or --jsonl IN.jsonl")
    if files and jsonl_in:
        raise click.UsageError("give FILES or --jsonl IN.jsonl, not both (FILES would be ignored)")
    try:
        parse_published(published)
    except EventAtlasError as exc:
        raise click.BadParameter(str(exc), param_hint="--published") from exc
    pipe = default_pipeline()
    if progress is None:
        progress = sys.stderr.isatty()
    if jsonl_in:
        _batch(pipe, jsonl_in, published, fmt or "jsonl", progress)
        return
    fmt = fmt or "table"
    reports: list[tuple[str, Report]] = []
    failed = 0
    for f in files:
        try:
            name, text = _read(f)
            reports.append((name, pipe.extract(text, published=published, doc_id=name)))
        except EventAtlasError as exc:
            click.echo(f"Error: {exc}", err=True)
            failed += 1
        except Exception as exc:  # noqa: BLE001 - one file's bug must not hide the other files' events
            click.echo(f"Error: {f}: internal error ({type(exc).__name__}: {exc}); please report it with this file", err=True)
            failed += 1
    _write(reports, fmt)
    if failed:
        sys.exit(1)


def _batch(pipe, path: str, published, fmt: str, progress: bool) -> None:
    """The batch contract: exactly one output line per input line, in order."""
    if fmt not in ("jsonl", "json"):
        raise click.BadParameter("batch output is jsonl", param_hint="--format")
    stream = click.open_file(path, "rb")
    lines = stream if not progress else _progress(stream, path)
    out = sys.stdout
    for lineno, raw in enumerate(lines, 1):
        out.write(json.dumps(_batch_line(pipe, raw, lineno, published), ensure_ascii=False) + "\n")
    out.flush()


def _progress(stream, path):
    from tqdm import tqdm

    return tqdm(stream, desc=Path(path).name, unit=" docs", file=sys.stderr)


def _batch_line(pipe, raw: bytes, lineno: int, published) -> dict:
    if not raw.strip():
        return _error_line(None, f"line {lineno}: blank line; expected a JSON object {{id, text, ...}}")
    try:
        obj = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return _error_line(None, f"line {lineno}: not valid JSON ({exc})")
    if not isinstance(obj, dict):
        return _error_line(None, f"line {lineno}: expected a JSON object")
    try:  # "\ud800" escapes parse but cannot be written back as UTF-8
        json.dumps(obj, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return _error_line(None, f"line {lineno}: holds an unpaired surrogate escape (like \\ud800): not valid Unicode")
    doc_id = obj.get("id")
    text = obj.get("text")
    if not isinstance(text, str):
        return _error_line(doc_id, f"line {lineno}: 'text' must be a string")
    try:
        report = pipe.extract(
            text,
            published=obj.get("published") or published,
            doc_id=None if doc_id is None else str(doc_id),  # ids may be numbers; echoed as given
            url=obj.get("url"),
            title=obj.get("title"),
        )
    except EventAtlasError as exc:
        return _error_line(doc_id, f"line {lineno}: {exc}")
    except Exception as exc:  # noqa: BLE001 - one document's bug must not end a batch of thousands
        return _error_line(
            doc_id,
            f"line {lineno}: internal error ({type(exc).__name__}: {exc}); please report it with this line's text",
        )
    return {
        "id": doc_id,
        "events": [e.model_dump(mode="json") for e in report.events],
        "warnings": report.warnings,
        "campaign_claims": [c.model_dump(mode="json") for c in report.campaign_claims],
    }


def _error_line(doc_id, message: str) -> dict:
    """An output line for a bad input line: the same keys as a good one, plus "error"."""
    return {"id": doc_id, "events": [], "warnings": [], "campaign_claims": [], "error": message}


def _write(reports: list[tuple[str, Report]], fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps([r.model_dump(mode="json") for _, r in reports], indent=2, ensure_ascii=False))
    elif fmt == "jsonl":
        for _, r in reports:
            click.echo(json.dumps(r.model_dump(mode="json"), ensure_ascii=False))
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=["source"] + CSV_FIELDS, extrasaction="ignore")
        w.writeheader()
        for name, r in reports:
            for e in r.events:
                row = e.model_dump(mode="json")
                row["claims"] = json.dumps(row["claims"], ensure_ascii=False)
                row["warnings"] = " | ".join(row["warnings"])
                w.writerow({"source": name, **row})
        click.echo(buf.getvalue(), nl=False)
    else:
        for name, r in reports:
            click.echo(render_table(name, r))


def render_table(name: str, report: Report) -> str:
    """A readable plain-text table of one report's events and claims."""
    lines = [f"== {name}: {len(report.events)} event(s)"]
    for w in report.warnings:
        lines.append(f"   ! {w}")
    if report.events:
        head = f"   {'date':<10} {'place':<26} {'type':<36} {'actors':<58} {'fatal':>10}"
        lines.append(head)
        for e in report.events:
            date = (e.event_date or "?") + ("*" if e.year_inferred else "")
            place = f"{e.location or '?'}, {e.admin1 or '?'} (p{e.geo_precision})"
            etype = e.sub_event_type
            actors = f"{_short(e.actor1)} vs {_short(e.actor2) or '-'}"
            hi = "+" if e.fatalities_high is None else e.fatalities_high
            fat = f"{e.fatalities} [{e.fatalities_low}-{hi}]"
            lines.append(f"   {date:<10} {place[:26]:<26} {etype[:36]:<36} {actors[:58]:<58} {fat:>10}")
            for c in e.claims:
                lines.append(f"      claim: {_claim(c)}")
            for w in e.warnings:
                lines.append(f"      ! {w}")
    for c in report.campaign_claims:
        lines.append(f"   campaign claim: {_claim(c)}")
    return "\n".join(lines)


def _short(name: str | None) -> str:
    if not name:
        return ""
    return name.split(":")[0] if ":" in name else name


def _claim(c) -> str:
    return f"{c.figure} {c.outcome} ({c.qualifier}) \"{c.phrase}\" — {c.claimant} ({c.stance}, scope {c.scope})"
