"""The day an activity began or ended, compared across claims (issue 16, item 3): "the search was wrapped up
on Saturday" / "crews concluded the search on Sunday" disagree about when; on sentences written for these
tests."""

from __future__ import annotations

import pytest
from trace_helpers import Art, mention, run

from attribution.tracing.phases import Phase, phase_readings, phases_exclude


@pytest.mark.parametrize(
    ("text", "dates", "readings"),
    [
        ("The search operation was wrapped up on Saturday afternoon.", ["weekday:saturday"],
         [("search", "end", "weekday:saturday")]),
        ("Crews concluded search operations on Sunday after the landslide.", ["weekday:sunday"],
         [("search", "end", "weekday:sunday")]),
        # the day hangs in a side clause the event dates leave out: the words still name it
        ("a bus strike would go ahead, starting on March 4 at midnight", [],
         [("strike", "start", "date:3-4")]),
        ("On March 3, drivers across the region went on strike.", ["date:3-3"],
         [("strike", "start", "date:3-3")]),
        ("The curfew was lifted on Friday.", ["weekday:friday"], [("curfew", "end", "weekday:friday")]),
        # two days: a span, not one day
        ("The strike began on Monday and ended on Friday.", ["weekday:friday", "weekday:monday"], []),
        # no day, or no phase verb near the activity
        ("The strike began after talks collapsed.", [], []),
        ("The strike on Monday shut every port.", ["weekday:monday"], []),
        # denied: the search has not ended
        ("The search has not ended on Sunday, officials said.", ["weekday:sunday"], []),
        # a pause is no end
        ("The search was suspended on Sunday.", ["weekday:sunday"], []),
        # the verb is too far from the activity to be its phase
        ("The strike that shut the ports and stranded thousands of containers finally ended on Friday.",
         ["weekday:friday"], []),
    ],
)  # fmt: skip
def test_a_mention_dates_an_activitys_start_or_end_to_its_one_day(
    text: str, dates: list[str], readings: list[tuple[str, str, str]]
) -> None:
    assert [(p.event, p.phase, p.day) for p in phase_readings(text, dates)] == readings


@pytest.mark.parametrize(
    ("a", "b", "exclude"),
    [
        (Phase("search", "end", "weekday:saturday"), Phase("search", "end", "weekday:sunday"), True),
        (Phase("strike", "start", "date:3-3"), Phase("strike", "start", "date:3-4"), True),
        (Phase("search", "end", "weekday:saturday"), Phase("search", "end", "weekday:saturday"), False),
        # a start and an end are two facts
        (Phase("search", "start", "weekday:saturday"), Phase("search", "end", "weekday:sunday"), False),
        # another activity
        (Phase("search", "end", "weekday:saturday"), Phase("rescue", "end", "weekday:sunday"), False),
        # a weekday and a date are not compared: which weekday a date fell on needs the year
        (Phase("strike", "start", "weekday:tuesday"), Phase("strike", "start", "date:3-4"), False),
    ],
)
def test_one_activitys_one_phase_on_two_days_excludes(a: Phase, b: Phase, exclude: bool) -> None:
    assert phases_exclude(a, b) is exclude
    assert phases_exclude(b, a) is exclude


# the two sides share few words, so the grouping keeps them apart (as it does on real stories)
WRAPPED = ["~wrap", "valley", "afternoon", "team"]
CONCLUDED = ["~conclude", "official", "crew", "landslide"]


def _dated(text: str, words: list[str], day: str) -> object:
    m = mention(text, words)
    m.dates = [day]
    return m


def test_two_claims_ending_one_search_on_two_days_name_each_other() -> None:
    first, second = Art("a", "Outlet A"), Art("b", "Outlet B")
    first.mentions.append(_dated("The valley search was wrapped up on Saturday.", WRAPPED, "weekday:saturday"))
    second.mentions.append(
        _dated("Officials said crews had concluded search operations on Sunday.", CONCLUDED, "weekday:sunday")
    )
    claims, _ = run([first, second])
    assert len(claims) == 2
    for claim in claims:
        (conflict,) = [c for c in claim.conflicts if c.kind == "date"]
        assert "Saturday" in conflict.description and "Sunday" in conflict.description
        assert {v["claim"] for v in conflict.values} == {c.id for c in claims}


def test_a_start_and_an_end_on_two_days_make_no_conflict() -> None:
    first, second = Art("a", "Outlet A"), Art("b", "Outlet B")
    first.mentions.append(_dated("The valley search began on Saturday.", WRAPPED, "weekday:saturday"))
    second.mentions.append(
        _dated("Officials said crews had concluded search operations on Sunday.", CONCLUDED, "weekday:sunday")
    )
    claims, _ = run([first, second])
    assert not [c for claim in claims for c in claim.conflicts if c.kind == "date"]
