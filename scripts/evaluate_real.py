#!/usr/bin/env python3
"""Score the pipeline on the real multi-outlet stories with the shared scorers.

    .venv/bin/python scripts/evaluate_real.py [STORIES_ROOT ...] [--tools DIR] [--json] [--save DIR]

Each STORIES_ROOT holds one folder per story: the article files, ``manifest.csv`` (outlet, URL,
date) and ``gold.json`` written before the tool first ran on it. The defaults are
``fixtures/real`` (development stories) and ``fixtures/real-heldout`` (held out of every round of
fixes: report their figures separately). Scoring uses ``../shared/tools/score_claims.py``, the
scorer the product is judged by. Per story it prints mention recall, origin and chain accuracy,
grouping B-cubed F1, verdict accuracy and conflict recall; per root the verdict confusion, the
precision of ``independently-confirmed`` over the main predicted claim of each gold claim (as
``verdict_matrix.py`` counts it) and over every predicted claim that holds a gold mention (stricter:
a fragment that won no majority still misleads a reader).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ROOTS = [ROOT / "fixtures" / "real", ROOT / "fixtures" / "real-heldout"]
DEFAULT_TOOLS = ROOT.parent / "shared" / "tools"
FIGURES = ("mention_recall", "origin_acc", "chain_acc", "grouping_f1", "verdict_acc", "conflict_recall")
IC = "independently-confirmed"


def load_scorer(tools: Path) -> ModuleType:
    path = tools / "score_claims.py"
    if not path.is_file():
        sys.exit(f"{path}: the shared scorer is missing; pass --tools DIR (the folder holding score_claims.py)")
    spec = importlib.util.spec_from_file_location("score_claims", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(story: Path, cache: bool) -> dict[str, Any]:
    from attribution.pipeline import Options, run

    articles = sorted(str(p) for p in story.glob("*.txt"))
    manifest = story / "manifest.csv"
    options = Options(manifest=str(manifest) if manifest.is_file() else None, cache=cache)
    return json.loads(run(articles, options).to_json())


def stories_under(root: Path) -> list[Path]:
    return sorted(d for d in root.iterdir() if d.is_dir() and (d / "gold.json").is_file())


def best_overlap(span: tuple[int, int], found: list[Any]) -> Any:
    """Of predicted mentions ``found`` (each ``(file, (start, end), ...)``) overlapping gold ``span``, the one
    sharing the largest part of their joint extent: the mention the scorer aligns the gold mention with."""

    def share(pm: Any) -> float:
        inter = min(span[1], pm[1][1]) - max(span[0], pm[1][0])
        return inter / (max(span[1], pm[1][1]) - min(span[0], pm[1][0]))

    return max(found, key=share)


def gold_mention_holders(
    story: Path, pred: dict[str, Any], gold: dict[str, Any], scorer: Any
) -> dict[str, list[tuple[str, tuple[int, int], str]]]:
    """Gold claim id -> for each of its gold mentions found, the predicted mention that holds it best (file, span,
    predicted claim id), in the gold's order (the scorer's alignment)."""
    texts = {p.name: p.read_text(encoding="utf-8") for p in story.glob("*.txt")}
    files = {a["id"]: Path(a.get("path") or a["id"]).name for a in pred["articles"]}
    pms = [(files[m["article"]], (m["start"], m["end"]), c["id"]) for c in pred["claims"] for m in c["mentions"]]
    out: dict[str, list[tuple[str, tuple[int, int], str]]] = {}
    for gc in gold["claims"]:
        found = []
        for gm in gc["mentions"]:
            span = scorer.locate(texts.get(gm["file"], ""), gm["quote"])
            cands = [p for p in pms if span and p[0] == gm["file"] and scorer.overlap(span, p[1])]
            if cands:
                found.append(best_overlap(span, cands))
        out[gc["id"]] = found
    return out


def main_claims(story: Path, pred: dict[str, Any], gold: dict[str, Any], scorer: Any) -> dict[str, str]:
    """Gold claim id -> its main predicted claim id (the scorer's alignment)."""
    holders = gold_mention_holders(story, pred, gold, scorer)
    return {g: Counter(h[2] for h in found).most_common(1)[0][0] for g, found in holders.items() if found}


def strict_ic(story: Path, pred: dict[str, Any], scorer: ModuleType) -> tuple[int, int]:
    """Predicted IC claims holding a gold mention, and how many of them are IC in the gold."""
    gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in story.glob("*.txt")}
    files = {a["id"]: Path(a.get("path") or a["id"]).name for a in pred.get("articles", [])}
    spans = []
    for gc in gold["claims"]:
        for gm in gc["mentions"]:
            span = scorer.locate(texts.get(gm["file"], ""), gm["quote"])
            if span:
                spans.append((gm["file"], span, gc["verdict"]))
    n = ok = 0
    for claim in pred.get("claims", []):
        if claim.get("verdict") != IC:
            continue
        golds = Counter(
            v
            for m in claim["mentions"]
            for f, span, v in spans
            if files.get(m["article"]) == f and scorer.overlap(span, (m["start"], m["end"]))
        )
        if golds:
            n += 1
            ok += golds.most_common(1)[0][0] == IC
    return n, ok


def evaluate_root(root: Path, scorer: ModuleType, save: Path | None, cache: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {"stories": {}}
    matrix: Counter[tuple[str, str]] = Counter()
    strict_n = strict_ok = 0
    for story in stories_under(root):
        pred = predict(story, cache)
        if save:
            save.mkdir(parents=True, exist_ok=True)
            (save / f"{story.name}.json").write_text(json.dumps(pred), encoding="utf-8")
        res = scorer.score(story, pred)
        out["stories"][story.name] = {k: res[k] for k in FIGURES}
        gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
        wrong = {g: p for g, _, p in res["_wrong_verdicts"]}
        for gc in gold["claims"]:
            matrix[(gc["verdict"], str(wrong.get(gc["id"], gc["verdict"])))] += 1
        n, ok = strict_ic(story, pred, scorer)
        strict_n, strict_ok = strict_n + n, strict_ok + ok
    predicted_ic = sum(v for (g, p), v in matrix.items() if p == IC)
    true_ic = matrix[(IC, IC)]
    claims = sum(matrix.values())
    out["verdicts"] = {f"{g} -> {p}": v for (g, p), v in sorted(matrix.items())}
    out["verdict_acc"] = round(sum(v for (g, p), v in matrix.items() if g == p) / claims, 3) if claims else 0.0
    out["ic_precision"] = round(true_ic / predicted_ic, 3) if predicted_ic else None
    out["ic_predicted"] = predicted_ic
    out["ic_precision_all_claims"] = round(strict_ok / strict_n, 3) if strict_n else None
    out["ic_predicted_all_claims"] = strict_n
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("roots", nargs="*", type=Path, default=[r for r in DEFAULT_ROOTS if r.is_dir()])
    parser.add_argument("--tools", type=Path, default=DEFAULT_TOOLS, help="folder holding score_claims.py")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    parser.add_argument("--save", type=Path, help="also write each story's report JSON into this folder")
    parser.add_argument("--cache", action="store_true", help="reuse cached analyses (default: a cold run)")
    args = parser.parse_args(argv)
    scorer = load_scorer(args.tools)
    results = {root.name: evaluate_root(root, scorer, args.save, args.cache) for root in args.roots if root.is_dir()}
    if args.json:
        print(json.dumps(results, indent=1, sort_keys=True))
        return 0
    for name, res in results.items():
        print(f"== {name}")
        print("story".ljust(28) + "".join(f[:10].rjust(12) for f in FIGURES))
        for story, figs in res["stories"].items():
            print(story[:27].ljust(28) + "".join(f"{figs[f]:12.3f}" for f in FIGURES))
        print(f"verdict accuracy {res['verdict_acc']}; independently-confirmed precision {res['ic_precision']} "
              f"({res['ic_predicted']} main claims), over every predicted claim {res['ic_precision_all_claims']} "
              f"({res['ic_predicted_all_claims']})")
        for pair, count in res["verdicts"].items():
            print(f"  {pair}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
