"""A cue the model tags with no content span (a verb whose object or clause it did not mark) takes the
clause or object its verb governs in the parse (``extraction.combine``); a cue that governs none adds no
attribution."""

from __future__ import annotations

from functools import lru_cache

import pytest

from attribution.doc import Document
from attribution.extraction.combine import combine
from attribution.learned.link import Proposal, link


@lru_cache(maxsize=1)
def _engine():  # type: ignore[no-untyped-def]
    from attribution.nlp.spacy_engine import SpacyEngine

    return SpacyEngine()


def parse(text: str) -> Document:
    return next(_engine().annotate([(text, [])]))


def _at(text: str, part: str) -> tuple[int, int]:
    return text.index(part), text.index(part) + len(part)


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        ("The largest union is backing the former governor for the Senate seat.", "The largest union",
         "is backing", "the former governor for the Senate seat"),
        ("The mayor denied that the budget had been cut.", "The mayor", "denied", "that the budget had been cut"),
        ("The plan was first reported by the local radio station.", None, "was first reported", "The plan"),
        ("The governor vowed to veto the bill on Monday.", "The governor", "vowed", "to veto the bill on Monday"),
    ],
)
def test_a_bare_cue_takes_what_its_verb_governs(text: str, source: str | None, cue: str, content: str) -> None:
    doc = parse(text)
    bare = Proposal(_at(text, source) if source else None, _at(text, cue), [], "speech")
    [a] = combine(doc, [], [bare])
    assert a.by == "model"
    assert [text[s:e] for s, e in a.content] == [content]


def test_a_bare_cue_that_governs_nothing_adds_no_attribution() -> None:
    text = "Officials disagreed."
    doc = parse(text)
    assert combine(doc, [], [Proposal(_at(text, "Officials"), _at(text, "disagreed"), [], "speech")]) == []


def test_linking_keeps_a_bare_cue_only_when_asked() -> None:
    spans = [(0, 9, "SOURCE"), (10, 19, "CUE")]
    sents = [(0, 40)]
    assert link(spans, sents) == []
    assert link(spans, sents, bare=True) == [((0, 9), (10, 19), [])]
