"""A free relative of a naming verb ("in what prosecutors have called one of the largest thefts") is the
subject's claim about the thing named: the name is its content, the subject its source, and no cue whose
content holds the clause relays it (rule ``free-relative-name``)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "The storm destroyed the pier in what officials described as the worst flooding in a decade.",
            "described",
            "officials",
            "the worst flooding in a decade",
        ),
        (
            "A jury found Dorian Hale guilty on four counts, in what prosecutors have called one of the largest "
            "thefts in the state's history.",
            "called",
            "prosecutors",
            "one of the largest thefts in the state's history",
        ),
        (
            "The company shut the plant in what union leaders termed a betrayal of the town.",
            "termed",
            "union leaders",
            "a betrayal of the town",
        ),
    ],
)
def test_a_free_relative_name_is_the_subjects_claim(extract, text: str, cue: str, source: str, content: str) -> None:
    x = extract(text)
    [r] = x.by_cue(cue)
    assert r.source is not None and r.source.text == source
    assert x.content(r) == [content]
    assert r.parent is None


@pytest.mark.parametrize(
    "text",
    [
        "The storm destroyed the pier in what officials did not call a disaster.",
        "Residents called the rescue a miracle.",
    ],
)
def test_a_denied_or_plain_naming_is_no_free_relative_claim(extract, text: str) -> None:
    assert [r for r in extract(text).raws if r.rule == "free-relative-name"] == []
