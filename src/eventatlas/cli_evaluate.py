"""``eventatlas evaluate``: score predictions (or a fresh run of the extractor) against gold."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from .errors import EventAtlasError
from .evaluate import (
    METRICS,
    NO_GOLD,
    Case,
    Confusion,
    Evaluation,
    Miss,
    confusion,
    load_cases,
    load_predictions,
    predict,
    score,
    worst_misses,
)

# --------------------------------------------------------------------------------------------
# Rendering (plain strings; the command echoes them)
# --------------------------------------------------------------------------------------------


def render_report(report: dict[str, dict[str, Any]]) -> str:
    """The metric table, line for line as score.py prints it."""
    lines = []
    for st, r in report.items():
        lines.append(f"== {st}")
        lines.extend(f"  {k:24} {r[k]}" for k in METRICS if r.get(k) is not None)
    return "\n".join(lines)


def render_confusion(table: Confusion, top: int = 3) -> str:
    head = f"== {table.set}: {table.field} confusion (rows gold, columns predicted)"
    w = max([len(g) for g in table.gold_labels()] + [12])
    lines = [head, f"  {'gold':{w}} {'n':>6} {'right':>6} {'recall':>7} {'pred':>6} "
             f"{'precision':>9}  most frequent wrong predictions"]
    for g in table.gold_labels():
        row = table.row(g)
        n = sum(row.values())
        wrong = ", ".join(f"{p} {c}" for p, c in row.most_common() if p != g)
        if top:
            wrong = ", ".join(wrong.split(", ")[:top])
        if g == NO_GOLD:
            lines.append(f"  {g:{w}} {n:>6} {'':>6} {'':>7} {'':>6} {'':>9}  {wrong}")
            continue
        right, pred_n = row.get(g, 0), table.predicted_total(g)
        prec = f"{right / pred_n:.3f}" if pred_n else "-"
        lines.append(f"  {g:{w}} {n:>6} {right:>6} {right / n:>7.3f} {pred_n:>6} {prec:>9}  {wrong}")
    return "\n".join(lines)


def _clip(value: Any, width: int) -> str:
    s = " ".join(str(value).split())
    return s if len(s) <= width else s[: width - 1] + "…"


def _gold_summary(gold: dict[str, Any]) -> str:
    keys = ("event_date", "sub_event_type", "attack_type", "actor1", "perpetrator", "location",
            "location_text", "fatalities")
    return ", ".join(f"{k}={gold[k]}" for k in keys if gold.get(k) not in (None, ""))


def render_misses(misses: list[Miss]) -> str:
    lines = ["== worst misses"]
    for i, m in enumerate(misses, 1):
        how = "not detected" if not m.detected else f"{len(m.wrong)} fields wrong"
        lines.append(f"  {i}. {m.case_id} [{m.set}] event {m.gold_index}: {how}")
        lines.append(f"     text: {_clip(m.text, 200)}")
        if not m.detected:
            lines.append(f"     gold: {_clip(_gold_summary(m.gold), 160)}")
        if m.detected:
            for f, (g, p) in m.wrong.items():
                lines.append(f"     {f:16} gold {_clip(g, 50)!s:50}  predicted {_clip(p, 50)}")
    return "\n".join(lines)


def evaluation_json(ev: Evaluation, tables: list[Confusion], misses: list[Miss],
                    run_errors: list[str]) -> dict[str, Any]:
    return {
        "report": ev.report,
        "counts": {st: {f: list(hn) for f, hn in c.items()} for st, c in ev.counts.items()},
        "confusion": [t.to_json() for t in tables],
        "worst_misses": [m.to_json() for m in misses],
        "warnings": ev.warnings,
        "run_errors": run_errors,
    }


# --------------------------------------------------------------------------------------------
# The command
# --------------------------------------------------------------------------------------------


def _extractor():
    try:
        from .pipeline import default_pipeline
    except ImportError as exc:
        raise click.ClickException(
            f"--run needs the extractor (eventatlas.pipeline), which cannot be loaded: {exc}."
            " Score a predictions file with --predictions instead.") from exc
    return default_pipeline().extract


def _with_progress(stream, length: int):
    with click.progressbar(stream, length=length, label="extracting", file=sys.stderr) as bar:
        yield from bar


def _run(cases: list[Case], save: Path | None) -> tuple[dict[str, Any], list[str]]:
    extract = _extractor()
    preds: dict[str, Any] = {}
    errors: list[str] = []
    out = open(save, "w", encoding="utf-8") if save else None  # noqa: SIM115 - closed below
    try:
        stream = predict(cases, extract)
        if sys.stderr.isatty() and len(cases) > 20:  # no progress bar in logs and pipes
            stream = _with_progress(stream, len(cases))
        for p in stream:
            preds[p.id] = p.events
            if p.error:
                errors.append(f"{p.id}: {p.error}")
            if out:
                out.write(json.dumps(p.to_json(), ensure_ascii=False) + "\n")
    finally:
        if out:
            out.close()
    return preds, errors


@click.command("evaluate")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--predictions", "-p", "pred_path", type=click.Path(exists=True, dir_okay=False,
              path_type=Path), help="JSONL predictions: one {\"id\", \"events\"} line per case.")
@click.option("--run", "run", is_flag=True, help="Run the extractor on the gold texts and score that.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("--confusion/--no-confusion", "show_confusion", default=True, show_default=True,
              help="Show the confusion table of sub_event_type.")
@click.option("--worst", type=click.IntRange(min=0), default=10, show_default=True,
              help="How many of the worst-scored gold events to list (0: none).")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Score only the first N gold cases.")
@click.option("--save-predictions", type=click.Path(dir_okay=False, path_type=Path),
              help="With --run: also write the predictions as JSONL here.")
def evaluate(gold: Path, pred_path: Path | None, run: bool, fmt: str, show_confusion: bool,
             worst: int, limit: int | None, save_predictions: Path | None) -> None:
    """Score events against GOLD: a JSONL case file or an ACLED CSV export (.csv).

    Prints the same metrics as shared/eval/score.py (detection_recall, extra_events_per_case,
    false_alarm_rate and per-field accuracies), a confusion table of sub_event_type, and the
    worst misses. Give either --predictions P or --run.
    """
    if bool(pred_path) == bool(run):
        raise click.UsageError("give exactly one of --predictions P or --run")
    if save_predictions and not run:
        raise click.UsageError("--save-predictions goes with --run")
    try:
        cases = load_cases(gold)
        if limit:
            cases = cases[:limit]
        if run:
            preds, run_errors = _run(cases, save_predictions)
        else:
            preds, run_errors = load_predictions(pred_path), []
        ev = score(cases, preds)
    except EventAtlasError as exc:
        raise click.ClickException(str(exc)) from exc
    ids = {c.id for c in cases}
    lacking = sum(1 for i in ids if i not in preds)
    unknown = sum(1 for i in preds if i not in ids)
    notes = list(ev.warnings)
    if lacking:
        notes.append(f"{lacking} of {len(ids)} cases have no prediction line (scored as nothing"
                     " extracted)")
    if unknown and not limit:
        notes.append(f"{unknown} prediction lines have an id that is not in {gold.name}")
    if run_errors:
        notes.append(f"the extractor failed on {len(run_errors)} cases, e.g. {run_errors[0]}")

    tables = confusion(ev) if show_confusion else []
    misses = worst_misses(ev, worst) if worst else []
    if fmt == "json":
        click.echo(json.dumps(evaluation_json(ev, tables, misses, run_errors), indent=1,
                              ensure_ascii=False))
    else:
        parts = [render_report(ev.report)]
        parts += [render_confusion(t) for t in tables]
        if misses:
            parts.append(render_misses(misses))
        click.echo("\n\n".join(parts))
    for note in notes:
        click.echo(f"warning: {note}", err=True)
