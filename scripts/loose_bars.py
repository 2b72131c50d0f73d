#!/usr/bin/env python3
"""The loose grouping pass's bars chosen leaving one story out (issue 16): ``cluster.LOOSE_SLACK`` and
``cluster.SAME_ORIGIN_BAR`` over a grid, on the development stories.

    .venv/bin/python scripts/loose_bars.py [STORIES_ROOT] [--tools DIR] [--slack S ...] [--same-origin B ...]

Runs every story (analyses through the cache; the whole-report cache neither read nor written) once per setting,
scores it with the shared scorer, and for each story picks the setting with the best mean grouping F1 over the other
stories (a tie goes to the shipped setting, then to the first in the grid's order); prints per story the shipped and the
left-out figures (grouping F1, verdict), the means, and the pooled verdict and IC said / false under each fold's
choice. Held-out stories are refused. Nothing here changes the product: it measures (docs/evaluation.md, "Round
fourteen: grouping").
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate_real import DEFAULT_TOOLS, load_scorer, predict, stories_under  # noqa: E402

from attribution.analysis_cache import AnalysisCache  # noqa: E402
from attribution.tracing import cluster  # noqa: E402

IC = "independently-confirmed"


def _unattributed_too(a: list[int], b: list[int], oa: frozenset[str], ob: frozenset[str], feats: Any) -> bool:
    """``cluster._same_origin_join`` that also joins two unattributed groups (no origin on either side) by average
    linkage at the same bar (``--unattributed``)."""
    if cluster.SAME_ORIGIN_BAR is None or oa != ob:
        return False
    mean = cluster._mean_affinity(a, b, feats)
    return mean is not None and mean >= cluster.SAME_ORIGIN_BAR


def run_setting(
    stories: list[Path], scorer: Any, slack: float, same_origin: float | None, unattributed: bool = False
) -> dict[str, Any]:
    saved = cluster.LOOSE_SLACK, cluster.SAME_ORIGIN_BAR, AnalysisCache.get_report, AnalysisCache.put_report
    saved_join = cluster._same_origin_join
    if unattributed:
        cluster._same_origin_join = _unattributed_too  # type: ignore[assignment]
    cluster.LOOSE_SLACK, cluster.SAME_ORIGIN_BAR = slack, same_origin
    AnalysisCache.get_report = lambda self, key: None  # type: ignore[method-assign,assignment]
    AnalysisCache.put_report = lambda self, key, report: False  # type: ignore[method-assign,assignment]
    try:
        out = {}
        for story in stories:
            pred = predict(story, cache=True)
            res = scorer.score(story, pred)
            wrong = res["_wrong_verdicts"]
            gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))["claims"]
            missed = Counter(g for g, _, _ in res["_misses"])
            out[story.name] = {
                "grouping": res["grouping_f1"],
                "verdict": res["verdict_acc"],
                "claims": sum(1 for gc in gold if missed[gc["id"]] < len(gc["mentions"])),
                "wrong": len(wrong),
                "false_ic": sum(1 for _, g, p in wrong if p == IC),
            }
        return out
    finally:
        cluster.LOOSE_SLACK, cluster.SAME_ORIGIN_BAR, AnalysisCache.get_report, AnalysisCache.put_report = saved
        cluster._same_origin_join = saved_join  # type: ignore[assignment]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("root", type=Path, nargs="?", default=ROOT / "fixtures" / "real")
    ap.add_argument("--tools", type=Path, default=DEFAULT_TOOLS)
    ap.add_argument("--slack", type=float, nargs="+", default=[0.0, 0.05, 0.1, 0.15])
    ap.add_argument("--same-origin", type=float, nargs="+", default=[0.2, 0.3, 0.4, -1.0], help="-1: off")
    ap.add_argument("--unattributed", action="store_true", help="the grid also with unattributed groups joined")
    args = ap.parse_args()
    if "heldout" in args.root.name:
        sys.exit("held-out stories are never run here")
    scorer = load_scorer(args.tools)
    stories = stories_under(args.root)
    shipped = (cluster.LOOSE_SLACK, cluster.SAME_ORIGIN_BAR)
    shipped = (*shipped, False)
    grid = [
        (s, None if b < 0 else b, u)
        for s, b, u in itertools.product(args.slack, args.same_origin, [False, True] if args.unattributed else [False])
    ]
    if shipped not in grid:
        grid.insert(0, shipped)
    runs = {}
    for setting in grid:
        runs[setting] = run_setting(stories, scorer, *setting)
        mean = sum(r["grouping"] for r in runs[setting].values()) / len(stories)
        rs = runs[setting].values()
        n, w, f = sum(r["claims"] for r in rs), sum(r["wrong"] for r in rs), sum(r["false_ic"] for r in rs)
        print(
            f"slack {setting[0]} same-origin {setting[1]} unattributed {setting[2]}: grouping mean {mean:.4f}, "
            f"verdict {n - w} of {n}, false IC {f}",
            flush=True,
        )
    names = [s.name for s in stories]
    print(f"\n{'story':38} {'shipped F1':>10} {'LOSO F1':>8} {'verdict':>7} {'LOSO':>5}  chosen")
    tot = {"base": 0.0, "loso": 0.0, "n": 0, "bw": 0, "lw": 0, "bf": 0, "lf": 0}
    for name in names:
        others = [n for n in names if n != name]

        best = max(grid, key=lambda st: (sum(runs[st][n]["grouping"] for n in others), st == shipped))  # noqa: B023
        b, l_ = runs[shipped][name], runs[best][name]
        tot["base"] += b["grouping"]
        tot["loso"] += l_["grouping"]
        tot["n"] += b["claims"]
        tot["bw"] += b["wrong"]
        tot["lw"] += l_["wrong"]
        tot["bf"] += b["false_ic"]
        tot["lf"] += l_["false_ic"]
        print(f"{name:38} {b['grouping']:10.3f} {l_['grouping']:8.3f} {b['verdict']:7.3f} {l_['verdict']:5.3f}  {best}")
    print(f"{'mean':38} {tot['base'] / len(names):10.4f} {tot['loso'] / len(names):8.4f}")
    n = tot["n"]
    print(f"verdict pooled: shipped {n - tot['bw']} of {n}, left one out {n - tot['lw']} of {n}; "
          f"false IC (gold not IC, main claim IC): {tot['bf']} -> {tot['lf']}")


if __name__ == "__main__":
    main()
