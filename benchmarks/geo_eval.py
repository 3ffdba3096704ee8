"""Location accuracy of the whole pipeline on the dev sets, with a breakdown of the misses.

    python benchmarks/geo_eval.py [--geonames ../shared/geonames] [--setting default|geonames|both]
                                  [--work out/geo_eval] [--limit N] [--examples N] [--reuse]

For each data setting (``default``: the index built from installed packages; ``geonames``:
the same plus every GeoNames file in --geonames) an EVENTATLAS_HOME under --work is used
(built once and kept, so later runs start fast), the dev inputs (id, text, published: no
gold) go through ``eventatlas extract --jsonl``, and the output is scored the way
shared/eval/score.py scores it (same matching, same field tests). Printed per setting:

* ACLED notes: loc_10km, loc_50km, country, admin1, admin2 overall, per gold country, per
  gold admin1 and per gold geo_precision;
* Wikipedia incidents: country and place_named overall and per gold country;
* what the location misses (> 10 km) have in common: no event, no place coded, the wrong
  country (a namesake abroad), the wrong admin1, the right admin1 but the wrong admin2,
  the right admin2 but coded at district/area level only, or a wrong point inside the right
  district; and for each, whether the gazetteer holds a place of ACLED's location name within
  10 km of ACLED's point (resolvable) and whether that name is in the text at all;
* admin2 misses the same way.

``--reuse`` scores the predictions of a previous run instead of extracting again.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "dev"
FILES = {"acled": "acled_notes_bangladesh.jsonl", "wiki": "wikipedia_incidents.jsonl"}


def load_scorer():
    path = SHARED / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("shared_score", path)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def eventatlas_command() -> list[str]:
    exe = Path(sys.executable).parent / "eventatlas"
    return [str(exe)] if exe.exists() else [sys.executable, "-c", "from eventatlas.cli import main; main()"]


def prepare_home(home: Path, geonames: Path | None) -> None:
    """Build the index in ``home`` (and load the GeoNames files once)."""
    home.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "EVENTATLAS_HOME": str(home)}
    stamp = home / ".geo_eval_loaded"
    if geonames is not None and not stamp.exists():
        files = sorted(str(p) for p in geonames.iterdir()
                       if p.suffix in (".txt", ".zip") and p.is_file())
        proc = subprocess.run([*eventatlas_command(), "gazetteer", "add", *files], env=env,
                              capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"gazetteer add failed:\n{proc.stderr[-2000:]}")
        stamp.write_text("\n".join(files) + "\n")


def run_extract(home: Path, cases: list[dict], inp: Path, pred: Path) -> float:
    with open(inp, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps({"id": c["id"], "text": c["text"], "published": c.get("published")},
                                ensure_ascii=False) + "\n")
    env = {**os.environ, "EVENTATLAS_HOME": str(home)}
    t0 = time.perf_counter()
    with open(pred, "w", encoding="utf-8") as out:
        proc = subprocess.run([*eventatlas_command(), "extract", "--jsonl", str(inp), "--format", "jsonl"],
                              stdout=out, stderr=subprocess.PIPE, text=True, env=env)
    if proc.returncode != 0:
        raise SystemExit(f"extract failed:\n{proc.stderr[-2000:]}")
    return time.perf_counter() - t0


def matched(sc, cases: list[dict], preds: dict[str, list[dict]]):
    """(case, gold event, matched prediction or None) as score.py pairs them."""
    for case in cases:
        pred = [e for e in preds.get(case["id"], []) if isinstance(e, dict)]
        free = list(range(len(pred)))
        for g in case["gold"]["events"]:
            best = max(free, key=lambda i: sc.match_score(g, pred[i]), default=None)
            if best is not None:
                free.remove(best)
            yield case, g, (pred[best] if best is not None else None)


class Tally:
    def __init__(self, fields: tuple[str, ...]):
        self.fields = fields
        self.hits: dict[str, Counter] = defaultdict(Counter)
        self.n: Counter = Counter()

    def add(self, group: str, hits: dict[str, bool]) -> None:
        self.n[group] += 1
        for f in self.fields:
            if f in hits:
                self.hits[group][f] += hits[f]
                self.hits[group][f + "#"] += 1

    def table(self, title: str, min_n: int = 1, order: list[str] | None = None) -> str:
        groups = order or sorted(self.n, key=lambda g: -self.n[g])
        w = max([len(g) for g in groups] + [len(title)])
        lines = [f"  {title:<{w}} {'n':>5} " + " ".join(f"{f:>10}" for f in self.fields)]
        for g in groups:
            if self.n[g] < min_n:
                continue
            cells = []
            for f in self.fields:
                d = self.hits[g][f + "#"]
                cells.append(f"{self.hits[g][f] / d:>10.3f}" if d else f"{'-':>10}")
            lines.append(f"  {g:<{w}} {self.n[g]:>5} " + " ".join(cells))
        return "\n".join(lines)


def norm(sc, s) -> str:
    return sc.norm(s) if s else ""


def resolvable(gaz, g: dict) -> bool:
    """The index holds a place named like ACLED's location within 10 km of ACLED's point."""
    from eventatlas.gazetteer.writer import haversine_km

    name = g.get("location") or ""
    for piece in [name, *name.replace("-", " - ").split(" - ")]:
        for p in gaz.lookup(piece.strip()) if piece.strip() else ():
            if p.latitude is not None and haversine_km(
                p.latitude, p.longitude or 0, g["latitude"], g["longitude"]
            ) <= 10:
                return True
    return False


def miss_kind(sc, g: dict, p: dict | None) -> str:
    if p is None:
        return "no event detected"
    if p.get("latitude") is None:
        return "no place coded"
    if norm(sc, p.get("country")) != norm(sc, g.get("country")):
        return "wrong country (namesake abroad)"
    if norm(sc, p.get("admin1")) != norm(sc, g.get("admin1")):
        return "wrong admin1"
    if g.get("admin2") and norm(sc, p.get("admin2")) != norm(sc, g.get("admin2")):
        return "right admin1, wrong admin2"
    if (p.get("geo_precision") or 1) >= 3:
        return "right admin2, area level only"
    return "right admin2, wrong point"


def acled_report(sc, gaz, cases, preds, examples: int) -> str:
    fields = ("loc_10km", "loc_50km", "country", "admin1", "admin2")
    overall, by_country, by_admin1, by_prec = Tally(fields), Tally(fields), Tally(fields), Tally(fields)
    misses: Counter = Counter()
    sub: dict[str, Counter] = defaultdict(Counter)
    shown: dict[str, list[str]] = defaultdict(list)
    a2_miss: Counter = Counter()
    for case, g, p in matched(sc, cases, preds):
        hits = sc.field_hits(g, p)
        overall.add("all", hits)
        by_country.add(g.get("country") or "?", hits)
        by_admin1.add(g.get("admin1") or "?", hits)
        by_prec.add(f"geo_precision {g.get('geo_precision', '?')}", hits)
        if "admin2" in hits and not hits["admin2"]:
            a2_miss[miss_kind(sc, g, p) if p is None or p.get("latitude") is None
                    or norm(sc, p.get("admin1")) != norm(sc, g.get("admin1"))
                    else ("coded at admin1/country level" if not p.get("admin2")
                          else "wrong admin2 in right admin1")] += 1
        if hits.get("loc_10km", True):
            continue
        kind = miss_kind(sc, g, p)
        misses[kind] += 1
        in_text = norm(sc, (g.get("location") or "").split(" - ")[-1]) in norm(sc, case["text"])
        res = gaz is not None and resolvable(gaz, g)
        sub[kind][("resolvable" if res else "not in index") + (", named in text" if in_text else ", not in text")] += 1
        if len(shown[kind]) < examples:
            where = f"{p.get('location')} ({p.get('admin2')}, {p.get('admin1')}, {p.get('country')}) p{p.get('geo_precision')}" if p else "-"
            shown[kind].append(f"      {case['id']}: gold {g.get('location')} ({g.get('admin2')}, {g.get('admin1')}) p{g.get('geo_precision')}; got {where}")
    out = ["ACLED notes", overall.table("overall"), by_country.table("gold country"),
           by_prec.table("gold geo_precision", order=sorted(by_prec.n)),
           by_admin1.table("gold admin1")]
    total = sum(misses.values())
    out.append(f"  location misses (> 10 km): {total}")
    for kind, n in misses.most_common():
        detail = "; ".join(f"{k} {v}" for k, v in sub[kind].most_common())
        out.append(f"    {n:>5} {n / total:6.1%}  {kind}  [{detail}]")
        out.extend(shown[kind])
    total2 = sum(a2_miss.values())
    out.append(f"  admin2 misses: {total2}")
    for kind, n in a2_miss.most_common():
        out.append(f"    {n:>5} {n / max(total2, 1):6.1%}  {kind}")
    return "\n".join(out)


def wiki_report(sc, cases, preds) -> str:
    fields = ("country", "place_named")
    overall, by_country = Tally(fields), Tally(fields)
    misses: Counter = Counter()
    for _case, g, p in matched(sc, cases, preds):
        hits = sc.field_hits(g, p)
        overall.add("all", hits)
        by_country.add(g.get("country") or "?", hits)
        if not hits.get("place_named", True):
            if p is None:
                misses["no event detected"] += 1
            elif not p.get("country"):
                misses["no place or country coded"] += 1
            elif norm(sc, p.get("country")) != norm(sc, g.get("country")):
                misses["wrong country"] += 1
            elif not p.get("location") or p.get("location") == p.get("country"):
                misses["country only"] += 1
            else:
                misses["another place in the right country"] += 1
    out = ["Wikipedia incidents", overall.table("overall"), by_country.table("gold country", min_n=5)]
    total = sum(misses.values())
    out.append(f"  place_named misses: {total}")
    for kind, n in misses.most_common():
        out.append(f"    {n:>5} {n / max(total, 1):6.1%}  {kind}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--geonames", type=Path, default=SHARED / "geonames")
    ap.add_argument("--setting", choices=("default", "geonames", "both"), default="both")
    ap.add_argument("--work", type=Path, default=ROOT / "out" / "geo_eval")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--examples", type=int, default=3, help="examples per miss kind")
    ap.add_argument("--reuse", action="store_true", help="score the previous run's predictions")
    ap.add_argument("--only", choices=tuple(FILES), help="one dev file")
    args = ap.parse_args(argv)
    if not DEV.is_dir():
        print(f"{DEV} is absent: nothing to measure")
        return 0
    sc = load_scorer()
    settings = ["default", "geonames"] if args.setting == "both" else [args.setting]
    if "geonames" in settings and not args.geonames.is_dir():
        print(f"{args.geonames} is absent: only the default setting is measured")
        settings = ["default"]
    from eventatlas.config import Config
    from eventatlas.gazetteer import Gazetteer

    for setting in settings:
        home = args.work / setting
        if not args.reuse:
            prepare_home(home, args.geonames if setting == "geonames" else None)
        print(f"######## data setting: {setting} (EVENTATLAS_HOME={home})")
        for key, fname in FILES.items():
            if args.only and key != args.only:
                continue
            with open(DEV / fname, encoding="utf-8") as fh:
                cases = [json.loads(x) for x in fh if x.strip()]
            if args.limit:
                cases = cases[: args.limit]
            inp, pred = home / f"in_{key}.jsonl", home / f"pred_{key}.jsonl"
            if not args.reuse:
                secs = run_extract(home, cases, inp, pred)
                print(f"  ({len(cases)} {key} cases extracted in {secs:.0f} s)")
            preds = {}
            with open(pred, encoding="utf-8") as fh:
                for line in fh:
                    row = json.loads(line)
                    preds[str(row.get("id"))] = row.get("events") or []
            if key == "acled":
                gaz = Gazetteer.open(Config(home=home))
                print(acled_report(sc, gaz, cases, preds, args.examples))
                gaz.close()
            else:
                print(wiki_report(sc, cases, preds))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
