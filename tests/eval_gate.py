"""Evaluation gate: the pipeline's scores on the seeds and the probe never fall below these floors.

Floors only ever rise: when a change improves a figure, raise its floor here in the
same commit. `scripts/evaluate.py` prints the current figures.
"""

from __future__ import annotations

import json
from pathlib import Path

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


# -- the probe corpus: five articles about another event, written with their gold answer before
# the tool ever ran on them (fixtures/probe, fixtures/probe_gold.json). It guards against rules that
# only fit the seeds; its floors rise like the seeds' do.
PROBE = Path(__file__).resolve().parent.parent / "fixtures" / "probe"

PROBE_EXTRACTION_FLOORS = {
    "source_precision": 0.94,
    "source_recall": 0.94,
    "origin_precision": 0.90,
    "origin_recall": 0.90,
}

PROBE_TRACING_FLOORS = {
    "mention_recall": 0.98,
    "origin_accuracy": 0.75,
    "grouping_f1": 0.84,
    "verdict_accuracy": 0.91,
}


@pytest.fixture(scope="module")
def probe_report():
    from attribution.pipeline import Options, run

    return run([str(p) for p in sorted(PROBE.glob("*.txt"))], Options(engine="spacy"))


@pytest.fixture(scope="module")
def probe_gold() -> dict:
    return json.loads((PROBE.parent / "probe_gold.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("figure", sorted(PROBE_EXTRACTION_FLOORS))
def test_probe_extraction_scores_hold_their_floor(probe_report, probe_gold, figure):
    scores = evaluate_extraction(probe_report, probe_gold, gold_dir=str(PROBE))
    assert scores[figure] >= PROBE_EXTRACTION_FLOORS[figure] - 1e-9, scores


@pytest.mark.parametrize("figure", sorted(PROBE_TRACING_FLOORS))
def test_probe_tracing_scores_hold_their_floor(probe_report, probe_gold, figure):
    scores = evaluate(probe_report, probe_gold, gold_dir=str(PROBE))
    assert scores[figure] >= PROBE_TRACING_FLOORS[figure] - 1e-9, scores
