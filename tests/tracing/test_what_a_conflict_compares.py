"""Conflicts, round thirteen (issue 16, item 3): what a conflict inside a claim compares. A place named only in a
phrase dating the statement by another event is that event's place; a length describing a thing in passing ("the
56-metre yacht") is no figure of the claim; the day a toll reached a level dates the count, not the event; a
contraction is one wording of a quotation; a hedge is dropped only between two mentions making the same statement.
On sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from trace_helpers import fig, mention

from attribution.article import ArticleInput
from attribution.doc import Document
from attribution.tracing import mention_candidates
from attribution.tracing.candidates import MentionCandidate, NumberFact
from attribution.tracing.conflicts import (
    MentionRecord,
    attributive_size,
    date_conflicts,
    dates_a_toll,
    hedge_conflicts,
    number_conflicts,
    place_conflicts,
    quote_conflicts,
    reworded,
    says_the_same,
    spelled_out,
)
from attribution.tracing.fingerprint import words

Parse = Callable[[str], Document]


def _rec(k: int, cand: MentionCandidate, origin: str | None = None) -> MentionRecord:
    chain = [f"o{k}", origin] if origin else [f"o{k}"]
    return MentionRecord(article=f"a{k}", outlet=f"o{k}", outlet_name=f"Outlet {k}", cand=cand, chains=[chain],
                         origins=[origin] if origin else [], attribution=None)  # fmt: skip


# -- places ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "places", "side"),
    [
        # the place of an event that dates the statement, before or after it
        ("The activist had been in prison since 2019, when he returned to Minsk after receiving treatment in "
         "Lithuania.", ["lithuania"], ["lithuania"]),
        ("The ferry sank on Tuesday, hours after it left port in Italy.", ["italy"], ["italy"]),
        ("The ferry sank near Crete on Tuesday, two days after it was inspected in Italy.", ["crete", "italy"],
         ["italy"]),
        # the statement's own place; "during" places the statement's event inside the other one
        ("The ferry sank in Greece on Tuesday after it left the port.", ["greece"], []),
        ("Commandos captured a pilot during a raid in the Kursk region of Russia.", ["kursk", "russia"], []),
        ("The protest took place in Kenya, police said.", ["kenya"], []),
    ],
)  # fmt: skip
def test_a_place_only_in_a_phrase_dating_the_statement_by_another_event_is_set_aside(
    parse: Parse, text: str, places: list[str], side: list[str]
) -> None:
    (m,) = mention_candidates(parse(text), [], ArticleInput(id="a", text=text)).mentions
    assert ([p for p, _ in m.places], [p for p, _ in m.side_places]) == (places, side)


def test_a_place_of_another_event_makes_no_place_conflict() -> None:
    keys = ["~jail", "activist", "prison"]
    held = mention("the activist has been in prison in Belarus since 2019", keys, places=[("belarus", True)])
    dated = mention("the activist has been in prison since 2019, when he returned after treatment in Lithuania",
                    keys, places=[("lithuania", True)])  # fmt: skip
    dated.side_places = [("lithuania", True)]
    assert not place_conflicts([_rec(0, held), _rec(1, dated)], {})
    dated.side_places = []  # the same place read as the statement's: the conflict is back
    (conflict,) = place_conflicts([_rec(0, held), _rec(1, dated)], {})
    assert conflict.kind == "place"


# -- lengths describing a thing -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "attributive"),
    [
        ("The 60-metre trawler sank with 12 crew on board.", "60", True),
        ("the 197-foot ferry was carrying 40 passengers", "197", True),
        ("a 3,100-metre-high volcano erupted on Sunday", "3,100", True),
        ("The 60-metre-long (197ft) trawler sank.", "60", True),
        ("The 60-metre-long (197ft) trawler sank.", "197", True),  # its conversion in brackets
        ("the 3,100-metre (10,170-foot) volcano", "10,170", True),
        # a figure the statement gives
        ("The wreck lies at a depth of 60 metres.", "60", False),
        ("divers found the hull at a depth of 197ft", "197", False),
        ("The trawler is 60 metres long.", "60", False),
        ("a 6.4-magnitude quake struck the coast", "6.4", False),  # no length: the quake's measure
        ("a 10-km-deep quake struck the coast", "10", False),  # the quake's depth
        ("villages within a 3-km (1.9-mile) radius of the plant were evacuated", "3", False),  # an extent it sets
        ("police set up a 500-metre cordon around the building", "500", False),
        ("the 12-member crew was rescued", "12", False),
    ],
)  # fmt: skip
def test_a_length_in_a_compound_before_a_noun_describes_the_thing(text: str, figure: str, attributive: bool) -> None:
    x = NumberFact(float(figure.replace(",", "")), "", None, figure)
    assert attributive_size(text, x) is attributive


def test_two_lengths_describing_the_thing_make_no_figure_conflict_but_two_depths_do() -> None:
    keys = ["~sink", "trawler", "crew"]
    size = [
        mention("The 60-metre trawler sank with 12 crew on board", keys,
                numbers=[fig(60, noun="metre", text="60"), fig(12, noun="crew", text="12")]),
        mention("The 45-metre trawler sank with 12 crew on board", keys,
                numbers=[fig(45, noun="metre", text="45"), fig(12, noun="crew", text="12")]),
    ]  # fmt: skip
    assert not number_conflicts([_rec(k, m) for k, m in enumerate(size)], {})
    depth = [
        mention("The trawler sank to a depth of 60 metres", keys, numbers=[fig(60, noun="metre", text="60")]),
        mention("The trawler sank to a depth of 45 metres", keys, numbers=[fig(45, noun="metre", text="45")]),
    ]
    assert [c.kind for c in number_conflicts([_rec(k, m) for k, m in enumerate(depth)], {})] == ["number"]


# -- the day of a toll's level ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "toll"),
    [
        ("The death toll from the landslide climbed to at least 41 on Sunday", "at least 41", True),
        ("officials raised the death toll to 57 on Monday as searchers reached the valley", "57", True),
        ("the death toll climbed up to 63 on Tuesday", "up to 63", True),
        # the day of the event
        ("The toll from Friday's landslide was revised down from 63", "63", False),
        ("The hillside gave way on Sunday, killing 41 people", "41", False),
    ],
)  # fmt: skip
def test_a_mention_giving_the_level_a_toll_reached_dates_the_count(text: str, figure: str, toll: bool) -> None:
    value = float(figure.split()[-1])
    cand = mention(text, ["~landslide", "toll"], numbers=[fig(value, noun=None, text=figure)])
    assert dates_a_toll(_rec(0, cand)) is toll


def _dated(k: int, text: str, value: float, day: str) -> MentionRecord:
    cand = mention(text, ["~landslide", "toll", "valley"], numbers=[fig(value, noun=None, text=str(int(value)))])
    cand.dates = [f"weekday:{day}"]
    return _rec(k, cand)


def test_a_toll_counted_on_two_days_is_no_date_conflict_but_an_event_put_on_two_days_is() -> None:
    tolls = [_dated(0, "the death toll climbed to 41 on Sunday", 41, "sunday"),
             _dated(1, "officials raised the death toll to 57 on Monday", 57, "monday")]  # fmt: skip
    assert not date_conflicts(tolls, {})
    events = [_dated(0, "the hillside gave way on Sunday, killing 41", 41, "sunday"),
              _dated(1, "the hillside gave way on Monday, killing 41", 41, "monday")]  # fmt: skip
    assert [c.kind for c in date_conflicts(events, {})] == ["date"]


# -- contractions ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        # one wording, contracted or not
        ("We do not believe we are going to find anyone alive", "We do not believe we're going to find anyone alive",
         False),
        ("They will not give up and we are not leaving", "They won't give up and we aren't leaving", False),
        ("I am sure we have done everything we could", "I'm sure we've done everything we could", False),
        # a contraction beside a swapped word is still a rewording
        ("We are not going to find anyone alive today", "We're unlikely to find anyone alive today", True),
    ],
)  # fmt: skip
def test_a_contraction_is_one_wording_of_a_quotation(a: str, b: str, differ: bool) -> None:
    assert reworded(spelled_out(words(a)), spelled_out(words(b))) is differ


def test_a_quotation_printed_with_and_without_contractions_is_no_quote_conflict() -> None:
    keys = ["~find", "diver", "alive"]
    records = [
        _rec(0, mention("We do not believe that we are going to find anyone alive", keys, direct=True), "chief"),
        _rec(1, mention("We do not believe that we're going to find anyone alive", keys, direct=True), "chief"),
    ]
    assert not quote_conflicts(records, {"chief": "the fire chief"})


# -- hedges ---------------------------------------------------------------------------------------------------------


HEDGED = ["~attack", "gang", "rival", "behind", "port"]


@pytest.mark.parametrize(
    ("keys", "same"),
    [
        (["~attack", "gang", "rival", "behind"], True),  # the same statement, unhedged
        (["~attack", "port", "terminal", "close", "ship", "cargo"], False),  # another statement about the attack
        ([], True),  # nothing to compare
    ],
)
def test_two_mentions_make_the_same_statement_when_they_share_half_its_words(keys: list[str], same: bool) -> None:
    a, b = _rec(0, mention("hedged", HEDGED)), _rec(1, mention("plain", keys))
    assert says_the_same(a, b) is same
    assert says_the_same(b, a) is same


def test_a_hedge_is_dropped_only_by_a_mention_making_the_same_statement() -> None:
    hedged = mention("a rival gang is thought to be behind the attack on the port", HEDGED, hedges=["thought"])
    other = mention("the port closed its terminal to cargo ships after the attack",
                    ["~attack", "port", "terminal", "close", "ship", "cargo"])  # fmt: skip
    assert not hedge_conflicts([_rec(0, hedged), _rec(1, other)], {})
    same = mention("a rival gang is behind the attack", ["~attack", "gang", "rival", "behind"])
    (conflict,) = hedge_conflicts([_rec(0, hedged), _rec(1, other), _rec(2, same)], {})
    assert conflict.kind == "hedge-dropped"
    assert "Outlet 2" in conflict.description and "Outlet 1" not in conflict.description
