"""A fronted clause with no subject of its own ("Among those hurt were ...") before a trailing cue: the parser
makes the clause's subject and the speaker after the last comma one subject of the cue. The words since that
comma speak; the clause's subject is part of what they report. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "speaker", "reported"),
    [
        (
            "Among those released are Daily Courier photographer Ines Varga and former sailor Omar Petit, Hungary's "
            "Counter Terrorism Centre said.",
            "Hungary's Counter Terrorism Centre",
            "Omar Petit",
        ),
        (
            "Among those freed are Evening Post editor Karl Nyberg and retired pilot Sam Okafor, Finland's Security "
            "Intelligence Service said.",
            "Finland's Security Intelligence Service",
            "Sam Okafor",
        ),
        (
            "Among those evacuated are Lakeside Clinic nurse Dana Feld and former ranger Ivo Brandt, Canada's "
            "Wildfire Coordination Centre said.",
            "Canada's Wildfire Coordination Centre",
            "Ivo Brandt",
        ),
    ],
)
def test_the_speaker_after_the_last_comma_speaks_and_the_fronted_clause_keeps_its_subject(
    extract, text: str, speaker: str, reported: str
) -> None:
    x = extract(text)
    [r] = x.by_cue("said")
    assert r.source is not None and r.source.text == speaker
    assert any(reported in part for part in x.content(r))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The bridge will stay closed until Friday, Mayor Ana Ruiz, who chairs the council, said.", "Mayor Ana Ruiz"),
        ("Ana Ruiz, the mayor, said the bridge will stay closed until Friday.", "Ana Ruiz"),
    ],
)
def test_a_reported_clause_with_its_own_subject_leaves_the_speaker_whole(extract, text: str, speaker: str) -> None:
    x = extract(text)
    [r] = x.by_cue("said")
    assert r.source is not None and r.source.text == speaker
