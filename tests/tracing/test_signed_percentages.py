"""A percentage keeps its sign (``counts.percentages``): "minus 0.1 percent", "negative 0.1%", "-0.1%" and "\u22120.1%"
are -0.1, another figure than 0.1, for the conflicts (a lost minus sign is a changed figure) and for grouping (rule
``percentages-disagree``: -3% and 3% are six points apart). A dash between two figures ("58-60 percent", "0%-0.1%")
still joins a range, a "+/-" writes a margin, and a range keeps the signs of its ends ("between minus 0.1 and 0
percent"). Sentences written for the reading."""

from __future__ import annotations

import pytest
from trace_helpers import Art, mention, run, src

from attribution.tracing.candidates import NumberFact
from attribution.tracing.cluster import cluster_mentions, percent_relation
from attribution.tracing.counts import figures_compatible, percentages, range_ends


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("the deposit rate stood at minus 0.5 percent for years", [(-0.5, "", "minus 0.5 percent")]),
        ("Ardania kept a negative 0.25% policy rate", [(-0.25, "", "negative 0.25%")]),
        ("output shrank, growth coming in at -1.2% in the quarter", [(-1.2, "", "-1.2%")]),
        ("output growth came in at \u22121.2 per cent", [(-1.2, "", "\u22121.2 per cent")]),
        ("the fund returned more than minus 3 percent", [(-3.0, "more than", "minus 3 percent")]),
        ("the deposit rate stood at 0.5 percent", [(0.5, "", "0.5 percent")]),  # no sign: positive
        ("the poll has a margin of error of +/-2.5%", [(2.5, "", "2.5%")]),  # a margin, not a negative figure
        ("the board cut the rate from 0.25% to -0.1% on Monday", [(0.25, "", "0.25%"), (-0.1, "", "-0.1%")]),
    ],
)
def test_a_minus_word_or_sign_right_before_a_percentage_makes_it_negative(
    text: str, figures: list[tuple[float, str, str]]
) -> None:
    assert [(x.value, x.qualifier, x.text) for x in percentages(text)] == figures


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("the rate is to stay between minus 0.1 and 0 percent", (-0.1, 0.0)),
        ("the rate is to stay between -0.1% and 0%", (-0.1, 0.0)),
        ("forecasts ran from -0.5 to 0.5 percent", (-0.5, 0.5)),
        ("forecasts ran between minus 2 and minus 1 percent", (-2.0, -1.0)),
        ("the rate was set in a band of 0%-0.1%", (0.0, 0.1)),  # a dash after a percent sign joins
        ("the mayor took 58-60 percent of the vote", (58.0, 60.0)),  # a dash between figures joins
        ("the mayor took 58 - 60 percent of the vote", (58.0, 60.0)),
    ],
)
def test_a_range_keeps_the_signs_of_its_ends_and_a_dash_between_figures_joins_them(
    text: str, ends: tuple[float, float]
) -> None:
    (x,) = percentages(text)
    assert x.qualifier == "between"
    assert range_ends(x) == ends


def _pct(text: str) -> NumberFact:
    (x,) = percentages(text)
    return x


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        ("minus 0.1 percent", "0.1 percent", False),
        ("-0.1%", "minus 0.1 per cent", True),
        ("negative 0.1%", "\u22120.1%", True),
        ("between minus 0.1 and 0 percent", "-0.05%", True),
        ("between minus 0.1 and 0 percent", "0.1%", False),
    ],
)
def test_a_negative_percentage_and_its_positive_are_different_figures(a: str, b: str, compatible: bool) -> None:
    assert figures_compatible(_pct(a), _pct(b)) is compatible
    assert figures_compatible(_pct(b), _pct(a)) is compatible


RATE = ["~keep", "rate", "deposit", "bank", "#ardania"]


def _rate_conflicts(*said: str) -> list[str]:
    arts = []
    for k, text in enumerate(said):
        art = Art(f"a{k}", f"Outlet {k}")
        art.mentions.append(mention(text, RATE, attributions=[art.attribute("bank")]))
        arts.append(art)
    claims, _ = run(arts, [src("bank", "Ardania Central Bank", "organization")])
    assert len(claims) == 1  # within the points of rule ``percentages-disagree``: one figure, changed on its way
    return [c.description for c in claims[0].conflicts if c.kind == "number"]


def test_a_lost_minus_sign_is_a_conflict_of_one_claim() -> None:
    found = _rate_conflicts("the Ardania bank kept its rate at minus 0.5 percent", "the bank kept its rate at 0.5%")
    assert found == ["The outlets give different figures for the percentage: -0.5% (Outlet 0) / 0.5% (Outlet 1)."]


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("minus 0.5 percent", "minus 0.6 percent", True),  # as 0.5% and 0.6%: versions of one figure that differ
        ("minus 0.5 percent", "0 percent", False),  # as 0.5% and 0%: never near by a ratio
        ("minus 1.5 percent", "minus 0.5 percent", False),  # as 1.5% and 0.5%: too far apart to be one figure
    ],
)
def test_negative_percentages_are_versions_of_one_figure_by_their_magnitude(a: str, b: str, conflict: bool) -> None:
    found = _rate_conflicts(f"the Ardania bank kept its deposit rate at {a}", f"the bank kept its deposit rate at {b}")
    assert bool(found) is conflict


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("growth was minus 3 percent", "growth was 3 percent", -1),  # six points apart
        ("growth was -3%", "growth was minus 3.4 per cent", 1),
        ("the rate was minus 0.1 percent", "the rate was 0.1 percent", 1),  # within the points: one figure changed
    ],
)
def test_percentages_of_opposite_signs_are_compared_by_their_distance(a: str, b: str, relation: int) -> None:
    assert percent_relation(percentages(a), percentages(b)) == relation


SHARED = ["growth", "economy", "quarter", "#ardania", "output"]


def test_mentions_of_a_negative_and_a_positive_percentage_far_apart_stay_apart() -> None:
    groups = cluster_mentions(
        [
            mention("Ardania's economy grew minus 3 percent in the quarter", SHARED, start=0),
            mention("Ardania's economy grew 3 percent in the quarter", SHARED, start=1),
        ]
    )
    assert groups == [[0], [1]]
