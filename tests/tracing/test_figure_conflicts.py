"""Figure conflicts compared by what they count and by the interval a qualifier allows (issue 16), on
hand-made mentions (no parser needed)."""

from __future__ import annotations

import pytest
from trace_helpers import Art, fig, mention, run

from attribution.tracing.candidates import NumberFact
from attribution.tracing.conflicts import MentionRecord, counted_kind, figures_compatible, number_conflicts

QUAKE = ["~casualty", "@philippines", "quake", "#cebu"]


def _f(value: float, qualifier: str = "") -> NumberFact:
    return NumberFact(value=value, qualifier=qualifier, noun=None, text="")


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        (_f(1000, "more than"), _f(1200, "about"), True),  # both can be true of one count
        (_f(10000), _f(12000), False),
        (_f(10000), _f(10000), True),
        (_f(3000, "more than"), _f(3000, "nearly"), False),  # above 3,000 and below it
        (_f(3000, "at least"), _f(3000), True),
        (_f(34, "at least"), _f(25), False),
        (_f(150, "more than"), _f(186), True),
        (_f(12000, "about"), _f(11000, "more than"), True),
        (_f(10000, "more than"), _f(11000, "more than"), False),  # one form, two values: two figures as reported
        (_f(500, "up to"), _f(450), True),
        (_f(500, "less than"), _f(500), False),
        (_f(1000, "nearly"), _f(950), True),
        (_f(1000, "nearly"), _f(800), False),
        (_f(1200, "about"), _f(1500), False),
    ],
)
def test_two_figures_are_compatible_when_both_can_be_true(a: NumberFact, b: NumberFact, compatible: bool) -> None:
    assert figures_compatible(a, b) is compatible
    assert figures_compatible(b, a) is compatible


@pytest.mark.parametrize(
    ("text", "figure", "kind"),
    [
        ("at least 69 people were killed in the quake", "at least 69", "dead"),
        ("25 service members were injured in the attack", "25", "injured"),
        ("more than 3,000 soldiers had been killed or injured", "more than 3,000", "casualties"),
        ("the death toll rose to 72", "72", "dead"),
        ("more than 1,000 families were displaced by the flooding", "more than 1,000", "displaced"),
        ("75 people were sickened in 13 states", "75", "affected"),
        ("12 people were arrested after the protest", "12", "arrested"),
        ("3,000 troops were deployed to the border", "3,000", None),
        ("7 killed and 20 injured", "20", "injured"),  # the next figure's words are its own
        ("the number killed or wounded at more than 3,000", "more than 3,000", "casualties"),
        ("more than 3,000 North Korean troops have reportedly been killed or injured", "more than 3,000", "casualties"),
        ("the number of killed or wounded North Koreans at 1,000", "1,000", "casualties"),
        ("1,100, of which only 100 were confirmed dead", "1,100", None),  # the words after 100 count 100
    ],
)
def test_a_figure_counts_what_the_words_around_it_say(text: str, figure: str, kind: str | None) -> None:
    assert counted_kind(text, NumberFact(0.0, "", None, figure)) == kind


def _records(*mentions: tuple[str, NumberFact]) -> list[MentionRecord]:
    return [
        MentionRecord(
            article=f"a{k}",
            outlet=f"o{k}",
            outlet_name=f"Outlet {k}",
            cand=mention(text, QUAKE, numbers=[x]),
            chains=[[f"o{k}"]],
            origins=[],
            attribution=None,
        )
        for k, (text, x) in enumerate(mentions)
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("69 people were killed", fig(69, noun="person", text="69")),
         ("60 people were injured", fig(60, noun="person", text="60"))),
        (("15 people were killed", fig(15, noun="person", text="15")),
         ("20 people were missing", fig(20, noun="person", text="20"))),
        (("1,200 were injured", fig(1200, noun=None, text="1,200")),
         ("1,500 were evacuated", fig(1500, noun=None, text="1,500"))),
    ],
)  # fmt: skip
def test_figures_of_different_counted_things_are_no_conflict(
    first: tuple[str, NumberFact], second: tuple[str, NumberFact]
) -> None:
    assert number_conflicts(_records(first, second), {}) == []


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        (("more than 1,000 people were killed", fig(1000, "more than", "person", "more than 1,000")),
         ("about 1,200 people were killed", fig(1200, "about", "person", "about 1,200")), False),
        (("10,000 troops were deployed", fig(10000, text="10,000")),
         ("12,000 troops were deployed", fig(12000, text="12,000")), True),
        (("7 people were killed", fig(7, noun="person", text="7")),
         ("9 people were killed", fig(9, noun="person", text="9")), True),  # small, but what it counts is known
        (("25 were injured", fig(25, noun=None, text="25")),
         ("at least 34 were injured", fig(34, "at least", None, "at least 34")), True),
    ],
)  # fmt: skip
def test_figures_of_one_count_conflict_only_when_both_cannot_be_true(
    first: tuple[str, NumberFact], second: tuple[str, NumberFact], conflict: bool
) -> None:
    found = number_conflicts(_records(first, second), {})
    assert [c.kind for c in found] == (["number"] if conflict else [])


def test_a_figure_conflict_names_each_side_by_its_mention_and_chain() -> None:
    a = Art("a", "Outlet A")
    a.mentions.append(mention("10,000 troops were deployed", QUAKE, numbers=[fig(10000, text="10,000")]))
    b = Art("b", "Outlet B")
    b.mentions.append(mention("12,000 troops were deployed", QUAKE, numbers=[fig(12000, text="12,000")]))
    claims, _ = run([a, b])
    (claim,) = claims
    (conflict,) = [c for c in claim.conflicts if c.kind == "number"]
    by_article = {v["article"]: v for v in conflict.values}
    for k, m in enumerate(claim.mentions):
        value = by_article[m.article]
        assert value["mention"] == k
        assert (value["start"], value["end"]) == (m.start, m.end)
        assert value["chain"] == m.chains[0]
        assert value["counts"] == "troop"


def test_a_figure_conflict_says_what_its_figures_count() -> None:
    records = _records(
        ("25 service members were injured", fig(25, noun="troop", text="25")),
        ("at least 34 service members were injured", fig(34, "at least", "troop", "at least 34")),
    )
    (conflict,) = number_conflicts(records, {})
    assert conflict.description.startswith("The outlets give different figures for the injured: ")
