"""Round eight's conflict readings (issue 16, item 3), each on sentences written for it: a hedge is dropped
only by a mention that states the claim as
its outlet's own; a negated verb denies the place it locates."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from trace_helpers import Art, fig, mention, run

from attribution.article import ArticleInput
from attribution.doc import Block, Document
from attribution.tracing import mention_candidates

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
