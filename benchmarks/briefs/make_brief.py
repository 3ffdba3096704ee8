"""Write one blind writer's brief for a fresh invented test set (see docs/evaluation.md).

    python benchmarks/briefs/make_brief.py KIND FILENO IDPREFIX "FOCUS" OUTDIR

KIND is snip (CASE-style snippets), world (ACLED-style world notes), baloch (Balochistan protest
notes) or bd (Bangladesh 2022-25 notes). The brief is printed; it tells the writer to write
OUTDIR/<set name><FILENO>.jsonl. The writers see the brief only: no code, no ../shared data.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAMES = {"snip": "news_snippets_fresh", "world": "acled_style_notes_world_fresh",
         "baloch": "balochistan_protest_notes_fresh", "bd": "bangladesh_notes_2022_25_fresh"}


def brief(kind: str, fileno: str, idp: str, focus: str, outdir: str) -> str:
    if kind not in NAMES:
        raise SystemExit(f"KIND must be one of {', '.join(NAMES)}, got {kind!r}")
    text = (HERE / f"{kind}.txt").read_text(encoding="utf-8")
    common = (HERE / "common.txt").read_text(encoding="utf-8").strip()
    out = str(Path(outdir) / f"{NAMES[kind]}{fileno}.jsonl")
    return text.replace("COMMON", common).replace("OUTFILE", out).replace("IDP", idp).replace("FOCUS", focus)


if __name__ == "__main__":
    if len(sys.argv) != 6:
        raise SystemExit(__doc__)
    print(brief(*sys.argv[1:6]))
