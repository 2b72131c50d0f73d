"""Destinations, ranks and comparisons that exclude each other across claims the grouping kept apart
(issue 16, item 3), on sentences written for these tests."""

from __future__ import annotations

import pytest
from trace_helpers import Art, mention, run

from attribution.tracing.opposed import (
    Comparison,
    Destination,
    Rank,
    comparison,
    destination,
    destinations_exclude,
    rank,
    ranks_exclude,
)


@pytest.mark.parametrize(
    ("text", "head", "names"),
    [
        ("the minister had landed in Porto Vela, the capital of the island of Santa Rosa", "porto vela",
         {"porto vela", "santa rosa"}),
        ("Marlow is heading to Santa Rosa capital in Porto Vela in Ardania", "santa rosa",
         {"santa rosa", "porto vela", "ardania"}),
        ("the envoy took a small plane to Ardania’s northern province of Kesh", "kesh", {"ardania", "kesh"}),
        ("the envoy fled to Ardania and said he was safe", "ardania", {"ardania"}),
        ("the envoy flew to Ardania on Monday", "ardania", {"ardania"}),
        ("the crew flew to the Orbital Relay Base in June aboard the Falcon capsule", "orbital relay base",
         {"orbital relay base"}),  # the phrase ends at its last name: no month, no vehicle
    ],
)  # fmt: skip
def test_a_travel_verb_gives_the_place_phrase_and_its_head_place(text: str, head: str, names: set[str]) -> None:
    found = destination(text)
    assert found is not None
    assert (found.head, set(found.names)) == (head, names)


@pytest.mark.parametrize(
    "text",
    [
        "the envoy left the country on Monday",  # no place named
        "the envoy went to the airport",  # a place phrase without a name
        "the court sent the case back for a new hearing",  # no travel verb
        "the envoy said the talks in Kesh went well",  # "went well": no place follows
        "the exchange took place in the Ardanian capital Kesh on Friday",  # where it happened, nobody went
    ],
)
def test_no_destination_without_a_travel_verb_and_a_named_place(text: str) -> None:
    assert destination(text) is None


def _dest(head: str, *others: str) -> Destination:
    return Destination(head, frozenset({head, *others}), head)


@pytest.mark.parametrize(
    ("a", "b", "exclude"),
    [
        (_dest("porto vela", "santa rosa"), _dest("kesh", "ardania"), True),
        (_dest("porto vela", "santa rosa"), _dest("santa rosa", "porto vela", "ardania"), False),  # one place
        (_dest("ardania"), _dest("porto vela", "ardania"), False),  # the country holds the city
        (_dest("kesh", "ardania"), _dest("ardania"), False),
        (_dest("porto vela"), _dest("porto vela"), False),
        (_dest("orb"), _dest("orbital relay base"), False),  # an acronym of the same place
    ],
)  # fmt: skip
def test_two_destinations_exclude_each_other_when_neither_names_the_others_head(
    a: Destination, b: Destination, exclude: bool
) -> None:
    assert destinations_exclude(a, b) is exclude
    assert destinations_exclude(b, a) is exclude


@pytest.mark.parametrize(
    ("text", "ordinal", "noun"),
    [
        ("the agency cleared the vaccine, making it the second shot for the disease", 2, "shot"),
        ("It's only the second vaccine to be shown to work", 2, "vaccine"),
        ("the vaccine is now the third of its kind to reach clinics", 3, ""),
        ("the firm became the first carmaker to sell in the region", 1, "carmaker"),
    ],
)
def test_a_copula_and_an_ordinal_give_the_subjects_rank(text: str, ordinal: int, noun: str) -> None:
    found = rank(text)
    assert found is not None
    assert (found.ordinal, found.noun) == (ordinal, noun)


@pytest.mark.parametrize(
    "text",
    [
        "it was the second time the vaccine failed",  # an occasion, not a rank
        "the trial entered the third phase in May",
        "the agency added a second option for patients",  # "a second": another, no rank
        "the second vaccine arrived on Monday",  # no copula ranks a subject
    ],
)
def test_times_occasions_and_other_ordinals_are_no_rank(text: str) -> None:
    assert rank(text) is None


@pytest.mark.parametrize(
    ("a", "b", "exclude"),
    [
        (Rank(2, "shot", ""), Rank(3, "", ""), True),  # "the third of its kind"
        (Rank(2, "shot", ""), Rank(3, "shot", ""), True),
        (Rank(2, "shot", ""), Rank(2, "", ""), False),
        (Rank(2, "largest", ""), Rank(3, "shot", ""), False),  # a superlative ranks something else
    ],
)
def test_two_ranks_exclude_each_other_when_they_rank_one_kind_of_thing_differently(
    a: Rank, b: Rank, exclude: bool
) -> None:
    assert ranks_exclude(a, b) is exclude
    assert ranks_exclude(b, a) is exclude


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("That is slightly higher than Orvex's Zentra, which costs $9,000 a year.", ("zentra", "cost", 1)),
        ("the new pill is expected to be less expensive than Zentra", ("zentra", "cost", -1)),
        ("the list price will be higher than for a year of Zentra", ("zentra", "cost", 1)),
        ("the new pill is cheaper than Zentra", ("zentra", "cost", -1)),
        ("the pill works faster than Zentra", ("zentra", "speed", 1)),
    ],
)
def test_a_comparison_names_what_it_compares_with_its_dimension_and_direction(
    text: str, expected: tuple[str, str, int]
) -> None:
    found = comparison(text)
    assert found is not None
    assert (found.compared, found.dimension, found.sign) == expected


@pytest.mark.parametrize(
    "text",
    [
        "more than 1,000 patients took the pill",  # a figure's qualifier
        "the pill is more effective than Zentra",  # no known dimension
        "prices were higher than expected",  # nothing named is compared
    ],
)
def test_no_comparison_without_a_named_thing_and_a_dimension(text: str) -> None:
    assert comparison(text) is None


def _claims_of(first: str, first_lemmas: list[str], second: str, second_lemmas: list[str],
               entities: list[tuple[str, str]], *extra: tuple[str, list[str]]):  # type: ignore[no-untyped-def]  # fmt: skip
    arts = []
    for k, (text, lemmas) in enumerate(((first, first_lemmas), (second, second_lemmas), *extra)):
        art = Art(f"a{k}", f"Outlet {k}")
        m = mention(text, lemmas, start=k * 200)
        m.entities = list(entities)
        art.mentions.append(m)
        arts.append(art)
    claims, _ = run(arts)
    return claims


MOVE_A = ["~travel", "land", "capital", "island"]
MOVE_B = ["~travel", "plane", "province", "northern"]


def test_claims_with_destinations_that_exclude_each_other_name_each_other_and_stay_apart() -> None:
    claims = _claims_of(
        "Marlow had landed in Porto Vela, the capital of the island of Santa Rosa", MOVE_A,
        "Marlow took a small plane to Ardania's northern province of Kesh", MOVE_B,
        [("marlow", "PERSON")],
    )  # fmt: skip
    assert len(claims) == 2  # a conflict never joins two claims
    ids = {c.id for c in claims}
    for claim in claims:
        assert claim.verdict != "independently-confirmed"
        (conflict,) = [c for c in claim.conflicts if c.kind == "place"]
        (other,) = ids - {claim.id}
        assert other in conflict.description
        sides = {v["claim"]: v for v in conflict.values}
        assert set(sides) == ids
        assert sides[claim.id]["mention"] == 0 and sides[other]["mention_in_claim"] == 0
        assert {str(v["reading"]) for v in conflict.values} == {
            "Porto Vela, the capital of the island of Santa Rosa",
            "Ardania's northern province of Kesh",
        }


def test_ranks_and_comparisons_that_exclude_each_other_are_conflicts_between_claims() -> None:
    claims = _claims_of(
        "the agency cleared the vaccine, making it the second shot for the disease", ["~approve", "agency", "disease"],
        "Orvex's vaccine is now the third of its kind to reach clinics", ["clinic", "reach", "kind"],
        [("orvex", "ORG")],
        ("the vaccine will cost more than Zentra, the agency said", ["~cost", "agency"]),
        ("Orvex's shot is expected to be cheaper than Zentra", ["expect", "shot"]),
    )  # fmt: skip
    kinds = sorted(c.kind for claim in claims for c in claim.conflicts)
    assert kinds == ["comparison", "comparison", "rank", "rank"]


@pytest.mark.parametrize(
    ("second", "entities"),
    [
        ("Marlow took a small plane to Ardania's northern province of Kesh", []),  # nobody named in common
        ("Marlow flew to Santa Rosa on Monday", [("marlow", "PERSON")]),  # the island holds the capital
        # the name they share is where one of them sends someone, not who went
        ("Nine detainees were moved to Kesh", [("@kesh", "GPE")]),
    ],
)
def test_no_place_conflict_without_a_shared_name_or_with_places_that_hold_each_other(
    second: str, entities: list[tuple[str, str]]
) -> None:
    claims = _claims_of("Marlow had landed in Porto Vela, the capital of the island of Santa Rosa", MOVE_A,
                        second, MOVE_B, entities)  # fmt: skip
    assert not [c for claim in claims for c in claim.conflicts if c.kind == "place"]


def test_a_claim_that_also_gives_a_compatible_place_lists_no_conflict_but_the_other_claim_does() -> None:
    arts = []
    texts = [
        ("Marlow had landed in Porto Vela, the capital of the island of Santa Rosa in Ardania", MOVE_A),
        ("Marlow took a small plane to Ardania's northern province of Kesh", MOVE_B),
        ("Marlow took a small plane to Ardania and was safe", MOVE_B),
    ]
    for k, (text, lemmas) in enumerate(texts):
        art = Art(f"a{k}", f"Outlet {k}")
        m = mention(text, lemmas, start=0)
        m.entities = [("marlow", "PERSON")]
        art.mentions.append(m)
        arts.append(art)
    claims, _ = run(arts)
    assert len(claims) == 2  # the two plane mentions in one claim, which also says "to Ardania"
    listing = {claim.mentions[0].text[:12] for claim in claims for c in claim.conflicts if c.kind == "place"}
    assert listing == {"Marlow had l"}


def test_comparison_reading_keeps_the_text_up_to_the_clause_mark() -> None:
    found = comparison("That is slightly higher than Orvex's Zentra, which costs $9,000 a year.")
    assert found == Comparison("zentra", "cost", 1, "higher than Orvex's Zentra")
