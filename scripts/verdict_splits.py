#!/usr/bin/env python3
"""Which wrong verdicts on the real development stories grouping costs, by kind, per story.

    .venv/bin/python scripts/verdict_splits.py SAVED_DIR [STORIES_ROOT] [--tools DIR] [--list]

SAVED_DIR holds the per-story reports of ``scripts/evaluate_real.py STORIES_ROOT --save SAVED_DIR`` (default root
``fixtures/real``; held-out stories are refused). Each gold claim whose verdict the shared scorer counts wrong is
given one kind, read from the predicted claims that hold its found mentions (aligned as the scorer aligns them; the
main predicted claim is the one holding most of them):

* ``split-unattributed``: the main predicted claim is unattributed while the gold says someone said it, and another
  predicted claim holding a mention of the gold claim names an origin (the attributed mention was split apart);
* ``split-confirmation``: the gold confirms it, the main predicted claim does not, and another predicted claim
  holding a mention of it rests on an origin the main claim lacks (the confirming mentions were split apart);
* ``joined``: the main predicted claim also holds mentions of other gold claims (different facts joined);
* ``no-source``: the gold says someone said it, and no predicted claim holding its mentions names an origin
  (extraction or resolution, not grouping);
* ``other``: the rest (the verdict's own rules, over a claim grouped as the gold groups it).

Prints the count of each kind per story and in all; ``--list`` also prints each claim with the predicted claims
holding its mentions. A diagnostic for development stories only (docs/evaluation.md, "Round thirteen: grouping").
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate_real import DEFAULT_TOOLS, best_overlap, load_scorer, stories_under  # noqa: E402

UNATTRIBUTED = "unattributed"
IC = "independently-confirmed"
KINDS = ("split-unattributed", "split-confirmation", "joined", "no-source", "other")


@dataclass(frozen=True, slots=True)
class Holder:
    """A predicted claim holding found mentions of one gold claim."""

    verdict: str
    origins: frozenset[str]
    #: how many of the gold claim's found mentions it holds
    hits: int
    #: how many of its mentions belong to other gold claims
    foreign: int


def classify(gold_verdict: str, predicted: str, main: Holder, others: Sequence[Holder]) -> str:
    """The kind of one wrong verdict (see the module's docstring), most specific first."""
    sourced = gold_verdict != UNATTRIBUTED
    if sourced and predicted == UNATTRIBUTED and any(h.verdict != UNATTRIBUTED for h in others):
        return "split-unattributed"
    if gold_verdict == IC and predicted != IC:
        lacking = {o for h in others if h.verdict != UNATTRIBUTED for o in h.origins} - main.origins
        if lacking:
            return "split-confirmation"
    if main.foreign:
        return "joined"
    if sourced and predicted == UNATTRIBUTED:
        return "no-source"
    return "other"


def story_kinds(story: Path, pred: dict[str, Any], scorer: Any) -> list[tuple[str, str, str, str, list[Any]]]:
    """(gold claim id, gold verdict, predicted verdict, kind, holders with their claims) per wrong verdict."""
    gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in story.glob("*.txt")}
    files = {a["id"]: Path(a.get("path") or a["id"]).name for a in pred["articles"]}
    claims = {c["id"]: c for c in pred["claims"]}
    pms = [(files[m["article"]], (m["start"], m["end"]), c["id"]) for c in pred["claims"] for m in c["mentions"]]
    hits: dict[str, list[str]] = {}
    gold_of: dict[tuple[str, tuple[int, int]], str] = {}
    for gc in gold["claims"]:
        found = []
        for gm in gc["mentions"]:
            span = scorer.locate(texts.get(gm["file"], ""), gm["quote"])
            cands = [p for p in pms if span and p[0] == gm["file"] and scorer.overlap(span, p[1])]
            if cands:
                best = best_overlap(span, cands)
                found.append(best[2])
                gold_of[(best[0], best[1])] = gc["id"]
        hits[gc["id"]] = found
    wrong = {g: p for g, _, p in scorer.score(story, pred)["_wrong_verdicts"]}
    out = []
    for gc in gold["claims"]:
        found = hits[gc["id"]]
        if gc["id"] not in wrong or not found:
            continue
        counts = Counter(found)
        holders = []
        for cid, n in counts.most_common():
            c = claims[cid]
            foreign = sum(
                1
                for m in c["mentions"]
                if gold_of.get((files[m["article"]], (m["start"], m["end"])), gc["id"]) != gc["id"]
            )
            holders.append((Holder(c["verdict"], frozenset(c["origins"]), n, foreign), c))
        main, others = holders[0][0], [h for h, _ in holders[1:]]
        kind = classify(gc["verdict"], str(wrong[gc["id"]]), main, others)
        out.append((gc["id"], gc["verdict"], str(wrong[gc["id"]]), kind, holders))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("saved", type=Path, help="the --save folder of scripts/evaluate_real.py")
    parser.add_argument("root", nargs="?", type=Path, default=ROOT / "fixtures" / "real")
    parser.add_argument("--tools", type=Path, default=DEFAULT_TOOLS, help="folder holding score_claims.py")
    parser.add_argument("--list", action="store_true", help="print each wrong verdict with the claims holding it")
    args = parser.parse_args(argv)
    if "heldout" in args.root.name:
        sys.exit(f"{args.root}: held-out stories are never read for a diagnostic")
    scorer = load_scorer(args.tools)
    total: Counter[str] = Counter()
    rows = []
    for story in stories_under(args.root):
        saved = args.saved / f"{story.name}.json"
        if not saved.is_file():
            sys.exit(f"{saved}: no saved report; run scripts/evaluate_real.py {args.root} --save {args.saved}")
        found = story_kinds(story, json.loads(saved.read_text(encoding="utf-8")), scorer)
        kinds = Counter(k for _, _, _, k, _ in found)
        total.update(kinds)
        rows.append((story.name, kinds))
        if args.list:
            for gid, gv, pv, kind, holders in found:
                print(f"{story.name} {gid}: gold {gv}, answered {pv} [{kind}]")
                for h, c in holders:
                    origins = ", ".join(sorted(h.origins))
                    print(f"    x{h.hits} {h.verdict} (+{h.foreign} other) [{origins}] {c['statement'][:100]}")
    print("| story | " + " | ".join(KINDS) + " |")
    print("| --- |" + " --- |" * len(KINDS))
    for name, kinds in rows:
        if kinds:
            print(f"| {name} | " + " | ".join(str(kinds[k]) for k in KINDS) + " |")
    print("| **all** | " + " | ".join(f"**{total[k]}**" for k in KINDS) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
