"""`make score`: run the extractor on every dev file and score it like shared/eval/score.py.

    python benchmarks/score_dev.py [--limit N] [--worst N] [--no-confusion] [NAME ...]

For each shared/eval/dev/NAME.jsonl: writes the input texts (id, text, published only, so no
gold reaches the extractor) to out/in_NAME.jsonl, runs
`eventatlas extract --jsonl out/in_NAME.jsonl --format jsonl` into out/pred_NAME.jsonl, scores
it, prints the metric table (the same lines as score.py), the sub_event_type confusion table
and the worst misses, then one summary table with a column per file. Reports go to
out/score_NAME.json.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from eventatlas.cli_evaluate import (
    evaluation_json,
    render_confusion,
    render_misses,
    render_report,
)
from eventatlas.errors import EvaluationError
from eventatlas.evaluate import METRICS, confusion, load_cases, load_predictions, score, worst_misses

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"
OUT = ROOT / "out"


def eventatlas_command() -> list[str]:
    exe = Path(sys.executable).parent / "eventatlas"
    return [str(exe)] if exe.exists() else [sys.executable, "-c",
                                            "from eventatlas.cli import main; main()"]


def write_inputs(cases, path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps({"id": c.id, "text": c.text, "published": c.published},
                                ensure_ascii=False) + "\n")


def run_extractor(inp: Path, pred: Path) -> tuple[float, str]:
    argv = [*eventatlas_command(), "extract", "--jsonl", str(inp), "--format", "jsonl"]
    t0 = time.perf_counter()
    with open(pred, "w", encoding="utf-8") as out:
        proc = subprocess.run(argv, stdout=out, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.strip().splitlines()[-5:])
        raise SystemExit(f"`eventatlas extract --jsonl {inp.name}` exited {proc.returncode}:\n{tail}")
    return elapsed, proc.stderr


def check_contract(cases, pred: Path) -> list[str]:
    """The batch contract: one output line per input line, same ids, same order."""
    lines, problems = [], []
    for n, raw in enumerate(pred.read_text(encoding="utf-8").splitlines(), 1):
        try:
            row = json.loads(raw)
        except json.JSONDecodeError:
            problems.append(f"output line {n} is not JSON: {raw[:80]!r}")
            continue
        lines.append(row if isinstance(row, dict) else {})
    if len(lines) != len(cases):
        problems.append(f"{len(lines)} output lines for {len(cases)} input lines")
    bad_order = sum(1 for c, row in zip(cases, lines) if str(row.get("id")) != c.id)
    if bad_order:
        problems.append(f"{bad_order} output lines out of order or with another id")
    errors = sum(1 for row in lines if row.get("error"))
    if errors:
        problems.append(f"{errors} lines carry an error")
    return problems


def summary(reports: dict[str, dict]) -> str:
    cols = [(name, st, r) for name, rep in reports.items() for st, r in rep.items()]
    w = max([len(st) for _, st, _ in cols] + [10])
    lines = ["== summary", f"  {'metric':24}" + "".join(f" {st:>{w}}" for _, st, _ in cols)]
    for k in METRICS:
        vals = [r.get(k) for _, _, r in cols]
        if any(v is not None for v in vals):
            lines.append(f"  {k:24}" + "".join(f" {('-' if v is None else v)!s:>{w}}" for v in vals))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="dev files to score (default: all)")
    ap.add_argument("--limit", type=int, help="only the first N cases of each file")
    ap.add_argument("--worst", type=int, default=10, help="worst misses to list per file")
    ap.add_argument("--no-confusion", action="store_true")
    ap.add_argument("--dev-dir", type=Path, default=DEV)
    args = ap.parse_args(argv)
    if not args.dev_dir.is_dir():
        print(f"{args.dev_dir} is absent: nothing to score (it comes with the shared eval data)")
        return 0
    files = sorted(args.dev_dir.glob("*.jsonl"))
    if args.names:
        files = [f for f in files if f.stem in args.names]
    OUT.mkdir(exist_ok=True)
    reports: dict[str, dict] = {}
    failed = False
    for gold in files:
        name = gold.stem
        cases = load_cases(gold)[: args.limit] if args.limit else load_cases(gold)
        inp, pred = OUT / f"in_{name}.jsonl", OUT / f"pred_{name}.jsonl"
        write_inputs(cases, inp)
        elapsed, stderr = run_extractor(inp, pred)
        problems = check_contract(cases, pred)
        try:
            ev = score(cases, load_predictions(pred))
        except EvaluationError as exc:
            print(f"### {name}: cannot score: {exc}", *problems[:5], sep="\n")
            failed = True
            continue
        tables = [] if args.no_confusion else confusion(ev)
        misses = worst_misses(ev, args.worst) if args.worst else []
        print(f"### {name}: {len(cases)} cases in {elapsed:.1f} s "
              f"({len(cases) / elapsed:.0f} docs/s, including start-up) -> {pred.relative_to(ROOT)}")
        for p in problems + ev.warnings:
            print(f"warning: {p}")
        print(render_report(ev.report))
        for t in tables:
            print()
            print(render_confusion(t))
        if misses:
            print()
            print(render_misses(misses))
        print()
        doc = evaluation_json(ev, tables, misses, [])
        doc.update(cases=len(cases), seconds=round(elapsed, 2), contract_problems=problems)
        (OUT / f"score_{name}.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n",
                                               encoding="utf-8")
        reports[name] = ev.report
    if reports:
        print(summary(reports))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
