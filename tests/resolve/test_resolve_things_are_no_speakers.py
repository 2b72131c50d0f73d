"""A "source" phrase that names a thing, a quality, a need, a time or a bare count is no one who spoke
(sieve ``thing_not_speaker``): the phrase names no source, so the chain ends at the link before it. A count
of people ("thousands of residents") and a name stay sources."""

from __future__ import annotations

import pytest
from resolve_helpers import mention, parse, raw

from attribution.article import ArticleInput
from attribution.resolve import resolve_article


def _source_of(text: str, phrase: str, cue: str) -> str | None:
    doc = parse(text)
    res = resolve_article(doc, [raw(doc, mention(doc, phrase), cue)], ArticleInput(id="a", text=text))
    idx = res.attribution_sources[0]
    return None if idx is None else res.sources[idx].name


@pytest.mark.parametrize(
    ("text", "phrase", "cue"),
    [
        ("The rider gave a sample in March, which revealed traces of a banned drug.", "March", "revealed"),
        ("Thousands also marched on the palace, chanting that the king must go.", "Thousands", "chanting"),
        ("The mayor stressed the need to fix the roads, stating that the town had waited.", "the need", "stating"),
        (
            "The size of the company was part of the case, showing the firm had grown.",
            "The size of the company",
            "showing",
        ),
        ("The extensive repair efforts, we believe, will take a year.", "The extensive repair efforts", "believe"),
    ],
)
def test_a_phrase_that_names_a_thing_names_no_source(text: str, phrase: str, cue: str) -> None:
    assert _source_of(text, phrase, cue) is None


@pytest.mark.parametrize(
    ("text", "phrase", "cue", "name"),
    [
        ("Thousands of residents said the water was brown.", "Thousands of residents", "said", "Thousands"),
        ("The harbour master said the quay was closed.", "The harbour master", "said", "the harbour master"),
        ("The Size Review Board said the plan was sound.", "The Size Review Board", "said", "Size Review Board"),
        ("The Harlow Times said the mayor resigned.", "The Harlow Times", "said", "Harlow Times"),
        ("The Dorval Hundreds said the mayor resigned.", "The Dorval Hundreds", "said", "Dorval Hundreds"),
    ],
)
def test_people_and_named_bodies_stay_sources(text: str, phrase: str, cue: str, name: str) -> None:
    # (a count of people keeps the name the resolver gives it: "Thousands")
    assert (_source_of(text, phrase, cue) or "").lower() == name.lower()
