"""False confirmations of the kinds the thirty-nine development stories showed in round fifteen, each on sentences
written for its test: a body written by the last word of its name alone ("the Palace" beside "Kestrel Palace":
rule ``last_word_of_the_other``), and two mentions that share only the one person they are about ("the council
said Ortega won a majority" / "tallies showed Ruiz trouncing Ortega": rule ``more_than_a_person``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tracing"))

from trace_helpers import Art, mention, src, trace_claims, two_origin_articles  # noqa: E402

from attribution.models import Source  # noqa: E402
from attribution.tracing.independence.identity import _identity_doubt, _last_word_of_the_other  # noqa: E402


def _body(
    name: str, kind: str = "organization", aliases: list[str] | None = None, country: str | None = None
) -> Source:
    return Source(id=name.lower().replace(" ", "-"), name=name, kind=kind, aliases=aliases or [], country=country)


# -- last_word_of_the_other ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "other", "longer"),
    [
        (_body("Palace"), _body("Kestrel Palace"), "Kestrel Palace"),
        (_body("the Palace"), _body("Kestrel Palace"), "Kestrel Palace"),
        (_body("Guards", "military"), _body("Northland Defence Corps", "military", ["Northland Guards"]),
         "Northland Guards"),  # the last word of an alias
        (_body("Guard", "military"), _body("Coast Guards", "military"), "Coast Guards"),  # plural and singular
        (_body("Council", "government"), _body("Harbour Council", "government", country="Norland"),
         "Harbour Council"),
        (_body("Palace"), _body("Palace Hotel Group"), None),  # a first word, not the last
        (_body("Council"), _body("Kestrel Palace"), None),
        (_body("Palace"), _body("Anna Palace", "person"), None),  # a person's surname names no body
        (_body("Palace", "person"), _body("Kestrel Palace"), None),  # a person is no short form of a body
        (_body("Kestrel Palace"), _body("Palace"), None),  # the longer name is not the lone word
        (_body("Chile", "government"), _body("Central Bank of Chile", "government"), None),  # a state as a whole
        (_body("Council", country="Estland"), _body("Harbour Council", country="Norland"), None),  # two countries
    ],
)  # fmt: skip
def test_a_body_named_by_the_last_word_of_another_bodys_name_may_be_that_body(
    written: Source, other: Source, longer: str | None
) -> None:
    assert _last_word_of_the_other(written, other) == longer


def test_the_last_word_doubt_names_the_rule_whichever_origin_comes_first() -> None:
    palace, short = _body("Kestrel Palace"), _body("Palace")
    for a, b in ((palace, short), (short, palace)):
        doubt = _identity_doubt(a, b)
        assert doubt is not None and "rule last_word_of_the_other" in doubt, doubt


#: Two unrelated articles' own words (each also names an origin of the king's rest).
BODIES = (
    "The king cancelled his visits for the week. Another line 0 on the weather.",
    "Crowds gathered at the gates on Monday. Another line 1 on the weather.",
)
REST = ["~rest", "king", "week", "doctor"]


@pytest.mark.parametrize("short", ["Palace", "the Palace"])
def test_a_body_and_the_last_word_of_its_name_are_no_confirmation(short: str) -> None:
    # "The king will rest for a week on his doctors' advice, Kestrel Palace said." / "..., the Palace said."
    full, alone = src("kestrel-palace", "Kestrel Palace", "organization"), src("palace", short, "organization")
    arts = two_origin_articles(
        full.id, alone.id, bodies=BODIES, statement="the king will rest for a week on his doctors' advice", keys=REST
    )
    (claim,) = trace_claims(arts, [full, alone])
    assert claim.verdict == "single-origin", claim.independence
    assert any("rule last_word_of_the_other" in d for d in claim.independence.doubts), claim.independence


def test_two_bodies_of_different_last_words_still_confirm() -> None:
    full, other = src("kestrel-palace", "Kestrel Palace", "organization"), src("council", "Council", "organization")
    arts = two_origin_articles(
        full.id, other.id, bodies=BODIES, statement="the king will rest for a week on his doctors' advice", keys=REST
    )
    (claim,) = trace_claims(arts, [full, other])
    assert claim.verdict == "independently-confirmed", claim.independence


# -- more_than_a_person -------------------------------------------------------------------------------------

ELECTION = (
    "Polls closed on Sunday evening. Another line 0 on turnout.",
    "Crowds waited outside the count centre. Another line 1 on turnout.",
)
PERSON = "PERSON"
SECURED = (
    "Ortega secured a majority without releasing the polling tallies",
    ["#ortega", "secure", "majority", "~release", "polling", "tally"],
    ["#ortega"],
    ["~release", "polling", "tally"],
)
Said = tuple[str, list[str], list[str], list[str]]


def _said(text: str, keys: list[str], people: list[str], side: list[str]):  # type: ignore[no-untyped-def]
    cand = mention(text, keys, attributions=[0])
    cand.entities = sorted((p, PERSON) for p in people)
    cand.side = sorted(side)
    return cand


@pytest.mark.parametrize(
    ("first", "second", "verdict"),
    [
        # only the man they are about in common outside a side clause: two things said of him
        (SECURED,
         ("polling tallies showed Ruiz trouncing Ortega", ["#ruiz", "#ortega", "polling", "tally", "show", "trounce"],
          ["#ruiz", "#ortega"], []),
         "single-origin"),
        (("Lena Ortega resigned after the harbour fire inquiry",
          ["#lena ortega", "resign", "harbour", "fire", "inquiry"], ["#lena ortega"], ["harbour", "fire", "inquiry"]),
         ("Lena Ortega ordered the harbour fire inquiry", ["#lena ortega", "order", "harbour", "fire", "inquiry"],
          ["#lena ortega"], ["harbour"]),
         "single-origin"),
        # the same two people: the list is what both say
        (("Ruiz and Ortega were freed from the border jail", ["#ruiz", "#ortega", "~release", "border", "jail"],
          ["#ruiz", "#ortega"], ["border", "jail"]),
         ("among those coming home from the border jail are Ruiz and Ortega",
          ["#ruiz", "#ortega", "home", "come", "border", "jail"], ["#ruiz", "#ortega"], ["border", "jail"]),
         "independently-confirmed"),
        # the man and what is said of him
        (SECURED,
         ("Ortega won a clear majority, the polling tallies show", ["#ortega", "win", "majority", "polling", "tally"],
          ["#ortega"], []),
         "independently-confirmed"),
        # a place shared is where the event was, not a party it is about
        (("the blast happened in Northtown", ["~blast", "happen", "#northtown"], [], []),
         ("a blast in Northtown at night", ["~blast", "#northtown", "night"], [], []),
         "independently-confirmed"),
    ],
)  # fmt: skip
def test_two_mentions_sharing_only_one_persons_name_say_two_things_of_that_person(
    first: Said, second: Said, verdict: str
) -> None:
    council = src("council", "Electoral Council", "government")
    monitors = src("monitors", "Vote Monitors", "organization")
    arts: list[Art] = two_origin_articles(council.id, monitors.id, bodies=ELECTION, statement=first[0], keys=first[1])
    arts[0].mentions[0] = _said(*first)
    arts[1].mentions[0] = _said(*second)
    claims = trace_claims(arts, [council, monitors])
    claim = next(c for c in claims if any(m.text == first[0] for m in c.mentions))
    assert len(claim.outlets) == 2, [c.statement for c in claims]  # one claim: the two mentions grouped
    assert claim.verdict == verdict, claim.independence
    if verdict == "single-origin":
        assert any("say different things" in d for d in claim.independence.doubts), claim.independence


# -- reports_an_undertaking ---------------------------------------------------------------------------------

RECALL = (
    "Owners of the trucks will be told by mail. Another line 0 on the recall.",
    "The trucks were built last winter. Another line 1 on the recall.",
)
REPAIR = ["replace", "pedal", "free", "dealer"]


@pytest.mark.parametrize(
    ("agency_says", "confirmed"),
    [
        ("Brennan Motors will replace the pedals for free at its dealers", False),
        ("Brennan Motors plans to replace the pedals for free at its dealers", False),
        ("Brennan Motors service would replace the pedals for free at its dealers", False),  # one word between
        ("Brennan Motors intends to replace the pedals for free at its dealers", False),
        ("the pedals will be replaced for free at its dealers by Brennan Motors", True),  # the party is not the subject
        ("Kestrel Motors will replace the pedals for free at its dealers", True),  # not an origin of the claim
    ],
)
def test_an_origin_telling_what_another_origin_will_do_relays_it(agency_says: str, confirmed: bool) -> None:
    # "The Road Safety Agency said Brennan Motors will replace ..." / "Brennan Motors said it will replace ..."
    agency = src("road-safety-agency", "Road Safety Agency", "government")
    maker = src("brennan-motors", "Brennan Motors", "organization")
    arts = two_origin_articles(
        agency.id,
        maker.id,
        bodies=RECALL,
        statement="it will replace the pedals for free at its dealers",
        keys=REPAIR,
        texts=(agency_says, ""),
    )
    claims = trace_claims(arts, [agency, maker])
    claim = next(c for c in claims if any(m.text == agency_says for m in c.mentions))
    assert len(claim.outlets) == 2, [c.statement for c in claims]
    assert (claim.verdict == "independently-confirmed") is confirmed, claim.independence
    said = any("rule reports_an_undertaking" in d for d in claim.independence.doubts)
    assert said is not confirmed, claim.independence


def test_an_origin_that_also_says_something_of_its_own_is_no_relay() -> None:
    agency = src("road-safety-agency", "Road Safety Agency", "government")
    maker = src("brennan-motors", "Brennan Motors", "organization")
    arts = two_origin_articles(
        agency.id,
        maker.id,
        bodies=RECALL,
        statement="it will replace the pedals for free at its dealers",
        keys=REPAIR,
        texts=("Brennan Motors will replace the pedals for free at its dealers", ""),
    )
    own = "the pedals of 4,000 trucks need to be replaced for free at its dealers, the agency found"
    arts[0].mentions.append(mention(own, REPAIR, start=300, attributions=[0]))
    claims = trace_claims(arts, [agency, maker])
    claim = next(c for c in claims if any(m.text == own for m in c.mentions))
    assert not any("rule reports_an_undertaking" in d for d in claim.independence.doubts), claim.independence
