#!/usr/bin/env python3
"""Print how the pipeline scores against the seeds' gold answer.

    .venv/bin/python scripts/evaluate.py [--engine spacy] [ARTICLES_DIR] [GOLD_JSON]

Extraction: precision and recall of the source and the origin of every gold mention whose chain is
longer than the outlet. Tracing: mention recall, origin accuracy, grouping F1, verdict accuracy.
The floors in tests/eval_gate.py hold these figures and are only ever raised.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def scores(articles_dir: Path, gold_path: Path, engine: str = "spacy") -> dict[str, dict[str, float]]:
    from attribution.evaluation.claims import evaluate
    from attribution.evaluation.extraction import evaluate_extraction
    from attribution.pipeline import Options, run

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    report = run([str(articles_dir)], Options(engine=engine))
    return {
        "extraction": evaluate_extraction(report, gold, gold_dir=str(articles_dir)),
        "tracing": evaluate(report, gold, gold_dir=str(articles_dir)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", nargs="?", default=str(ROOT / "fixtures" / "seeds"))
    parser.add_argument("gold", nargs="?", default=str(ROOT / "fixtures" / "gold.json"))
    parser.add_argument("--engine", default="spacy")
    args = parser.parse_args(argv)
    for stage, figures in scores(Path(args.articles), Path(args.gold), args.engine).items():
        print(f"{stage}:")
        for name, value in figures.items():
            print(f"  {name:<20} {value:.3f}" if value <= 1 else f"  {name:<20} {value:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
