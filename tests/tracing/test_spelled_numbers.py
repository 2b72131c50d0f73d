"""Spelled-out figures read whole by text2num (issue 16): "twenty-five thousand" is 25,000, not 20 and 5,000."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from attribution.article import ArticleInput
from attribution.doc import Block, Document
from attribution.tracing import mention_candidates
from attribution.tracing.candidates.numbers import read_spelled

Parse = Callable[[str], Document]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("twenty five thousand", 25_000),
        ("three million", 3_000_000),
        ("two hundred and fifty", 250),
        ("one thousand two hundred", 1_200),
        ("seven hundred thousand", 700_000),
        ("two three", None),  # two numbers side by side, not one
        ("five and six", None),
    ],
)
def test_text2num_reads_a_run_of_number_words_whole(words: str, value: int | None) -> None:
    assert read_spelled(words.split()) == value


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Twenty-five thousand people were killed in the floods.", [(25_000.0, "", "person")]),
        ("Officials said three million people were affected by the storm.", [(3_000_000.0, "", "person")]),
        ("The agency said two hundred and fifty soldiers were wounded on Monday.", [(250.0, "", "troop")]),
        ("Police said twenty five thousand protesters marched in the city.", [(25_000.0, "", "protester")]),
        ("Officials said more than one hundred and twenty people were injured.", [(120.0, "more than", "person")]),
        ("The ministry said twelve soldiers were killed.", [(12.0, "", "troop")]),
        ("The army said 3 million troops crossed the border.", [(3_000_000.0, "", "troop")]),
        # a run text2num cannot read as one number stays two figures
        ("Officials said five and six soldiers died in the attacks.", [(5.0, "", "troop"), (6.0, "", "troop")]),
    ],
)
def test_spelled_out_figures_are_read_as_written(
    parse: Parse, text: str, figures: list[tuple[float, str, str]]
) -> None:
    art = ArticleInput(id="t.txt", text=text, blocks=[Block(0, len(text), "body")])
    cands = mention_candidates(parse(text), [], art)
    assert [(n.value, n.qualifier, n.noun) for m in cands.mentions for n in m.numbers] == figures
