"""A quote paragraph with no cue of its own continues the speaker of the sentence before it: the speaker of
that sentence's main clause, never a cue inside one of its side clauses (an adverbial or relative clause of
the frame); a coordinate speaker ("..., but Y said ...") and a report inside the content stay as they were.
When the main clause quoted its speaker, the paragraph runs on in that quotation (one attribution, its
content in two spans, as PolNeAR annotates it)."""

from __future__ import annotations

import pytest
from extract_helpers import paragraphs

from attribution.extraction.quotes import ORPHAN_SPEAKER


def _orphan_speaker(extract, text: str) -> str | None:
    """The speaker of the attribution whose content holds the second paragraph's quote."""
    x = extract(text, paragraphs(text))
    start = text.index("\n") + 2
    [r] = [r for r in x.raws if any(s <= start < e for s, e in r.content)]
    return r.source.text if r.source else None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“We will open the port,” Garcia said with a grin, speaking at a harbour hotel shortly after election "
            "officials announced a survey showed she held a lead.\n“I do not build it alone. We all build it.”",
            "Garcia",
        ),
        (
            "“The levee held,” the engineer said on Monday, standing on the dyke while the mayor announced the "
            "evacuation.\n"
            "“We were lucky this time.”",
            "the engineer",
        ),
        (
            "“Prices will fall,” Lena Park told reporters, who had heard the minister warn of a recession.\n"
            "“I am certain of it.”",
            "Lena Park",
        ),
    ],
)
def test_a_cue_in_a_side_clause_does_not_take_the_next_quote(extract, text: str, speaker: str) -> None:
    assert _orphan_speaker(extract, text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a coordinate clause is no side clause: its speaker is the last one
        (
            "“The count is fair,” Garcia said, but the opposition said it was rigged.\n“We will appeal.”",
            "the opposition",
        ),
        # a report inside what the main speaker says keeps the inner speaker (the rules' older reading)
        ("Officials said the minister told staff to leave.\n“Go home now.”", "the minister"),
        ("The mayor said the bridge was closed.\n“We are working day and night.”", "The mayor"),
    ],
)
def test_coordinate_and_reported_speakers_keep_the_last_cue(extract, text: str, speaker: str) -> None:
    assert _orphan_speaker(extract, text) == speaker


def test_the_speaker_choice_is_a_named_sieve_with_examples() -> None:
    assert ORPHAN_SPEAKER.names() == ["main-clause-cue", "last-cue"]
    assert all(r.example for r in ORPHAN_SPEAKER)


def test_a_quote_paragraph_after_a_main_clause_quote_joins_that_quotation(extract) -> None:
    text = (
        "“We will open the port,” Garcia said with a grin, speaking shortly after officials announced the count.\n"
        "“It will be large.”"
    )
    x = extract(text, paragraphs(text))
    [r] = [r for r in x.raws if r.source is not None and r.source.text == "Garcia"]
    assert x.content(r) == ["We will open the port", "It will be large."]
