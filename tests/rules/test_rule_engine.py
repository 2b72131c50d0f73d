"""The rule engine: declared order is checked, sieves answer once, every answer is tagged."""

from __future__ import annotations

import pytest

from attribution.errors import AttributionError
from attribution.rules import Fired, Rule, RuleOrderError, RuleSet, rule


def _none(x: int) -> None:
    return None


def _double(x: int) -> int:
    return 2 * x


def _pair(x: int) -> list[int]:
    return [x, x + 1]


def test_first_returns_the_first_answer_tagged_with_its_rule() -> None:
    rs = RuleSet("demo", [Rule("nothing", _none), Rule("double", _double), Rule("pair", _pair)])
    assert rs.first(3) == Fired("double", 6)


def test_first_returns_none_when_no_rule_answers() -> None:
    assert RuleSet("demo", [Rule("nothing", _none)]).first(1) is None


def test_every_tags_each_answer_and_flattens_lists() -> None:
    rs = RuleSet("demo", [Rule("nothing", _none), Rule("double", _double), Rule("pair", _pair)])
    assert rs.every(3) == [Fired("double", 6), Fired("pair", 3), Fired("pair", 4)]


@pytest.mark.parametrize(
    "rules, message",
    [
        ([Rule("a", _none), Rule("a", _double)], "used twice"),
        ([Rule("a", _none, reads=("b",)), Rule("b", _double)], "must come before it"),
        ([Rule("a", _none, reads=("ghost",))], "must come before it"),
    ],
)
def test_a_badly_ordered_set_is_refused_when_built(rules: list[Rule], message: str) -> None:
    with pytest.raises(RuleOrderError, match=message):
        RuleSet("demo", rules)


def test_order_errors_are_attribution_errors() -> None:
    assert issubclass(RuleOrderError, AttributionError)


def test_the_decorator_keeps_name_example_reads_and_doc() -> None:
    @rule("shout", example="X said loudly", reads=())
    def shout(x: str) -> str:
        """Upper-case the phrase."""
        return x.upper()

    assert (shout.name, shout.example, shout.doc) == ("shout", "X said loudly", "Upper-case the phrase.")
    assert shout("hi") == "HI"
    assert RuleSet("d", [shout]).get("shout") is shout


def _count(x: int, earlier: list[int]) -> list[int]:
    return [x]


def _sum_earlier(x: int, earlier: list[int]) -> int:
    return sum(earlier)


def test_cascade_passes_each_rule_only_the_answers_of_the_rules_it_reads() -> None:
    rs = RuleSet(
        "demo",
        [
            Rule("one", _count),
            Rule("two", _count),
            Rule("sum-of-one", _sum_earlier, reads=("one",)),
            Rule("sum-of-all", _sum_earlier, reads=("one", "two", "sum-of-one")),
        ],
    )
    assert rs.cascade(5) == [Fired("one", 5), Fired("two", 5), Fired("sum-of-one", 5), Fired("sum-of-all", 15)]

def test_first_watched_is_told_each_rule_asked_up_to_the_one_that_answers() -> None:
    rs = RuleSet("demo", [Rule("nothing", _none), Rule("double", _double), Rule("pair", _pair)])
    asked: list[str] = []
    assert rs.first_watched(lambda r: asked.append(r.name), 3) == Fired("double", 6)
    assert asked == ["nothing", "double"]
