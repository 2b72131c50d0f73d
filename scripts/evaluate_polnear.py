#!/usr/bin/env python3
"""Score extraction on the PolNeAR dev fold (or its gate subset) with the shared scorer.

usage: python scripts/evaluate_polnear.py [--split DIR] [--part dev|gate|tune|train] [--model-only [--link MODE]]
                                          [--model DIR] [--json]
                                          [--save PRED_JSON]

Default: the whole product (``attribution extract``: rules + model, combined) on the articles of
the part, scored by ../shared/tools/score_polnear.py. ``--model-only`` scores the model's own
proposals (tagging + linking) with no rules, to compare designs and linking modes.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def shared_dir() -> Path:
    for up in (ROOT.parent, ROOT.parent.parent):
        if (up / "shared" / "polnear" / "train").is_dir():
            return up / "shared"
    return ROOT.parent / "shared"


def find_split(given: Path | None, shared: Path) -> Path | None:
    """The PolNeAR split folder to read (``given``, else ../shared/polnear/train); None, with one line on
    standard error naming the folder and what to pass, when it is not one."""
    split = given or shared / "polnear" / "train"
    if not (split / "text").is_dir():
        print(f"{split}: not a PolNeAR split folder (text/ and attributions/); pass --split", file=sys.stderr)
        return None
    return split


def split_and_scorer(given: Path | None) -> tuple[Path, Any] | None:
    """The train split and the shared scorer, found beside the repo; None (after saying why) when absent."""
    shared = shared_dir()
    split = find_split(given, shared)
    return None if split is None else (split, scorer(shared))


def scorer(shared: Path) -> Any:
    spec = importlib.util.spec_from_file_location("score_polnear", shared / "tools" / "score_polnear.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def layout(split: Path, part: str, work: Path) -> list[str]:
    """A split-shaped folder of the part's articles (symlinks) under ``work``; their names."""
    from attribution.learned.polnear import read_split

    arts = read_split(split, "dev", gate=True) if part == "gate" else read_split(split, part)
    return link_articles(split, [a.name for a in arts], work)


def link_articles(split: Path, names: list[str], work: Path) -> list[str]:
    """A split-shaped folder under ``work`` holding the named articles and their annotations (symlinks)."""
    (work / "text").mkdir(parents=True)
    (work / "attributions").mkdir()
    for name in names:
        (work / "text" / f"{name}.txt").symlink_to((split / "text" / f"{name}.txt").resolve())
        for ann in sorted(split.glob(f"attributions/{name}_*.ann")):
            (work / "attributions" / ann.name).symlink_to(ann.resolve())
    return names


def model_only(work: Path, names: list[str], mode: str, model: Path | None) -> tuple[dict[str, Any], float, int]:
    from attribution.learned.model import load, propose
    from attribution.learned.polnear import paragraphs

    nlp = load(model)
    arts, words, t0 = [], 0, time.process_time()
    for name in names:
        text = (work / "text" / f"{name}.txt").read_text(encoding="utf-8")
        words += len(text.split())
        props = propose(text, paragraphs(text), mode=mode, nlp=nlp)
        arts.append(
            {
                "path": f"{name}.txt",
                "attributions": [
                    {
                        "parent": None,
                        "source": {"start": p.source[0], "end": p.source[1]} if p.source else None,
                        "cue": {"start": p.cue[0], "end": p.cue[1]},
                        "content": [{"start": s, "end": e} for s, e in p.content],
                    }
                    for p in props
                    if p.content  # a bare cue is no attribution until the parse gives it content
                ],
            }
        )
    return {"articles": arts}, time.process_time() - t0, words


def product(work: Path) -> dict[str, Any]:
    from attribution import extract

    report = extract([work / "text"])
    return json.loads(report.model_dump_json()) if hasattr(report, "model_dump_json") else report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", type=Path, default=None)
    ap.add_argument("--part", choices=("dev", "gate", "tune", "train"), default="dev")
    ap.add_argument("--model-only", action="store_true")
    ap.add_argument("--link", choices=("sentence", "nearest"), default="sentence")
    ap.add_argument("--model", type=Path, default=None)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--save", type=Path, default=None, help="also write the extract JSON that was scored here")
    args = ap.parse_args(argv)
    found = split_and_scorer(args.split)
    if found is None:
        return 2
    split, sc = found
    with tempfile.TemporaryDirectory(prefix="attr-polnear-") as tmp:
        work = Path(tmp) / args.part
        names = layout(split, args.part, work)
        extra: dict[str, Any] = {}
        if args.model_only:
            pred, secs, words = model_only(work, names, args.link, args.model)
            extra = {"words_per_cpu_second": round(words / secs)}
        else:
            pred = product(work)
        pred_path = Path(tmp) / "pred.json"
        pred_path.write_text(json.dumps(pred), encoding="utf-8")
        if args.save is not None:
            args.save.write_text(json.dumps(pred), encoding="utf-8")
        res = sc.score(work, sc.read_pred(pred_path))
    res.update(extra)
    if args.json:
        print(json.dumps(res))
        return 0
    for role in ("source", "cue", "content"):
        print(f"{role:8s} exact F1 {res[role]['exact']['f1']:.3f}  overlap F1 {res[role]['overlap']['f1']:.3f}")
    a = res["attribution"]
    print(
        f"attribution F1 {a['f1']:.3f} (P {a['p']:.3f} R {a['r']:.3f}) on {res['articles']} articles"
        + (f"; {extra['words_per_cpu_second']} words per CPU-second" if extra else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
