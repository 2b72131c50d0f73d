"""A sentence that adds to a named account with "also" goes on with that account's source (rule also-continues):
with no cue of its own when its main verb repeats a word of the account ("also died" after "died"), and an
agentless "were also reported" takes the account's speaker. A new deed, a sentence about the speaker, a pronoun
subject or speaker, a quotation or a second paragraph leave the sentence the writer's own. Sentences written
for these tests."""

from __future__ import annotations

import pytest


def _sources_of(x, words: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.source.text for r in x.raws if r.source is not None and any(words in part for part in x.content(r))]


@pytest.mark.parametrize(
    ("text", "added", "speaker", "step"),
    [
        (
            "Two fishermen died off the cape, the coast guard said. A third man also died in the harbour.",
            "A third man also died",
            "the coast guard",
            "also_continues",
        ),
        (
            "Nine people died in the storm, according to the fire service. Forty homes were also reported damaged.",
            "Forty homes",
            "the fire service",
            "also_reported",
        ),
        (
            "The toll rose to 31, according to the provincial health office.\n\n"
            "Another 80 residents were also reported missing.",
            "Another 80 residents",
            "the provincial health office",
            "also_reported",
        ),
    ],
)
def test_an_also_sentence_goes_on_with_the_account_just_given(
    extract, text: str, added: str, speaker: str, step: str
) -> None:
    x = extract(text)
    assert _sources_of(x, added) == [speaker]
    [raw] = [r for r in x.raws if any(added in part for part in x.content(r))]
    assert step in raw.steps


@pytest.mark.parametrize(
    ("text", "added"),
    [
        # a new deed, not the account's predicate
        (
            "The museum opened its doors to forty events, according to spokesman Tom Reyes. "
            "The museum also waived its entry fee.",
            "waived its entry fee",
        ),
        # the sentence tells what the speaker did
        (
            "Senator Ana Lee said taxes would fall. Lee also cut taxes in her first term.",
            "cut taxes",
        ),
        # a pronoun subject
        (
            "Two fishermen died off the cape, the coast guard said. They also died in the harbour.",
            "They also died",
        ),
        # a pronoun speaker: nobody named
        (
            "Two fishermen died off the cape, she said. A third man also died in the harbour.",
            "A third man also died",
        ),
        # no "also"
        (
            "Two fishermen died off the cape, the coast guard said. A third man died in the harbour.",
            "A third man died",
        ),
        # the account is a clause inside the writer's sentence
        (
            "Ferries stopped and schools closed across the whole northern coast after two fishermen died, "
            "the coast guard said on Tuesday evening in a long statement to the press. A third man also died.",
            "A third man also died",
        ),
        # a new paragraph after a paragraph of several sentences
        (
            "Rain fell all night. Two fishermen died off the cape, the coast guard said.\n\n"
            "A third man also died in the harbour.",
            "A third man also died",
        ),
    ],
)
def test_an_also_sentence_stays_the_writers_without_a_named_account_to_add_to(extract, text: str, added: str) -> None:
    x = extract(text)
    assert not [r for r in x.raws if "also_continues" in r.steps and any(added in p for p in x.content(r))]


def test_an_also_sentence_with_a_quotation_is_left_to_the_quote_rules(extract) -> None:
    x = extract('Two fishermen died off the cape, the coast guard said. A third man also died "in the harbour".')
    assert not [r for r in x.raws if r.rule == "also-continues"]
