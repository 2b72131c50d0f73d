"""Reactions aloud to a thing ("welcomed the decision", "thanked allies for the swap"), on sentences written for
the test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "source", "cue", "content"),
    [
        (
            "The sports ministry welcomed the tribunal's decision.",
            "The sports ministry",
            "welcomed",
            ["the tribunal's decision"],
        ),
        ("Veteran skipper Ola Brandt lambasted the race ruling.", "Veteran skipper Ola Brandt", "lambasted", None),
        (
            "The harbour authority thanked volunteers for their work during the storm.",
            "The harbour authority",
            "thanked",
            ["volunteers for their work"],
        ),
        (
            "Governor Ana Ruiz congratulated the new mayor on her victory.",
            "Governor Ana Ruiz",
            "congratulated",
            ["the new mayor on her victory"],
        ),
        (
            "Opposition leader Mara Vos criticized the ministry for closing rural schools.",
            "Opposition leader Mara Vos",
            "criticized",
            None,
        ),
        ("The fisheries minister condemned the new quotas.", "The fisheries minister", "condemned", None),
    ],
)
def test_a_speaker_reacting_to_a_thing_is_an_attribution(extract, sentence, source, cue, content):
    x = extract(sentence)
    [r] = x.by_cue(cue)
    assert r.source is not None and r.source.text == source
    if content is not None:
        assert x.content(r) == content
    else:
        assert x.content(r) and all(part in sentence for part in x.content(r))


@pytest.mark.parametrize(
    "sentence",
    [
        "A loaded barge slammed into the pier at dawn.",  # no object: a collision, nobody speaks
        "The storm slammed the coast overnight.",  # a storm does not speak
        "Heavy rain welcomed the visitors on Saturday.",
        "The committee welcomed it.",  # a pronoun object names no thing said about
    ],
)
def test_a_reaction_verb_without_a_speaker_or_a_thing_attributes_nothing(extract, sentence):
    x = extract(sentence)
    assert x.raws == []


def test_a_date_after_the_object_is_no_reason_of_the_reaction(extract):
    x = extract("Governor Ana Ruiz congratulated the winners on Saturday.")
    [r] = x.by_cue("congratulated")
    assert x.content(r) == ["the winners"]


def test_a_reaction_is_traced_as_the_speakers_claim_with_its_cue(traced):
    report = traced(
        "Fisheries minister Ana Ruiz welcomed the tribunal's ruling on the quotas.\n\nThe harbour reopens on Monday."
    )
    names = {s.id: s.name for s in report.sources}
    [claim] = [c for c in report.claims if "tribunal" in c.statement]
    # the reaction with its cue; printed with its speaker, since "welcomed the ruling" alone is no sentence
    assert "welcomed the tribunal's ruling" in claim.statement.lower()
    assert [names[o] for o in claim.origins] == ["Ana Ruiz"]
    assert claim.verdict == "single-origin"
