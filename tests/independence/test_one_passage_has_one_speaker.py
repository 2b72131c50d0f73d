"""One passage has one speaker (rule ``one_passage_in_two_articles``, which folds round ten's
``copied_passage_two_speakers`` into it): an origin each of whose mentions is, word for word, a passage another article
gives to one other origin counts as that origin, with a doubt saying why the two are one passage: the articles are
copies of one text (one dependence group, the whole mention alike; the other origin must also come through another
group, else the dependence step counts them once), or a run of fifteen words is shared and the speaker is written alike
or only as a pronoun or description. Words given to two named speakers by articles that do not depend on each other,
or different words, stay two. Sentences and names written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from attribution.lang.en import independence as lx
from attribution.models import Source
from attribution.tracing.independence import ArticleLinks, Judging, _one_passage_in_two_articles

RECALL = "it is recalling the jars from shops in three states"
LONG_RECALL = "it is recalling every jar of the plum jam from shops and market stalls in the three northern states"


def _record(article: str, text: str, origin: str, written: str) -> SimpleNamespace:
    return SimpleNamespace(
        article=article, cand=SimpleNamespace(text=text, start=0, end=len(text)), origins=[origin], written=(written,)
    )


def _ctx(groups: dict[str, int]) -> Judging:
    sources = {
        "regulator": Source(id="regulator", name="Northland Food Safety Agency", kind="government"),
        "brookvale": Source(id="brookvale", name="Brookvale Foods", kind="organization"),
    }
    links = ArticleLinks(group=groups, outlet_name={a: f"Outlet {a}" for a in groups})
    return Judging(sources=sources, names={}, links=links)


@pytest.mark.parametrize(
    ("groups", "regulator_says", "written", "how"),
    [
        # a1 and a2 are copies: one passage, one speaker, however the copies write it
        ({"a1": 0, "a2": 0, "a3": 1}, RECALL, "Northland Food Safety Agency", lx.PASSAGE_COPIES),
        # no copies, a short passage: two articles may quote two speakers alike
        ({"a1": 0, "a2": 1, "a3": 2}, RECALL, "Northland Food Safety Agency", None),
        # copies, other words
        ({"a1": 0, "a2": 0, "a3": 1}, "twelve people fell ill after eating the jam", "the agency", None),
        # only copies of one text: the dependence step counts them once
        ({"a1": 0, "a2": 0, "a3": 0}, RECALL, "Northland Food Safety Agency", None),
        # no copies, a long passage whose speaker one article writes only as a description: one passage
        ({"a1": 0, "a2": 1, "a3": 2}, LONG_RECALL, "The company", lx.PASSAGE_WRITTEN_ALIKE),
        # no copies, a long passage given to two speakers both articles name: left to the other steps
        ({"a1": 0, "a2": 1, "a3": 2}, LONG_RECALL, "Northland Food Safety Agency", None),
    ],
)
def test_one_passage_has_one_speaker(
    groups: dict[str, int], regulator_says: str, written: str, how: str | None
) -> None:
    company_says = LONG_RECALL if regulator_says == LONG_RECALL else RECALL
    records = [
        _record("a1", regulator_says, "regulator", written),
        _record("a2", company_says, "brookvale", "Brookvale Foods"),
        _record("a3", company_says, "brookvale", "Brookvale Foods"),
    ]
    ctx = _ctx(groups)
    out = _one_passage_in_two_articles(records, ["brookvale", "regulator"], ctx)
    assert (out == {"regulator": "brookvale"}) is (how is not None)
    if how is None:
        assert not ctx.doubts
    else:
        line = lx.ONE_PASSAGE_TWO_ARTICLES.format(a="Northland Food Safety Agency", b="Brookvale Foods", how=how)
        assert ctx.doubts == [line]
        assert "rule one_passage_in_two_articles" in line
