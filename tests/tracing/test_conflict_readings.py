"""Round eight's conflict readings (issue 16, item 3), each on sentences written for it: a hedge is dropped
only by a mention that states the claim as
its outlet's own; a negated verb denies the place it locates; a statement of where an event happened
("the raid occurred in X") is a place conflict of a claim that puts the event elsewhere; percentages and
ranges are figures of their own unit, temperatures are compared in one scale, and figures every mention gives
together are no disagreement."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from trace_helpers import Art, fig, mention, run, src

from attribution.article import ArticleInput
from attribution.doc import Block, Document
from attribution.tracing import mention_candidates
from attribution.tracing.candidates import NumberFact
from attribution.tracing.counts import figures_compatible, percentages, temperatures
from attribution.tracing.opposed import Occurrence, occurrences_exclude, where_statement

Parse = Callable[[str], Document]


def _art(text: str) -> ArticleInput:
    return ArticleInput(id="t.txt", text=text, blocks=[Block(0, len(text), "body")])


CASUALTY = ["~kill", "soldier", "@freedonia", "#ridgetown"]


@pytest.mark.parametrize(
    ("plain_cites_someone", "flagged"),
    [
        (False, True),  # "Ten soldiers were killed near Ridgetown": the outlet states it
        (True, False),  # "A local channel reported that ten soldiers were killed": it reports someone's account
    ],
)
def test_a_hedge_is_dropped_only_by_a_mention_stating_the_claim_as_its_own(
    plain_cites_someone: bool, flagged: bool
) -> None:
    a = Art("a", "Outlet A")
    a.mentions.append(mention("ten soldiers are thought to have been killed", CASUALTY, numbers=[fig(10)],
                              hedges=["thought"]))  # fmt: skip
    b = Art("b", "Outlet B")
    cites = [b.attribute(None)] if plain_cites_someone else None
    b.mentions.append(mention("ten soldiers were killed", CASUALTY, numbers=[fig(10)], attributions=cites))
    claims, _ = run([a, b])
    assert len(claims) == 1
    kinds = [c.kind for c in claims[0].conflicts]
    assert ("hedge-dropped" in kinds) is flagged


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The ministry said the raid did not happen in Ruritania.", ("ruritania", False)),
        ("The ministry said the raid never took place in Ruritania.", ("ruritania", False)),
        ("The ministry said the raid happened in Ruritania.", ("ruritania", True)),
        # the negation is on the saying, not on where the raid happened
        ("The ministry did not say that the raid happened in Ruritania.", ("ruritania", True)),
    ],
)
def test_a_negated_verb_denies_the_place_it_locates(parse: Parse, text: str, place: tuple[str, bool]) -> None:
    places = [p for m in mention_candidates(parse(text), [], _art(text)).mentions for p in m.places]
    assert places == [place]


@pytest.mark.parametrize(
    ("text", "event", "head", "denied"),
    [
        ("the raid occurred in Borduria", "raid", "borduria", False),
        ("the blast “did not happen in Ardania,” the spokesman said", "blast", "ardania", True),
        ("the ambush took place in northeast Ardania near the river", "ambush", "ardania", False),
        ("the strike had never taken place at Kesh", "strike", "kesh", True),
    ],
)
def test_a_where_statement_gives_the_event_and_the_place_it_happened_or_not(
    text: str, event: str, head: str, denied: bool
) -> None:
    found = where_statement(text)
    assert found is not None
    assert (found.event, found.head, found.denied, found.stated) == (event, head, denied, True)


@pytest.mark.parametrize(
    "text",
    [
        "the talks took place in Kesh",  # talks are no single event located by the statement
        "the raid occurred on Monday",  # no place named
        "the raid was planned in Borduria",  # no occurrence verb
        "the outcome of the raid took everyone by surprise in Kesh",  # "took" without "place"
    ],
)
def test_no_where_statement_without_an_event_an_occurrence_verb_and_a_place(text: str) -> None:
    assert where_statement(text) is None


def _occ(head: str, *, denied: bool = False, stated: bool = True) -> Occurrence:
    return Occurrence("raid", head if stated else "", frozenset({head}), denied, stated, head)


@pytest.mark.parametrize(
    ("a", "b", "exclude"),
    [
        (_occ("borduria"), _occ("ardania", stated=False), True),  # "occurred in B" / "a raid in A"
        (_occ("ardania", denied=True), _occ("ardania", stated=False), True),  # "did not happen in A" / "in A"
        (_occ("ardania", denied=True), _occ("borduria", stated=False), False),
        (_occ("ardania"), _occ("ardania", stated=False), False),
        (_occ("ardania"), _occ("borduria"), True),  # two where-statements, two places
        (_occ("ardania", denied=True), _occ("borduria", denied=True), False),
        (_occ("ardania", stated=False), _occ("borduria", stated=False), False),  # two mentions naming places only
    ],
)
def test_where_readings_exclude_each_other_when_a_statement_puts_the_event_elsewhere(
    a: Occurrence, b: Occurrence, exclude: bool
) -> None:
    assert occurrences_exclude(a, b) is exclude
    assert occurrences_exclude(b, a) is exclude


RAID = ["~attack", "raid", "soldier", "@ardania"]


def _where_claims(*texts: tuple[str, list[tuple[str, bool]]]):  # type: ignore[no-untyped-def]
    arts = []
    for k, (text, places) in enumerate(texts):
        art = Art(f"a{k}", f"Outlet {k}")
        lemmas = RAID if k == 0 else ["~occur", "raid", "statement"]
        art.mentions.append(mention(text, lemmas, places=places))
        arts.append(art)
    claims, _ = run(arts)
    return claims


def test_a_where_statement_in_another_claim_is_a_place_conflict_of_the_claim_it_contradicts() -> None:
    claims = _where_claims(
        ("two soldiers were killed in a raid in Ardania", [("ardania", True)]),
        ("the raid occurred in Borduria, the ministry said", [("borduria", True)]),
    )
    assert len(claims) == 2  # a conflict never joins two claims
    ids = {c.id for c in claims}
    for claim in claims:
        (conflict,) = [c for c in claim.conflicts if c.kind == "place"]
        (other,) = ids - {claim.id}
        assert other in conflict.description
        assert {v["claim"] for v in conflict.values} == ids
        assert {str(v["reading"]) for v in conflict.values} == {"in Ardania", "in Borduria"}


@pytest.mark.parametrize(
    "second",
    [
        ("the raid occurred in Ardania, the ministry said", [("ardania", True)]),  # the same place
        ("the ministry said the raid occurred in Borduria; others said it was in Kesh",
         [("borduria", True), ("kesh", True)]),  # both sides in one mention: read as neither
    ],
)  # fmt: skip
def test_no_where_conflict_for_the_same_place_or_a_mention_holding_both_sides(
    second: tuple[str, list[tuple[str, bool]]],
) -> None:
    claims = _where_claims(("two soldiers were killed in a raid in Ardania", [("ardania", True)]), second)
    assert not [c for claim in claims for c in claim.conflicts if c.kind == "place"]


def test_a_place_beside_the_event_is_not_where_it_happened() -> None:
    claims = _where_claims(
        ("two soldiers were killed in a raid near the Borduria border", [("borduria", True)]),
        ("the raid occurred in Ardania, the ministry said", [("ardania", True)]),
    )
    assert not [c for claim in claims for c in claim.conflicts if c.kind == "place"]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("the party won 41.5% of the seats", [(41.5, "", "41.5%")]),
        ("turnout was more than 62 percent", [(62.0, "more than", "62 percent")]),
        ("exports fell nearly 8 per cent last year", [(8.0, "nearly", "8 per cent")]),
        ("the mayor took between 33.1% and 35.4% of the vote", [(33.1, "between", "33.1% and 35.4%")]),
        ("the mayor took 33-35 percent of the vote", [(33.0, "between", "33-35 percent")]),
        ("prices rose from 4 to 6 percent", [(4.0, "between", "4 to 6 percent")]),
        # no opener: two percentages, not a range
        ("shares fell 12% to 9% of the index", [(12.0, "", "12%"), (9.0, "", "9%")]),
        ("between 10 and 12 people were hurt", []),  # no percentage
    ],
)
def test_percentages_are_read_with_their_qualifier_and_a_range_is_one_figure(
    text: str, figures: list[tuple[float, str, str]]
) -> None:
    found = percentages(text)
    assert [(x.value, x.qualifier, x.text) for x in found] == figures
    assert all(x.noun == "percent" for x in found)


def _pct(text: str) -> NumberFact:
    (x,) = percentages(text)
    return x


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        ("between 33.1% and 35.4%", "34%", True),  # inside the range
        ("between 33.1% and 35.4%", "36.2%", False),
        ("between 33.1% and 35.4%", "33-35 percent", True),  # two ranges that overlap
        ("between 33.1% and 35.4%", "36-38 percent", False),
        ("more than 30%", "between 33.1% and 35.4%", True),
    ],
)
def test_a_range_allows_its_two_ends_and_what_lies_between(a: str, b: str, compatible: bool) -> None:
    assert figures_compatible(_pct(a), _pct(b)) is compatible
    assert figures_compatible(_pct(b), _pct(a)) is compatible


VOTE = ["~win", "vote", "mayor", "#ardania"]


def _figure_conflicts(*mentions: str) -> list[str]:
    arts = []
    for k, text in enumerate(mentions):
        art = Art(f"a{k}", f"Outlet {k}")
        art.mentions.append(mention(text, VOTE, attributions=[art.attribute("board")]))
        arts.append(art)
    claims, _ = run(arts, [src("board", "Electoral Board", "organization")])
    assert len(claims) == 1
    return [c.description for c in claims[0].conflicts if c.kind in {"number", "changed-along-chain"}]


@pytest.mark.parametrize(
    ("mentions", "conflicts"),
    [
        (("the mayor took between 33.1% and 35.4% of the vote", "the mayor won 36.2% of the vote"),
         ["The outlets give different figures for the percentage: 33.1%-35.4% (Outlet 0) / 36.2% (Outlet 1).",
          "Electoral Board is one origin, yet its figure reaches readers as 33.1%-35.4% (Outlet 0) / 36.2% "
          "(Outlet 1): an outlet or intermediary changed it."]),
        (("the mayor took between 33.1% and 35.4% of the vote", "the mayor won 34% of the vote"),
         ["Electoral Board is one origin, yet its figure reaches readers as 33.1%-35.4% (Outlet 0) / 34% "
          "(Outlet 1): an outlet or intermediary changed it."]),
        # every mention gives both figures: two things said together, not two versions of one
        (("the mayor won 40% of the vote, rising to 46% in the capital",
          "the mayor won 40% of the vote, rising to 46% in the capital"), []),
    ],
)  # fmt: skip
def test_percentages_given_apart_that_cannot_both_be_true_are_a_conflict(
    mentions: tuple[str, str], conflicts: list[str]
) -> None:
    assert _figure_conflicts(*mentions) == conflicts


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("the lake was 2.1 degrees Celsius warmer than its average", [(2.1, "temperature change")]),
        ("the lake was 3.6 degrees Fahrenheit warmer than its average", [(2.0, "temperature change")]),
        ("the lake was 1.2C (2.16F) above its average", [(1.2, "temperature change")]),  # one figure, two scales
        ("the water reached 77°F on Monday", [(25.0, "temperature")]),  # a level: the freezing point counts
        ("the mean was 12.5C, beating the old record by 0.3C", [(12.5, "temperature"), (0.3, "temperature change")]),
        ("the lake was 2.1 degrees warmer than its average", []),  # no scale named: not compared
    ],
)
def test_temperatures_are_read_in_celsius_as_levels_or_differences(text: str, figures: list[tuple[float, str]]) -> None:
    assert [(x.value, x.noun) for x in temperatures(text)] == figures


LAKE = ["~warm", "lake", "average", "#ardania"]


def _lake_conflicts(*mentions: str) -> list[str]:
    arts = []
    for k, text in enumerate(mentions):
        art = Art(f"a{k}", f"Outlet {k}")
        art.mentions.append(mention(text, LAKE))
        arts.append(art)
    claims, _ = run(arts)
    assert len(claims) == 1
    return [c.description for c in claims[0].conflicts if c.kind == "number"]


@pytest.mark.parametrize(
    ("mentions", "conflicts"),
    [
        (("the lake was 2.1 degrees Celsius warmer than its average",
          "the lake was 3.78 degrees Fahrenheit warmer than its average"), []),  # 3.78 F is 2.1 C
        (("the lake was 2.1 degrees Celsius warmer than its average",
          "the lake was 4.5 degrees Fahrenheit warmer than its average"),
         ["The outlets give different figures for the temperature change: 2.1°C (Outlet 0) / 2.5°C (Outlet 1)."]),
        # a level and a difference are different things
        (("the lake was 2.1 degrees Celsius warmer than its average", "the lake reached 2.4C on Monday"), []),
    ],
)  # fmt: skip
def test_temperatures_in_two_scales_are_compared_in_one(mentions: tuple[str, str], conflicts: list[str]) -> None:
    assert _lake_conflicts(*mentions) == conflicts
