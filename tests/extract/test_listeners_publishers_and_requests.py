"""Who passes words on (a news medium told them), who only published a document, and requests made."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "listener"),
    [
        ("The coach told Harbour TV on Friday that the striker would miss the final.", "Harbour TV"),
        ("The coach told state television that the striker would miss the final.", "state television"),
        ("The coach told the newspaper that the striker would miss the final.", "the newspaper"),
    ],
)
def test_a_news_medium_told_is_an_intermediary(extract, text: str, listener: str) -> None:
    [r] = extract(text).raws
    assert r.source is not None and r.source.text == "The coach"
    assert [v.text for v in r.via] == [listener]


def test_a_listener_that_is_no_medium_is_no_intermediary(extract) -> None:
    [r] = extract("The coach told the players that the striker would miss the final.").raws
    assert r.via == []
