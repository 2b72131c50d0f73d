"""Where an event happened is part of its claim (issue 16): a place disagreement is a conflict of the claim it
belongs to, never a claim of its own, and a statement that only says where adds no origin to that claim."""

from __future__ import annotations

from collections.abc import Callable

from trace_helpers import Art, mention, run, src

from attribution.article import ArticleInput
from attribution.doc import Block, Document
from attribution.tracing import mention_candidates

#: The prefix the synthetic where-claims had ("Where it happened: ..."): no statement starts with it now.
OLD_WHERE_PREFIX = "Where it happened"

CAPTURE = ["~capture", "pilot", "@georgia", "rebel"]
WHERE = "the location where he was taken was not known"
SOURCES = [
    src("m", "Site", "media outlet"),
    src("n", "Agency", "intelligence agency"),
    src("x", "Ministry", "ministry"),
]


def _where_statement(art: Art, parent: int, source: str) -> None:
    """A statement of ``art`` that only says nobody knows where the event of its mention ``parent`` happened."""
    m = mention(WHERE, ["location", "know"], main=[], places=[("?", True)], attributions=[art.attribute(source)])
    m.start, m.end = 100, 100 + len(WHERE)
    m.parent = parent
    art.mentions.append(m)


def _story(where_source: str = "x") -> list[Art]:
    """Two outlets put the capture in Kursk on one origin's word; a third says, on another's, that nobody
    knows where it happened."""
    arts = []
    for aid in ("a", "b"):
        art = Art(aid, f"Outlet {aid.upper()}")
        art.mentions.append(
            mention(
                "rebels captured a pilot in Kursk", CAPTURE, places=[("kursk", True)], attributions=[art.attribute("m")]
            )
        )
        arts.append(art)
    c = Art("c", "Outlet C")
    c.mentions.append(mention("rebels captured a pilot", CAPTURE, attributions=[c.attribute("m")]))
    _where_statement(c, 0, where_source)
    return [*arts, c]


def test_a_place_disagreement_is_a_conflict_of_the_claim_it_belongs_to() -> None:
    claims, _ = run(_story(), SOURCES)
    (claim,) = claims
    assert not claim.statement.startswith(OLD_WHERE_PREFIX)
    (place,) = [x for x in claim.conflicts if x.kind == "place"]
    assert "in Kursk" in place.description and "location not known" in place.description
    named = {claim.mentions[v["mention"]].text: v["place"] for v in place.values}  # type: ignore[index]
    assert named == {"rebels captured a pilot in Kursk": "in Kursk", WHERE: "location not known"}
    (unknown,) = [v for v in place.values if v["place"] == "location not known"]
    assert unknown["chain"] == ["Outlet C", "x"] and unknown["article"] == "c"


def test_a_statement_that_only_says_where_adds_no_origin_to_its_claim() -> None:
    claims, _ = run(_story("n"), SOURCES)
    (claim,) = claims
    assert claim.origins == ["m"] and claim.verdict == "single-origin"
    where = [m for m in claim.mentions if m.where_only]
    assert [m.text for m in where] == [WHERE] and claim.mentions[-1] is where[0]
    assert all(not m.where_only for m in claim.mentions[:-1])


def test_the_claim_id_does_not_rest_on_a_statement_that_only_says_where() -> None:
    with_where = run(_story(), SOURCES)[0][0]
    story = _story()
    story[2].mentions.pop()
    without = run(story, SOURCES)[0][0]
    assert with_where.id == without.id and with_where.statement == without.statement


def test_agreeing_places_make_no_place_conflict_and_no_other_claim() -> None:
    arts = []
    for aid in ("a", "b"):
        art = Art(aid, f"Outlet {aid.upper()}")
        art.mentions.append(mention("rebels captured a pilot in Kursk", CAPTURE, places=[("kursk", True)]))
        arts.append(art)
    (claim,) = run(arts)[0]
    assert not [x for x in claim.conflicts if x.kind == "place"]
    assert not any(m.where_only for m in claim.mentions)


def test_a_sentence_that_only_says_nobody_knows_where_points_at_the_event_before_it(
    parse: Callable[[str], Document],
) -> None:
    text = "Rebels captured a pilot near the border on Friday. The location where he was taken was not known."
    art = ArticleInput(id="t.txt", text=text, blocks=[Block(0, len(text), "body")])
    event, where = mention_candidates(parse(text), [], art).mentions
    assert where.places == [("?", True)] and where.parent == 0 and event.parent is None
