#!/usr/bin/env python3
"""Cross-validate the attribution model on PolNeAR's train split: five folds by article.

usage: python scripts/cross_validate.py [--split ../shared/polnear/train] [--design sm-tok2vec]
                                        [--max-steps N] [--folds 0,1,2,3,4] [--work DIR] [--json]

For each fold k (``attribution.learned.polnear.fold_of``) the model is trained on every other article
(``learned.train.cv_parts``; the step kept is chosen on a third of fold k+1), then its own proposals
(tagging + linking, no rules) on fold k are scored with the shared scorer (../shared/tools/score_polnear.py).
Prints exact and overlap F1 per role and attribution F1 per fold, then their mean and standard deviation.
Only PolNeAR's train split is read; its dev and test splits are never touched. One fold of the shipped
design at its full 5,200 steps takes about 20 minutes of one core here: ``--max-steps`` trades accuracy
for time and is printed with the figures.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate_polnear import link_articles, model_only, split_and_scorer  # noqa: E402

from attribution.learned.polnear import N_FOLDS, read_split  # noqa: E402
from attribution.learned.train import DESIGNS, cv_parts, train  # noqa: E402

ROLES = ("source", "cue", "content")


def fold_figures(split: Path, fold: int, design: str, max_steps: int, work: Path, sc: Any) -> dict[str, float]:
    arts = read_split(split)
    _train, _tune, test = cv_parts(arts, fold)
    model_dir = work / f"model-{fold}"
    train(split, model_dir, design=design, max_steps=max_steps, fold=fold, log=lambda *_: None)
    layout = work / f"fold-{fold}"
    names = link_articles(split, [a.name for a in test], layout)
    pred, _secs, _words = model_only(layout, names, "sentence", model_dir)
    pred_path = work / f"pred-{fold}.json"
    pred_path.write_text(json.dumps(pred), encoding="utf-8")
    res = sc.score(layout, sc.read_pred(pred_path))
    out = {f"{r}_{m}": res[r][m]["f1"] for r in ROLES for m in ("exact", "overlap")}
    out["attribution"] = res["attribution"]["f1"]
    out["articles"] = len(test)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", type=Path, default=None)
    ap.add_argument("--design", choices=DESIGNS, default="sm-tok2vec")
    ap.add_argument("--max-steps", type=int, default=5200)
    ap.add_argument("--folds", default=",".join(str(k) for k in range(N_FOLDS)))
    ap.add_argument("--work", type=Path, default=None, help="keep models and predictions here (default: a temp dir)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    found = split_and_scorer(args.split)
    if found is None:
        return 2
    split, sc = found
    folds = [int(k) for k in args.folds.split(",")]
    with tempfile.TemporaryDirectory(prefix="attr-cv-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        per = {}
        for k in folds:
            per[k] = fold_figures(split, k, args.design, args.max_steps, work, sc)
            print(f"fold {k}: " + " ".join(f"{n} {v:.3f}" for n, v in per[k].items() if n != "articles"), flush=True)
    keys = [n for n in next(iter(per.values())) if n != "articles"]
    summary = {}
    for n in keys:
        values = [p[n] for p in per.values()]
        summary[n] = (statistics.mean(values), statistics.pstdev(values))
    if args.json:
        print(json.dumps({"design": args.design, "max_steps": args.max_steps, "folds": per, "mean_sd": summary}))
        return 0
    print(f"{args.design}, {args.max_steps} steps, {len(folds)} folds (model alone, shared scorer): mean (sd)")
    for n in keys:
        print(f"  {n:16s} {summary[n][0]:.3f} ({summary[n][1]:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
