"""How ``scripts/claim_purity.py`` counts the pairs of a claim's gold mentions that lie in one gold claim, on
labellings written here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import claim_purity as cp  # noqa: E402


@pytest.mark.parametrize(
    ("golds", "same", "pairs"),
    [
        (["g1", "g1", "g1"], 3, 3),  # one fact: pure
        (["g1", "g2"], 0, 1),  # two facts in two mentions: nothing pure
        (["g1", "g1", "g2"], 1, 3),  # a fact and a stray mention of another
        (["g1", "g1", "g2", "g2", "g3"], 2, 10),
        (["g1"], 0, 0),  # one mention: no pair
        ([], 0, 0),
    ],
)
def test_pure_pairs_are_the_pairs_of_one_gold_claim(golds: list[str], same: int, pairs: int) -> None:
    assert cp.pure_pairs(golds) == (same, pairs)
