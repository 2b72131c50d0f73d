"""How ``scripts/grouping_sides.py`` splits grouping's B-cubed loss into its two sides, on labellings written here."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import grouping_sides as gs  # noqa: E402


def _m(gold: str, pred: str, text: str = "x", file: str = "a.txt", direct: bool = False) -> dict[str, Any]:
    return {
        "gold": gold, "pred": pred, "text": text, "file": file, "direct": direct, "grams": gs.grams(text),
        "digits": any(ch.isdigit() for ch in text), "verdict": "single-origin", "origins": frozenset(),
    }


LABELLINGS = [
    # one fact left in two claims (recall side only)
    [_m("g1", "p1"), _m("g1", "p1"), _m("g1", "p2")],
    # two facts joined in one claim (precision side only)
    [_m("g1", "p1"), _m("g2", "p1"), _m("g2", "p1")],
    # both at once, of several sizes
    [_m("g1", "p1"), _m("g1", "p2"), _m("g2", "p2"), _m("g2", "p3"), _m("g3", "p3"), _m("g3", "p3")],
    # perfect
    [_m("g1", "p1"), _m("g2", "p2")],
]


@pytest.mark.parametrize("recs", LABELLINGS)
def test_the_pairs_each_side_loses_sum_to_what_b_cubed_loses(recs: list[dict[str, Any]]) -> None:
    prec, rec, _ = gs.bcubed([(r["gold"], r["pred"]) for r in recs])
    losses = gs.pair_losses(recs)
    assert sum(c for side, _, c, _, _ in losses if side == "under") == pytest.approx(1 - rec)
    assert sum(c for side, _, c, _, _ in losses if side == "over") == pytest.approx(1 - prec)


def test_a_perfect_split_keeps_recall_and_a_perfect_join_keeps_the_majority_fact() -> None:
    labels = [("g1", "p1"), ("g2", "p1"), ("g1", "p2")]
    split, merge = gs.ceilings(labels)
    assert split == pytest.approx(gs.bcubed([("g1", "a"), ("g2", "b"), ("g1", "c")])[2])
    assert merge == pytest.approx(gs.bcubed([("g1", "g1"), ("g2", "g1"), ("g1", "g1")])[2])


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        # a wire story carried by two outlets, one sentence word for word
        (
            _m("g", "p1", "The ferry sank off the northern coast on Sunday night", "a.txt"),
            _m("g", "p2", "The ferry sank off the northern coast late on Sunday night", "b.txt"),
            "copy",
        ),
        # one article saying it twice in other words
        (
            _m("g", "p1", "The mayor resigned", "a.txt"),
            _m("g", "p2", "She stepped down from the post", "a.txt"),
            "same article",
        ),
        # the speaker's words against an outlet's paraphrase
        (
            _m("g", "p1", "We will rebuild every home", "a.txt", direct=True),
            _m("g", "p2", "the governor promised the houses would be rebuilt", "b.txt"),
            "quote vs paraphrase",
        ),
        (
            _m("g", "p1", "At least 40 people died in the blaze", "a.txt"),
            _m("g", "p2", "The fire killed 41", "b.txt"),
            "figures",
        ),
        (
            _m("g", "p1", "The strike ended", "a.txt"),
            _m("g", "p2", "Dockworkers went back to work", "b.txt"),
            "paraphrase",
        ),
    ],
)
def test_a_pair_left_apart_is_named_by_the_first_kind_that_fits(
    a: dict[str, Any], b: dict[str, Any], kind: str
) -> None:
    assert gs.under_kind(a, b) == kind
