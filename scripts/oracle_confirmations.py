#!/usr/bin/env python3
"""What the verdict would say of each gold confirmation if grouping were perfect.

    .venv/bin/python scripts/oracle_confirmations.py [STORIES_ROOT] [STORY ...]

For every real development story (default ``fixtures/real``; held-out stories are refused), runs the pipeline
twice: as it is, and with the found mentions of each gold ``independently-confirmed`` claim forced into one group
of their own (taken out of the groups the clustering gave them; everything else unchanged). For each gold IC
claim it prints the verdict of its main predicted claim (the shared scorer's alignment) in both runs, and, under
the forced grouping, the independence lines of the claim holding its mentions: a miss that stays a miss under
perfect grouping lies in extraction, resolution or the verdict, not in grouping. A diagnostic for development
stories only: the forced groups read the gold.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate_real import DEFAULT_TOOLS, load_scorer, stories_under  # noqa: E402
from swap_clustering import clustering_swapped  # noqa: E402

from attribution import pipeline  # noqa: E402

IC = "independently-confirmed"


def forced_groups(spans: list[list[tuple[str, tuple[int, int]]]], scorer: Any) -> Any:
    """Within the block, the clustering's groups with each list of (file, span) in ``spans`` made one group."""

    def make(files: list[str], _mentions: Any, real_cluster: Any) -> Any:
        def cluster(mentions: Any, *cargs: Any) -> list[list[int]]:
            groups = [list(g) for g in real_cluster(mentions, *cargs)]
            for wanted in spans:
                pick = set()
                for f, span in wanted:
                    near = [
                        k for k, m in enumerate(mentions) if files[k] == f and scorer.overlap(span, (m.start, m.end))
                    ]
                    if near:
                        pick.add(max(near, key=lambda k: _iou(span, (mentions[k].start, mentions[k].end))))
                groups = [[k for k in g if k not in pick] for g in groups]
                groups = [g for g in groups if g] + ([sorted(pick)] if pick else [])
            return groups

        return cluster

    return clustering_swapped(make)


def _print_holders(pred: dict[str, Any], found: Any, files: dict[str, str], names: dict[str, str], scorer: Any) -> None:
    """Print each predicted claim holding one of ``found`` (file, span): verdict, origins and independence lines."""
    for c in pred["claims"]:
        if any(
            files[m["article"]] == f and scorer.overlap(span, (m["start"], m["end"]))
            for m in c["mentions"]
            for f, span in found
        ):
            why, origins = c["independence"], [names.get(o, o) for o in c["origins"]]
            print(f"    {c['verdict']} {origins}: {why['evidence']} {why['doubts']}")


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    return (min(a[1], b[1]) - max(a[0], b[0])) / (max(a[1], b[1]) - min(a[0], b[0]))


def _run(story: Path) -> dict[str, Any]:
    articles = sorted(str(p) for p in story.glob("*.txt"))
    manifest = story / "manifest.csv"
    options = pipeline.Options(manifest=str(manifest) if manifest.is_file() else None, cache=True)
    return json.loads(pipeline.run(articles, options).to_json())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("root", nargs="?", type=Path, default=ROOT / "fixtures" / "real")
    parser.add_argument("stories", nargs="*", help="only these stories (folder names)")
    parser.add_argument("--tools", type=Path, default=DEFAULT_TOOLS)
    parser.add_argument(
        "--every",
        action="store_true",
        help="force the mentions of every gold claim into their own group (not only the confirmed ones), and "
        "print the verdict confusion of both runs",
    )
    args = parser.parse_args(argv)
    if "heldout" in args.root.name:
        sys.exit(f"{args.root}: held-out stories are never read for a diagnostic")
    scorer = load_scorer(args.tools)
    confusion: tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]] = (Counter(), Counter())
    for story in stories_under(args.root):
        if args.stories and story.name not in args.stories:
            continue
        gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
        texts = {p.name: p.read_text(encoding="utf-8") for p in story.glob("*.txt")}
        forced_claims = gold["claims"] if args.every else [g for g in gold["claims"] if g["verdict"] == IC]
        spans = [
            [(m["file"], s) for m in g["mentions"] if (s := scorer.locate(texts.get(m["file"], ""), m["quote"]))]
            for g in forced_claims
        ]
        before = {g: p for g, _, p in scorer.score(story, _run(story))["_wrong_verdicts"]}
        with forced_groups(spans, scorer):
            pred = _run(story)
        after = {g: p for g, _, p in scorer.score(story, pred)["_wrong_verdicts"]}
        names = {s["id"]: s["name"] for s in pred["sources"]}
        files = {a["id"]: Path(a.get("path") or a["id"]).name for a in pred["articles"]}
        for g in gold["claims"]:
            confusion[0][(g["verdict"], before.get(g["id"], g["verdict"]))] += 1
            confusion[1][(g["verdict"], after.get(g["id"], g["verdict"]))] += 1
            if g["verdict"] != IC and after.get(g["id"]) == IC:
                as_run = before.get(g["id"], g["verdict"])
                print(f"{story.name} {g['id']}: gold {g['verdict']}, grouped as the gold {IC} (as run {as_run})")
                found = spans[forced_claims.index(g)] if g in forced_claims else []
                _print_holders(pred, found, files, names, scorer)
        for g, found in zip(forced_claims, spans, strict=True):
            if g["verdict"] != IC:
                continue
            as_run, forced = before.get(g["id"], IC), after.get(g["id"], IC)
            print(f"{story.name} {g['id']}: as run {as_run}; grouped as the gold {forced}")
            if g["id"] not in after:
                continue
            _print_holders(pred, found, files, names, scorer)
    print("verdicts (gold -> predicted): as run / grouped as the gold")
    for pair in sorted(set(confusion[0]) | set(confusion[1])):
        print(f"  {pair[0]} -> {pair[1]}: {confusion[0][pair]} / {confusion[1][pair]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
