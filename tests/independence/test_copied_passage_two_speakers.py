"""One passage copied between two articles that depend on each other has one speaker: when the copies give the
same words to two origins (one copy reads "The company said ..." as the regulator named before it, the other as
the company), the origin each of whose mentions is such a copy counts as the other, with a doubt (rule
``copied_passage_two_speakers``). Words given to two origins by articles that do not depend on each other, or
different words, stay two; two origins carried only by copies of one text are left to the dependence step.
Sentences and names written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from attribution.models import Source
from attribution.tracing.independence import ArticleLinks, Judging, _copied_passage_two_speakers

RECALL = "it is recalling the jars from shops in three states"


def _record(article: str, text: str, origin: str) -> SimpleNamespace:
    return SimpleNamespace(article=article, cand=SimpleNamespace(text=text, start=0, end=len(text)), origins=[origin])


def _ctx(groups: dict[str, int]) -> Judging:
    sources = {
        "regulator": Source(id="regulator", name="Northland Food Safety Agency", kind="government"),
        "brookvale": Source(id="brookvale", name="Brookvale Foods", kind="organization"),
    }
    links = ArticleLinks(group=groups, outlet_name={a: f"Outlet {a}" for a in groups})
    return Judging(sources=sources, names={}, links=links)


@pytest.mark.parametrize(
    ("groups", "regulator_says", "joined"),
    [
        ({"a1": 0, "a2": 0, "a3": 1}, RECALL, True),  # a1 and a2 are copies: one passage, one speaker
        ({"a1": 0, "a2": 1, "a3": 2}, RECALL, False),  # no copies: two articles may quote two speakers alike
        ({"a1": 0, "a2": 0, "a3": 1}, "twelve people fell ill after eating the jam", False),  # other words
        ({"a1": 0, "a2": 0, "a3": 0}, RECALL, False),  # only copies of one text: the dependence step counts them once
    ],
)
def test_one_copied_passage_has_one_speaker(groups: dict[str, int], regulator_says: str, joined: bool) -> None:
    records = [
        _record("a1", regulator_says, "regulator"),
        _record("a2", RECALL, "brookvale"),
        _record("a3", RECALL, "brookvale"),
    ]
    ctx = _ctx(groups)
    out = _copied_passage_two_speakers(records, ["brookvale", "regulator"], ctx)
    assert (out == {"regulator": "brookvale"}) is joined
    assert any("one passage has one speaker" in line for line in ctx.doubts) is joined
