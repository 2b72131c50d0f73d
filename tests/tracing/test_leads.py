"""Leads in points over a named rival that cannot both be true, compared across claims the grouping kept apart
("more than 30 percentage points ahead of Ana Ruiz" / "28 points ahead of Ruiz"; issue 16, item 3), on
sentences written for these tests."""

from __future__ import annotations

import pytest
from trace_helpers import Art, mention, run

from attribution.tracing.opposed import lead, leads_exclude


@pytest.mark.parametrize(
    ("text", "rival", "value", "qualifier"),
    [
        ("that was more than 30 percentage points ahead of her main rival, Ana Ruiz", "ruiz", 30, "more than"),
        ("the early count put Marlow 28 points ahead of Ruíz with half the ballots counted", "ruiz", 28, ""),
        ("Marlow holds a 12-point lead over Ortega in the latest poll", "ortega", 12, ""),
        ("the club finished about 5 points clear of Rovers", "rovers", 5, "about"),
    ],
)
def test_a_lead_is_a_figure_in_points_over_a_named_rival(text: str, rival: str, value: float, qualifier: str) -> None:
    found = lead(text)
    assert found is not None
    assert (found.rival, found.fig.value, found.fig.qualifier) == (rival, value, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "Marlow was ahead of Ruiz by a wide margin",  # no figure
        "the index closed 30 points higher than Friday",  # no rival ahead of whom
        "the runner was 3 seconds ahead of Ortega",  # seconds, not points
    ],
)
def test_no_lead_without_points_and_a_named_rival(text: str) -> None:
    assert lead(text) is None


@pytest.mark.parametrize(
    ("a", "b", "exclude"),
    [
        ("more than 30 points ahead of Ana Ruiz", "28 points ahead of Ruiz", True),
        ("about 30 points ahead of Ruiz", "29 points ahead of Ruiz", False),  # both can be true
        ("30 points ahead of Ruiz", "50 points ahead of Ortega", False),  # two rivals: two leads
    ],
)
def test_two_leads_exclude_each_other_over_one_rival_when_both_cannot_be_true(a: str, b: str, exclude: bool) -> None:
    la, lb = lead(a), lead(b)
    assert la is not None and lb is not None
    assert leads_exclude(la, lb) is exclude
    assert leads_exclude(lb, la) is exclude


def test_leads_that_exclude_each_other_are_figure_conflicts_between_claims() -> None:
    arts = []
    for k, (text, lemmas) in enumerate(
        (
            ("Marlow won by more than 30 percentage points ahead of Ana Ruiz", ["win", "marlow"]),
            ("the early count put Marlow 28 points ahead of Ruiz", ["count", "early"]),
        )
    ):
        art = Art(f"a{k}", f"Outlet {k}")
        art.mentions.append(mention(text, lemmas, start=k * 200))
        arts.append(art)
    claims, _ = run(arts)
    assert len(claims) == 2
    for claim in claims:
        (conflict,) = [c for c in claim.conflicts if c.kind == "number"]
        assert "the lead" in conflict.description
        assert {v["claim"] for v in conflict.values} == {c.id for c in claims}
