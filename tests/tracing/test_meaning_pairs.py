"""How ``scripts/meaning_pairs.py`` judges a signal for the adopting join: AUC, the bar chosen on the other stories,
and the leave-one-story-out count (on pairs written here; the embedding model is not needed)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import meaning_pairs as mp  # noqa: E402


@pytest.mark.parametrize(
    ("scores", "labels", "expected"),
    [
        ([0.9, 0.8, 0.2, 0.1], [True, True, False, False], 1.0),  # every same pair above every different one
        ([0.1, 0.2, 0.8, 0.9], [True, True, False, False], 0.0),
        ([0.5, 0.5], [True, False], 0.5),  # a tie counts one half
        ([0.9, 0.3, 0.5, 0.1], [True, True, False, False], 0.75),
    ],
)
def test_auc_is_the_chance_a_same_claim_pair_outscores_a_different_one(
    scores: list[float], labels: list[bool], expected: float
) -> None:
    assert mp.auc(scores, labels) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("scores", "labels", "aim", "expected"),
    [
        # five same pairs on top, then two different: the lowest bar still at the aimed precision (5 of 6, 5 of 7)
        ([0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5], [True] * 5 + [False, False], 0.7, 0.5),
        ([0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5], [True] * 5 + [False, False], 0.72, 0.6),
        ([0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5], [True] * 5 + [False, False], 0.9, 0.7),
        # too few pairs above any bar reaching the aim: no bar at all
        ([0.9, 0.8, 0.1], [True, True, False], 0.6, None),
        # nothing reaches the aim
        ([0.9, 0.8, 0.7, 0.6, 0.5, 0.4], [False, True] * 3, 0.9, None),
    ],
)
def test_the_bar_is_the_lowest_keeping_the_aimed_share_of_same_claim_pairs(
    scores: list[float], labels: list[bool], aim: float, expected: float | None
) -> None:
    assert mp.choose_bar(scores, labels, aim) == expected


def test_a_bar_keeps_every_pair_of_its_score() -> None:
    # five same pairs, then a tie of one same and one different at .7: .7 keeps seven pairs, six the same (.86)
    scores = [0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.7]
    labels = [True] * 6 + [False]
    assert mp.choose_bar(scores, labels, 0.9) == 0.75
    assert mp.choose_bar(scores, labels, 0.85) == 0.7


def _pairs(story: str, rows: list[tuple[float, bool]]) -> list[mp.Pair]:
    return [{"story": story, "score": s, "same": y} for s, y in rows]


def test_each_story_is_scored_with_the_bar_the_other_stories_choose() -> None:
    clean = [(0.9, True), (0.85, True), (0.8, True), (0.75, True), (0.7, True), (0.2, False)]
    pairs = [
        *_pairs("a", clean),
        *_pairs("b", clean),
        # the third story's different pairs score as high as the others' same pairs: the held-out count shows it
        *_pairs("c", [(0.9, False), (0.1, True)]),
    ]
    # a and b each keep their five same pairs (bar .7 on the other two); c keeps its different pair (bar .2 on a, b)
    kept, right, none = mp.loso(pairs, lambda p: float(p["score"]), aim=0.8)
    assert (kept, right, none) == (11, 10, 0)
    # no bar reaches the aim on the other stories: the story counts as one without a bar
    assert mp.loso(pairs, lambda p: float(p["score"]), aim=1.01) == (0, 0, 3)


def test_the_logistic_fit_ranks_by_the_signal_that_separates() -> None:
    xs = [(0.9, 0.0), (0.8, 1.0), (0.85, 0.5), (0.2, 0.0), (0.1, 1.0), (0.3, 0.5)]
    ys = [True, True, True, False, False, False]
    w = mp.fit_logistic(xs, ys)
    assert w[1] > 0 and abs(w[2]) < w[1]
    assert min(mp.logistic_score(w, x) for x, y in zip(xs, ys, strict=True) if y) > max(
        mp.logistic_score(w, x) for x, y in zip(xs, ys, strict=True) if not y
    )


@pytest.mark.parametrize("x", [-3.0, -1.2, -0.5, 0.0, 0.3, 0.9, 2.5])
def test_the_encoders_error_function_is_the_exact_one_within_its_stated_error(x: float) -> None:
    import math

    import numpy as np

    assert float(mp._erf(np.asarray([x]))[0]) == pytest.approx(math.erf(x), abs=2e-7)
