#!/usr/bin/env python3
"""Fit the cue classifier (``attribution.learned.cue_classifier``) on PolNeAR's train folds.

usage: python scripts/fit_cue_classifier.py [--fit train] [--check tune] [--l2 X] [--iterations N]
                                            [--threshold T | --thresholds T,T,...] [--write]

Parses the articles of the ``--fit`` part of PolNeAR's train split (``attribution.learned.polnear``; never
the dev fold) through the annotation cache and labels every candidate word of their story blocks
(``cue_classifier.candidates``): 1 when it lies inside a gold cue (an outermost attribution's, as the
shared scorer reads the gold). A logistic regression over the hashed features (L2, full-batch Adam,
seeded by nothing: it starts from zeros and is deterministic) is fitted on them.

``--check`` then measures on another part (the tune part: the tagger never trained on it): the classifier's
precision and recall over the words no proposal or rule attribution marks, and the merge's output
(rules + tagger + classifier, ``extraction.combine``) scored by the shared scorer at each threshold of
``--thresholds`` (log-odds; the first row is the merge without the classifier). The threshold kept is the
one with the best attribution F1 on the check part (``--threshold`` forces one). ``--write`` stores the
weights and the threshold in attribution/data/cue_classifier.json.

The parsed articles come from the annotation cache (JSON, like every cache here: nothing read from disk runs
code), so a second run parses nothing again.
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

from evaluate_polnear import layout, split_and_scorer  # noqa: E402

Span = tuple[int, int]


def parts_data(split: Path, sc: Any, parts: list[str]) -> dict[str, Any]:
    """Per part: ({article: (doc, raws, tagged)}, gold)."""
    from polnear_misses import collect

    store: dict[str, Any] = {}
    for part in parts:
        with tempfile.TemporaryDirectory(prefix="attr-cues-") as tmp:
            work = Path(tmp) / part
            layout(split, part, work)
            store[part] = (collect(work), sc.read_gold(work))
    return store


def _cue_chars(gold: list[dict[str, Any]]) -> set[int]:
    out: set[int] = set()
    for g in gold:
        for s, e in g["cue"] or []:
            out.update(range(s, e))
    return out


def _taken(doc: Any, raws: Any, props: Any) -> list[Span]:  # noqa: ARG001
    """What the tagger and the rules already mark (``extraction.combine.taken``)."""
    from attribution.extraction.combine import taken

    return taken(raws, props)


def _chars_of(spans: Any) -> set[int]:
    out: set[int] = set()
    for s, e in spans or []:
        out.update(range(s, e))
    return out


def _label(t: Any, content: Any, gold: list[dict[str, Any]], label: str) -> int:
    """1 when the word lies in a gold cue (``label`` "cue"), or (``label`` "attribution") when the word with
    the content its parse governs would match a gold attribution (the scorer's test: the cues overlap, the
    contents overlap by half the shorter)."""
    word = set(range(t.start, t.end))
    for g in gold:
        if not word & _chars_of(g["cue"]):
            continue
        if label == "cue":
            return 1
        gq, pq = _chars_of(g["content"]), _chars_of([content]) if content else set()
        if gq and pq and len(gq & pq) >= 0.5 * min(len(gq), len(pq)):
            return 1
    return 0


def examples(
    data: dict[str, Any], gold: dict[str, Any], only_free: bool, label: str = "attribution"
) -> tuple[list[list[int]], list[int]]:
    """Hashed features and labels of every candidate word (``only_free``: the words no proposal or rule
    attribution marks)."""
    from polnear_misses import proposals

    from attribution.extraction.combine import regions
    from attribution.learned.cue_classifier import _children, _touches, candidates, features, governed, indices

    xs, ys = [], []
    for name in sorted(data):
        doc, raws, tagged = data[name]
        taken = _taken(doc, raws, proposals(doc, tagged)) if only_free else []
        kids = _children(doc)
        for i in candidates(doc, regions(doc), kids):
            t = doc.tokens[i]
            if only_free and _touches(t, taken):
                continue
            xs.append(indices(features(doc, i, kids)))
            ys.append(_label(t, governed(doc, kids, i), gold.get(name, []), label))
    return xs, ys


def _csr(xs: list[list[int]]) -> tuple[Any, Any]:
    import numpy as np

    counts = np.array([len(x) for x in xs], dtype=np.int64)
    flat = np.array([k for x in xs for k in x], dtype=np.int64)
    return flat, counts


def fit(xs: list[list[int]], ys: list[int], l2: float, iterations: int, log: Any = print) -> Any:
    """Logistic regression over binary hashed features: full-batch Adam from zeros (deterministic)."""
    import numpy as np

    from attribution.learned.cue_classifier import FEATURES

    flat, counts = _csr(xs)
    rows = np.repeat(np.arange(len(xs)), counts)
    y = np.array(ys, dtype=np.float64)
    n = len(ys)
    w = np.zeros(FEATURES)
    m = np.zeros(FEATURES)
    v = np.zeros(FEATURES)
    rate, b1, b2 = 0.05, 0.9, 0.999
    for step in range(1, iterations + 1):
        z = np.bincount(rows, weights=w[flat], minlength=n)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g = np.bincount(flat, weights=(p - y)[rows], minlength=FEATURES) / n + l2 * w / n
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w -= rate * (m / (1 - b1**step)) / (np.sqrt(v / (1 - b2**step)) + 1e-8)
        if step % 100 == 0 or step == iterations:
            loss = -np.mean(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12))
            log(f"  step {step}: log-loss {loss:.4f}")
    return w


def _merged(doc: Any, raws: Any, tagged: Any, extra: list[Any]) -> list[Any]:
    from polnear_misses import proposals

    from attribution.extraction.combine import combine

    props = sorted([*proposals(doc, tagged), *extra], key=lambda p: (p.cue, p.content))
    return combine(doc, copy.deepcopy(raws), props)


def score_part(sc: Any, split: Path, part: str, data: dict[str, Any], w: Any, threshold: float | None) -> Any:
    """The shared scorer's figures for the merge on ``part`` (``threshold`` None: without the classifier)."""
    from polnear_misses import as_pred, proposals

    from attribution.extraction.combine import regions
    from attribution.learned.cue_classifier import cue_proposals

    preds = {}
    for name in sorted(data):
        doc, raws, tagged = data[name]
        extra: list[Any] = []
        if threshold is not None:
            extra = cue_proposals(
                doc, regions(doc), _taken(doc, raws, proposals(doc, tagged)), threshold=threshold, w=tuple(w)
            )
        atts = _merged(doc, raws, tagged, extra)
        p = as_pred(name, atts)
        preds[name] = [
            {
                "source": sc.frags_of(x["source"]),
                "cue": sc.frags_of(x["cue"]),
                "content": sc.frags_of(x["content"]),
            }
            for x in p["attributions"]
            if x["parent"] is None
        ]
    with tempfile.TemporaryDirectory(prefix="attr-cues-") as tmp:
        work = Path(tmp) / part
        layout(split, part, work)
        return sc.score(work, preds)


def _row(label: str, res: Any) -> str:
    a = res["attribution"]
    roles = "  ".join(
        f"{r} {res[r]['exact']['f1']:.3f}/{res[r]['overlap']['f1']:.3f}" for r in ("source", "cue", "content")
    )
    return f"{label:>10s}  attribution F1 {a['f1']:.4f} (P {a['p']:.4f} R {a['r']:.4f})  {roles}"


def main(argv: list[str] | None = None) -> int:
    import numpy as np

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fit", default="train", choices=("train", "tune"))
    ap.add_argument("--check", default="tune", choices=("tune", "train", "none"))
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--iterations", type=int, default=400)
    ap.add_argument("--thresholds", default="-1,-0.5,0,0.5,1")
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--label", choices=("attribution", "cue"), default="attribution")
    ap.add_argument("--free-only", action="store_true", help="fit on the words no proposal or rule marks only")
    args = ap.parse_args(argv)
    found = split_and_scorer(None)
    if found is None:
        return 2
    split, sc = found
    parts = [args.fit] + ([args.check] if args.check != "none" and args.check != args.fit else [])
    store = parts_data(split, sc, parts)
    data, gold = store[args.fit]
    xs, ys = examples(data, gold, only_free=args.free_only, label=args.label)
    print(f"fit on {args.fit}: {len(ys)} candidate words, {sum(ys)} positive")
    w = fit(xs, ys, args.l2, args.iterations)
    chosen = args.threshold
    if args.check != "none":
        cdata, cgold = store[args.check]
        cx, cy = examples(cdata, cgold, only_free=True, label=args.label)
        z = np.array([sum(w[k] for k in x) for x in cx])
        y = np.array(cy)
        print(f"check on {args.check}: {len(cy)} words no proposal or rule marks, {int(y.sum())} positive")
        for t in [float(x) for x in args.thresholds.split(",")]:
            sel = z > t
            tp = int((sel & (y == 1)).sum())
            print(f"  threshold {t:+.2f}: {int(sel.sum())} above, {tp} positive (P {tp / max(1, sel.sum()):.3f})")
        rows = [(None, score_part(sc, split, args.check, cdata, w, None))]
        print(_row("none", rows[0][1]))
        for t in [float(x) for x in args.thresholds.split(",")]:
            res = score_part(sc, split, args.check, cdata, w, t)
            print(_row(f"{t:+.2f}", res))
            rows.append((t, res))
        if chosen is None:
            best = max(rows[1:], key=lambda r: (round(r[1]["attribution"]["f1"], 4), r[0]))
            chosen = best[0]
        print(f"threshold kept: {chosen}")
    if args.write:
        if chosen is None:
            print("--write needs a threshold (--threshold, or a --check part to choose it)", file=sys.stderr)
            return 2
        from attribution.learned.cue_classifier import FEATURES, VERSION, WEIGHTS_PATH

        out = {
            "about": "cue classifier (attribution/learned/cue_classifier.py), fitted by scripts/fit_cue_classifier.py",
            "fit": (
                f"PolNeAR train split, part '{args.fit}' ({len(data)} articles, {len(ys)} candidate words, "
                f"{sum(ys)} positive, label '{args.label}')"
            ),
            "threshold_from": (
                f"given (--threshold {args.threshold})"
                if args.threshold is not None
                else f"part '{args.check}': best attribution F1 of the merge over {args.thresholds}"
            ),
            "l2": args.l2,
            "iterations": args.iterations,
            "version": VERSION,
            "buckets": FEATURES,
            "threshold": chosen,
            "weights": {str(k): round(float(w[k]), 4) for k in range(FEATURES) if round(float(w[k]), 4) != 0.0},
        }
        from attribution.packaged import write_shipped

        write_shipped(
            "data/cue_classifier.json",
            json.dumps(out, indent=0, sort_keys=True) + "\n",
            root=WEIGHTS_PATH.parent.parent,
        )
        print(f"wrote {WEIGHTS_PATH} and its checksum")
    return 0


if __name__ == "__main__":
    sys.exit(main())
