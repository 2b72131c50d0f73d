"""A figure of no known count word counts its noun ("36 ports" / "14 ports"): two claims giving two such figures of
one noun name each other's figure (rule ``thing_counted``, issue 16 item 3), on sentences written for these tests."""

from __future__ import annotations

import pytest
from trace_helpers import fig, mention

from attribution.tracing.candidates import NumberFact
from attribution.tracing.conflicts import MentionRecord
from attribution.tracing.rivals import Count, figures_rival, rival_pairs, single_counts, thing_counted


@pytest.mark.parametrize(
    ("noun", "kind"),
    [
        ("port", "port"),
        ("school", "school"),
        ("kilometre", None),  # a unit of measure
        ("person", None),  # people in general: of what?
        ("usd", None),  # a sum is counted by its currency
        (None, None),
    ],
)
def test_the_counted_noun_alone_names_what_a_figure_counts(noun: str | None, kind: str | None) -> None:
    assert thing_counted(NumberFact(12.0, "", noun, "12")) == kind


@pytest.mark.parametrize(
    ("text", "numbers", "kinds"),
    [
        ("the walkout shut 31 terminals along the coast", [fig(31, noun="terminal", text="31")], {"terminal": 31.0}),
        # a count word still says what is counted
        ("40 villagers were killed", [fig(40, noun="villager", text="40")], {"dead": 40.0}),
        # two figures of one noun in one mention give none
        ("12 schools closed in the north and 9 schools in the south",
         [fig(12, noun="school", text="12"), fig(9, noun="school", text="9")], {}),
    ],
)  # fmt: skip
def test_a_mention_counts_a_noun_when_no_count_word_is_given(text: str, numbers: list[NumberFact],
                                                             kinds: dict[str, float]) -> None:  # fmt: skip
    assert {c.kind: c.fig.value for c in single_counts(text, numbers)} == kinds


def _n(value: float, noun: str, said: str | None = None) -> Count:
    return Count(noun, NumberFact(value, "", noun, "", said=said), by_noun=True)


@pytest.mark.parametrize(
    ("a", "b", "rival"),
    [
        (_n(36, "port", "affects"), _n(14, "port"), True),  # a noun names a group of its own: however far apart
        (_n(36, "port", "affects"), _n(36, "port"), False),  # the same figure
        # what is said of the noun differs: two counts ("damaged" / "burnt down")
        (_n(14000, "home", "damaged"), _n(3000, "home", "burnt"), False),
        (_n(14000, "home", "damaged"), _n(9000, "home", "damaged"), True),
    ],
)
def test_two_counts_of_one_noun_are_rivals_unless_different_things_are_said_of_it(a: Count, b: Count,
                                                                                   rival: bool) -> None:  # fmt: skip
    assert figures_rival(a, b) is rival
    assert figures_rival(b, a) is rival


def _claims(texts: list[tuple[str, NumberFact, list[str]]]) -> list[list[MentionRecord]]:
    claims = []
    for k, (text, x, lemmas) in enumerate(texts):
        rec = MentionRecord(article=f"a{k}", outlet=f"o{k}", outlet_name=f"Outlet {k}",
                            cand=mention(text, lemmas, numbers=[x]), chains=[[f"o{k}"]], origins=[],
                            attribution=None)  # fmt: skip
        claims.append([rec])
    return claims


def test_claims_giving_two_counts_of_one_noun_name_each_other() -> None:
    claims = _claims([
        ("The walkout shut 31 terminals along the northern coast.", fig(31, noun="terminal", text="31"),
         ["~shut", "walkout", "terminal", "coast", "northern"]),
        ("The walkout has shut 18 terminals on the northern coast.", fig(18, noun="terminal", text="18"),
         ["~shut", "walkout", "terminal", "coast", "northern"]),
    ])  # fmt: skip
    found = rival_pairs(claims)
    assert [(p.kind, p.fig_a.value, p.fig_b.value, p.by_noun) for p in found] == [("terminal", 31, 18, True)]


def test_counts_of_one_noun_sharing_nothing_else_are_not_compared() -> None:
    claims = _claims([
        ("The walkout shut 31 terminals along the northern coast.", fig(31, noun="terminal", text="31"),
         ["~shut", "walkout", "terminal", "coast", "northern"]),
        ("The airline opened 18 terminals in its new hub last year.", fig(18, noun="terminal", text="18"),
         ["~open", "airline", "terminal", "hub", "year"]),
    ])  # fmt: skip
    assert rival_pairs(claims) == []


def test_counts_of_one_noun_sharing_only_the_noun_are_not_compared() -> None:
    # the noun is what both figures count, part of the figure: it does not make two mentions say one thing
    claims = _claims([
        ("180 patients", fig(180, noun="patient", text="180"), ["patient"]),
        ("swabs from four patients", fig(4, noun="patient", text="four"), ["patient", "swab", "sample"]),
    ])  # fmt: skip
    assert rival_pairs(claims) == []
