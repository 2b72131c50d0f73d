#!/usr/bin/env python3
"""One sentence, several facts: what splitting a mention could gain for grouping (round eleven).

    .venv/bin/python scripts/one_sentence_facts.py SAVED_REPORTS [STORIES_ROOT] [--tools DIR] [--list]

SAVED_REPORTS is a folder written by ``scripts/evaluate_real.py fixtures/real --cache --save DIR`` (one report JSON
per story); STORIES_ROOT defaults to ``fixtures/real`` (held-out stories are refused). Gold mentions are aligned with
the report's mentions as the shared scorer aligns them (same file, spans sharing half of the shorter one, the best
share of the union wins). Per story and pooled it counts:

- gold mentions whose span overlaps (as the scorer reads overlap) a mention of another gold claim in the same file,
  by kind: the same quote, one nested in the other, partly overlapping;
- gold mentions aligned to a predicted mention that another gold claim's mention is aligned to too ("carried"):
  one predicted mention, several gold claims. Of those, the ones a split could separate under the scorer: their gold
  spans do not overlap each other (a piece per fact can be the best match of each), against the ones that cannot
  (the same or nested quote: both gold mentions keep aligning to one piece);

- pairs of gold mentions of different claims in one sentence (no sentence end between them): carried by one
  predicted mention, in different mentions of one predicted claim, or apart;

and the B-cubed ceilings over the found gold mentions (means over the stories, as ``grouping_pairs.py``):

- main: as aligned;
- split, pieces kept in their claim: each separable carried gold mention gets its own piece, the piece stays in the
  predicted claim it came from (splitting alone: B-cubed cannot move);
- split, pieces placed perfectly: each separable piece joins the predicted claim holding most of its gold claim's
  other found mentions (its own claim when none): what a split followed by a perfect join of the pieces reaches;
- split everything perfectly: the same for every carried gold mention, separable or not (the ceiling if the gold's
  spans did not matter).
Nothing here is used at run time: it measures (docs/evaluation.md, "Round eleven: one sentence, several facts").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate_real import DEFAULT_TOOLS, best_overlap, load_scorer, stories_under  # noqa: E402

#: a sentence ends between two spans: a full stop (or ! ?), maybe a closing quote, then space; or a line break
SENTENCE_END = re.compile(r'[.!?]["”’]?\s|\n')

#: (gold claim, predicted claim, predicted mention key, gold span key) per found gold mention
Row = tuple[str, str, tuple[str, int, int], tuple[str, int, int]]


def align(story: Path, pred: dict[str, Any], scorer: Any) -> tuple[list[Row], list[tuple[str, tuple[str, int, int]]]]:
    gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in story.glob("*.txt")}
    files = {a["id"]: Path(a.get("path") or a["id"]).name for a in pred["articles"]}
    pms = [
        (files.get(m["article"], ""), (m["start"], m["end"]), c["id"]) for c in pred["claims"] for m in c["mentions"]
    ]
    rows: list[Row] = []
    spans: list[tuple[str, tuple[str, int, int]]] = []
    for gc in gold["claims"]:
        for gm in gc["mentions"]:
            span = scorer.locate(texts.get(gm["file"], ""), gm["quote"])
            if span is None:
                continue
            spans.append((gc["id"], (gm["file"], span[0], span[1])))
            found = [pm for pm in pms if pm[0] == gm["file"] and scorer.overlap(span, pm[1])]
            if not found:
                continue
            best = best_overlap(span, found)
            rows.append((gc["id"], best[2], (best[0], *best[1]), (gm["file"], span[0], span[1])))
    return rows, spans


def bcubed(pairs: list[tuple[str, str]]) -> tuple[float, float, float]:
    by_p: Counter[str] = Counter(p for _, p in pairs)
    by_g: Counter[str] = Counter(g for g, _ in pairs)
    both: Counter[tuple[str, str]] = Counter(pairs)
    n = len(pairs) or 1
    prec = sum(both[(g, p)] / by_p[p] for g, p in pairs) / n
    rec = sum(both[(g, p)] / by_g[g] for g, p in pairs) / n
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def kind(a: tuple[str, int, int], b: tuple[str, int, int]) -> str:
    if a == b:
        return "same quote"
    if (a[1] <= b[1] and b[2] <= a[2]) or (b[1] <= a[1] and a[2] <= b[2]):
        return "nested"
    return "partly overlapping" if min(a[2], b[2]) > max(a[1], b[1]) else "apart"


def measure(story: Path, pred: dict[str, Any], scorer: Any, listing: bool) -> dict[str, Any]:
    rows, spans = align(story, pred, scorer)
    out: Counter[str] = Counter()
    # gold mentions sharing their span with another gold claim's mention
    for g, sp in spans:
        kinds = {
            kind(sp, other) for h, other in spans if h != g and other[0] == sp[0] and scorer.overlap(sp[1:], other[1:])
        }
        out["gold mentions"] += 1
        if kinds:
            out["shares its span"] += 1
            out[
                "share: " + ("same quote" if "same quote" in kinds else "nested" if "nested" in kinds else "partly")
            ] += 1
    # predicted mentions carrying several gold claims
    carried: dict[tuple[str, int, int], list[int]] = defaultdict(list)
    for k, (_, _, pkey, _) in enumerate(rows):
        carried[pkey].append(k)
    separable: set[int] = set()
    carried_rows: set[int] = set()
    for pkey, ks in carried.items():
        if len({rows[k][0] for k in ks}) < 2:
            continue
        for k in ks:
            others = [j for j in ks if rows[j][0] != rows[k][0]]
            carried_rows.add(k)
            if all(not scorer.overlap(rows[k][3][1:], rows[j][3][1:]) for j in others):
                separable.add(k)
            if listing:
                print(
                    f"  {story.name}: {rows[k][0]} shares {pkey} with {sorted({rows[j][0] for j in others})}"
                    f" ({'separable' if k in separable else 'not separable'})"
                )
    # pairs of found gold mentions of different claims in one sentence (no sentence end between them)
    texts = {p.name: p.read_text(encoding="utf-8") for p in story.glob("*.txt")}
    for i, a in enumerate(rows):
        for b in rows[i + 1 :]:
            if a[0] == b[0] or a[3][0] != b[3][0]:
                continue
            lo, hi = sorted((a[3], b[3]), key=lambda x: x[1])
            if lo[2] <= hi[1] and SENTENCE_END.search(texts[lo[0]][lo[2] : hi[1]]):
                continue
            where = "one predicted mention" if a[2] == b[2] else "one predicted claim" if a[1] == b[1] else "apart"
            out["one sentence: " + where] += 1
    out["found"] = len(rows)
    out["carried"] = len(carried_rows)
    out["separable"] = len(separable)
    pairs = [(g, p) for g, p, _, _ in rows]

    def placed(which: set[int]) -> list[tuple[str, str]]:
        home: dict[str, str] = {}
        for g in {g for g, _ in pairs}:
            votes = Counter(p for k, (h, p) in enumerate(pairs) if h == g and k not in which)
            if votes:
                home[g] = votes.most_common(1)[0][0]
        return [(g, home.get(g, p)) if k in which else (g, p) for k, (g, p) in enumerate(pairs)]

    return {
        "counts": out,
        "main": bcubed(pairs),
        "split placed": bcubed(placed(separable)),
        "split all placed": bcubed(placed(carried_rows)),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("saved")
    ap.add_argument("root", nargs="?", default=str(ROOT / "fixtures" / "real"))
    ap.add_argument("--tools", default=str(DEFAULT_TOOLS))
    ap.add_argument("--list", action="store_true", help="print every carried gold mention")
    args = ap.parse_args(argv)
    root, saved = Path(args.root), Path(args.saved)
    if "heldout" in root.name:
        sys.exit(f"{root}: held-out stories are never used to choose a fix; pass fixtures/real")
    if not saved.is_dir():
        sys.exit(f"{saved}: not a folder of saved reports; write one with scripts/evaluate_real.py --save DIR")
    scorer = load_scorer(Path(args.tools))
    total: Counter[str] = Counter()
    figs: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    print(
        f"{'story':34} {'gold':>5} {'shares':>6} {'carried':>7} {'separ.':>6}  main F1  split-placed F1  all-placed F1"
    )
    for story in stories_under(root):
        path = saved / f"{story.name}.json"
        if not path.is_file():
            sys.exit(f"{path}: no saved report for {story.name}; rerun evaluate_real.py --save {saved}")
        r = measure(story, json.loads(path.read_text(encoding="utf-8")), scorer, args.list)
        c = r["counts"]
        total.update(c)
        for key in ("main", "split placed", "split all placed"):
            figs[key].append(r[key])
        print(
            f"{story.name:34} {c['gold mentions']:5} {c['shares its span']:6} {c['carried']:7} {c['separable']:6}"
            f"  {r['main'][2]:.3f}    {r['split placed'][2]:.3f}            {r['split all placed'][2]:.3f}"
        )
    print("pooled:", dict(sorted(total.items())))
    for key, vals in figs.items():
        n = len(vals) or 1
        p, r_, f = (sum(v[i] for v in vals) / n for i in range(3))
        print(f"{key:18} mean P {p:.3f}  R {r_:.3f}  F1 {f:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
