"""A figure given for one named place, compared across claims (issue 16, item 3): "cases reported in Ardmore (27)"
/ "Ardmore has the most cases, 26" disagree; on sentences written for these tests."""

from __future__ import annotations

import pytest
from trace_helpers import Art, mention, run

from attribution.tracing.candidates import NumberFact
from attribution.tracing.place_counts import PlaceCount, place_counts, place_counts_conflict

PLACES = [("#ardmore", "GPE"), ("#bellport", "GPE"), ("#health agency", "ORG")]


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("most of the 61 cases were reported in Ardmore (27) and Bellport (nine)",
         {"#ardmore": 27.0, "#bellport": 9.0}),
        ("Ardmore has the most cases, 26, followed by Bellport with nine.", {"#ardmore": 26.0, "#bellport": 9.0}),
        ("Ardmore reported more than 1,200 cases", {"#ardmore": 1200.0}),
        # nothing counted: no kind of thing the figure counts
        ("Ardmore (27) and Bellport (nine) voted first.", {}),
        # a figure before the place, or past another place, is not the place's
        ("27 cases in Ardmore", {}),
        ("Ardmore has, unlike Bellport, 26 cases", {}),
        # one place given two figures: neither is read
        ("cases in Ardmore (27); by another count Ardmore has 30", {}),
        # an organisation is no place
        ("the Health Agency (12) counted cases", {}),
    ],
)  # fmt: skip
def test_a_mention_gives_a_figure_for_a_named_place(text: str, readings: dict[str, float]) -> None:
    assert {p.place: p.fig.value for p in place_counts(text, PLACES)} == readings


def _p(place: str, value: float, qualifier: str = "", kinds: frozenset[str] = frozenset({"affected"})) -> PlaceCount:
    return PlaceCount(place, NumberFact(value, qualifier, None, f"{value:g}"), kinds)


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        (_p("#ardmore", 27), _p("#ardmore", 26), True),
        (_p("#ardmore", 27), _p("#bellport", 26), False),  # two places
        (_p("#ardmore", 27), _p("#ardmore", 26, kinds=frozenset({"dead"})), False),  # cases and deaths
        (_p("#ardmore", 1200, "more than"), _p("#ardmore", 1250), False),  # both may be true
        (_p("#ardmore", 27), _p("#ardmore", 3), False),  # too far apart to be one figure: a part
    ],
)
def test_two_figures_of_one_place_conflict_when_they_cannot_both_be_true(a: PlaceCount, b: PlaceCount,
                                                                          conflict: bool) -> None:  # fmt: skip
    assert place_counts_conflict(a, b) is conflict
    assert place_counts_conflict(b, a) is conflict


def test_two_claims_counting_one_place_differently_name_each_other() -> None:
    one, two = Art("a", "Outlet A"), Art("b", "Outlet B")
    m1 = mention("the outbreak spread to 10 states with most of the 61 cases in Ardmore (27) and Bellport (nine)",
                 ["~spread", "outbreak", "state", "agency"])  # fmt: skip
    m2 = mention("Ardmore has the most cases, 26, followed by Bellport with nine.", ["~have", "most", "follow"])
    m1.entities = m2.entities = [("#ardmore", "GPE"), ("#bellport", "GPE")]
    one.mentions.append(m1)
    two.mentions.append(m2)
    claims, _ = run([one, two])
    assert len(claims) == 2
    for claim in claims:
        (conflict,) = [c for c in claim.conflicts if "figure for Ardmore" in c.description]
        assert conflict.kind == "number" and "27" in conflict.description and "26" in conflict.description
