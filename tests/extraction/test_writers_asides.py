"""The writer's own asides ("It is worth noting that X") name no speaker, on sentences written for the test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "sentence",
    [
        "It is worth noting that the ferry had been inspected in May.",
        "It is also worth recalling that the dam was built in 1962.",
    ],
)
def test_a_participle_on_an_empty_it_is_the_writers_aside(extract, sentence):
    assert extract(sentence).raws == []


def test_a_participle_on_a_speaker_still_takes_the_speaker(extract):
    x = extract("The harbour master left early, saying the pier was closed.")
    [saying] = x.by_cue("saying")
    assert saying.source is not None and saying.source.text == "The harbour master"
