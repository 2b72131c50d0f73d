"""A speech verb of emphasis with a noun-phrase object puts that object forward (content form "emphasis"):
"emphasized her full cooperation with the inquiry" is an attribution, and its claim is read with the cue. A
pronoun object, a subject that cannot speak, or a clause (which keeps its own reading) do not take the form.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from attribution.learned.claims import reaction_claim


@pytest.mark.parametrize(
    ("sentence", "source", "cue", "content"),
    [
        (
            "Mayor Ana Ruiz emphasized her full cooperation with the inquiry.",
            "Mayor Ana Ruiz",
            "emphasized",
            "her full cooperation with the inquiry",
        ),
        ("Senator Tom Hale stressed the need for a slower rollout.", "Senator Tom Hale", "stressed", None),
        ("Coach Ivo Marek reiterated his support for the captain.", "Coach Ivo Marek", "reiterated", None),
    ],
)
def test_an_emphasis_verb_puts_its_noun_object_forward(extract, sentence, source, cue, content) -> None:
    x = extract(sentence)
    [r] = [r for r in x.by_cue(cue) if r.by != "model"]
    assert r.source is not None and r.source.text == source
    assert "emphasis" in r.steps
    if content is not None:
        assert x.content(r) == [content]
    [(start, _end)] = reaction_claim(x.doc, r)
    assert x.text[start:].startswith(cue)  # the claim is read with its cue


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The storm stressed the power grid.", "stressed"),
        ("Asked about the plan, she stressed it.", "stressed"),
    ],
)
def test_no_emphasis_without_a_speaker_or_a_noun_object(extract, sentence, cue) -> None:
    x = extract(sentence)
    assert not [r for r in x.by_cue(cue) if "emphasis" in r.steps]


def test_an_emphasised_clause_before_its_cue_keeps_its_own_claim(extract) -> None:
    sentence = "The cuts will keep the firm competitive, the chief executive emphasized."
    x = extract(sentence)
    [r] = [r for r in x.by_cue("emphasized") if r.by != "model"]
    assert reaction_claim(x.doc, r) == r.content
