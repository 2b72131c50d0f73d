"""A name closing a sentence after "per" ("..., per the AP.") attributes the sentence as "according to" does;
"per" in a rate, a percentage or mid-sentence ("signed per the Geneva Convention") attributes nothing."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "The plant has lost more than $25 million since the start of 2019, per the AP.",
            "the AP",
            "The plant has lost more than $25 million since the start of 2019",
        ),
        (
            "Two ferries were cancelled on Friday because of the strike, per Radio Sava.",
            "Radio Sava",
            "Two ferries were cancelled on Friday because of the strike",
        ),
    ],
)
def test_a_closing_per_name_is_the_source_of_the_sentence(extract, text: str, source: str, content: str) -> None:
    x = extract(text)
    [r] = x.by_cue("per")
    assert r.source is not None and r.source.text == source
    assert x.content(r) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Tickets cost $5 per person.",
        "The tax rose by 3 per cent, the highest in a decade.",
        "The deal was signed per the Geneva Convention on Friday.",
    ],
)
def test_per_in_a_rate_or_mid_sentence_attributes_nothing(extract, text: str) -> None:
    assert extract(text).by_cue("per") == []
