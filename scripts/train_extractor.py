#!/usr/bin/env python3
"""Train the attribution model on PolNeAR's train split (seeded) and ship it in the package.

usage: python scripts/train_extractor.py [--split ../shared/polnear/train] [--out attribution/data/extractor]
                                         [--design scratch|sm-tok2vec] [--epochs N] [--seed N] [--limit N]
                                         [--init-from MODEL_DIR --max-steps N --learn-rate R]

With --init-from, the model in MODEL_DIR (e.g. the shipped attribution/data/extractor) is trained further
(the second stage of a two-stage schedule; see attribution/learned/train.py).

The split rule (which articles train, which are held out) is ``attribution.learned.polnear``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from attribution.learned.train import DESIGNS, train  # noqa: E402


def default_split() -> Path:
    """../shared/polnear/train beside the checkout (or beside its parent, for a worktree)."""
    for up in (ROOT.parent, ROOT.parent.parent):
        if (up / "shared" / "polnear" / "train").is_dir():
            return up / "shared" / "polnear" / "train"
    return ROOT.parent / "shared" / "polnear" / "train"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", type=Path, default=default_split())
    ap.add_argument("--out", type=Path, default=ROOT / "attribution" / "data" / "extractor")
    ap.add_argument("--design", choices=DESIGNS, default="sm-tok2vec")
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--max-steps", type=int, default=5200)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--limit", type=int, default=None, help="train on the first N articles only (smoke runs)")
    ap.add_argument("--init-from", type=Path, default=None, help="continue training this model folder")
    ap.add_argument("--learn-rate", type=float, default=0.0005, help="peak learning rate when continuing")
    args = ap.parse_args(argv)
    if not (args.split / "text").is_dir():
        print(f"{args.split}: not a PolNeAR split folder (text/ and attributions/); pass --split", file=sys.stderr)
        return 2
    train(
        args.split,
        args.out,
        design=args.design,
        max_epochs=args.epochs,
        max_steps=args.max_steps,
        seed=args.seed,
        limit=args.limit,
        init_from=args.init_from,
        learn_rate=args.learn_rate,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
