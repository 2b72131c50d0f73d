"""A paragraph one named speaker opens and closes with a cue: the cue-less sentences between are that speaker's
(rule between-two-cues). Pronouns, descriptions, a second speaker, a quotation between, or cues that do not frame
the paragraph leave them the writer's own. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _sources_of(x, words: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.source.text for r in x.raws if r.source is not None and any(words in part for part in x.content(r))]


@pytest.mark.parametrize(
    ("text", "between", "speaker"),
    [
        (
            "The bridge will reopen on Friday, said Mayor Ana Ruiz. Repairs are finished. "
            "Traffic will be limited at first, Ruiz said.",
            "Repairs are finished",
            "Mayor Ana Ruiz",
        ),
        (
            "The pipeline leak was sealed overnight, announced Energy Minister Tomas Brandt. Pumping resumed at dawn. "
            "Crews are checking the valves. Fuel deliveries will be normal by Monday, says Brandt.",
            "Crews are checking the valves",
            "Energy Minister Tomas Brandt",
        ),
    ],
)
def test_sentences_between_one_speakers_cues_in_a_paragraph_are_that_speakers(
    extract, text: str, between: str, speaker: str
) -> None:
    x = extract(text)
    assert _sources_of(x, between) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # pronouns may be two people
        "The bridge will reopen on Friday, he said. Repairs are finished. Traffic will be limited at first, he said.",
        # two speakers
        "The bridge will reopen on Friday, said Mayor Ana Ruiz. Repairs are finished. "
        "Traffic will be limited at first, engineer Piet Maas said.",
        # the cues do not frame the paragraph: the story runs on around them
        "Ferries ran late all week. The bridge will reopen on Friday, said Mayor Ana Ruiz. Repairs are finished. "
        "Traffic will be limited at first, Ruiz said. Shops near the river stayed shut.",
    ],
)
def test_sentences_between_cues_stay_the_writers_without_one_named_speaker_framing_the_paragraph(
    extract, text: str
) -> None:
    x = extract(text)
    assert _sources_of(x, "Repairs are finished") == []


def test_a_quotation_between_the_cues_is_left_to_the_quote_rules(extract) -> None:
    x = extract(
        'The bridge will reopen on Friday, said Mayor Ana Ruiz. Repairs are "finished at last". '
        "Traffic will be limited at first, Ruiz said."
    )
    assert not [r for r in x.raws if r.rule == "between-two-cues"]


def test_a_sentence_between_a_quote_and_a_cue_is_reported_not_quoted(extract) -> None:
    x = extract(
        "\u201cThe bridge will reopen on Friday,\u201d said Mayor Ana Ruiz. Repairs are finished. "
        "Traffic will be limited at first, Ruiz said."
    )
    [between] = [r for r in x.raws if r.rule == "between-two-cues"]
    assert x.content(between) == ["Repairs are finished."]
    assert between.kind == "reported-speech" and not between.direct
