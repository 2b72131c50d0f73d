"""Conflicts, round fifteen (issue 16, item 3): two figures of one counted noun inside one claim are versions of one
count however far apart ("the 30,000 polling centres" / "the 15,797 voting centers"), the noun read in one spelling
of its ending; a length written with spaces between an article and the noun it describes ("the 1,200 km cable") is
the outlet's description, as its hyphenated form is; a doubting cue ("X claimed") is the outlet's stance toward its
named source, not a hedge of the source's words. On sentences written for these tests."""

from __future__ import annotations

import pytest
from trace_helpers import fig, mention

from attribution.tracing.candidates import MentionCandidate, NumberFact
from attribution.tracing.conflicts import (
    MentionRecord,
    attributive_size,
    hedge_conflicts,
    number_conflicts,
    origin_hedges,
)
from attribution.tracing.counts import one_spelling, thing_counted


def _rec(k: int, cand: MentionCandidate, origin: str | None = None, cue: str = "said") -> MentionRecord:
    chain = [f"o{k}", origin] if origin else [f"o{k}"]
    return MentionRecord(article=f"a{k}", outlet=f"o{k}", outlet_name=f"Outlet {k}", cand=cand, chains=[chain],
                         origins=[origin] if origin else [], attribution=None,
                         cues=(cue,) if origin else ())  # fmt: skip


# -- one noun, one count ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("noun", "spelled"),
    [
        ("centre", "center"),
        ("center", "center"),
        ("theatre", "theater"),
        ("harbour", "harbor"),
        ("port", "port"),
        ("hour", "hour"),  # too short to be an ending spelled two ways
    ],
)
def test_a_counted_noun_is_read_in_one_spelling_of_its_ending(noun: str, spelled: str) -> None:
    assert one_spelling(noun) == spelled


@pytest.mark.parametrize(
    ("noun", "thing"),
    [
        ("centre", "center"),
        ("terminal", "terminal"),
        ("metre", None),  # a unit of measure
        ("person", None),  # people in general
    ],
)
def test_the_noun_a_figure_counts_is_named_in_one_spelling(noun: str, thing: str | None) -> None:
    assert thing_counted(NumberFact(30.0, "", noun, "30")) == thing


_KEYS = ["~publish", "commission", "result", "station", "polling"]


def _numbers(*figures: tuple[str, NumberFact]) -> list[MentionRecord]:
    return [_rec(k, mention(text, _KEYS, numbers=[x])) for k, (text, x) in enumerate(figures)]


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # one noun, far apart: two versions of one count
        (("the commission has not published the results of its 4,000 polling stations",
          fig(4000, noun="station", text="4,000")),
         ("the commission has not published the results of its 2,150 polling stations",
          fig(2150, noun="station", text="2,150")), True),
        # the noun in its two spellings
        (("the results of each of the 4,000 voting centres were not published",
          fig(4000, noun="centre", text="4,000")),
         ("the results of each of the 2,150 voting centers were not published",
          fig(2150, noun="center", text="2,150")), True),
        # different things said of the noun: two counts
        (("4,000 polling stations opened on time", NumberFact(4000.0, "", "station", "4,000", said="opened")),
         ("2,150 polling stations reported results", NumberFact(2150.0, "", "station", "2,150", said="reported")),
         False),
        # people in general and units of measure are no noun of their own
        (("4,000 people queued outside the polling stations", fig(4000, noun="person", text="4,000")),
         ("2,150 people queued outside the polling stations", fig(2150, noun="person", text="2,150")), False),
        (("the queue outside the polling stations stretched 4,000 metres", fig(4000, noun="metre", text="4,000")),
         ("the queue outside the polling stations stretched 2,150 metres", fig(2150, noun="metre", text="2,150")),
         False),
    ],
)  # fmt: skip
def test_figures_of_one_counted_noun_in_a_claim_are_one_count_however_far_apart(
    a: tuple[str, NumberFact], b: tuple[str, NumberFact], conflict: bool
) -> None:
    found = number_conflicts(_numbers(a, b), {})
    assert bool(found) is conflict


@pytest.mark.parametrize(
    ("places_a", "places_b", "conflict"),
    [
        ([], [], True),
        ([("kandor", True)], [("kandor", True)], True),
        ([("kandor", True)], [], False),  # a part of the count, in one province
        ([("kandor", True)], [("velmar", True)], False),
    ],
)
def test_a_count_of_a_noun_placed_differently_is_a_part(
    places_a: list[tuple[str, bool]], places_b: list[tuple[str, bool]], conflict: bool
) -> None:
    a = mention("the commission has not published the results of 4,000 polling stations", _KEYS,
                numbers=[fig(4000, noun="station", text="4,000")], places=places_a)
    b = mention("the commission has not published the results of 2,150 polling stations", _KEYS,
                numbers=[fig(2150, noun="station", text="2,150")], places=places_b)  # fmt: skip
    assert bool(number_conflicts([_rec(0, a), _rec(1, b)], {})) is conflict


def test_a_conflict_of_one_counted_noun_names_the_count() -> None:
    (conflict,) = number_conflicts(_numbers(
        ("the results of each of the 4,000 voting centres were not published", fig(4000, noun="centre", text="4,000")),
        ("the results of each of the 2,150 voting centers were not published", fig(2150, noun="center", text="2,150")),
    ), {})  # fmt: skip
    assert "for the center count" in conflict.description


# -- a length with spaces, after an article ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "attributive"),
    [
        ("The 900 km (560 miles) pipeline under the sea was damaged.", "900", True),
        ("The 900 km (560 miles) pipeline under the sea was damaged.", "560", True),  # its conversion
        ("a 3,050 metre (10,000 ft) high peak rose above the town", "3,050", True),
        ("a 3,050 metre (10,000 ft) high peak rose above the town", "10,000", True),
        ("the 40 metre trawler sank on Monday", "40", True),
        # no article: a figure the statement gives
        ("The pipeline runs 900 km under the sea.", "900", False),
        ("smoke rose up to 3,050 metres into the sky", "3,050", False),
        # an extent, or a measure of an event
        ("residents within a 5 km radius were evacuated", "5", False),
        ("the quake struck at a 12 km depth off the coast", "12", False),
        ("a 12 km deep quake struck off the coast", "12", False),
        ("a 12-km deep quake struck off the coast", "12", False),
    ],
)  # fmt: skip
def test_a_spaced_length_between_an_article_and_its_noun_describes_the_thing(text: str, figure: str,
                                                                             attributive: bool) -> None:  # fmt: skip
    x = NumberFact(float(figure.replace(",", "")), "", None, figure)
    assert attributive_size(text, x) is attributive


def test_two_spaced_lengths_describing_the_thing_make_no_figure_conflict() -> None:
    keys = ["~damage", "pipeline", "sea"]
    size = [
        mention("The 900 km (560 miles) pipeline under the sea was damaged", keys,
                numbers=[fig(900, noun="km", text="900"), fig(560, noun="mile", text="560")]),
        mention("The pipeline spans 1,130 km under the sea", keys, numbers=[fig(1130, noun="km", text="1,130")]),
    ]  # fmt: skip
    assert not number_conflicts([_rec(k, m) for k, m in enumerate(size)], {})


# -- a doubting cue ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cue", "hedges", "left"),
    [
        ("claimed", ["claimed"], []),  # the outlet's stance toward the source
        ("had claimed", ["claimed"], []),
        ("alleging", ["alleging"], []),
        ("said", ["apparently"], ["apparently"]),  # the source's own hedge
        ("claimed", ["claimed", "reportedly"], ["reportedly"]),
        ("is suspected", ["suspected"], ["suspected"]),  # a passive cue hedges the statement itself
    ],
)
def test_a_doubting_cue_is_no_hedge_of_the_sources_words(cue: str, hedges: list[str], left: list[str]) -> None:
    rec = _rec(0, mention("the plant will close in June", ["~close", "plant", "june"], hedges=hedges), "acme", cue)
    assert origin_hedges(rec, "acme") == left
    assert origin_hedges(rec, "") == hedges  # where no source is named, every hedge counts


_PLANT = ["~close", "plant", "june", "factory"]


@pytest.mark.parametrize(
    ("cue", "hedges", "conflict"),
    [
        ("claimed", ["claimed"], False),  # "Acme claimed the plant will close" / "Acme said the plant will close"
        ("said", ["apparently"], True),  # "Acme said the plant will apparently close" / "... will close"
        ("is suspected", ["suspected"], True),
    ],
)
def test_a_source_reported_with_a_doubting_cue_and_with_a_plain_one_is_no_hedge_dropped(
    cue: str, hedges: list[str], conflict: bool
) -> None:
    doubted = _rec(0, mention("the factory plant will close in June", _PLANT, hedges=hedges), "acme", cue)
    plain = _rec(1, mention("the factory plant will close in June", _PLANT), "acme", "said")
    assert bool(hedge_conflicts([doubted, plain], {})) is conflict


# -- a doubting cue of the same article's nested attribution (round sixteen) ------------------------------------------


@pytest.mark.parametrize(
    ("hedge", "nested_cue", "nested_article", "conflict"),
    [
        # "Acme said the plant will close in June, claiming it is too old": "claiming" is the cue of the same article's
        # next mention of Acme ("it is too old"), the outlet's distance from its source
        ("claiming", "claiming", 0, False),
        ("alleging", "alleging", 0, False),
        # the nested mention's cue is plain: "claiming" in the words hedges the source's statement
        ("claiming", "said", 0, True),
        # the doubting cue is another article's: this article's hedge stays
        ("claiming", "claiming", 2, True),
    ],
)
def test_a_doubting_verb_that_is_the_cue_of_the_articles_nested_mention_is_no_dropped_hedge(
    hedge: str, nested_cue: str, nested_article: int, conflict: bool
) -> None:
    hedged = _rec(0, mention(f"the factory plant will close in June, {hedge} it is too old", _PLANT, hedges=[hedge]),
                  "acme")  # fmt: skip
    nested = _rec(nested_article, mention("it is too old", ["old"]), "acme", nested_cue)
    plain = _rec(1, mention("the factory plant will close in June", _PLANT), "acme", "said")
    assert bool(hedge_conflicts([hedged, nested, plain], {})) is conflict
