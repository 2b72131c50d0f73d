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

    .venv/bin/python scripts/verdict_splits.py --adopt [STORIES_ROOT] [--tools DIR]

runs each story again (analyses through the cache, no whole-report cache) and measures the join the largest kind
needs, an unattributed group taking the origin of a single-origin group (the joined claim single-origin), with the
gold deciding it: a group's gold claim is the one most of its labelled mentions belong to, and the two groups join when
theirs is the same. Printed: the verdict confusion as run, with the gold deciding the pairs of groups the loose pass
meets (``cluster._loose_pass``: every other join as it is), and with the gold deciding every pair of an unattributed and
a single-origin group after the clustering; then, over those pairs of groups, how often the best word affinity of
their cross pairs (``cluster.affinity``, no veto) falls on the same gold claim.
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

from evaluate_real import DEFAULT_TOOLS, gold_mention_holders, load_scorer, predict, stories_under  # noqa: E402
from swap_clustering import clustering_swapped  # noqa: E402

from attribution.tracing import claims as claims_module  # noqa: E402
from attribution.tracing import cluster  # noqa: E402

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
    files = {a["id"]: Path(a.get("path") or a["id"]).name for a in pred["articles"]}
    claims = {c["id"]: c for c in pred["claims"]}
    held = gold_mention_holders(story, pred, gold, scorer)
    hits = {g: [h[2] for h in found] for g, found in held.items()}
    gold_of = {(h[0], h[1]): g for g, found in held.items() for h in found}
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


SINGLE = "single-origin"
#: the ways ``--adopt`` runs a story: as it is, the gold deciding the pairs the loose pass meets, every pair
ADOPT_MODES = ("as run", "gold decides the loose pass's pairs", "gold decides every pair")
AFFINITY_BARS = (0.0, 0.5, 0.8, 1.0, 1.2)


def _gold_labels(story: Path, files: list[str], mentions: Sequence[Any], scorer: Any) -> dict[int, str]:
    """Flat mention index -> gold claim id: each gold mention's best-overlapping mention (as the scorer aligns)."""
    gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in story.glob("*.txt")}
    label: dict[int, str] = {}
    for gc in gold["claims"]:
        for gm in gc["mentions"]:
            span = scorer.locate(texts.get(gm["file"], ""), gm["quote"])
            near = [
                k
                for k, m in enumerate(mentions)
                if span and files[k] == gm["file"] and scorer.overlap(span, (m.start, m.end))
            ]
            if near:
                label[max(near, key=lambda k: _iou(span, (mentions[k].start, mentions[k].end)))] = gc["id"]
    return label


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    return (min(a[1], b[1]) - max(a[0], b[0])) / (max(a[1], b[1]) - min(a[0], b[0]))


def _majority(group: Sequence[int], label: dict[int, str]) -> str | None:
    found = Counter(label[k] for k in group if k in label)
    return found.most_common(1)[0][0] if found else None


def adopt_run(story: Path, scorer: Any, mode: int, pairs: list[tuple[bool, str, float]]) -> dict[str, Any]:
    """The story's report with the gold deciding the adopting join (``mode``: an index of ADOPT_MODES); in the first
    mode, each pair of an unattributed and a single-origin group (both labelled) is added to ``pairs`` as (same gold
    claim, the unattributed group's gold verdict, best cross-pair affinity, 0 when a pair is vetoed)."""
    gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
    verdict_of = {gc["id"]: gc["verdict"] for gc in gold["claims"]}
    real_call = claims_module._LooseJoin.__call__

    def make(files: list[str], flat_mentions: Any, real_cluster: Any) -> Any:
        label = _gold_labels(story, files, flat_mentions, scorer)

        def gold_join(guard: Any, a: list[int], b: list[int]) -> bool | None:
            """The gold's answer for an adopting pair of groups, None for any other pair."""
            if {guard.verdict(a), guard.verdict(b)} != {UNATTRIBUTED, SINGLE}:
                return None
            same = _majority(a, label)
            return same is not None and same == _majority(b, label) and guard.verdict([*a, *b]) == SINGLE

        def call(self: Any, a: list[int], b: list[int]) -> bool:
            found = gold_join(self, a, b) if mode == 1 else None
            return real_call(self, a, b) if found is None else found

        def clustered(mentions: Any, stats: Any = None, origins: Any = None, may_join: Any = None) -> list[list[int]]:
            groups = [list(g) for g in real_cluster(mentions, stats, origins, may_join)]
            if mode == 0:
                feats = cluster._features(mentions)[0]
                for u in groups:
                    for s in groups:
                        if may_join.verdict(u) != UNATTRIBUTED or may_join.verdict(s) != SINGLE:
                            continue
                        lu, ls = _majority(u, label), _majority(s, label)
                        if lu is None or ls is None:
                            continue
                        found = [cluster.affinity(feats[i], feats[j]) for i in u for j in s]
                        best = 0.0 if None in found else max(x for x in found if x is not None)
                        pairs.append((lu == ls, verdict_of[lu], best))
            if mode == 2:
                joined = True
                while joined:
                    joined = False
                    for u in groups:
                        for s in groups:
                            if not u or not s or u is s or may_join.verdict(u) != UNATTRIBUTED:
                                continue
                            if gold_join(may_join, u, s):
                                s[:] = sorted(s + u)
                                u.clear()
                                joined = True
                groups = sorted((g for g in groups if g), key=lambda g: g[0])
            return groups

        claims_module._LooseJoin.__call__ = call  # type: ignore[method-assign]
        return clustered

    try:
        with clustering_swapped(make):
            return predict(story, cache=True)
    finally:
        claims_module._LooseJoin.__call__ = real_call  # type: ignore[method-assign]


def adopt_ceilings(root: Path, scorer: Any) -> None:
    """Print the confusions of ADOPT_MODES over the stories and the word evidence of the adopting pairs."""
    confusion: list[Counter[tuple[str, str]]] = [Counter() for _ in ADOPT_MODES]
    pairs: list[tuple[bool, str, float]] = []
    for story in stories_under(root):
        gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
        for mode in range(len(ADOPT_MODES)):
            wrong = {g: p for g, _, p in scorer.score(story, adopt_run(story, scorer, mode, pairs))["_wrong_verdicts"]}
            for gc in gold["claims"]:
                confusion[mode][(gc["verdict"], str(wrong.get(gc["id"], gc["verdict"])))] += 1
    print("| verdicts (gold -> predicted) | " + " | ".join(ADOPT_MODES) + " |")
    print("| --- |" + " --- |" * len(ADOPT_MODES))
    for pair in sorted(set().union(*confusion)):
        print(f"| {pair[0]} -> {pair[1]} | " + " | ".join(str(c[pair]) for c in confusion) + " |")
    right = [sum(v for (g, p), v in c.items() if g == p) for c in confusion]
    total = sum(confusion[0].values())
    print("| **right** | " + " | ".join(f"**{r} ({r / total:.3f})**" for r in right) + " |")
    print()
    print("| best pair affinity | same gold claim (SO / IC / unattributed) | different gold claims | share the same |")
    print("| --- | --- | --- | --- |")
    for bar in AFFINITY_BARS:
        hit = [(same, v) for same, v, best in pairs if best >= bar and (best > 0 or bar == 0)]
        same = Counter(v for s, v in hit if s)
        other = sum(1 for s, _ in hit if not s)
        share = (len(hit) - other) / len(hit) if hit else 0.0
        print(f"| >= {bar} | {same[SINGLE]} / {same[IC]} / {same[UNATTRIBUTED]} | {other} | {share:.2f} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("saved", nargs="?", type=Path, help="the --save folder of scripts/evaluate_real.py")
    parser.add_argument("root", nargs="?", type=Path, default=ROOT / "fixtures" / "real")
    parser.add_argument("--adopt", action="store_true", help="measure the adopting join with the gold deciding it")
    parser.add_argument("--tools", type=Path, default=DEFAULT_TOOLS, help="folder holding score_claims.py")
    parser.add_argument("--list", action="store_true", help="print each wrong verdict with the claims holding it")
    args = parser.parse_args(argv)
    if "heldout" in args.root.name:
        sys.exit(f"{args.root}: held-out stories are never read for a diagnostic")
    scorer = load_scorer(args.tools)
    if args.adopt:
        if args.saved is not None:  # one positional: the stories' root
            args.root = args.saved
        if "heldout" in args.root.name:
            sys.exit(f"{args.root}: held-out stories are never read for a diagnostic")
        adopt_ceilings(args.root, scorer)
        return 0
    if args.saved is None:
        parser.error("give the --save folder of scripts/evaluate_real.py (or --adopt)")
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
