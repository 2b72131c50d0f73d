"""Figure conflicts between claims the grouping kept apart because their figures of one count disagree
(issue 16, item 3), on sentences written for these tests."""

from __future__ import annotations

import pytest
from trace_helpers import Art, fig, mention, run

from attribution.tracing.candidates import NumberFact
from attribution.tracing.counts import counted_kind, is_part, same_unit
from attribution.tracing.rivals import (
    Count,
    figures_rival,
    measures_one_event,
    rival_pairs,
    shares_anchor,
    single_counts,
)

QUAKE = ["~casualty", "@atlantis", "quake", "toll", "province"]


@pytest.mark.parametrize(
    ("text", "figure", "noun", "kind"),
    [
        ("the death toll from the 6.2-magnitude tremor that hit on May 4 has climbed to 41", "41", None, "dead"),
        ("the death toll from the 6.2-magnitude tremor that hit on May 4", "6.2", "magnitude", None),
        ("the death toll rose to at least 52, officials said, with many injured residents", "at least 52", None,
         "dead"),
        ("the injury toll stood at 130 on Friday", "130", None, "injured"),
        ("the death toll includes 12 injured rescuers who later died", "12", None, "injured"),  # not its level
        ("gunmen killed four villagers and wounded several others", "four", "villager", "dead"),
        ("the storm injured 12 and left many homeless", "12", None, "injured"),
        ("the tremor struck at a depth of 8 kilometres", "8", "kilometre", "depth"),
        ("the fault ruptured 15 km deep", "15", "km", "depth"),
        ("the flood killed 40 people across 12 districts", "12", "district", None),
        ("a 10-kilometre stretch where 30 people died", "10", "kilometre", None),
    ],
)  # fmt: skip
def test_a_figure_counts_its_toll_its_verb_or_its_measure(text: str, figure: str, noun: str | None,
                                                          kind: str | None) -> None:  # fmt: skip
    assert counted_kind(text, NumberFact(0.0, "", noun, figure)) == kind


@pytest.mark.parametrize(
    ("text", "figure", "part"),
    [
        ("the hospital listed 40 deaths, 12 of them children", "12", True),
        ("nine of the dead were from the port town", "nine", True),
        ("the hospital listed 40 deaths", "40", False),
        ("40 people died in the port town", "40", False),
    ],
)
def test_a_figure_followed_by_of_is_a_part_of_a_larger_count(text: str, figure: str, part: bool) -> None:
    assert is_part(text, NumberFact(0.0, "", None, figure)) is part


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("kilometre", "kilometer", True), ("km", "kilometer", True), (None, "mile", True), ("mile", "kilometer", False)],
)
def test_spellings_of_one_unit_are_one_unit(a: str | None, b: str | None, same: bool) -> None:
    assert same_unit(a, b) is same


@pytest.mark.parametrize(
    ("text", "numbers", "kinds"),
    [
        ("the hospital listed 40 deaths, 12 of them children, and 90 injured",
         [fig(40, noun="death", text="40"), fig(12, noun=None, text="12"), fig(90, noun=None, text="90")],
         {"dead": 40.0, "injured": 90.0}),
        ("14 were killed in Northport, 9 in Southport and 3 in Eastfield",
         [fig(14, noun=None, text="14"), fig(9, noun=None, text="9"), fig(3, noun=None, text="3")], {}),
        ("the ministry fined the firm $2.1 billion",
         [fig(2.1e9, noun="usd", text="2.1 billion")], {"usd": 2.1e9}),
        # a sum of money counts its currency, never the people it goes to
        ("the state will pay $50,000 each to the families of those injured",
         [fig(50_000, noun="usd", text="50,000")], {"usd": 50_000.0}),
        # no count word: the counted noun alone names the count (``thing_counted``)
        ("3,000 troops were deployed", [fig(3000, noun="troop", text="3,000")], {"troop": 3000.0}),
    ],
)  # fmt: skip
def test_a_mention_gives_one_count_of_a_thing_only_when_it_gives_one_figure_of_it(
    text: str, numbers: list[NumberFact], kinds: dict[str, float]
) -> None:
    assert {c.kind: c.fig.value for c in single_counts(text, numbers)} == kinds


def _c(kind: str, value: float, qualifier: str = "", noun: str | None = None, toll: bool = False) -> Count:
    return Count(kind, NumberFact(value, qualifier, noun, ""), toll)


@pytest.mark.parametrize(
    ("a", "b", "rival"),
    [
        (_c("injured", 25), _c("injured", 34, "at least"), True),
        (_c("injured", 150, "more than"), _c("injured", 186), False),  # both can be true
        (_c("dead", 1000, "more than"), _c("dead", 1200, "about"), False),
        (_c("dead", 25), _c("injured", 34), False),  # different counted things
        (_c("affected", 49), _c("affected", 26), False),  # far apart: a part, not a rival
        (_c("dead", 69, "at least", toll=True), _c("dead", 26, toll=True), True),  # successive tolls
        (_c("dead", 69, "at least", toll=True), _c("dead", 26), False),  # only one of them a toll
        (_c("depth", 10, noun="kilometer"), _c("depth", 8, noun="kilometre"), True),
        (_c("depth", 10, noun="kilometer"), _c("depth", 8, noun="mile"), False),  # no conversion: not compared
        (_c("depth", 10, noun="kilometer"), _c("depth", 5, noun="kilometre"), True),  # a measure has no parts
        (_c("usd", 1.9e9, noun="usd"), _c("usd", 2.0e9, noun="usd"), True),
    ],
)
def test_two_counts_are_rivals_when_they_cannot_both_be_true_of_one_thing(a: Count, b: Count, rival: bool) -> None:
    assert figures_rival(a, b) is rival
    assert figures_rival(b, a) is rival


def _two_outlets(first: tuple[str, NumberFact, list[str]], second: tuple[str, NumberFact, list[str]],
                 places: tuple[list[tuple[str, bool]], list[tuple[str, bool]]] = ([], [])) -> list[Art]:  # fmt: skip
    arts = []
    for k, ((text, x, lemmas), where) in enumerate(zip((first, second), places, strict=True)):
        art = Art(f"a{k}", f"Outlet {k}")
        art.mentions.append(mention(text, lemmas, numbers=[x], places=where))
        arts.append(art)
    return arts


def test_claims_kept_apart_by_rival_tolls_each_name_the_other_and_keep_their_verdicts() -> None:
    arts = _two_outlets(
        ("the death toll from the quake in the province rose to at least 52", fig(52, "at least", None, "at least 52"),
         QUAKE),
        ("the death toll from the quake in the province has climbed to 31", fig(31, noun=None, text="31"), QUAKE),
    )  # fmt: skip
    claims, _ = run(arts)
    assert len(claims) == 2  # never one claim: two figures of one count are not one fact
    ids = {c.id for c in claims}
    for claim in claims:
        assert claim.verdict != "independently-confirmed"
        (conflict,) = [c for c in claim.conflicts if c.kind == "number"]
        (other,) = ids - {claim.id}
        assert other in conflict.description
        sides = {v["claim"]: v for v in conflict.values}
        assert set(sides) == ids
        own = sides[claim.id]
        assert own["mention"] == 0 and own["chain"] == claim.mentions[0].chains[0]
        assert "mention" not in sides[other] and sides[other]["mention_in_claim"] == 0
        assert sides[other]["article"] != claim.mentions[0].article and sides[other]["chain"]
        assert {v["counts"] for v in conflict.values} == {"dead"}


@pytest.mark.parametrize(
    ("first", "second", "places"),
    [
        # the toll of one town is a part of the quake's toll, not a rival figure
        (("at least 52 people were killed by the quake in the province", fig(52, "at least", "person", "at least 52"),
          QUAKE),
         ("12 people were killed by the quake in Northport", fig(12, noun="person", text="12"), QUAKE),
         ([("atlantis", True)], [("northport", True)])),
        # nothing else in common: two different counts that happen to be of the dead
        (("at least 52 people were killed by the quake in the province", fig(52, "at least", "person", "at least 52"),
          QUAKE),
         ("40 people were killed when the ferry capsized", fig(40, noun="person", text="40"),
          ["~casualty", "ferry", "capsize", "harbour"]),
         ([], [])),
        # more than 1,000 and about 1,200 can both be true
        (("more than 1,000 people were evacuated from the valley", fig(1000, "more than", "person", "more than 1,000"),
          ["~evacuate", "valley", "flood"]),
         ("about 1,200 people were evacuated from the valley", fig(1200, "about", "person", "about 1,200"),
          ["~evacuate", "valley", "flood"]),
         ([], [])),
    ],
)  # fmt: skip
def test_no_conflict_between_claims_about_different_counts_or_agreeing_figures(
    first: tuple[str, NumberFact, list[str]],
    second: tuple[str, NumberFact, list[str]],
    places: tuple[list[tuple[str, bool]], list[tuple[str, bool]]],
) -> None:
    claims, _ = run(_two_outlets(first, second, places))
    assert not [c for claim in claims for c in claim.conflicts if c.kind == "number"]


@pytest.mark.parametrize(
    ("a", "b", "anchored"),
    [
        ([_c("eur", 2.4e9), _c("usd", 2.6e9)], [_c("eur", 2.4e9, "more than"), _c("usd", 2.7e9)], True),
        ([_c("eur", 2.4e9), _c("usd", 2.6e9)], [_c("eur", 2.5e9), _c("usd", 2.7e9)], False),  # no figure in common
        ([_c("usd", 2.6e9)], [_c("usd", 2.7e9)], False),  # only the compared figure itself
    ],
)  # fmt: skip
def test_one_same_figure_of_another_thing_anchors_two_mentions_to_one_fact(
    a: list[Count], b: list[Count], anchored: bool
) -> None:
    assert shares_anchor(a, b, "usd") is anchored


def test_rival_sums_are_found_through_a_shared_figure_however_few_words_are_shared() -> None:
    from attribution.tracing.conflicts import MentionRecord

    texts = [
        ("Regulators fined Orvex EUR 2.4 billion ($2.6 billion) on Tuesday.", ["~fine", "regulator", "#orvex"]),
        ("The EUR 2.4 billion ($2.7 billion) penalty follows a complaint by Halvard.",
         ["penalty", "complaint", "#halvard"]),
    ]  # fmt: skip
    claims = []
    for k, (text, lemmas) in enumerate(texts):
        eur = fig(2.4e9, noun="eur", text="2.4 billion")
        usd = fig(2.6e9 if k == 0 else 2.7e9, noun="usd", text="2.6 billion" if k == 0 else "2.7 billion")
        cand = mention(text, lemmas, numbers=[eur, usd])
        rec = MentionRecord(article=f"a{k}", outlet=f"o{k}", outlet_name=f"Outlet {k}", cand=cand,
                            chains=[[f"o{k}"]], origins=[], attribution=None)  # fmt: skip
        claims.append([rec])
    found = rival_pairs(claims)
    assert [(p.kind, p.fig_a.value, p.fig_b.value) for p in found] == [("usd", 2.6e9, 2.7e9)]


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        ("the quake struck at a depth of 10 kilometres", "the earthquake hit the coast at a shallow depth of 5 km",
         True),
        # an aftershock is another event than the quake
        ("the quake struck at a depth of 10 kilometres", "an aftershock struck at a depth of 5 km the next day",
         False),
        ("it originated at a depth of 10 kilometres", "the quake hit at a shallow depth of 5 km", False),  # unnamed
    ],
)  # fmt: skip
def test_a_measure_of_one_named_event_is_one_figure_however_few_words_are_shared(a: str, b: str, one: bool) -> None:
    assert measures_one_event(a, b, "depth") is one
    assert measures_one_event(a, b, "dead") is False  # a count may have parts: only measures


def test_rival_depths_of_one_quake_are_found_however_few_words_are_shared() -> None:
    from attribution.tracing.conflicts import MentionRecord

    texts = [
        ("The quake struck at a depth of 10 kilometres and was followed by aftershocks.", ["~attack", "aftershock"]),
        ("The quake hit at 9.59pm near Northport at a shallow depth of five kilometres.", ["#northport", "shallow"]),
    ]  # fmt: skip
    claims = []
    for k, (text, lemmas) in enumerate(texts):
        depth = fig(10 if k == 0 else 5, noun="kilometre", text="10 kilometres" if k == 0 else "five kilometres")
        rec = MentionRecord(article=f"a{k}", outlet=f"o{k}", outlet_name=f"Outlet {k}",
                            cand=mention(text, lemmas, numbers=[depth]), chains=[[f"o{k}"]], origins=[],
                            attribution=None)  # fmt: skip
        claims.append([rec])
    found = rival_pairs(claims)
    assert [(p.kind, p.fig_a.value, p.fig_b.value) for p in found] == [("depth", 10, 5)]
