"""The writer's own asides ("It is worth noting that X") and what pictures show ("Video showed X") name no
speaker, on sentences written for the test."""

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


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Video showed the ferry listing sharply near the pier.", "the ferry listing sharply near the pier"),
        (
            "Images on local television showed that crowds had gathered outside the town hall.",
            "crowds had gathered outside the town hall",
        ),
        ("Drone footage suggests that the dam wall has cracked.", "the dam wall has cracked"),
    ],
)
def test_what_pictures_show_is_the_writers_account_with_no_source(extract, sentence, content):
    x = extract(sentence)
    [r] = x.raws
    assert r.source is None
    assert x.content(r) == [content]


def test_a_report_that_shows_something_still_speaks(extract):
    x = extract("A report by the river authority shows that the levee was never repaired.")
    [r] = x.raws
    assert r.source is not None and r.source.text == "the river authority"
