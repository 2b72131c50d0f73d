"""Round eight's conflict readings (issue 16, item 3), each on sentences written for it: a hedge is dropped
only by a mention that states the claim as
its outlet's own; a negated verb denies the place it locates; a statement of where an event happened
("the raid occurred in X") is a place conflict of a claim that puts the event elsewhere."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from trace_helpers import Art, fig, mention, run

from attribution.article import ArticleInput
from attribution.doc import Block, Document
from attribution.tracing import mention_candidates
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
