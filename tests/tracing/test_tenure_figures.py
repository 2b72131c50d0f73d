"""Someone's time in a post, compared across claims (issue 16, item 3): "after just 91 days in office" /
"serving for only 90 days" disagree; on sentences written for these tests."""

from __future__ import annotations

import pytest
from trace_helpers import Art, mention, run

from attribution.tracing.candidates import NumberFact
from attribution.tracing.tenures import Tenure, tenure, tenures_conflict


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("After just 64 days in office, the chancellor resigned.", (64.0, "", "day")),
        ("the governor with the shortest tenure, serving for only 63 days", (63.0, "", "day")),
        ("She left after a tenure of nearly three months.", (3.0, "nearly", "month")),
        ("He had been in power for years; after two years in power he fled.", (2.0, "", "year")),
        # a duration that is no time in a post
        ("He spent three years in prison before the trial.", None),
        ("The court sentenced him to 20 years.", None),
        ("The ceasefire held for 40 days.", None),
        # two times in a post: whose is whose is not read
        ("After 64 days in office she quit; her predecessor lasted 90 days in office.", None),
    ],
)
def test_a_mention_gives_one_time_in_a_post(text: str, reading: tuple[float, str, str] | None) -> None:
    t = tenure(text)
    assert (None if t is None else (t.fig.value, t.fig.qualifier, t.unit)) == reading


def _t(value: float, unit: str = "day", qualifier: str = "") -> Tenure:
    return Tenure(NumberFact(value, qualifier, unit, f"{value:g} {unit}s"), unit)


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        (_t(64), _t(63), True),
        (_t(64), _t(64), False),
        (_t(3, "month", "about"), _t(3, "month"), False),  # "about three months" and "three months" agree
        (_t(64), _t(2, "month"), False),  # another unit: not compared
        (_t(64), _t(400), False),  # too far apart to be one figure: another person's time
    ],
)
def test_two_times_in_a_post_conflict_when_one_figure_differs(a: Tenure, b: Tenure, conflict: bool) -> None:
    assert tenures_conflict(a, b) is conflict
    assert tenures_conflict(b, a) is conflict


def _claims_of(first: str, second: str, first_people: list[str], second_people: list[str]):  # type: ignore[no-untyped-def]
    one, two = Art("a", "Outlet A"), Art("b", "Outlet B")
    m1 = mention(first, ["~resign", "chancellor", "short", "record"])
    m1.entities = [(p, "PERSON") for p in first_people]
    m2 = mention(second, ["~serve", "governor", "tenure", "history"])
    m2.entities = [(p, "PERSON") for p in second_people]
    one.mentions.append(m1)
    two.mentions.append(m2)
    claims, _ = run([one, two])
    return claims


def test_two_claims_giving_one_time_in_office_differently_name_each_other() -> None:
    claims = _claims_of(
        "After just 64 days in office, she resigned.",
        "Anna Vale left with the shortest tenure, serving for only 63 days.",
        [],
        ["anna vale"],
    )
    assert len(claims) == 2
    for claim in claims:
        (conflict,) = [c for c in claim.conflicts if "time in office" in c.description]
        assert conflict.kind == "number" and "64 days" in conflict.description and "63 days" in conflict.description


def test_two_peoples_times_in_office_make_no_conflict() -> None:
    claims = _claims_of("After just 64 days in office, Anna Vale resigned.",
                        "Ben Hart left with the shortest tenure, serving for only 63 days.", ["anna vale"],
                        ["ben hart"])  # fmt: skip
    assert not [c for claim in claims for c in claim.conflicts if "time in office" in c.description]
