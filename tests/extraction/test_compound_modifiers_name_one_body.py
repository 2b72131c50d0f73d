"""Common nouns joined by "and" before one singular head name one body of two tasks ("the local search and
rescue agency said"): one speaker, not "search" and "rescue"; modifiers of a plural head, or adjectives and names
before it ("U.S. and South Korean officials"), still give one speaker each. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The local search and rescue agency said 11 bodies were found on Monday.",
         "The local search and rescue agency"),
        ("The fish and wildlife service said the river was closed to boats.", "The fish and wildlife service"),
    ],
)  # fmt: skip
def test_compound_modifiers_of_one_singular_head_are_one_speaker(extract, text: str, speaker: str) -> None:
    x = extract(text)
    [r] = x.by_cue("said")
    assert r.source is not None and r.source.text == speaker


def test_coordinated_modifiers_of_a_plural_head_stay_one_speaker_each(extract) -> None:
    x = extract("U.S. and South Korean officials said the talks would resume in May.")
    raws = x.by_cue("said")
    assert len([r for r in raws if r.source is not None]) == 2
