"""Whoever only published a speaker's document ("said in documents posted by X") is not a source."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The mill will shut in June, the firm said in papers posted Monday by the Federal Trade Bureau.",
        "The mill will shut in June, the firm said in a notice published by the Harbour Port Authority.",
    ],
)
def test_the_publisher_of_a_speakers_document_is_not_a_source(extract, text: str) -> None:
    x = extract(text)
    assert [r.source.text for r in x.raws if r.source is not None] == ["the firm"]


def test_a_fronted_reported_by_phrase_still_names_its_source(extract) -> None:
    x = extract("Reported by the Valley Courier on Monday, the closure surprised the workers.")
    assert [r.source.text for r in x.raws if r.source is not None] == ["the Valley Courier"]
