"""A figure a count moved away from is not what the mention states (rule ``figure_left_behind``): "the toll was
revised down from 40" gives 40 only as the figure left behind, so it confirms nobody who says 40 died. Sentences
and names written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from trace_helpers import fig, mention, src

from attribution.article import ArticleInput
from attribution.doc import Block, Document
from attribution.lang.en import independence as lx
from attribution.tracing import mention_candidates
from attribution.tracing.conflicts import MentionRecord
from attribution.tracing.independence import ArticleLinks, assess

Parse = Callable[[str], Document]


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("The toll was revised down from 152 after some victims were counted twice.", [True]),
        ("By Tuesday 171 people had died, up from 152 on Monday.", [False, True]),
        ("The number of dead rose from 152 to 171 overnight.", [True, False]),
        ("The union now seeks 20 new posts, down from the 35 it asked for in March.", [False, True]),
        # a range, a place and a plain count: nothing left behind
        ("Crowds ranging from 300 to 900 people gathered in the square.", [False, False]),
        ("Forty people were flown from 3 islands to the mainland.", [False, False]),
        ("At least 152 people died in the floods.", [False]),
    ],
)
def test_a_figure_a_count_moved_away_from_is_left_behind(parse: Parse, text: str, left: list[bool]) -> None:
    art = ArticleInput(id="t.txt", text=text, blocks=[Block(0, len(text), "body")])
    cands = mention_candidates(parse(text), [], art)
    assert [n.left_behind for m in cands.mentions for n in m.numbers] == left


DEAD = ["~die"]


def _record(
    article: str, origin: str, text: str, lemmas: list[str], figures: list[tuple[float, bool]]
) -> MentionRecord:
    cand = mention(text, lemmas, numbers=[fig(v, noun="person", text=f"{v:.0f}") for v, _left in figures])
    for x, (_v, left) in zip(cand.numbers, figures, strict=True):
        x.left_behind = left
    return MentionRecord(article, f"outlet-{article}", article, cand, [[f"outlet-{article}", origin]], [origin], None)


@pytest.mark.parametrize(
    ("governor_says", "figures", "confirmed"),
    [
        # the governor says the 152 was wrong: the operator's 152 is not confirmed by it
        ("the toll was revised down from 152 after some victims were counted twice", [(152, True)], False),
        ("the toll was revised down from 152 to 140", [(152, True), (140, False)], False),
        # the governor gives a figure of the count: two bodies give a figure for one toll
        ("the toll stands at 152 after some victims were counted twice", [(152, False)], True),
        ("the toll rose to 160, up from 140", [(160, False), (140, True)], True),
    ],
)
def test_a_figure_left_behind_confirms_nothing(
    governor_says: str, figures: list[tuple[float, bool]], confirmed: bool
) -> None:
    sources = {
        "governor": src("governor", "Maria Okafor"),
        "operator": src("operator", "Northern Ferry Company", "organization"),
    }
    records = [
        _record("a", "governor", governor_says, [*DEAD, "toll", "revise", "count"], figures),
        _record("b", "operator", "so far 152 people have died", DEAD, [(152, False)]),
    ]
    links = ArticleLinks(group={"a": 0, "b": 1}, outlet_name={"a": "Outlet A", "b": "Outlet B"})
    found = assess(records, ["governor", "operator"], sources, {}, links)
    lines = {
        lx.FIGURE_LEFT_BEHIND.format(a="Maria Okafor", b="Northern Ferry Company"),
        lx.FIGURE_LEFT_BEHIND.format(a="Northern Ferry Company", b="Maria Okafor"),
    }
    if confirmed:
        assert found.verdict == "independently-confirmed", found.independence
    else:
        assert found.verdict == "single-origin", found.independence
        assert lines & set(found.independence.doubts)
