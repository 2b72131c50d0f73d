"""A round figure given plain is the same figure qualified; a qualifier may stand before an article; one count
of one claim's people is compared however far its versions lie apart (issue 16, item 3), on sentences written
for the test (hand-made mentions, no parser needed)."""

from __future__ import annotations

import pytest
from trace_helpers import fig, mention

from attribution.tracing.candidates import NumberFact
from attribution.tracing.conflicts import MentionRecord, compatible, number_conflicts
from attribution.tracing.counts import percentages

WORDS = ["volcano", "eruption", "climber", "#marapi"]


def _f(value: float, qualifier: str = "") -> NumberFact:
    return NumberFact(value=value, qualifier=qualifier, noun=None, text="")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (_f(3000), _f(3000, "nearly"), True),  # "3,000 metres" is "nearly 3,000 metres" rounded
        (_f(2900), _f(2900, "nearly"), True),
        (_f(50), _f(50, "nearly"), True),
        (_f(500), _f(500, "less than"), True),
        (_f(3000), _f(3000, "more than"), True),
        (_f(49), _f(49, "more than"), False),  # not round: 49 is exact, "more than 49" is not it
        (_f(49), _f(49, "nearly"), False),
        (_f(3000, "more than"), _f(3000, "nearly"), False),  # two qualified forms still exclude each other
        (_f(3000), _f(2900, "nearly"), False),  # another value
        (_f(10000), _f(12000), False),
    ],
)
def test_a_round_figure_given_plain_agrees_with_the_same_figure_qualified(
    a: NumberFact, b: NumberFact, expected: bool
) -> None:
    assert compatible(a, b) is expected
    assert compatible(b, a) is expected


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("the alliance proposed almost a 50% wage increase", "nearly"),
        ("the company offered more than a 20% raise", "more than"),
        ("the company offered a 20% raise", ""),
        ("it proposed an 8% increase", ""),
    ],
)
def test_a_qualifier_reads_across_an_article_before_its_percentage(text: str, qualifier: str) -> None:
    (x,) = percentages(text)
    assert x.qualifier == qualifier


def _records(*mentions: tuple[str, list[NumberFact]], origin: str = "") -> list[MentionRecord]:
    return [
        MentionRecord(
            article=f"a{k}",
            outlet=f"o{k}",
            outlet_name=f"Outlet {k}",
            cand=mention(text, WORDS, numbers=xs),
            chains=[[f"o{k}", origin] if origin else [f"o{k}"]],
            origins=[origin] if origin else [],
            attribution=0 if origin else None,
        )
        for k, (text, xs) in enumerate(mentions)
    ]


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        # a round height and the same height qualified: one figure
        (("the volcano spewed ash 3,000 meters high", [fig(3000, noun="meter", text="3,000")]),
         ("the volcano spewed ash nearly 3,000 meters high", [fig(3000, "nearly", "meter", "nearly 3,000")]), []),
        # an exact count and a count above it: two figures
        (("49 people were sickened", [fig(49, noun="person", text="49")]),
         ("more than 49 people were sickened", [fig(49, "more than", "person", "more than 49")]),
         ["number", "changed-along-chain"]),
        # one origin's percentage, plain in one copy and "almost a" in another: not changed along the chain
        (("the alliance said it had proposed a 50% wage increase", []),
         ("the alliance said it had proposed almost a 50% wage increase", []), []),
        # one origin's percentage changed: 50% in one copy, 40% in the other
        (("the alliance said it had proposed a 50% wage increase", []),
         ("the alliance said it had proposed a 40% wage increase", []), ["number", "changed-along-chain"]),
    ],
)  # fmt: skip
def test_a_figure_and_its_rounding_are_no_conflict_nor_a_change_along_the_chain(
    first: tuple[str, list[NumberFact]], second: tuple[str, list[NumberFact]], kinds: list[str]
) -> None:
    found = number_conflicts(_records(first, second, origin="alliance"), {})
    assert [c.kind for c in found] == kinds


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # one count of the same people, far apart: a disagreement however large the gap
        (("12 climbers were still missing", fig(12, noun="climber", text="12")),
         ("rescuers searched for 22 climbers still missing", fig(22, noun="climber", text="22")), True),
        # different things counted: never compared
        (("12 climbers were still missing", fig(12, noun="climber", text="12")),
         ("rescuers saved 22 climbers", fig(22, noun="climber", text="22")), False),
        # no count word: the noun alone names one count (rule ``one_noun_one_count``, round fifteen), unless the two
        # mentions place it differently (a part: "from the north face")
        (("12 climbers set out", fig(12, noun="climber", text="12")),
         ("22 climbers set out", fig(22, noun="climber", text="22")), True),
    ],
)  # fmt: skip
def test_one_count_of_one_claim_is_compared_however_far_apart(
    first: tuple[str, NumberFact], second: tuple[str, NumberFact], conflict: bool
) -> None:
    found = number_conflicts(_records((first[0], [first[1]]), (second[0], [second[1]])), {})
    assert [c.kind for c in found] == (["number"] if conflict else [])
