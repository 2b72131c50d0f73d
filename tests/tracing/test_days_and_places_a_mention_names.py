"""What day and what place a mention gives its event (issue 16 item 3), on sentences written for these tests: a day
inside a phrase dating the statement by another event is that event's (rule ``another_events_day``), and one country
written as an acronym without dots or in two words is one place (rule ``an_acronym_without_its_dots``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from attribution.article import ArticleInput
from attribution.doc import Block, Document
from attribution.tracing import mention_candidates
from attribution.tracing.candidates import MentionCandidate
from attribution.tracing.candidates.places import dotted

Parse = Callable[[str], Document]


def _mention(parse: Parse, text: str) -> MentionCandidate:
    art = ArticleInput(id="t.txt", text=text, blocks=[Block(0, len(text), "body")])
    (m,) = mention_candidates(parse(text), [], art).mentions
    return m


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the day of the event a clause or phrase dates the statement by is that event's
        ("Regulators on Saturday ordered the jets grounded after a door blew out on Friday.", ["weekday:saturday"]),
        ("U.S. regulators have ordered the temporary grounding of 171 aircraft following a cabin panel blowout late "
         "Friday.", []),  # "following" read as a verb with its object
        ("Officials closed the airport following a bomb threat on Monday.", []),  # "following" as a preposition
        ("The ferry sank on Tuesday, two days after it left port on Sunday.", ["weekday:tuesday"]),
        # the statement's own day
        ("The ferry sank on Tuesday.", ["weekday:tuesday"]),
        ("Divers were following the wreck on Friday.", ["weekday:friday"]),
        # the day the parse hangs on the statement's own verb stays
        ("The agency grounded the jets following the blowout on Friday.", ["weekday:friday"]),
    ],
)
def test_a_day_inside_a_phrase_dating_the_statement_by_another_event_is_not_its_day(
    parse: Parse, text: str, dates: list[str]
) -> None:
    assert _mention(parse, text).dates == dates


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The jets were grounded in US territory.", [("united states", True)]),
        ("The jets were grounded in the United States.", [("united states", True)]),
        ("The ferry sank in South Korea.", [("south korea", True)]),
        ("Strikes spread in the UK and in the US.", [("united kingdom", True), ("united states", True)]),
        # a name of several words that is no country keeps its words
        ("The ferry sank near San Remigio.", [("remigio", True), ("san", True)]),
    ],
)
def test_one_country_written_two_ways_is_one_place(parse: Parse, text: str, places: list[tuple[str, bool]]) -> None:
    assert _mention(parse, text).places == places


@pytest.mark.parametrize(
    ("name", "read"),
    [("US", "U.S."), ("UAE", "U.A.E."), ("Us", "Us"), ("us", "us"), ("NATO", "NATO"), ("U.S.", "U.S.")],
)
def test_an_acronym_of_two_or_three_capitals_is_read_with_its_dots(name: str, read: str) -> None:
    assert dotted(name) == read
