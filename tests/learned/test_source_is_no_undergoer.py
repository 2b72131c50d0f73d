"""A model attribution's source is its speaker, never the one the act is done to or seen in: the passive
subject of its cue ("the senator is expected to ..."), the noun its past participle modifies ("a lawyer
known as ..."), or the subject of a seeming verb ("the board appeared to ..."). PolNeAR marks such an
attribution with no source; the tagger's source comes off in the merge (``extraction.combine``, step
``model-source-undergoer``) and the parse's speaker (boundary step ``source-parse``) is not taken there."""

from __future__ import annotations

import pytest
from learned_helpers import at as _at
from learned_helpers import parse_bare as parse

from attribution.extraction.boundaries import conform
from attribution.extraction.combine import UNDERGOER_SOURCE, combine
from attribution.extraction.types import RawAttribution
from attribution.learned.link import Proposal


@pytest.mark.parametrize(
    ("text", "source", "cue", "content", "kept"),
    [
        # the one the act is done to: no source
        (
            "The senator is widely expected to resign before the vote.",
            "The senator",
            "is widely expected",
            "to resign before the vote",
            False,
        ),
        ("The deal was criticized for its cost.", "The deal", "was criticized for", "its cost", False),
        # the one the writer sees it in: no source
        (
            "The board appeared to reject the offer on Friday.",
            "The board",
            "appeared",
            "to reject the offer on Friday",
            False,
        ),
        ("The ministers seem to favour a delay.", "The ministers", "seem", "to favour a delay", False),
        # speakers stay, also the passive subject of a perception verb whose participle is the act
        (
            "The protesters were heard chanting that the vote was rigged.",
            "The protesters",
            "were heard chanting",
            "that the vote was rigged",
            True,
        ),
        ("The senator expects the vote to fail.", "The senator", "expects", "the vote to fail", True),
        ("The board rejected the offer on Friday.", "The board", "rejected", "the offer on Friday", True),
    ],
)
def test_a_model_source_that_undergoes_the_act_comes_off(
    text: str, source: str, cue: str, content: str, kept: bool
) -> None:
    doc = parse(text)
    [a] = combine(doc, [], [Proposal(_at(text, source), _at(text, cue), [_at(text, content)], "speech")])
    assert (a.source is not None) == kept
    assert (UNDERGOER_SOURCE in a.steps) == (not kept)
    if kept:
        assert a.source is not None and a.source.text == source


def _model_raw(text: str, cue: str, content: str) -> RawAttribution:
    return RawAttribution(
        kind="reported-speech", source=None, cue=_at(text, cue), content=[_at(text, content)], sentence=0, by="model"
    )


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        ("A lawyer known as the fixer settled the case.", "known as", "the fixer", None),
        ("The mayor, described as a reformer, won the race.", "described as", "a reformer", None),
        ("The committee seemed to doubt the figures.", "seemed", "to doubt the figures", None),
        # a present participle modifies its speaker; an active verb has its subject
        ("The governor, insisting on the cuts, left the room.", "insisting on", "the cuts", "The governor"),
        ("The committee doubted the figures.", "doubted", "the figures", "The committee"),
    ],
)
def test_the_parse_gives_no_speaker_the_act_is_done_to(text: str, cue: str, content: str, source: str | None) -> None:
    doc = parse(text)
    raw = _model_raw(text, cue, content)
    conform(doc, [raw], ("source-parse", "source-apposition", "source-subtree"))
    assert (raw.source.text if raw.source else None) == source
