"""How ``scripts/verdict_splits.py`` tells which wrong verdicts grouping costs, on claims written here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import verdict_splits as vs  # noqa: E402

SO, IC, UN = "single-origin", "independently-confirmed", vs.UNATTRIBUTED


def _h(verdict: str, origins: tuple[str, ...] = (), hits: int = 1, foreign: int = 0) -> vs.Holder:
    return vs.Holder(verdict, frozenset(origins), hits, foreign)


@pytest.mark.parametrize(
    ("gold", "predicted", "main", "others", "kind"),
    [
        # "The airport closed its runways" (the outlet's own) apart from "the airport was closed, the ministry said"
        (SO, UN, _h(UN, hits=2), [_h(SO, ("ministry",))], "split-unattributed"),
        # a confirmed claim whose main fragment nobody is said to have said, its sourced wordings elsewhere
        (IC, UN, _h(UN, hits=2), [_h(SO, ("coast-guard",))], "split-unattributed"),
        # the second body's wording of the fact sits in a claim of its own
        (IC, SO, _h(SO, ("fire-bureau",), hits=3), [_h(SO, ("company",))], "split-confirmation"),
        # the other claim rests on the same origin: no confirmation was split apart
        (IC, SO, _h(SO, ("fire-bureau",), hits=3), [_h(SO, ("fire-bureau",))], "other"),
        # the outlets' own background joined to a sourced claim of another fact
        (UN, SO, _h(SO, ("court",), foreign=3), [], "joined"),
        (SO, IC, _h(IC, ("a", "b"), hits=2, foreign=4), [], "joined"),
        # nobody is named anywhere the gold claim's mentions went: not a grouping error
        (SO, UN, _h(UN, hits=1), [_h(UN)], "no-source"),
        (UN, SO, _h(SO, ("police",)), [], "other"),
    ],
)
def test_each_wrong_verdict_gets_the_kind_of_grouping_error_behind_it(
    gold: str, predicted: str, main: vs.Holder, others: list[vs.Holder], kind: str
) -> None:
    assert vs.classify(gold, predicted, main, others) == kind


def test_a_split_apart_attribution_comes_before_a_join() -> None:
    main = _h(UN, hits=2, foreign=2)
    assert vs.classify(SO, UN, main, [_h(SO, ("ministry",))]) == "split-unattributed"
    assert vs.classify(SO, UN, main, []) == "joined"


@pytest.mark.parametrize(
    ("group", "expected"),
    [
        ([0, 1, 2], "runways"),  # two of its three labelled mentions state the runways' claim
        ([3, 4], None),  # no labelled mention: the gold says nothing of the group
        ([2, 3], "closed-to-traffic"),
    ],
)
def test_a_group_stands_for_the_gold_claim_most_of_its_labelled_mentions_state(
    group: list[int], expected: str | None
) -> None:
    label = {0: "runways", 1: "runways", 2: "closed-to-traffic"}
    assert vs._majority(group, label) == expected
