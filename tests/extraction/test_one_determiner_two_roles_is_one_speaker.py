"""Two singular roles under one determiner describe one person ("the climate scientist and former mayor
said"): one speaker, not two; a determiner for each role, or plural nouns, still make two speakers."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The climate scientist and former Lima city mayor said her rivals had called her.",
         "The climate scientist and former Lima city mayor"),
        ("The minister and mayor said the bridge was safe.", "The minister and mayor"),
        ("The veteran striker and club captain said the team would fight on.",
         "The veteran striker and club captain"),
    ],
)  # fmt: skip
def test_two_roles_under_one_determiner_are_one_speaker(extract, text: str, speaker: str) -> None:
    x = extract(text)
    [r] = x.by_cue("said")
    assert r.source is not None and r.source.text == speaker


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("The minister and the mayor said the bridge was safe.", {"The minister", "the mayor"}),
        ("Police and firefighters said the bridge was safe.", {"Police", "firefighters"}),
    ],
)
def test_a_determiner_each_or_plural_nouns_stay_two_speakers(extract, text: str, speakers: set[str]) -> None:
    x = extract(text)
    raws = x.by_cue("said")
    assert {r.source.text for r in raws if r.source is not None} == speakers
