"""How ``scripts/grouping_pairs.py`` measures pair signals and linkage, on small tables written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import grouping_pairs as gp  # noqa: E402


@pytest.mark.parametrize(
    ("score", "same", "expected"),
    [
        ([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1], 1.0),
        ([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1], 0.0),
        ([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1], 0.5),
        ([0.1, 0.6, 0.4, 0.9], [0, 0, 1, 1], 0.75),
    ],
)
def test_auc_ranks_same_claim_pairs_above_the_others(score: list[float], same: list[int], expected: float) -> None:
    assert gp.auc(np.array(score), np.array(same, dtype=float)) == pytest.approx(expected)


def test_bcubed_separates_precision_from_recall() -> None:
    gold = {0: "a", 1: "a", 2: "b", 3: "b"}
    assert gp.bcubed(gold, {0: 0, 1: 0, 2: 1, 3: 1}) == pytest.approx((1.0, 1.0, 1.0))
    p, r, _ = gp.bcubed(gold, {0: 0, 1: 1, 2: 2, 3: 3})  # every mention alone: pure, half the recall
    assert (p, r) == pytest.approx((1.0, 0.5))
    p, r, _ = gp.bcubed(gold, {0: 0, 1: 0, 2: 0, 3: 0})  # one claim: whole recall, half the precision
    assert (p, r) == pytest.approx((0.5, 1.0))


def _story(
    groups: list[list[int]], label: dict[int, str], join: bool = True, vetoed: tuple[int, int] | None = None
) -> gp.Story:
    n = 1 + max(k for g in groups for k in g)
    X = np.zeros((n, n, len(gp.SIGNALS)), dtype=np.float32)
    if vetoed:
        a, b = vetoed
        X[a, b, gp.SIGNALS.index("vetoed")] = X[b, a, gp.SIGNALS.index("vetoed")] = 1
    return gp.Story("s", n, X, label, groups, [frozenset()] * n, lambda a, b: join)


def test_linkage_joins_claims_whose_mean_pair_score_reaches_the_bar() -> None:
    scores = np.array([[0, 0.9, 0.1], [0.9, 0, 0.1], [0.1, 0.1, 0]])
    story = _story([[0], [1], [2]], {0: "a", 1: "a", 2: "b"})
    assert gp.link(story, scores, 0.5) == [[0, 1], [2]]


def test_linkage_never_joins_across_a_veto_nor_against_the_verdict_check() -> None:
    scores = np.array([[0, 0.9], [0.9, 0]])
    assert gp.link(_story([[0], [1]], {}, vetoed=(0, 1)), scores, 0.5) == [[0], [1]]
    assert gp.link(_story([[0], [1]], {}, join=False), scores, 0.5) == [[0], [1]]


def test_gold_claims_the_strict_words_join_count_as_one_in_the_ceiling() -> None:
    story = _story([[0], [1], [2]], {0: "a", 1: "b", 2: "c"})
    story.X[0, 1, gp.SIGNALS.index("affinity")] = story.X[1, 0, gp.SIGNALS.index("affinity")] = 1.2
    p, r, _ = gp._words_cannot_tell(story)
    assert r == pytest.approx(1.0)
    assert p == pytest.approx((0.5 + 0.5 + 1.0) / 3)
