"""A number inside a name (a model, a rocket) is no figure of a count (rule ``a_figure_in_a_name_is_no_count``,
issue 16 item 3): "171 Boeing 737 MAX 9 aircraft" counts 171 aircraft, and two outlets naming one model are no two
counts of it; on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from attribution.article import ArticleInput
from attribution.doc import Block, Document
from attribution.tracing import mention_candidates
from attribution.tracing.candidates.numbers import in_a_name

Parse = Callable[[str], Document]


def _values(parse: Parse, text: str) -> list[float]:
    art = ArticleInput(id="t.txt", text=text, blocks=[Block(0, len(text), "body")])
    return [n.value for m in mention_candidates(parse(text), [], art).mentions for n in m.numbers]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a model's number after its maker's name, and the series after it
        ("Regulators grounded 171 Boeing 737 MAX 9 aircraft on Saturday.", [171.0]),
        # a model's number glued by a hyphen to another
        ("The carrier grounded its 65 Boeing 737-9 aircraft overnight.", [65.0]),
        # a rocket's name
        ("SpaceX launched 22 satellites on a Falcon 9 rocket.", [22.0]),
        # a count after a place's name stays a count
        ("In Colorado 27 people fell ill after the meal.", [27.0]),
        # a count with no name before it
        ("Inspectors found 40 loose bolts on the jets.", [40.0]),
    ],
)
def test_a_number_written_right_after_a_proper_name_is_part_of_the_name(parse: Parse, text: str,
                                                                         values: list[float]) -> None:  # fmt: skip
    assert _values(parse, text) == values


@pytest.mark.parametrize(
    ("text", "number", "named"),
    [
        ("The Boeing 737 jets were grounded.", "737", True),
        ("A Falcon 9 rocket lifted off.", "9", True),
        ("Officials in Portland 12 hours later said it landed safely.", "12", False),  # after a place
        ("Vans built between November 13 and April 4 are recalled.", "13", False),  # a month's day
        ("Vans built between November 13 and April 4 are recalled.", "4", False),
        ("The airline grounded 65 jets.", "65", False),
        ("The state will pay Rs 50,000 each.", "50,000", False),  # after a currency
    ],
)
def test_a_number_after_a_place_or_a_month_is_no_part_of_a_name(parse: Parse, text: str, number: str,
                                                                  named: bool) -> None:  # fmt: skip
    doc = parse(text)
    tok = next(t for t in doc.tokens if t.text == number)
    assert in_a_name(doc, tok, 0) is named
