#!/usr/bin/env python3
"""List every origin miss of saved real-story reports against their gold, one line each.

    .venv/bin/python scripts/evaluate_real.py fixtures/real --cache --save DIR
    .venv/bin/python scripts/origin_misses.py fixtures/real DIR [--tools DIR] [--counts]

A found gold mention (the scorer's rule: same file, spans sharing half the shorter one) whose
predicted origins do not match the gold origin is printed as ``story  file  gold-origin  <-
predicted origins  |  quote``, and sorted into a coarse kind so that the kinds can be counted
across stories before a fix is chosen:

  lost         the gold names an origin, the tool gives none beyond the outlet
  invented     the gold gives no origin beyond the outlet, the tool gives one
  other        both name an origin and they differ
  chain        the origin is right but no predicted chain matches the gold chain hop by hop
               (an intermediary missing, added or wrong: the scorer's chain accuracy)

``--counts`` prints, per kind, how many misses and in how many stories. The scorer is
``../shared/tools/score_claims.py`` (the one ``evaluate_real.py`` uses).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate_real import DEFAULT_TOOLS, load_scorer, stories_under  # noqa: E402


def misses(story: Path, pred: dict[str, Any], scorer: Any) -> list[tuple[str, str, str, str, str]]:
    """(kind, file, gold origin, predicted origins, quote) per found mention with a wrong origin."""
    gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in story.glob("*.txt")}
    names = {s["id"]: [s.get("name", "")] + list(s.get("aliases") or []) for s in pred.get("sources", [])}
    files = {a["id"]: Path(a.get("path") or a["id"]).name for a in pred.get("articles", [])}
    pmentions = [
        (files.get(m["article"], m["article"]), (int(m["start"]), int(m["end"])), m.get("chains") or [])
        for c in pred.get("claims", [])
        for m in c.get("mentions", [])
    ]
    out = []
    for gc in gold["claims"]:
        for gm in gc["mentions"]:
            span = scorer.locate(texts.get(gm["file"], ""), gm["quote"])
            cands = [pm for pm in pmentions if span and pm[0] == gm["file"] and scorer.overlap(span, pm[1])]
            if not cands:
                continue
            best = max(
                cands,
                key=lambda pm: (
                    (min(span[1], pm[1][1]) - max(span[0], pm[1][0]))
                    / (max(span[1], pm[1][1]) - min(span[0], pm[1][0]))
                ),
            )
            chains = [ch[1:] for ch in best[2]]
            origins = [names.get(ch[-1], [ch[-1]])[0] for ch in chains if ch]
            gchain = gm["chain"][1:]
            if not gchain:
                if origins:
                    out.append(("invented", gm["file"], "-", "; ".join(origins), gm["quote"]))
                continue
            if any(ch and scorer.name_match(names.get(ch[-1], [ch[-1]]), gchain[-1]) for ch in chains):
                if not any(
                    len(ch) == len(gchain)
                    and all(scorer.name_match(names.get(p, [p]), g) for p, g in zip(ch, gchain, strict=True))
                    for ch in chains
                ):
                    said = "; ".join(" > ".join(names.get(p, [p])[0] for p in ch) for ch in chains)
                    out.append(("chain", gm["file"], " > ".join(gchain), said, gm["quote"]))
                continue
            kind = "lost" if not origins else "other"
            out.append((kind, gm["file"], gchain[-1], "; ".join(origins) or "-", gm["quote"]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("root", type=Path, help="the stories' folder (as fixtures/real)")
    parser.add_argument("saved", type=Path, help="the folder evaluate_real.py --save wrote")
    parser.add_argument("--tools", type=Path, default=DEFAULT_TOOLS, help="folder holding score_claims.py")
    parser.add_argument("--counts", action="store_true", help="print counts per kind only")
    args = parser.parse_args()
    scorer = load_scorer(args.tools)
    per_kind: Counter[str] = Counter()
    stories_of: defaultdict[str, set[str]] = defaultdict(set)
    for story in stories_under(args.root):
        saved = args.saved / f"{story.name}.json"
        if not saved.is_file():
            sys.exit(f"{saved}: no saved report for {story.name}; run evaluate_real.py --save {args.saved} first")
        pred = json.loads(saved.read_text(encoding="utf-8"))
        for kind, file, gold_origin, predicted, quote in misses(story, pred, scorer):
            per_kind[kind] += 1
            stories_of[kind].add(story.name)
            if not args.counts:
                head = f"{story.name[:24]:24} {kind:8} {file[:22]:22}"
                print(f"{head} {gold_origin[:40]!r} <- {predicted[:60]!r} | {quote[:110]}")
    for kind, n in per_kind.most_common():
        print(f"{kind}: {n} misses in {len(stories_of[kind])} stories")


if __name__ == "__main__":
    main()
