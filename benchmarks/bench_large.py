"""How long one very long document takes: time should grow linearly with its size.

    python benchmarks/bench_large.py [--sizes 2,5,10,20] [--out out/bench_large.json]

Builds texts of the given sizes (MB, 10**6 characters) by repeating the reports in examples/
(plain-text ones; paragraphs joined by blank lines), extracts each in one process with one
warm pipeline (the place index is built or opened before timing), and prints a table: size,
seconds, seconds per MB, characters/s, windows, events, peak RSS. The last column, the ratio
of each size's s/MB to the smallest size's, stays near 1.0 when time is linear in size.
Also checks every evidence span of every event and claim against the cleaned text.
Not run by the tests (it takes minutes).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def build_text(n_chars: int) -> str:
    """Examples repeated, cut at a paragraph break near ``n_chars`` characters."""
    parts = [p.read_text(encoding="utf-8").strip() for p in sorted(EXAMPLES.glob("*.txt"))]
    if not parts:
        raise SystemExit(f"{EXAMPLES} has no .txt files to repeat")
    unit = "\n\n".join(parts) + "\n\n"
    text = unit * (n_chars // len(unit) + 1)
    cut = text.rfind("\n\n", 0, n_chars)
    return text[: cut if cut > 0 else n_chars]


def bad_spans(report, text: str) -> int:
    """How many evidence spans do not quote the text they point at."""
    spans = [s for e in report.events for v in e.evidence.values() for s in v]
    spans += [c.evidence for e in report.events for c in e.claims]
    spans += [c.evidence for c in report.campaign_claims]
    return sum(text[s.start : s.end] != s.text for s in spans)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="2,5,10,20", help="comma-separated sizes in MB (default 2,5,10,20)")
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "bench_large.json")
    args = ap.parse_args(argv)
    sizes = [float(s) for s in args.sizes.split(",") if s.strip()]

    sys.path.insert(0, str(ROOT / "src"))
    from eventatlas.pipeline import Pipeline
    from eventatlas.text import clean

    pipe = Pipeline()
    pipe.extract("Police fired on protesters in Dhaka on 3 May 2021, killing two.")  # warm: index, lexicon

    rows = []
    for mb in sizes:
        text = build_text(int(mb * 1_000_000))
        t0 = time.perf_counter()
        report = pipe.extract(text, published="2026-01-31")
        secs = time.perf_counter() - t0
        windows = next((w.split(" read in ")[1].split()[0] for w in report.warnings if " read in " in w), "1")
        rows.append(
            {
                "mb": len(text) / 1e6,
                "seconds": secs,
                "s_per_mb": secs / (len(text) / 1e6),
                "chars_per_s": len(text) / secs,
                "windows": int(windows),
                "events": len(report.events),
                "bad_spans": bad_spans(report, clean(text)),
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
        print(f"  {mb:g} MB done in {secs:.1f} s", file=sys.stderr, flush=True)

    base = rows[0]["s_per_mb"]
    print(f"{'MB':>6} {'seconds':>8} {'s/MB':>6} {'chars/s':>9} {'windows':>7} {'events':>7} "
          f"{'bad spans':>9} {'peak MB':>8} {'s/MB ratio':>10}")
    for r in rows:
        print(f"{r['mb']:6.1f} {r['seconds']:8.1f} {r['s_per_mb']:6.2f} {r['chars_per_s']:9,.0f} {r['windows']:7d} "
              f"{r['events']:7d} {r['bad_spans']:9d} {r['peak_rss_mb']:8.0f} {r['s_per_mb'] / base:10.2f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(rows, indent=2))
    return 1 if any(r["bad_spans"] for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
