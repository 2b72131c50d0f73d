"""A narration verb's "how" clause ("told how she was pulled from the rubble") is an account the speaker gives
of what happened, so it is reported content; "how many", "how long" and a denied cue still ask."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Marta Ruiz, her right arm in a sling, told how she and her son were pulled from the rubble.",
            "told",
            "Marta Ruiz",
            "how she and her son were pulled from the rubble",
        ),
        (
            "Tomas Ek recounted how he and his brother, who had hurt a knee, crawled out of the school.",
            "recounted",
            "Tomas Ek",
            "how he and his brother, who had hurt a knee, crawled out of the school",
        ),
        (
            "The ferry's captain described how the wave had lifted the bow out of the water.",
            "described",
            "The ferry's captain",
            "how the wave had lifted the bow out of the water",
        ),
    ],
)
def test_a_told_how_clause_is_the_speakers_account(extract, text: str, cue: str, source: str, content: str) -> None:
    x = extract(text)
    [r] = x.by_cue(cue)
    assert r.source is not None and r.source.text.startswith(source)
    assert x.content(r) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor told reporters how many people had died.",
        "The foreman described how long the repairs would take.",
        "The mayor did not describe how the wall had collapsed.",
    ],
)
def test_how_many_how_long_and_a_denied_account_still_ask(extract, text: str) -> None:
    assert extract(text).raws == []
