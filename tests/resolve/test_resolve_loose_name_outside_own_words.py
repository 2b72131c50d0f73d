"""A description resolved loosely (a body whose name does not hold its words) never takes a name from its own
sentence: "Workers at Acme Logistics walked out, the union said" is no word of Acme's (rule
loose_name_outside_own_words). A name in an earlier sentence still answers it. Sentences written for these tests."""

from __future__ import annotations

import pytest
from resolve_helpers import resolve, source_of


@pytest.mark.parametrize(
    "text",
    [
        "Workers at Acme Logistics walked out on Monday, the union said.",
        "At dawn, dockworkers set up picket lines at terminals of Brennan Shipping Lines, the union said.",
    ],
)
def test_a_description_takes_no_loose_name_from_its_own_words(text: str) -> None:
    _, res = resolve(text, [("the union", 0, "said")])
    assert source_of(res, 0).name == "the union"


def test_a_name_in_an_earlier_sentence_still_answers_a_loose_description() -> None:
    text = "Shipments of Acme Logistics were stuck on Monday. The company said the delays would end."
    _, res = resolve(text, [("The company", 0, "said")])
    assert source_of(res, 0).name == "Acme Logistics"

