"""Digits of a telephone number or a code are no figures (rule ``identifier_is_no_figure``, issue 16 item 3): two
copies printing two numbers to call are no two figures of one count; on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from attribution.article import ArticleInput
from attribution.doc import Block, Document
from attribution.tracing import mention_candidates
from attribution.tracing.candidates.numbers import in_identifier

Parse = Callable[[str], Document]


@pytest.mark.parametrize(
    ("text", "digits", "identifier"),
    [
        ("Callers may reach the helpline at 1-800-555-0199.", "0199", True),
        ("Callers may reach the helpline at 1-800-555-0199.", "1", True),
        ("The notice carries the reference 21-07-113.", "07", True),
        ("Dial 020.7946.0958 for the office.", "7946", True),
        ("The home side won 3-1 on Sunday.", "3", False),  # two groups: a score, a range
        ("Between 12-15 people were hurt.", "12", False),
        ("Prices rose 2.5 percent.", "2.5", False),
    ],
)
def test_three_digit_groups_joined_without_spaces_are_an_identifier(text: str, digits: str, identifier: bool) -> None:
    at = text.index(digits)
    assert in_identifier(text, at, at + len(digits)) is identifier


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Owners of the 4,100 affected vans may call the maker at 1-800-555-0199.", [4100.0]),
        ("The agency said 12 people were injured and gave the hotline 0800-123-456.", [12.0]),
    ],
)
def test_a_mention_reads_no_figure_from_a_telephone_number(parse: Parse, text: str, values: list[float]) -> None:
    art = ArticleInput(id="t.txt", text=text, blocks=[Block(0, len(text), "body")])
    cands = mention_candidates(parse(text), [], art)
    assert [n.value for m in cands.mentions for n in m.numbers] == values
