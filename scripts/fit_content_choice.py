#!/usr/bin/env python3
"""Fit the content choice (model's content edges or the rule's, where both agree) on PolNeAR's train folds.

usage: python scripts/fit_content_choice.py [--fit train|tune|train+tune] [--check tune|none] [--l2 X] [--write]

Parses the articles of the ``--fit`` part(s) of PolNeAR's train split (``attribution.learned.polnear``;
never the dev fold) through the annotation cache, merges the rules' attributions with the model's
proposals (``extraction.combine``), and for every outermost rule attribution whose agreeing proposal's
content may stand in for its own (``boundaries.model_content_fits``) runs the other boundary steps on both
versions: an example where exactly one of the two final contents is the gold one (the shared scorer's
trimmed bounds), labelled 1 when it is the model's. A logistic regression (L2, Newton steps; numpy) over
``learned.content_choice.FEATURES`` is fitted on them. ``--check`` scores the whole product's extract on
another part with the shared scorer without and with the step (``always`` = take every fitting model
content). ``--write`` stores the weights in attribution/data/content_choice.json.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate_polnear import link_articles, split_and_scorer  # noqa: E402

OTHER_STEPS = ("content-that", "cue-verb-group", "source-apposition", "source-subtree", "content-continuation")


def collect_part(split: Path, parts: list[str], work: Path) -> dict[str, Any]:
    from polnear_misses import collect

    from attribution.learned.polnear import read_split

    names = [a.name for p in parts for a in read_split(split, p)]
    link_articles(split, names, work)
    return collect(work)


def _merged(doc: Any, raws: Any, tagged: Any) -> list[Any]:
    from polnear_misses import proposals

    from attribution.extraction.combine import combine

    return combine(doc, copy.deepcopy(raws), proposals(doc, tagged))


def _gold_of(sc: Any, text: str, gold: list[dict[str, Any]], cue: Any, contents: list[Any]) -> dict[str, Any] | None:
    from polnear_misses import _matches

    for g in gold:
        if any(_matches(sc, text, g, cue, c) for c in contents):
            return g
    return None


def examples(sc: Any, work: Path, data: dict[str, Any]) -> tuple[list[list[float]], list[int]]:
    """Features and labels (1: the model's content is PolNeAR's; 0: the rule's) of the agreed pairs."""
    from attribution.extraction.boundaries import conform, model_content_fits
    from attribution.learned.content_choice import features

    gold_all = sc.read_gold(work)
    xs, ys = [], []
    for name, (doc, raws, tagged) in sorted(data.items()):
        text, gold = doc.text, gold_all.get(name, [])
        merged = _merged(doc, raws, tagged)
        for i, r in enumerate(merged):
            if not model_content_fits(r, merged):
                continue
            a = copy.deepcopy(merged)
            conform(doc, a, OTHER_STEPS)
            b = copy.deepcopy(merged)
            b[i].content = sorted(b[i].model_content)
            conform(doc, b, OTHER_STEPS)
            g = _gold_of(sc, text, gold, [r.cue], [a[i].content, b[i].content])
            if g is None:
                continue
            gb = sc.bounds(text, g["content"])
            rule_ok, model_ok = sc.bounds(text, a[i].content) == gb, sc.bounds(text, b[i].content) == gb
            if rule_ok == model_ok:
                continue
            xs.append(features(doc, r.rule, r.direct, r.cue, r.content, r.model_content))
            ys.append(1 if model_ok else 0)
    return xs, ys


def fit(xs: list[list[float]], ys: list[int], l2: float) -> list[float]:
    """Logistic regression weights (the bias, first, is not penalised)."""
    import numpy as np

    x, y = np.array(xs, dtype=float), np.array(ys, dtype=float)
    w = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], l2)
    reg[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + reg * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    return [round(float(v), 6) for v in w]


def product_pred(data: dict[str, Any], weights: list[float] | None, always: bool = False) -> dict[str, Any]:
    """The product's extract for the articles (merge, then every boundary step), as the scorer reads it;
    ``weights`` None: without the content-model step."""
    from polnear_misses import as_pred

    from attribution.extraction import boundaries
    from attribution.learned import content_choice

    arts = []
    saved = content_choice.score
    if weights is not None:
        content_choice.score = (lambda x, w=None: 1.0) if always else (lambda x, w=None: saved(x, tuple(weights)))  # type: ignore[assignment]
    try:
        for name, (doc, raws, tagged) in sorted(data.items()):
            merged = _merged(doc, raws, tagged)
            boundaries.conform(doc, merged, None if weights is not None else OTHER_STEPS)
            arts.append(as_pred(name, merged))
    finally:
        content_choice.score = saved  # type: ignore[assignment]
    return {"articles": arts}


def score_pred(sc: Any, work: Path, pred: dict[str, Any]) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(pred, fh)
    return sc.score(work, sc.read_pred(fh.name))


def line(label: str, res: dict[str, Any]) -> str:
    cells = [f"{res[r]['exact']['f1']:.3f} / {res[r]['overlap']['f1']:.3f}" for r in ("source", "cue", "content")]
    a = res["attribution"]
    return f"| {label} | " + " | ".join(cells) + f" | {a['f1']:.3f} (P {a['p']:.3f} R {a['r']:.3f}) |"


#: The package the weights are written into (its data/content_choice.json and data/CHECKSUMS.json).
PACKAGE = ROOT / "attribution"


def write_weights(data: dict[str, Any]) -> Path:
    """Store fitted weights in the package's data/content_choice.json and record its checksum."""
    from attribution.packaged import write_shipped

    return write_shipped("data/content_choice.json", json.dumps(data, indent=1) + "\n", root=PACKAGE)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", type=Path, default=None)
    ap.add_argument("--fit", choices=("train", "tune", "train+tune"), default="train")
    ap.add_argument("--check", choices=("tune", "none"), default="tune")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    found = split_and_scorer(args.split)
    if found is None:
        return 2
    split, sc = found
    from attribution.learned.content_choice import FEATURES

    with tempfile.TemporaryDirectory(prefix="attr-choice-") as tmp:
        fit_work = Path(tmp) / "fit"
        fit_data = collect_part(split, args.fit.split("+"), fit_work)
        xs, ys = examples(sc, fit_work, fit_data)
        w = fit(xs, ys, args.l2)
        right = sum((sum(a * b for a, b in zip(x, w, strict=True)) > 0) == bool(y) for x, y in zip(xs, ys, strict=True))
        print(f"fitted on {args.fit}: {len(ys)} examples ({sum(ys)} the model's), {right} right in sample")
        for name, v in zip(FEATURES, w, strict=True):
            print(f"  {name:36s} {v:+.3f}")
        if args.check != "none":
            check_work = Path(tmp) / "check"
            check = collect_part(split, [args.check], check_work)
            cx, cy = examples(sc, check_work, check)
            cright = sum(
                (sum(a * b for a, b in zip(x, w, strict=True)) > 0) == bool(y) for x, y in zip(cx, cy, strict=True)
            )
            print(f"{args.check}: {len(cy)} examples ({sum(cy)} the model's), {cright} right")
            print("| extract | source | cue | content | attribution F1 |")
            print("| --- | --- | --- | --- | --- |")
            print(line("without the step", score_pred(sc, check_work, product_pred(check, None))))
            print(line("always the model's", score_pred(sc, check_work, product_pred(check, w, always=True))))
            print(line("learned choice", score_pred(sc, check_work, product_pred(check, w))))
    if args.write:
        path = write_weights(
            {
                "fitted_on": f"PolNeAR train split, part(s) {args.fit} of attribution.learned.polnear",
                "examples": len(ys),
                "l2": args.l2,
                "weights": dict(zip(FEATURES, w, strict=True)),
            }
        )
        print(f"wrote {path} and its checksum")
    return 0


if __name__ == "__main__":
    sys.exit(main())
