"""What a figure counts, read for conflicts (issue 16, item 3): the count its noun is said to be, the
groups its words join, totals of parts, figures given side by side, rounding and a qualifier added along
a chain. Hand-made mentions on sentences written for these tests (no parser needed)."""

from __future__ import annotations

import pytest
from trace_helpers import fig, mention

from attribution.tracing.candidates import NumberFact
from attribution.tracing.conflicts import MentionRecord, counted_kind, kind_of, number_conflicts

FLIGHT = ["~evacuate", "plane", "#harbourair"]


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

