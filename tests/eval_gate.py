"""Evaluation gate: the pipeline's scores on the seeds never fall below these floors.

Floors only ever rise: when a change improves a figure, raise its floor here in the
same commit. `scripts/evaluate.py` prints the current figures.
"""

from __future__ import annotations

import pytest

from attribution.extract.evaluate import evaluate_extraction
from attribution.trace.evaluate import evaluate

EXTRACTION_FLOORS = {
    "source_precision": 1.0,
    "source_recall": 1.0,
    "origin_precision": 1.0,
    "origin_recall": 1.0,
}

TRACING_FLOORS = {
    "mention_recall": 1.00,
    "origin_accuracy": 0.92,
    "grouping_f1": 0.99,
    "verdict_accuracy": 0.92,
}


@pytest.mark.parametrize("figure", sorted(EXTRACTION_FLOORS))
def test_extraction_scores_hold_their_floor(seed_report, gold, seeds_dir, figure):
    scores = evaluate_extraction(seed_report, gold, gold_dir=str(seeds_dir))
    assert scores[figure] >= EXTRACTION_FLOORS[figure] - 1e-9, scores


@pytest.mark.parametrize("figure", sorted(TRACING_FLOORS))
def test_tracing_scores_hold_their_floor(seed_report, gold, seeds_dir, figure):
    scores = evaluate(seed_report, gold, gold_dir=str(seeds_dir))
    assert scores[figure] >= TRACING_FLOORS[figure] - 1e-9, scores
