"""Places on a graded scale of warning that exclude each other across claims the grouping kept apart
("the third highest of four alert levels" / "raised the alert to the second-highest level"; issue 16, item
3), on sentences written for these tests."""

from __future__ import annotations

import pytest
from trace_helpers import Art, mention, run

from attribution.tracing.opposed import Level, level, levels_exclude


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("the volcano has stayed at the third highest of four alert levels since 2015",
         Level("alert", 3, None, 4, "third highest of four alert levels")),
        ("officials raised the alert to the second-highest level on Sunday",
         Level("alert", 2, None, None, "second-highest level")),
        ("the peak is on the second alert level of the country's four-step warning scale",
         Level("alert", None, 2, 4, "second alert level")),
        ("the agency put the region on the highest warning level", Level("warning", 1, None, None,
                                                                         "highest warning level")),
        ("the agency raised the volcano to alert level 3", Level("alert", None, 3, None, "level 3")),
        ("the threat was raised to level IV overnight", Level("threat", None, 4, None, "level IV")),
    ],
)  # fmt: skip
def test_a_level_is_a_place_counted_from_one_end_of_a_scale(text: str, reading: Level) -> None:
    assert level(text) == reading


@pytest.mark.parametrize(
    "text",
    [
        "water levels rose for the second time this week",  # no scale of warning
        "the river reached its highest level since 1998",  # a measure, not a warning scale
        "the alert was lifted on the second day",  # no level noun
        "the alert level ² was shown in the table",  # a superscript is no level number
    ],
)
def test_no_level_without_a_scale_word_beside_a_level_noun(text: str) -> None:
    assert level(text) is None


THIRD_OF_FOUR = "the volcano has stayed at the third highest of four alert levels"
SECOND_HIGHEST = "officials raised the alert to the second-highest level"
SECOND_FROM_BOTTOM = "the peak is on the second alert level of a four-step warning scale"


@pytest.mark.parametrize(
    ("a", "b", "exclude"),
    [
        (THIRD_OF_FOUR, SECOND_HIGHEST, True),  # third against second from the top
        (SECOND_FROM_BOTTOM, SECOND_HIGHEST, True),  # second of four from the bottom is the third highest
        (THIRD_OF_FOUR, SECOND_FROM_BOTTOM, False),  # the same place counted from each end
        (SECOND_HIGHEST, "authorities kept the alert at the second-highest level", False),
        ("the agency raised the volcano to alert level 3", "the volcano stays at alert level 2", True),
        # counted from different ends with no size given: not known to differ
        ("the agency raised the volcano to alert level 3", SECOND_HIGHEST, False),
        # two scales: an alert level and a warning level are not compared
        ("the agency raised the volcano to alert level 3", "the region is at warning level 2", False),
    ],
)
def test_two_levels_exclude_each_other_when_they_differ_on_one_scale(a: str, b: str, exclude: bool) -> None:
    la, lb = level(a), level(b)
    assert la is not None and lb is not None
    assert levels_exclude(la, lb) is exclude
    assert levels_exclude(lb, la) is exclude


def test_levels_that_exclude_each_other_are_conflicts_between_claims() -> None:
    arts = []
    for k, (text, lemmas) in enumerate(
        ((THIRD_OF_FOUR, ["volcano", "stay", "level"]), (SECOND_HIGHEST, ["official", "raise", "alert"]))
    ):
        art = Art(f"a{k}", f"Outlet {k}")
        art.mentions.append(mention(text, lemmas, start=k * 200))
        arts.append(art)
    claims, _ = run(arts)
    assert len(claims) == 2  # a conflict never joins two claims
    ids = {c.id for c in claims}
    for claim in claims:
        (conflict,) = [c for c in claim.conflicts if c.kind == "level"]
        assert {v["claim"] for v in conflict.values} == ids
        assert "third highest of four alert levels" in conflict.description
        assert "second-highest level" in conflict.description
