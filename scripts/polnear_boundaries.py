#!/usr/bin/env python3
"""Classify span-boundary errors on the PolNeAR dev fold: spans that overlap their gold span but differ in edges.

usage: python scripts/polnear_boundaries.py PRED_JSON [AFTER_JSON] [--split DIR] [--part dev|gate|tune]

PRED_JSON (and AFTER_JSON, to compare) are extract JSON files scored on the part (``scripts/evaluate_polnear.py
--save``). Every predicted span of an outermost attribution is paired with the gold span the shared scorer's
overlap match gives it (one-to-one, in order); a pair whose trimmed bounds differ is classified by what lies
between the edges, and counted by who drew the span ("rule": the rules, alone or confirmed by the model;
"model": the model alone). Prints a Markdown table (docs/evaluation.md, "Round seven: span boundaries").
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evaluate_polnear import find_split, layout, scorer, shared_dir  # noqa: E402

ROLES = ("source", "cue", "content")
#: Words of a verb group before the verb (an adverb in -ly counts too).
VERB_GROUP = frozenset(
    "has have had is was are were be been being do does did will would could should may might must can not n't "
    "never also still already repeatedly previously initially recently now just".split()
)


def kind(sc: Any, role: str, text: str, gold: tuple, pred: tuple) -> str:
    """What separates a predicted span from its gold span (first matching kind)."""
    ps, gs, pe, ge = pred[0][0], gold[0][0], pred[-1][1], gold[-1][1]
    if role == "content":
        if len(gold) > len(pred):
            return "a continuation fragment missing (quote after the cue / next paragraph)"
        if len(pred) > len(gold):
            return "extra fragment (another clause or quote joined)"
        if ps > gs and text[gs:ps].strip(sc.TRIM).lower() == "that":
            return 'leading "that" left out'
        if ps < gs and text[ps:gs].strip(sc.TRIM).lower() == "that":
            return 'leading "that" taken in'
        if ps != gs and pe != ge:
            return "both edges differ"
        if ps < gs:
            return "starts early (frame, connective, recipient, noun head)"
        if ps > gs:
            return "starts late (clause opener, question word, subject)"
        if pe > ge:
            return 'runs on (trailing adjunct, "he said", next clause)'
        return "stops short (trailing clause, rest of the sentence)"
    if role == "source":
        if pe < ge and ps == gs:
            gap = text[pe:ge].lstrip()
            long = gap[:1] in ",(—–-" or len(gap.split()) > 2
            return "right edge short, apposition/modifier/relative clause" if long else "right edge short, 1-2 words"
        if pe > ge and ps == gs:
            return "right edge long (time, aside)"
        return "starts early (preposition, determiner...)" if ps < gs else "other"
    if ps < gs and pe == ge:
        return "takes words before the verb"
    if ps > gs and pe == ge:
        words = [w.strip(sc.TRIM).lower() for w in text[gs:ps].split()]
        group = all(w in VERB_GROUP or w.endswith("ly") for w in words)
        return "verb group before the verb left out (aux, modal, negation, adverb)" if group else (
            "longer phrase before the verb left out"
        )
    if pe < ge and ps == gs:
        short = len(text[pe:ge].split()) <= 2
        return "particle/preposition/adverb after the verb left out" if short else (
            'longer phrase after the verb left out ("said in a statement")'
        )
    return "runs on after the verb" if pe > ge and ps == gs else "both edges differ"


def tally(sc: Any, split: Path, pred_path: Path) -> tuple[Counter[tuple[str, str, str]], Counter[str]]:
    gold = sc.read_gold(split)
    data = json.loads(pred_path.read_text(encoding="utf-8"))
    pred = {
        Path(a.get("path") or a["id"]).stem: [x for x in a.get("attributions", []) if x.get("parent") is None]
        for a in data["articles"]
    }
    out: Counter[tuple[str, str, str]] = Counter()
    pairs: Counter[str] = Counter()
    for art, grecs in gold.items():
        text = (split / "text" / f"{art}.txt").read_text(encoding="utf-8")
        for role in ROLES:
            g = [r[role] for r in grecs if r[role]]
            gc = [sc.chars(text, x) for x in g]
            used = [False] * len(g)
            for a in pred.get(art, []):
                x = sc.frags_of(a.get(role))
                pc = sc.chars(text, x) if x else set()
                for i, c in enumerate(gc):
                    if used[i] or not c or not pc or len(pc & c) < 0.5 * min(len(pc), len(c)):
                        continue
                    used[i] = True
                    pairs[role] += 1
                    pb, gb = sc.bounds(text, x), sc.bounds(text, g[i])
                    if pb != gb and pb and gb:
                        by = "model" if a.get("by") == "model" else "rule"
                        out[(role, kind(sc, role, text, gb, pb), by)] += 1
                    break
    return out, pairs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pred", type=Path)
    ap.add_argument("after", type=Path, nargs="?")
    ap.add_argument("--split", type=Path, default=None)
    ap.add_argument("--part", choices=("dev", "gate", "tune"), default="dev")
    args = ap.parse_args(argv)
    shared = shared_dir()
    split = find_split(args.split, shared)
    if split is None:
        return 2
    for p in [args.pred, *([args.after] if args.after else [])]:
        if not p.is_file():
            print(f"{p}: no such extract JSON; write one with scripts/evaluate_polnear.py --save", file=sys.stderr)
            return 2
    sc = scorer(shared)
    with tempfile.TemporaryDirectory(prefix="attr-bounds-") as tmp:
        work = Path(tmp) / args.part
        layout(split, args.part, work)
        runs = [tally(sc, work, p) for p in [args.pred, *([args.after] if args.after else [])]]
    heads = ["before", "after"] if len(runs) == 2 else ["count"]
    print("| kind | " + " | ".join(f"{h}: rule / model" for h in heads) + " |")
    print("| --- | " + " | ".join("---:" for _ in heads) + " |")
    for role in ROLES:
        totals = [sum(v for (r, _k, _b), v in out.items() if r == role) for out, _p in runs]
        of = " / ".join(str(p[role]) for _o, p in runs)
        print(f"| **{role}: overlapping pairs not exact** (of {of}) | " + " | ".join(f"**{t}**" for t in totals) + " |")
        kinds = sorted({k for out, _p in runs for (r, k, _b) in out if r == role},
                       key=lambda k: -sum(runs[0][0][(role, k, b)] for b in ("rule", "model")))  # fmt: skip
        for k in kinds:
            cells = [f"{out[(role, k, 'rule')]} / {out[(role, k, 'model')]}" for out, _p in runs]
            print(f"| {k} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
