#!/usr/bin/env python3
"""Where grouping's B-cubed is lost on the real development stories: precision (over-merge) and recall (under-merge).

    .venv/bin/python scripts/grouping_loss.py [STORIES_ROOT] [--tools DIR]

Runs the pipeline on each story (default ``fixtures/real``; held-out stories are refused; analyses through the
cache, the whole-report cache bypassed so the grouping is seen as it is made) and aligns each gold mention with its
predicted mention as the shared scorer does. Over every pair of labelled mentions it counts:

* same gold claim, different predicted claims (recall loss), by why the rules leave them apart: a veto
  (``cluster._vetoed``: main events, framing word, figures of one count), else the pair's ``cluster.affinity`` (the
  weighted Dice as a share of its bar; >= 1 means the pair alone would pass the strict rule), and by how the two
  mentions' origins relate (equal, nested, disjoint);
* different gold claims, one predicted claim (precision loss), by how: joined directly (``cluster.similar``) or
  only through a chain of other mentions, and in the strict pass or the loose one.

Prints one row per story with the scorer's B-cubed precision and recall, and the totals.
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

from evaluate_real import DEFAULT_TOOLS, best_overlap, load_scorer, stories_under  # noqa: E402

from attribution.analysis_cache import AnalysisCache  # noqa: E402
from attribution.tracing import claims as tracing_claims  # noqa: E402
from attribution.tracing import cluster  # noqa: E402

COLUMNS = (
    "apart", "vetoed", "aff<.5", "aff.5-1", "aff>=1", "eq origins", "nested", "disjoint",
    "merged", "chained", "strict pass",
)


def run_story(story: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The report's JSON and what the grouping saw (mentions, origins, groups, strict groups)."""
    from attribution.pipeline import Options, run

    seen: dict[str, Any] = {}
    original = tracing_claims.cluster_mentions

    def capture(mentions: Any, stats: Any = None, origins: Any = None, may_join: Any = None, *rest: Any) -> Any:
        groups = original(mentions, stats, origins, may_join, *rest)
        seen.update(
            mentions=list(mentions), origins=origins, groups=groups,
            strict=original(mentions, None, origins, None), feats=cluster._features(mentions)[0],
        )
        return groups

    saved = AnalysisCache.get_report, AnalysisCache.put_report
    AnalysisCache.get_report = lambda self, key: None  # type: ignore[method-assign,assignment]
    AnalysisCache.put_report = lambda self, key, report: False  # type: ignore[method-assign,assignment]
    tracing_claims.cluster_mentions = capture  # type: ignore[assignment]
    try:
        articles = sorted(str(p) for p in story.glob("*.txt"))
        manifest = story / "manifest.csv"
        options = Options(manifest=str(manifest) if manifest.is_file() else None, cache=True)
        pred = json.loads(run(articles, options).to_json())
    finally:
        tracing_claims.cluster_mentions = original  # type: ignore[assignment]
        AnalysisCache.get_report, AnalysisCache.put_report = saved  # type: ignore[method-assign]
    return pred, seen


def labelled(story: Path, pred: dict[str, Any], scorer: Any) -> list[tuple[str, str, tuple[int, int, str]]]:
    """(gold claim, predicted claim, predicted mention key) per found gold mention, as the shared scorer aligns."""
    gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in story.glob("*.txt")}
    files = {a["id"]: Path(a.get("path") or a["id"]).name for a in pred["articles"]}
    mentions = [
        (files.get(m["article"]), (m["start"], m["end"]), c["id"], m) for c in pred["claims"] for m in c["mentions"]
    ]
    out = []
    for gc in gold["claims"]:
        for gm in gc["mentions"]:
            span = scorer.locate(texts.get(gm["file"], ""), gm["quote"])
            found = [pm for pm in mentions if span and pm[0] == gm["file"] and scorer.overlap(span, pm[1])]
            if not found:
                continue
            best = best_overlap(span, found)
            m = best[3]
            out.append((gc["id"], best[2], (m["start"], m["end"], m["text"])))
    return out


def losses(seen: dict[str, Any], pairs: list[tuple[str, str, tuple[int, int, str]]]) -> Counter[str]:
    mentions, feats, origins = seen["mentions"], seen["feats"], seen["origins"]
    index = {(m.start, m.end, m.text): k for k, m in enumerate(mentions)}
    group = {k: g for g, members in enumerate(seen["groups"]) for k in members}
    strict = {k: g for g, members in enumerate(seen["strict"]) for k in members}
    label = {index[key]: g for g, _, key in pairs if key in index}
    ks = sorted(label)
    c: Counter[str] = Counter()
    for x, a in enumerate(ks):
        for b in ks[x + 1 :]:
            same_gold, same_pred = label[a] == label[b], group[a] == group[b]
            if same_gold and not same_pred:
                c["apart"] += 1
                aff = cluster.affinity(feats[a], feats[b])
                c["vetoed" if aff is None else "aff<.5" if aff < 0.5 else "aff.5-1" if aff < 1 else "aff>=1"] += 1
                oa, ob = origins[a], origins[b]
                c["eq origins" if oa == ob else "nested" if oa <= ob or ob <= oa else "disjoint"] += 1
            elif same_pred and not same_gold:
                c["merged"] += 1
                c["chained"] += not cluster.similar(feats[a], feats[b])
                c["strict pass"] += strict[a] == strict[b]
    return c


def bcubed(pairs: list[tuple[str, str, Any]]) -> tuple[float, float]:
    prec = rec = 0.0
    for g, p, _ in pairs:
        same_p = [x for x in pairs if x[1] == p]
        same_g = [x for x in pairs if x[0] == g]
        prec += sum(1 for x in same_p if x[0] == g) / len(same_p)
        rec += sum(1 for x in same_g if x[1] == p) / len(same_g)
    n = len(pairs) or 1
    return prec / n, rec / n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("root", nargs="?", type=Path, default=ROOT / "fixtures" / "real")
    parser.add_argument("--tools", type=Path, default=DEFAULT_TOOLS)
    args = parser.parse_args(argv)
    if "heldout" in args.root.name:
        sys.exit(f"{args.root}: held-out stories are never looked into; give the development stories")
    scorer = load_scorer(args.tools)
    total: Counter[str] = Counter()
    ps, rs = [], []
    print(f"{'story':38s} {'P':>5s} {'R':>5s} " + " ".join(f"{c:>11s}" for c in COLUMNS))
    for story in stories_under(args.root):
        pred, seen = run_story(story)
        pairs = labelled(story, pred, scorer)
        p, r = bcubed(pairs)
        c = losses(seen, pairs)
        total.update(c)
        ps.append(p)
        rs.append(r)
        print(f"{story.name:38s} {p:5.3f} {r:5.3f} " + " ".join(f"{c[k]:11d}" for k in COLUMNS))
    n = len(ps) or 1
    cells = " ".join(f"{total[k]:11d}" for k in COLUMNS)
    print(f"{'all (P, R: means)':38s} {sum(ps) / n:5.3f} {sum(rs) / n:5.3f} {cells}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
