"""Whether a mention passes on what an unnamed paper found (``MentionCandidate.relayed_paper``, read by rule
``relayed_paper_is_no_second_body``): the subject of its main cue verb is a paper or inquiry noun with no maker named.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from attribution.article import ArticleInput
from attribution.doc import Block, Document
from attribution.tracing import mention_candidates

Parse = Callable[[str], Document]


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        ("A preliminary investigation indicated the ferry left the channel at 30 knots.", "investigation"),
        ("An initial inspection showed the ferry left the channel.", "inspection"),
        ("Preliminary inquiries have revealed that the ferry left the channel.", "inquiry"),
        # a maker named: the paper is its body's, weighed like the body
        ("The agency's investigation found the ferry left the channel.", ""),
        ("A police inquiry found the ferry left the channel.", ""),
        ("An inquiry by the regulator showed the ferry left the channel.", ""),
        # the speaker's own paper: "an internal review found ..., the company said" is the company's
        ("An internal review found the ferry left the channel.", ""),
        # no paper: a person speaks, or the paper is no subject of the cue
        ("The captain said the ferry left the channel.", ""),
        ("The ferry left the channel before the investigation began.", ""),
    ],
)
def test_a_finding_of_an_unnamed_paper_is_read_from_the_parse(parse: Parse, text: str, paper: str) -> None:
    art = ArticleInput(id="t.txt", text=text, blocks=[Block(0, len(text), "body")])
    cands = mention_candidates(parse(text), [], art)
    assert [m.relayed_paper for m in cands.mentions] == [paper]
