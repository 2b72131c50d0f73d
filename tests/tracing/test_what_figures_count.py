"""What a figure counts, read for conflicts (issue 16, item 3): the count its noun is said to be, the
groups its words join, totals of parts, figures given side by side, rounding and a qualifier added along
a chain. Hand-made mentions on sentences written for these tests (no parser needed)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from trace_helpers import fig, mention

from attribution.article import ArticleInput
from attribution.doc import Block, Document
from attribution.tracing import mention_candidates
from attribution.tracing.candidates import NumberFact
from attribution.tracing.conflicts import MentionRecord, counted_kind, kind_of, number_conflicts

FLIGHT = ["~evacuate", "plane", "#harbourair"]
Parse = Callable[[str], Document]


@pytest.mark.parametrize(
    ("text", "figure", "kind", "grouping_kind"),
    [
        # the predicate of the counted noun goes before a participle that only modifies it
        ("at least 17 people evacuated from the ferry were injured", "at least 17", "injured", "displaced"),
        ("40 residents who fled the fire were later killed", "40", "dead", "displaced"),
        ("12 miners trapped underground were seriously injured", "12", "injured", "injured"),
        # no predicate among the count words: the first count word, as before
        ("25 service members were injured in the attack", "25", "injured", "injured"),
        ("30 people injured in the blast", "30", "injured", "injured"),
        ("more than 1,000 families were displaced by the flooding", "more than 1,000", "displaced", "displaced"),
    ],
)
def test_a_figure_counts_what_its_noun_is_said_to_be(text: str, figure: str, kind: str, grouping_kind: str) -> None:
    x = NumberFact(0.0, "", None, figure)
    assert kind_of(text, x) == kind
    assert counted_kind(text, x) == grouping_kind  # grouping reads as before


def _records(*mentions: tuple[str, list[NumberFact]]) -> list[MentionRecord]:
    return [
        MentionRecord(
            article=f"a{k}",
            outlet=f"o{k}",
            outlet_name=f"Outlet {k}",
            cand=mention(text, FLIGHT, numbers=xs),
            chains=[[f"o{k}"]],
            origins=[],
            attribution=None,
        )
        for k, (text, xs) in enumerate(mentions)
    ]


_PARTS = (
    "all 204 passengers and 11 crew on board were evacuated",
    [fig(204, noun="passenger", text="204"), fig(11, noun="crew", text="11")],
)


@pytest.mark.parametrize(
    ("other", "conflict"),
    [
        # the whole: passengers and crew together, 204 + 11
        (("all 215 passengers and crew escaped the burning plane", [fig(215, noun="passenger", text="215")]), False),
        (("all 219 passengers and crew escaped the burning plane", [fig(219, noun="passenger", text="219")]), True),
        # a part: passengers alone
        (("the plane landed with 204 passengers on board", [fig(204, noun="passenger", text="204")]), False),
        (("the plane landed with 209 passengers on board", [fig(209, noun="passenger", text="209")]), True),
    ],
)  # fmt: skip
def test_a_total_and_its_parts_are_compared_with_figures_of_the_same_groups(
    other: tuple[str, list[NumberFact]], conflict: bool
) -> None:
    found = number_conflicts(_records(_PARTS, other), {})
    assert [c.kind for c in found] == (["number"] if conflict else [])


def _pct(value: float, qualifier: str = "", text: str = "") -> NumberFact:
    return NumberFact(value, qualifier, "percent", text or f"{value:g}%")


@pytest.mark.parametrize(
    ("a", "b", "rounded"),
    [
        (_pct(94.9), _pct(95, text="95 percent"), True),
        (_pct(89.6), _pct(90), True),
        (_pct(94.4), _pct(95), False),  # rounds to 94
        (_pct(94.9, "about"), _pct(95), False),  # only unqualified figures
        (_pct(7.0, text="7.0%"), _pct(6.9), False),  # both written with a decimal: two readings
        (fig(1.9e9, noun="usd", text="$1.9 billion"), fig(2e9, noun="usd", text="$2 billion"), False),  # scaled
    ],
)
def test_a_whole_number_may_round_a_figure_with_one_decimal(a: NumberFact, b: NumberFact, rounded: bool) -> None:
    from attribution.tracing.conflicts import rounded as is_rounded

    assert is_rounded(a, b) is rounded
    assert is_rounded(b, a) is rounded


SHARE = ["~control", "search", "market", "#searchco"]


@pytest.mark.parametrize(
    ("texts", "conflict"),
    [
        # two figures given together in each: the first against the first, the second against the second
        ((("it holds 81.3% of searches, rising to 88.7% on phones", [_pct(81.3), _pct(88.7)]),
          ("it holds about 80 percent of searches and 89 percent on phones", [_pct(80, "about"), _pct(89)])), False),
        ((("it holds 81.3% of searches, rising to 88.7% on phones", [_pct(81.3), _pct(88.7)]),
          ("it holds about 80 percent of searches and 86 percent on phones", [_pct(80, "about"), _pct(86)])), True),
        # one figure alone is compared with every figure of the other
        ((("it holds 81.3% of searches, rising to 88.7% on phones", [_pct(81.3), _pct(88.7)]),
          ("it holds 84% of searches", [_pct(84)])), True),
    ],
)  # fmt: skip
def test_figures_given_side_by_side_are_compared_in_their_order(
    texts: tuple[tuple[str, list[NumberFact]], ...], conflict: bool
) -> None:
    records = [
        MentionRecord(
            article=f"a{k}", outlet=f"o{k}", outlet_name=f"Outlet {k}", cand=mention(text, SHARE, numbers=[]),
            chains=[[f"o{k}"]], origins=[], attribution=None,
        )
        for k, (text, _) in enumerate(texts)
    ]  # fmt: skip
    found = number_conflicts(records, {})
    assert [c.kind for c in found] == (["number"] if conflict else [])


@pytest.mark.parametrize(
    ("first", "second", "changed"),
    [
        (fig(49, noun="case", text="49"), fig(49, "at least", "case", "at least 49"), False),  # a qualifier keeping it
        (fig(49, noun="case", text="49"), fig(50, "nearly", "case", "nearly 50"), False),
        (fig(49, noun="case", text="49"), fig(52, noun="case", text="52"), True),
        (fig(1100, "more than", "case", "more than 1,100"), fig(1200, "about", "case", "about 1,200"), True),
    ],
)  # fmt: skip
def test_an_origins_figure_is_changed_only_by_a_form_saying_something_else(
    first: NumberFact, second: NumberFact, changed: bool
) -> None:
    records = [
        MentionRecord(
            article=f"a{k}", outlet=f"o{k}", outlet_name=f"Outlet {k}",
            cand=mention(f"{x.text} cases were reported", ["~report", "case", "#agency"], numbers=[x]),
            chains=[[f"o{k}", "agency"]], origins=["agency"], attribution=f"a{k}:1",
        )
        for k, x in enumerate((first, second))
    ]  # fmt: skip
    found = [c.kind for c in number_conflicts(records, {})]
    assert ("changed-along-chain" in found) is changed


@pytest.mark.parametrize(
    ("text", "said", "kind"),
    [
        ("Officials said 17 people evacuated from the ferry were injured.", "injured", "injured"),
        ("The mayor said 40 residents who fled the fire later died.", "died", "dead"),
        ("Police said the gunmen killed three guards at the depot.", "killed", "dead"),
        ("The agency said 25 were hospitalized after the blast.", "hospitalized", "injured"),
        ("The ferry carried 204 passengers on its last crossing.", "carried", None),  # no count word: the words
    ],
)
def test_the_parse_gives_what_a_counted_noun_is_said_to_be(
    parse: Parse, text: str, said: str, kind: str | None
) -> None:
    art = ArticleInput(id="t.txt", text=text, blocks=[Block(0, len(text), "body")])
    cands = mention_candidates(parse(text), [], art)
    (x,) = [n for m in cands.mentions for n in m.numbers]
    assert x.said == said
    (m,) = [m for m in cands.mentions if x in m.numbers]
    assert kind_of(m.text, x) == kind


def test_a_count_word_the_parse_names_still_joins_the_next_one() -> None:
    x = NumberFact(3000.0, "more than", "troop", "More than 3,000", said="killed")
    assert kind_of("More than 3,000 soldiers had been killed or injured in the fighting", x) == "casualties"
