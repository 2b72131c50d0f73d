#!/usr/bin/env python3
"""Choose the thresholds of rule ``shared_rare_passages`` leave-one-story-out, and score the choice.

    .venv/bin/python scripts/dependence_loso.py [STORIES_ROOT ...]

The rule (tracing/dependence.py) makes two articles dependent when they carry at least R of the same
sentences reworded and share word 5-grams of rarity weight at least T. For each story, (R, T) is chosen on
the other stories (most article pairs found right minus twice the pairs invented, scored against the gold
as ``scripts/dependence_pairs.py`` scores them; among the best choices, the largest R and the middle T of
its best run), then the held-out story is scored with it. Prints each fold's choice and the pooled
precision and recall over the held-out stories, beside those of the detectors without the rule and of the
constants the package ships. Reads the stories' analyses from the annotation cache when present.
"""

from __future__ import annotations

import argparse
import sys
from itertools import combinations
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dependence_pairs import DEFAULT_ROOTS, _closure, gold_pairs  # noqa: E402

Pair = tuple[str, str]
GRID = [(r, float(t)) for r in (1, 2, 3) for t in range(2, 61)]


def _story_inputs(story: Path) -> tuple[list[Any], list[Any]]:
    """(article results, claim candidates) of a story, in the order the pipeline's reduce sees them."""
    from attribution.pipeline import _article_result, analyse_many, ingest
    from attribution.plan import Options, make_plan
    from attribution.resolve import resolve_corpus

    manifest = story / "manifest.csv"
    plan = make_plan(Options(manifest=str(manifest) if manifest.is_file() else None, cache=True))
    ingested = ingest(sorted(str(p) for p in story.glob("*.txt")), plan.options)
    analyses = sorted(analyse_many(ingested.articles, plan, []), key=lambda a: a.article.id)
    resolution = resolve_corpus([a.sources for a in analyses])
    return [_article_result(i, a, resolution) for i, a in enumerate(analyses)], [a.candidates for a in analyses]


def _features(story: Path) -> tuple[list[str], set[Pair], set[Pair], dict[Pair, tuple[float, int]]]:
    """(files, gold pairs, pairs found without the rule, pair -> (rarity weight, reworded sentences))."""
    import json

    import attribution.tracing.dependence as dep

    articles, candidates = _story_inputs(story)
    files = [Path(a.path or a.id).name for a in articles]
    gold = gold_pairs(json.loads((story / "gold.json").read_text(encoding="utf-8")), files)
    shipped = dep.RARE_PASSAGE_WEIGHT
    dep.RARE_PASSAGE_WEIGHT = float("inf")  # the detectors without the rule
    try:
        mapping, _comp = dep.dependencies(articles, candidates)
    finally:
        dep.RARE_PASSAGE_WEIGHT = shipped
    index = {a.id: files[i] for i, a in enumerate(articles)}
    base: set[Pair] = {tuple(sorted((index[a], index[d]))) for a, ds in mapping.items() for d in ds}  # type: ignore[misc]
    credits: dict[str, list[str]] = {}
    for i, a in enumerate(articles):
        for att in a.attributions:
            if str(att.kind).endswith("article-reference") and att.source_id and att.source_id != a.outlet_source:
                credits.setdefault(att.source_id, []).append(files[i])
    for members in credits.values():
        members = sorted(set(members))
        base.update((members[0], m) for m in members[1:])
    shared = dep._shared_shingles(candidates)
    reworded = {(i, j): n for i, j, n in dep.reworded_pairs(candidates, None, 1)}
    feats = {
        (files[i], files[j]): (shared.get((i, j), (0, 0.0))[1], reworded.get((i, j), 0))
        for i, j in combinations(range(len(files)), 2)
    }
    return files, gold, base, feats


def _score(data: dict[str, Any], stories: list[str], r: int, t: float) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for s in stories:
        files, gold, base, feats = data[s]
        found = _closure(sorted(files), base | {p for p, (w, n) in feats.items() if n >= r and w >= t})
        tp, fp, fn = tp + len(gold & found), fp + len(found - gold), fn + len(gold - found)
    return tp, fp, fn


def _choose(data: dict[str, Any], stories: list[str]) -> tuple[int, float]:
    value = {rt: (lambda e: e[0] - 2 * e[1])(_score(data, stories, *rt)) for rt in GRID}
    best = max(value.values())
    r = max(rt[0] for rt in GRID if value[rt] == best)
    ts = sorted(t for (rr, t) in GRID if rr == r and value[(rr, t)] == best)
    return r, ts[len(ts) // 2]


def _line(label: str, e: tuple[int, int, int]) -> str:
    tp, fp, fn = e
    p = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    return f"{label}: found {tp}, invented {fp}, missed {fn}; precision {p:.3f}, recall {rec:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("roots", nargs="*", type=Path, default=DEFAULT_ROOTS)
    args = parser.parse_args(argv)
    stories: list[Path] = []
    for root in args.roots:
        if not root.is_dir():
            sys.exit(f"{root}: not a folder of stories; pass folders that hold <story>/gold.json")
        stories += sorted(d for d in root.iterdir() if d.is_dir() and (d / "gold.json").is_file())
    data = {s.name: _features(s) for s in stories}
    names = sorted(data)
    pooled = [0, 0, 0]
    for held in names:
        r, t = _choose(data, [s for s in names if s != held])
        e = _score(data, [held], r, t)
        pooled = [x + y for x, y in zip(pooled, e, strict=True)]
        found = f"found {e[0]}, invented {e[1]}, missed {e[2]}"
        print(f"{held:32s} chosen on the others: R {r}, T {t:g}; held out: {found}")
    import attribution.tracing.dependence as dep

    print(_line("without the rule", _score(data, names, 99, float("inf"))))
    print(_line("leave-one-story-out, pooled", (pooled[0], pooled[1], pooled[2])))
    shipped = (dep.RARE_REWORDED_SENTENCES, dep.RARE_PASSAGE_WEIGHT)
    print(_line(f"shipped R {shipped[0]}, T {shipped[1]:g} (all stories)", _score(data, names, *shipped)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
