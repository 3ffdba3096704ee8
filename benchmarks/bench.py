"""`make bench`: how fast eventatlas extracts, how quickly the CLI starts, how much memory it takes.

    python benchmarks/bench.py [--docs 1000] [--cold-runs 5] [--all-cores] [--check]

Measures, and compares with the targets of the extraction-core issue:
  * documents/s and words/s on the first 1,000 notes of shared/eval/dev/acled_notes_bangladesh.jsonl
    (examples/*.txt repeated when shared/ is absent), in one process, pinned to one core, after
    a warm-up that builds the pipeline and its indexes (not timed);
  * CLI cold start: `eventatlas extract examples/<first file> --format json`, median of N runs
    after one untimed run that may build on-disk caches;
  * peak memory: the maximum resident set size of a child process running the same batch;
  * spaCy's blank English tokenizer on the same texts, only when spaCy is importable.
Prints a table and writes out/bench.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV_NOTES = SHARED / "eval" / "dev" / "acled_notes_bangladesh.jsonl"
EXAMPLES = ROOT / "examples"
OUT = ROOT / "out"

TARGET_DOCS_PER_S = 350.0
TARGET_COLD_S = 1.5
TARGET_PEAK_MB = 500.0
TARGET_TOKENIZER_RATIO = 10.0  # stay within 10x of merely tokenizing
WARMUP_DOCS = 20


def load_corpus(n: int) -> tuple[list[tuple[str, dt.date | None]], str]:
    """(text, published) pairs and a sentence saying where they came from."""
    if DEV_NOTES.exists():
        docs = []
        with open(DEV_NOTES, encoding="utf-8") as fh:
            for line in fh:
                if len(docs) >= n:
                    break
                row = json.loads(line)
                pub = row.get("published")
                docs.append((row["text"], dt.date.fromisoformat(pub[:10]) if pub else None))
        return docs, f"first {len(docs)} notes of {DEV_NOTES.name}"
    files = sorted(EXAMPLES.glob("*.txt"))
    if not files:
        raise SystemExit(f"no corpus: {DEV_NOTES} is absent and {EXAMPLES} has no .txt files")
    texts = [f.read_text(encoding="utf-8") for f in files]
    docs = [(texts[i % len(texts)], None) for i in range(n)]
    return docs, (f"{DEV_NOTES} is absent: examples/*.txt ({len(files)} files) repeated to"
                  f" {n} documents")


DEFAULT_FACTORY = "eventatlas.pipeline:default_pipeline"


def make_extractor(factory: str = DEFAULT_FACTORY):
    """``extract(text, published=...)`` of the pipeline that ``module:callable`` builds."""
    import importlib

    module, _, attr = factory.partition(":")
    return getattr(importlib.import_module(module), attr)().extract


def _tail(text: str, lines: int = 3) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def pin_one_core() -> str:
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity here)"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu}"


def run_batch(extract, docs) -> dict:
    """Extract every document; wall and CPU seconds, words and events."""
    words = sum(len(text.split()) for text, _ in docs)
    events = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for text, published in docs:
        events += len(extract(text, published=published).events)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"docs": len(docs), "words": words, "events": events, "wall_s": round(wall, 3),
            "cpu_s": round(cpu, 3), "docs_per_s": round(len(docs) / wall, 1),
            "words_per_s": round(words / wall, 1),
            "docs_per_cpu_s": round(len(docs) / cpu, 1) if cpu > 0 else None}


def maxrss_mb(usage: resource.struct_rusage) -> float:
    # Linux reports kilobytes, macOS bytes.
    return usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def throughput(docs, pin: bool, factory: str) -> dict:
    where = pin_one_core() if pin else "all cores"
    t0 = time.perf_counter()
    extract = make_extractor(factory)
    for text, published in docs[:WARMUP_DOCS]:
        extract(text, published=published)
    warmup = time.perf_counter() - t0
    result = run_batch(extract, docs)
    result.update(warmup_s=round(warmup, 3), cores=where)
    return result


def child_batch(n: int, factory: str) -> None:
    """Runs in the child process: the whole batch, then report this process's peak memory."""
    docs, _ = load_corpus(n)
    extract = make_extractor(factory)
    result = run_batch(extract, docs)
    result["maxrss_mb"] = round(maxrss_mb(resource.getrusage(resource.RUSAGE_SELF)), 1)
    print(json.dumps(result))


def peak_memory(n: int, factory: str) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child-batch", str(n), "--extractor", factory],
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        return {"error": _tail(proc.stderr) or f"exit code {proc.returncode}"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def cli_command() -> list[str] | None:
    exe = Path(sys.executable).parent / "eventatlas"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("eventatlas")
    return [found] if found else None


def cold_start(runs: int) -> dict:
    files = sorted(EXAMPLES.glob("*.txt"))
    cmd = cli_command()
    if not files or not cmd:
        return {"error": "no examples/*.txt" if not files else "the eventatlas command is not installed"}
    argv = [*cmd, "extract", str(files[0]), "--format", "json"]
    times = []
    for i in range(runs + 1):  # the first run may build on-disk caches: not counted
        t0 = time.perf_counter()
        proc = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT)
        elapsed = time.perf_counter() - t0
        if proc.returncode != 0:
            return {"error": f"`{' '.join(argv[-4:])}` exited {proc.returncode}: "
                             f"{_tail(proc.stderr)}"}
        if i == 0:
            first = elapsed
        else:
            times.append(elapsed)
    return {"file": files[0].name, "runs": runs, "first_run_s": round(first, 3),
            "median_s": round(statistics.median(times), 3), "min_s": round(min(times), 3),
            "max_s": round(max(times), 3)}


def spacy_baseline(docs) -> dict | None:
    try:
        import spacy
    except ImportError:
        return None
    nlp = spacy.blank("en")
    for text, _ in docs[:WARMUP_DOCS]:
        nlp.tokenizer(text)
    tokens = 0
    t0 = time.perf_counter()
    for text, _ in docs:
        tokens += len(nlp.tokenizer(text))
    wall = time.perf_counter() - t0
    return {"spacy": spacy.__version__, "docs_per_s": round(len(docs) / wall, 1),
            "tokens_per_s": round(tokens / wall, 1)}


def stage_costs(docs) -> dict[str, float]:
    """Milliseconds per document spent in each stage (the geocoder is the places stage)."""
    from eventatlas.pipeline import default_pipeline
    from eventatlas.text import make_document

    pipe = default_pipeline()
    for text, pub in docs[:WARMUP_DOCS]:
        pipe.extract(text, published=pub)
    timings: dict[str, float] = {}
    start = time.perf_counter()
    for text, pub in docs:
        doc = make_document(text, published=pub)
        timings["clean"] = timings.get("clean", 0.0) + time.perf_counter() - start
        pipe.extract_document(doc, timings)
        start = time.perf_counter()
    n = max(1, len(docs))
    return {k: v * 1000 / n for k, v in timings.items()}


def verdicts(res: dict) -> list[tuple[str, str, str, bool | None]]:
    """(measure, value, target, met) rows of the table."""
    rows: list[tuple[str, str, str, bool | None]] = []
    tp = res.get("throughput", {})
    if "docs_per_s" in tp:
        rows.append(("documents/s", f"{tp['docs_per_s']:.1f}", f">= {TARGET_DOCS_PER_S:.0f}",
                     tp["docs_per_s"] >= TARGET_DOCS_PER_S))
        rows.append(("words/s", f"{tp['words_per_s']:.0f}", "", None))
        rows.append(("CPU s / wall s", f"{tp['cpu_s']:.2f} / {tp['wall_s']:.2f}", "", None))
        if tp.get("docs_per_cpu_s"):
            rows.append(("documents per CPU second", f"{tp['docs_per_cpu_s']:.1f}", "", None))
        rows.append((f"warm-up: build + {WARMUP_DOCS} docs (s)", f"{tp['warmup_s']:.2f}", "", None))
    cs = res.get("cold_start", {})
    if "median_s" in cs:
        rows.append((f"CLI cold start, median of {cs['runs']} (s)", f"{cs['median_s']:.3f}",
                     f"< {TARGET_COLD_S}", cs["median_s"] < TARGET_COLD_S))
        rows.append(("CLI first run, caches cold (s)", f"{cs['first_run_s']:.3f}", "", None))
    pm = res.get("peak_memory", {})
    if "maxrss_mb" in pm:
        rows.append(("peak memory, batch child (MB)", f"{pm['maxrss_mb']:.0f}",
                     f"< {TARGET_PEAK_MB:.0f}", pm["maxrss_mb"] < TARGET_PEAK_MB))
    sp = res.get("spacy_blank_tokenizer")
    if sp:
        rows.append(("spaCy blank tokenizer docs/s", f"{sp['docs_per_s']:.1f}", "", None))
        rows.append(("spaCy blank tokenizer tokens/s", f"{sp['tokens_per_s']:.0f}", "", None))
        if "docs_per_s" in tp:
            ratio = sp["docs_per_s"] / tp["docs_per_s"]
            rows.append(("slower than tokenizing alone", f"{ratio:.1f}x",
                         f"<= {TARGET_TOKENIZER_RATIO:.0f}x", ratio <= TARGET_TOKENIZER_RATIO))
    return rows


def print_table(res: dict, rows) -> None:
    print(f"corpus: {res['corpus']}; throughput {res.get('throughput', {}).get('cores', '')}")
    print(f"machine: {res['machine']['cpu']} ({res['machine']['cpus']} CPUs), "
          f"Python {res['machine']['python']}")
    w = max(len(r[0]) for r in rows) if rows else 20
    print(f"{'measure':{w}}  {'value':>14}  {'target':>8}  met")
    for name, value, target, met in rows:
        flag = "" if met is None else ("yes" if met else "NO")
        print(f"{name:{w}}  {value:>14}  {target:>8}  {flag}")
    for part in ("throughput", "cold_start", "peak_memory"):
        if "error" in res.get(part, {}):
            print(f"{part} failed: {res[part]['error']}")
    tp = res.get("throughput", {})
    if tp.get("wall_s") and tp.get("cpu_s", 0) < 0.8 * tp["wall_s"]:
        print(f"note: the batch got the CPU for only {tp['cpu_s'] / tp['wall_s']:.0%} of its wall time"
              f" (load average {os.getloadavg()[0]:.1f}): the machine is busy, so documents per"
              " CPU second is the fairer figure; rerun when it is idle")
    if res.get("spacy_blank_tokenizer") is None:
        print("spaCy is not importable: tokenizer baseline skipped")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=1000, help="documents in the batch")
    ap.add_argument("--cold-runs", type=int, default=5, help="timed CLI runs (median taken)")
    ap.add_argument("--all-cores", action="store_true", help="do not pin the batch to one core")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    ap.add_argument("--out", type=Path, default=OUT / "bench.json")
    ap.add_argument("--extractor", default=DEFAULT_FACTORY, metavar="MODULE:CALLABLE",
                    help="what builds the pipeline whose .extract is timed (default: %(default)s)")
    ap.add_argument("--child-batch", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child_batch:
        child_batch(args.child_batch, args.extractor)
        return 0

    docs, source = load_corpus(args.docs)
    if not DEV_NOTES.exists():
        print(f"note: {DEV_NOTES} is absent; using examples/*.txt repeated instead", file=sys.stderr)
    res: dict = {"when": dt.datetime.now().isoformat(timespec="seconds"), "corpus": source,
                 "machine": {"cpu": platform.processor() or platform.machine(),
                             "cpus": os.cpu_count(), "python": platform.python_version(),
                             "platform": platform.platform()}}
    # Children first: the throughput run pins this process to one core, which children inherit.
    res["peak_memory"] = peak_memory(args.docs, args.extractor)
    res["cold_start"] = cold_start(args.cold_runs)
    try:
        res["throughput"] = throughput(docs, not args.all_cores, args.extractor)
    except Exception as exc:  # noqa: BLE001 - reported in the table and the JSON
        res["throughput"] = {"error": f"{type(exc).__name__}: {exc}"}
    res["spacy_blank_tokenizer"] = spacy_baseline(docs)
    res["stages_ms_per_doc"] = stage_costs(docs)
    rows = verdicts(res)
    for stage, ms in res["stages_ms_per_doc"].items():
        label = "geocoder (places stage)" if stage == "places" else f"stage {stage}"
        rows.append((f"{label}, ms/doc", f"{ms:.3f}", "", None))
    res["targets"] = {name: {"value": value, "target": target, "met": met}
                      for name, value, target, met in rows if met is not None}
    print_table(res, rows)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    failed = any(part in res and "error" in res[part]
                 for part in ("throughput", "cold_start", "peak_memory"))
    missed = any(met is False for *_, met in rows)
    return 1 if failed or (args.check and missed) else 0


if __name__ == "__main__":
    sys.exit(main())
