"""A number that is part of a name (a model, a version, a flight) is no figure
(rule ``a_figure_in_a_name_is_no_count``): "the airline grounded its 40 Airbus 320 jets" counts forty jets, not three
hundred and twenty, and two mentions of one model share no count; on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from attribution.article import ArticleInput
from attribution.doc import Block, Document
from attribution.tracing import mention_candidates

Parse = Callable[[str], Document]


def figures(parse: Parse, text: str) -> list[float]:
    art = ArticleInput(id="t.txt", text=text, blocks=[Block(0, len(text), "body")])
    cands = mention_candidates(parse(text), [], art)
    return sorted(n.value for m in cands.mentions for n in m.numbers)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The carrier grounded all 40 of its Boeing 757 aircraft on Monday.", [40.0]),
        ("Regulators ordered the grounding of 120 Airbus 380 jets after the incident.", [120.0]),
        ("The faulty Windows 11 update crashed 8,500 computers at the bank.", [8500.0]),
        ("Engineers inspected the Boeing 767 freighters overnight.", []),
    ],
)
def test_a_number_inside_a_name_is_no_figure(parse: Parse, text: str, values: list[float]) -> None:
    assert figures(parse, text) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("In Ukraine 500 people died in the floods.", [500.0]),
        ("Officials said 75 climbers were on the mountain.", [75.0]),
        ("The recall covers 3,878 Cybertrucks built since November.", [3878.0]),
    ],
)
def test_a_count_beside_a_name_is_still_a_figure(parse: Parse, text: str, values: list[float]) -> None:
    assert figures(parse, text) == values
