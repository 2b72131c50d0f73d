"""Conflicts, round eleven (issue 16, item 3): an open bound reaches only as far as a writer rounds ("more
than 1,000" / "about 1,200" can both be true, "at least five" / "13" cannot), running counts of one noun
far apart are rivals across claims, and a hedge inside a side clause does not hedge the claim. On sentences
and figures written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from trace_helpers import Art, fig, mention, run

from attribution.article import ArticleInput
from attribution.doc import Document
from attribution.tracing import mention_candidates
from attribution.tracing.candidates import MentionCandidate, NumberFact
from attribution.tracing.conflicts import beyond_reach, compatible, counts_others, rounding_step
from attribution.tracing.rivals import Count, figures_rival

Parse = Callable[[str], Document]


def _f(value: float, qualifier: str = "", noun: str | None = None) -> NumberFact:
    return NumberFact(value, qualifier, noun, f"{qualifier} {value:g}".strip())


@pytest.mark.parametrize(
    ("value", "step"),
    [(1000, 1000), (150, 50), (275, 25), (280, 10), (13, 1), (5, 5), (69, 1), (6e6, 1e6), (2.5e6, 2.5e6), (0.25, 0.25)],
)
def test_a_figure_is_rounded_to_the_coarsest_step_it_is_a_multiple_of(value: float, step: float) -> None:
    assert rounding_step(value) == step


@pytest.mark.parametrize(
    ("a", "b", "both_true"),
    [
        (_f(1000, "more than"), _f(1200, "about"), True),  # the issue's own pair: within the thousand
        (_f(10000), _f(12000), False),  # two plain figures: two counts
        (_f(5, "at least"), _f(13), False),  # nobody who knew 13 writes "at least five"
        (_f(5, "at least"), _f(7), True),  # within the five
        (_f(150, "more than"), _f(186), True),  # within the fifty
        (_f(6e6, "more than"), _f(7e6, "nearly"), True),  # nearly seven million may be more than six
        (_f(69, "at least"), _f(95), False),
        (_f(275, "at least"), _f(288), True),
        (_f(3000, "up to"), _f(300), False),  # an upper bound reaches down as far as it is rounded
        (_f(3000, "up to"), _f(2800, "about"), True),
        (_f(445, "more than", "litre"), _f(491, "", "litre"), True),  # a bound of a measure, not a count
        (_f(1.8e9, "more than", "eur"), _f(1.95e9, "", "eur"), True),  # a sum of money likewise
        (_f(50, "more than"), _f(49), False),  # below the bound, as before
    ],
)
def test_an_open_bound_reaches_only_as_far_as_its_rounding(a: NumberFact, b: NumberFact, both_true: bool) -> None:
    assert compatible(a, b) is both_true
    assert compatible(b, a) is both_true


def test_a_closed_figure_is_never_beyond_reach() -> None:
    assert not beyond_reach(_f(1200, "about"), _f(12000))


def _c(kind: str, value: float, qualifier: str = "", noun: str | None = None, toll: bool = False) -> Count:
    return Count(kind, NumberFact(value, qualifier, noun, ""), toll)


@pytest.mark.parametrize(
    ("a", "b", "rival"),
    [
        (_c("dead", 5, "at least", "person"), _c("dead", 13, "at least", "person"), True),  # a count at two times
        (_c("dead", 5, "at least", "person"), _c("dead", 13, "", "person"), False),  # a plain figure: maybe a part
        (_c("dead", 2, "", "person"), _c("dead", 95, "at least", "person"), False),
        (_c("dead", 5, "at least", "protester"), _c("dead", 13, "at least", "person"), False),  # another noun
        (_c("eur", 4e7, "more than", "eur"), _c("eur", 1.8e9, "more than", "eur"), False),  # sums are not counts
    ],
)
def test_running_counts_of_one_noun_are_rivals_however_far_apart(a: Count, b: Count, rival: bool) -> None:
    assert figures_rival(a, b) is rival
    assert figures_rival(b, a) is rival


KILLED = ["~casualty", "@ruritania", "protest", "capital", "parliament"]


def test_two_claims_giving_running_counts_far_apart_name_each_other() -> None:
    first, second = Art("a", "Outlet A"), Art("b", "Outlet B")
    first.mentions.append(
        mention("at least 14 protesters were killed outside parliament in the capital", KILLED,
                numbers=[fig(14, "at least", "protester", "at least 14")])
    )  # fmt: skip
    second.mentions.append(
        mention("at least 37 protesters were killed outside parliament in the capital", KILLED,
                numbers=[fig(37, "at least", "protester", "at least 37")])
    )  # fmt: skip
    claims, _ = run([first, second])
    assert len(claims) == 2
    for claim in claims:
        (conflict,) = [c for c in claim.conflicts if c.kind == "number"]
        assert "at least 14" in conflict.description and "at least 37" in conflict.description


def test_running_counts_in_two_places_are_no_rivals() -> None:
    first, second = Art("a", "Outlet A"), Art("b", "Outlet B")
    first.mentions.append(
        mention("at least 14 protesters were killed outside parliament in Northtown", KILLED,
                numbers=[fig(14, "at least", "protester", "at least 14")], places=[("northtown", True)])
    )  # fmt: skip
    second.mentions.append(
        mention("at least 37 protesters were killed outside parliament", KILLED,
                numbers=[fig(37, "at least", "protester", "at least 37")])
    )  # fmt: skip
    claims, _ = run([first, second])
    assert not [c for claim in claims for c in claim.conflicts if c.kind == "number"]


@pytest.mark.parametrize(
    ("text", "hedges", "side"),
    [
        # the hedge sits in a clause about something else: the claim itself is stated plainly
        ("Divers recovered the bodies of nine miners on Friday as crews searched for four apparently still trapped.",
         ["apparently"], ["apparently"]),
        ("A photograph reportedly taken by a guard shows the prisoner leaving the jail.", ["reportedly"],
         ["reportedly"]),
        # the hedge is the claim's
        ("The fire was apparently started by a faulty heater in the basement.", ["apparently"], []),
        ("The mayor reportedly resigned on Monday after the vote.", ["reportedly"], []),
    ],
)  # fmt: skip
def test_a_hedge_only_inside_a_side_clause_is_set_aside(parse: Parse, text: str, hedges: list[str],
                                                        side: list[str]) -> None:  # fmt: skip
    (m,) = mention_candidates(parse(text), [], ArticleInput(id="a", text=text)).mentions
    assert (m.hedges, m.side_hedges) == (hedges, side)


def test_a_hedge_in_a_side_clause_makes_no_hedge_dropped_conflict() -> None:
    words = ["~find", "miner", "valley", "body", "crew"]
    side, plain = Art("a", "Outlet A"), Art("b", "Outlet B")
    m = mention("crews found nine bodies as they searched for four apparently still trapped", words)
    m.hedges, m.side_hedges = ["apparently"], ["apparently"]
    side.mentions.append(m)
    plain.mentions.append(mention("crews found nine bodies in the valley", words))
    claims, _ = run([side, plain])
    assert len(claims) == 1
    assert not [c for c in claims[0].conflicts if c.kind == "hedge-dropped"]
    m.side_hedges = []  # the same hedge on the claim: the conflict is back
    claims, _ = run([side, plain])
    assert [c for c in claims[0].conflicts if c.kind == "hedge-dropped"]


@pytest.mark.parametrize(
    ("a", "b", "rival"),
    [
        (_c("missing", 12, "", "climber"), _c("missing", 22, "", "climber"), True),  # one group, far apart
        (_c("missing", 12, "", "person"), _c("missing", 22, "", "person"), False),  # "people": maybe a part
    ],
)
def test_plain_counts_of_a_named_group_are_rivals_however_far_apart(a: Count, b: Count, rival: bool) -> None:
    assert figures_rival(a, b) is rival


@pytest.mark.parametrize(
    ("text", "figure", "others"),
    [
        ("The judge read the verdicts for the driver and the 50 other defendants.", "50", True),
        ("The driver and 12 others were killed.", "12", True),
        ("The court convicted all 50 of his co-defendants.", "50", True),
        ("All 51 defendants were found guilty.", "51", False),
    ],
)
def test_a_figure_of_the_others_beside_someone_is_read(text: str, figure: str, others: bool) -> None:
    assert counts_others(text, NumberFact(float(figure), "", None, figure)) is others


def _court(text: str, value: float, name: str) -> Art:
    art = Art(name, f"Outlet {name}")
    art.mentions.append(mention(text, ["~convict", "defendant", "court", "judge", "verdict"],
                                numbers=[fig(value, "", "defendant", str(int(value)))]))  # fmt: skip
    return art


def test_the_others_and_the_whole_are_no_conflict_but_two_wholes_are() -> None:
    others = _court("the judge convicted the driver and the 50 other defendants in the court verdict", 50, "a")
    whole = _court("the judge convicted all 51 defendants in the court verdict", 51, "b")
    (claim,) = run([others, whole])[0]
    assert not [c for c in claim.conflicts if c.kind == "number"]
    other_whole = _court("the judge convicted all 50 defendants in the court verdict", 50, "c")
    (claim,) = run([other_whole, whole])[0]
    assert [c for c in claim.conflicts if c.kind == "number"]


def _dated(text: str, day: str, name: str) -> MentionCandidate:
    m = mention(text, ["~end", "rescue", "operation", "crash", "site"])
    m.dates = [f"weekday:{day}"]
    return m


def test_two_days_are_a_conflict_only_when_different_articles_give_them() -> None:
    one = Art("a", "Outlet A")
    one.mentions += [_dated("rescuers ended the operation at the crash site on Saturday", "saturday", "a"),
                     _dated("rescuers ended the operation at the crash site on Sunday", "sunday", "a")]  # fmt: skip
    (claim,) = run([one])[0]
    assert not [c for c in claim.conflicts if c.kind == "date"]  # one article dating two things
    two = Art("b", "Outlet B")
    two.mentions.append(_dated("rescuers ended the operation at the crash site on Sunday", "sunday", "b"))
    one.mentions.pop()
    (claim,) = run([one, two])[0]
    assert [c for c in claim.conflicts if c.kind == "date"]
